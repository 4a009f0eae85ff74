"""People: officials named as actors or sources, with their role and the state they act for.

Names come from spaCy's PERSON entities; a role is the title before the name
("Chilean Foreign Minister Ana Rojas") or the apposition after it ("Henrik Dahl,
head of the … Department, said"); the state comes from a demonym or country in the
role, or else from the country named nearest before the name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from spacy.tokens import Doc

from accords.extract import cues
from accords.extract.countries import find_countries, gazetteer
from accords.extract.document import ArticleDoc
from accords.names import same_person

#: Styles before a name that are no part of it (beyond the shared honorifics): "Sir",
#: "Shri", and the Malaysian and Bruneian titles ("Datuk Seri", "Tan Sri", "Dato'").
_STYLES = {"Sir", "Dame", "Shri", "Smt", "Datuk", "Dato", "Dato'", "Dato’", "Datin", "Seri", "Tun"}
_TWO_WORD_STYLES = re.compile(r"^(?:Tan Sri|Toh Puan)\s+")
_ROLE_WORDS = set(cues.ROLE_WORDS) | {
    "Sultan",
    "Emperor",
    "Undersecretary",
    "Under-Secretary",
    "Secretary-General",
    "Attorney-General",
}
#: Title words that qualify an office but are none on their own ("Prime" of a misspelt
#: "Prime Minster").
_QUALIFIERS = {
    "Prime",
    "Vice",
    "Deputy",
    "Foreign",
    "First",
    "State",
    "Under",
    "Permanent",
    "Executive",
    "Special",
    "Crown",
    "Acting",
    "Affairs",
    "Lady",
    "General",
    "top",
}
_PORTFOLIO = set(cues.PORTFOLIO_WORDS)
_HONORIFICS = set(cues.HONORIFICS) | _STYLES
_APPOSITION = re.compile(
    # an apposition is a noun phrase: "Name, met the minister …" goes on with a verb
    r"^,\s*(?!and\s)(?!(?:met|meets|said|says|told|visited|held|signed|called|added|noted|"
    r"spoke|received|welcomed|urged|thanked|praised)\b)"
    r"(?:the\s+|a\s+|who is\s+(?:the\s+)?)?(?P<role>(?:[\w’'\-]+\s+){0,3}?"
    r"(?:head|minister|(?:vice-)?president|ambassador|secretary|director|chairman|chair|chairperson|"
    r"governor|deputy|envoy|spokesperson|spokesman|spokeswoman|chief|adviser|advisor|"
    r"representative|commissioner|consul|premier|co-chair|officer|counsellor|mayor|"
    r"attorney[- ]general|undersecretary|under-secretary|diplomat)\b[^,.;:“”\"\n]*)",
    re.IGNORECASE,
)
_LOWER_ROLES = {
    "leader",
    *cues.COUNTERPARTS,
    "minister",
    "president",
    "ambassador",
    "secretary",
    "foreign",
    "deputy",
    "prime",
    "vice",
    "chairman",
    "envoy",
    "governor",
    "diplomat",  # "the country's top diplomat": its foreign minister, in news style
    "top",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "presidential",  # "presidential spokesperson"
}
#: Letters after a name before its office: "Lars Eriksen, MP, Minister of Justice".
_POST_NOMINALS = re.compile(
    r"(?:,?\s*(?:\([A-Z]{1,5}\)|(?:MP|KC|QC|SC|OBE|CBE|MBE|KBE|GCMG|KCMG|CMG|ISO|LLB|LLM|PhD|MD|"
    r"Jnr|Jr\.?|Snr|Sr\.?)(?![\w])))*"
)


def _after_name(text: str, end: int, width: int) -> str:
    """Up to ``width`` characters after a name that ends at ``end``, its letters skipped."""
    tail = text[end : end + width]
    return tail[_POST_NOMINALS.match(tail).end() :]


_BAD_NAME = re.compile(r"[\d@#]|^(?:Ministry|Minister|President|Prime|Foreign)\b")


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None
    country: str | None
    positions: list[int] = field(default_factory=list)  # every mention's start, in order
    subjects: list[int] = field(default_factory=list)  # the mentions that are a clause's subject
    sure: bool = False  # the text states the country (title, "of X", list), not guessed
    partner: str | None = None  # whose counterpart this person is named as

    def last_before(self, offset: int) -> int | None:
        before = [p for p in self.positions or [self.start] if p < offset]
        return before[-1] if before else None

    def last_subject_before(self, offset: int) -> int | None:
        before = [p for p in self.subjects if p < offset]
        return before[-1] if before else None

    def first_in(self, begin: int, end: int) -> int | None:
        inside = [p for p in self.positions or [self.start] if begin <= p < end]
        return inside[0] if inside else None


def find_people(adoc: ArticleDoc, dyad_codes: set[str]) -> list[PersonMention]:
    """Officials in order of first mention; surnames alone are folded into the full name."""
    gaz = gazetteer()
    mentions: list[PersonMention] = []
    commentators: list[str] = []
    titles: list[tuple[int, int]] = []  # long titles before names, where they are written
    for first, last in _name_spans(adoc):
        span = adoc.doc[first:last]
        if span[-1].text in _ROLE_WORDS:
            continue  # "(Secretary for Foreign and) Diaspora Affairs": an office ends so, no name
        name = _clean_name(span.text)
        if not name or _BAD_NAME.search(name) or gaz.code_of(name) or name in gaz.capitals:
            continue
        if not _plausible_name(name):
            continue
        start = span.start_char + span.text.find(name.split()[0])
        role, role_start, titled_country = _title_before(adoc, first)
        if role is None:
            role, role_start, titled_country = _long_title_before(adoc.text, start)
            if role and role_start is not None:
                titles.append((role_start, role_start + len(role)))
        if role and _PLURAL_OFFICE.search(role):
            # "the foreign ministers of A and B, <name> and <name>", "the ministers of
            # Foreign Affairs, <name>, of A, and …": one office each, in the singular, for
            # one state each
            shared, shared_start = _shared_title(adoc.text, start)
            if shared:
                role, role_start, titled_country = shared, shared_start, None
        if role is None:
            role, role_start = _shared_title(adoc.text, start)
        tail = _after_name(adoc.text, span.end_char, 240)
        if _unofficial_at(adoc.text, start, span.end_char):
            commentators.append(name)
            continue
        after = _APPOSITION.match(tail)
        if after:
            # "her counterpart, X, deputy chairman of …": the apposition says which office
            kept = None if role and role.lower().endswith(cues.COUNTERPARTS) else role
            role = " ".join(filter(None, [kept, after.group("role").strip()]))
        stated = (
            titled_country
            or _country_in_role(role)
            or _state_after(adoc.text, span.end_char)
            or _state_of_list(adoc, span.end_char, dyad_codes)
            or _state_of_lead_in(adoc.text, start, dyad_codes)
        )
        country = stated or _country(
            adoc, role, role_start if role_start is not None else start, dyad_codes
        )
        partner_name = None
        if role and any(word in role.lower() for word in cues.COUNTERPARTS):
            partner = _counterpart(mentions, adoc, start)
            if partner is not None:
                partner_name = partner.name
                role = partner.role or role
                others = sorted(dyad_codes - {partner.country})
                if not stated and partner.country and len(others) == 1:
                    country = others[0]  # the counterpart acts for the other state
        mention = PersonMention(start, start + len(name), name, role, country, [start])
        mention.sure = bool(stated)
        mention.partner = partner_name
        mentions.append(mention)
    # "Minister of the Interior, Local Authorities and Land Planning": words of another's
    # office are no name
    mentions = [
        m
        for m in mentions
        if not any(
            m.name in (o.role or "")  # cheap test first: the pattern is built per name
            and re.search(rf",\s+{re.escape(m.name)}\s+and\s", o.role or "")
            for o in mentions
        )
        and not (m.role is None and any(a <= m.start < b for a, b in titles))
    ]
    people = [p for p in _fold(mentions) if not any(same_person(p.name, c, within_article=True) for c in commentators)]
    _one_state_each(people, dyad_codes)
    _co_chairs_of_two_states(adoc.text, people, dyad_codes)
    _not_of_the_state_visited(adoc, people, dyad_codes)
    _one_holder_of_a_sole_office(people, dyad_codes)
    _add_speaking_mentions(adoc.text, people)
    _add_surname_mentions(adoc.text, people)
    for person in people:
        person.subjects = sorted(
            {p for p in person.positions if _is_subject(adoc, p)} | set(person.subjects)
        )
    return people


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _is_subject(adoc: ArticleDoc, at: int) -> bool:
    """Whether the name starting at ``at`` is the subject of its clause ("Lopez, in a
    message to the press, said …"), through the title and name words joined to it."""
    span = adoc.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in {"compound", "flat", "appos", "amod"} or token.head is token:
            return False
        token = token.head
    return False


_SPEAKING = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
    # a parenthetical between the speaker and the verb: "Ruiz, for her part, said …"
    r"(?:,[ \t]+(?:for[ \t]+(?:his|her|their|its)[ \t]+part|in[ \t]+(?:his|her|their)[ \t]+turn|"
    r"in[ \t]+turn|meanwhile|however|for[ \t]+(?:his|her)[ \t]+side),)?[ \t]+"
    r"(?:(?:also|further|later|then)[ \t]+)?"
    r"(?:" + "|".join(v for v in (*cues.SPEECH_VERBS, "tweeted", "posted") if " " not in v) + r")\b"
)


