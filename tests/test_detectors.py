"""Detectors: which events a text carries, about which company, with which fields."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from triggers import AccountIndex, AccountRef, Document, read_document
from triggers.detectors import text_detectors
from triggers.detectors.base import is_company_like
from triggers.detectors.hiring_spike import HiringSpikeDetector
from triggers.money import parse_amount
from triggers.text import normalize_company, sentences, without_legal_form
from whynow.store import Store

ACCOUNTS = AccountIndex([
    AccountRef("acmerobotics.example", "Acme Robotics", "acmerobotics.example", ["Acme"]),
    AccountRef("ridgeline.example", "Ridgeline Ventures", "ridgeline.example", []),
    AccountRef("forge.example", "Forge Logistics", "forge.example", []),
    AccountRef("northwind.example", "Northwind Analytics", "northwind.example", []),
])


def events_in(title: str, text: str = "", accounts: AccountIndex = ACCOUNTS):
    document = Document("doc-1", title, text, "https://news.example/1", date(2026, 3, 2))
    return read_document(document, text_detectors(), accounts)


@pytest.mark.parametrize("text, amount, currency", [
    ("raised $12.5M in a seed round", 12_500_000, "USD"),
    ("secured €3 million in funding", 3_000_000, "EUR"),
    ("erhält 1,2 Mio. € in einer Seed-Runde", 1_200_000, "EUR"),
    ("closed a £750,000 grant", 750_000, "GBP"),
    ("raised US$1.1 billion", 1_100_000_000, "USD"),
    ("raised 40 million dollars", 40_000_000, "USD"),
    # Indian units and other dollars
    ("raised INR 40 crore in Series A funding", 400_000_000, "INR"),
    ("secured Rs 50 lakh in a seed round", 5_000_000, "INR"),
    ("closed a HK$10 million round", 10_000_000, "HKD"),
    ("raised S$5m from angels", 5_000_000, "SGD"),
])
def test_amounts_are_read_with_units_and_currencies(text, amount, currency):
    assert parse_amount(text) == (amount, currency)


def test_a_title_before_a_number_is_no_currency():
    assert parse_amount("Mrs 5 ways to save") is None


def test_an_undisclosed_amount_is_no_amount():
    assert parse_amount("raised an undisclosed amount in its $5M-target round") is None


@pytest.mark.parametrize("text", [
    "launched a seed round with a $50 million valuation",
    "closed its round at a $20 million pre-money valuation",
    "raised its seed round, at a valuation of $95 million",
])
def test_what_a_company_is_worth_is_no_amount_raised(text):
    assert parse_amount(text) is None


def test_a_funding_round_is_found_with_its_fields_and_evidence():
    events = events_in(
        "Acme Robotics Raises $25 Million Series B",
        "PITTSBURGH, March 2, 2026 /Wire/ -- Acme Robotics, the maker of autonomous forklifts, "
        "today announced it has raised $25 million in Series B funding led by Ridgeline "
        "Ventures, with participation from Oakmont Capital and Birch Partners. The company "
        "will double its team.")
    assert sorted(e.type for e in events) == ["funding", "hiring_plan"]
    [event] = [e for e in events if e.type == "funding"]
    assert (event.type, event.account_id, event.company) == (
        "funding", "acmerobotics.example", "Acme Robotics")
    assert event.fields == {"round": "series_b", "amount": 25_000_000, "currency": "USD",
                            "investors": ["Ridgeline Ventures", "Oakmont Capital",
                                          "Birch Partners"],
                            "lead_investors": ["Ridgeline Ventures"]}
    assert event.evidence[0].quote.startswith("PITTSBURGH, March 2, 2026 /Wire/ -- Acme")
    assert event.evidence[0].url == "https://news.example/1"


def test_a_raise_with_an_amount_needs_no_word_for_funding_but_a_contract_is_not_one():
    [event] = events_in("Orbital Freight Raises $14M to Electrify Its Fleet")
    assert (event.type, event.company, event.fields["amount"]) == (
        "funding", "Orbital Freight", 14_000_000)
    assert [e.type for e in events_in("Orbital Freight secures $14M contract with the Army")
            ] != ["funding"]


@pytest.mark.parametrize("sentence, person, role", [
    ("Jane Roe Named Chief Revenue Officer of Acme Robotics", "Jane Roe",
     "Chief Revenue Officer"),
    ("Acme Robotics said it has appointed Sam Lee as its chief financial officer.", "Sam Lee",
     "Chief Financial Officer"),
    ("Acme Robotics Announces Dana Cruz as Chief Marketing Officer", "Dana Cruz",
     "Chief Marketing Officer"),
    ("Acme Robotics strengthens its leadership team with Omar Reyes as Vice President of Sales",
     "Omar Reyes", "Vice President of Sales"),
    ("Lena Park will succeed John Hart as Chief Executive Officer of Acme Robotics",
     "Lena Park", "Chief Executive Officer"),
    # a board's chair, and an honorific without its full stop
    ("Acme Robotics announces the appointment of Tim Apple as its Board Chair.",
     "Tim Apple", "Board Chair"),
    ("Acme Robotics Appoints Dr Kieran West MBE as Executive Vice President of Strategy",
     "Kieran West", "Executive Vice President of Strategy"),
    ("Acme Robotics today announced the addition of Luke Ortiz as Operating Partner.",
     "Luke Ortiz", "Operating Partner"),
])
def test_headline_and_lower_case_titles_are_leadership(sentence, person, role):
    [event] = events_in(sentence)
    assert (event.account_id, event.fields["person"], event.fields["role"]) == (
        "acmerobotics.example", person, role)


@pytest.mark.parametrize("title, text, role", [
    # the release's own short form
    ("Bellford Insurance Appoints Ana Ruiz as CFO",
     "Bellford Insurance today appointed Ana Ruiz as its Chief Financial Officer.", "CFO"),
    # no short form written: the title as written
    ("Bellford Insurance Appoints Ana Ruiz",
     "Bellford Insurance today appointed Ana Ruiz as its Chief Risk Officer.",
     "Chief Risk Officer"),
    ("Bellford Insurance news",
     "Bellford Insurance this week announced its new interim-CEO, Ana Ruiz, who ran claims.",
     "Interim CEO"),
    ("Bellford Insurance Welcomes Ana Ruiz as New Senior Vice President of Claims", "",
     "Senior Vice President of Claims"),
    ("Bellford Adds Retail Banking Veteran Ana M. Ruiz as Vice-President of Finance", "",
     "Vice President of Finance"),
    ("Bellford Insurance Welcomes Ana Ruiz as the New Executive Director", "",
     "Executive Director"),
    # the scope belongs to the title
    ("Ana Ruiz Appointed Global Chief Marketing Officer of Bellford Insurance", "",
     "Global Chief Marketing Officer"),
    ("Bellford Insurance names Ana Ruiz Regional Vice President of Claims", "",
     "Regional Vice President of Claims"),
    ("Bellford Insurance Promotes Dr. Ana Ruiz to Associate Chief Medical Officer", "",
     "Associate Chief Medical Officer"),
    ("Bellford Insurance news", "Bellford Insurance has named Ana Ruiz as its deputy chief "
     "financial officer.", "Deputy Chief Financial Officer"),
    # the company is not part of the title
    ("Ana Ruiz Steps Down as Executive Director of Bellford Housing Agency", "",
     "Executive Director"),
    # a headline cut short is completed by the body
    ("Tamsin Reed Named Senior Vice President of",
     "Claims veteran Tamsin Reed has been named Senior Vice President of Claims Operations for "
     "Bellford Insurance.", "Senior Vice President of Claims Operations"),
])
def test_a_title_in_full_and_in_the_releases_short_form(title, text, role):
    [event] = events_in(title, text, AccountIndex([]))
    assert event.fields["role"] == role


def test_the_investor_is_not_the_company_that_raised():
    [event] = events_in("Globex raises $8M seed round led by Ridgeline Ventures",
                        "Globex raised $8 million in seed funding led by Ridgeline Ventures.")
    assert (event.company, event.account_id) == ("Globex", None)


def test_an_investor_closing_its_own_fund_is_not_funding():
    assert events_in("Ridgeline Ventures closes $400 million Fund IV",
                     "Ridgeline Ventures today announced the final close of its $400 million "
                     "Fund IV.") == []


def test_a_company_investing_in_another_is_not_its_funding():
    events = events_in("Acme Robotics invests in Globex's $5M seed round",
                       "Acme Robotics invested in the $5 million seed round of Globex.")
    assert [e for e in events if e.account_id == "acmerobotics.example"] == []


@pytest.mark.parametrize("title, amount, investors, leads", [
    ("Lumen Capital invests $4 million in Acme Robotics", 4_000_000, ["Lumen Capital"], None),
    ("Lumen Capital Makes Strategic Investment in Acme Robotics", None, ["Lumen Capital"], None),
    ("Lumen Capital has spearheaded a $10 million fundraising round for Acme Robotics, a "
     "warehouse automation project", 10_000_000, ["Lumen Capital"], ["Lumen Capital"]),
    ("Lumen Capital recently led the seed round for Acme Robotics, a robot maker", None,
     ["Lumen Capital"], ["Lumen Capital"]),
    ("Lumen Capital and Oakmont Ventures lead $1,075,000 investment in Acme Robotics",
     1_075_000, ["Lumen Capital", "Oakmont Ventures"], ["Lumen Capital", "Oakmont Ventures"]),
    ("Lumen leads $20m round in Acme Robotics as it helps shops", 20_000_000, ["Lumen"],
     ["Lumen"]),
    ("Lumen Capital has committed to a strategic investment in Acme Robotics, a robot maker",
     None, ["Lumen Capital"], None),
])
def test_an_investment_into_the_company_is_its_funding(title, amount, investors, leads):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields.get("amount"), event.fields["investors"],
            event.fields.get("lead_investors")) == (
        "funding", "Acme Robotics", amount, investors, leads)


@pytest.mark.parametrize("title", [
    "Warehouse Automation Builder Acme Robotics' Seed Round Led by Lumen Capital",
    "Top VCs Join Acme Robotics' Seed Round Led by Lumen Capital",
])
def test_a_headline_round_led_by_an_investor_is_the_named_company_s(title):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields["round"], event.fields["lead_investors"]) \
        == ("funding", "Acme Robotics", "seed", ["Lumen Capital"])


def test_an_investors_title_is_not_another_investor():
    [event] = events_in("", "Acme Robotics is pleased to announce a significant investment from "
                            "Jane Roe, Chief Investment Officer of Harbor Family Partners.",
                        AccountIndex([]))
    assert event.fields["investors"] == ["Jane Roe"]


@pytest.mark.parametrize("title, round_", [
    ("Acme Robotics Announces $1.5M Raised in Its Seed Round", "seed"),
    ("Acme Robotics Secures Investments from Two Venture Firms", "undisclosed"),
    ("Acme Robotics Announces Recapitalization and Growth Financing", "growth"),
    ("Acme Robotics Announces Registered Direct Offering", "public_offering"),
    ("Acme Robotics Secures $10M Debt Facility to Advance Its Trials", "debt"),
    ("Acme Robotics Announces Commencement of Reg A Offering", "public_offering"),
    ("Acme Robotics Raises $9 Million From IPO", "public_offering"),
    ("Acme Robotics Raises $9 Million in Pre-IPO Round", "undisclosed"),
])
def test_more_ways_to_say_new_capital(title, round_):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields["round"]) == (
        "funding", "Acme Robotics", round_)


@pytest.mark.parametrize("title, text", [
    ("Acme Robotics plans Nasdaq listing, aims to raise $8 million", ""),
    ("", "The deal aids Acme Robotics in securing project financing for its plant."),
    ("", "Acme Robotics closed a $7 million round earlier this year to open a lab in Berlin."),
    ("", "The Nasdaq listing is expected to raise Acme Robotics' profile and attract investment."),
    ("", "Acme Robotics remains focused on securing funding partners for its next plant."),
    ("", "Acme Robotics has completed its initial round of production at the Ohio plant."),
])
def test_money_hoped_for_or_raised_before_is_not_news(title, text):
    assert "funding" not in [e.type for e in events_in(title, text, AccountIndex([]))]


def test_a_round_named_with_the_news_and_a_running_total_is_not_the_amount():
    [event] = [e for e in events_in("Kestrel Pay expands into Asia with $6m funding round",
                                    "The round brings its total funding to date to $16 million.",
                                    AccountIndex([])) if e.type == "funding"]
    assert (event.company, event.fields["amount"]) == ("Kestrel Pay", 6_000_000)


def test_money_secured_for_another_company_is_that_companys_funding():
    [event] = events_in("ACME SECURES US$10M INVESTMENT IN LUMEN FROM HARBOR CAPITAL PARTNERS",
                        "", AccountIndex([]))
    assert (event.type, event.company, event.fields["amount"]) == ("funding", "LUMEN", 10_000_000)


@pytest.mark.parametrize("text", [
    "Acme Markets announces a licence from the Ontario Securities and Investments Commission.",
    "The lab has been funded mostly by the U.S. Government with grant awards.",
])
def test_a_regulators_name_and_a_passive_funder_are_not_a_round(text):
    assert "funding" not in {e.type for e in events_in("", text, AccountIndex([]))}


@pytest.mark.parametrize("title, text, company", [
    ("Tallypod news", "The Harbor Hub today announced it has raised $3 million in seed funding.",
     "Harbor Hub"),
    ("Tallypod news", "The General Federation of Harbor Women's Clubs today said it raised $3 "
                      "million in grant funding.", "General Federation of Harbor Women's Clubs"),
    ("Harbor Hub Awarded Grant from Tallypod Alliance", "", "Harbor Hub"),
])
def test_who_raised_behind_an_article_a_possessive_or_a_passive(title, text, company):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))] == [
        ("funding", company)]


def test_one_amount_raised_is_one_companys_round_the_one_the_release_names_most():
    [event] = events_in(
        "AI-Powered Tallypod App Raises $2.5M to Reach Freelancers",
        "Tallypod, an AI-powered budgeting app for freelancers, has secured $2.5M in a seed "
        "round led by Harbor Bay Capital. This makes Tallypod the first Budgeting App which "
        "publicly announced venture investment. Tallypod will use the funds to hire.",
        AccountIndex([]))
    assert (event.type, event.company, event.fields["amount"]) == ("funding", "Tallypod",
                                                                   2_500_000)


def test_one_amount_raised_goes_to_the_watchlist_account_named_for_it():
    [event] = events_in("Forge closes $40M Series B",
                        "Forge Logistics has closed a $40 million Series B round.")
    assert (event.account_id, event.fields["amount"]) == ("forge.example", 40_000_000)


@pytest.mark.parametrize("title, text", [
    # a price, a prize's words and an investor's own stake are not a round
    ("Tallypod news", "Starter Plan: With a $100 investment, this plan pays $2.00 daily."),
    ("Tallypod news", "Gold Plan: A 15-day commitment with a $1,500 investment, paying $16.50 "
                      "daily."),
    ("Tallypod Wins Two Industry Awards",
     "Tallypod won the Nova Award for Innovation, recognizing its work on "
     "alternative-investment reporting."),
    ("Glowpath Holdings announces strategic investment in tally AI", ""),
    ("Glowpath news", "Glowpath said it intended to negotiate interim financing for its mine."),
    ("Glowpath news", "The Harbor project expects to raise $2 billion in investments."),
    ("Glowpath news", "Glowpath and Harbor will jointly raise additional capital via a private "
                      "placement."),
    ("Glowpath news", "The Harbor Alliance has awarded grants to five local community groups."),
    ("Glowpath news", "The CEOs also highlighted efforts to secure additional funding."),
    ("Glowpath Capital Finances 36-Unit Apartment Complex",
     "Glowpath Capital today announced it has closed a $6,500,000 refinance of a 36-unit "
     "apartment building in Los Angeles."),
    ("Glowpath news", "Glowpath noted that while it is focusing on completing the Ridge project, "
                      "the final investment decision for the Harbor cluster will not be rushed."),
])
def test_prices_prizes_and_money_given_are_not_a_round(title, text):
    assert "funding" not in {e.type for e in events_in(title, text, AccountIndex([]))}


def test_money_invested_in_the_last_months_is_still_the_companys_round():
    [event] = events_in("", "Glowpath has announced that it secured a total of 40 million euro "
                            "investment in the last 12 months.", AccountIndex([]))
    assert (event.company, event.fields["amount"]) == ("Glowpath", 40_000_000)


@pytest.mark.parametrize("text", [
    "Today, Glowpath announced the 100 businesses in Southern Colorado that will receive "
    "grant packages, which include a $5,000 monetary grant.",
    "Today, Glowpath announced 100 small businesses will receive grant packages.",
])
def test_a_company_giving_grants_away_has_no_funding(text):
    assert "funding" not in {e.type for e in events_in("", text, AccountIndex([]))}


def test_a_grant_announced_to_a_named_recipient_is_the_recipients_funding():
    [event] = events_in("", "Glowpath is announcing a $50,000 grant to Harbor House to create a "
                            "digital navigator program.", AccountIndex([]))
    assert (event.type, event.company, event.fields["round"]) == ("funding", "Harbor House",
                                                                   "grant")


@pytest.mark.parametrize("title, text", [
    ("Glowpath Proudly Acquires the US MSB License", ""),
    ("Tallgrass Capital's Hedge Fund Acquires Strategic Investment from Glowpath", ""),
    ("Glowpath news", "Investors who bought in right at launch saw their holdings grow."),
    ("Glowpath news", "Glowpath will focus on acquiring and renovating multifamily homes."),
    ("Glowpath news", "Glowpath Winery has received four Best Buys and four 90+ scores from "
                      "Harbor Magazine."),
    ("Glowpath Announces a Software Company Acquisition Adding Capabilities", ""),
    ("Glowpath news", "our team is expanding its US presence through the acquisition of Harbor "
                      "Inns."),
    ("Glowpath news", "Lumen Advisors is pleased to announce that the management team at Glowpath "
                      "has acquired Harbor Trailers."),
    # a class action's class, and a date
    ("Glowpath Shareholders Are Encouraged to Contact Roe Law",
     "Roe Law announces a class action on behalf of investors of Glowpath, Inc. (NASDAQ: GLOW) "
     "who acquired between April 22, 2026, and August 28, 2026."),
    ("Glowpath Shareholders Are Encouraged to Contact Roe Law",
     "Roe Law announces a class action on behalf of investors who purchased or otherwise acquired "
     "Glowpath shares."),
])
def test_licences_investments_strategies_and_deals_of_unnamed_buyers_are_no_acquisition(
        title, text):
    assert [(e.company, e.fields) for e in events_in(title, text, AccountIndex([]))
            if e.type == "acquisition" and e.company != "Harbor Trailers"] == []


def test_buying_a_companys_shares_is_no_acquisition_of_it():
    events = events_in(
        "Class Action Filed Against Glowpath, Inc.",
        "A law firm informs investors that a class action lawsuit has been filed against "
        "Glowpath, Inc. on behalf of those who purchased or otherwise acquired Glowpath "
        "securities between May 1 and June 5.", AccountIndex([]))
    assert "acquisition" not in {e.type for e in events}


def test_an_officer_speaking_for_the_company_is_not_the_company():
    events = events_in("", "Glowpath Chief Product Officer Sam Lee joined a reporter from a news "
                            "site to unveil the company's warehouse robot.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("product_launch", "Glowpath")]


def test_a_headline_that_names_no_company_is_the_releases_own_news():
    [event] = events_in("Steve Roe Named Senior Vice President of Sales",
                        "Acme Robotics builds tree maps for cities.", AccountIndex([]))
    assert (event.type, event.company, event.fields["person"]) == (
        "leadership_change", "Acme Robotics", "Steve Roe")


def test_announcing_something_about_funding_far_from_the_verb_is_not_a_round():
    assert "funding" not in {e.type for e in events_in(
        "", "Glowpath is thrilled to announce the Launchpad initiative, a groundbreaking platform "
            "that will revolutionize project funding for game studios.", AccountIndex([]))}


def test_a_total_raised_so_far_is_background():
    assert events_in("", "In total, Acme Robotics has raised more than $15 million since 2018.",
                     AccountIndex([])) == []


def test_appointments_announced_today_in_the_plural():
    events = events_in("Acme Robotics Adds to Its Board", "Acme Robotics, Inc. announced today "
                       "the appointments of Sam Hill to its leadership team and Dr. Jane Roe to "
                       "the Board of Directors.", AccountIndex([]))
    assert ("Acme Robotics", "Jane Roe", "joined") in {
        (e.company, e.fields["person"], e.fields["change"]) for e in events}


def test_each_of_the_appointments_announced_takes_its_own_title():
    events = events_in("Acme Robotics Welcomes Two Leaders", "Acme Robotics today announced the "
                       "appointments of Johan Land as Chief Product Officer and Carol Roe as "
                       "Chief Human Resources Officer.", AccountIndex([]))
    assert {(e.fields["person"], e.fields["role"]) for e in events} == {
        ("Johan Land", "Chief Product Officer"), ("Carol Roe", "Chief Human Resources Officer")}


def test_a_person_joining_its_board_joins_the_company_that_announces_it():
    events = events_in("Acme Robotics Appoints Former Treasury Official to Its Board",
                       "Acme Robotics, a maker of forklifts, is thrilled to announce that "
                       "Christopher E. Campbell, a leading figure in financial regulation, has "
                       "joined its Board of Directors.", AccountIndex([]))
    assert [(e.company, e.fields["person"]) for e in events] == [
        ("Acme Robotics", "Christopher E. Campbell")]


def test_a_title_another_person_holds_is_not_the_appointees():
    [event] = events_in("Harbor Hawks Name Rob Roe as Coach and Director of Tier 1 Operations",
                        "Sam Hill, Director of Hockey for the Harbor Hawks, welcomed Rob's new "
                        "duties: \"The addition of Rob Roe to our coaching staff is a strategic "
                        "move.\"", AccountIndex([]))
    assert (event.fields["person"], event.fields["role"]) == (
        "Rob Roe", "Director of Tier 1 Operations")


def test_the_role_taken_is_the_one_after_as():
    [event] = events_in("", "Acme Robotics welcomes Paul Roe, CEO and Founder of Globex, to its "
                            "executive team as Vice President of Product.", AccountIndex([]))
    assert (event.fields["person"], event.fields["role"]) == ("Paul Roe",
                                                              "Vice President of Product")


@pytest.mark.parametrize("text", [
    "Roe's promotion reflects the company's commitment to growing talent.",
    "Roe, formerly Acme Robotics's Construction Manager, has led twenty projects.",
    "Roe joined Acme Robotics in 2021 as its first Head of Customer Success.",
    "Roe joined Acme Robotics over two years ago as its first Head of Customer Success.",
    "Roe, who founded Acme Robotics in late 2023, has run its engineering since.",
])
def test_a_new_title_for_someone_already_there_is_a_promotion(text):
    [event] = events_in("Acme Robotics Appoints Jane Roe as President", text, AccountIndex([]))
    assert event.fields["change"] == "promoted"


@pytest.mark.parametrize("text, change", [
    ("Acme Robotics today named Jane Roe, its Senior VP of Sales and Marketing, as President "
     "of Acme Robotics.", "promoted"),
    # a quote after the appointment names the seat just taken
    ("Acme Robotics today named Jane Roe as its President. “I am thrilled,” said Jane Roe, the "
     "company's President.", "joined"),
    # the next sentence calls the move a promotion
    ("Acme Robotics announced the appointment of Jane Roe as its President. This promotion "
     "reflects the company's growth.", "promoted"),
])
def test_a_title_held_there_beside_the_appointee_is_a_promotion(text, change):
    [event] = events_in("", text, AccountIndex([]))
    assert event.fields["change"] == change


def test_a_leadership_team_grown_with_appointments_names_each_appointee():
    events = events_in("", "Acme Robotics announced today the expansion of its leadership team "
                           "with the appointment of Jane Roe as Chief Marketing Officer and Sam "
                           "Lee as Chief Revenue Officer.", AccountIndex([]))
    assert [(e.company, e.fields["person"], e.fields["role"]) for e in events] == [
        ("Acme Robotics", "Jane Roe", "Chief Marketing Officer"),
        ("Acme Robotics", "Sam Lee", "Chief Revenue Officer")]


def test_a_hire_listed_beside_promotions_is_still_a_hire():
    events = events_in("Acme Robotics Announces Its New Senior Executive Team",
                       "Acme Robotics has named its new senior executive team. In addition to "
                       "Jane Roe taking on the role of Chief Revenue Officer, the team also "
                       "features Sam Lee, who is being promoted from SVP of Operations to Chief "
                       "Operating Officer.", AccountIndex([]))
    assert ("Jane Roe", "joined") in [(e.fields["person"], e.fields["change"]) for e in events]


@pytest.mark.parametrize("title", ["Acme Robotics Promotes Jane Roe to President",
                                   "Jane Roe Elevated to President at Acme Robotics"])
def test_a_headline_promotion_outweighs_the_bodys_appointment(title):
    [event] = events_in(title, "Acme Robotics, a maker of forklifts, announces the appointment "
                               "of Jane Roe as its President.", AccountIndex([]))
    assert (event.fields["person"], event.fields["change"]) == ("Jane Roe", "promoted")


def test_a_chief_executive_joining_a_reporter_is_an_interview():
    assert events_in("", "Acme Robotics CEO Jane Roe joins Newswire's Sam Lee with details of "
                         "the quarter.", AccountIndex([])) == []


def test_a_division_named_with_a_possessive_is_its_company():
    [event] = events_in("", "Acme Robotics today announced that Sam Lee joined as Senior Vice "
                            "President, External Affairs for Acme Robotics's West Division.",
                        AccountIndex([]))
    assert event.company == "Acme Robotics"


@pytest.mark.parametrize("text, company", [
    ("Acme Holdings, Inc. Subsidiary Lumen Trucking Moves into New Headquarters.", "Lumen Trucking"),
    ("Lumen Dental will add a new location to its network in 2026.", "Lumen Dental"),
    ("Lumen Trucking serves customers throughout Texas and will open a new office in Austin.",
     "Lumen Trucking"),
    # a time before the subject: "Next" is no company
    ("Next month, Lumen Trucking is set to open a flagship location at Harbor Mall.",
     "Lumen Trucking"),
])
def test_expansion_subjects_behind_legal_suffixes_times_and_before_places(text, company):
    assert [(e.type, e.company) for e in events_in("", text, AccountIndex([]))] == [
        ("expansion", company)]


def test_joining_a_board_is_a_seat_at_that_company_not_the_one_the_person_runs():
    [event] = events_in("", "Also, Jane Roe, CEO of Globex Mining, will join Acme "
                            "Robotics’ board this spring.", AccountIndex([]))
    assert (event.company, event.fields["role"]) == ("Acme Robotics", "Board member")


def test_a_headline_running_on_is_not_the_first_sentence():
    [event] = events_in("Steve Roe Named Senior Vice President of",
                        "Fleet Programs for Acme Health\nAcme Health Group, LLC (“Acme Health”), "
                        "a national insurer, announced that Steve Roe will lead its claims team.",
                        AccountIndex([]))
    assert (event.company, event.fields["person"]) == ("Acme Health Group", "Steve Roe")


@pytest.mark.parametrize("text", [
    "Roe previously served as CFO at Globex Logistics.",
    "Roe has served as CEO of three federal agencies and two non-profits.",
])
def test_someone_from_elsewhere_joins(text):
    [event] = events_in("Acme Robotics Appoints Jane Roe as President", text, AccountIndex([]))
    assert event.fields["change"] == "joined"


def test_an_appointment_is_a_leadership_change_with_person_role_and_previous_company():
    [event] = events_in(
        "Acme Robotics names Maria Santos Chief Operating Officer",
        "Acme Robotics today named Maria Santos as Chief Operating Officer, previously at "
        "Forge Logistics.")
    assert (event.type, event.account_id) == ("leadership_change", "acmerobotics.example")
    assert event.fields == {"person": "Maria Santos", "role": "Chief Operating Officer",
                            "change": "joined", "previous_company": "Forge Logistics"}


@pytest.mark.parametrize("text, previous_company", [
    ("Acme Robotics today named Maria Santos as its Chief Operating Officer. Santos is an "
     "educator and leader. She most recently served as the National Program Director at Forge "
     "Logistics.", "Forge Logistics"),
    ("Acme Robotics today named Maria Santos as its Chief Operating Officer. Prior to joining "
     "Acme Robotics, Maria served as the Co-President for Academics at Harbor University.",
     "Harbor University"),
    ("Acme Robotics today named Maria Santos as its Chief Operating Officer. Santos joins Acme "
     "Robotics from Forge Logistics, where she ran operations.", "Forge Logistics"),
    # a post held at the company itself, and a seat on someone's board, name no other company
    ("Acme Robotics today named Maria Santos as its Chief Operating Officer. Santos previously "
     "served as Vice President of Operations at Acme Robotics.", None),
    ("Acme Robotics today named Maria Santos as its Chief Operating Officer. Santos previously "
     "served on the Harbor Board of Directors.", None),
    # a promotion: where she worked before she joined is no move now
    ("Acme Robotics today promoted Maria Santos to Chief Operating Officer. Before joining Acme "
     "Robotics, Maria worked as an analyst at Forge Logistics.", None),
])
def test_where_a_new_leader_comes_from_is_read_from_the_sentences_about_them(text,
                                                                            previous_company):
    [event] = events_in("", text, AccountIndex([]))
    assert event.fields.get("previous_company") == previous_company


@pytest.mark.parametrize("sentence, person, change", [
    ("Jane Roe has joined Acme Robotics as Vice President of Sales.", "Jane Roe", "joined"),
    ("Acme Robotics CEO Peter Grant will step down at the end of the year.", "Peter Grant",
     "departed"),
    ("Tom Baker, Chief Financial Officer of Acme Robotics, will retire in June.", "Tom Baker",
     "retired"),
    ("Acme Robotics promoted Lena Ortiz to Head of Engineering.", "Lena Ortiz", "promoted"),
    ("Acme Robotics names Rita Moreno CEO", "Rita Moreno", "joined"),
])
def test_leadership_moves_in_each_direction(sentence, person, change):
    [event] = events_in(sentence)
    assert (event.account_id, event.fields["person"], event.fields["change"]) == (
        "acmerobotics.example", person, change)


@pytest.mark.parametrize("title, text, company, person, role", [
    ("Brightwater Logistics Opens Second Depot under New CEO Priya Natarajan", "",
     "Brightwater Logistics", "Priya Natarajan", "CEO"),
    ("Marcus Hale Joins Fenwick Capital Partners as Director",
     "Fenwick Capital Partners today announced the appointment of Marcus Hale as its new "
     "director.", "Fenwick Capital Partners", "Marcus Hale", "director"),
    ("Tallgrass Foods grows its sales team",
     "Tallgrass Foods CEO Nora Biel spoke with a reporter about the plan. In the interview, "
     "Biel introduced Owen Pratt as the Vice President of Sales who will run the new region.",
     "Tallgrass Foods", "Owen Pratt", "Vice President of Sales"),
])
def test_a_new_leader_named_in_passing_or_introduced_by_an_executive(title, text, company,
                                                                     person, role):
    events = events_in(title, text, AccountIndex([]))
    [event] = [e for e in events if e.type == "leadership_change"]
    assert (event.company, event.fields["person"], event.fields["role"].lower(),
            event.fields["change"]) == (company, person, role.lower(), "joined")
    assert "product_launch" not in [e.type for e in events]  # a person is introduced


def test_the_previous_employer_is_not_the_company_that_hired():
    [event] = events_in("Dana Whitfield joins Arbor Software as Chief Technology Officer",
                        "Whitfield was previously Vice President of Engineering at Northwind "
                        "Analytics.")
    assert (event.company, event.account_id) == ("Arbor Software", None)


def test_an_interview_with_a_sitting_executive_is_no_event():
    assert events_in("A conversation with Acme Robotics CEO Peter Grant",
                     "In an interview, Acme Robotics CEO Peter Grant discussed automation.") == []


def test_each_person_named_with_a_title_in_one_sentence_is_a_change_of_their_own():
    events = events_in("Tallgrass Foods Names New Leaders",
                       "The company hired Rosa Lind to serve as Office Coordinator and promoted "
                       "two leaders from within, elevating Mel Ortega to Director of Operations "
                       "and Tom Bakker to Vice President of Sales.", AccountIndex([]))
    assert [(e.company, e.fields["person"], e.fields["role"], e.fields["change"])
            for e in events] == [
        ("Tallgrass Foods", "Mel Ortega", "Director of Operations", "promoted"),
        ("Tallgrass Foods", "Tom Bakker", "Vice President of Sales", "promoted")]


def test_each_person_listed_after_the_seat_takes_it():
    events = events_in("Glowpath Foundation Welcomes Two Leaders to its Board of Directors",
                       "Glowpath Foundation, a nonprofit, is delighted to announce the appointment "
                       "of two esteemed professionals to its board of directors: Bonnie M. Roe, "
                       "JD, and Dr. David Lee.", AccountIndex([]))
    assert [(e.fields["person"], e.fields["role"]) for e in events] == [
        ("Bonnie M. Roe", "Board member"), ("David Lee", "Board member")]


def test_each_person_promoted_together_takes_the_seat():
    events = events_in("Glowpath Law Announces New Partners",
                       "Glowpath Law is proud to announce the promotions of Perry S. Fallick, Sara "
                       "A. Mahoney, and Michael Stone to Partner, effective July 1st.",
                       AccountIndex([]))
    assert [(e.company, e.fields["person"], e.fields["role"], e.fields["change"])
            for e in events] == [
        ("Glowpath Law", person, "Partner", "promoted")
        for person in ("Perry S. Fallick", "Sara A. Mahoney", "Michael Stone")]


def test_each_persons_clause_says_their_own_change_and_company():
    events = events_in("Glowpath Strengthens Its Leadership With Management Team Appointments",
                       "Glowpath, Inc. today announced new management team appointments. Sam "
                       "Hill has been appointed Company Secretary, Sajid Khan has been promoted "
                       "to Chief Technology Officer, and Lena Ortiz has joined the company as "
                       "Vice President of Corporate Development.", AccountIndex([]))
    assert {(e.company, e.fields["person"], e.fields["change"]) for e in events} == {
        ("Glowpath", "Sajid Khan", "promoted"), ("Glowpath", "Lena Ortiz", "joined")}


@pytest.mark.parametrize("background", [
    "Lena comes to Glowpath having previously served in key compliance roles for notable "
    "financial companies.",
    "Lena has served in several senior staff positions within the U.S. Congress.",
])
def test_posts_held_elsewhere_make_no_promotion(background):
    [event] = events_in("Glowpath Hires Lena Ortiz as Head of Compliance",
                        "Glowpath announced that Lena Ortiz has been appointed as Head of "
                        f"Compliance. {background}", AccountIndex([]))
    assert (event.fields["person"], event.fields["change"]) == ("Lena Ortiz", "joined")


def test_each_person_listed_with_their_own_post_elsewhere_takes_the_seat():
    events = events_in("", "Tallgrass Foods has appointed industry leaders Rosa Lind, CEO of "
                           "Harbor Rail, and Tom Bakker, CEO of Globex, to its board of directors.",
                       AccountIndex([]))
    assert [(e.company, e.fields["person"], e.fields["role"]) for e in events] == [
        ("Tallgrass Foods", "Rosa Lind", "Board member"),
        ("Tallgrass Foods", "Tom Bakker", "Board member")]


@pytest.mark.parametrize("title", [
    "President-Elect Speech Praises Factory Workers in Ohio",
    "Rosa Lind, CEO of Tallgrass Foods, Selected For Regional Business Honor Roll",
])
def test_an_elect_title_and_an_honour_appoint_nobody(title):
    assert events_in(title) == []


@pytest.mark.parametrize("title, text", [
    ("Harbor Summit 2026 speakers",
     "Tallgrass’s CEO, Rosa Lind, will join a panel of grocers, among them Globex’s "
     "Sam Hill."),
    ("Tallgrass Foods ships its app",
     "The app comes from CTO Mel Ortega, who joined the team in spring."),
    ("Tallgrass Foods grows its board",
     "Tallgrass Foods welcomes Priya to its Board of Directors and to its audit committee, "
     "said Chair Rosa Lind."),
    ("Rosa Lind, CEO of Tallgrass Foods, Named to 2026 Harbor Top 40 Under 40 List", ""),
    ("Tallgrass Foods Brings New Chief Revenue Officer Onto Its Management Team", ""),
    # an interviewer whose surname ends in -ing; a person's skill that "has become" key
    ("Tallgrass update", "Tallgrass Foods CEO Rosa Lind joined Sam Darling from Market Talk to "
                         "discuss the quarter."),
    ("Tallgrass update", "Her skill in Freight Safety has become central to our brand,” "
                         "said Rosa Lind, Chairman and CEO of Tallgrass Foods."),
])
def test_a_title_held_already_or_no_name_given_is_no_leadership_change(title, text):
    assert [e for e in events_in(title, text, AccountIndex([]))
            if e.type == "leadership_change"] == []


@pytest.mark.parametrize("title, company, person, role", [
    ("Grocery Veteran Rosa Lind Joins Tallgrass Foods as Chairman and Co-CEO",
     "Tallgrass Foods", "Rosa Lind", "Chairman and Co-CEO"),
    ("Mel Ortega Joins Tallgrass Network Board to Guide Its Growth",
     "Tallgrass Network", "Mel Ortega", "Board member"),
    ("Ex-Globex Member Mel Ortega Appointed as Tallgrass Foods CEO", "Tallgrass Foods",
     "Mel Ortega", "CEO"),
])
def test_titles_joined_by_and_and_boards_named_in_headlines(title, company, person, role):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.company, event.fields["person"], event.fields["role"]) == (
        company, person, role)


@pytest.mark.parametrize("title, text, found", [
    # persons listed before a title share it
    ("Tallgrass Foods Appoints Rosa Lind, Mel Ortega and Priya Das to its Board", "",
     [("Rosa Lind", "Board member"), ("Mel Ortega", "Board member"),
      ("Priya Das", "Board member")]),
    # a title ends where the next person starts
    ("Tallgrass Institute Adds Two Leaders",
     "Rosa Lind joins Tallgrass Institute as Director of Sales and Marketing and Mel "
     "Ortega joins as Director of Finance.", [("Rosa Lind", "Director of Sales and Marketing")]),
    # prose names actively; a headline is passive
    ("Tallgrass news", "Tallgrass Foods named Rosa Lind CFO and thanked its founders.",
     [("Rosa Lind", "CFO")]),
    ("Rosa Lind named Tallgrass Foods CFO", "", [("Rosa Lind", "CFO")]),
])
def test_who_takes_which_title_at_tallgrass(title, text, found):
    events = events_in(title, text, AccountIndex([]))
    assert [(e.fields["person"], e.fields["role"]) for e in events] == found
    assert {e.company for e in events} <= {"Tallgrass Foods", "Tallgrass Institute"}


@pytest.mark.parametrize("title, text", [
    # words of a headline are no person's name when the release writes them in lower case
    ("Tallgrass Foods Appoints New President Focused on Lowering Store Costs",
     "The new president will focus on lowering store costs."),
    # recent hires recalled as nouns
    ("Tallgrass Foods grows", "The board praised the recent hires of Mel Ortega as chief "
                              "technology officer and Priya Das as chief financial officer."),
    # a sentence that opens in an earlier year is history
    ("Tallgrass Foods partners with a farm co-op",
     "In 2012, Rosa Lind, now CEO of Tallgrass Foods, left her bank job to start the firm."),
])
def test_headline_phrases_recent_hires_and_history_are_no_leadership_change(title, text):
    assert [e for e in events_in(title, text, AccountIndex([]))
            if e.type == "leadership_change"] == []


@pytest.mark.parametrize("title, text, company, person", [
    # a nickname in brackets is not part of the name; a title's words are no person
    ("Tallgrass news", "Tallgrass Foods announced the appointment of Marcus (Mack) Tate as "
                       "Senior Vice President of Store Pricing.", "Tallgrass Foods",
     "Marcus Tate"),
    # someone welcomed back to the company is the appointee, not the company
    ("Tallgrass Foods Welcomes Rosa Lind back to Tallgrass Foods as Head of Risk", "",
     "Tallgrass Foods", "Rosa Lind"),
    # the company and its chief executive announce together
    ("Tallgrass Foods & Chief Executive Officer Rosa Lind Announce Her Plans to Step Down",
     "", "Tallgrass Foods", "Rosa Lind"),
])
def test_who_was_appointed_or_leaves_where(title, text, company, person):
    [event] = events_in(title, text, AccountIndex([]))
    assert (event.company, event.fields["person"]) == (company, person)


def test_a_call_to_resign_is_no_departure():
    assert events_in("Shareholders speak up", "A group of investors urges Ben Ortiz to resign "
                     "from the board of Tallgrass Foods before the vote.",
                     AccountIndex([])) == []


def test_one_person_appointed_is_one_event_whatever_the_company_is_called():
    events = events_in("Ana Ruiz Named NBT Chief Operating Officer",
                       "The Northbeam Trust (NBT) announced today that it selected Ana Ruiz as "
                       "Chief Operating Officer. NBT's Chairman, Sam Hill, said: we welcome Ana "
                       "Ruiz to the NBT team as our Chief Operating Officer.", AccountIndex([]))
    assert [(e.company, e.fields["person"]) for e in events] == [("Northbeam Trust", "Ana Ruiz")]


@pytest.mark.parametrize("text, company", [
    ("About HarborLinkHarborLink (HBL) is a freight network.", "HarborLink"),
    ("About Harbor Link Harbor Link (HBL) is a freight network.", "Harbor Link"),
])
def test_a_short_name_defined_under_a_heading_run_into_its_sentence(text, company):
    events = events_in("HBL Raises $5M Seed Round", text, AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("funding", company)]


def test_a_phrase_in_quotes_is_not_the_person_promoted():
    events = events_in("Tallgrass Foods Elevates ‘Steady Hand’ to President",
                       "Tallgrass Foods promoted Mel Ortega to President on Monday.",
                       AccountIndex([]))
    assert [e.fields["person"] for e in events] == ["Mel Ortega"]


@pytest.mark.parametrize("text", [
    "--Wire Direct--\n\n![](https://img.example/1.png)\n\nAcme Robotics CEO Peter Grant joined "
    "Sam Hill from Market Talk to discuss the quarter.",
    "Peter Grant, CEO of Acme Robotics, Inc., was recently a guest on Market Talk's Live Hour "
    "and was joined by Sam Hill, CEO of Globex.",
])
def test_an_executive_joining_an_interviewer_is_no_leadership_change(text):
    assert events_in("Acme Robotics CEO on the road ahead", text) == []


@pytest.mark.parametrize("sentence, company", [
    ("Fintech leader Acme Pay is pleased to announce it has raised $4 million in seed funding.",
     "Acme Pay"),
    ("Online marketplace eBay has secured a $500 million credit facility.", "eBay"),
    ("Data venture tradeX has secured a $5 million seed round.", "tradeX"),
    ("Acme Pay, a Boston payments startup, today announced a $9 million Series A round.",
     "Acme Pay"),
    ("Acme Pay Inc. (NASDAQ: ACPY) has closed a $40 million private placement.", "Acme Pay"),
    ("Ohio Fintech Startup Lumina Pay Raises $3M Seed Round", "Lumina Pay"),
    ("Helping clinics cut paperwork, Medrill has raised $4 million in seed funding.", "Medrill"),
    ("Known for its clinic software, Medrill has raised $4 million in seed funding.", "Medrill"),
    ("In a move to make its clinic software the default for dentists and orthodontists across "
     "the country, Medrill has raised $4 million in seed funding.", "Medrill"),
    ("Social Equity Brand 40 Tons has raised $3 million in seed funding.", "40 Tons"),
])
def test_the_subject_is_the_company_that_raised(sentence, company):
    [event] = events_in("", sentence)
    assert event.company == company


@pytest.mark.parametrize("sentence, company", [
    ("NEWMARKET, ON, May 1, 2026 -- M.A.S. Painting Ltd., a painting contractor, has raised $3 "
     "million in seed funding.", "M.A.S. Painting"),
    ("Happy Stan's Recycling Services Ltd (HSR) has raised $3 million in seed funding.",
     "Happy Stan's Recycling Services"),
    ("South Korea's SpeedFloor Co. has raised $3 million in seed funding.", "SpeedFloor"),
    ("Happy Stan's Recycling Services, Inc, the maker of balers, has raised $3 million in seed "
     "funding.", "Happy Stan's Recycling Services"),
])
def test_a_legal_name_with_initials_or_a_possessive_is_whole(sentence, company):
    [event] = events_in("", sentence, AccountIndex([]))
    assert event.company == company


def test_a_link_in_brackets_after_the_name_is_no_dateline():
    [event] = events_in("", "Ridge Tax Tools (https://www.ridgetax.example/) has unveiled the "
                            "latest version of its 1099 e-filing engine for accounting firms.",
                        AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Ridge Tax Tools")


def test_an_opening_phrase_with_a_number_in_thousands_is_skipped_whole():
    [event] = events_in("", "After Crossing 100,000 Active Users, Glowpath Announces the Launch "
                            "of Its Trading App", AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Glowpath")


def test_a_clause_opened_by_even_as_is_the_release_company_s():
    events = events_in("Harbor Medical Showcases Growth", "Even as 2026 winds down, Harbor "
                       "Medical Group (NASDAQ: HMG) is gearing up for growth. The company is "
                       "expanding its footprint in Asia.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("expansion", "Harbor Medical Group")]


def test_an_adverb_run_into_the_name_is_not_part_of_it():
    [event] = events_in("", "Equity Line of Credit: Recently Glowpath completed a $5 million "
                            "financing agreement with Ridge Investors.", AccountIndex([]))
    assert (event.type, event.company) == ("funding", "Glowpath")


def test_a_sub_heading_opened_by_a_common_word_is_not_the_releases_company():
    events = events_in("Glowpath Foods Announces Addition of Packing Equipment",
                       "Equipment will expand capacity at our brewery to the projected volume\n\n"
                       "Glowpath Foods, a beverage maker, announces delivery of equipment. The "
                       "company has raised $2 million in seed funding.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("funding", "Glowpath Foods")]


def test_a_round_named_in_the_headline_stays_when_the_body_names_none():
    [event] = events_in("Glowpath Announces Closing of Credit Facility with Ridge Debt Fund",
                        "Glowpath is pleased to have closed the second drawdown of the financing "
                        "with Ridge.", AccountIndex([]))
    assert (event.company, event.fields["round"]) == ("Glowpath", "debt")


def test_a_speaker_named_with_the_companys_possessive_title_is_a_person():
    events = events_in("Glowpath Closes Credit Facility", "Max Satel, Glowpath’s CFO stated, "
                       "“We are pleased to have closed the second drawdown of the $9 million "
                       "financing with Ridge.”", AccountIndex([]))
    assert "Max Satel" not in [e.company for e in events]


def test_a_company_before_an_honorific_is_no_person():
    text = ("Glowpath Club, a subsidiary of Harbor Group, today announced private equity "
            "veteran Daniel Hall has joined as Managing Partner. Prior to joining Glowpath Club, "
            "Mr. Hall ran a credit fund.")
    assert [(e.company, e.fields["person"]) for e in events_in(
        "Veteran Investor Daniel Hall Takes a Seat as Managing Partner", text,
        AccountIndex([]))] == [("Glowpath Club", "Daniel Hall")]


def test_a_speaker_welcoming_a_partner_joins_nothing():
    assert events_in("", "“Quillon brings all we look for and we’re thrilled to welcome them to "
                         "the Harbor family of companies,” said Mike Vietro, Chief Distribution "
                         "Officer for Harbor Wealth Group.", AccountIndex([])) == []


def test_datelines_of_several_wires_are_not_the_subject():
    [event] = events_in("", "Brandon, Florida (Wire.example) Thursday Dec 28, 2023 @ 7:00 AM "
                            "Eastern — Acme Robotics has raised $3 million in seed funding.")
    assert event.company == "Acme Robotics"


@pytest.mark.parametrize("opening", [
    "SPRINGFIELD, Ill. - (Wire.example) - March 02, 2026 - ",
    "(Wire.example) - March 02, 2026 - Austin, TX — ",
    "San Marcos, April, 2nd, 2026 - ",
    "Singapore / April 3, 2026 –",
])
def test_datelines_with_single_dashes_are_not_the_subject(opening):
    [event] = events_in("", opening + "Acme Robotics has raised $3 million in seed funding.",
                        AccountIndex([]))
    assert event.company == "Acme Robotics"


@pytest.mark.parametrize("title, text, found", [
    # an adverb is not part of the name before the verb
    ("Glowpath World Proudly Announces Partnership With Quillon", "",
     {("partnership", "Glowpath World"), ("partnership", "Quillon")}),
    ("Glowpath Digital Innovatively Launches Its Fleet Fuel Card", "",
     {("product_launch", "Glowpath Digital")}),
    ("Glowpath and Quillon Partner to Launch Route Planner for Vans", "",
     {("product_launch", "Glowpath and Quillon"), ("partnership", "Glowpath"),
      ("partnership", "Quillon")}),
    ("Glowpath Partner to Launch Route Planner for Vans", "", {("product_launch", "Glowpath")}),
    # pronouns and participles open no company
    ("Glowpath news", "“I’m happy to partner with Sam Hill on this,” said Ana Ruiz.",
     set()),
    ("Glowpath news", "Situated near Glowpath's river site, the newly acquired lot adds room "
                      "for a depot.", set()),
    ("Glowpath news", "Faced with the challenge of urban signal loss, researchers have "
                      "introduced a new positioning tool.", set()),
    # a technology alone, a product named as newly launched and a bullet's run-on are not names
    ("Reading city skies: AI unveils a new positioning tool", "", set()),
    ("Quillon Fund Highlights Strong Entry for Newly Launched Spot ETFs", "", set()),
])
def test_adverbs_pronouns_and_participles_name_no_company(title, text, found):
    assert {(e.type, e.company) for e in events_in(title, text, AccountIndex([]))} == found


def test_an_executive_speaking_of_money_raised_is_not_the_company_that_raised_it():
    events = events_in("Harbor Mining CEO Dr Lena Voss looks back on spring",
                       "Voss said the firm's fundraising stood out, raising up to $24 million "
                       "in a private placement.", AccountIndex([]))
    assert "Voss" not in {e.company for e in events}


def test_a_preposition_is_not_a_first_name():
    [event] = events_in("Harbor Appoints Sam Lee as President",
                        "Before Harbor, Lee was COO at Globex.", AccountIndex([]))
    assert event.company == "Harbor"


@pytest.mark.parametrize("title, company", [
    ("Brand Harbor Network Teams Up With Quillon Labs", "Brand Harbor Network"),
    ("Glowpath Inc. Subsidiary Harbor Trucking Moves Into New Offices in Reno", "Harbor Trucking"),
    # what powers an app is no part of its name, nor is the word "App" after it
    ("AI-Driven Quillon App Unveils Voice Notes", "Quillon"),
    ("Fintech Leader Tally App Unveils Voice Notes", "Tally App"),
    # a name may open in lower case
    ("Harbor Dental Association Expands Partnership With Cloud Software Leader iQuillon",
     "iQuillon"),
    # nor where it is from or who backs it
    ("Dallas-based Quillon Raises $5M Seed Round", "Quillon"),
    ("Polychain-backed Quillon Launches Nexus Wallet", "Quillon"),
    ("Glowpath Acquires Georgia-Based PEO, Teamwork Services", "Teamwork Services"),
])
def test_a_descriptor_opening_a_name_is_part_of_it_unless_it_says_what_the_company_is(
        title, company):
    assert company in {e.company for e in events_in(title, "", AccountIndex([]))}


def test_who_backs_a_company_is_not_its_name():
    assert [e.company for e in events_in("Harbor Ventures-Backed Quillon Raises $3M in a Seed Round",
                                         "", AccountIndex([]))] == ["Quillon"]


def test_a_year_inside_the_sentence_is_not_a_dateline():
    [event] = events_in("", "Acme Robotics, founded in 2015, raised $3 million - its first round.")
    assert event.company == "Acme Robotics"


@pytest.mark.parametrize("title, text", [
    ("Northbeam Expands in Austin with Acquisition of Shopwise", ""),
    ("", "Northbeam's acquisition of Shopwise was completed on Monday."),
    ("", "Northbeam announced its intention to merge with Shopwise, a payments firm."),
    ("", "If approved, the transaction will involve Northbeam acquiring Shopwise for shares."),
    ("", "Specifically, Northbeam will acquire all outstanding shares of Shopwise."),
])
def test_an_acquisition_named_by_its_noun_or_gerund(title, text):
    found = {(e.type, e.company, e.fields.get("role")) for e in events_in(
        title, text, AccountIndex([])) if e.type == "acquisition"}
    assert found == {("acquisition", "Northbeam", "acquirer"),
                     ("acquisition", "Shopwise", "target")}


@pytest.mark.parametrize("title", [
    "Northbeam and Shopwise Announce Joint Venture Agreement",
    "Northbeam Signs Memorandum of Understanding with Shopwise",
    "Northbeam Signs Reseller Agreement With Shopwise And Opens Austin Office",
])
def test_joint_ventures_and_agreements_are_partnerships(title):
    found = {(e.company, e.fields["counterparty"]) for e in events_in(title, "", AccountIndex([]))
             if e.type == "partnership"}
    assert found == {("Northbeam", "Shopwise"), ("Shopwise", "Northbeam")}


@pytest.mark.parametrize("title, company, partner", [
    ("Harbor Credit Union Joins Ledgerline's Digital Banking Accelerator Program",
     "Harbor Credit Union", "Ledgerline"),
    ("PayNest Wallet Powered by Chainlane Announces Partnership with Lumen Bank", "PayNest Wallet",
     "Lumen Bank"),
    # where the partner is based, an article and a headline verb are not part of the names
    ("The Harbor Hub today announced it will partner with Laconia, N.H.- based Quillon Systems "
     "to build a model.", "Harbor Hub", "Quillon Systems"),
    ("Glowpath Announces Integration with Quillon and Highlights Its Growth", "Glowpath",
     "Quillon"),
    ("Glowpath Forges Strategic Alliance And Co-Sell Support With Quillon", "Glowpath",
     "Quillon"),
    ("Glowpath & Co. Partnering with Quillon Group on Retail Project", "Glowpath & Co",
     "Quillon Group"),
    ("Driving practical artificial-intelligence-based innovations for the retail and e-commerce "
     "industry, Glowpath Limited (NASDAQ: GLWP) recently inked a strategic partnership with tech "
     "juggernaut Quillon.", "Glowpath", "Quillon"),
    # what each party is, before its name
    ("New Online Casino Site Glowpath Casino Partners with Italian Football Team Quillon",
     "Glowpath Casino", "Quillon"),
])
def test_programs_joined_and_powered_by_names(title, company, partner):
    assert {(e.company, e.fields["counterparty"]) for e in events_in(title, "", AccountIndex([]))
            if e.type == "partnership"} == {(company, partner), (partner, company)}


@pytest.mark.parametrize("title", [
    "Glowpath Inks Agreement with Leading Dealer Group",
    "Glowpath Partners with Several Financial Institutions to Grow",
])
def test_a_partner_described_but_not_named_is_no_partnership(title):
    assert events_in(title, "", AccountIndex([])) == []


@pytest.mark.parametrize("title, text, partners", [
    ("Glowpath Collaborates with Harbor Motors and Quillon Chips on Routing",
     "Harbor Motors brings its fleet; Quillon Chips brings its processors.",
     {("Glowpath", "Harbor Motors"), ("Glowpath", "Quillon Chips"), ("Harbor Motors", "Glowpath"),
      ("Quillon Chips", "Glowpath")}),
    # a name with "and" in it, never written in halves, stays one partner; "&" joins one firm
    ("Glowpath Partners with Bell and Rowe", "The deal with Bell and Rowe is Glowpath's largest.",
     {("Glowpath", "Bell and Rowe"), ("Bell and Rowe", "Glowpath")}),
    ("Glowpath Partners with Hart & Rowe", "Hart & Rowe was founded by Sam Hart and Ana Rowe.",
     {("Glowpath", "Hart & Rowe"), ("Hart & Rowe", "Glowpath")}),
])
def test_each_named_partner_is_a_partnership_of_its_own(title, text, partners):
    assert {(e.company, e.fields["counterparty"]) for e in events_in(title, text, AccountIndex([]))
            if e.type == "partnership"} == partners


@pytest.mark.parametrize("title, partners", [
    ("Glowpath & Quillon Labs Partner to Re-invent Risk Checks", {"Glowpath", "Quillon Labs"}),
    ("Glowpath, Quillon Labs and Harbor Motors partner to advance display technology",
     {"Glowpath", "Quillon Labs", "Harbor Motors"}),
    ("Glowpath and Quillon Labs Join Forces at the Night Market", {"Glowpath", "Quillon Labs"}),
    ("Glowpath & Co. and Quillon Group are teaming up to develop a retail project",
     {"Glowpath & Co", "Quillon Group"}),
    ("Glowpath and Quillon Co., Ltd. Forge Strategic Partnership", {"Glowpath", "Quillon"}),
    ("Glowpath Forges a Game-Changing Partnership with Quillon Labs", {"Glowpath", "Quillon Labs"}),
    ("Glowpath Announces Strategic Collaborations with Quillon Labs", {"Glowpath", "Quillon Labs"}),
    ("Glowpath Strikes Two Major Deals with Quillon Labs for AR Experiences",
     {"Glowpath", "Quillon Labs"}),
    ("Glowpath is delighted to disclose a transformative partnership with Quillon Labs.",
     {"Glowpath", "Quillon Labs"}),
    # "&" inside one name, next to "and" between two
    ("Harbor & Quill Institute and Glowpath Announce Research Partnership",
     {"Harbor & Quill Institute", "Glowpath"}),
])
def test_partners_named_together_before_a_plural_verb_are_each_a_party(title, partners):
    assert {e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "partnership"} == partners


@pytest.mark.parametrize("title, text, companies", [
    ("Glowpath and Quillon Labs Unveil the Harbor Cashier, a Checkout Tablet",
     "Glowpath makes tills. Quillon Labs makes software.", {"Glowpath", "Quillon Labs"}),
    ("Glowpath and Quillon Labs to Open Flagship Stores at Harbor Yards",
     "Glowpath sells coffee. Quillon Labs sells books.", {"Glowpath", "Quillon Labs"}),
    # one firm's name before a singular verb, even when its words stand alone elsewhere
    ("Finn and Form Launches Online Stores", "Finn designs the pieces. Form ships them.",
     {"Finn and Form"}),
])
def test_two_parties_before_a_plural_verb_each_have_the_event(title, text, companies):
    assert {e.company for e in events_in(title, text, AccountIndex([]))
            if e.type != "partnership"} == companies


def test_a_party_named_by_its_short_name_is_not_joined_to_the_other():
    """'MOSTe and GEMA Partner' where the body spells GEMA out: two parties, not 'MOSTe and
    GEMA' and the Academy."""
    assert {(e.company, e.fields["counterparty"]) for e in events_in(
        "MOSTe and GEMA Partner to Launch Workshops",
        "MOSTe has partnered with the Global Entertainment Marketing Academy (GEMA) to launch "
        "workshops.", AccountIndex([])) if e.type == "partnership"} == {
        ("MOSTe", "Global Entertainment Marketing Academy"),
        ("Global Entertainment Marketing Academy", "MOSTe")}


