"""Writes the demo world under whynow/demo_world/: two days of job boards in the real API
shapes of Greenhouse, Lever and Ashby, news feeds in RSS and Atom, and the watchlist.

Everything here is invented for the demo. Run it again after changing the world:
    python scripts/make_demo_world.py
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

WORLD = Path(__file__).resolve().parent.parent / "whynow" / "demo_world"
DAY1, DAY2 = date(2026, 6, 1), date(2026, 6, 8)

# account, domain, owner, ats, board, [(title, department, location, days before DAY1)]
BOARDS = [
    ("Northwind Analytics", "northwind-analytics.com", "ana@example.com", "greenhouse",
     "northwind", [("Account Executive, Mid-Market", "Sales", "Chicago, IL", 70),
                   ("Senior Data Engineer", "Engineering", "Chicago, IL", 55),
                   ("Product Designer", "Design", "Remote, US", 40),
                   ("Customer Success Manager", "Customer Success", "Chicago, IL", 25),
                   ("Frontend Engineer", "Engineering", "Remote, US", 12)]),
    ("Bluefin Logistics", "bluefinlogistics.com", "ana@example.com", "greenhouse", "bluefin",
     [("Operations Analyst", "Operations", "Rotterdam, NL", 60),
      ("Fleet Planner", "Operations", "Antwerp, BE", 33),
      ("Backend Engineer", "Engineering", "Rotterdam, NL", 9)]),
    ("Cobalt Health", "cobalthealth.io", "ben@example.com", "greenhouse", "cobalthealth",
     [("Clinical Data Scientist", "Data", "Boston, MA", 45),
      ("Implementation Manager", "Customer Success", "Boston, MA", 20)]),
    ("Orchard Retail Group", "orchardretail.com", "ben@example.com", "greenhouse", "orchard",
     [("Store Systems Engineer", "Engineering", "Leeds, UK", 80),
      ("Merchandising Lead", "Merchandising", "London, UK", 30),
      ("Data Analyst", "Analytics", "London, UK", 14)]),
    ("Helios Energy Systems", "heliosenergy.com", "ana@example.com", "lever", "helios",
     [("Power Electronics Engineer", "Engineering", "Austin, TX", 50),
      ("Field Service Technician", "Operations", "Austin, TX", 21)]),
    ("Kestrel Security", "kestrelsec.com", "ana@example.com", "lever", "kestrel",
     [("Security Researcher", "Research", "Remote", 66),
      ("Solutions Engineer", "Sales", "New York, NY", 18)]),
    ("Larkspur Learning", "larkspurlearning.com", "ben@example.com", "lever", "larkspur",
     [("Curriculum Designer", "Content", "Denver, CO", 44)]),
    ("Meridian Freight", "meridianfreight.com", "ben@example.com", "lever", "meridian",
     [("Dispatcher", "Operations", "Memphis, TN", 58),
      ("Sales Development Representative", "Sales", "Memphis, TN", 27)]),
    ("Quillstone", "quillstone.ai", "ana@example.com", "ashby", "Quillstone",
     [("Founding Engineer", "Engineering", "San Francisco, CA", 35),
      ("ML Research Engineer", "Engineering", "San Francisco, CA", 16)]),
    ("Tidewater Bank", "tidewaterbank.com", "ana@example.com", "ashby", "Tidewater",
     [("Risk Analyst", "Risk", "Norfolk, VA", 62),
      ("Mobile Engineer", "Engineering", "Remote", 24)]),
    ("Vantage Robotics", "vantage-robotics.com", "ben@example.com", "ashby", "Vantage Robotics",
     [("Controls Engineer", "Engineering", "Pittsburgh, PA", 48),
      ("Technical Recruiter", "People", "Pittsburgh, PA", 11)]),
    ("Zephyr Payments", "zephyrpay.com", "ben@example.com", "ashby", "Zephyr",
     [("Payments Operations Specialist", "Operations", "Dublin, IE", 39),
      ("Compliance Manager", "Legal", "Dublin, IE", 15)]),
]
# Day two: Northwind opens six engineering roles in a week (the spike); Orchard closes one.
DAY2_NEW = {
    "northwind": [("Staff Backend Engineer", "Engineering", "Chicago, IL", -1),
                  ("Senior Site Reliability Engineer", "Engineering", "Remote, US", -2),
                  ("Data Platform Engineer", "Engineering", "Chicago, IL", -3),
                  ("Machine Learning Engineer", "Engineering", "Remote, US", -4),
                  ("Engineering Manager, Platform", "Engineering", "Chicago, IL", -5),
                  ("Security Engineer", "Engineering", "Chicago, IL", -6)],
    "kestrel": [("Account Executive", "Sales", "Boston, MA", -3)],
}
DAY2_CLOSED = {"orchard": ["Store Systems Engineer"]}

ALIASES = {"Orchard Retail Group": ["Orchard Retail"], "Northwind Analytics": ["Northwind"]}

# (feed, day it first appears, published, title, paragraphs, link slug)
NEWS = [
    ("tech-daily", DAY1, date(2026, 5, 28),
     "Quillstone raises $6 million seed round to build document AI for insurers",
     ["SAN FRANCISCO, May 28, 2026 -- Quillstone, a start-up building document understanding "
      "for insurance carriers, today announced it has raised $6 million in seed funding led by "
      "Harbor Lane Ventures, with participation from Copperline Capital.",
      "The company plans to double its engineering team over the next year."],
     "quillstone-seed"),
    ("industry-wire", DAY1, date(2026, 5, 29),
     "Meridian Freight chief executive on the state of regional trucking",
     ["In an interview, Meridian Freight CEO Laura Chen discussed fuel prices, driver retention "
      "and the outlook for regional freight volumes in the second half of the year.",
      "Chen has led the company since 2019."],
     "meridian-interview"),
    ("industry-wire", DAY2, date(2026, 6, 4),
     "Helios Energy Systems Secures $40 Million Series B to Scale Grid Storage",
     ["AUSTIN, Texas, June 4, 2026 /Demo Wire/ -- Helios Energy Systems, a maker of "
      "containerised battery storage for utilities, today announced that it has secured $40 "
      "million in Series B funding led by Granite Peak Capital, with participation from "
      "Copperline Capital and Northstar Energy Partners.",
      "The company will use the new capital to expand manufacturing in Texas and grow its "
      "engineering and field service teams.",
      "\"Utilities need storage they can deploy in weeks, not years,\" said Omar Haddad, "
      "Chief Executive Officer of Helios Energy Systems."],
     "helios-series-b"),
    ("tech-daily", DAY2, date(2026, 6, 5),
     "Cobalt Health appoints Priya Raman as Chief Financial Officer",
     ["BOSTON, June 5, 2026 -- Cobalt Health today announced the appointment of Priya Raman "
      "as Chief Financial Officer, effective immediately.",
      "Raman was previously Vice President of Finance at Larchmont Medical and will report to "
      "chief executive Daniel Okafor."],
     "cobalt-cfo"),
    # Distractors: an investor's own fund, a company not on the watchlist, a former employee
    # moving elsewhere, an account that is only the investor, an award (no event at all).
    ("industry-wire", DAY2, date(2026, 6, 3),
     "Granite Peak Capital closes $500 million Fund III",
     ["Granite Peak Capital today announced the final close of Granite Peak Fund III at $500 "
      "million, its largest fund to date, to back energy and industrial technology companies."],
     "granite-peak-fund-iii"),
    ("tech-daily", DAY2, date(2026, 6, 3),
     "Solstice Biotech raises $12 million seed round",
     ["Solstice Biotech, a developer of enzyme therapies, has raised $12 million in a seed "
      "round led by Bayfront Bio Fund."],
     "solstice-seed"),
    ("tech-daily", DAY2, date(2026, 6, 6),
     "Dana Whitfield joins Arbor Software as Chief Technology Officer",
     ["Dana Whitfield has joined Arbor Software as Chief Technology Officer.",
      "Whitfield was previously Vice President of Engineering at Northwind Analytics, where "
      "she led the data platform group."],
     "arbor-cto"),
    ("industry-wire", DAY2, date(2026, 6, 6),
     "Bramble AI raises $8 million seed round",
     ["Bramble AI today announced it raised $8 million in seed funding with participation from "
      "Zephyr Payments and Westbrook Ventures."],
     "bramble-seed"),
    ("industry-wire", DAY2, date(2026, 6, 7),
     "Orchard Retail Group named Retailer of the Year",
     ["Orchard Retail Group was named Retailer of the Year at the annual Northern Retail "
      "Awards, recognising its customer service and store design."],
     "orchard-award"),
]
# Helios's own newsroom carries the same round: one event, two pieces of evidence.
NEWSROOM = [
    (DAY2, date(2026, 6, 4), "Helios closes $40M Series B led by Granite Peak Capital",
     ["Helios Energy Systems has closed a $40 million Series B round led by Granite Peak "
      "Capital to expand manufacturing in Texas."], "series-b"),
]


# industry, employees, country, and what the CRM knows: technologies, tier
FIRMOGRAPHICS = {
    "Northwind Analytics": {"industry": "Software", "employees": 420, "country": "US",
                            "technologies": ["Salesforce", "Snowflake"]},
    "Bluefin Logistics": {"industry": "Logistics", "employees": 1800, "country": "NL"},
    "Cobalt Health": {"industry": "Healthcare", "employees": 650, "country": "US",
                      "technologies": ["HubSpot"]},
    "Orchard Retail Group": {"industry": "Retail", "employees": 9000, "country": "GB"},
    "Helios Energy Systems": {"industry": "Energy", "employees": 300, "country": "US",
                              "technologies": ["Salesforce"]},
    "Kestrel Security": {"industry": "Software", "employees": 150, "country": "US"},
    "Larkspur Learning": {"industry": "Education", "employees": 90, "country": "US"},
    "Meridian Freight": {"industry": "Logistics", "employees": 2400, "country": "US"},
    "Quillstone": {"industry": "Software", "employees": 25, "country": "US"},
    "Tidewater Bank": {"industry": "Financial Services", "employees": 3100, "country": "US",
                       "tier": "customer"},
    "Vantage Robotics": {"industry": "Manufacturing", "employees": 210, "country": "US"},
    "Zephyr Payments": {"industry": "Financial Services", "employees": 480, "country": "GB"},
}


# Bluefin's homepage: between the two days its HubSpot tracking code gives way to Marketo's.
MARKETING_SCRIPTS = {
    "day1": '<script id="hs-script-loader" async defer src="//js.hs-scripts.com/8812345.js">'
            '</script>',
    "day2": '<script src="//munchkin.marketo.net/munchkin.js"></script>'
            "<script>Munchkin.init('731-BLF-204');</script>",
}


def homepage(company: str, marketing: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{company}</title>'
            '\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEMO12345">'
            f"</script>\n{marketing}\n</head><body><h1>{company}</h1>"
            "<p>Freight forwarding across the North Sea.</p></body></html>\n")


def stamp(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def postings(board: str, jobs: list, day: date) -> list[dict]:
    closed = DAY2_CLOSED.get(board, []) if day == DAY2 else []
    extra = DAY2_NEW.get(board, []) if day == DAY2 else []
    out = []
    for number, (title, department, location, days_before) in enumerate(jobs + extra):
        if title in closed:
            continue
        out.append({"n": number, "title": title, "department": department,
                    "location": location, "published": stamp(DAY1 - timedelta(days_before))})
    return out


def description(company: str, job: dict) -> str:
    return (f"<p><strong>{company}</strong> is hiring a {job['title']} in {job['location']}.</p>"
            f"<ul><li>Work with the {job['department']} team</li>"
            f"<li>Ship work that customers see</li></ul>")


def greenhouse(company: str, board: str, jobs: list[dict]) -> dict:
    return {"jobs": [{
        "absolute_url": f"https://job-boards.greenhouse.io/{board}/jobs/{4000100 + j['n']}",
        "data_compliance": [{"type": "gdpr", "requires_consent": False,
                             "requires_processing_consent": False,
                             "requires_retention_consent": False, "retention_period": None}],
        "internal_job_id": 3000 + j["n"], "location": {"name": j["location"]},
        "metadata": None, "id": 4000100 + j["n"],
        "updated_at": j["published"].isoformat(), "requisition_id": f"REQ-{100 + j['n']}",
        "title": j["title"], "company_name": company,
        "first_published": j["published"].isoformat(), "language": "en",
        "content": html.escape(description(company, j)),
        "departments": [{"id": 10, "name": j["department"], "child_ids": [], "parent_id": None}],
        "offices": [{"id": 20, "name": j["location"].split(",")[0], "location": j["location"],
                     "child_ids": [], "parent_id": None}],
    } for j in jobs], "meta": {"total": len(jobs)}}


def lever(company: str, board: str, jobs: list[dict]) -> list[dict]:
    out = []
    for j in jobs:
        job_id = f"{board[:4]}0000-aaaa-4bbb-8ccc-{j['n']:012d}"
        text = description(company, j)
        out.append({
            "additionalPlain": "We offer competitive pay and benefits.",
            "additional": "<div>We offer competitive pay and benefits.</div>",
            "categories": {"commitment": "Full-time", "department": j["department"],
                           "location": j["location"], "team": j["department"],
                           "allLocations": [j["location"]]},
            "createdAt": int(j["published"].timestamp() * 1000),
            "descriptionPlain": f"{company} is hiring a {j['title']} in {j['location']}.",
            "description": text, "id": job_id,
            "lists": [{"text": "What you will do", "content": "<li>Ship work</li>"}],
            "text": j["title"], "country": "US", "workplaceType": "hybrid",
            "hostedUrl": f"https://jobs.lever.co/{board}/{job_id}",
            "applyUrl": f"https://jobs.lever.co/{board}/{job_id}/apply",
        })
    return out


def ashby(company: str, board: str, jobs: list[dict]) -> dict:
    slug = board.replace(" ", "%20")
    suffix = hashlib.sha1(board.encode()).hexdigest()[:12]
    return {"apiVersion": "1", "jobs": [{
        "id": f"a5b{j['n']:05d}-0000-4000-8000-{suffix}",
        "title": j["title"], "department": j["department"], "team": j["department"],
        "employmentType": "FullTime", "location": j["location"], "secondaryLocations": [],
        "publishedAt": j["published"].isoformat().replace("+00:00", ".000+00:00"),
        "isListed": True, "isRemote": j["location"].startswith("Remote"),
        "address": {"postalAddress": {"addressLocality": j["location"].split(",")[0]}},
        "jobUrl": f"https://jobs.ashbyhq.com/{slug}/{j['n']}",
        "applyUrl": f"https://jobs.ashbyhq.com/{slug}/{j['n']}/application",
        "descriptionHtml": description(company, j),
        "descriptionPlain": f"{company} is hiring a {j['title']} in {j['location']}.",
        "shouldDisplayCompensationOnJobPostings": False,
        "compensation": {"compensationTierSummary": None, "summaryComponents": []},
    } for j in jobs]}


def rss(title: str, items: list[tuple]) -> str:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{link}</link>"
        f"<guid isPermaLink=\"true\">{link}</guid>"
        f"<pubDate>{format_datetime(stamp(published, 8))}</pubDate>"
        f"<description>{html.escape(' '.join(paras[:1]))}</description>"
        f"<content:encoded><![CDATA[{''.join(f'<p>{html.escape(p)}</p>' for p in paras)}]]>"
        f"</content:encoded></item>\n"
        for published, t, paras, link in items)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
            "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            f"<title>{html.escape(title)}</title><link>https://example.com/</link>"
            f"<description>{html.escape(title)}</description>\n{entries}</channel></rss>\n")


def atom(title: str, items: list[tuple]) -> str:
    entries = "".join(
        f"<entry><title>{html.escape(t)}</title><link href=\"{link}\"/><id>{link}</id>"
        f"<published>{stamp(published, 8).isoformat()}</published>"
        f"<updated>{stamp(published, 8).isoformat()}</updated>"
        f"<content type=\"html\">{html.escape(''.join(f'<p>{p}</p>' for p in paras))}"
        f"</content></entry>\n"
        for published, t, paras, link in items)
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>{html.escape(title)}</title><id>urn:whynow-demo:{title}</id>"
            f"<updated>2026-06-08T08:00:00+00:00</updated>\n{entries}</feed>\n")


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    for generated in ("day1", "day2"):  # whynow.toml, the demo's ICP, is written by hand
        shutil.rmtree(WORLD / generated, ignore_errors=True)
    for label, day in (("day1", DAY1), ("day2", DAY2)):
        root = WORLD / label
        write(root / "robots.txt", "User-agent: *\nAllow: /\n")
        for company, _domain, _owner, ats, board, jobs in BOARDS:
            listed = postings(board, jobs, day)
            if ats == "greenhouse":
                write(root / f"greenhouse/v1/boards/{board}/jobs.json",
                      greenhouse(company, board, listed))
            elif ats == "lever":
                write(root / f"lever/v0/postings/{board}.json", lever(company, board, listed))
            else:
                write(root / f"ashby/posting-api/job-board/{board}.json",
                      ashby(company, board, listed))
        feeds = {"industry-wire": [], "tech-daily": []}
        for feed, first_day, published, title, paras, slug in NEWS:
            if first_day <= day:
                feeds[feed].append((published, title, paras,
                                    f"https://news.example.com/{feed}/{slug}"))
        write(root / "news/industry-wire.xml", rss("Industry Wire", feeds["industry-wire"]))
        write(root / "news/tech-daily.atom", atom("Tech Daily", feeds["tech-daily"]))
        newsroom = [(p, t, paras, f"https://heliosenergy.com/news/{slug}?utm_source=rss")
                    for first, p, t, paras, slug in NEWSROOM if first <= day]
        write(root / "heliosenergy/newsroom.xml", rss("Helios Energy Systems news", newsroom))
        write(root / "sites/bluefinlogistics/index.html", homepage(
            "Bluefin Logistics", MARKETING_SCRIPTS["day1" if day == DAY1 else "day2"]))
    accounts = []
    for company, domain, owner, ats, board, _jobs in BOARDS:
        account = {"name": company, "domain": domain, "owner": owner,
                   **FIRMOGRAPHICS[company], ats: board}
        if company in ALIASES:
            account["aliases"] = ALIASES[company]
        if company == "Helios Energy Systems":
            account["feed"] = "{demo}/heliosenergy/newsroom.xml"
        if company == "Bluefin Logistics":
            account["site"] = "{demo}/sites/bluefinlogistics/"
        accounts.append(account)
    write(WORLD / "watchlist.yaml", "# The demo watchlist; {demo} is the local server.\n" +
          "feeds:\n  - \"{demo}/news/industry-wire.xml\"\n  - \"{demo}/news/tech-daily.atom\"\n"
          "accounts:\n" + "".join(
              "  - " + json.dumps(a, ensure_ascii=False) + "\n" for a in accounts))
    meta = {"day1": DAY1.isoformat(), "day2": DAY2.isoformat()}
    write(WORLD / "world.json", meta)


if __name__ == "__main__":
    main()