def _add_speaking_mentions(text: str, people: list[PersonMention]) -> None:
    """'Vargas Aguirre said …': a known person's surname before a speech verb is a mention
    of that person, and its subject, even where the model did not tag it, so "he said"
    later finds them."""
    for match in _SPEAKING.finditer(text):
        words = match.group("name").split()
        for person in people:
            if words[-1] in person.name.split():
                at = match.start() + match.group("name").rfind(words[-1])
                at = next((p for p in person.positions if match.start() <= p <= at), at)
                if at not in person.positions:
                    person.positions = sorted([*person.positions, at])
                person.subjects = sorted({*person.subjects, at})
                break


def _add_surname_mentions(text: str, people: list[PersonMention]) -> None:
    """'Soto welcomed the funding …': a known person's surname standing alone is a mention
    of that person (their subject when the parse makes it one), so "he said" after it
    finds them. A surname two people share names neither."""
    surnames = Counter(p.name.split()[-1] for p in people if len(p.name.split()) >= 2)
    for person in people:
        words = person.name.split()
        if len(words) < 2 or surnames[words[-1]] > 1:
            continue
        known = list(person.positions)
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w-])", text):
            if not any(at <= match.start() < at + len(person.name) for at in known):
                person.positions.append(match.start())
        person.positions.sort()


#: Offices a state has one holder of at a time: two holders named in one article act for
#: the two states.
_SOLE_OFFICES = re.compile(
    r"^(?:the\s+)?(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|"
    r"(?:party\s+)?general secretary|secretary[- ]general of the \w+ party|leader|"
    r"foreign minister|minister (?:of|for) foreign affairs)$",
    re.IGNORECASE,
)
_HEADS = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir"}


def _office(role: str | None) -> str | None:
    """The sole office a role names ("Prime Minister", "Premier" → prime minister), or None."""
    if not role:
        return None
    text = re.sub(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z].*$", "", role.strip())
    text = " ".join(w for w in text.split() if not gazetteer().code_of(w))
    if not _SOLE_OFFICES.match(text):
        return None
    office = text.lower().removeprefix("the ").strip()
    office = "prime minister" if office == "premier" else office
    if office in ("minister of foreign affairs", "minister for foreign affairs"):
        office = "foreign minister"
    return "head" if office in _HEADS or office == "leader" or "secretary" in office else office


def _one_state_each(people: list[PersonMention], dyad_codes: set[str]) -> None:
    """A guessed country gives way to what the text says of others: the counterpart of
    someone stated to act for one state acts for the other, and of two leaders (or two
    holders of one office) one stated to act for a state, the other acts for the other."""
    if len(dyad_codes) != 2:
        return
    for person in people:
        if person.sure or person.country not in dyad_codes:
            continue
        (other,) = dyad_codes - {person.country}
        rivals = [
            p
            for p in people
            if p is not person
            and p.sure
            and p.country == person.country
            and (
                (p.partner and same_person(p.partner, person.name, within_article=True))
                or (_office(p.role) and _office(p.role) == _office(person.role))
            )
        ]
        if rivals:
            person.country = other


def _one_holder_of_a_sole_office(people: list[PersonMention], dyad_codes: set[str]) -> None:
    """A state has one holder of a sole office: of two guessed to hold it for one state of
    the pair ("presidents A and B"), the one named later holds it for the other."""
    if len(dyad_codes) != 2:
        return
    guessed = [p for p in people if not p.sure and p.country in dyad_codes and _office(p.role)]
    for first, second in combinations(guessed, 2):
        if first.country == second.country and _office(first.role) == _office(second.role):
            (second.country,) = dyad_codes - {first.country}


