"""leadership_change: a named person joins, leaves, retires from or is promoted into a
leadership role at the company."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Finding, Span
from ..text import COMPANY_NAME, MONTH, owner, strip_dateline
from .base import GLAD, NOT_COMPANIES, TextDetector, refers_back, subject_before

_WORD = r"[A-Z][A-Za-z&]+"
# "Director of Sales and Marketing", but not "... of Sales and Sam Lee to ...", "... of Sales,
# Sam Lee Retires"
_FUNCTION = (rf"{_WORD}(?:(?:\s+and\s+|\s*&\s*|,\s+|\s+)"
             rf"(?!{_WORD}\s+{_WORD}\s+(?:to|as|[Jj]oins|[Rr]etires|[Ss]teps|[Ll]eaves)\s)"
             rf"(?:{_WORD}|\d+\b)){{0,3}}")  # "Director of Tier 1 Operations"
_DIRECTED = (r"(?:Sales|Marketing|Strategy|Operations|Finance|Financial|Technical|Technology|"
             r"Creative|Commercial|Medical|Clinical|Product|Engineering|Partner|Channel|"
             r"Business\s+Development|Communications|People|Country|Research|Legal|Compliance|"
             r"Investment|Brand|Design|Digital|IT|Security|Procurement|Programme|Global|Regional|National)")
_TITLE = (
    r"\b(?:(?:Interim|Acting|Deputy|Associate|(?<![A-Za-z-])(?:interim|acting|deputy|associate))"
    r"[\s-])?"
    r"(?:(?:Global|Regional)\s+)?(?:"
    # C-level titles are often written in lower case mid-sentence ("its chief financial officer").
    r"(?:Co-)?(?:Founder\s+and\s+)?(?i:chief\s+(?:[a-z]+\s+(?:and\s+)?){1,3}officer)"
    r"|(?:Co-)?(?:C[EFOTMRPIDHS]O|CISO|CHRO|CDAO)"
    rf"|(?:Senior\s+|Sr\.\s*|Executive\s+|Group\s+|Corporate\s+|Associate\s+)?(?i:vice[\s-]+president)(?:\s*(?:of|,)\s+(?:the\s+)?{_FUNCTION})?"
    rf"|[SE]?VP(?:\s*(?:of|,)?\s+{_FUNCTION})?"
    rf"|Head\s+of\s+{_FUNCTION}"
    r"|(?:Co-)?President"
    rf"|(?:Senior\s+)?Managing\s+Director(?:\s+of\s+{_FUNCTION})?"
    r"|(?i:general\s+manager|managing\s+director|managing\s+partner|president\b)"
    r"|(?:Co-)?(?:Board\s+)?Chair(?:man|woman|person)?(?:\s+of\s+the\s+Board)?|(?i:chairman|chairwoman|chair(?=\s+of\s))"
    r"|(?:member\s+of\s+(?:its|the)\s+)?(?i:board\s+of\s+directors)|(?i:board\s+member)"
    r"|(?:(?<=['’]s\s)|(?<=s['’]\s))(?i:board)"  # "will join Acme's board"
    r"|(?<=[a-z]\s)Board(?!\s+(?:of|Member|Seat|Chair\w*)\b)"  # "Joins Acme Robotics Board"
    # a partner of a firm, taken "as Partner" or "named Partner" ("as a strategic partner"
    # names a company)
    r"|(?:(?<=\sas\s)|(?<=\sNew\s)|(?<=\s[Nn]amed\s)|(?<=\s[Pp]romoted\sto\s)|"
    r"(?<=\s[Ee]levated\sto\s))(?:Senior\s+|Equity\s+|Operating\s+|General\s+|Founding\s+)?"
    r"Partner(?![\w-])"
    r"|(?<=newest\s)partner(?![\w-])"
    # "the promotions of Jane Roe and Sam Lee to Partner, effective July 1"
    r"|(?<=\sto\s)Partner(?=[,.;]|\s+(?:at|of|in|effective|on)\s|\s*$)"
    r"|(?i:(?:independent\s+)?non-executive\s+director|independent\s+director)"
    rf"|(?:Executive\s+)?Director\s+of\s+{_FUNCTION}|Executive\s+Director"
    # "as its Global Partner Strategy Director": a business function's director
    rf"|(?:{_DIRECTED}\s+){{1,3}}Director(?!\s+of\b)"
    r")\b")
ROLE = re.compile(rf"{_TITLE}(?:\s*(?:and|&)\s+(?:Co-)?{_TITLE})?")  # "President and CEO"
# ("Haines Watts Tax Advisory Welcomes Jane Roe as Director": a firm's name, no advisory seat)
_ADVISORY = re.compile(r"\b(?:(?i:advis(?:or|er))|advisory|ADVISORY|Advisory(?=\s+(?i:board|council|"
                       r"committee|panel|role|position|capacity|member|team)\b)|(?<![A-Za-z]\s)"
                       r"Advisory)\b")

# Verbs by the change they report, and on which side of the verb the person stands.
_APPOINT = (
    r"newly[\s-]appointed|appoint(?:s|ed)?|name[sd]?|hire[sd]?(?!\s+of\b)|welcome[sd]?|add(?:s|ed)|tap(?:s|ped)|"
    r"elect(?:s|ed)?|select(?:s|ed)|announce[sd]?\s+(?:today\s+)?(?:the\s+)?"
    r"(?:appointments?|hiring|election)\s+of|"
    r"addition\s+of(?=\s+(?:[A-Z][\w.'’-]*\s+){1,3}as\s)|"
    r"(?:announce|introduce)[sd]?(?=\s+[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s+as\s)|"
    # "Acme passes 1,000 clients under new CEO Jane Roe"
    r"under\s+(?:the\s+leadership\s+of\s+)?(?:its\s+)?new(?=\s+(?-i:[A-Z]))|"
    # "announced its incoming interim-CEO, Jane Roe"
    r"announce[sd]?\s+(?:its|the)\s+(?:incoming|new)(?=\s+\S+,\s+[A-Z])|"
    r"(?:strengthen|expand|bolster)(?:s|ed)?\s+(?:its\s+)?(?:leadership|executive)\s+team\s+with|"
    # "announced the expansion of its leadership team with the appointment of Jane Roe as CMO"
    r"(?:leadership|executive|management)\s+team\s+with\s+the\s+(?:appointments?|addition|hiring)\s+of")
_PROMOTE = r"promot(?:e[sd]?|ing)|elevat(?:e[sd]|ing)|announce[sd]?\s+the\s+promotions?\s+of"
_ANNOUNCED_EXIT = r"announce[sd]?\s+(?:the\s+)?(?:(?P<retired>retirement)|(?P<departed>departure))\s+of"
# Not the "Elect" of "President-Elect"; "selected for" an honour appoints nobody; "Jane Roe
# Named to ..." is the person's verb.
COMPANY_ACTS = re.compile(rf"\b(?<!-)(?P<joined>{_APPOINT})\b(?!\s+(?:as|for|to)\b)|"
                          rf"\b(?P<promoted>{_PROMOTE})\b|\b{_ANNOUNCED_EXIT}\b", re.I)
# "assumes the role", "is taking the newly created role", "stepped into the position"
_TAKES_THE_ROLE = (r"(?:assum(?:e[sd]?|ing)|(?:tak(?:es?|ing)|took)(?:\s+on)?|"
                   r"step(?:s|ped|ping)?\s+into)\s+the\s+(?:newly[\s-]created\s+|new\s+)?"
                   r"(?:role|position)")
PERSON_ACTS = re.compile(
    r"\b(?:(?P<joined>joins|joined(?!\s+by\b)|has\s+joined|will\s+join|is\s+joining|"
    r"(?:has\s+been|was|is|will\s+be)\s+(?:appointed|named|hired|elected|selected)(?!\s+for\b)|"
    r"to\s+join|"
    r"(?:will\s+)?succeed(?:s|ed)?|takes?\s+the\s+helm|took\s+the\s+helm|"
    rf"{_TAKES_THE_ROLE}|"
    r"signs?\s+on|signed\s+on|"
    r"(?:will\s+become|has\s+become|becomes)|"
    # headline style: "Jane Roe Named Chief Revenue Officer of Acme"
    r"(?<=[a-z’'.,]\s)(?:named|appointed|elected|tapped)(?=\s+"
    # "Jane Roe appointed by Acme as Strategy Director"
    r"(?:by\s+(?-i:[A-Z][\w&'’.-]*\s+){1,4}(?=as\s))?(?:as\s+|to\s+)?(?:the\s+)?(?:new\s+)?"
    r"(?-i:[A-Z][\w&'’-]*\s+){0,5}?"  # "Jane Roe, M.D. named Acme Chief Medical Officer"
    r"(?:(?:senior|executive|interim|acting|group|global|corporate)\s+)*"
    r"(?:co-)?(?:chief|president|ceo|cfo|coo|cto|cmo|cro|vice|head|general|managing|chair|svp|"
    r"evp|board|director|partner)))"
    r"|(?P<promoted>(?:has\s+been|was|is)\s+(?:promoted|elevated)|"
    r"(?<=[a-z’'.]\s)(?:promoted|elevated)(?=\s+to\s))"  # "Jane Roe Elevated to President"
    r"|(?P<departed>steps?\s+down|stepping\s+down|step\s+down|resign(?:s|ed)?|has\s+resigned|"
    r"depart(?:s|ed)?|will\s+leave|leaves|left|exit(?:s|ed))"
    r"|(?P<retired>retire[sd]?|will\s+retire|to\s+retire|announce[sd]?\s+(?:his|her|their)\s+retirement))\b",
    re.IGNORECASE)
CUE = re.compile(re.sub(r"\?P<\w+>", "?:", COMPANY_ACTS.pattern + "|" + PERSON_ACTS.pattern),
                 re.IGNORECASE)

# Words a name ends before: "Jane Roe Senior Vice President", "Jane Roe As".
_ENDS_A_NAME = (
    r"Chief|Officer|President|Vice|Head|Director|Board|Senior|Executive|General|Manager|"
    r"Managing|Partner|Chair\w*|Founder|CEO|CFO|CTO|COO|CMO|Interim|Acting|Global|Regional|National|"
    r"Today|The|And|To|As|"
    r"For|We|Our|If|You|Her|His|Their|Its|Lead|In|At|On|Of|By|With|From|Appoints?|Names?|Named|"
    rf"Announces?|Welcomes?|Hires?|Promotes?|Reports?|{MONTH}")
_NAME_ENDS_BEFORE = re.compile(_ENDS_A_NAME)
# Words no name has: those it ends before, and words that say the capitalised words before
# them are a company or a description ("Former Globex Robotics Exec").
_NOT_A_NAME = re.compile(
    rf"\b(?:{_ENDS_A_NAME}|"
    r"Company|Inc|Corp|Ltd|LLC|Group|Independent|Industry|Veteran|Leader|Expert|Former|"
    r"Retirement|Appointment|Exec|Outgoing|Incoming|Elect|Honou?rs?|"
    # words of headlines, companies and places, never of a person's name
    r"First|New|Orders?|Revenue|Results|Year|Award|Having|Technology|Technologies|Medical|"
    r"Society|Association|Coalition|University|College|State|Youth|Clinic|Hospital|Center|Centre|"
    r"Foundation|Institute|Partners|Capital|Holdings|Labs|Solutions|Systems|Services|Consulting|"
    r"Attorneys|Conference|Press|Path|Studios?|Network|Media|Software|Bank|Fund|Ventures|"
    r"Semiconductor|Europe|Limits|"
    # what a person is, written before their name ("Data Scientist Jane Roe")
    r"Technologist|Visionary|Pioneer|Innovator|Entrepreneur|Scientist|Economist|Strategist|"
    r"Journalist|Educator|Engineer|Physician|Attorney|Investor|Advocate|Author|Member|"
    r"Secretary|Assistant|Deputy|Minister|Governor|Senator|Ambassador|Officials?|Institutions|"
    # headline words that follow a capitalised word ("Adds ... to Management Team")
    r"Management|Team|Leaders|Leadership|Move|Stock|Price|Shares)\b")
# A name's words: "Jane", "O'Conner", "McDonald", "Jean-Louis".
_NAME_WORD = r"[A-Z][a-z]*(?:['’][A-Z])?[a-z'’-]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
PERSON = re.compile(rf"\b(?:Dr\.\s|Mr\.\s|Ms\.\s|Mrs\.\s)?{_NAME_WORD}(?:\s[A-Z]\.|\s\([A-Z][a-z]+\))?"
                    rf"(?:\s(?:van|de|von|der|da|di|le|la|del))?(?:\s{_NAME_WORD}){{1,2}}\b")
PREVIOUS = re.compile(
    r"\b(?:previously|formerly|most\s+recently|prior\s+to\s+(?:joining|this))[^,.;]{0,40}?"
    r"\b(?:at|of|with|from)\s+(?P<company>" + COMPANY_NAME.pattern + ")"
    r"|\bjoins\s+from\s+(?P<company2>" + COMPANY_NAME.pattern + ")")


# "Jane Roe named Acme Chief Medical Officer", "joins the Acme Board": the company stands right
# before the title.
_COMPANY_BEFORE_ROLE = re.compile(r"\b(?i:named|appointed|elected|as|join(?:s|ed)?)\s+"
                                  r"(?i:to\s+)?(?:the\s+)?(?:new\s+)?"
                                  r"(?P<c>" + COMPANY_NAME.pattern + r")\s+$")
_ORGANISATION = re.compile(r"\bof\s+(?:the\s+)?(?P<c>(?:[A-Z][\w&.-]*\s+){0,5}(?:Agency|Association|"
                           r"Institute|Foundation|Society|Council|Coalition|Authority|Commission|"
                           r"Bank|Group|Company|Corporation|University|College|Hospital|Center|"
                           r"Centre))$")
_COMPANY_AFTER = re.compile(r"\b(?i:join(?:s|ed|ing)?|at|of|for|(?<=appointed\s)by)\s+"
                            r"(?:The\s+(?=[A-Z]))?(?P<c>" + COMPANY_NAME.pattern + ")")


class LeadershipDetector(TextDetector):
    type = "leadership_change"
    keywords = ("appoint", "name", "hire", "hiring", "welcome", "add", "tap", "elect", "select",
                "promot", "elevat", "announce", "introduce", "under", "team with", "succeed",
                "helm", "assum", "role", "position", "become", "join", "step", "resign", "depart",
                "leave", "left", "exit", "retire")
    cue = CUE
    company_tells_apart = False

    def read(self, sentence: str) -> list[Finding]:
        """Each person's change: 'Jane Roe joins as CMO, Sam Lee signs on as Head of Games,
        and Ana Ruiz takes on the role of Director of Product' is three."""
        starts = [0, *(match.end() for match in _NEXT_PERSONS_CLAUSE.finditer(sentence))]
        if len(starts) == 1:
            return self._read_clause(sentence)
        findings = [_in_sentence(finding, sentence, start)
                    for start, end in zip(starts, [*starts[1:], len(sentence)], strict=True)
                    for finding in self._read_clause(sentence[start:end])]
        # "Sam Lee has been promoted to CTO, and Ana Ruiz has joined the company as": the
        # clauses share the company one of them refers to
        if any(finding.refers_back for finding in findings):
            findings = [replace(finding, refers_back=True) if finding.subject is None else finding
                        for finding in findings]
        return findings

    def _read_clause(self, sentence: str) -> list[Finding]:
        role = _role_taken(sentence)
        if role is None or _advisory(sentence, role):
            return []
        previous = PREVIOUS.search(sentence)
        excluded = [Span(previous.start(), previous.end())] if previous else []
        excluded += [Span(*asker.span("name")) for asker in _INTERVIEWER.finditer(sentence)]
        company_act = _news_verb(COMPANY_ACTS, sentence)
        person_act = _news_verb(PERSON_ACTS, sentence)
        if person_act and _names_someone(sentence, person_act):
            person_act = None  # "Acme Robotics named Jane Roe CFO"
        if person_act and (company_act is None or person_act.start() <= company_act.start()):
            change, verb = _kind(person_act), person_act
            person = _person_near(sentence, before=verb.start(), excluded=excluded)
            # "Jane Roe, CEO of Globex, will join Acme's board": the seat after the verb; a
            # title only before it is one held already ("CEO Jane Roe will join a panel").
            # "Jane Roe, the current CFO, has been appointed president": the title taken
            taken = _NEXT_TITLE.match(sentence, verb.end())
            title_taken = ROLE.match(sentence, taken.end()) if taken else None
            # "will become CEO", not "has become key to our work"
            joining = title_taken if re.search(r"becom", verb.group(0), re.I) \
                else _title_after(sentence, verb.end())
            if re.search(r"join|named|appointed|elected|selected|becom", verb.group(0), re.I):
                if joining is None:
                    return []
                role = joining if "join" in verb.group(0).lower() else role
            role = title_taken or role
            subject, region = self._company_around(sentence, verb, role, excluded)
        elif company_act:
            change, verb = _kind(company_act), company_act
            subject, region = subject_before(sentence, verb.start())
            appointees = _appointees(sentence, verb.end(), excluded)
            if appointees:  # "promoted Jane Roe to CFO and Sam Lee to Head of Sales"
                excluded += [Span(person.start(), person.end()) for person, _ in appointees]
                return [self._finding(sentence, subject, region, person.group(0), title,
                                      _change_before(sentence, person.start()), previous,
                                      excluded)
                        for person, title in appointees]
            listed = _listed_after_colon(sentence, role, excluded)
            if len(listed) > 1:  # "appointed two members to its board: Jane Roe and Sam Lee"
                return [self._finding(sentence, subject, region, person, role, change, previous,
                                      excluded) for person in listed]
            person = _person_near(sentence, after=verb.end(), excluded=excluded)
        else:
            return []
        if person is None or _meets_a_person(sentence, verb) or _DEMANDED.search(sentence) \
                or _anothers_title(sentence, role, person[1]):
            return []
        excluded.append(person[1])
        return [self._finding(sentence, subject, region, person[0], role, change, previous,
                              excluded)]

    def names_outright(self, finding: Finding) -> bool:
        return bool(_APPOINTMENT_OF.search(finding.sentence))

    def _finding(self, sentence: str, subject: str | None, region: Span, person: str,
                 role: re.Match, change: str, previous: re.Match | None,
                 excluded: list[Span]) -> Finding:
        # the name, not the honorific or the nickname ("Dr. Marcus (Mack) Tate")
        name = re.sub(r"\s\([A-Z][a-z]+\)", "", _without_honorific(person))
        fields = {"person": name, "role": _clean_role(role.group(0)), "change": change}
        if previous:
            fields["previous_company"] = (previous.group("company")
                                          or previous.group("company2")).rstrip(".")
        return Finding(
            type=self.type, sentence=sentence, subject=subject, subject_span=region,
            fields=fields, confidence=0.85, excluded=excluded,
            refers_back=subject is None and (refers_back(sentence, region)
                                             or bool(_THE_COMPANY.search(sentence))),
        )

    def enrich(self, finding: Finding, document_sentences: list[str]) -> None:
        """The title in full and in the release's own short form; a new title for someone the
        release says already worked there is a promotion."""
        role = _title_in_full(finding, document_sentences)
        if finding.subject and role.endswith(f" of {finding.subject}"):  # "Director of Acme"
            role = role[: -len(f" of {finding.subject}")]
        finding.fields["role"] = _short_form(role, " ".join(document_sentences))
        if finding.fields["change"] != "joined":
            return
        if document_sentences and _PROMOTES_UNNAMED.search(document_sentences[0]) \
                and not _HIRES.search(document_sentences[0]):
            finding.fields["change"] = "promoted"  # "Acme Promotes ‘Invaluable Asset’ to CEO"
        elif _already_there(finding, document_sentences):
            finding.fields["change"] = "promoted"
        elif "previous_company" not in finding.fields and (
                came_from := _previous_company(finding, document_sentences)):
            finding.fields["previous_company"] = came_from

    def event_key(self, fields: dict[str, Any]) -> tuple:
        return (_person_key(fields["person"]), fields["change"])

    def document_key(self, fields: dict[str, Any]) -> tuple:
        return (_person_key(fields["person"]),)

    def summarize(self, fields: dict[str, Any]) -> str:
        verb = {"joined": "joined as", "promoted": "promoted to", "departed": "left the role of",
                "retired": "retired as"}[fields["change"]]
        came_from = f" from {fields['previous_company']}" if fields.get("previous_company") else ""
        return f"{fields['person']} {verb} {fields['role']}{came_from}"

    @staticmethod
    def _company_around(sentence: str, verb: re.Match, role: re.Match,
                        excluded: list[Span]) -> tuple[str | None, Span]:
        """'X joins Acme as CFO', 'CFO of Acme', "Acme's CFO", 'Acme CEO X steps down'."""
        for origin in sorted((role.end(), verb.start())):
            match = _COMPANY_AFTER.search(sentence, origin)
            if match is None or match.start() > origin + 60 or any(  # "VP of Sales"
                    title.start() <= match.start("c") < title.end()
                    for title in ROLE.finditer(sentence)):
                continue
            # "Acme's West Division", "joins the Acme Board of Directors"
            name = owner(sentence[match.start("c"):min(match.end("c"), role.start())]
                         if match.start("c") < role.start() else match.group("c"))
            name = re.sub(r"\s+Board(?:\s+of\s+(?:Directors|Trustees))?$", "", name.rstrip("'’. "))
            span = Span(match.start("c"), match.start("c") + len(name))
            if name.split()[0].lower() not in NOT_COMPANIES \
                    and not any(span.overlaps(e) for e in excluded):  # not "for Him"
                return name, span
        named_before = _COMPANY_BEFORE_ROLE.search(sentence[: role.start()])
        if named_before:
            return named_before.group("c"), Span(named_before.start("c"), named_before.end("c"))
        possessive = re.search(r"(?P<c>" + COMPANY_NAME.pattern + r")(?:'s|’s)\s", sentence)
        if possessive:
            return possessive.group("c"), Span(possessive.start("c"), possessive.end("c"))
        # "Steps Down as Executive Director of Harbor Housing Agency": an organisation's name
        # ends the title
        inside = _ORGANISATION.search(role.group(0))
        if inside:
            start = role.start() + inside.start("c")
            return inside.group("c"), Span(start, start + len(inside.group("c")))
        # "Harbor Law Group, P.A. is proud to announce that Jane Roe has been named"
        announces = _ANNOUNCES_THAT.search(sentence, 0, verb.start())
        announcer = subject_before(sentence, announces.start() + 1) if announces else None
        if announcer and announcer[0]:
            return announcer
        clause, offset = strip_dateline(sentence[: verb.start()])
        return None, Span(offset, verb.start())


