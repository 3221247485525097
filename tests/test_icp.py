"""The ICP file: fit rules score an account and say which matched, negative qualifiers
disqualify, trigger settings have defaults, and `whynow icp check` names every mistake."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from watchlists import Account, import_file
from watchlists.icp import ICPError, load_icp, parse_icp
from whynow.cli import app

from .conftest import FIXTURES

runner = CliRunner()
ICP_FILE = FIXTURES / "icp" / "whynow.toml"


def test_fit_lists_the_rules_that_matched_and_those_it_cannot_tell():
    icp = load_icp(ICP_FILE)
    fit = icp.fit(Account("Acme", industry="software", employees=500, country="Germany"))
    assert fit.score == 90
    assert fit.matched == ["Software or SaaS", "100 to 2,000 employees", "North America or Europe"]
    assert fit.unknown == ["Runs Salesforce"]  # no technologies known: not a match, not a miss
    assert icp.fit(Account("Tiny", industry="Retail", employees=12, country="JP")).score == 0


def test_negative_qualifiers_disqualify_whatever_the_fit():
    icp = load_icp(ICP_FILE)
    customer = Account("Gorse", industry="SaaS", employees=150, country="US", tier="Customer",
                       technologies=["Salesforce"])
    assert icp.fit(customer).disqualified == "Existing customer"
    assert icp.fit(Account("Unknown tier")).disqualified is None  # unknown never disqualifies


@pytest.mark.parametrize(("condition", "account", "holds"), [
    ({"technologies": {"all": ["Salesforce", "Snowflake"]}},
     Account("A", technologies=["Snowflake", "salesforce"]), True),
    ({"technologies": {"none": ["Marketo"]}}, Account("A", technologies=["HubSpot"]), True),
    ({"technologies": {"none": ["Marketo"]}}, Account("A", technologies=["Marketo"]), False),
    ({"industry": {"contains": ["software"]}}, Account("A", industry="Computer Software"), True),
    ({"employees": {"min": 50}}, Account("A", employees=49), False),
    ({"region": ["Asia Pacific"]}, Account("A", country="sg"), True),
    ({"domain": ["acme.io"]}, Account("A", domain="acme.io"), True),
])
def test_each_condition_form(condition, account, holds):
    icp = parse_icp({"fit": [{"rule": "r", "points": 1, **condition}]})
    assert (icp.fit(account).score == 100) is holds


def test_trigger_settings_default_and_can_be_overridden():
    icp = parse_icp({"triggers": {"funding": {"half_life_days": 10}}})
    assert (icp.trigger("funding").weight, icp.trigger("funding").half_life_days,
            icp.trigger("funding").useful_life_days) == (1.0, 10, 30)
    defaults = {kind: icp.trigger(kind).half_life_days
                for kind in ("leadership_change", "hiring_spike", "tech_stack_change")}
    assert defaults == {"leadership_change": 90, "hiring_spike": 21, "tech_stack_change": 60}


def test_every_problem_is_reported_with_where_it_is():
    with pytest.raises(ICPError) as caught:
        parse_icp({
            "fit": [{"rule": "size", "points": 10, "employees": {"min": "fifty"}},
                    {"points": -1, "colour": ["red"]}],
            "disqualify": [{"reason": "customers", "tier": {"maybe": ["customer"]}}],
            "triggers": {"funding": {"half_life_days": 0}, "rumour": {}},
            "extra": 1,
        }, "whynow.toml")
    assert caught.value.problems == [
        "unknown section 'extra' (use name, fit, disqualify, triggers)",
        "fit[1].employees.min: a number, got 'fifty'",
        "fit[2]: give it a 'rule' (text shown in briefs)",
        "fit[2]: points must be a positive number, got -1",
        "fit[2].colour: unknown attribute (use name, domain, industry, employees, country,"
        " region, tier, owner, technologies)",
        "disqualify[1].tier: unknown operator 'maybe' (use any, all, none, contains, min, max)",
        "triggers.funding.half_life_days: a number above 0, got 0",
        "triggers.rumour: unknown trigger type (use funding, leadership_change, hiring_spike,"
        " tech_stack_change, hiring_plan, expansion, acquisition, partnership, product_launch,"
        " layoffs, contract_win, ipo)",
    ]


def test_yaml_works_as_well_as_toml(tmp_path):
    path = tmp_path / "whynow.yaml"
    path.write_text("fit:\n  - rule: Software\n    points: 1\n    industry: [Software]\n")
    assert load_icp(path).fit(Account("A", industry="Software")).score == 100


def test_icp_check_validates_and_shows_the_watchlists_fit(tmp_path, db, store):
    import_file(store, FIXTURES / "watchlists" / "thirty-accounts.csv")
    store.close()
    result = runner.invoke(app, ["icp", "check", str(ICP_FILE), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ok, 4 fit rules, 2 disqualifiers" in result.stderr
    assert "Hazelmere Bet" in result.stdout and "Gambling" in result.stdout
    broken = tmp_path / "broken.toml"
    broken.write_text("[[fit]]\nrule = 'x'\npoints = 'many'\nindustry = ['a']\n")
    result = runner.invoke(app, ["icp", "check", str(broken)])
    assert result.exit_code == 1
    assert "fit[1]: points must be a positive number, got 'many'" in result.stderr
    broken.write_text("[[fit]\n")
    result = runner.invoke(app, ["icp", "check", str(broken)])
    assert result.exit_code == 1 and "not valid TOML" in result.stderr


def test_a_broken_icp_stops_the_brief_before_anything_is_written(tmp_path, db):
    broken = tmp_path / "broken.toml"
    broken.write_text("[triggers.funding]\nweight = 2\n")
    output = tmp_path / "brief.md"
    result = runner.invoke(app, ["brief", "--icp", str(broken), "-o", str(output), "--db",
                                 str(db)])
    assert result.exit_code == 1
    assert "triggers.funding.weight: a number above 0 up to 1, got 2" in result.stderr
    assert not output.exists()