#: The chairs of a sitting of two sides: "co-chaired by A and by B", "co-presided over by …".
_CO_CHAIRED_BY = re.compile(
    r"\bco-?(?:chair(?:ed)?|presided|hosted)\s+(?:over\s+)?by\b[^.;]{0,300}", re.I
)


def _co_chairs_of_two_states(text: str, people: list[PersonMention], dyad_codes: set[str]) -> None:
    """The two co-chairs of a sitting of the pair act for its two states: one stated to act
    for a state, the other, guessed, acts for the other."""
    if len(dyad_codes) != 2:
        return
    for match in _CO_CHAIRED_BY.finditer(text):
        chairs = [
            p for p in people if any(match.start() <= at < match.end() for at in p.positions)
        ]
        if len(chairs) != 2:
            continue
        sure = [p for p in chairs if p.sure and p.country in dyad_codes]
        guessed = [p for p in chairs if not p.sure]
        if len(sure) == 1 and len(guessed) == 1:
            (other,) = dyad_codes - {sure[0].country}
            guessed[0].country = other


#: Words of a trip, before a traveller's name or after it: "a visit by President A to B",
#: "A arrived in B", "A's state visit to B".
_TRAVEL = re.compile(r"\b(?:visit\w*|trip|travel\w*|arriv\w*|flew|journey|tour)\b", re.I)
#: From the end of a name to a place it went to: "'s state visit to", " arrived in the".
_ON_THE_WAY_TO = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,5}?(?:to|in)\s+(?:the\s+)?")


def _not_of_the_state_visited(
    adoc: ArticleDoc, people: list[PersonMention], dyad_codes: set[str]
) -> None:
    """A guessed country gives way to a trip: whoever travels to one state of the pair
    ("the state visit by President A to B", "A arrived in B") acts for the other."""
    if len(dyad_codes) != 2:
        return
    for person in people:
        if person.sure:
            continue
        # its surname alone too, where the model tagged no name ("Ruto travels to Lima")
        surname = person.name.split()[-1]
        alone = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", adoc.text)]
        for at in dict.fromkeys([*(person.positions or [person.start]), *alone]):
            visited = _visited_by_name_at(adoc, at)
            if visited in dyad_codes:
                (person.country,) = dyad_codes - {visited}
                break


def _visited_by_name_at(adoc: ArticleDoc, at: int) -> str | None:
    """The state the person named at ``at`` goes to, when the words around say so."""
    name = re.match(r"[\w’'-]+(?:[ \t]+[A-Z][\w’'-]*)*", adoc.text[at:])
    if name is None:
        return None
    end = at + name.end()
    way = _ON_THE_WAY_TO.match(adoc.text, end)
    if way is None:
        return None
    sentence = adoc.sentence_at(at)
    if not _TRAVEL.search(adoc.text, max(sentence.start, at - 40), way.end()):
        return None
    found = adoc.countries_in(way.end(), way.end() + 60)  # its name or its capital's
    return found[0].code if found and found[0].start == way.end() else None


def _counterpart(earlier: list[PersonMention], adoc: ArticleDoc, at: int) -> PersonMention | None:
    """'X met his Estonian counterpart Y': Y holds X's office in the other state."""
    sentence = adoc.sentence_at(at)
    before = [p for p in earlier if sentence.start <= p.start < at and p.role]
    return before[-1] if before else None