_ANNOUNCES_THAT = re.compile(rf"\s(?:is|are)\s+{GLAD}\s+to\s+announce\s+that\s")
_AS = re.compile(r"\b(?:as|to\s+the\s+role\s+of|to\s+the\s+position\s+of|to)\s+"
                 r"(?:its\s+|the\s+|our\s+|their\s+|an?\s+)?(?i:new\s+|next\s+|first\s+)?(?=[A-Za-z])")


# What a release says of someone who already works there, and what says they came from
# elsewhere ("previously served as CRO at Globex").
_INSIDE = re.compile(
    r"\b(?:previously\s+served|has\s+served|most\s+recently\s+served|currently\s+serves|"
    r"(?:who|she|he)\s+joined\s+(?:the\s+company|the\s+firm|the\s+team|us)|since\s+joining|"
    r"has\s+been\s+with\s+(?:the\s+company|the\s+firm|us)|(?:was|is|been)\s+promoted|"
    r"(?:his|her|['’]s)\s+promotion|promoting\s+(?:her|him|the\s+(?:[\w-]+\s+){1,3}?to\s)|rose\s+through\s+the\s+ranks|"
    r"(?:the\s+|and\s+)?current\s+(?:senior\s+)?(?:[A-Z]{2,4}|chief|head|vice|president|"
    r"director|general|advis[oe]r))\b",
    re.IGNORECASE)