@pytest.mark.parametrize("title", [
    # a list needs a plural verb; "in partnership with" a program is no commercial partnership
    "Glowpath Sees Record Growth, Proactively Expands Global Partnerships",
    "Glowpath Launches Route Finder, Find Your Reliable Delivery Partner",
    "Glowpath expands its internship program in partnership with the Harbor Youth Club",
    "Glowpath announces the end of its partnership with Quillon Labs",
    # a customer's deal, and assets sold, are no partnership
    "Glowpath Inks Multi-Year Deal With Quillon Labs, Growing Its Commercial Momentum",
    "Glowpath Inks Deal With Quillon Labs To Sell Clinical-Stage Cancer Therapy Assets",
])
def test_no_partnership_without_two_named_parties_in_it(title):
    assert "partnership" not in [e.type for e in events_in(title, "", AccountIndex([]))]


@pytest.mark.parametrize("text, partner", [
    ("The company recently entered into a collaboration with Harbor Group subsidiary Quillon to "
     "test its cells.", "Quillon"),
    ("The company has announced a partnership with DeFi ecosystem Quillon Swap.", "Quillon Swap"),
])
def test_a_partner_described_before_its_name_is_named(text, partner):
    events = events_in("Glowpath Labs Shares News", "Glowpath Labs makes batteries. " + text,
                       AccountIndex([]))
    assert ("Glowpath Labs", partner) in {(e.company, e.fields.get("counterparty"))
                                          for e in events if e.type == "partnership"}