def _name_spans(adoc: ArticleDoc) -> list[tuple[int, int]]:
    """Token ranges of names: spaCy's PERSON entities, and runs of capitalised words right
    after a title ("President of Finland Aino Virtanen", "the Hon Niamh Keane"), which
    the small model often takes for organisations."""
    doc = adoc.doc
    gaz = gazetteer()
    spans = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # "Chile Elena Vargas", "(Minister of) Labour Elena Vargas": neither the state nor
        # the portfolio is part of the name
        first = ent.start
        while first < ent.end - 1 and (
            gaz.code_of(doc[first].text)
            or doc[first].text in _ROLE_WORDS
            or (doc[first].text in _PORTFOLIO and doc[first].text[0].isupper())
        ):
            first += 1
        if first == ent.end - 1 and not _is_name_word(doc[first].text):
            continue  # "Thai Labour (Minister)": a state and a portfolio, no name
        end = ent.end
        # "Mohammed bin Abdulrahman | Al Thani": a family name led by the Arabic article,
        # which the model often leaves out of the entity
        if end + 1 < len(doc) and doc[end].text in _FAMILY_ARTICLES and _is_name_word(
            doc[end + 1].text
        ):
            end += 2
        # "Otávio Rezende | Lacerda, of Brazil": a last name the model cuts off (and takes
        # for a place) goes on the name when it is no place the gazetteer knows
        if (
            end + 1 < len(doc)
            and doc[end - 1].whitespace_
            and _is_name_word(doc[end].text)
            and doc[end + 1].text == ","
            and not (gaz.code_of(doc[end].text) or gaz.is_city(doc[end].text))
            and doc[end].text not in _ROLE_WORDS
        ):
            end += 1
        spans.add((first, end))
    for match in [*_NAME_BEFORE_ROLE.finditer(adoc.text), *_NAME_AFTER_TITLE.finditer(adoc.text)]:
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        if span is not None and looks_like_name(span.text):
            spans.add((span.start, span.end))
    for match in _UNDER_ONE_TITLE.finditer(adoc.text):  # "Presidents A of X and B of Y"
        for group in ("first", "second"):
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
            if span is not None and looks_like_name(span.text):
                spans.add((span.start, span.end))
    for match in _NICKNAMED.finditer(adoc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is not None:
            spans.add((span.start, span.end))
    covered = {i for a, b in spans for i in range(a, b)}
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or not _is_name_word(token.text) or i == 0 or not _after_title(doc, i):
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 4:
            word = doc[end].text
            if _is_particle(word) and end + 1 < len(doc) and _is_name_word(doc[end + 1].text):
                end += 1  # "Sultan Faisal bin Saeed"
                continue
            if _joins_a_double_name(doc, end):
                end += 2  # "President Ortiz-Lemus": the parse splits the name at its hyphen
                continue
            if not _is_name_word(word) or gaz.code_of(word):
                break
            end += 1
        if end - i == 1 and end < len(doc) and _ROMAN.match(doc[end].text):
            end += 1  # "King Henrik III"
        if end > i:
            spans.add((i, end))  # a surname alone ("Minister Bello") folds in later
        i = max(end, i + 1)
    return sorted((a, b) for a, b in spans if not _names_a_building(doc, a, b))


def _joins_a_double_name(doc: Doc, at: int) -> bool:
    """The token at ``at`` is a hyphen written tight between two name words ("Ortiz-Lemus",
    "Mensah-Bonsu"), so the name goes on after it."""
    return (
        doc[at].text == "-"
        and 0 < at < len(doc) - 1
        and not doc[at - 1].whitespace_
        and not doc[at].whitespace_
        and _is_name_word(doc[at + 1].text)
    )


#: Words of a building, a street or a school named after a person: "the King Fahd Palace
#: hotel", "Nelson Mandela Avenue".
_BUILDINGS = {
    "palace", "hotel", "airport", "avenue", "street", "road", "square", "boulevard", "hall",
    "centre", "center", "university", "stadium", "bridge", "mosque", "library", "school",
    "hospital", "foundation", "institute", "museum", "park", "port", "dam",
}


def _names_a_building(doc: Doc, start: int, end: int) -> bool:
    """A name whose last word names a place built or named after a person ("King Fahd
    Palace", "Mandela Avenue")."""
    return doc[end - 1].lower_ in _BUILDINGS


def _shared_title(text: str, start: int) -> tuple[str | None, int | None]:
    """Both of two names under one plural title hold it: "Presidents Ana Ruiz of Chile and
    Luis Soto of Peru" → Luis Soto, President (the first, where no title before it says so)."""
    for match in _UNDER_ONE_TITLE.finditer(text, max(0, start - 200), start + 80):
        if start in (match.start("first"), match.start("second")):
            # "Presidents" → "President", "the ministers of Foreign Affairs" → "minister of …"
            title = re.sub(r"^two\s+", "", re.sub(r"s\b", "", match["title"], count=1))
            return _without_the_two_states(title), match.start("title")
    return None, None


#: Offices in the plural that two people of the pair hold together, one for each state.
_PLURAL_OFFICES = r"(?:ministers|presidents|premiers|ambassadors)"
#: An office named in the plural: "ministers of Foreign Affairs", "the two presidents".
_PLURAL_OFFICE = re.compile(
    rf"(?i)^(?:the\s+)?(?:two\s+)?(?:[\w-]+\s+){{0,2}}?{_PLURAL_OFFICES}\b"
)


def _without_the_two_states(title: str) -> str:
    """'foreign minister of A and B' → 'foreign minister': an office two people hold, one
    for each state, names neither one's state."""
    states = re.search(r"\s+(?:of|for)\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$", title)
    if states and all(gazetteer().code_of(name) for name in states.groups()):
        return title[: states.start()]
    return title


_ROMAN = re.compile(r"^[IVX]{1,4}$")
#: Two names under one plural title, each perhaps with its state: "Presidents Ana Ruiz of
#: Chile and Luis Soto of Peru", "Foreign Ministers Ana Ruiz and Luis Soto", "the two
#: foreign ministers, Chile's Ana Ruiz and Peru's Luis Soto".
_PERSON_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
#: A name's state before it: "Guinea's Amara Diallo and Ghana's Kofi Mensah".
_STATES = r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?['’]s\s+)"
_UNDER_ONE_TITLE = re.compile(
    r"\b(?P<title>Presidents|Prime Ministers|(?:[A-Z][a-z]+\s+)?Ministers|Ambassadors|Kings"
    # in lower case, set off by a comma: "the two energy ministers, Ana Ruiz of Chile and …"
    r"|(?<=[Tt]he\s)(?:two\s+)?(?:[a-z]+\s+){0,2}?(?:ministers|presidents|ambassadors)"
    # "the ministers of Foreign Affairs, Ana Ruiz, of Chile, and Luis Soto, of Peru"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?(?=,)"
    # "the heads of the two agencies, Ana Ruiz and Luis Soto": one head of each side's body
    r"|(?<=[Tt]he\s)heads\s+of\s+the\s+two\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=,)"
    # in lower case right before the names: "as presidents Ana Ruiz and Luis Soto met"
    r"|(?<![\w’'-])(?:(?!(?:as|with|by|and|or|the|when|while|after|before|that|where)\s)"
    rf"[a-z]+\s+)?{_PLURAL_OFFICES}(?=\s+[A-Z]))"
    r",?\s+"
    rf"{_STATES}?(?P<first>{_PERSON_NAME}?)"
    r"(?:,?\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
    rf",?\s+and\s+{_STATES}?(?P<second>{_PERSON_NAME}?)(?=\s+of\b|,\s+of\b|[\s,.;:])"
)
#: The Arabic article capitalised before a family name: "Al Thani", "El Khatib".
_FAMILY_ARTICLES = {"Al", "El"}
#: A nickname in quotes inside a name: "Ana ‘Nena’ Ruiz".
_NICKNAMED = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]+\s+[‘“\"][A-Z][\w-]+[’”\"]\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
)
#: "Juhan Tamm, the Chief Economic Adviser, …": a name the model missed, vouched for by its office.
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:the\s+|a\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|President|Adviser|Advisor|Ambassador|Secretary|"
    r"Spokesperson|Spokesman|Spokeswoman|Director|Chairman|Governor|Envoy|Head|head)\b"
)
_INITIALS = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")


def _name_shaped(text: str) -> bool:
    """A capitalised word of letters in any script ("Trần", "Quốc"), its parts joined by an
    apostrophe or hyphen ("O’Neil", "Akufo-Addo"), one inner capital at most per part
    ("McKay"); or initials ("J.", "J.K.")."""
    if _INITIALS.match(text):
        return True
    if not text[:1].isupper() or not any(c.islower() for c in text):
        return False
    parts = re.split(r"[’'-]", text)
    return all(
        part.isalpha() and (len(part) == 1 or sum(c.isupper() for c in part[1:]) <= 1)
        for part in parts
    )


@cache
def _is_name_word(text: str) -> bool:
    return (
        _name_shaped(text)
        and text not in _ROLE_WORDS
        and text not in _PORTFOLIO
        and text not in _HONORIFICS
        and text not in _NOT_NAME_WORDS
    )


#: Offices in lower case that a name in apposition follows: "the foreign minister, <name>".
_OFFICES_APPOSED = {
    *cues.COUNTERPARTS, "minister", "ambassador", "president", "premier", "envoy", "secretary",
    "spokesperson", "spokesman", "spokeswoman", "chairman", "chairperson", "governor",
}