# "named Jane Roe, its Senior VP of Sales, as President": a title she holds there now
_ITS_TITLE = (r",\s+(?:its|the\s+company['’]s)\s+(?:senior\s+|executive\s+)?"
              r"(?:[A-Z]{2,4}|chief|head|vice|president|director|general|managing)\b")
_ELSEWHERE = re.compile(r"[^.;]{0,80}?\b(?:at|of|with|from|for|within)\s+(?!the\s+company|"
                        r"the\s+firm|our|its|the\s+team)(?:the\s+)?(?P<other>[A-Z][\w&-]*)"
                        # "previously served in key roles for notable financial companies"
                        # or "has served as CEO of three federal agencies"
                        r"|[^.;]{0,80}?\b(?:at|with|for|in|of)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|"
                        r"organi[sz]ations|institutions|banks|businesses|brands|agencies|"
                        r"non-?profits|start-?ups)\b")

# "... the appointment of Jane Roe as CTO. This promotion reflects ...": the next sentence
# names the move
_CALLED_A_PROMOTION = re.compile(r"(?:This|His|Her|Their)\s+(?:well[\s-]deserved\s+)?promotion\b")


def _first_or_last_name(person: str) -> re.Pattern[str]:
    """How a release goes on to name someone: 'Jane' or 'Roe' for Jane Roe."""
    names = person.split()
    return re.compile(rf"\b(?:{re.escape(names[0])}|{re.escape(names[-1])})\b")