def test_two_parties_named_together_are_not_one_company():
    events = events_in("Harbor Suites and Quillon Announce Joint Venture to Launch a Guest App",
                       "Harbor Suites and Quillon today formed a joint venture for hotel energy.",
                       AccountIndex([]))
    assert {(e.company, e.fields["counterparty"]) for e in events
            if e.type == "partnership"} == {("Harbor Suites", "Quillon"), ("Quillon", "Harbor Suites")}


@pytest.mark.parametrize("title, target", [
    ("Glowpath acquires Route Planning company Quillmark to speed up its vans", "Quillmark"),
    ("Glowpath Acquires Payments Startup Quillon", "Quillon"),
])
def test_a_field_named_before_the_company_describes_it(title, target):
    assert ("acquisition", target) in {(e.type, e.company)
                                       for e in events_in(title, "", AccountIndex([]))}


def test_the_worlds_largest_retailer_is_a_description_not_a_partner():
    assert events_in("Glowpath teams up with the World’s Biggest Grocer",
                     "", AccountIndex([])) == []


def test_a_partnership_needs_a_named_partner():
    assert events_in("Glowpath Partners with Local Contractors to Build Homes", "",
                     AccountIndex([])) == []


@pytest.mark.parametrize("title", [
    "Glowpath Raises $2M in Token Presale Ahead of Exchange Listing",
    "Glowpath Launches Memecoin with Airdrop for Early Holders",
    # a token launched is a token sold
    "Glowpath Launches $GLOW Token to Power Its Freight Network",
    "Glowpath Announces the Launch of Its Native Utility Token",
    "Harbor Dog ($hDOG) Launches with a Community-First Model",
    "Harbor Cat Token Launches on a New Blockchain",
    "Harbor Games First AI Gaming token is set to Launch on Top Exchanges",
])
def test_token_sales_are_no_event(title):
    assert events_in(title, "", AccountIndex([])) == []


def test_a_headline_short_name_is_the_bodys_full_name():
    events = events_in("Polaris Finalises Acquisition of Ridge Labs",
                       "Polaris Minerals Ltd has completed the acquisition of Ridge Labs.")
    assert {(e.company, e.fields["role"]) for e in events} == {
        ("Polaris Minerals", "acquirer"), ("Ridge Labs", "target")}


def test_a_short_name_of_several_words_defined_in_brackets_is_the_full_name():
    events = events_in("Polaris Tech Forms Strategic Collaboration with Ridge Cloud",
                       "On February 5th, 2026, Polaris Technology Quantum (Polaris Tech), a "
                       "leader in payments, is excited to announce a strategic collaboration "
                       "with Ridge Cloud.", AccountIndex([]))
    assert {(e.company, e.fields["counterparty"]) for e in events} == {
        ("Polaris Technology Quantum", "Ridge Cloud"),
        ("Ridge Cloud", "Polaris Technology Quantum")}


def test_a_short_name_stands_only_for_a_name_it_could_abbreviate():
    events = events_in("CSD Partners with Ridge Cloud to Serve d/Deaf Communities",
                       "Communication Service for the Deaf (CSD) is proud to partner with Ridge "
                       "Cloud.", AccountIndex([]))
    assert "Deaf" not in {e.company for e in events} | {
        e.fields.get("counterparty") for e in events}


def test_an_all_caps_headlines_names_are_written_as_the_body_writes_them():
    events = events_in("GLOWPATH PAY PARTNERS WITH RIDGE LABS",
                       "Glowpath Pay (www.glowpathpay.com) and Ridge Labs have partnered. NAVEX "
                       "is unrelated.", AccountIndex([]))
    assert {(e.company, e.fields["counterparty"]) for e in events} == {
        ("Glowpath Pay", "Ridge Labs"), ("Ridge Labs", "Glowpath Pay")}


def test_a_company_acquired_is_not_also_its_buyers_partner():
    events = events_in("Polaris Expands Its Portfolio with Acquisition of Ridge Group",
                       "Polaris Group announced today that it has partnered with Ridge Group.",
                       AccountIndex([]))
    assert {e.type for e in events} == {"acquisition"}


def test_a_first_ever_product_is_no_partner():
    events = events_in("Polaris and Ridge Partner with First Ever AI Audio Detection Against "
                       "Deepfake Attack", "", AccountIndex([]))
    assert {(e.company, e.fields["counterparty"]) for e in events} == {
        ("Polaris", "Ridge"), ("Ridge", "Polaris")}


def test_a_speaker_quoted_on_a_partnership_is_no_partner():
    events = events_in("Polaris Pay partners with Ridge Cloud",
                       "Polaris Pay today announced a partnership with Ridge Cloud. Nora Biel, "
                       "co-founder and CEO of Polaris Pay, said: 'We are delighted to partner "
                       "with Ridge Cloud.'", AccountIndex([]))
    assert {(e.company, e.fields["counterparty"]) for e in events} == {
        ("Polaris Pay", "Ridge Cloud"), ("Ridge Cloud", "Polaris Pay")}


def test_a_headline_short_name_takes_the_releases_own_full_name_when_it_only_adds_a_suffix():
    events = events_in("Polaris finalises acquisition of Ridge Labs",
                       "Polaris Minerals Ltd is pleased to report the deal has closed. The deal "
                       "also positions Polaris to create over 150 jobs in the region.",
                       AccountIndex([]))
    assert {(e.type, e.company, e.fields.get("counterparty")) for e in events} == {
        ("acquisition", "Polaris Minerals", "Ridge Labs"),
        ("acquisition", "Ridge Labs", "Polaris Minerals"),
        ("hiring_plan", "Polaris Minerals", None)}
    [launch] = events_in("Tallgrass Presents New Features for Its Mixer",
                         "Tallgrass Presents New Features for Its Mixer Range at the fair.")
    assert launch.company == "Tallgrass"


@pytest.mark.parametrize("title, text, company", [
    ("Harbor Roller (NYSE: HRLR) Debuts On NYSE",
     "Online games keep growing. Harbor Roller Technologies Inc. (NYSE: HRLR) builds "
     "casino games for phones.", "Harbor Roller Technologies"),
    ("Update from the field",
     "New Harbor Helium, Inc. is an exploration company in Texas with ten wells. The company "
     "began trading on the Nasdaq today under the symbol NHHC.", "New Harbor Helium"),
    ("Harbor e-Trucks $640 Million SPAC IPO Expected in June", "",
     "Harbor e-Trucks"),
])
def test_the_company_going_public_by_its_legal_name(title, text, company):
    [event] = events_in(title, text, AccountIndex([]))
    assert (event.type, event.company) == ("ipo", company)


@pytest.mark.parametrize("title, found", [
    ("Tallgrass Foods Acquires Majority Stake in Brookline Dairy Inc., Adding Cheese",
     {("Tallgrass Foods", "acquirer"), ("Brookline Dairy", "target")}),
    ("Tallgrass Foods Takes Controlling Interest in Brookline Dairy",
     {("Tallgrass Foods", "acquirer"), ("Brookline Dairy", "target")}),
    ("Tallgrass Foods acquires a 20% stake in Brookline Dairy", set()),
    ("Tallgrass Foods closed a deal with Lumen Partners, Lumen acquiring a strategic "
     "minority interest in Tallgrass.", set()),
    ("Tallgrass Foods acquires a strategic 60% stake in Brookline Dairy",
     {("Tallgrass Foods", "acquirer"), ("Brookline Dairy", "target")}),
    ("Tallgrass Foods to Acquire Majority Stake in Brookline Dairy",
     {("Tallgrass Foods", "acquirer"), ("Brookline Dairy", "target")}),
    ("Tallgrass Foods Acquires the Rights to Sell Brookline Dairy's Yogurt", set()),
    ("Tallgrass Foods Closes $9 Million Bought Deal Financing", set()),
    # property changes hands, not a company
    ("Tallgrass Foods acquires three new Farm projects near Albany", set()),
    ("Its newly acquired permits let Tallgrass Foods build a second barn.", set()),
])
def test_a_controlling_stake_is_an_acquisition_a_minority_stake_or_rights_are_not(title, found):
    assert {(e.company, e.fields.get("role")) for e in events_in(title, "", AccountIndex([]))
            if e.type == "acquisition"} == found


def test_a_company_written_after_a_title_is_still_the_company():
    events = events_in("Tallgrass Group Buys Boutique Asset Manager Brookline Capital",
                       "“A great fit,” said Rosa Lind, CEO Tallgrass Group.", AccountIndex([]))
    assert {(e.company, e.fields["role"]) for e in events} == {
        ("Tallgrass Group", "acquirer"), ("Brookline Capital", "target")}


def test_an_acquisition_told_twice_is_one_event_per_side():
    events = events_in("Tallgrass Foods signs a deal to acquire Brookline Dairy",
                       "Tallgrass Foods has started a share swap aimed at "
                       "acquiring all of the issued and outstanding common shares of Brookline "
                       "Dairy, a milk producer.",
                       AccountIndex([]))
    assert sorted((e.company, e.fields.get("role")) for e in events) == [
        ("Brookline Dairy", "target"), ("Tallgrass Foods", "acquirer")]


@pytest.mark.parametrize("text", [
    "Birchwood Labs will acquire the facility for $4 million.",
    "Lumen Trucking acquired a new headquarters in Orlando.",
    # some of what a company owns
    "Lumen Trucking Acquires Assets From Harbor Labor",
])
def test_property_changing_hands_is_no_acquisition(text):
    assert "acquisition" not in [e.type for e in events_in("", text, AccountIndex([]))]


def test_an_asset_named_with_a_list_is_still_an_asset():
    assert [(e.company, e.fields["role"]) for e in events_in(
        "Polaris finalises acquisition of Granite Copper, Gold & Silver Mine", "",
        AccountIndex([]))] == [("Polaris", "acquirer")]


@pytest.mark.parametrize("title", [
    "North Ridge Resources Acquires Cedar Creek Mine",
    "North Ridge Resources Announces Acquisition of Cedar-Inc. Product Line of Radio Recorders",
])
def test_an_asset_bought_is_only_the_buyers_event(title):
    assert [(e.company, e.fields["role"]) for e in events_in(title, "", AccountIndex([]))] == [
        ("North Ridge Resources", "acquirer")]


@pytest.mark.parametrize("title", [
    "Texas-Based Private Equity Group Acquires Lumen Systems, Inc.",
    "Glowpath Enters into Acquisition Agreement to Purchase 100% of the Assets of Lumen Systems",
])
def test_the_target_of_a_takeover_is_found_behind_descriptions_and_shares(title):
    found = {(e.company, e.fields.get("role")) for e in events_in(title, "", AccountIndex([]))}
    assert ("Lumen Systems", "target") in found and not any(
        "Based" in company or "Private Equity" in company for company, _ in found)


@pytest.mark.parametrize("title, company, person", [
    ("Andrew Roe, M.D. named Northbeam Chief Medical Officer", "Northbeam", "Andrew Roe"),
    ("Northbeam Beats Revenue Guidance and Appoints Jane Roe as Interim CFO", "Northbeam",
     "Jane Roe"),
    # what the person is stands before their name; the board is not part of the company
    ("Veteran Engineer Mira Solberg Joins Northbeam.io Board of Directors",
     "Northbeam.io", "Mira Solberg"),
    ("Mira Solberg Joins the NBCPA Board of Directors", "NBCPA", "Mira Solberg"),
    ("Mira Solberg Elected Chair of NBCPA Board of Directors", "NBCPA", "Mira Solberg"),
    ("Mira Solberg Named Women's Network Co-Chair at Northbeam", "Northbeam", "Mira Solberg"),
])
def test_leadership_headlines_name_the_company_around_the_title(title, company, person):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields["person"]) == (
        "leadership_change", company, person)


@pytest.mark.parametrize("text", [
    "Glowpath, a new player in payments, has been growing fast since its summer launch.",
    "Glowpath today released financial results for the second quarter of 2026.",
    "Glowpath (NASDAQ: GLWP) Releases Q2 2026 Financial, Business Result",
    "Glowpath Brands releases financial numbers seeing a 44% increase in quarterly revenue",
    "Jane Roe, a seasoned recruiter, shares insights for people aspiring to launch or advance "
    "their careers in security.",
    "To help you choose, Glowpath has highlighted some of the top new releases this week.",
    "Glowpath, a platform that transforms press releases into podcasts, has grown.",
    # a record is no product line
    "Glowpath Records announces the release of the new Harbor Nights EP by The Tides.",
    # a book a publisher releases, named and then described
    "Harbor Press is thrilled to announce the release of Invasion on the Farm, a captivating "
    "new children's book by debut author Jane Roe.",
    "Harbor Press announces the release of Jane Roe’s Naming the Roses, the author’s first "
    "full-length poetry collection.",
])
def test_a_launch_in_passing_and_released_results_are_no_product_launch(text):
    assert events_in("", text, AccountIndex([])) == []