def _office_where_it_sits(doc, comma: int) -> bool:
    """'ambassador in Madrid,', 'envoy to the Gulf States,': an office in lower case and
    the place it sits in or is sent to, right before the comma at ``comma``."""
    gaz = gazetteer()
    for size in (1, 2):
        at = comma - size - 1
        place = doc[at + 1 : comma].text
        if at >= 1 and doc[at].lower_ in ("in", "to", "at") and (
            gaz.code_of(place) or gaz.is_city(place)
        ):
            return doc[at - 1].lower_ in _OFFICES_APPOSED
    return False


def _after_title(doc, i: int) -> bool:
    previous = doc[i - 1].text
    if previous == "." and i >= 2:  # "Hon." split as "Hon" "."
        previous = doc[i - 2].text + "."
    if previous in _HONORIFICS or previous in {"Hon", "Hon.", "Senator", "MP", "Prof."}:
        return True
    if previous == "," and i >= 2 and doc[i - 2].lower_ in _OFFICES_APPOSED:
        # "her Czech counterpart, Tomas Novak", "the Congolese minister, Marie Kayembe":
        # an office in lower case, then the name set off by a comma
        return True
    if previous == "," and i >= 4 and _office_where_it_sits(doc, i - 1):
        return True  # "the Turkish ambassador in Madrid, Nihat Karaca"
    if previous in _ROLE_WORDS and previous not in {
        "State",
        "General",
        "First",
        "Special",
        "Under",
    }:
        return True
    if previous in _GOVERNMENT_OF_AN_OFFICE:
        # "Head of Government <name>", "President of the Government <name>"
        at = i - 2 - (i >= 3 and doc[i - 2].lower_ == "the")
        return at >= 1 and doc[at].lower_ == "of" and doc[at - 1].text in _ROLE_WORDS
    gaz = gazetteer()
    return (
        bool(gaz.code_of(previous))
        and not gaz.code_of(f"{previous} {doc[i].text}")  # "of Saudi | Arabia": no name
        and i >= 3
        and doc[i - 2].lower_ in ("of", "for")
        and doc[i - 3].text in _ROLE_WORDS
    )


_NOT_NAME_WORDS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "And",
    "Of",
    "For",
    "During",
    "After",
    "With",
    "Ministry",
    "Government",
    "Republic",
    "Kingdom",
    "State",
    "Office",
    "Department",
    "Delegate",  # "Minister Delegate for …": part of the office
}


def _clean_name(text: str) -> str:
    """The name without titles, honorifics or a possessive, cut at the first word that
    cannot be part of a name ("Ivo Kask sign Declaration" → "Ivo Kask"). No name runs
    across a blank line: what follows it opens another paragraph."""
    text = re.split(r"\n[ \t]*\n", text.strip(), maxsplit=1)[0]
    text = re.sub(r"['’]s$", "", text.strip())
    text = _TWO_WORD_STYLES.sub("", text)
    text = re.sub(r"\s[‘“'\"][A-Z][\w-]*[’”'\"]\s", " ", text)  # "Ana ‘Nena’ Ruiz": a nickname
    words = [
        w
        for w in text.split()
        if w not in _HONORIFICS and w not in _ROLE_WORDS and w not in {"the", "Hon", "MP"}
    ]
    if _INSTITUTION_WORDS.search(" ".join(words)):
        return ""  # "Permanent Border Commission": a body after a title word
    kept: list[str] = []
    for word in words:
        if not (word[0].isupper() or _is_particle(word)):
            break
        kept.append(word)
    return " ".join(kept).strip(" ,.")


def _is_particle(word: str) -> bool:
    return word.lower() in _PARTICLES or word.split("-")[0].lower() in _PARTICLES


#: A government named inside an office: "Deputy Chairman of the Government", "Deputy
#: Chairman of the Cabinet of Ministers".
_GOVERNMENT_OF_AN_OFFICE = {"Government", "Cabinet"}


def _title_before(adoc: ArticleDoc, index: int) -> tuple[str | None, int | None, str | None]:
    """Capitalised role words right before the name ("Swedish Health Minister",
    "President of Latvia"), where they start, and the state a demonym or country
    in or before them names."""
    doc = adoc.doc
    gaz = gazetteer()
    i = index - 1
    tokens = []
    country = None
    while i >= 1 and (doc[i].text in _HONORIFICS or doc[i].text in {"Hon", "Senator", "."}):
        i -= 1  # "the Hon.", "Dr."
    if i >= 1 and doc[i].text == ",":
        i -= 1  # "The President of Malta, Dr. <name>"
    # "President of Latvia <name>", "President of the Kyrgyz Republic <name>"
    for start in range(max(1, i - 2), i + 1):
        words = doc[start : i + 1]
        code = gaz.code_of(words.text) if all(t.text[:1].isupper() for t in words) else None
        before = start - 1 - (doc[start - 1].lower_ == "the")
        if code and before >= 1 and doc[before].lower_ in ("of", "for"):
            country, i = code, before - 1
            break
    while i >= 0:
        text = doc[i].text
        if (
            text in _ROLE_WORDS
            or text in _PORTFOLIO
            or text.lower() in _LOWER_ROLES
            or text in _GOVERNMENT_OF_AN_OFFICE
        ):
            tokens.insert(0, doc[i])
        elif (text in ("'s", "’s") and i > 0 and (state := _state_ending_at(doc, i - 1))) or (
            state := _state_ending_at(doc, i)
        ):
            if not (tokens and tokens[0].text == "and"):  # "… of Chile and President A"
                country = country or state  # "Chile's minister", "Chile Minister"
            break
        else:
            break
        i -= 1
    while tokens and tokens[0].text in {"and", "of", "for", "the"} | _HONORIFICS:
        tokens.pop(0)
    while tokens and tokens[-1].text in _HONORIFICS | {"and", "of", "for", "the"}:
        tokens.pop()
    if not any(t.text in _ROLE_WORDS or t.text.lower() in _LOWER_ROLES for t in tokens):
        return None, None, None
    if all(t.text in _QUALIFIERS | _PORTFOLIO | _HONORIFICS for t in tokens):
        return None, None, None  # "Prime" alone is no office
    return " ".join(t.text for t in tokens), tokens[0].idx, country