def _already_there(finding: Finding, document_sentences: list[str]) -> bool:
    """Does the release say the person worked at the company before this title?"""
    person = finding.fields["person"]
    # only where the seat is given: "said Jane Roe, its CEO" later names the seat just taken
    if re.search(re.escape(person) + _ITS_TITLE, finding.sentence, re.IGNORECASE):
        return True
    if finding.sentence in document_sentences[:-1] and _CALLED_A_PROMOTION.match(
            document_sentences[document_sentences.index(finding.sentence) + 1]):
        return True
    first_or_last = _first_or_last_name(person)
    company = re.escape(finding.subject) if finding.subject else r"(?!)"
    # "formerly Acme's Construction Manager", "joined Acme in 2021 as", "joined Acme two years
    # ago", "who founded Acme in 2023"
    at_the_company = re.compile(
        rf"\b(?:formerly|previously)\s+{company}['’]s|\b(?:joined|(?:co-?)?founded)\s+{company}\s+"
        r"(?:in\s+(?:\w+\s+(?:of\s+)?)?\d{4}|(?:over\s+|more\s+than\s+|nearly\s+|about\s+)?"
        r"(?:a|an|one|two|three|four|five|\d+)\s+(?:years?|months)\s+ago)")
    # "Avenue Z Promotes Jane Roe to EVP" after "announces the appointment of Jane Roe"; not
    # "Jane Roe joins ... the team also features Sam Lee, who is being promoted"
    promoted = re.compile(rf"\b(?:promot|elevat)(?:es|ed)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(person)}|"
                          rf"{re.escape(person)}[^.;]{{0,40}}?\b(?:promot|elevat)ed\b", re.IGNORECASE)
    for sentence in document_sentences:
        if not first_or_last.search(sentence):
            continue
        sentence = _clause_naming(sentence, first_or_last)  # not another person's clause
        inside = _INSIDE.search(sentence)
        elsewhere = inside and _ELSEWHERE.match(sentence, inside.end())
        if elsewhere and finding.subject \
                and finding.subject.split()[0] == elsewhere.group("other"):
            elsewhere = None  # "current Senior Advisor, will become CEO for Acme Inc."
        if (inside and not elsewhere) or at_the_company.search(sentence) \
                or promoted.search(sentence):
            return True
    return False