@pytest.mark.parametrize("title", [
    "Glowpath Releases Comprehensive 2026 Logistics Trends Report",
    "Glowpath Launches $2M Investment Fund for Game Studios",
    "Harbor Nights, a Novel by Jane Roe, Released for Sale in Bookstores",
    "Jane Roe Releases Her New Novel Harbor Nights",
    "Glowpath Partners with Maple Grove Elementary Through Reading Program",
    "Glowpath Launches Its 2026 Annual Summer Sale With Deals on Its Mixers",
    "Glowpath Launches New Website for Its Customers",
    "Glowpath Unveils New Brand Identity, Targeting Ten Million Users",
    "Glowpath Unveils Exciting Rebrand in Its Push for Growth",
    "Glowpath Roofing Unveils New Brand, Thanks Its Customers",
    "Harbor Lights Unveiled: Glowpath Workshop Fills Its Hall",
    "Author Jane Roe releases her new anthology of short stories",
    "Glowpath has unveiled a new approach to route planning",
    "Glowpath Unveils AI's Dual Impact on Freight: Advancements and Risks",
    "Glowpath has announced the launch of an investment opportunity for its customers.",
    "Introducing the Dr. Ana Ruiz Scholarship for Nursing Students",
    "Harbor Indie Film Festival Debuts in Boise",
    "Groundbreaking Book by Jane Roe Unveils the Future of Care",
    "Glowpath Suites Launches Its Beach Location at Harbor Center",
    "Glowpath Unveils a Panel Discussion on Freight for Its Spring Forum",
    "Glowpath Introduces Its Expert Panel on Freight Safety",
    "Author Jane Roe's book Lost Hours: The House on the Hill Unveils a Haunting Journey",
    "Glowpath Auto Body Introduces You To All You Need To Know About Collision Repair",
    "Glowpath Launches New Software Company",
    "Glowpath Clinic Unveils Details on Its Approach to Addiction Treatment",
    "Glowpath Mining Launches a Summer Drilling Program Near Its Camp",
    "Glowpath Labs Launches Second Clinical Trial Site With First Surgeon in Ohio",
    "Glowpath Unveils Updated Business Phone Number for Customer Support",
    "Glowpath Introduces Unprecedented Savings for Extended Stays",
    "Glowpath Pay Debuts: The Go-To Site for Efficiency",
    "Glowpath Media Unveils Key Strategies for Maximizing ROI in Advertising",
    "Glowpath Bio Releases Promising Clinical Data As Its Market Grows",
    "Harbor Research Unveils a Review of Freight Stocks",
    "Glowpath Mining Unveils a Copper Discovery Near Its Ridge Camp",
    "Glowpath Presents Its New Harbor Cup, a Tournament for Route Planners",
    "Glowpath College Will Launch an Institute for Freight Studies",
    "Glowpath Therapeutics Unveils Early Phase 2 Data on Its Sleep Drug",
    "Glowpath Rentals Has Released Data on Cancellations for Inauguration Day",
    'Harbor Press is thrilled to announce the release of "Tomorrow: A Collection of Poems About '
    'Growing Up."',
    "Jane Roe, a composer, announces the release of her newest symphonic poem, Harbor Lights.",
    "Glowpath Wired launches an exclusive magazine issue on freight leaders",
    'Glowpath announces the release of its comprehensive "2026 Global Freight, Rail, Air, Sea, '
    'and Warehousing Industry Report".',
    "Glowpath Gold Releases First Copper Estimate for Its Ridge Claims",
    "Glowpath Announces the Launch of Its Community Share Offering",
    "Glowpath Games Announces Listing on Two Game Stores",
    "Glowpath Celebrates Debut on Nasdaq Big Screen at Its Investor Day",
    "Glowpath proudly introduces a new Advisory Board to guide its research",
    "Glowpath Unveils Plans for a Second Funding Phase",
    "Glowpath Launches Innovative 'Ideathon' for Freight Ideas",
    "Glowpath announces the launch of a new video series on port logistics",
])
def test_reports_funds_books_sales_and_community_work_are_no_event(title):
    assert events_in(title, "", AccountIndex([])) == []


@pytest.mark.parametrize("title, company", [
    ("Lumen Textiles' New Outdoor Clothing Line ‘Trailhead’ to Debut at Paris Trade Fair",
     "Lumen Textiles"),
    ("1887 Botanicals Launches New Tea Collection", "1887 Botanicals"),
    ("Glowpath Launches Event-Driven Pricing Engine", "Glowpath"),
    ("Glowpath Launches New Cloud Mining Plan", "Glowpath"),
    ("Glowpath Launches AI-Powered Review Management Solution for Agencies", "Glowpath"),
    ("Glowpath Expands Its Product Portfolio With Unveiling of the Harbor Patch", "Glowpath"),
    ("Glowpath Announces Version 18.2 of Its Backup and Recovery Software", "Glowpath"),
    # a panel of tests or a solar panel is a product, a panel of speakers is not
    ("Glowpath Launches Its Liver Biomarker Panel for Clinical Labs", "Glowpath"),
    ("Glowpath to Unveil a 480 Watt Solar Panel at RE+", "Glowpath"),
    ("Glowpath Unveils Two Novel AI Products for Drug Developers", "Glowpath"),
    # a platform where tokens launch is a product, unlike a token
    ("Glowpath Launches the First Token Launchpad for Freight Networks", "Glowpath"),
])
def test_the_maker_launches_not_its_product(title, company):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("product_launch", company)]


@pytest.mark.parametrize("title", [
    "Pay Faster: Announcing the Harbor Pay Wallet Launch",
    "Jane Roe Spearheads Launch of the Harbor Pay Wallet",
])
def test_a_launch_named_as_a_noun_is_the_releases_company_launching(title):
    events = events_in(title, "Harbor Labs, a payments company, today opened its new wallet "
                              "to all users.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("product_launch", "Harbor Labs")]


def test_a_merger_agreement_names_both_sides():
    assert {(e.company, e.fields["role"]) for e in events_in(
        "Harbor Labs Completes Merger with Quillon Chips", "", AccountIndex([]))} == {
        ("Harbor Labs", "acquirer"), ("Quillon Chips", "target")}


@pytest.mark.parametrize("title", ["Introducing Tallyhub.io: Budgets for Freelancers",
                                   "Announcing the Launch of Tallyhub.io: Budgets for Freelancers"])
def test_introducing_names_what_is_new(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("product_launch", "Tallyhub.io")]


def test_products_introduced_in_the_body_are_the_releasing_companys():
    assert [(e.type, e.company) for e in events_in(
        "Glowpath Labs Grow Tall Maximizer and Grow Tall MAX+",
        "Glowpath Labs, an American brand, proudly unveils two new supplements. Introducing "
        "Grow Tall Maximizer and Grow Tall MAX+, these supplements support bone growth.",
        AccountIndex([]))] == [("product_launch", "Glowpath Labs")]


@pytest.mark.parametrize("title, text, company", [
    # a model or version is the product of the name before it
    ("Introducing Tally V4, The Optimal Solution for Perpetual Trading", "", "Tally"),
    ("Introducing the Glowpath 28-45mm F1.8 DG DN Zoom Lens for Mirrorless Cameras", "",
     "Glowpath"),
    # a treatment is the clinic's
    ("Introducing Ketamine-Assisted Psychotherapy: A Groundbreaking Therapy",
     "Glowpath Clinic is proud to introduce ketamine-assisted psychotherapy for its patients.",
     "Glowpath Clinic"),
])
def test_a_model_or_a_treatment_introduced_is_its_makers_launch(title, text, company):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))] == [
        ("product_launch", company)]


def test_introducing_a_companys_product_is_that_companys_launch():
    [event] = events_in("Introducing Harbor Pay's BNPL Platform: Paying Later Made Simple", "",
                        AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Harbor Pay")


@pytest.mark.parametrize("title", [
    "Baker Jane Roe Announces the Closure of Roe's Pastry Studio After 15 Years",
    # a person described, named by no company, still closes the business she names
    "Renowned Baker Jane Roe Announces the Closure of Roe's Pastry Studio After 15 Years",
])
def test_a_business_closed_by_name_is_the_one_that_closes(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("layoffs", "Roe's Pastry Studio")]


@pytest.mark.parametrize("title", [
    "Renowned Artist Jane Roe Unveils First-Ever 3D Portrait of a Rapper",
    "Acclaimed Author Jane Roe Releases Two Transformative Books",
    "Visionary Author Jane Ann Roe Releases Two Transformative Books",
    "Former Harbor University Student-Athlete J Roe Launches a Clothing Collection",
    "AWARD WINNING GEORGIA ENTREPRENEUR LAUNCHES GLOWDOX",
    "Parent Coaching Institute Graduate Launches Online Community for Parents",
    "Jane T. Roe Unveils 'Harbor Lights' – A New Epic Fantasy Adventure",
])
def test_a_person_described_is_no_company(title):
    assert events_in(title, "", AccountIndex([])) == []


def test_a_company_followed_by_a_clause_naming_a_co_founder_is_no_person():
    text = ("Glowpath Analytics, the freight data business, has partnered with Boston-based "
            "Harbor Labs. The deal will see Harbor Labs take a controlling interest in Glowpath "
            "Analytics, with Harbor Labs co-founder and CEO Jane Roe becoming CEO of both.")
    assert {(e.company, e.fields["role"]) for e in events_in(
        "Harbor Labs and Glowpath Analytics combine to create a freight data firm", text,
        AccountIndex([])) if e.type == "acquisition"} == {
        ("Harbor Labs", "acquirer"), ("Glowpath Analytics", "target")}


@pytest.mark.parametrize("name, company_like", [
    ("Launch of The Harbor Masterclass", False),
    ("Future of Decentralized Trading", False),
    ("Launch Consulting", True),
    ("Future Electronics", True),
])
def test_a_launch_or_a_future_is_no_company_name(name, company_like):
    assert is_company_like(name) is company_like


def test_a_nationality_is_not_the_partner():
    events = events_in("", "Glowpath has partnered with Mexican rock band Los Rayos to stream "
                           "its concert.", AccountIndex([]))
    assert "Mexican" not in {e.company for e in events}


@pytest.mark.parametrize("title, vendors", [
    ("Harbor Telecom selects Northwind Labs and GreenLedger to track emissions",
     {"Northwind Labs", "GreenLedger"}),
    ("Glowpath Integrates QuoteStream™ from MarketForge to Speed Up Trading", {"MarketForge"}),
])
def test_vendors_joined_by_and_or_named_as_makers(title, vendors):
    assert {e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "contract_win"} == vendors


def test_a_plus_sign_belongs_to_the_name_and_a_subsidiary_speaks_for_itself():
    assert ("tech_stack_change", "Studio+") in {
        (e.type, e.company) for e in events_in("Studio+ chooses Ledgerline to mint collectibles", "",
                                               AccountIndex([]))}
    found = {(e.type, e.company) for e in events_in(
        "", "For starters, Acme subsidiary Lumen Motors said that it will go public by merging "
            "with Pinecone Acquisition Corp., a blank-check company.", AccountIndex([]))}
    assert ("ipo", "Lumen Motors") in found and ("acquisition", "Lumen Motors") in found


@pytest.mark.parametrize("text, technology, direction", [
    ("Stockton Games, the gaming platform, announces its strategic migration to Ledgerline "
     "Chain.", "Ledgerline Chain", "adopted"),
    ("Stockton Games completed its move to Snowflake from Teradata.", "Snowflake", "migrated"),
    ("Stockton Games has migrated its player accounts from the Ledgerline chain to the Harbor "
     "network.", "Harbor", "migrated"),
])
def test_a_migration_named_by_its_noun_or_with_what_moved(text, technology, direction):
    [event] = events_in("", text, AccountIndex([]))
    assert (event.type, event.company, event.fields["technology"], event.fields["direction"]) \
        == ("tech_stack_change", "Stockton Games", technology, direction)
    assert event.fields.get("previous_technology") in (None, "Teradata", "Ledgerline")


def test_a_customer_described_not_named_still_makes_the_vendors_win():
    events = events_in("County-Owned Water Authority Selects Lumen Mobile’s Radios for Its Crews", "",
                       AccountIndex([]))
    assert [(e.type, e.company, e.fields["counterparty"]) for e in events] == [
        ("contract_win", "Lumen Mobile", "County-Owned Water Authority")]


def test_a_customer_choosing_several_vendors_is_a_win_for_each():
    found = {e.company for e in events_in(
        "Blue Lake Selects Norcliff, Brightwave, and Tundra Technology to Run Its Funds", "",
        AccountIndex([])) if e.type == "contract_win"}
    assert found == {"Norcliff", "Brightwave", "Tundra Technology"}


@pytest.mark.parametrize("title, text, company", [
    ("Graphite Two Secures Orbit Motors Supply Agreement", "", "Graphite Two"),
    ("Prism Sensors CEO Announces Major Contract with Central Bank", "", "Prism Sensors"),
    ("", "Tidal Works CEO Jane Roe joined Sam Lee from a news site to say that the company "
         "has secured a contract to supply two buoys.", "Tidal Works"),
    ("", "Acme Robotics announced that Globex has won a contract to supply robots.", "Globex"),
])
def test_the_winner_of_a_contract_is_the_company_that_speaks_or_is_reported(title, text,
                                                                            company):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))] == [
        ("contract_win", company)]


def test_an_owner_named_after_the_company_leaves_the_company():
    events = events_in("Seasoned Harbor Security Owner Jane Roe Expands Security Services to "
                       "the Houston Market",
                       "HOUSTON, TX, November 27, 2024 /24-7PressRelease/ -- Harbor Security, a "
                       "provider of security services, has expanded to Houston, Texas.",
                       AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("expansion", "Harbor Security")]


def test_a_name_written_with_and_without_a_space_is_one_company():
    events = events_in("Tundra Building Brands Chooses River Logic’s Technology",
                       "Tundra Building Brands has selected RiverLogic to plan its supply chain.",
                       AccountIndex([]))
    assert [(e.type, e.company) for e in events if e.type == "contract_win"] == [
        ("contract_win", "River Logic")]


def test_a_person_selected_for_a_role_is_a_hire_not_a_vendor_and_short_names_are_defined():
    events = events_in("Andrew Roe, M.D. named LCRH Chief Medical Officer",
                       "The Lakeview Council for Rural Health (LCRH) announced today that it "
                       "selected Andrew S. Roe, M.D. to serve as its next chief medical officer.",
                       AccountIndex([]))
    assert [(e.type, e.company, e.fields["person"]) for e in events] == [
        ("leadership_change", "Lakeview Council for Rural Health", "Andrew S. Roe")]


@pytest.mark.parametrize("title, text", [
    ("Acme Robotics appoints Sam Lee to its advisory board",
     "Acme Robotics appointed Sam Lee as an advisor to the Board of Directors."),
    ("Acme Robotics Welcomes Sam Lee to Advisory Board", ""),
    ("ACME ROBOTICS WELCOMES SAM LEE TO ADVISORY BOARD", ""),
])
def test_an_advisor_is_not_leadership(title, text):
    assert events_in(title, text) == []


@pytest.mark.parametrize("title, text, expected", [
    # an advisory job held elsewhere is an aside, not the seat taken
    ("Acme Robotics appoints Sam Lee, Advisory Partner at Harbor & Company, as Board Director",
     "", ("Acme Robotics", "Sam Lee", "Board member")),
    # "Advisory" in a firm's name is no advisory seat
    ("Harbor Watts Tax Advisory Welcomes Nicola Roe as Director", "",
     ("Harbor Watts Tax Advisory", "Nicola Roe", "Director")),
    # a partner named at a firm, in a headline
    ("Jane R. Roe named Partner at The Harbor Law Group, P.A.", "",
     ("Harbor Law Group", "Jane R. Roe", "Partner")),
    # the firm that announces it is the firm the partner is named at
    ("Harbor news", "The Harbor Law Group, P.A. is proud to announce that attorney Jane Roe has "
     "been named Partner.", ("Harbor Law Group", "Jane Roe", "Partner")),
    # the person is named before the aside that describes them
    ("Jane Roe, Dynamic National Leader in Outdoor Experiences, Appointed Executive Director of "
     "Harbor Youth", "BOSTON, MA, June 03, 2024 /24-7PressRelease/ -- Harbor Youth, a local "
     "nonprofit, welcomes its new leader.", ("Harbor Youth", "Jane Roe", "Executive Director")),
])
def test_a_seat_taken_behind_asides_about_the_person(title, text, expected):
    assert [(e.company, e.fields["person"], e.fields["role"]) for e in events_in(
        title, text, AccountIndex([])) if e.type == "leadership_change"] == [expected]


def test_one_document_with_a_round_and_a_new_ceo_carries_both():
    events = events_in("Acme Robotics raises $10M and names Rita Moreno CEO",
                       "Acme Robotics has raised $10 million in Series A funding. Acme Robotics "
                       "also appointed Rita Moreno as Chief Executive Officer.")
    assert sorted(e.type for e in events) == ["funding", "leadership_change"]


def test_the_same_round_in_two_documents_is_one_event_id():
    first = events_in("Acme Robotics raises $25M Series B")
    second = events_in("Acme Robotics lands $25 million Series B to grow",
                       "Acme Robotics has landed $25 million in Series B financing.")
    assert first[0].event_id == second[0].event_id


def test_a_partnership_in_two_documents_is_one_event_whatever_the_partners_legal_form():
    first = events_in("Glowpath Partners With Shopwise Inc. On Lighting")
    second = events_in("Glowpath partners with Shopwise to light stores")
    assert {e.company: e.event_id for e in first}["Glowpath"] == {
        e.company: e.event_id for e in second}["Glowpath"]


def test_sentences_keep_abbreviations_together():
    assert sentences("Acme Inc. raised $5M. It will hire. Dr. Roe leads it.") == [
        "Acme Inc. raised $5M.", "It will hire.", "Dr. Roe leads it."]


@pytest.mark.parametrize("text, split", [
    # a sentence that plainly opens after an abbreviation or initials
    ("Acme is now focusing on the U.S. Additionally, Acme has acquired Globex.",
     ["Acme is now focusing on the U.S.", "Additionally, Acme has acquired Globex."]),
    ("Acme is based in Washington, D.C. The company raised $5M.",
     ["Acme is based in Washington, D.C.", "The company raised $5M."]),
    # initials that open a name stay with it
    ("NEWMARKET, ON, May 1, 2026 -- M.A.S. Painting Ltd. is hiring.",
     ["NEWMARKET, ON, May 1, 2026 -- M.A.S. Painting Ltd. is hiring."]),
    ("Acme signed an agreement with G.S. Long for supply.",
     ["Acme signed an agreement with G.S. Long for supply."]),
    # a single initial after a word in lower case
    ("Acme is pushing ahead with its high-purity K. Hill manganese project.",
     ["Acme is pushing ahead with its high-purity K. Hill manganese project."]),
    # a dateline in capitals: "ST." is a saint's town too
    ("ST. LOUIS, MO / Wire / March 6, 2026\nAcme has acquired Globex.",
     ["ST. LOUIS, MO / Wire / March 6, 2026", "Acme has acquired Globex."]),
])
def test_sentences_end_after_an_abbreviation_only_where_one_opens(text, split):
    assert sentences(text) == split


def test_a_bullet_at_the_start_of_a_line_opens_a_sentence():
    assert sentences("Highlights:\n* Acme acquired Globex.\n - Acme hired 20 people\n"
                     "· Revenue rose\nGrowth was up - and so on.") == [
        "Highlights:", "Acme acquired Globex.", "Acme hired 20 people", "Revenue rose",
        "Growth was up - and so on."]


def test_a_bulleted_line_is_read_like_any_sentence():
    events = events_in("Glowpath Reports Strong Quarter",
                       "* Glowpath is expanding its US presence through the acquisition of "
                       "Harbor Roofing.", AccountIndex([]))
    assert ("acquisition", "Glowpath", "Harbor Roofing") in {
        (e.type, e.company, e.fields.get("counterparty")) for e in events}


def test_a_list_of_highlights_is_no_partner():
    events = events_in("Glowpath Reports Second Quarter Results",
                       "Highlights mentioned include a product roadmap extending Glowpath’s cloud "
                       "service, an expanded partnership with Harbor AI, and more.",
                       AccountIndex([]))
    assert "Highlights" not in {e.company for e in events}


def test_a_label_before_a_colon_is_no_subject():
    events = events_in("Glowpath Expands Its Support Team",
                       "Scalable Support: As Glowpath continues to grow, the expanded team ensures "
                       "support keeps pace with its users.", AccountIndex([]))
    assert "Scalable Support" not in {e.company for e in events}


def test_a_markdown_link_reads_as_its_text():
    assert sentences("[Acme Inc.](https://acme.example/about.html) has hired [Jane Roe]"
                     "(https://people.example/jane.roe) as CFO. It is growing.") == [
        "Acme Inc. has hired Jane Roe as CFO.", "It is growing."]


@pytest.mark.parametrize("name, normal", [("Acme Robotics, Inc.", "acme robotics"),
                                          ("ACME GmbH", "acme"), ("Foo & Bar Ltd", "foo and bar"),
                                          ("Foo and Bar", "foo and bar"), ("AT&T Inc.", "at&t"),
                                          ("Hiber B.V.", "hiber"), ("U.S. Steel Corp.", "us steel"),
                                          ("Lumen Academy Pvt. Ltd.", "lumen academy"),
                                          ("Sigma Labs Private Limited", "sigma labs")])
def test_company_names_are_compared_without_legal_suffixes_and_with_and_for_an_ampersand(
        name, normal):
    assert normalize_company(name) == normal


@pytest.mark.parametrize("name, shown", [
    ("Koito Manufacturing Co., Ltd.", "Koito Manufacturing"), ("Hiber B.V.", "Hiber"),
    ("Team Harbor Group PLC", "Team Harbor Group"), ("Ford Motor Company", "Ford Motor Company"),
    ("Glowpath & Co.", "Glowpath & Co."), ("Inc", "Inc")])
def test_a_company_is_shown_by_the_name_it_goes_by(name, shown):
    assert without_legal_form(name) == shown


# --- hiring spikes from posting history -------------------------------------------------------

AS_OF = date(2026, 6, 8)


def add_postings(store: Store, count: int, days_ago: int, department: str = "Engineering",
                 published: bool = True, first_seen_days_ago: int | None = None) -> None:
    for _ in range(count):
        number = store.scalar("SELECT count(*) FROM job_postings")
        posted = datetime.combine(AS_OF - timedelta(days=days_ago), datetime.min.time())
        seen = datetime.combine(AS_OF - timedelta(days=first_seen_days_ago or 0),
                                datetime.min.time())
        store.execute(
            "INSERT INTO job_postings VALUES ('acmerobotics.example', 'lever', 'acme', ?, ?, ?,"
            " NULL, NULL, ?, '', ?, ?, ?, NULL, 'h', 'https://api.example/acme', ?)",
            [f"job-{number}", f"Role {number}", department, f"https://jobs.example/{number}",
             posted if published else None, seen, seen, seen])


@pytest.fixture
def spike_store(store):
    store.execute("INSERT INTO accounts (account_id, name, domain, created_at, updated_at)"
                  " VALUES ('acmerobotics.example', 'Acme Robotics', 'acmerobotics.example',"
                  " now(), now())")
    return store


def spikes(store: Store):
    return HiringSpikeDetector().detect(store, ACCOUNTS, AS_OF)


def test_many_new_postings_against_a_quiet_baseline_is_a_spike(spike_store):
    add_postings(spike_store, 2, days_ago=60)
    add_postings(spike_store, 6, days_ago=3)
    add_postings(spike_store, 1, days_ago=3, department="Sales")
    [event] = spikes(spike_store)
    assert event.fields == {
        "department": "Engineering", "new_postings": 6, "window_days": 14,
        "baseline_per_window": 0.33, "ratio": 6.0,
        "example_titles": ["Role 7", "Role 6", "Role 5", "Role 4", "Role 3"]}
    assert event.published == AS_OF - timedelta(days=3)
    assert event.evidence[0].quote.startswith("6 new Engineering postings in the 14 days to")


def test_a_steady_board_is_no_spike(spike_store):
    for days_ago in range(1, 90, 7):
        add_postings(spike_store, 2, days_ago=days_ago)
    assert spikes(spike_store) == []


def test_one_new_posting_is_no_spike(spike_store):
    add_postings(spike_store, 1, days_ago=2)
    assert spikes(spike_store) == []