def _state_ending_at(doc: Doc, i: int) -> str | None:
    """The state whose name ends at token ``i``, the longest name first: "Papua New Guinea",
    not "Guinea"; "South Sudan", not "Sudan"."""
    gaz = gazetteer()
    for start in range(max(0, i - 2), i + 1):
        if all(t.text[:1].isupper() for t in doc[start : i + 1]):
            code = gaz.code_of(doc[start : i + 1].text)
            if code:
                return code
    return None


_OFFICE = (
    r"(?:(?:Deputy|Vice|First|Acting|Special)[- ])?(?:Prime\s+)?"
    # "Minister Delegate for African Cooperation": a minister attached to another's portfolio
    r"(?:[Mm]inisters?(?:[- ][Dd]elegate)?|Presidents?|[Ss]ecretary|Ambassador|Governor|Director|"
    r"Chairman|Advis[eo]r)"
)
#: A portfolio listed with commas, its list closed by "and": "Minister of the Interior,
#: Local Authorities and Land Planning", "Minister of Industry, Trade and Investment". A
#: comma before a name goes on no list ("Minister of Trade, <name> and the Minister of …").
_LISTED_PORTFOLIO = (
    r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"(?=(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})*\s+and\s+"
    r"(?!(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:Minister|President|Secretary|Ambassador|Governor)\b)"
    r"(?:the\s+)?[A-Z])"  # "…, Regional Integration and the Diaspora"
)
#: A title with its portfolio before a name, up to a comma: "Minister of Coastal Affairs
#: and Rural Housing Marta Lindqvist", "Norway's Minister of Trade and Industry,
#: Kari Brekke", "Presidents Sean Murphy and …".
_LONG_TITLE = re.compile(
    rf"(?:(?P<owner>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){{0,2}})['’]s\s+)?"
    rf"(?P<role>{_OFFICE}(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+(?:[A-Z][\w’'-]*|and|of|for|at|the|&)|{_LISTED_PORTFOLIO})*)?)"
    rf"(?P<pair>\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}\s+and)?"
    rf"\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\.?\s+)?$"
)


def _one_office(role: str) -> bool:
    """One office, its portfolio ending at a state's name: "President of Estonia Juhan
    Tamm and President of …" is two people, not a title."""
    if len(re.findall(_OFFICE, role)) > 1:
        return False
    words = role.split()
    gaz = gazetteer()
    return not any(gaz.code_of(w) for w in words[:-1] if w[0].isupper() and w not in _ROLE_WORDS)


#: "and" inside a portfolio ("Minister of Trade and Industry"), not the "and" that joins
#: another office holder ("Minister of Labour <name> and the Minister of Health <name>",
#: "… <name> and Chile's Deputy Minister …").
_PORTFOLIO_AND = rf"and(?!\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}{_OFFICE}\b)"
#: A name right after an office and its portfolio (greedy: the last two or more capitalised
#: words before a comma or a verb are the name).
_NAME_AFTER_TITLE = re.compile(
    rf"(?P<role>{_OFFICE}\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+(?:[A-Z][\w’'-]*|{_PORTFOLIO_AND}|of|for|at|the|&)|{_LISTED_PORTFOLIO})*)"
    r"(?<!\band)(?<!\bof)(?<!\bfor)(?<!\bat)(?<!\bthe)\s*,?\s+"
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})(?=\s*[,(.;:]|\s+[a-z])"
    # "…for the Caribbean, Overseas Territories and the Commonwealth": a field the list of
    # the portfolio closes with "and the" is no name ("<name> and the Minister of …" and
    # "<name> and <name>" are)
    r"(?!\s+and\s+the\s+(?!(?:[A-Z][\w’'-]*\s+)?(?:Minister|President|Secretary|"
    r"Ambassador|Governor|Deputy|Vice|First|Chairman|Chair|Head|Prime)\b)"
    r"(?:[A-Z][\w’'-]*[ \t]+)*[A-Z][\w’'-]*\s*[,.;:)])"
)


#: A state's office in lower case and where it sits, then the name after a comma:
#: "Chile's ambassador in Lima, <name>", "Peru's envoy to the talks, <name>".
_POSSESSIVE_OFFICE = re.compile(
    # the office in lower case or capitalised: "Kenya's Ambassador to Uganda, …"
    r"(?P<owner>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})['’]s\s+(?P<role>(?:[A-Za-z-]+\s+){0,2}?"
    r"(?i:ambassador|high commissioner|envoy|consul|representative|minister|spokesperson|"
    r"spokesman|spokeswoman)"
    r"(?:\s+(?:in|to|at|for|of)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)\s*,\s*$"
)


def _long_title_before(text: str, start: int) -> tuple[str | None, int | None, str | None]:
    """The office before a name that ``_title_before`` cannot walk back through."""
    window = max(0, start - 200)
    match = _LONG_TITLE.search(text, window, start)
    if not match:
        owned = _POSSESSIVE_OFFICE.search(text, window, start)
        if owned and gazetteer().code_of(owned.group("owner")):
            return owned.group("role"), owned.start("role"), gazetteer().code_of(owned.group("owner"))
        return None, None, None
    role = match.group("role")
    if not _one_office(role):
        return None, None, None
    if match.group("pair") and not re.match(r"(?:Presidents|Prime Ministers|Ministers)\b", role):
        return None, None, None  # "… and <name>" continues a plural title only
    role = re.sub(r"^(Presidents|Ministers)\b", lambda m: m.group(1)[:-1], role)
    role = re.sub(r"\bMinisters\b", "Minister", role).strip()
    owner = match.group("owner")
    gaz = gazetteer()
    if owner is None:  # "the French Minister Delegate for …", "the Kenyan Cabinet Secretary …"
        before = re.search(r"(?:[A-Z][\w’'-]+[ \t]+){1,2}$", text[window : match.start("role")])
        owner = next((w for w in before.group(0).split() if gaz.code_of(w)), None) if before else None
    country = gaz.code_of(owner) if owner else None
    return role, match.start("role"), country


def _country_in_role(role: str | None) -> str | None:
    """A state the role names: "Minister for Foreign Affairs of Iceland"."""
    named = [m.code for m in find_countries(role or "") if m.how != "capital"]
    return named[0] if named else None


#: "… of Tanzania", "… representing Peru", "signed by A for Kenya" (on behalf of).
_OF_STATE = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:of|from|representing|for|on behalf of)[ \t]+(?:the[ \t]+)?"
)