# "He most recently served as CFO at Rugged Solutions": where someone comes from, in a
# sentence of its own: at, with or for a company ("of" would read "Board of Directors" too)
_CAME_FROM = re.compile(r"(?:(?:\b(?:most\s+recently|previously|formerly)|"
                        # "Before joining Coconut, Denise served as CRO at Nest Wealth"
                        r"^(?:Prior\s+to|Before)\s+joining\s+[^,]{1,60},\s+(?:[\w.'’-]+\s+){1,3}?)"
                        r"\s*(?:served|worked|was)\s+[^,.;]{0,80}\b(?:at|with|for)|"
                        # "Jane Roe joins Herring Global from ADDX"
                        r"\b(?:joins|comes\s+to)\s+" + COMPANY_NAME.pattern + r"\s+from)"
                        r"\s+(?:the\s+)?(?P<company>" + COMPANY_NAME.pattern + ")")


def _previous_company(finding: Finding, document_sentences: list[str]) -> str | None:
    """The company a new hire comes from, as a later sentence about them says: one naming
    them, or one opening 'He' or 'She' right after it."""
    named = _first_or_last_name(finding.fields["person"])
    own = (finding.subject or "").split()[:1]
    about_them = False
    for sentence in document_sentences:
        about_them = bool(named.search(sentence)) or (
            about_them and re.match(r"(?:He|She)\s", sentence) is not None)
        came_from = about_them and _CAME_FROM.search(sentence)
        if came_from and came_from.group("company").split()[:1] != own:
            return came_from.group("company").rstrip(".")
    return None