def test_undated_postings_from_the_first_crawl_are_not_new(spike_store):
    add_postings(spike_store, 8, days_ago=0, published=False, first_seen_days_ago=0)
    assert spikes(spike_store) == []


def test_a_spike_seen_again_the_next_day_keeps_its_id(spike_store):
    from triggers.events import save_event

    add_postings(spike_store, 6, days_ago=3)
    [first] = spikes(spike_store)
    save_event(spike_store, first, replace_evidence=True)
    add_postings(spike_store, 1, days_ago=1)
    [second] = HiringSpikeDetector().detect(spike_store, ACCOUNTS, AS_OF + timedelta(days=1))
    assert second.event_id == first.event_id
    assert second.fields["new_postings"] == 7


def test_the_company_in_a_later_sentence_is_the_release_s_own_company():
    events = events_in("Zeta Labs expands in Europe",
                       "BERLIN, May 2, 2026 -- Zeta Labs, a maker of lab robots, today opened a new "
                       "office in Berlin. The company plans to hire 120 engineers there. It has "
                       "raised $10 million in Series A funding.")
    assert sorted((e.type, e.company) for e in events) == [
        ("expansion", "Zeta Labs"), ("funding", "Zeta Labs"), ("hiring_plan", "Zeta Labs")]


@pytest.mark.parametrize("title, text, expected", [
    ("Globex acquires Initech", "Globex has acquired Initech, a maker of printers.",
     [("acquisition", "Globex", "acquirer", "Initech"),
      ("acquisition", "Initech", "target", "Globex")]),
    ("Globex partners with Initech", "Globex today announced a strategic partnership with "
     "Initech to resell its software.",
     [("partnership", "Globex", None, "Initech"), ("partnership", "Initech", None, "Globex")]),
    ("Globex and Initech announce strategic partnership", "",
     [("partnership", "Globex", None, "Initech"), ("partnership", "Initech", None, "Globex")]),
])
def test_two_party_events_are_reported_for_both_sides(title, text, expected):
    events = events_in(title, text)
    assert sorted((e.type, e.company, e.fields.get("role"), e.fields.get("counterparty"))
                  for e in events) == expected


def test_a_token_listing_is_not_an_ipo():
    assert [e for e in events_in("ZetaCoin begins trading on exchanges",
                                 "ZetaCoin began trading on three exchanges after its token "
                                 "presale.") if e.type == "ipo"] == []


TWO_MERCURIES = AccountIndex([
    AccountRef("mercury.com", "Mercury", "mercury.com", [], "Banking for startups fintech"),
    AccountRef("mrcy.com", "Mercury", "mrcy.com", [], "Defense electronics radar processing"),
])


@pytest.mark.parametrize("text, account_id", [
    ("Mercury has raised $300 million in Series C funding. Learn more at mercury.com.",
     "mercury.com"),
    ("Mercury has raised $300 million in funding to build radar processing for defense "
     "electronics customers.", "mrcy.com"),
    ("Mercury has raised $300 million in Series C funding.", None),
])
def test_two_accounts_of_one_name_are_told_apart_by_the_document_or_not_at_all(text, account_id):
    [event] = events_in("", text, accounts=TWO_MERCURIES)
    assert (event.company if account_id is None else event.account_id) == (account_id or "Mercury")


@pytest.mark.parametrize("title, acquirer, target", [
    ("Northbeam Announces Acquisition of Shopwise", "Northbeam", "Shopwise"),
    ("Northbeam acquires retail analytics startup Shopwise", "Northbeam", "Shopwise"),
    ("Northbeam Acquires Retail Analytics Platform Shopwise", "Northbeam", "Shopwise"),
    ("Northbeam acquires a majority stake in Shopwise", "Northbeam", "Shopwise"),
    ("Northbeam enters into a definitive agreement to acquire Shopwise", "Northbeam", "Shopwise"),
    ("Harbor Auto Care Acquired by Ridge Motors", "Ridge Motors", "Harbor Auto Care"),
    ("Harbor Auto Care Signs Letter of Intent to be Acquired by Ridge Motors", "Ridge Motors",
     "Harbor Auto Care"),
    ("Northbeam Closes on Acquisition of Shopwise", "Northbeam", "Shopwise"),
    ("Northbeam Acquires the Assets of Shopwise", "Northbeam", "Shopwise"),
    # a name that starts like the word "by" is still a name
    ("Northbeam Acquires Bytewell", "Northbeam", "Bytewell"),
    ("A New Owner Enters the Rental Market: Northbeam Acquires Shopwise", "Northbeam",
     "Shopwise"),
    # the target named before the noun, the buyer before a ticker or a plan
    ("Northbeam (NASDAQ: NBM) Secures Market Lead With All-Stock Shopwise Acquisition",
     "Northbeam", "Shopwise"),
    ("Northbeam Intends to Grow Its Platform with Shopwise Acquisition", "Northbeam", "Shopwise"),
    # a legal form with its full stop ends the name before the next sentence, not in a headline
    ("Northbeam agreed to acquire Shopwise Pty Ltd. Shopwise, through its subsidiary, holds two "
     "licences", "Northbeam", "Shopwise"),
    ("Shopwise Supply Co. To Be Acquired by Northbeam", "Northbeam", "Shopwise Supply"),
])
def test_an_acquisition_names_both_sides_in_its_common_forms(title, acquirer, target):
    found = {(e.company, e.fields.get("role"), e.fields.get("counterparty"))
             for e in events_in(title, "", AccountIndex([])) if e.type == "acquisition"}
    assert found == {(acquirer, "acquirer", target), (target, "target", acquirer)}


@pytest.mark.parametrize("title", ["Globex and Initech Merge to Form Initrode",
                                   "Globex and Initech Forge AI-Driven Merger",
                                   "A New Powerhouse? Globex (OTC: GLBX) and Initech Forge Merger"])
def test_two_companies_merging_are_both_in_an_acquisition(title):
    assert {e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "acquisition"} == {"Globex", "Initech"}


@pytest.mark.parametrize("text", [
    "Globex, which was acquired by Initech in 2019, makes pumps.",
    "Globex updated its report on the Kodiak Field, acquired by the company in 2023.",
])
def test_an_acquisition_told_as_background_is_no_event(text):
    assert "acquisition" not in [e.type for e in events_in("", text, AccountIndex([]))]


@pytest.mark.parametrize("text", [
    "Northbeam Launches a Tool to Boost Patient Acquisition",
    "Northbeam Hires Site Acquisition Specialist",
    "Northbeam Announces Management Acquisition of Assisted Living Community",
    "Northbeam launched a platform that changes how licensed agents acquire quality leads.",
    "Northbeam Executes Indication of Interest (IOI) to Acquire a Leading Fintech Company "
    "Focused on Gift Cards",
])
def test_acquiring_customers_or_sites_is_no_acquisition(text):
    assert "acquisition" not in [e.type for e in events_in("", text, AccountIndex([]))]


def test_a_companys_officer_speaks_for_the_company():
    assert {(e.type, e.company) for e in events_in(
        "Glowpath's CEO Announces Partnership with Initech", "", AccountIndex([]))} == {
        ("partnership", "Glowpath"), ("partnership", "Initech")}


def test_a_building_bought_is_no_target_company():
    assert [(e.company, e.fields) for e in events_in(
        "Mastiff Equity Partners Acquires 302 Culver Street", "", AccountIndex([]))] == [
        ("Mastiff Equity Partners", {})]


def test_land_bought_is_no_target_company():
    [event] = [e for e in events_in("Northbeam acquires land in Texas for a new plant", "",
                                    AccountIndex([])) if e.type == "acquisition"]
    assert (event.company, event.fields) == ("Northbeam", {})


def test_a_title_case_headline_name_ends_at_its_verb():
    [event] = events_in("Glowpath Celebrates Tenth Year and Launches Glowpath Studio", "",
                        AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Glowpath")


@pytest.mark.parametrize("title, person, role, change", [
    ("Glowpath Appoints Maria Lopez as President", "Maria Lopez", "President", "joined"),
    ("Glowpath (NYSE: GLW) Appoints Maria Lopez to Board of Directors", "Maria Lopez",
     "Board member", "joined"),
    ("Maria Lopez Named Senior Managing Director of Research at Glowpath", "Maria Lopez",
     "Senior Managing Director of Research", "joined"),
    ("Maria Lopez Named Senior Vice President of Sales for Glowpath", "Maria Lopez",
     "Senior Vice President of Sales", "joined"),
    ("Glowpath Announces Retirement of Maria Lopez, Managing Director", "Maria Lopez",
     "Managing Director", "retired"),
    ("Glowpath Announces Appointment of Industry Veteran Maria Lopez as Chief Revenue Officer",
     "Maria Lopez", "Chief Revenue Officer", "joined"),
    ("Maria Lopez appointed by Glowpath as Global Partner Strategy Director", "Maria Lopez",
     "Global Partner Strategy Director", "joined"),
    ("Glowpath Names Maria Lopez National Sales Director for Retail", "Maria Lopez",
     "National Sales Director", "joined"),
])
def test_title_case_headlines_give_the_move_and_the_company(title, person, role, change):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.company, event.fields["person"], event.fields["role"],
            event.fields["change"]) == ("Glowpath", person, role, change)


def test_an_organisation_for_the_people_it_serves_is_named_whole():
    [event] = events_in("Glowpath Service for the Deaf Appoints Maria Lopez as President", "",
                        AccountIndex([]))
    assert (event.company, event.fields["person"]) == ("Glowpath Service for the Deaf",
                                                       "Maria Lopez")


def test_the_end_of_a_compound_is_no_person():
    assert events_in("Glowpath Names New Board Member as Stock Price Hit 52-Week High", "",
                     AccountIndex([])) == []


@pytest.mark.parametrize("title, partner", [
    ("Northbeam Partners with Lakeside General Hospital for Phase II Trial", "Lakeside General Hospital"),
    ("Northbeam Inks Telehealth Agreement With Shopwise", "Shopwise"),
    ("Northbeam and Shopwise Forge Strategic Partnership to Transform Retail", "Shopwise"),
    ("Northbeam Selects Shopwise as Its Exclusive Logistics Partner", "Shopwise"),
    ("Northbeam Partners With Shopwise Inc. On Lighting Technology", "Shopwise"),
    ("Northbeam Announces Integrations with Shopwise", "Shopwise"),
    ("Northbeam proudly announces its distributorship agreement with Shopwise Ltd", "Shopwise"),
    ("Northbeam has entered into a license agreement with Shopwise to use its recovery process",
     "Shopwise"),
    ("Northbeam CEO Jane Roe joined a reporter to share developments, highlighting a new "
     "collaboration with Shopwise", "Shopwise"),
])
def test_a_partnership_names_both_partners(title, partner):
    events = events_in(title, "", AccountIndex([]))
    assert {(e.type, e.company, e.fields["counterparty"]) for e in events} == {
        ("partnership", "Northbeam", partner), ("partnership", partner, "Northbeam")}


@pytest.mark.parametrize("title, parties", [
    # the partner named before the noun
    ("Northbeam Expands into Specialty Retail with Shopwise Creations Partnership",
     {("Northbeam", "Shopwise Creations"), ("Shopwise Creations", "Northbeam")}),
    ("Northbeam Is Helping Lead The Retail Revolution With A New Shopwise Collaboration",
     {("Northbeam", "Shopwise"), ("Shopwise", "Northbeam")}),
    ("Northbeam Expands e-Commerce Presence in China Through Shopwise.com Partnership",
     {("Northbeam", "Shopwise.com"), ("Shopwise.com", "Northbeam")}),
    # a number ends a name
    ("Cobalt 27 and Shopwise partner for new refinery in Louisiana",
     {("Cobalt 27", "Shopwise"), ("Shopwise", "Cobalt 27")}),
    ("Northbeam Collaborates with Shopwise 4, Bringing Trading Tools to Its Customers",
     {("Northbeam", "Shopwise 4"), ("Shopwise 4", "Northbeam")}),
    # an alliance's own name keeps its noun
    ("Northbeam Teams Up with The Dairy Alliance to Champion Milk",
     {("Northbeam", "The Dairy Alliance"), ("The Dairy Alliance", "Northbeam")}),
    # a wire's brand and a ticker with a digit stand before the name
    ("InvestorNewsBreaks – Northbeam Ltd. (CSE: NRTH) (FRA: GDT0) Expands Reach of Its Services "
     "with Shopwise Partnership", {("Northbeam", "Shopwise"), ("Shopwise", "Northbeam")}),
    # the partners stand before the verb; the words before the noun say what about
    ("Northbeam and Shopwise Revolutionize Real Estate with Modular Housing Collaboration",
     set()),
])
def test_a_partner_named_before_the_word_partnership(title, parties):
    assert {(e.company, e.fields["counterparty"]) for e in events_in(title, "", AccountIndex([]))
            if e.type == "partnership"} == parties


@pytest.mark.parametrize("title, vendor, customer", [
    ("Glowpath Selects Shopwise’s Checkout API to Speed Up Payments", "Shopwise", "Glowpath"),
    ("City Utility Chooses Northbeam to Manage Meter Data", "Northbeam", "City Utility"),
    ("Glowpath implements Shopwise platform across its stores", "Shopwise", "Glowpath"),
])
def test_a_customer_choosing_a_vendor_is_the_vendors_contract_win(title, vendor, customer):
    found = {(e.type, e.company) for e in events_in(title, "", AccountIndex([]))}
    assert ("contract_win", vendor) in found and ("tech_stack_change", customer) in found


def test_a_bank_chosen_is_the_banks_win_but_no_technology():
    found = {(e.type, e.company) for e in events_in(
        "Glowpath selects Harbor Bank as sponsor bank to serve students", "", AccountIndex([]))}
    assert ("contract_win", "Harbor Bank") in found
    assert "tech_stack_change" not in {kind for kind, _ in found}


@pytest.mark.parametrize("title, text", [
    ("Inkpot Welcomes Mira Solberg as New CEO",
     "OSLO, May 4, 2026 /Wire/ -- Northlight Media, the operator of the comics platform Inkpot, "
     "announced that it has appointed Mira Solberg as its new CEO."),
    ("Inkpot integrates Ledgerline to track print runs",
     "Northlight Media, a publisher of graphic novels, has added Ledgerline to its new reader "
     "platform, Inkpot."),
])
def test_a_headline_about_a_product_is_news_of_the_company_that_runs_it(title, text):
    companies = {e.company for e in events_in(title, text, AccountIndex([]))
                 if e.type in ("leadership_change", "tech_stack_change")}
    assert companies == {"Northlight Media"}


def test_a_platform_a_vendor_builds_for_is_not_its_product():
    [event] = events_in("Harbor Dynamics Launches an AI Assistant for Planners",
                        "Lumen Works, a developer of apps for Harbor Dynamics, is excited to "
                        "share the news with its customers.", AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Harbor Dynamics")


def test_a_vendors_customer_story_is_its_win_and_the_customers_new_technology():
    found = {(e.type, e.company, e.fields.get("counterparty") or e.fields.get("technology"))
             for e in events_in("Lumen Planning Transforms Glowpath Retail's Store "
                                "Replenishment", "", AccountIndex([]))}
    assert found == {("contract_win", "Lumen Planning", "Glowpath Retail"),
                     ("tech_stack_change", "Glowpath Retail", "Lumen Planning")}
    assert events_in("Lumen Planning Transforms Healthcare's Future With AI", "",
                     AccountIndex([])) == []


@pytest.mark.parametrize("title", [
    "Glowpath Integrates AI and Blockchain to Plan Van Routes",
    "Glowpath Implements Advanced Security Protocols Across Its Depots",
    "Glowpath Integrates USDT for Driver Payouts",
    "Harbor Van Awards Jury Selects Finalists for 2026",
    # an adjective, money, a new name, a company's own features, web2 games
    "Junior Miners Like Glowpath Offer Leveraged Bet On Gold Price",
    "Glowpath Reports Robust Q3 Results, Begins Transition to Equity Financing for Growth",
    "Glowpath Labs Announces Transition to Aquarius: A Strategic Rebranding Initiative",
    "$GLOW COIN Goes Live with Multi-Tier Staking Feature and Detailed Roadmap",
    "Glowpath Leverages Web2 Games for Its Web3 Arcade",
    # a deal made
    "Glowpath Leverages Ridge's Education Buy To Build Awareness In Hong Kong",
])
def test_a_generic_technology_taken_up_is_no_vendor_win_and_no_named_stack_change(title):
    assert events_in(title, "", AccountIndex([])) == []


@pytest.mark.parametrize("title, text", [
    ("Materials Leader Ridgeline Building Brands Chooses Harbor Planning’s Technology", ""),
    ("Ridgeline news", "Two of Ridgeline Building Brands’ business units chose Harbor Planning’s "
                       "technology to plan production."),
])
def test_a_customer_described_or_counted_by_its_units_is_the_company(title, text):
    found = {(e.type, e.company, e.fields.get("counterparty")) for e in events_in(
        title, text, AccountIndex([]))}
    assert ("contract_win", "Harbor Planning", "Ridgeline Building Brands") in found
    assert ("tech_stack_change", "Ridgeline Building Brands", None) in found


def test_a_customer_named_before_which_has_taken_up_the_product():
    found = {(e.type, e.company) for e in events_in(
        "", "Among its customers is Glowpath Retail, which has implemented Shopwise's "
            "Ledger app across its stores.", AccountIndex([]))}
    assert found == {("tech_stack_change", "Glowpath Retail"), ("contract_win", "Shopwise")}


@pytest.mark.parametrize("title, kind", [
    ("Glowpath Begins Trading on the Nasdaq Under Symbol GLWP", "ipo"),
    ("Glowpath (NYSE: GLW) Debuts On NYSE", "ipo"),
    ("Glowpath Announces Direct Listing on the Nasdaq", "ipo"),
    ("Glowpath (NASDAQ: GLWP) Prices $4.2M Initial Public Offering", "ipo"),
    ("Glowpath Debuts on the London Stock Exchange After a Busy Year", "ipo"),
    ("Glowpath Aiming to Serve Drivers Faster with an Expanded Support Team", "hiring_plan"),
    ("Glowpath Car Wash Announces Hiring Events in Denver", "hiring_plan"),
    ("Glowpath Reports Significant Headcount Growth", "hiring_plan"),
    ("Glowpath Expands with New Location in Austin", "expansion"),
    ("Glowpath Moves into New Headquarters", "expansion"),
    ("Glowpath Opens New Robotics Lab in Austin", "expansion"),
    ("Glowpath Breaks Ground on $50 Million Manufacturing Facility", "expansion"),
    ("Glowpath Breaks Ground on New Lakewood, CO Location", "expansion"),
    ("Glowpath on track with building of Solar Glass Facility in Portugal", "expansion"),
    ("Glowpath Opens New Family Owned Restaurant in Miami", "expansion"),
    ("Glowpath Will Acquire the Cell Therapy Facility in Raleigh for $6 Million", "expansion"),
    ("Glowpath Presents New Features for Its Route Planner", "product_launch"),
    ("North Harbor Capital Partners Unveils a Trading Platform for Investors", "product_launch"),
    ("Glowpath Announces Partnership Extension and Launch of Hybrid Route Solver",
     "product_launch"),
    ("Glowpath announces commercialization for its heat-resistant coating", "product_launch"),
    ("Glowpath Expands Product Lines to Serve Dental Clinics", "product_launch"),
    ("Glowpath Reintroduces Its Classic Espresso Grinder", "product_launch"),
    ("Glowpath Announces New Lending Division for Home Builders", "product_launch"),
    ("Glowpath Announces Several Senior Hires as It Grows Its Clinic Network", "hiring_plan"),
    ("Glowpath Announces the Expansion of Its Field Service Workforce", "hiring_plan"),
    ("Glowpath Pharmacy Expands into 12 States", "expansion"),
    ("Glowpath Relocates Denver Office to New, Expanded Space", "expansion"),
    ("Glowpath Announces the Closure of Its Denver Studio", "layoffs"),
    ("Glowpath Shuts Down Its Oldest Copper Mine", "layoffs"),
    ("Glowpath Announces Corporate Restructuring", "layoffs"),
])
def test_wider_events_in_headline_form(title, kind):
    assert [e.type for e in events_in(title, "", AccountIndex([]))] == [kind]


@pytest.mark.parametrize("title", [
    "Glowpath Studio Now Open at Harbor Salon Suites in Fort Worth",
    "Glowpath Studio Opens Its Doors in Napa Valley",
    "Glowpath Studio Opens Doors In Georgetown",
    "Glowpath Studio has announced that it is expanding operations by opening a branch in Reno",
    "Glowpath Studio Grand Opening in Bedford, Ohio",
    "Glowpath Studio to Open in Downtown Woodstock",
    "Glowpath Studio Expands Services to Chester County",
    "Glowpath Studio Expands Operations Into New York",
    "Glowpath Studio has expanded its footprint to seven states",
    "Glowpath Studio Opens Its First Boutique in Austin",
    "Glowpath Studio Arrives in Toledo",
    "Glowpath Studio Relocates to New Location In Golden, Colorado",
    "Glowpath Studio Launches in North America with Cleaning Products",
    "Glowpath Studio Expands Service Area into Iowa",
    # a franchise or a division is a unit of the company it names
    "Glowpath Studio Franchise Expands to Haverhill, MA",
    "Glowpath Studio Division Expands to Haverhill, MA",
    "Glowpath Studio Expands Premier Painting Solutions to Monterey, Pacific Grove, and Carmel",
    "Glowpath Studio has announced its entry into the Kenyan market",
    "Glowpath Studio Enters Orlando Market with a Second Salon",
    "Social Equity Brand Glowpath Studio Enters Minnesota’s Legal Market",
    "Glowpath Studio Announces Expansion of Its Salon Services to Annapolis",
    "Glowpath Studio is proud to announce its expansion into Dubai and Abu Dhabi.",
    "Glowpath Studio, a salon chain based in Osaka, announced its US expansion.",
    "Glowpath Studio has secured new corporate headquarters in Business Bay.",
    "Glowpath Studio Now Open and Scheduling Appointments at Harbor Salon Suites in Arlington",
    "Glowpath Studio Now Open for Business at the Salon & Spa Galleria Bridgewood",
    "Glowpath Studio Makes Official Grand Opening Debut Saturday June 8th",
    "Glowpath Studio is excited to announce the soft opening of their new Norman jewelry store.",
    "Glowpath Studio Expands Services with Dr. Ana Ruiz at New Location in Alexandria, VA",
    "Glowpath Studio Open Now at 5100 W Elm Rd, Arlington, TX",
    "Glowpath Studio Expands Georgia Presence With a Beverage Distributor",
    "Glowpath Studio Expands Its West Coast Footprint",
    "Glowpath Studio Launches 15 MW Mining Facility in West Texas",
    "Glowpath Studio to launch an innovative cloud kitchen facility in Richmond, BC",
])
def test_a_new_venue_or_a_place_served_is_an_expansion(title):
    assert [e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "expansion"] == ["Glowpath Studio"]


def test_a_site_launched_is_no_product_but_a_site_hosting_service_is():
    assert [e.type for e in events_in("Glowpath Launches 15 MW Mining Facility in West Texas",
                                      "", AccountIndex([]))] == ["expansion"]
    assert [e.type for e in events_in("Glowpath Launches Global Data Center Hosting Service",
                                      "", AccountIndex([]))] == ["product_launch"]


@pytest.mark.parametrize("title", [
    "Glowpath Studio Opens in March",
    "Glowpath Studio Expands Services to Meet Growing Demand",
    "Glowpath Studio Expands Legal Services into New Practice Areas",
    "Glowpath Studio Expands into Healthcare",
    "Glowpath Studio has since expanded into catering",
    # more of the same place is growth, not a place entered
    "Glowpath Studio Expands Its Cleaning Services in Miami",
    # a store or a kind of market is no region; a person arriving is no office
    "Glowpath Studio Launches in Earthbar Stores",
    "Glowpath Studio Announces Its Entry into the Inscription Market",
    "Glowpath Studio's CEO arrived in Kuala Lumpur to finalize the deal",
    "Glowpath Studio Expands Presence in Higher Education with New Orders",
    "Glowpath Studio Expands Its Digital Presence",
    "Glowpath Studio Opens in 2025",
    # a campus newly opened is where news happens, a name with "Open" is a partner or a school
    "Glowpath Studio Announces Fall Enrollment at Newly Opened Sunnyvale Campus",
    "Glowpath Studio Partners with Open Campus to Teach Freight",
    "Glowpath Studio Partners with Harbor to Launch Open Campus U",
    # a market entered by someone else; an expansion hoped for
    "Bitcoin Climbs as a New Altcoin Enters The Market",
    "Glowpath Studio Nears Hiring of a Consultant to Guide Expansion Into Canada",
    # an occupation is no company; a trial expanded and the Games opened are no site
    "Hair Stylist/Life Coach Opens Salon in Georgetown",
    "Glowpath Studio announced today the expansion of the multi-center CLUE Trial to New Jersey.",
    "Glowpath Studio launched a campaign to celebrate the grand opening of the Summer Games.",
    # a sector described, a blockchain and a verb after "to" are no place
    "Glowpath Studio Expands into Specialty Retail E-Commerce with a Partnership",
    "Glowpath Studio Expands Into Lucrative Oil And Gas Industry With Certified Batteries",
    "Glowpath Studio Expands in Military and Security Sectors",
    "Glowpath Studio Expands To Solana",
    "Glowpath Studio Expands to Base Network with Launch of Its Token",
    "Glowpath Studio Expands to Accept Expert Stylists",
    "Glowpath Studio expands to Bitcoin with new backers",
    # a kind of customer is a market, and goods "in stock" are no place
    "Glowpath Studio Expands to Institutional Lending, Targeting Pension Funds",
    "Glowpath Studio Expands into Commercial Kitchens",
    "Glowpath Studio Expands In Stock of Padmount Transformers",
])
def test_a_date_a_need_or_a_sector_after_the_verb_is_no_place(title):
    assert "expansion" not in [e.type for e in events_in(title, "", AccountIndex([]))]


@pytest.mark.parametrize("title, company", [
    ("Beard Studio Now Accepting Appointments at Harbor Salon Suites in Arlington, Texas",
     "Beard Studio"),
    # a shop's name made with "by"
    ("Braids by Harbor Pretty LLC Now Open and Scheduling Appointments at the Harbor Salon Suites",
     "Braids by Harbor Pretty"),
    ("Massage by Lilly Opens at the Harbor Salon Suites", "Massage by Lilly"),
])
def test_a_shop_now_taking_appointments_at_a_place_has_opened_there(title, company):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("expansion", company)]