def _state_after(text: str, end: int) -> str | None:
    """A state named right after the name: "President Juma Mwakyusa of Tanzania"."""
    tail = _after_name(text, end, 80)
    lead = _OF_STATE.match(tail)
    if not lead:
        return None
    found = [m for m in find_countries(tail[lead.end() :]) if m.how != "capital"]
    return found[0].code if found and found[0].start == 0 else None


def _state_of_list(adoc: ArticleDoc, end: int, dyad_codes: set[str]) -> str | None:
    """A list of officials that ends with the state they act for: "Foreign Minister A and
    Defence Minister B, representing Peru, …"; "… and Interior Minister C, from Peru"."""
    sentence = adoc.sentence_at(end)
    for match in re.finditer(
        r",\s*(?:from|representing)\s+(?:the\s+)?", adoc.text[end : sentence.end]
    ):
        at = end + match.end()
        found = [m for m in find_countries(adoc.text[at : at + 60]) if m.how != "capital"]
        if not found or found[0].start != 0 or found[0].code not in dyad_codes:
            return None
        between = adoc.doc.char_span(end, end + match.start(), alignment_mode="expand")
        if between is not None and any(t.pos_ in ("VERB", "AUX") for t in between):
            return None  # a clause in between: the state is someone else's
        return found[0].code
    return None


def _state_of_lead_in(text: str, start: int, dyad_codes: set[str]) -> str | None:
    """A list of officials after a lead-in that names one state: "The ministers of Peru
    were: A, Minister of …; B, …"."""
    paragraph = max(text.rfind("\n", 0, start), 0)
    colon = text.rfind(":", paragraph, start)
    if colon < 0:
        return None
    lead_start = max(text.rfind(".", paragraph, colon), paragraph)
    lead = text[lead_start:colon]
    if not re.search(
        r"\b(?:[Mm]inisters|[Oo]fficials|[Dd]elegation|[Mm]embers|[Pp]articipants)\b", lead
    ):
        return None
    states = {m.code for m in find_countries(lead) if m.how != "capital"}
    return states.pop() if len(states) == 1 and states <= dyad_codes else None


def _country(adoc: ArticleDoc, role: str | None, at: int, dyad_codes: set[str]) -> str | None:
    """The state an official acts for: one named in the role ("Minister for Foreign Affairs
    of Iceland"), else one named just before in the same sentence, else the
    article's home state (the dyad state it names first, not as the other side's: "my
    Chinese counterpart")."""
    if role:
        named = [m.code for m in find_countries(role) if m.how != "capital"]
        if named:
            return named[0]
    sentence = adoc.sentence_at(at)
    near = [
        m
        for m in adoc.countries
        if sentence.start <= m.start
        and m.end <= at
        and at - m.end <= NEAR_CHARS
        and m.how != "capital"
        and (m.code in dyad_codes or not dyad_codes)
    ]
    if near:
        return near[-1].code
    home = [
        m
        for m in adoc.countries
        if m.code in dyad_codes and m.how != "capital" and not m.titles_a_counterpart(adoc.text)
    ]
    return home[0].code if home else None


#: How close before a name a state must be named to be taken as the one it acts for.
NEAR_CHARS = 40


def _fold(mentions: list[PersonMention]) -> list[PersonMention]:
    """Merge "Dahl" into "Henrik Dahl", keeping the first role and country found."""
    full: list[PersonMention] = []
    for mention in sorted(mentions, key=lambda m: -len(m.name.split())):
        twin = next((f for f in full if _same_one(f, mention)), None)
        if twin is None:
            full.append(mention)
            continue
        twin.role = twin.role or mention.role
        if mention.sure and not twin.sure and mention.country:
            twin.country, twin.sure = mention.country, True  # what the text states wins
        twin.country = twin.country or mention.country
        twin.partner = twin.partner or mention.partner
        twin.positions = sorted(twin.positions + mention.positions)
    return sorted(full, key=lambda m: m.start)


_PARTICLES = {
    "bin",
    "bint",
    "al",
    "el",
    "de",
    "da",
    "dos",
    "van",
    "von",
    "der",
    "la",
    "le",
    "ibn",
    "ould",
    "du",
}
_INSTITUTION_WORDS = re.compile(
    r"\b(?:Commission|Committee|Council|Forum|Agreement|Memorandum|Ministry|Government|"
    r"Republic|Reuni[oó]n|Session|Office|Agency|Bank|University|Department|Delegation|"
    r"Assembly|Partnership|Dialogue|Mechanism|Programme|Initiative)\b"
)


def _plausible_name(name: str) -> bool:
    """Capitalised words (particles like "bin" or "de" aside), no institution words."""
    words = name.split()
    return (
        not _INSTITUTION_WORDS.search(name)
        and all(w[0].isupper() or _is_particle(w) for w in words)
        and _enough_name_words(words)
    )


def _enough_name_words(words: list[str]) -> bool:
    """Particles at most half the words, and two real name words when there are several
    ("Gloria de la Fuente", "Faisal bin Saeed"; not "de la Fuente" alone)."""
    particles = sum(w.lower() in _PARTICLES for w in words)
    return len(words) == 1 or (particles <= len(words) / 2 and len(words) - particles >= 2)


