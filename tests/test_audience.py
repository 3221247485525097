"""Audiences for marketers and exports for RevOps, in each platform's column layout; feedback
and the team's own precision."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from whynow.cli import app

from .helpers import DAY, ICP_FILE

runner = CliRunner()


@pytest.fixture
def db_thirty(thirty, db):
    thirty.close()
    return db


def invoke(db, *args: str):
    result = runner.invoke(app, [*args, "--as-of", DAY.isoformat(), "--icp", str(ICP_FILE),
                                 "--db", str(db)])
    return result


def table(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def test_a_linkedin_company_list_of_fresh_funding_above_the_fit_bar(db_thirty):
    result = invoke(db_thirty, "audience", "export", "--type", "funding", "--since", "30d",
                    "--min-fit", "60", "--format", "linkedin")
    assert result.exit_code == 0, result.output
    header, rows = table(result.stdout)
    # Campaign Manager's company list template, in its order.
    assert header == ["companyname", "companywebsite", "companyemaildomain",
                      "linkedincompanypageurl", "stocksymbol", "industry", "city", "state",
                      "companycountry", "zipcode"]
    # Kelpie's round is fresh but its fit is 50; Quarry Point's is 40 days old; Gorse Labs
    # is a customer; Elmstead's round is 95 days old.
    assert [(r["companyname"], r["companywebsite"], r["companycountry"]) for r in rows] == [
        ("Alder Analytics", "https://alder-analytics.com", "US"),
        ("Birchway Software", "https://birchway.io", "DE")]
    assert "2 accounts with funding triggers in the last 30 days and fit >= 60" in result.stderr


def test_since_takes_weeks_months_or_a_date(db_thirty):
    def names(since: str) -> list[str]:
        result = invoke(db_thirty, "audience", "export", "--type", "funding", "--since", since)
        return [r["name"] for r in table(result.stdout)[1]]

    # Ranked by fit x timing from funding alone: Kelpie's fit is 50, Quarry's round is older.
    assert names("6w") == names("2026-08-04") == ["Alder Analytics", "Birchway Software",
                                                   "Kelpie Robotics", "Quarry Point"]
    result = invoke(db_thirty, "audience", "export", "--since", "soon")
    assert result.exit_code == 2 and "use 30d, 6w, 3m or a past date" in result.output


def test_hubspot_audience_has_the_import_columns_and_whynow_properties(db_thirty):
    result = invoke(db_thirty, "audience", "export", "--type", "leadership_change",
                    "--format", "hubspot")
    header, rows = table(result.stdout)
    assert header[:6] == ["Company name", "Company Domain Name", "Industry",
                          "Number of Employees", "Country/Region", "Company owner"]
    assert {r["Company name"]: r["whynow top trigger"] for r in rows} == {
        "Cedarline Health": "Leadership change: leadership_change at Cedarline Health",
        "Quarry Point": "Leadership change: leadership_change at Quarry Point"}


def test_google_customer_match_needs_contacts_and_says_so(db_thirty):
    result = invoke(db_thirty, "audience", "export", "--type", "funding", "--format", "google")
    assert result.exit_code == 1
    assert "Google Customer Match matches people, not companies" in result.stderr
    added = runner.invoke(app, ["watchlist", "add", "Alder Analytics", "--domain",
                                "alder-analytics.com", "--contact", "cfo@alder-analytics.com",
                                "--db", str(db_thirty)])
    assert added.exit_code == 0, added.output
    result = invoke(db_thirty, "audience", "export", "--type", "funding", "--format", "google")
    header, rows = table(result.stdout)
    assert header == ["Email", "Phone", "First Name", "Last Name", "Country", "Zip"]
    assert [(r["Email"], r["Country"]) for r in rows] == [("cfo@alder-analytics.com", "US")]


def test_adding_a_contact_keeps_what_the_account_had(db_thirty):
    runner.invoke(app, ["watchlist", "add", "Alder Analytics", "--domain", "alder-analytics.com",
                        "--contact", "cfo@alder-analytics.com", "--db", str(db_thirty)])
    listed = runner.invoke(app, ["watchlist", "list", "--format", "csv", "--db", str(db_thirty)])
    alder = next(r for r in table(listed.stdout)[1] if r["name"] == "Alder Analytics")
    assert (alder["industry"], alder["technologies"], alder["owner"]) == (
        "Software", "Salesforce", "sam@example.com")


def test_salesforce_export_has_every_account_with_fit_timing_and_evidence(db_thirty):
    result = invoke(db_thirty, "export", "accounts", "--format", "salesforce")
    header, rows = table(result.stdout)
    assert header == ["Name", "Website", "Industry", "NumberOfEmployees", "BillingCountry",
                      "Whynow_Owner__c", "Whynow_Fit_Score__c", "Whynow_Timing_Score__c",
                      "Whynow_Score__c", "Whynow_Top_Trigger__c", "Whynow_Trigger_Date__c",
                      "Whynow_Evidence_URL__c", "Whynow_Disqualified__c"]
    assert len(rows) == 30
    by_name = {r["Name"]: r for r in rows}
    assert rows[0]["Name"] == "Alder Analytics"
    assert (by_name["Alder Analytics"]["Whynow_Fit_Score__c"],
            by_name["Alder Analytics"]["Whynow_Trigger_Date__c"],
            by_name["Alder Analytics"]["Whynow_Evidence_URL__c"]) == (
        "100.0", "2026-09-13", "https://news.example.com/alder-analytics.com-funding")
    assert by_name["Gorse Labs"]["Whynow_Disqualified__c"] == "Existing customer"
    assert by_name["Ashgrove Legal"]["Whynow_Top_Trigger__c"] == ""


def test_a_crawled_name_cannot_become_a_spreadsheet_formula(db):
    runner.invoke(app, ["watchlist", "add", "=HYPERLINK(\"http://x\")", "--domain", "x.example",
                        "--db", str(db)])
    result = runner.invoke(app, ["export", "accounts", "--format", "hubspot", "--db", str(db)])
    assert table(result.stdout)[1][0]["Company name"] == "'=HYPERLINK(\"http://x\")"


def test_feedback_counts_toward_the_teams_precision(db_thirty):
    for event, verdict in (("alder-analytics.com-funding", "useful"),
                           ("birchway.io-funding", "useful"),
                           ("kelpierobotics.com-funding", "wrong"),
                           ("cedarline.health-leadership_change", "useful")):
        result = runner.invoke(app, ["feedback", event, verdict, "--db", str(db_thirty)])
        assert result.exit_code == 0, result.output
    # The latest verdict counts: Birchway's round was wrong after all.
    runner.invoke(app, ["feedback", "birchway.io-funding", "wrong", "--note", "a grant to a"
                        " customer", "--db", str(db_thirty)])
    result = runner.invoke(app, ["stats", "--days", "30", "--as-of", DAY.isoformat(),
                                 "--db", str(db_thirty)])
    assert result.exit_code == 0
    lines = {line.split()[1]: line.split()[2:] for line in result.stdout.splitlines()
             if line.startswith("│")}
    assert lines["funding"] == ["│", "4", "│", "1", "│", "2", "│", "0.33", "│"]
    assert lines["leadership_change"] == ["│", "2", "│", "1", "│", "0", "│", "1.00", "│"]
    assert lines["hiring_spike"] == ["│", "3", "│", "0", "│", "0", "│", "│"]


def test_feedback_on_an_unknown_event_says_where_ids_are(db_thirty):
    result = runner.invoke(app, ["feedback", "nope", "wrong", "--db", str(db_thirty)])
    assert result.exit_code == 1 and "no event with id 'nope'" in result.stderr
    result = runner.invoke(app, ["feedback", "birchway.io-funding", "meh", "--db", str(db_thirty)])
    assert result.exit_code == 1 and "useful or wrong" in result.stderr