def test_a_name_made_with_by_and_then_described_is_one_name():
    assert {(e.company, e.fields["role"]) for e in events_in(
        "", "Hormones by Design, a provider of hormone therapy, has acquired Quillon Imaging.",
        AccountIndex([]))} == {("Hormones by Design", "acquirer"), ("Quillon Imaging", "target")}


def test_a_grand_opening_headline_names_the_company_before_it():
    text = ("Denver, Colorado (Wire.example) Tuesday Apr 16, 2026 @ 9:00 AM Mountain — In a move "
            "to make Glowpath the best-known name in regenerative skin care across the Mountain "
            "West, the company today announced the grand opening on April 25, 2026, of a "
            "flagship location in Denver.")
    assert [(e.type, e.company) for e in events_in(
        "Glowpath Studio Grand Opening Set for April 25th, in Denver", text,
        AccountIndex([]))] == [("expansion", "Glowpath Studio")]


def test_a_surname_that_speaks_is_a_person_not_the_company():
    events = events_in("Glowpath Studio welcomes clients", "Whether it's braids or fades, Jane "
                       "Roe has all the bases covered. Roe recently opened her new shop in the "
                       "Harbor Salon Suites. \"I grew up with six brothers,\" Roe said.",
                       AccountIndex([]))
    assert "Roe" not in [e.company for e in events]


@pytest.mark.parametrize("text", [
    "Executive chairman Harry Roe said the company has raised $5 million in new funding.",
    "Glowpath Mining has raised $5 million. Prior to Glowpath Mining, co-founders Jane Roe and "
    "Sam Lee ran a drilling firm.",
])
def test_a_title_in_lower_case_makes_a_person_and_founders_of_it_leave_the_company_one(text):
    assert [(e.type, e.company) for e in events_in(
        "Glowpath Mining Makes Progress on Its Gold Project", text, AccountIndex([]))] == [
        ("funding", "Glowpath Mining")]


def test_a_person_opening_her_own_salon_is_not_the_company():
    text = ("FORT WORTH, TX, March 2, 2026 -- Licensed Cosmetologist Jane Roe proudly announces "
            "the opening of her new salon, Glowpath Studio, in Suite 12 of Harbor Salon Suites.")
    assert [(e.type, e.company) for e in events_in(
        "Glowpath Studio Now Open at Harbor Salon Suites", text, AccountIndex([]))] == [
        ("expansion", "Glowpath Studio")]


@pytest.mark.parametrize("text", [
    "ADELAIDE, March 2, 2026 -- Author Jane Roe releases a new line of notebooks.",
    "Austin, TX (Wire.example) Monday Dec 2, 2026 @ 7:00 AM — Actor, talk show host and "
    "documentarian Jane Roe unveils a new line of teas.",
])
def test_an_occupation_before_a_persons_name_is_no_company(text):
    assert [e.company for e in events_in("Jane Roe's new line", text, AccountIndex([]))
            if e.company.split()[0] in ("Author", "Actor", "Jane", "Roe")] == []


@pytest.mark.parametrize("title", [
    "Glowpath Accelerates Its Growth, Expands into Chile",
    "Glowpath Participates in Trade Mission to Open First Office in Chile",
    # a product's owner, not the product
    "Glowpath’s Route Platform Expands into Chile",
    "Glowpath’s Cutting-Edge Gaming Expands to Chile",
    "Glowpath Supercharges Routing with $10 Million Investment from Harbor Ventures",
])
def test_a_headline_verb_ends_the_company_name(title):
    assert [e.company for e in events_in(title, "", AccountIndex([]))] == ["Glowpath"]


@pytest.mark.parametrize("text", [
    "Glowpath Foods today broke ground in Dayton. This plant will create 85 jobs.",
    "Glowpath Foods grew sales 80%. To keep up with orders, Glowpath Foods has been adding "
    "14 new team members since May.",
    "Glowpath Foods sees strong demand. The company expects to increase its workforce at the "
    "Dayton site.",
    "Glowpath Foods moved production in-house. The move has created 12 new jobs.",
    "Glowpath Foods plans to establish a regional hub in the UAE and hire 60 employees.",
    "Glowpath Foods Adds More Workforce in Customer Support to Meet Demand",
])
def test_jobs_a_release_says_it_creates_are_a_hiring_plan(text):
    assert ("hiring_plan", "Glowpath Foods") in {
        (e.type, e.company) for e in events_in("", text, AccountIndex([]))}


@pytest.mark.parametrize("title, text", [
    ("Lumen Labs Opens Design Studio and Expands Leadership Team", ""),
    ("Lumen Labs news", "Lumen Labs announced today the expansion of its leadership team with "
                        "the appointment of Jane Roe as Chief Marketing Officer."),
    # one person named, however the team is said to grow
    ("Lumen Labs news", "Lumen Labs today announced the expansion of its team with the addition "
                        "of Joe Miller, who joins the firm as a Wealth Advisor."),
])
def test_a_larger_leadership_team_or_one_hire_is_no_hiring_plan(title, text):
    assert "hiring_plan" not in [e.type for e in events_in(title, text, AccountIndex([]))]


def test_a_cut_stated_as_a_noun_is_the_releases_own_layoff():
    events = events_in("Harbor Trucks Forecasts Growth",
                       "Harbor Trucks, an electric truck maker, today announced that it expects "
                       "higher sales. It will also spend less this year. Most of the $5 million "
                       "saving comes from a 15% reduction in headcount.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("layoffs", "Harbor Trucks")]


def test_a_nationality_describes_the_company_after_it():
    [event] = events_in("", "Analysts said that Korean steel giant Harbin Steel Co. has closed "
                            "its oldest plant.", AccountIndex([]))
    assert (event.type, event.company) == ("layoffs", "Harbin Steel")


def test_a_participle_opening_a_sentence_is_no_company():
    events = events_in("", "Knowing that good service depends on the people who give it, "
                           "Glowpath Foods has been expanding its team of support staff.",
                       AccountIndex([]))
    assert {e.company for e in events} <= {"Glowpath Foods"}


@pytest.mark.parametrize("title", [
    "Glowpath Secures $440K Initial Order for Its Vans in Europe",
    "Glowpath Launches $2M Investment Fund to Back Game Studios",
    "Glowpath Announces New Lending Division for Property Developers",
    # a win before a firm named "Investment Partners"
    "Following Election Win, Harbour Investment Partners Launches a Savings Initiative",
    "Glowpath proudly announces the launch of ProfitPulse, a cutting-edge investment system.",
    "Glowpath will be announcing some additional financing arrangements in the coming months.",
    # a dividend paid out, investments the company makes, money put into a place
    "Glowpath (NASDAQ: GLOW) Raises Dividend, Harbor Maritime Rises Through Strategic Investments",
    "Glowpath Holdings Announces Strategic Investments in AI",
    "Millions Invested in Downtown after Parking Minimums Eliminated",
    # an institute named for investments
    "Plenary Speakers Announced for Investments & Wealth Strategy Forum in Chicago",
    # what is secured before a headline's colon; the investments after it are the clients'
    "Glowpath Secures Harbor Media Certification: Elevating Expertise and Maximizing Media "
    "Investments",
])
def test_money_that_is_not_new_capital_is_not_funding(title):
    assert "funding" not in [e.type for e in events_in(title, "", AccountIndex([]))]


def test_an_amount_is_never_the_company():
    assert [(e.type, e.company) for e in events_in(
        "Glowpath Raises $5M to Expand Into Europe", "", AccountIndex([]))] == [
        ("funding", "Glowpath")]


@pytest.mark.parametrize("title, technology", [
    ("Glowpath Selects Shopwise’s Checkout API to Speed Up Payments", "Shopwise Checkout API"),
    ("Glowpath Leverages Vaultline to Secure Customer Assets", "Vaultline"),
    ("Glowpath integrates Pricewell to improve its trading desk", "Pricewell"),
    # its own product deployed on a platform: the platform is taken up
    ("Glowpath Deploys AI-Assisted Prediction Markets on Lisk Protocol", "Lisk Protocol"),
    ("Glowpath implements Shopwise’s claims management platform", "Shopwise claims management "
     "platform"),
    ("Given Shopwise's long record with shipping firms and its round-the-clock support "
     "teams, Glowpath selected the Shopwise platform", "Shopwise"),
])
def test_a_company_taking_up_a_product_is_a_tech_stack_change(title, technology):
    [event] = [e for e in events_in(title, "", AccountIndex([]))
               if e.type == "tech_stack_change"]
    assert (event.company, event.fields["technology"], event.fields["direction"]) == (
        "Glowpath", technology, "adopted")


def test_a_round_named_in_another_sentence_fills_an_undisclosed_round():
    [event] = [e for e in events_in(
        "Glowpath Raises $4 Million", "Glowpath has raised $4 million to build its product."
        " The seed round was led by Harbor Ventures.", AccountIndex([])) if e.type == "funding"]
    assert (event.fields["round"], event.fields["lead_investors"]) == ("seed", ["Harbor Ventures"])


@pytest.mark.parametrize("title, text, round_, amount", [
    ("Glowpath Secures Major Investment from Harbor Holding", "", "strategic", None),
    ("Harbor Ventures Makes Strategic Investment in Glowpath",
     "Harbor Ventures took part in Glowpath's $43M Series A fundraise alongside Lumen Capital.",
     "series_a", 43_000_000),
    ("Glowpath Announces Concurrent Private Placement",
     "Glowpath has signed a securities purchase agreement with an institutional investor. Gross "
     "proceeds will total an estimated $7.3 million, before fees.", "private_placement",
     7_300_000),
    ("Glowpath increases offering to $650,000 amid strong investor demand",
     "The company increased its non-brokered offering to $650,000 from $500,000.",
     "private_placement", 650_000),
    # a rate is no amount raised, a share price no round's size
    ("Glowpath Receives Funding from Harbor Bank Fund", "“For every dollar Glowpath has "
     "received in grant funding, we have lent $12 in loans,” said Jane Roe, CEO.",
     "grant", None),
    ("Glowpath Closes Financing", "The financing took the form of a private placement of "
     "900,000 shares at $10.00 per share.", "private_placement", None),
])
def test_the_round_and_amount_other_sentences_state(title, text, round_, amount):
    [event] = [e for e in events_in(title, text, AccountIndex([])) if e.type == "funding"]
    assert (event.company, event.fields["round"], event.fields.get("amount")) == (
        "Glowpath", round_, amount)


@pytest.mark.parametrize("title, text, person, role, change", [
    ("Lumen Bank Names Grace Holt Senior Vice President of Lending", "", "Grace Holt",
     "Senior Vice President of Lending", "joined"),
    ("Dr. Ana Ruiz Named New President of Lumen Bank", "", "Ana Ruiz", "President",
     "joined"),
    ("Lumen Bank Hires Sam Ortiz as Senior Vice President",
     "Lumen Bank is glad to say that Sam Ortiz, Esq. has joined the Bank as a Senior Vice "
     "President, Treasury.", "Sam Ortiz", "Senior Vice President, Treasury", "joined"),
    ("Lumen Bank Update",
     "Lumen Bank said on Monday that Chris Vail, its current CFO, has been appointed "
     "president of the bank.", "Chris Vail", "President", "promoted"),
    ("Lumen Bank appoints Nadia Petrova as the new CEO",
     "Lumen Bank has appointed Nadia Petrova as its new Chief Executive Officer. Nadia "
     "joined Lumen Bank in 2016 as a branch teller.", "Nadia Petrova", "CEO", "promoted"),
    ("Lumen Bank Opens in Europe",
     "Lumen Bank, a regional lender, is opening in Europe. The company has appointed Pieter "
     "Van Dijk as its vice president of Europe.", "Pieter Van Dijk",
     "Vice President of Europe", "joined"),
    ("Lumen Bank Names Dana Fox Chief Operating Officer",
     "Dana, Lumen Bank's current senior advisor, will become its Chief Operating Officer.",
     "Dana Fox", "Chief Operating Officer", "promoted"),
    ("Lumen Bank Reports Strong Quarter",
     "Lumen Bank Inc., a regional lender, announced its new CEO, Dana Fox, this morning.",
     "Dana Fox", "CEO", "joined"),
    ("Lumen Bank Names Dana Fox Chief Operating Officer",
     "Dana, the bank's current senior advisor, will become Chief Operating Officer for Lumen "
     "Bank Inc.", "Dana Fox", "Chief Operating Officer", "promoted"),
    # a seat held at another organisation, a duty of promoting something: no earlier post here
    ("Lumen Bank Appoints Dana Fox as Chief Executive Officer",
     "Dana Fox currently serves as a board member for the Harbor Lending Alliance.",
     "Dana Fox", "Chief Executive Officer", "joined"),
    ("Lumen Bank Appoints Dana Fox as Chief Executive Officer",
     "Lumen Bank has invited Dana Fox to join as CEO, responsible for promoting the growth of "
     "its lending business.", "Dana Fox", "CEO", "joined"),
])
def test_the_person_and_title_of_a_leadership_change(title, text, person, role, change):
    [event] = [e for e in events_in(title, text, AccountIndex([]))
               if e.type == "leadership_change"]
    assert event.company.startswith("Lumen Bank")
    assert (event.fields["person"], event.fields["role"], event.fields["change"]) == (
        person, role, change)


@pytest.mark.parametrize("title", [
    "Lumen Systems Inks Multi-Year Deal With Harbor Rail",
    "Lumen Systems Signs Sensor Supply Deal with Harbor Lab",
    "Lumen Systems has secured its first 20 committed orders for its cargo bike",
    "Lumen Systems Selected as Preferred Supplier for Wave Buoys in the Middle East",
    "Lumen Systems Signs Commercial Framework Agreement with Moroccan client for Fuel Supply",
])
def test_deals_and_orders_are_contract_wins(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("contract_win", "Lumen Systems")]


@pytest.mark.parametrize("title, amount", [
    ("Lumen Systems Awarded $45M BPA to Support the Water Agency", 45_000_000),
    ("Lumen Systems has been awarded a $3.2 million contract to maintain city buses",
     3_200_000),
    # a subsidiary's order is its parent's, and an order's money is no round
    ("Lumen Systems (NASDAQ: LUMS) Subsidiary Secures $13.2M Sales Order", 13_200_000),
])
def test_a_contract_win_carries_its_stated_value(title, amount):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields["amount"], event.fields["currency"]) == (
        "contract_win", "Lumen Systems", amount, "USD")


@pytest.mark.parametrize("title, customer", [
    ("Lumen Systems Inks Multi-Year Deal With The Harbor Lab, Growing Its Momentum",
     "The Harbor Lab"),
    ("Lumen Systems Receives $3.2M Purchase Order from Papé Trucks", "Papé Trucks"),
    ("Lumen Systems announced an order for 40 delivery vans with Switzerland-based Antidoto SA, "
     "an upfitter.", "Antidoto"),
    ("Lumen Systems has been awarded a contract by the U.S. Army to maintain its trucks",
     "U.S. Army"),
    ("Lumen Systems has been awarded a purchase contract by Harbor Wireless to upgrade 150 "
     "sites", "Harbor Wireless"),
    # the verb names who chose: "selected by", "one of the awardees of"
    ("Lumen Systems has been selected by HarborWERX, the innovation arm of the Harbor Navy, for "
     "a Phase II contract", "HarborWERX"),
    ("Lumen Systems is proud to be one of the six awardees of the Harbor Water Agency (HWA) "
     "Blanket Purchase Agreement", "Harbor Water Agency"),
    # a government agency the contract is named after
    ("Lumen Systems Secures 10-year USDA STRATUS Cloud Win", "USDA"),
    # a kind of customer, a purpose and a person name none
    ("Lumen Systems Announces Major Contract with Central Bank for Sensors", None),
    ("Lumen Systems wins a contract to work with Harbor Rail", None),
    ("Lumen Systems signs a supply deal, said Jane Roe from Harbor Rail", None),
])
def test_a_contract_names_the_customer_it_is_won_from(title, customer):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.type, event.company, event.fields.get("counterparty")) == (
        "contract_win", "Lumen Systems", customer)


@pytest.mark.parametrize("title, text", [
    ("Harbor News Selects Glowpath as One of the Best Places to Work", ""),
    ("Glowpath selected as the Best Retail Exchange of 2026", ""),
    ("Glowpath Wins Best Freight App for Fourth Year, Chosen by the People", ""),
    ("Glowpath Opens a Taiwan Subsidiary to Win More US Defense Contracts", ""),
    ("Award news", "The Harbor Association members voted at their conference and selected "
                   "Glowpath as its Innovation of the Year Award winner."),
    ("Glowpath Wins “Best in Show”", "Of the six finalists, the panel of judges selected "
                                     "Glowpath, a texting tool for advisers, as the “Best in "
                                     "Show” winner."),
    ("Award news", "Audience members selected Lumen CRM, a planning tool, as its “Advisers’ "
                   "Choice.”"),
    # its own technology, used
    ("Glowpath and Ridge Labs Team Up", "Ridge Labs leverages its EMERGE AI analysis platform "
                                        "to help drug makers."),
    ("Glowpath and Lumen Labs Announce an Integrated Solution for Warehouse Robots", ""),
    ("Glowpath Integrates Its Donation Platform with PayPal", ""),
    ("The Harbor Bank Fund announces new investment aimed at closing the wealth gap", ""),
    ("Glowpath to Cancel 25 Million Shares", "In exchange for this cancellation, Mr. Roe "
                                             "shall receive 500,000 shares of our Series A "
                                             "Preferred Stock."),
    ("Gaming news", "Glowpath seamlessly integrates the beloved Quarry universe with the "
                    "cutting-edge Ledgerline blockchain."),
    ("Ridge Injury Lawyers Secure $2 Million Settlement for Car Crash Victim", ""),
    ("Market note", "Glowpath announced the release of its investment grade credit model."),
    ("Market note", "Across both grant rounds, 40 charities are receiving funding."),
    ("Market note", "Over its first decade, member startups raised $2.1 billion."),
    ("Market note", "In 2025, Ohio's startup scene raised about $900 million in funding."),
    ("Glowpath Reaches $500 Million Milestone",
     "Glowpath announces the successful funding of over 150 businesses, totaling more than "
     "$500 million in alternative funding."),
    # a grant given, a raise prepared, entrants described, a region, a career
    ("Harbor Arts Commission Supports Local Theatre", "Today, the Harbor Arts Commission "
     "announced it has awarded the Glowpath Theatre Company $12,276.00, through its grant program."),
    ("Glowpath Signs MoU", "The company is gearing up to secure funding to advance its projects."),
    ("Startup Awards", "Competitors must not yet have closed a Series B funding round."),
    ("West Africa Receives Record Investment From Harbor Capital", ""),
    ("Jane Roe Joins Harbor Ventures", "Prior to Glowpath, Jane co-founded and raised growth "
                                       "capital from Ridge Partners."),
    ("Glowpath Welcomes Jane Roe", "During Jane's decade-long tenure, Ridge Labs raised a $40 "
                                   "million Series D round."),
    # money hoped for, an adviser hired to find it, interest shown, customers' financing
    ("Glowpath update", "In August, Glowpath announced that it intended to negotiate interim "
                        "financing to fund its project."),
    ("Glowpath Engages Harbor Capital to Raise Capital for Projects in Dubai",
     "Glowpath is pleased to announce that it has engaged Harbor Capital, a boutique investment "
     "advisory firm, for the purpose of arranging the necessary financing for its projects."),
    ("Glowpath update", "Glowpath is working hard to secure a $10 million Series A round."),
    ("Glowpath update", "Glowpath has attracted considerable interest from major mining companies "
                        "for potential joint ventures or strategic investments."),
    ("Glowpath update", "Glowpath has already received further interest from several "
                        "professional funding partners who are keen to join."),
    ("Glowpath update", "Through the platform Glowpath and Harbor Labs hope to attract external "
                        "funding for battery banks."),
    ("Glowpath Offers HVAC Savings", "Qualified Harbor Power customers can get 0% financing of "
                                     "up to $25,000 on HVAC installations."),
])
def test_look_alikes_of_adoptions_funding_and_subjects_are_no_event(title, text):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))
            if e.type not in ("product_launch", "partnership")] == []


def test_a_participle_after_the_vendor_names_no_second_vendor():
    found = {(e.type, e.company) for e in events_in(
        "Ridge Chain Deploys Circle’s Bridged USDC Standard, Enhancing Web3 Development in Asia",
        "", AccountIndex([]))}
    assert found == {("contract_win", "Circle"), ("tech_stack_change", "Ridge Chain")}


def test_a_possessive_place_describes_the_company_that_acts():
    found = {(e.type, e.company) for e in events_in(
        "Boston's Ridge Book Shop Acquires Harbor Books", "", AccountIndex([]))}
    assert found == {("acquisition", "Ridge Book Shop"), ("acquisition", "Harbor Books")}


@pytest.mark.parametrize("text", [
    "Ridge Labs, established 18 months ago through the acquisition of Cend Labs by Harbor Bio, "
    "is developing new drugs.",
    "Jane Roe, a former Harbor Airlines CEO, left the now-defunct (merged with United) company "
    "in late 2009.",
])
def test_how_a_company_came_to_be_and_an_aside_are_no_acquisition(text):
    assert [e.type for e in events_in("", text, AccountIndex([]))] == []


def test_a_shop_bought_by_its_number_names_no_target():
    [event] = events_in("", "Glowpath LLC, a collision repair operator, today announced the "
                            "acquisition of its 100th shop.", AccountIndex([]))
    assert (event.type, event.company, event.fields) == ("acquisition", "Glowpath", {})


def test_athletes_described_by_their_league_are_no_partner_company():
    assert events_in("Glowpath Signs Athletes", "Glowpath has announced partnerships with NBA "
                     "stars Sam Hill of the Grizzlies and Tom Lee of the Timberwolves.",
                     AccountIndex([])) == []


@pytest.mark.parametrize("text", [
    "Hip-hop superstar Tyga has teamed up with Glowpath to deliver a New Year's Eve party.",
    "Glowpath has partnered with Dr. Nicki Roe, M.D., to offer mental health care.",
])
def test_a_person_described_or_addressed_as_one_is_no_partner_company(text):
    assert "partnership" not in [e.type for e in events_in("Glowpath News", text,
                                                            AccountIndex([]))]


def test_a_joint_venture_formed_as_a_new_company_is_not_the_partner():
    events = events_in("Glowpath and Quillon Form Joint Venture", "Glowpath Inc. and Quillon "
                       "Inc. today announced the companies have entered into a joint venture and "
                       "licensing agreement with the formation of Harbor Vision Corp.",
                       AccountIndex([]))
    assert "Harbor Vision Corp" not in {e.fields.get("counterparty") for e in events}