# a headline's promotion of someone it describes instead of naming
_PROMOTES_UNNAMED = re.compile(r"\b(?:promot|elevat)es\s+(?:['‘\"“]|(?:its|the|an?)\s)|"
                               r"\b(?:executive|leadership|internal|senior)\s+promotions?\b",
                               re.IGNORECASE)
_HIRES = re.compile(r"\b(?:hires|appoints|names|welcomes|adds|joins)\b", re.IGNORECASE)


# ", Sam Lee signs on as Head of Games": another person's change follows in the same sentence
_NEXT_PERSONS_CLAUSE = re.compile(
    r"(?:,|;)\s+(?:and\s+|while\s+)?(?=(?:Dr\.\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\s+"
    r"(?:has\s+|have\s+|will\s+|was\s+|is\s+)?(?:joins?|joined|signs?\s+on|signed\s+on|"
    r"takes?\s+on|took\s+on|been\s+(?:appointed|promoted|named)|becomes|steps)\b)")


def _clause_naming(sentence: str, person: re.Pattern[str]) -> str:
    """The clause of a sentence that names the person: in "Sam Lee has been promoted to CTO,
    and Ana Ruiz has joined as VP" Ana Ruiz was not promoted."""
    starts = [0, *(match.end() for match in _NEXT_PERSONS_CLAUSE.finditer(sentence)),
              len(sentence)]
    return next((sentence[start:end] for start, end in zip(starts, starts[1:], strict=False)
                 if person.search(sentence, start, end)), sentence)


def _in_sentence(finding: Finding, sentence: str, offset: int) -> Finding:
    """A finding read in a clause, placed back in its whole sentence."""
    def shifted(span: Span) -> Span:
        return Span(span.start + offset, span.end + offset)
    return replace(finding, sentence=sentence,
                   subject_span=finding.subject_span and shifted(finding.subject_span),
                   excluded=[shifted(span) for span in finding.excluded])


# "appointed president of the organization", "has joined the Bank", "Jane Roe joins as Chief
# Marketing Officer": the release's company
_THE_COMPANY = re.compile(r"\b(?:of|at|join(?:s|ed)?)\s+the\s+(?:company|organi[sz]ation|firm|"
                          r"bank|business|group)\b|"
                          # "has joined its Board of Directors"
                          r"\bjoin(?:s|ed)?\s+(?:its|our)\s+(?:board|leadership|executive|"
                          r"management)\b|\b(?:join(?:s|ed)?|signs?\s+on|signed\s+on)\s+as\b|"
                          rf"\b{_TAKES_THE_ROLE}\b", re.IGNORECASE)
# "today announced the appointment of Sophie Ames as its new Chief People Officer"
_APPOINTMENT_OF = re.compile(r"\bannounce[sd]?\s+(?:the\s+)?(?:appointment|hiring|promotion)\s+of\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:as\s+(?:(?:its|their|our|the)\s+)?"
                             r"(?:new\s+)?[A-Z]|to\s+(?:its|their|our|the)\s+(?i:board|executive|"
                             r"management|leadership)\b)")
_NEXT_TITLE = re.compile(r"\s+(?:as\s+|to\s+|of\s+)?(?:the\s+|its\s+|our\s+)?(?:new\s+)?")  # "role of"
# Taken "as director" with no function named, a director is a seat at the top of the firm.
_DIRECTOR = re.compile(r"(?i:director)\b(?!\s+(?:of|for)\b)")


# "Jane Roe, formerly of Globex, to", "Sam Lee to serve as", "Ana Ruiz as the new"
_APPOINTED_TO = re.compile(r"(?:,[^,]{1,80},)?\s+(?:to\s+serve\s+as|as|to)\s+(?:(?:its|the|our|"
                           r"their|an?)\s+)?(?i:new\s+)?(?:(?:role|position)\s+of\s+)?")


def _appointees(sentence: str, start: int, excluded: list[Span]) -> list[tuple[re.Match, re.Match]]:
    """Each person after an appointing verb with the title named right after them; persons
    listed before it share it ("appoints Jane Roe and Sam Lee to its board")."""
    found: list[tuple[re.Match, re.Match]] = []
    listed: list[re.Match] = []
    for person in _people(sentence, start, len(sentence)):
        if any(Span(person.start(), person.end()).overlaps(e) for e in excluded) \
                or sentence[start:person.start()].strip() and re.search(
                    r"\b(?:to|at|of|with|from)\s+$", sentence[:person.start()]):
            continue  # "welcomes Jane Roe back to Acme Robotics as", "CEO of Harbor Rail"
        if listed and not _LISTED.fullmatch(sentence, listed[-1].end(), person.start()):
            listed = []
        lead = _APPOINTED_TO.match(sentence, person.end())
        title = lead and (ROLE.match(sentence, lead.end()) or _DIRECTOR.match(sentence, lead.end()))
        if title:
            found += [(earlier, title) for earlier in listed] + [(person, title)]
            listed = []
        else:
            listed.append(person)
    return found


_COLON = re.compile(r"\s*:\s*")


def _listed_after_colon(sentence: str, role: re.Match, excluded: list[Span]) -> list[str]:
    """The persons listed after a title and a colon, each taking it."""
    colon = _COLON.match(sentence, role.end())
    listed: list[str] = []
    end = colon.end() if colon else len(sentence)
    for person in _people(sentence, end, len(sentence)) if colon else ():
        if listed and not _LISTED.fullmatch(sentence, end, person.start()) \
                or any(Span(person.start(), person.end()).overlaps(e) for e in excluded):
            break
        listed.append(_without_honorific(person.group(0)))
        end = person.end()
    return listed