#: Occupations of no office: who holds one is quoted for an opinion or a private life.
_OCCUPATIONS = (
    r"analyst|scholar|researcher|economist|expert|commentator|lecturer|fellow|"
    r"journalist|editor|columnist|observer|owner|cook|translator|vendor|trader|farmer|"
    r"driver|worker|technician|resident|student|teacher|shopkeeper|businessman|businesswoman|"
    r"entrepreneur|fisherman|pensioner|commuter|merchant|exporter|importer|executive"
)
#: Verbs of a living made in a trade: "who sells rice", "who hauls cement".
_TRADES = (
    r"sells|hauls|grows|farms|drives|trades|fishes|raises|breeds|cooks|rents|imports|"
    r"exports|buys|carries|transports|bakes|weaves|repairs"
)
#: Kinds of private bodies, which a report names by kind with "a": "a fruit exporter".
_PRIVATE_BODIES = (
    r"company|firm|exporter|importer|association|union|co-?operative|business|farm|"
    r"factory|plant|think[- ]?tank|consultancy|charity|shop|hotel|restaurant"
)
#: Someone quoted for an opinion who holds no office: an analyst, a scholar, someone in
#: a trade, the head of a think tank, university or company ("Ana Ruiz, director of the
#: Andean Policy Institute"; "Luis Mora, the owner of a bakery"; "…, who runs a small
#: firm"). A state's organs are named, never "a union" or "an exporter".
_UNOFFICIAL = re.compile(
    # "…, a retired cook"; not "…, and a businessman" (the next name's)
    # "…, who sells maize flour", "…, who grows wheat": a living made in a trade
    rf"^,\s*who\s+(?:{_TRADES})\b|"
    # "said Ana Ruiz of a think tank": the phrase may follow the name with no comma
    r"^(?:,|(?=\s+(?:of|at|from|for|with)\s))\s*(?:the\s+|an?\s+|who is\s+(?:the\s+|an?\s+)?)?"
    # "…, told journalists": the predicate's verb, not an apposition
    rf"(?!(?:{'|'.join(cues.SPEECH_VERBS)})\b)"
    r"(?:(?:(?!and\b|or\b)[\w’'-]+\s+){0,3}?"
    rf"(?:professor|{_OCCUPATIONS})s?\b|"
    r"[^,.;:“”\"]{0,60}?\b(?:of|at|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'&-]*\s+){0,6}(?:Institute|University|College|Foundation|Think[- ]?[Tt]ank|"
    r"Corporation|Corp|Company|Inc|Ltd|Group|Centre|Center|School)\b|"
    r"(?:who\s+(?:runs|owns|heads|manages|works\s+(?:at|for|in))\s+|"
    r"[^,.;:“”\"]{0,40}?\b(?:of|at|for|with)\s+)an?\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{_PRIVATE_BODIES})\b)"
)
#: An occupation of no office written before the name: "trade economist Ana Ruiz" (not
#: "Professor", a title officials bear too, so it counts only after the name).
_UNOFFICIAL_BEFORE = re.compile(
    rf"\b(?:{_OCCUPATIONS})\s+$"
    # "the president of the chamber of commerce of Arica, <name>": traders' own body
    r"|\bof\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?chamber\s+of\s+(?:commerce|industry)\b"
    r"(?:\s+and\s+(?:commerce|industry)\b)?(?:[^,.;:“”\"]{0,40},)?\s*(?:[A-Z][\w’'-]+\s+)?$"
    # "Opposition MP <name>", "the opposition leader <name>": no voice of the government
    r"|\bopposition\s+(?:[\w-]+\s+){0,2}$"
    # "the Chamber's president, <name>", "the club's director, <name>": a private body's head
    r"|\b(?:chamber|club|guild|company|firm|association|federation|union|co-?operative)['’]s\s+"
    r"(?:[\w-]+\s+)?(?:president|chair(?:man|woman|person)?|director|head|chief)\s*,?\s*$",
    re.I,
)
#: An occupation written as a title, glued to the name it opens ("Student Ana Ruiz").
_OCCUPATION_FIRST = re.compile(rf"(?:{_OCCUPATIONS})\s", re.I)


#: A sentence opened by a person of no office named by occupation: "The rector of the
#: university, present in the audience, …", "A trader at the market …".
_AN_UNNAMED_COMMENTATOR = re.compile(
    rf"^\s*(?:the|an?)\s+(?:[\w’'-]+\s+){{0,2}}?(?:professor|rector|dean|{_OCCUPATIONS})s?\b",
    re.I,
)


def opened_by_an_unnamed_commentator(sentence: str) -> bool:
    """Whether the sentence's subject is a person of no office, not named: a "she said"
    after its quote is theirs, no official's."""
    return bool(_AN_UNNAMED_COMMENTATOR.match(sentence))


#: Two to four capitalised words: a name, as far as the text's case tells.
_CAPITALISED_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3}\b")


def names_a_commentator(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` names a person of no office ("The president of the
    chamber of commerce, Ana Ruiz, welcomed …"): a "she said" after it is theirs."""
    return any(
        _unofficial_at(text, m.start(), m.end())
        for m in _CAPITALISED_NAME.finditer(text, begin, end)
        if looks_like_name(m.group())
    )


def unofficial(text: str, name: str) -> bool:
    """Whether the article presents ``name`` as a commentator rather than an official."""
    return any(_unofficial_at(text, m.start(), m.end()) for m in re.finditer(re.escape(name), text))


#: A word that qualifies an occupation before a name: "Lokori vendor Agnes Yalu" (the
#: vendor is from Lokori; "Lokori" is no one).
_BEFORE_AN_OCCUPATION = re.compile(rf"\s+(?:{_OCCUPATIONS})s?\s+(?-i:[A-Z])", re.I)


#: "Ana Ruiz, a herder.", "…, a local nurse,": a person described by "a" and a noun that
#: names no office, and no more, is someone of the public, whatever the trade ("a veteran
#: of the party" may describe a minister).
_A_MEMBER_OF_THE_PUBLIC = re.compile(
    r"^,\s*an?\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)"
    r"\s*(?:[.,;]|$)"
)
#: Nouns of those who act for a state, which "a …" may describe too ("a senior official").
_OFFICE_NOUNS = {
    "minister", "official", "diplomat", "spokesperson", "spokesman", "spokeswoman", "envoy",
    "ambassador", "adviser", "advisor", "senator", "legislator", "lawmaker", "deputy",
    "member", "representative", "negotiator", "officer", "commissioner", "secretary",
    "director", "aide", "delegate", "consul", "governor", "mayor", "general", "counsellor",
    "attaché", "attache", "parliamentarian", "chief", "head",
}


def _of_the_public(text: str, end: int) -> bool:
    found = _A_MEMBER_OF_THE_PUBLIC.match(_after_name(text, end, 80))
    return found is not None and found.group("noun").rstrip("s") not in _OFFICE_NOUNS


def _unofficial_at(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` with an occupation of no office before or after it."""
    return bool(
        _of_the_public(text, end)
        or _UNOFFICIAL.match(_after_name(text, end, 200))
        or _UNOFFICIAL_BEFORE.search(text[max(0, start - 80) : start])
        or _OCCUPATION_FIRST.match(text, start, end)
        or _BEFORE_AN_OCCUPATION.match(text, end)
    )


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words that are neither a title, a state nor an institution."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(_is_name_word(w) for w in words)
        and not any(gazetteer().code_of(w) for w in words)
    )


def _same_one(known: PersonMention, mention: PersonMention) -> bool:
    """Whether a mention is of a person already found: the same surname, or a given name
    alone that is the first part of a hyphenated one ("Ayan" of "Ayan-Beket Sarsenov")."""
    wa, wb = known.name.split(), mention.name.split()
    if len(wb) == 1 and "-" in wa[0] and wb[0] == wa[0].split("-")[0]:
        return True
    return same_person(known.name, mention.name, within_article=True)