def test_a_collection_bought_has_no_event_of_its_own():
    found = {(e.type, e.company) for e in events_in(
        "Ridge Book Shop Acquires Large Collection of Pulp Fiction Paperbacks", "",
        AccountIndex([]))}
    assert found == {("acquisition", "Ridge Book Shop")}


@pytest.mark.parametrize("sentence, person", [
    ("Glowpath is pleased to welcome Ryan O'Donnell, Ph.D., to its board of directors.",
     "Ryan O'Donnell"),
    ("Glowpath hired Marie Jean-Baptiste as Director of Compliance.", "Marie Jean-Baptiste"),
    ("Peter Vance Tapped As Chief Operating Officer of Glowpath", "Peter Vance"),
])
def test_names_with_apostrophes_hyphens_and_passive_headlines(sentence, person):
    [event] = events_in(sentence, "", AccountIndex([]))
    assert (event.type, event.company, event.fields["person"]) == (
        "leadership_change", "Glowpath", person)


@pytest.mark.parametrize("title, text", [
    ("Blue Harbor Foundation Awards Kidney Research Grant", ""),
    ("Dr. Ana Ruiz Announces Prestigious Grant for Aspiring Nurses Nationwide", ""),
    ("Glowpath Announces Enhanced Investment Plans with Its Trading Bots", ""),
    ("Glowpath Announces the First Global Fund Manager Investment Competition", ""),
    ("Glowpath Announces HARBOR SPARK: A Grants & Accelerator Program for Green Startups",
     "Glowpath announces the launch of Harbor Spark, an ecosystem grant program designed to "
     "support builders."),
    ("Glowpath milestones", "Grant Recipient: Awarded a grant from the Harbor Network."),
    ("Quarterly update", "Glowpath grew its user base. Users can now get funding for projects "
                         "from other users of the app."),
])
def test_giving_a_grant_or_selling_investments_is_no_funding(title, text):
    assert "funding" not in [e.type for e in events_in(title, text, AccountIndex([]))]


def test_receiving_a_grant_is_funding():
    [event] = events_in("Glowpath Awarded $2M Grant by the State", "", AccountIndex([]))
    assert (event.type, event.company, event.fields["round"]) == ("funding", "Glowpath", "grant")


def test_a_label_and_a_date_before_the_acquirer_are_not_its_name():
    events = events_in("Northbeam Reports Third Quarter Results", "Merger Completion: On August "
                       "15, 2026, Northbeam completed its business combination with Harbor "
                       "Acquisition Corp, becoming a listed company.", AccountIndex([]))
    assert {(e.company, e.fields["role"]) for e in events if e.type == "acquisition"} == {
        ("Northbeam", "acquirer"), ("Harbor Acquisition", "target")}


def test_a_business_combination_is_an_acquisition_named_with_a_legal_suffix():
    found = {(e.type, e.company, e.fields.get("role")) for e in events_in(
        "", "New Harbor Helium, Inc., a gas explorer, has closed on its previously "
            "announced business combination with Keel Acquisition Corp.", AccountIndex([]))}
    assert found == {("acquisition", "New Harbor Helium", "acquirer"),
                     ("acquisition", "Keel Acquisition", "target")}


@pytest.mark.parametrize("title, text", [
    ("Lumen Bank Names Rob Jensen Director of Operations",
     "Shannon Reyes, Director of Lending at Lumen Bank, welcomed Rob Jensen as Director of "
     "Operations."),
    ("Lumen Bank Grows Its Team",
     "Dr. Erik Lund, Founder and CEO of Lumen Bank, adds: I am proud to have Ravi Menon join "
     "the leadership team as CFO."),
])
def test_an_executive_who_speaks_is_not_the_company(title, text):
    assert {e.company for e in events_in(title, text, AccountIndex([]))} == {"Lumen Bank"}


def test_a_leadership_change_is_never_about_the_person_as_a_company():
    events = events_in("Ravi Menon Joins as CFO",
                       "Dr. Erik Lund, Founder and CEO of the firm, adds: I am proud to have "
                       "Ravi Menon join the leadership team as CFO.", AccountIndex([]))
    assert not [e for e in events if e.company in ("Ravi Menon", "Dr. Erik Lund")]


def test_a_key_acquisition_closed_is_the_buyers():
    events = events_in("Glowpath Graphite closes key acquisition of Harbor Labs in Sri Lanka", "",
                       AccountIndex([]))
    assert {(e.company, e.fields["role"]) for e in events if e.type == "acquisition"} == {
        ("Glowpath Graphite", "acquirer"), ("Harbor Labs", "target")}


def test_acquisitions_of_two_companies_are_two_deals():
    events = events_in("Glowpath Adds $878 Million in Assets, Completes Acquisitions of Harbor "
                       "Financial and Ridge Advisory",
                       "Glowpath has bought Harbor Financial. Ridge Advisory joins too.",
                       AccountIndex([]))
    assert {(e.company, e.fields["role"]) for e in events if e.type == "acquisition"} >= {
        ("Harbor Financial", "target"), ("Ridge Advisory", "target")}


def test_a_name_ending_on_a_conjunction_is_the_headlines_own_clause():
    events = events_in("Glowpath, Inc. Announces Private Offering in Preparation for Completing "
                       "Its Patented Gunshot/Sensor Detection Technology While Uplisting to the "
                       "Nasdaq Capital Market", "", AccountIndex([]))
    assert ("ipo", "Glowpath") in {(e.type, e.company) for e in events}
    assert all("While" not in e.company for e in events)


def test_an_ipo_carries_the_size_of_its_offering():
    [event] = events_in("Harbor Metals plans TSX listing and hopes to raise C$12 million", "",
                        AccountIndex([]))
    assert (event.type, event.fields) == ("ipo", {"amount": 12_000_000, "currency": "CAD"})


@pytest.mark.parametrize("title, summary", [
    ("Lumen Systems Awarded $45M BPA to Support the Water Agency", "Won a $45M contract"),
    ("Glowpath Selects Lumen Systems to Run Its Payments", "Won Glowpath as a customer"),
    ("Lumen Systems plans TSX listing and hopes to raise C$12 million",
     "Going public, raising CAD 12M"),
    ("Lumen Systems named Maria Santos as Chief Operating Officer, previously at Forge Logistics",
     "Maria Santos joined as Chief Operating Officer from Forge Logistics"),
])
def test_a_brief_says_what_was_won_or_raised_and_where_a_leader_comes_from(title, summary):
    assert summary in [e.summary for e in events_in(title, "", AccountIndex([]))
                       if e.company == "Lumen Systems"]


@pytest.mark.parametrize("text, kind", [
    # jobs cut, eliminated or furloughed
    ("Harbor Freight Lines will eliminate about 300 positions as it consolidates routes.",
     "layoffs"),
    ("Harbor Freight Lines plans to cut its workforce by 12% this year.", "layoffs"),
    ("Harbor Freight Lines furloughs 200 workers at its Ohio plant.", "layoffs"),
    # roles opened or recruited for
    ("Harbor Freight Lines is recruiting for 80 drivers across Ohio.", "hiring_plan"),
    ("Harbor Freight Lines opens 50 new roles at its Denver hub.", "hiring_plan"),
    ("Harbor Freight Lines is looking to fill 120 positions by the summer.", "hiring_plan"),
    # a subsidiary or office set up abroad
    ("Harbor Freight Lines establishes a subsidiary in Japan to serve Asian shippers.",
     "expansion"),
    ("Harbor Freight Lines sets up its first European office in Rotterdam.", "expansion"),
    # filing and listing are going public
    ("Harbor Freight Lines has publicly filed a registration statement on Form S-1 for a "
     "proposed initial public offering.", "ipo"),
    ("Harbor Freight Lines confidentially submitted a draft registration statement to the SEC.",
     "ipo"),
    ("Harbor Freight Lines uplists to the Nasdaq from the OTC market.", "ipo"),
    # a second exchange lists the shares too
    ("Harbor Freight Lines announces the dual listing of its shares on the Frankfurt Stock "
     "Exchange.", "ipo"),
    ("Harbor Freight Lines said its common shares are now cross listed and traded on the "
     "Frankfurt Stock Exchange.", "ipo"),
    ("Harbor Freight Lines launches on ASX with its first trucks.", "ipo"),
])
def test_a_body_sentence_states_one_wider_event(text, kind):
    assert [(e.type, e.company) for e in events_in("", text, AccountIndex([]))] == [
        (kind, "Harbor Freight Lines")]


def test_a_company_already_listed_is_not_going_public():
    assert events_in("", "Harbor Freight Lines, a carrier listed on the Nasdaq, today reported "
                         "its results.", AccountIndex([])) == []


@pytest.mark.parametrize("title, person, role, change", [
    ("Jane Roe Elected to Harbor Bank Board of Directors", "Jane Roe", "Board member", "joined"),
    ("Harbor Bank Elevates Jane Roe to Chief Operating Officer", "Jane Roe",
     "Chief Operating Officer", "promoted"),
    ("Jane Roe has been elevated to President of Harbor Bank.", "Jane Roe", "President",
     "promoted"),
    ("Harbor Bank Promotes Jane Roe to Associate Vice President of Lending", "Jane Roe",
     "Associate Vice President of Lending", "promoted"),
    ("Harbor Bank announced the promotion of Jane Roe to Co-CEO.", "Jane Roe", "Co-CEO",
     "promoted"),
    # the chair of a board, not a seat on it; "partner at" is her job, not a partnership
    ("Jane Roe, CPA, partner at Hale & Stone, LLP, has been elected chair of The Harbor Bank "
     "Board of Directors for the 2024-25 year.", "Jane Roe", "Chair", "joined"),
])
def test_board_elections_and_elevations(title, person, role, change):
    [event] = events_in(title, "", AccountIndex([]))
    assert (event.company, event.fields["person"], event.fields["role"],
            event.fields["change"]) == ("Harbor Bank", person, role, change)


def test_a_company_named_like_a_verb_is_no_promotion():
    assert events_in("Elevate Mining CEO Murray Hall Discusses Strategy", "",
                     AccountIndex([])) == []


@pytest.mark.parametrize("title, text, company", [
    ("HARBOR TECH ANNOUNCES OPENING OF LOS ANGELES LOCATION", "", "HARBOR TECH"),
    ("", "Solano Law Firm LLC., a prominent immigration firm, opens a new office in Mesa.",
     "Solano Law Firm"),
])
def test_all_caps_headlines_and_firms_named_firm(title, text, company):
    [event] = events_in(title, text, AccountIndex([]))
    assert (event.type, event.company) == ("expansion", company)


def test_a_legal_form_alone_is_no_company():
    assert events_in("", "That company is Harbor Asset Management (Japan) Ltd. Since "
                         "establishing its office in Japan in 1974, it grew.",
                     AccountIndex([])) == []


def test_acquiring_clients_is_no_acquisition_and_a_nationality_alone_no_company():
    assert events_in("Most Agencies Say Acquiring New Clients Is Their Priority for 2026",
                     "", AccountIndex([])) == []
    assert events_in("Estonian delivery app for rural towns secures funding",
                     "", AccountIndex([])) == []


def test_a_boilerplate_heading_is_not_part_of_a_defined_name():
    found = {(e.type, e.company) for e in events_in(
        "Harbor Government and HLS Announce Strategic Partnership", "Harbor Government and HLS "
        "announce a strategic partnership on ports. About Harbor Logistics Services Limited "
        "(HLS) HLS runs ports.", AccountIndex([]))}
    assert ("partnership", "Harbor Logistics Services") in found


@pytest.mark.parametrize("title, company", [
    ("CyberHarbor Rebrands To Harbor And Releases Its First Wallet", "CyberHarbor"),
    ("Glowpath Simplifies Water Testing With Launch of Its Photometer", "Glowpath"),
    ("Ledgerline Solutions Reveals the Future of Pricing With Launch of Price Studio",
     "Ledgerline Solutions"),
    # words that open phrases open names too when a corporate word ends them
    ("Revenue Analytics Solutions Introduces a Pricing Dashboard", "Revenue Analytics Solutions"),
    ("The New Harbor Institute Introduces a Sleep Therapy", "The New Harbor Institute"),
    ("Harbour Investment Partners Introduces a Wealth Service", "Harbour Investment Partners"),
    # what the first verb takes is no product; the verb the company goes on with launches one
    ("Glowpath Unveils Strategic Expansion With Launch of Tally, a Modern Agency", "Glowpath"),
    ("Glowpath Unveils Its 2027 Strategy and Launches Route Planner Pro", "Glowpath"),
    # an adverb before the verb ends the name
    ("Glowpath Video Downloader Newly Released & Only $5 This Week", "Glowpath Video Downloader"),
    # what is launched ends before what it does ("Blog Posts" are the service's, not launched)
    ("Glowpath Launches New Service Providing Blog Posts to Law Firms", "Glowpath"),
    # a verb joined to the launch ends the name
    ("Glowpath Reimagines and Launches New Digital Service Ecosystem for Carmakers", "Glowpath"),
    ("Glowpath Boosts Customer Support: Unveils a 24/7 Help Desk", "Glowpath"),
    # a headline's gladness is no name
    ("Glowpath Academy is Thrilled to Launch Its New Course on Net Zero", "Glowpath Academy"),
    ("Glowpath Upgrades Its Route Engine and Introduces a New Fleet Planner", "Glowpath"),
    # a mine names no product, but "Stake-to-Mine" is part of one
    ("Glowpath Introduces Stake-to-Mine Platform PoolX with Tally as the First Project",
     "Glowpath"),
])
def test_who_launches_behind_headline_verbs_and_names_that_open_like_phrases(title, company):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("product_launch", company)]


@pytest.mark.parametrize("title", [
    "Glowpath Launches Point of Sale System for Merchants",
    "Glowpath Launches Comprehensive Marketing as a Service Offering",
])
def test_a_till_and_a_service_offering_are_products(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("product_launch", "Glowpath")]


@pytest.mark.parametrize("title, text", [
    ("Glowpath Inc. Announces Commencement of Reg A Offering",
     "Glowpath Inc., a recycler of roofing shingles, is pleased to announce the launch of its "
     "Regulation A investment round."),
    ("Glowpath Launches US Expansion", ""),
    ("Glowpath Unveils Its Growth Strategy, Set to Launch Next Year", ""),
    ("Glowpath Safety Meets Technology", "Electrical safety meets technology with the launch of "
                                         "Glowpath, a power strip with a shut-off switch."),
    # a programme for a community, and a grantee's launch, are not the company's product
    ("Glowpath Announces Launch of Ambassador Program", ""),
    ("Glowpath Awards $50,000 to Harbor House Utah to Launch a Digital Navigator Program", ""),
])
def test_rounds_and_expansions_launched_and_launches_in_passing_are_no_product(title, text):
    assert "product_launch" not in [e.type for e in events_in(title, text, AccountIndex([]))]


def test_a_company_is_known_by_the_name_after_aka():
    found = {(e.type, e.company, e.fields["counterparty"]) for e in events_in(
        "Dear Ivy Holding Co. AKA Ivy Global Signs Letter of Intent to be Acquired by Glowpath",
        "Ivy Global (OTC: IVYG) has signed a binding letter of intent to be acquired by "
        "Glowpath.", AccountIndex([]))}
    assert found == {("acquisition", "Ivy Global", "Glowpath"),
                     ("acquisition", "Glowpath", "Ivy Global")}


@pytest.mark.parametrize("title, company", [
    ("World Harbor Electric Opens Regional Distribution Center in Hialeah Gardens",
     "World Harbor Electric"),
    ("Japan’s Leading Clinical CRO B4 Health, a Subsidiary, Opens Office in Boston",
     "B4 Health"),
])
def test_names_that_start_with_world_or_follow_a_cro(title, company):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("expansion", company)]


def test_a_round_made_bigger_is_new_capital():
    [event] = events_in("Glowpath boosts capital raise to $100 million for its mine", "",
                        AccountIndex([]))
    assert (event.type, event.company, event.fields["amount"]) == ("funding", "Glowpath", 1e8)


@pytest.mark.parametrize("listing, money, currency", [
    ("(ASX:GLW)", "$12 million", "AUD"),
    ("(TSXV: GLW)", "$12 million", "CAD"),
    ("(ASX:GLW) (NASDAQ: GLWP)", "$12 million", "USD"),  # listed in New York too
    ("(ASX:GLW)", "US$12 million", "USD"),
])
def test_a_bare_dollar_is_the_home_dollar_of_a_company_listed_only_at_home(listing, money,
                                                                           currency):
    [event] = events_in("", f"Glowpath Ltd {listing} has raised {money} through an "
                            "institutional placement to new and existing investors.",
                        AccountIndex([]))
    assert (event.fields["amount"], event.fields["currency"], event.fields["round"]) == (
        12e6, currency, "private_placement")


def test_the_headline_total_outweighs_the_parts_the_body_lists():
    [event] = events_in("Glowpath secures A$22 million in new funding for its microgrids",
                        "Glowpath Ltd (ASX:GLW) has secured a A$15 million debt facility with "
                        "Harbor Capital and completed a A$7 million equity placement.",
                        AccountIndex([]))
    assert (event.fields["amount"], event.fields["currency"]) == (22e6, "AUD")


def test_a_body_amount_close_to_the_headlines_is_the_same_said_exactly():
    [event] = events_in("Glowpath Raises $5M Seed Round",
                        "Glowpath has raised $5.25 million in a seed round led by Harbor "
                        "Capital.", AccountIndex([]))
    assert event.fields["amount"] == 5_250_000


def test_investors_named_with_initials_and_money_raised_years_ago():
    [event] = events_in("", "Glowpath has raised $6 million in a seed round led by Harbor "
                            "Capital, with participation from W.A. de Vigier Foundation and "
                            "Quillon Partners.", AccountIndex([]))
    assert event.fields["investors"] == ["Harbor Capital", "W.A. de Vigier Foundation",
                                         "Quillon Partners"]
    assert events_in("", "Glowpath has made investments totaling over $100 million, including "
                         "$75 million raised during hard markets over the past few years.",
                     AccountIndex([])) == []


@pytest.mark.parametrize("text, investors, leads", [
    ("Glowpath has closed its seed round, led by Harbor Capital, with the participation of Ridge "
     "Ventures and Quillon Partners.",
     ["Harbor Capital", "Ridge Ventures", "Quillon Partners"], ["Harbor Capital"]),
    ("Glowpath has raised a seed round led by Zurich-based Harbor Capital with additional "
     "participation from Ridge Ventures and several angel investors across the EU and US.",
     ["Harbor Capital", "Ridge Ventures"], ["Harbor Capital"]),
    # the name an investor goes by, not its title, description, legal form or a date
    ("Glowpath completed its Series A funding round led by new CEO Matty Betss.",
     ["Matty Betss"], ["Matty Betss"]),
    ("Glowpath receives a $100M investment from Stablecoin Leader Harbor International Limited.",
     ["Harbor International"], []),
    ("Glowpath has secured a venture capital investment from Ridge Ventures in the first half of "
     "2026.", ["Ridge Ventures"], []),
    ("Glowpath raised $10 million in its Series A. The round was led by renowned venture firms "
     "Harbor Capital and Ridge Ventures.", ["Harbor Capital", "Ridge Ventures"],
     ["Harbor Capital", "Ridge Ventures"]),
    # what an investor is, whatever names it holds
    ("Glowpath raised $2 million in seed funding. The round was led by Jane Roe, a Board member "
     "at Harbor and Ridge, and Quillon Partners.", ["Jane Roe", "Quillon Partners"],
     ["Jane Roe", "Quillon Partners"]),
    # the lead named before its verb
    ("Glowpath is announcing a $20m funding round. Harbor Capital led the Series B round with "
     "participation from existing investors Ridge Ventures and Quillon Partners.",
     ["Harbor Capital", "Ridge Ventures", "Quillon Partners"], ["Harbor Capital"]),
])
def test_investors_are_named_as_they_go_by_and_leads_apart(text, investors, leads):
    [event] = events_in("", text, AccountIndex([]))
    assert (event.fields.get("investors"), event.fields.get("lead_investors", [])) == (
        investors, leads)


def test_backers_of_before_and_a_list_closing_and_more_name_no_investor_and_each_lead_invests():
    [event] = events_in("Glowpath Raises $4M Seed Round from Harbor Capital, Ridge Ventures and More",
                        "Glowpath, a stablecoin backed by Real World Assets, has raised $4 million "
                        "in seed funding. This round, led by investors including Harbor Capital, "
                        "Ridge Ventures and Quillon Partners, marks a milestone.", AccountIndex([]))
    assert (event.fields["investors"], event.fields["lead_investors"]) == (
        ["Harbor Capital", "Ridge Ventures", "Quillon Partners"],
        ["Harbor Capital", "Ridge Ventures", "Quillon Partners"])


def test_a_team_led_by_a_doctor_names_no_investor():
    [event] = events_in("Glowpath Secures Funding to Expand Its Reach",
                        "The funding will enable a team, led by Dr. Ana Ruiz, to do research.",
                        AccountIndex([]))
    assert "investors" not in event.fields


def test_a_loan_repaid_with_the_money_is_not_the_round():
    [event] = events_in("Glowpath Raises $18 Million for Its Plant",
                        "Glowpath has raised $18 million from investors. The raised funds will "
                        "be used to close out a $5 million term loan.", AccountIndex([]))
    assert event.fields["round"] == "undisclosed"


@pytest.mark.parametrize("title", [
    "Harbor Advisory Successfully Facilitated the Transaction Between Glowpath Roofing, Inc. "
    "and Ridge Holdings",
    "Harbor Advisory Has Facilitated The Transaction Of Glowpath Roofing To Ridge Holdings",
    "Harbor Advisory is pleased to announce the acquisition of Glowpath Roofing, LLC dba "
    "RoofMates by Ridge Holdings, Inc. (Nasdaq: RDGE).",
])
def test_an_advisers_deal_is_the_sellers_sale_to_the_buyer(title):
    found = {(e.company, e.fields["role"], e.fields["counterparty"])
             for e in events_in(title, "", AccountIndex([]))}
    assert found == {("Glowpath Roofing", "target", "Ridge Holdings"),
                     ("Ridge Holdings", "acquirer", "Glowpath Roofing")}


@pytest.mark.parametrize("text", [
    "Glowpath announced the sale of its 10,000th van to Ridge Holdings.",
    "Ridge Holdings has entered into a purchase agreement to acquire 3,000 Glowpath cargo vans.",
    # holdings bought by value
    "Ridge Holdings Acquires USD $9 Million of Glowpath's $GLOW to Hold in Custody",
    # a hope to buy someone unnamed is a strategy
    "A valuation analysis discusses Glowpath management's intention to acquire soccer teams.",
])
def test_a_product_sold_to_a_customer_is_no_acquisition(text):
    assert "acquisition" not in {e.type for e in events_in("", text, AccountIndex([]))}


@pytest.mark.parametrize("title, parties", [
    ("Glowpath (OTC: GLWP) And QUILLON Team Up To Bring Housing To The Masses",
     {"Glowpath", "QUILLON"}),
    ("Glowpath and Quillon Integrate Quantum Software Tools into Mathematica",
     {"Glowpath", "Quillon"}),
    ("Glowpath Extends Partnership with Harbor Research Center", {"Glowpath",
                                                                  "Harbor Research Center"}),
    # an integration of two vendors' products, no purchase: a partnership, not an adoption
    ("Glowpath Integrates Its Donation Platform with PayPal", {"Glowpath", "PayPal"}),
    ("Glowpath Integrates AI with Blockchain for Driver Payouts", set()),
])
def test_partners_joined_by_a_capital_and_integrating_or_renewing(title, parties):
    assert {e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "partnership"} == parties


@pytest.mark.parametrize("title, text", [
    ("Glowpath Secures 10-year USDA STRATUS Cloud Win", ""),
    ("Glowpath IRS Win: Prime Contract", "Glowpath is proud to be one of the six awardees of the "
                                         "Internal Revenue Service consulting agreement."),
    ("Glowpath Secures 4th Provincial Health Contract for Remote Monitoring", ""),
    ("Harbor Agency Win: Glowpath Wins CBP Enterprise Small Business (ESB) Blanket Purchase "
     "Agreement (BPA)", ""),
    ("Glowpath's Latest Government Contract Shows Appeal of Its Tech",
     "Monitoring technology developer Glowpath recently reported a new contract with European "
     "government clients."),
])
def test_a_win_named_as_a_noun_and_an_awardee_of_a_contract(title, text):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))] == [
        ("contract_win", "Glowpath")]