# "Jane Roe and Sam Lee", "Jane Roe, CEO of Globex, and Sam Lee"
_LISTED = re.compile(r"(?:,[^,]{1,80},|,)?\s+(?:and\s+)?|,\s*")


def _title_after(sentence: str, position: int, within: int = 80) -> re.Match | None:
    """The first title that starts soon after `position` (searched to the sentence's end, so
    that a title's lookaheads see what follows it)."""
    title = ROLE.search(sentence, position) or _DIRECTOR.search(sentence, position)
    return title if title and title.start() <= position + within else None


def _names_someone(sentence: str, verb: re.Match) -> bool:
    """Is a bare 'named'/'appointed' followed by a name the active verb of prose ('Acme
    Robotics named Jane Roe CFO.'), not a headline's passive ('Jane Roe named Acme CFO')?
    Prose ends with a full stop, headlines do not."""
    if verb.group(0) not in ("named", "appointed", "elected", "tapped") \
            or not sentence.rstrip("”\"’' ").endswith("."):
        return False
    following = next(_people(sentence, verb.end() + 1, len(sentence)), None)
    return following is not None and following.start() == verb.end() + 1


def _change_before(sentence: str, position: int) -> str:
    """'hired Jane Roe as CFO and promoted Sam Lee to COO': the verb nearest before a person."""
    return _kind([verb for verb in COMPANY_ACTS.finditer(sentence) if verb.start() < position][-1])


def _advisory(sentence: str, role: re.Match) -> bool:
    """'joins the advisory board', but not 'appoints Jane Roe, Advisory Partner at Bain, as
    Board Director': an aside about the person before the title does not count."""
    before = re.sub(r",[^,]{0,80},", ",", sentence[:role.start()])
    return bool(_ADVISORY.search(before + sentence[role.start():]))


def _role_taken(sentence: str) -> re.Match | None:
    """The title a person takes: the one after 'as' ('welcomes Jane Roe, CEO of Globex, as
    Vice President of Product'), else the first in the sentence."""
    for lead in _AS.finditer(sentence):
        role = ROLE.match(sentence, lead.end()) or _DIRECTOR.match(sentence, lead.end())
        if role:
            return role
    return ROLE.search(sentence)


def _anothers_title(sentence: str, role: re.Match, person: Span) -> bool:
    """'Sam Hill, Director of Hockey, welcomed Rob Johnson': the title is Sam Hill's."""
    holder = _HOLDER.search(sentence, 0, role.start())
    return bool(holder) and not person.overlaps(Span(*holder.span("name")))


_HOLDER = re.compile(rf"(?P<name>{PERSON.pattern}),\s+(?:the\s+|its\s+|our\s+)?$")


def _without_honorific(person: str) -> str:
    """'Dr. Jane Roe' and 'Dr Jane Roe' -> 'Jane Roe'."""
    return re.sub(r"^(?:Dr|Mr|Ms|Mrs)\.?\s(?=\S+\s\S)", "", person)


def _person_key(person: str) -> str:
    """'Andrew S. Roe' and 'Andrew Roe' are one person."""
    return re.sub(r"\s[A-Z]\.(?=\s)", "", person).lower()


# "In an interview with Proactive's Stephen Gunn, Howie said": who asks is not who joins
_INTERVIEWER = re.compile(r"\b(?:interview(?:ed)?\s+(?:with|by)|spoke\s+with|speaking\s+with|"
                          r"told|joined)\s+(?:[A-Z][\w&.-]*['’]s\s+)?(?P<name>[A-Z][a-z]+\s+"
                          r"[A-Z][a-z'’-]+)(?=\s+(?:of|from)\s+[A-Z]|,)")


# "Jane Roe, who last year was promoted to General Manager": background, not news
_BEFORE_NOW = re.compile(r"\b(?:last\s+year|previously|formerly|in\s+(?:19|20)\d\d)\s*,?\s*"
                         r"(?:was\s+|were\s+|had\s+been\s+)?$",
                         re.IGNORECASE)


def _news_verb(verbs: re.Pattern[str], sentence: str) -> re.Match | None:
    """The first of these verbs that reports news, not a change dated before it."""
    return next((verb for verb in verbs.finditer(sentence)
                 if not _BEFORE_NOW.search(sentence, 0, verb.start())), None)


# "calls on Jane Roe to resign": a demand, not news
_DEMANDED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:es?|ed|ing)|demand(?:s|ed|ing)?)\s"
                       r"[^.;]{0,60}?\bto\s+(?:resign|step\s+down|leave|retire)\b", re.IGNORECASE)


def _meets_a_person(sentence: str, verb: re.Match) -> bool:
    """'CEO Jane Roe joined John Doe of Channel 5 to discuss ...' is an interview."""
    if not re.search(r"join", verb.group(0), re.IGNORECASE):
        return False
    after = PERSON.match(sentence, verb.end() + 1)
    return bool(after and not _NOT_A_NAME.search(after.group(0))
                and re.match(r"\s+(?:from|of|at|on|to|in|with|for)\b", sentence[after.end():]))


def _kind(match: re.Match) -> str:
    return next(key for key, value in match.groupdict().items() if value)


_GERUND = re.compile(r"(?!Sterling\b|Irving\b|Channing\b)[A-Z][a-z]{3,}ing\b")


def _people(sentence: str, start: int, end: int):
    """PERSON matches, cut before a word no name has ("Jane Roe Senior Vice President",
    "Jane Roe As") or retried a word later when one opens it ("Industry Veteran Jane Roe")."""
    position = start
    while (found := PERSON.search(sentence, position, end)) is not None:
        if _GERUND.match(found.group(0)) and not _NOT_A_NAME.search(found.group(0)):
            position = found.end()  # "Lowering Store Costs": a verb and its object
            continue
        stop = _NOT_A_NAME.search(found.group(0))
        match = found if stop is None else (
            PERSON.match(sentence, found.start(), found.start() + stop.start())
            if stop.start() and _NAME_ENDS_BEFORE.fullmatch(stop.group(0)) else None)
        # "Promotes ‘Steady Hand’ to President": a phrase in quotes names nobody, nor does
        # the end of a compound ("52-Week High"), and "Acme’s Backstage Pass" is a possession
        if match and not (match.start() and sentence[match.start() - 1] in "‘'\"“-") \
                and not re.search(r"['’]s\b", match.group(0)):
            yield match
            position = match.end()
        else:
            position = sentence.find(" ", found.start(), end) + 1 or end
            if position <= found.start():
                return