def test_a_licensing_deal_with_a_named_company_is_a_partnership():
    assert {e.company for e in events_in(
        "Glowpath Gets Foothold Into New Markets Through $30M Licensing Deal With Ridge Energy",
        "", AccountIndex([])) if e.type == "partnership"} == {"Glowpath", "Ridge Energy"}


def test_several_people_changing_in_one_sentence_are_each_a_change():
    events = events_in("Glowpath Announces Team Expansion",
                       "Glowpath, a game discovery platform, is excited to announce its latest "
                       "hires. Industry veteran Jane Roe joins as Chief Marketing Officer, Sam "
                       "Lee signs on as Head of Games, and Ana Ruiz takes on the role of Director "
                       "of Product.", AccountIndex([]))
    assert {(e.company, e.fields["person"], e.fields["role"]) for e in events
            if e.type == "leadership_change"} == {
        ("Glowpath", "Jane Roe", "Chief Marketing Officer"),
        ("Glowpath", "Sam Lee", "Head of Games"),
        ("Glowpath", "Ana Ruiz", "Director of Product")}


def test_a_person_taking_a_new_role_in_the_release_is_the_releases_change():
    events = events_in("Glowpath Builds Out C-Suite with New Executive Promotions",
                       "Glowpath, a game discovery platform, is building out its C-Suite. Jane "
                       "Roe is taking the newly created role of Chief Revenue Officer (CRO), "
                       "while Sam Lee expands her role from Chief Legal Officer to Chief Legal "
                       "Officer and Chief Operating Officer.", AccountIndex([]))
    assert [(e.company, e.fields["person"], e.fields["role"], e.fields["change"])
            for e in events] == [("Glowpath", "Jane Roe", "CRO", "promoted")]


def test_an_appointment_announced_after_a_dateline_in_brackets():
    [event] = events_in("Glowpath Bolsters Leadership Team with Strategic Hire",
                        "(July 31, 2026)— Glowpath, a digital asset exchange headquartered in "
                        "Singapore, today announced the appointment of Carla Mak as Chief "
                        "Strategy Officer.", AccountIndex([]))
    assert (event.company, event.fields["person"]) == ("Glowpath", "Carla Mak")


def test_a_partner_after_initials_or_a_countrys_possessive():
    found = {(e.company, e.fields["counterparty"]) for e in events_in(
        "", "Glowpath Labs has signed an exclusive distribution agreement with G.S. Long for "
            "the distribution of its soil product.", AccountIndex([]))}
    assert found == {("Glowpath Labs", "G.S. Long"), ("G.S. Long", "Glowpath Labs")}
    found = {(e.company, e.fields["counterparty"]) for e in events_in(
        "Glowpath Labs secures first distribution agreement with South Africa's AgriRidge", "",
        AccountIndex([]))}
    assert found == {("Glowpath Labs", "AgriRidge"), ("AgriRidge", "Glowpath Labs")}


def test_a_description_before_the_headlines_company_is_not_the_company():
    [event] = events_in("Glowpath Group Announces New Additions to Senior Leadership",
                        "NASHVILLE, TN - September 25, 2026 - Renowned Wellness and Hospitality "
                        "Endeavor, Glowpath Group, has added two executives. This November, Jane "
                        "Roe will join as Vice President of Marketing.", AccountIndex([]))
    assert (event.company, event.fields["person"]) == ("Glowpath Group", "Jane Roe")


@pytest.mark.parametrize("title, text", [
    ("Glowpath Law, LLP Welcomes Amy Stone as New Partner, Leading Its Injury Practice", ""),
    ("", "Glowpath Law, LLP is proud to announce Amy Stone as the firm's newest partner."),
])
def test_a_partner_of_a_firm_is_leadership(title, text):
    [event] = events_in(title, text, AccountIndex([]))
    assert (event.company, event.fields["person"], event.fields["role"]) == (
        "Glowpath Law", "Amy Stone", "Partner")


def test_a_promotion_dated_before_the_news_is_background():
    assert events_in("", "Executive Jane Roe, who last year was promoted to General Manager of "
                         "Glowpath, previously managed its content.", AccountIndex([])) == []
    [event] = events_in("", "Jane Roe, who last year was promoted to CFO, has been named CEO of "
                            "Glowpath.", AccountIndex([]))
    assert (event.company, event.fields["person"], event.fields["role"]) == (
        "Glowpath", "Jane Roe", "CEO")


def test_a_newly_appointed_director_and_not_the_journalist_who_interviews_him():
    text = ("Glowpath PLC (AIM:GLW) newly-appointed independent non-executive director Craig "
            "Howe shares his background in oil and gas. In an interview with Proactive's Steve "
            "Gunn, Howe said the decision to join Glowpath's board stems from a long relationship.")
    assert [(e.company, e.fields["person"], e.fields["role"]) for e in events_in(
        "Glowpath appoints industry expert to its board", text, AccountIndex([]))] == [
        ("Glowpath", "Craig Howe", "Independent Non-executive Director")]


def test_a_senior_title_abbreviated_and_a_headline_promoting_someone_described():
    [hired] = events_in("Glowpath Welcomes Sam Lee", "Glowpath is excited to announce the "
                        "hiring of Sam Lee as our Sr. Vice President of Consulting Services.",
                        AccountIndex([]))
    assert hired.fields["role"] == "Senior Vice President of Consulting Services"
    [promoted] = events_in(
        "Glowpath Promotes ‘Invaluable Asset’ to Position of President of Its EV Division",
        "Glowpath Motors today announced John Taylor as president of its commercial EV "
        "division.", AccountIndex([]))
    assert (promoted.fields["person"], promoted.fields["change"]) == ("John Taylor", "promoted")


def test_joining_an_event_as_a_partner_is_no_leadership_change():
    assert "leadership_change" not in {e.type for e in events_in(
        "Glowpath Integrates the Ridge Network and Joins HackaRidge Season 6 as a Partner", "",
        AccountIndex([]))}


@pytest.mark.parametrize("title, text, partners", [
    ("Glowpath Brings Its Clown Program to a Hospital", "Glowpath has partnered with Lucile "
     "Harbor Children’s Hospital Stanford to bring clowns to patients.",
     {"Glowpath", "Lucile Harbor Children’s Hospital Stanford"}),
    ("Glowpath Expands EV Reach with Bergey’s Truck Centers Partnership", "Glowpath has "
     "partnered with Bergey’s Truck Centers to sell its trucks.",
     {"Glowpath", "Bergey’s Truck Centers"}),
    ("Privately held Glowpath and Harbor Medical Join Forces to Grow", "",
     {"Glowpath", "Harbor Medical"}),
    ("Action 24/7 Bets Partners with Glowpath for Betting Services", "",
     {"Action 24/7 Bets", "Glowpath"}),
    ("Glowpath news", "Glowpath and Ridgeguard are proud to announce a new partnership to "
                      "bring AI tools to start-ups.", {"Glowpath", "Ridgeguard"}),
    # no company on the other side: people, a sector, what a party is
    ("Glowpath news", "Glowpath has recently partnered with Darren Hack, Angela Turner, and "
                      "Davin Ramage, all of whom carry deep experience.", set()),
    ("State Agencies and Private Sector Join Forces with Glowpath to Combat Fentanyl", "",
     set()),
    ("Tokenization Pioneer Inks Deal With International Partner", "", set()),
])
def test_the_parties_of_a_partnership_are_companies(title, text, partners):
    assert {e.company for e in events_in(title, text, AccountIndex([]))
            if e.type == "partnership"} == partners


def test_a_firm_named_partners_and_a_subsidiary_named_with_its_parent():
    found = {(e.company, e.fields["counterparty"]) for e in events_in(
        "Meridian Wealth Advisors Joins Forces with AmeriHarbor’s Saybrook Partners", "",
        AccountIndex([]))}
    assert found == {("Meridian Wealth Advisors", "Saybrook Partners"),
                     ("Saybrook Partners", "Meridian Wealth Advisors")}


@pytest.mark.parametrize("title, text", [
    ("Product Launch: Harbor UFO LED High Bay", "We are excited to announce the launch of the "
                                                "Harbor UFO LED High Bay, a lighting fixture."),
    ("Self Help Expert Launches New Facebook Page to Inspire", ""),
    ("The Release of Glowpath Network’s Keynote Video Proves a Point", ""),
    ("", "Glowpath Lithium has successfully launched a pilot extraction plant in Arkansas."),
    # an agenda, initiatives, an era, a move or a grant scheme is no product
    ("Harbor AI Summit Unveils Official Agenda", ""),
    ("Glowpath Unveils Groundbreaking Sustainability Initiatives in Freight", ""),
    ("Glowpath Introduces a New Era of Fitness by Rewarding Healthy Living", ""),
    ("Glowpath unveils $1M grant scheme for startups", ""),
    ("", "Glowpath's CEO joined a podcast to unveil the company's latest strategic move."),
    ("", "Glowpath CEO Jane Roe joined a podcast host to unveil some exciting developments."),
    ("Glowpath Unveils Multiple of Its Sovereign Locations", ""),
    # award finalists and winners, an appointee added, a report
    ("Glowpath with Harbor Bank Unveil Finalists and Grand Prize Winner for the 2026 Awards", ""),
    ("Glowpath Clinic introduces the addition of Dr. Jane Roe, PhD, into our team", ""),
    ("Glowpath Unveils 'The Freight Ledger 2.0: Awareness to Action,' a Groundbreaking Report "
     "on Fleet Costs", ""),
    # metrics, content, a consortium, shows and comics are published or formed
    ("Glowpath Index Releases Earliest Performance Metrics for Its Fund", ""),
    ("Glowpath Holdings Inc. Releases First Piece of Exclusive Content From Its Studio", ""),
    ("Glowpath Unveils Creative Consortium Built to Incubate Innovation", ""),
    ("Glowpath TV Network Introduces Seven Exciting New Shows", ""),
    ("Glowpath released a pilot of the superhero comic and announced plans for a film.", ""),
    # a sponsorship, a pledge and a cup with its prize pool are no product
    ("Glowpath Unveils Platinum Sponsorship at the Harbor Summit", ""),
    ("Glowpath Launches Transparency Pledge to Change the Sale of Supplies", ""),
    ("Glowpath Launches the Glowpath Legend Cup (GLC) with a $1 Million Prize Pool", ""),
])
def test_labels_pages_videos_and_plants_are_no_product_or_maker(title, text):
    assert "product_launch" not in {e.type for e in events_in(title, text, AccountIndex([]))}


@pytest.mark.parametrize("title", [
    "Glowpath Unveils Curated AI Content Library to Simplify Compliance",
    "Glowpath Launches Content Management Suite for Retailers",
])
def test_a_tool_for_content_is_a_product(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("product_launch", "Glowpath")]


def test_the_company_of_a_clause_after_as_launches():
    assert [(e.type, e.company) for e in events_in("", (
        "Excitement fills the air as Glowpath Network, a pioneer in decentralized computing, "
        "announces the launch of its Test Net."), AccountIndex([]))] == [
        ("product_launch", "Glowpath Network")]


def test_workforce_programs_expanded_are_no_hiring_plan():
    assert events_in("", "The Harbor Challenge supports the expansion of local workforce "
                         "programs designed to grow career readiness.", AccountIndex([])) == []


def test_a_product_named_with_its_makers_possessive_is_the_makers_launch():
    assert [(e.type, e.company) for e in events_in(
        "Glowpath and Ridge Unite: Glowpath’s Gold Rush Launches on Ridge", "",
        AccountIndex([])) if e.type == "product_launch"] == [("product_launch", "Glowpath")]


@pytest.mark.parametrize("title, company", [
    ("Ferro's Carpet Cleaning Launches Air Duct Cleaning Services in Salinas",
     "Ferro's Carpet Cleaning"),
    ("Hob's Kitchen Introduces First-Ever PFAS-Free Cookware", "Hob's Kitchen"),
])
def test_a_venue_named_for_its_owner_is_one_business(title, company):
    events = events_in(title, "", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("product_launch", company)]


@pytest.mark.parametrize("title, text, maker", [
    ("World's First Wireless Car Adapter, DrivePad X, Launches on Kickstarter",
     "Glowpath Motion is launching DrivePad X, a wireless adapter for car screens.",
     "Glowpath Motion"),
    # the nation's leading platform describes the maker, whose name it does not replace
    ("GPN Launches Sapphire, an Affiliation Model",
     "Glowpath Planning Network (GPN), the nation’s leading support platform for planners, "
     "today announced that it is launching an affiliation option, Sapphire.",
     "Glowpath Planning Network"),
])
def test_a_maker_that_is_launching_a_product(title, text, maker):
    assert [(e.type, e.company) for e in events_in(title, text, AccountIndex([]))] == [
        ("product_launch", maker)]


def test_a_video_product_is_a_product():
    [event] = events_in("Glowpath Video Enhancer V3.5 New Release",
                        "Glowpath, a maker of editing software, today released Video Enhancer "
                        "V3.5, which sharpens old footage.", AccountIndex([]))
    assert (event.type, event.company) == ("product_launch", "Glowpath")


def test_a_music_video_and_a_gift_card_offer_are_no_product():
    for title in ("Glowpath Releases A New Music Video - \"Mi Soja\"",
                  "Logan's Roadhouse Launches Hearty Gift Card Offer of Buy $50 Get $10"):
        assert events_in(title, "", AccountIndex([])) == []


@pytest.mark.parametrize("title, parties", [
    # a college buys and partners; a school of the community does not (above)
    ("Harbor School of Medicine Partners with Glowpath",
     {"Harbor School of Medicine", "Glowpath"}),
    ("Harbor Business School Partners with Glowpath", {"Harbor Business School", "Glowpath"}),
    # an owner's name and a club are one business
    ("Glowpath Teams Up With Sam’s Club To Fight Hunger", {"Glowpath", "Sam’s Club"}),
])
def test_a_college_and_a_named_club_are_partners(title, parties):
    assert {e.company for e in events_in(title, "", AccountIndex([]))
            if e.type == "partnership"} == parties


def test_a_description_after_a_dash_and_a_name_running_on_through_of_the():
    found = {(e.type, e.company) for e in events_in(
        "Glowpath - The First AI Doctor Leverages Fireblocks for Safe Transfers", "",
        AccountIndex([]))}
    assert ("tech_stack_change", "Glowpath") in found
    found = {(e.type, e.company) for e in events_in(
        "", "The Culinary Institute of the Pacific today announced a collaboration with Glowpath "
            "Labs on a new training program.", AccountIndex([]))}
    assert ("partnership", "Culinary Institute of the Pacific") in found


def test_plans_announced_last_year_are_background():
    assert events_in("", "Last year, Glowpath announced its expansion into the Middle East with "
                         "plans to hire 60 employees in Dubai.", AccountIndex([])) == []


def test_a_reporters_news_about_a_described_company_is_not_the_reporters():
    companies = {e.company for e in events_in(
        "", "Bloomberg reported that Chinese battery giant Harbin Cells has acquired Ridge "
            "Lithium for $40 million.", AccountIndex([]))}
    assert "Bloomberg" not in companies and "Harbin Cells" in companies


def test_a_securities_purchase_agreement_with_investors_is_a_placement():
    [event] = events_in("Glowpath Gold Chairman Discusses New Funding",
                        "Glowpath Gold Chairman Luke Norman joined a reporter to announce the "
                        "company's entry into a securities purchase agreement with certain "
                        "investors, resulting in total gross proceeds of approximately $4.9 "
                        "million.", AccountIndex([]))
    assert (event.company, event.fields["round"], event.fields["amount"]) == (
        "Glowpath Gold", "private_placement", 4.9e6)


def test_backed_by_funding_and_a_dateline_with_a_day_and_no_year():
    events = events_in("Glowpath Launches Hybrid Exchange Backed by $6.5M Funding",
                       "London, April 30th – Glowpath, a hybrid exchange, launches out of "
                       "stealth today with $6.5M in funding.", AccountIndex([]))
    assert ("funding", "Glowpath") in {(e.type, e.company) for e in events}
    assert "London" not in {e.company for e in events}


@pytest.mark.parametrize("text", [
    "In 14 years with payment systems, Glowpath has acquired experience, knowledge, and network.",
    "The grant will allow Glowpath to hire staff and acquire equipment for its classes.",
    "Glowpath Resources acquires gold concessions from Ridge Metals.",
    "Glowpath today announced it has reached an agreement to acquire a significant ownership "
    "stake in Ridge Apparel.",
    "Glowpath announces a major milestone with the acquisition of a 15% stake in a 1,520-hectare "
    "gold mine in Central Africa.",
    "Glowpath cements its position as the most innovative platform, having acquired the status "
    "of the world's largest staking platform.",
    # hearsay is not the company's news
    "According to sources, Glowpath plans to acquire Ridge Apparel entirely.",
])
def test_know_how_equipment_land_and_a_minority_stake_are_no_acquisition(text):
    assert "acquisition" not in {e.type for e in events_in("", text, AccountIndex([]))}


def test_an_option_to_buy_into_a_companys_properties_is_no_acquisition():
    assert events_in("", "Under the deal, Ridge has granted Glowpath an exclusive option to "
                         "acquire a 70% interest in each of Ridge's Plateau and Ledge properties.",
                     AccountIndex([])) == []


def test_a_company_whose_projects_are_bought_is_no_target():
    events = events_in("", "Under the new deal, Glowpath will acquire a 100% interest in Ridge's "
                           "uranium projects.", AccountIndex([]))
    assert [(e.company, e.fields.get("role")) for e in events] == [("Glowpath", "acquirer")]


@pytest.mark.parametrize("title", [
    "Harbor Summit Taps Renowned Historian And Demographer Neil Howe As Panelist For Its Event",
    "Glowpath Exchange Signs Global Sponsorship Contract with Argentina National Football Team",
    # a quarter's bookings are a result
    "Glowpath recently announced contract bookings of $10.3 million in the second quarter.",
])
def test_a_panelist_tapped_a_sponsorship_signed_and_bookings_are_no_contract_win(title):
    assert "contract_win" not in {e.type for e in events_in(title, "", AccountIndex([]))}


@pytest.mark.parametrize("title, text, company", [
    # a described name, a stray comma, then the verb
    ("Faucets Launched by Glowpath Node Provider", "On June 3, 2026, Web3 infrastructure "
     "innovator Glowpath, proudly announced the launch of its faucets dashboard.", "Glowpath"),
    ("Glowpath Beta Goes Live", "Glowpath, a comparison engine for lenders, announced its Beta "
                                "launch.", "Glowpath"),
    ("Glowpath Robotics Announces Commercial Launch of Washer Drone", "", "Glowpath Robotics"),
    # a scene-setting opening and a kicker before a colon are no company
    ("Empowering Miners: The Launch of Ridge Supra Brings Community-Driven Mining Forward",
     "In an era where open technology becomes crucial to fostering growth, Glowpath "
     "Technologies is taking a leap forward. The company proudly announces the official launch "
     "of the Ridge Supra, a compact miner.", "Glowpath Technologies"),
])
def test_launches_announced_with_a_stray_comma_a_beta_or_after_a_scene_setting_opening(
        title, text, company):
    assert {(e.type, e.company) for e in events_in(title, text, AccountIndex([]))} == {
        ("product_launch", company)}


@pytest.mark.parametrize("title, text", [
    # an infinitive's object before a comma is no company
    ("Storytelling project to end Glowpath, launches in Kyrgyz Republic", ""),
    ("Glowpath Grant Opens", "Dr. Jane Roe, a hand surgeon, is proud to announce the launch "
                             "of the Jane Roe Grant for Healthcare Students."),
    ("Veteran Real Estate Executive Mike Daly Joins Glowpath Holdings to Launch Glowpath "
     "Real Estate", ""),
    ("Strategy Game “RoboRidge” Featuring Seamless Integration of Tokens to Launch on Glowpath",
     ""),
])
def test_a_grant_a_described_person_and_a_featuring_phrase_launch_nothing(title, text):
    assert "product_launch" not in [e.type for e in events_in(title, text, AccountIndex([]))]


@pytest.mark.parametrize("title, text", [
    ("Jo Ridgeway Unveils glowpath.io to Navigate AI in Business",
     "Jo Ridgeway, tech entrepreneur and former founder of Ridge Connect, announces the launch "
     "of glowpath.io, an AI platform for businesses."),
    ("Jo Ridgeway Unveils 'Scaling Kindness', a Guide for Nonprofits",
     "Veteran social impact advisor and entrepreneur Jo Ridgeway is excited to announce the "
     "release of 'Scaling Kindness', a toolkit for nonprofit leaders."),
])
def test_a_person_launching_is_no_company_even_where_the_release_names_none(title, text):
    assert events_in(title, text, AccountIndex([])) == []


def test_a_company_after_someones_title_stays_the_company():
    events = events_in("Glowpath Electric Opens Regional Distribution Center in Hialeah Gardens",
                       "Glowpath Electric opened a distribution center. \"It brings us closer to "
                       "customers,\" said Tammy Ridge, President Glowpath Electric.",
                       AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("expansion", "Glowpath Electric")]


@pytest.mark.parametrize("title", [
    "Glowpath Trucks Adds 4.6 Million Households with New England Delivery Expansion",
    "Glowpath Trucks Announces Its Ohio Expansion",
    "Glowpath Trucks is thrilled to announce its expansion into new retail locations across the "
    "Southeast",
])
def test_an_expansion_named_by_an_american_region_or_state(title):
    assert [(e.type, e.company) for e in events_in(title, "", AccountIndex([]))] == [
        ("expansion", "Glowpath Trucks")]


def test_a_target_based_somewhere_and_an_acquirer_described_as_a_partner():
    found = {(e.company, e.fields["counterparty"]) for e in events_in(
        "Microsoft Dynamics Silver Partner Glowpath Dynamics Expands Practice With Acquisition "
        "of Ridge Computer Systems", "Glowpath Dynamics is expanding its national Microsoft "
        "Dynamics practice by acquiring "
        "Colorado based Ridge Computer Solutions, Inc.", AccountIndex([]))}
    assert ("Glowpath Dynamics", "Ridge Computer Solutions") in found
    assert "Microsoft Dynamics" not in {company for pair in found for company in pair}


def test_a_podcast_season_launching_is_no_product():
    assert events_in("Glowpath Expands with New Podcast Season", "Glowpath, a media network for "
                     "youth sports, today announced that Season Two of its popular Glowpath "
                     "Podcast will launch on Wednesday.", AccountIndex([])) == []


@pytest.mark.parametrize("title, text, win", [
    ("Glowpath Media Names Workhouse as Agency of Record", "Glowpath Media (GM), the parent "
     "company of HomeMag, has named Workhouse as its new public relations agency of record.",
     ("Workhouse", None, "Glowpath Media")),
    ("Glowpath Awarded potential 34 million dollar Contract with U.S. Department of Defense",
     "Glowpath has been awarded a potential contract worth up to $34 million over five years "
     "by the Defense Threat Reduction Agency.",
     ("Glowpath", 34_000_000, "U.S. Department of Defense")),
])
def test_an_agency_named_of_record_and_a_potential_contract_are_wins(title, text, win):
    events = events_in(title, text, AccountIndex([]))
    assert [(e.type, e.company, e.fields.get("amount"), e.fields.get("counterparty"))
            for e in events] == [("contract_win", *win)]


@pytest.mark.parametrize("title, text, parties", [
    ("KYC Solutions Reshape the Crypto Realm: Glowpath.com’s Strategic Partnership with Ridge",
     "The firm is growing.", {("Glowpath.com", "Ridge"), ("Ridge", "Glowpath.com")}),
    ("Glowpath Ventures Reports", "Glowpath Ventures Inc (TSX-V:GLOW) chairman Jo Roe joined a "
     "reporter with details of Hivello's new strategic partnership with IoTeX.",
     {("Hivello", "IoTeX"), ("IoTeX", "Hivello")}),
    # a partnership built on is old news; a brand ambassador is a person
    ("Glowpath Adds Ridge Cloud as a Candidate", "This builds on Glowpath’s collaboration "
                                                 "with Ridge Cloud to publish its data.", set()),
    ("Glowpath’s Partnership with Brand Ambassador Eric Vaughn Just Got Sweeter",
     "The firm is growing.", set()),
])
def test_a_partnership_written_as_the_possessors(title, text, parties):
    assert {(e.company, e.fields["counterparty"]) for e in events_in(
        title, text, AccountIndex([])) if e.type == "partnership"} == parties


def test_an_expansion_across_a_country_is_one():
    events = events_in("Glowpath Topokki Expands Amid Growing Love for Street Food",
                       "Glowpath Topokki, a beloved name in street food, proudly announces its "
                       "expansion across the United States.", AccountIndex([]))
    assert [(e.type, e.company) for e in events] == [("expansion", "Glowpath Topokki")]