_NEAR_THE_VERB = 60


def _person_near(sentence: str, before: int | None = None, after: int | None = None,
                 excluded: list[Span] | None = None) -> tuple[str, Span] | None:
    candidates = []
    # Before the verb, look only there: "Jane Roe Named CFO" must not read "Jane Roe Named".
    # After an appointing verb, start there: in a title-case headline the words before it
    # ("Acme Appoints Jane") would run into the name.
    start, end = (0, before) if after is None else (after, len(sentence))
    titles = [Span(title.start(), title.end()) for title in ROLE.finditer(sentence)]
    for match in _people(sentence, start, end):
        name = match.group(0)
        span = Span(match.start(), match.end())
        if any(span.overlaps(e) for e in [*(excluded or []), *titles]):  # "VP of Retail Sales"
            continue
        # Before the verb, "Acme Robotics CEO Jane Roe" names the company first; after an
        # appointing verb ("names Jane Roe CEO", "the appointment of Jane Roe") the person
        # comes first.
        if after is None and _company_position(sentence, span):
            continue
        if after is not None and _SPEAKER_BEFORE.search(sentence, 0, span.start):
            continue  # 'we welcome them to the family," said Jane Roe, Chief Distribution Officer'
        candidates.append((name, span))
    if after is not None:
        # "We welcome Sam to our board," said Jane Roe: the speaker was appointed nothing
        following = [c for c in candidates if after <= c[1].start <= after + _NEAR_THE_VERB]
        return following[0] if following else None
    preceding = [c for c in candidates if c[1].end <= (before or 0)]
    # "Jane Roe, Dynamic Leader in Outdoor Experiences, Appointed": the name before the aside
    aside = re.search(r",[^,]{1,100},\s*$", sentence[: before or 0])
    if aside and any(c[1].end <= aside.start() for c in preceding):
        preceding = [c for c in preceding if c[1].end <= aside.start()]
    return preceding[-1] if preceding else None


_SPEAKER_BEFORE = re.compile(r"[”\"'’,]\s*(?:said|says|added|adds|commented|noted|explained|"
                             r"stated|shared|continued|concluded)\s+(?:Dr\.?\s+)?$")
_COMPANY_BEFORE = re.compile(r"\b(?:of|at|for|with|from|joins?|joined)\s+$")
_COMPANY_AFTER_NAME = re.compile(r"^(?:'s|’s|\s+(?:Inc|Corp|Ltd|LLC)\b)")


def _company_position(sentence: str, span: Span) -> bool:
    """A name after 'of'/'at', before "'s" or directly before a role ('Acme Robotics CEO')
    stands where a company stands, not a person."""
    before, after = sentence[: span.start], sentence[span.end:]
    if _COMPANY_BEFORE.search(before) or _COMPANY_AFTER_NAME.match(after):
        return True
    return after[:1] == " " and bool(ROLE.match(after[1:]))


_BOARD_SEAT = re.compile(r"^(?:member\s+of\s+(?:its|the)\s+)?board(?:\s+(?:of\s+directors|member))?$",
                         re.IGNORECASE)


_SMALL_WORDS = {"of", "and", "for", "the", "to", "at", "in"}


def _clean_role(role: str) -> str:
    """The title as written, in title case ('interim-CEO' -> 'Interim CEO', 'Sr.' -> 'Senior');
    a seat on the board is 'Board member'."""
    role = re.sub(r"\s+", " ", role).strip(" ,")
    role = re.sub(r"^(interim|acting)-", r"\1 ", role, flags=re.IGNORECASE)
    role = re.sub(r"(?i)\bvice-president", "Vice President", role)
    role = re.sub(r"^Sr\.\s*", "Senior ", role)
    if _BOARD_SEAT.match(role):
        return "Board member"
    return " ".join(word if word in _SMALL_WORDS else word[:1].upper() + word[1:]
                    for word in role.split(" "))


# A headline cut short: "Jane Roe Named Senior Vice President of"
_CUT_SHORT = re.compile(r"\s*(?:,|\s(?:of|for|at|and|&|to)|\.{3}|…)\s*", re.IGNORECASE)


def _title_in_full(finding: Finding, document_sentences: list[str]) -> str:
    """A title cut short at the end of a headline, in full from a sentence that gives the same
    person a longer title beginning with it."""
    role = finding.fields["role"]
    end = finding.sentence.find(role) + len(role)
    if role not in finding.sentence or not _CUT_SHORT.fullmatch(finding.sentence[end:]):
        return role
    surname = re.escape(finding.fields["person"].split()[-1])
    for sentence in document_sentences:
        if sentence != finding.sentence and re.search(rf"\b{surname}\b", sentence):
            for longer in ROLE.finditer(sentence):
                if longer.group(0).startswith(role + " "):
                    return _clean_role(longer.group(0))
    return role


_CHIEF = re.compile(r"(?P<acting>(?:Interim|Acting|Deputy|Associate)\s)?"
                    r"Chief\s(?P<area>(?:[A-Z][a-z]+\s){1,3})Officer")


def _short_form(role: str, text: str) -> str:
    """'Chief Executive Officer' is 'CEO' where the release itself writes 'CEO'."""
    chief = _CHIEF.fullmatch(role)
    if chief is None:
        return role
    initials = "C" + "".join(word[0] for word in chief["area"].split()) + "O"
    if not re.search(rf"\b{initials}\b", text):
        return role
    return (chief["acting"] or "") + initials
