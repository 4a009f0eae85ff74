"""Meetings between the two sides, held or planned: sessions, summits, visits, talks.

Each trigger word ("session", "met", "summit", "visit", "talks") in a sentence that
names the article's states or bodies gives a meeting; its status comes from the words
that govern it (``clauses.local_context``), its kind from who meets and where, its place
and date from the same sentence. A definite reference that adds nothing ("that meeting")
is not a new meeting: later stages attach to the meeting it refers to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Token

from accords.extract import cues
from accords.extract.bodies import BODY_HEAD, COMBINING, BodyMention, resolve_body
from accords.extract.clauses import (
    dates_for,
    governing_verb,
    has_own_subject,
    local_context,
    nearest_date,
    nearest_place,
    participle_of_what_was_done,
    passive_past,
    place_in_scope,
    told_as_done,
    trigger_scope,
)
from accords.extract.countries import gazetteer, names_a_group
from accords.extract.dates import TENSE_FORMS, DateMention, resolve
from accords.extract.document import ArticleDoc, Sentence
from accords.extract.factuality import last_sat_at
from accords.extract.places import dateline_city, in_quote, inner_place, place_within, places_in

TRIGGERS = re.compile(
    r"^(?:sessions?|sittings?|plenar(?:y|ies)|meetings?|met|meet|meets|summits?|talks|"
    r"visit|visits|visited|visiting|"
    r"consultations?|negotiations|forum|(?:re)?convened|(?:re)?convene|hosted|call|talk|"
    r"conversation|videoconference|conference|witnessed|rounds?|spoke|speak|speaks|talked|"
    r"discussed|received|"
    r"dialogue|retreats?)$",
    re.IGNORECASE,
)
#: Kind cues, strongest first: the first whose pattern is found in a meeting's sentence wins.
KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "working_group",
        re.compile(
            r"working groups?|sub-?committees?|expert(?:s'?)? (?:group|level)|technical (?:committee|team)s?",
            re.I,
        ),
    ),
    (
        "commission_session",
        # a cabinet sits as a body only when joint ("the joint cabinet", "a binational
        # cabinet"); "the president and members of his cabinet" are a government's people
        re.compile(
            r"\b(?:commission|committee|council)\b|\bsession\b|"
            # a body's plenary: "held its plenary", "its next plenary"
            r"\b(?:its|their)\s+(?:\w+\s+)?plenar(?:y|ies)\b|"
            r"\b(?:joint|bi-?national|intergovernmental)\s+cabinet\b",
            re.I,
        ),
    ),
    (
        "summit",
        re.compile(
            r"\bsummit\b|\bat the (?:highest|top) level\b|\btop-level\b|(?<!vice )(?<!vice-)\bpresidents?\b|(?<!deputy )\bprime ministers?\b|heads? of (?:state|government)|(?<!business )(?<!industry )(?<!community )(?<!religious )(?<!opposition )(?<!party )(?<!youth )(?<!military )(?<!company )(?<!corporate )\bleaders\b|\bking\b|\bemir\b|\bchancellor\b|\bpremier\b",
            re.I,
        ),
    ),
    ("ministerial", re.compile(r"\bministers?\b", re.I)),
    ("visit", re.compile(r"\bvisit(?:s|ed|ing)?\b", re.I)),
    ("forum", re.compile(r"\bforum\b", re.I)),
    ("talks", re.compile(r".")),
)
_REFERENCE_DETS = {"that", "the", "this", "these", "those", "its", "their"}


@dataclass
class MeetingMention:
    kind: str
    status: str
    date: str | None
    place: str | None
    body: str | None
    sentence: int
    start: int
    end: int
    reference: bool = False  # "that meeting": points back, adds nothing new
    is_visit: bool = False  # named by "visit", whatever kind its talks give it
    asserted: bool = True  # meetings are kept only when the text asserts them
    also: list[tuple[int, int]] = field(default_factory=list)  # other spans telling of it
    preparatory: bool = False  # "preparatory talks": held to prepare another meeting
    definite: bool = False  # "the talks", "their meeting": names a meeting known already
    traveller: str | None = None  # a visit's: the level of who travels ("the trade minister")
    signing: bool = False  # its sentence tells of a signing: documents were signed at it
    demonstrative: bool = False  # "this forum", "that meeting": only ever points back
    scope: tuple[int, int] | None = None  # the trigger's own phrase, as text offsets
    numbered: bool = False  # "the second forum": one sitting of a series, named by its number
    of_officials: bool = False  # "a Senior Officials' Meeting": its own words give its level
    preparing: bool = False  # "the session was prepared by officials": their talks, told by it
    venueless: bool = False  # a call or a conversation: held at no place
    earlier: bool = False  # "its previous session": the sitting before the one told

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Every span of the article that speaks of this meeting, its first one first."""
        return [(self.start, self.end), *self.also]

    def absorb(self, other: MeetingMention) -> None:
        """``other`` tells of this meeting too: its spans become evidence of this one."""
        self.also.extend(span for span in other.spans if span not in self.spans)

    def attrs(self, countries: list[str]) -> dict[str, object]:
        return {
            "body": self.body,
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "place": self.place,
            "countries": countries,
        }


def find_meetings(adoc: ArticleDoc, bodies: list[BodyMention]) -> list[MeetingMention]:
    """Every meeting mention, in text order (references included, flagged); a headline
    line's only when the body tells of none."""
    found: list[MeetingMention] = []
    summit_format = bool(SUMMIT_FORMATS.search(adoc.text))  # read once per article
    headline = [s for s in adoc.sentences if is_headline_line(adoc, s)]
    for sentence in adoc.sentences:
        if is_headline(adoc, sentence) or sentence in headline:
            continue
        here = _meetings_in(adoc, sentence, bodies, summit_format, found)
        if _the_visitor_talks(found, sentence, here):
            found[-1:] = _visit_with_talks([found[-1], *here])
        else:
            found.extend(here)
    for sentence in headline if not found else []:
        found.extend(_meetings_in(adoc, sentence, bodies, summit_format, found))
    return found


def _meetings_in(
    adoc: ArticleDoc,
    sentence: Sentence,
    bodies: list[BodyMention],
    summit_format: bool,
    found: list[MeetingMention],
) -> list[MeetingMention]:
    """The meetings one sentence names, read against those found before it."""
    here: list[MeetingMention] = []
    for token in sentence.span:
        if _elliptical_sitting(token):
            before = _sitting_just_told(found + here, sentence.index)
            if before is not None:
                mention = _meeting_at(adoc, sentence, token, bodies, summit_format)
                here.append(
                    dataclasses.replace(
                        mention,
                        kind=before.kind,
                        body=before.body,
                        is_visit=before.is_visit,
                        place=_host_of(token) or mention.place,
                    )
                )
            continue
        if not (
            (TRIGGERS.match(token.text) or token.lower_ in ("chaired", "sat"))
            and _is_meeting_trigger(token)
        ):
            continue
        if token.lower_ == "dialogue" and _format_named(token, bodies) is None:
            continue  # only a standing format's name sits: "the second Chile-Peru Dialogue"
        if token.pos_ == "VERB" and _MEMBERS.search(_subject(token)):
            continue  # "the treaty's member states met in May": a multilateral gathering
        if _apposed_to_a_sitting(token, sentence):
            continue  # "the first session of the Commission, a two-day meeting at …": the same
        mention = _meeting_at(adoc, sentence, token, bodies, summit_format)
        sitting_bodies = _bodies_sitting(adoc, token, bodies)
        if not sitting_bodies and _in_passing(adoc.text, token, mention):
            continue
        if mention.reference:  # the nearest named before, in this sentence too
            antecedent = _resolve_reference(adoc.text, mention, found + here)
            if antecedent is not None and antecedent.is_visit and antecedent in here:
                mention.reference = False  # "a visit, during which they met": its talks
        elif (
            _is_definite(token)
            and mention.body is None
            and not mention.is_visit
            and mention.kind != "forum"
            and not _prepared_by_officials(token)  # their own talks, not the one prepared
        ):
            _same_as_before(mention, found + here)
        if mention.kind == "talks" and mention.body is None:
            _of_the_sitting_it_bordered(mention, token, here)
        if mention.kind == "talks" and mention.body is None:
            _of_the_series_before(adoc, mention, token, found + here)
        if mention.date is None and not mention.reference and _SAME_DAY.search(sentence.text):
            # "on the same day, a business forum was held": the day of the meeting before
            mention.date = next((m.date for m in reversed(found + here) if m.date), None)
        if not mention.reference and _DAY_BEFORE.search(sentence.text):
            # "prepared the day before by a meeting of experts": the eve of the one before
            mention.date = _the_day_before(found, sentence.index) or mention.date
        margins = None if mention.reference else _margins_of(adoc.text, token, sentence)
        if margins is not None:
            _on_the_margins_of_the_one_before(adoc.text, mention, found + here, margins)
        for one in _one_per_date(adoc, sentence, token, mention):
            here.extend(_one_per_body(one, sitting_bodies))
    return _visit_with_talks(here)


#: Verbs that stage a sitting with the sitting as their object: "Lusaka hosted the second".
#: "celebrated" is how reports translated from French, Spanish or Portuguese hold one.
_STAGING = re.compile(r"^(?:host|hold|held|(?:re)?conven|organi[sz]|stag|celebrat)", re.I)


def _apposed_to_a_sitting(token: Token, sentence: Sentence) -> bool:
    """A meeting noun set off by a comma after a sitting's phrase, in apposition to it,
    describes that sitting ("wrapped up the first session of their Joint Commission, a
    two-day meeting at the conference centre"), whichever word of the phrase the parse
    hangs it on."""
    if token.dep_ != "appos" or token.head.idx < sentence.start:
        return False
    if token.doc[token.left_edge.i - 1].text != ",":
        return False
    node = token.head
    while node.idx >= sentence.start:
        if node.pos_ == "NOUN" and TRIGGERS.match(node.text) and _is_meeting_trigger(node):
            return True
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _elliptical_sitting(token: Token) -> bool:
    """'… took place in Hanoi in June; the next is scheduled in Canberra', 'The 7th is expected
    in Hanoi', 'the first since Lusaka hosted the second in 2022': "next" or an ordinal
    standing alone as a subject, or as the object of a verb of staging, its noun left out;
    so is one a clause of staging describes ("four years after the third, which had been
    held in Accra")."""
    if token.lower_ == "one":
        return _one_of_the_series(token)
    return (
        (token.lower_ == "next" or bool(_ORDINAL.match(token.text)))
        and (
            token.dep_ in ("nsubj", "nsubjpass")
            or (token.dep_ == "dobj" and _STAGING.match(token.head.text) is not None)
            or any(c.dep_ == "relcl" and _STAGING.match(c.text) for c in token.children)
        )
        and not any(c.dep_ in ("prep", "compound") for c in token.children)
    )


#: Verbs that tell a sitting as their subject besides those that stage one: "met", "is
#: scheduled", "is expected".
_SITS_OR_IS_DUE = re.compile(r"^(?:met$|meet|schedul|expect|due$)", re.I)


def _tells_a_sitting(word: Token) -> bool:
    return bool(_STAGING.match(word.text) or _SITS_OR_IS_DUE.match(word.text))


def _one_of_the_series(token: Token) -> bool:
    """'The previous one was held in Lima in 2021', 'the next one will take place in Quito':
    "one" placed in a series by its adjective, the subject of a verb that tells a sitting,
    stands for the sitting just told; "the previous one was better" tells of none."""
    placed = any(
        c.dep_ == "amod"
        and (c.lower_ in _IN_SERIES or c.lower_ in _EARLIER or _ORDINAL.match(c.text))
        for c in token.children
    )
    verb = token.head
    around = list(verb.children)
    tells = token.dep_ in ("nsubj", "nsubjpass") and (
        _tells_a_sitting(verb)
        or (verb.lower_.startswith(("take", "took")) and any(c.lower_ == "place" for c in around))
        or any(c.dep_ in ("acomp", "xcomp") and _tells_a_sitting(c) for c in around)
    )
    return placed and tells


def _host_of(sitting: Token) -> str | None:
    """The place that stages a sitting as its subject: "since Lusaka hosted the second", "the
    next session, which Kenya will host in 2027"."""
    if sitting.dep_ == "dobj" and _STAGING.match(sitting.head.text):
        verb = sitting.head
    else:
        # the clause may hang on the body the sitting is of: "the session of the commission,
        # which …"
        of = [g for c in sitting.children if c.lower_ == "of" for g in c.children]
        verb = next(
            (
                c
                for noun in (sitting, *of)
                for c in noun.children
                if c.dep_ == "relcl" and _STAGING.match(c.text)
            ),
            None,
        )
        if verb is None or not any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children):
            return None
    gaz = gazetteer()
    for child in verb.children:
        if child.dep_ == "nsubj":
            name = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
            if name and (gaz.code_of(name) or gaz.is_city(name)):
                return name
    return None


def _sitting_just_told(earlier: list[MeetingMention], sentence: int) -> MeetingMention | None:
    """The sitting the sentence before, or this one, told of last (not the officials' talks
    that a sitting's noun stood for: "the session was prepared by officials")."""
    told = [m for m in earlier if sentence - 1 <= m.sentence <= sentence and not m.preparing]
    return told[-1] if told else None


#: A meeting held at the edge of a gathering just told: "held talks on the margins of the
#: event", "met on the sidelines of the forum".
_ON_ITS_MARGINS = re.compile(
    r"\b(?:on the (?:sidelines|margins|fringes?) of|alongside|(?P<eve>on the eve of)) "
    r"(?:the|this|that|its) (?P<noun>event|forum|meeting|session|summit|conference|gathering|"
    r"ceremony|talks|visit|commission|committee|council)\b",
    re.I,
)


def _margins_of(text: str, token: Token, sentence: Sentence) -> re.Match[str] | None:
    """The words that set a meeting on the margins of another, after its word in the
    sentence ("met on the sidelines of the summit") or opening the sentence before it ("On
    the sidelines of the session, business people met in a forum")."""
    after = _ON_ITS_MARGINS.search(text, token.idx, sentence.end)
    if after is not None:
        return after
    before = _ON_ITS_MARGINS.search(text, sentence.start, token.idx)
    return before if before is not None and before.start() == sentence.start else None


def _on_the_margins_of_the_one_before(
    text: str, mention: MeetingMention, earlier: list[MeetingMention], margins: re.Match[str]
) -> None:
    """A meeting on the margins of (alongside, on the eve of) the gathering told before
    takes its place, and its day (or the day before), when it has none of its own: it was
    held where and when the gathering was. "The session" there is the one the phrase
    points back to, as any definite description does."""
    word = _word_family(margins.group("noun"))
    gathering = _antecedent(text, mention, None if word == "visit" else word, earlier)
    if gathering is None:
        return
    eve = bool(margins.group("eve"))
    mention.place = mention.place or gathering.place
    if mention.date is None and eve:
        if gathering.date and len(gathering.date) == 10:
            mention.date = _day_before(gathering.date)
    elif mention.date is None:
        mention.date = gathering.date


_SAME_DAY = re.compile(r"\b(?:on|during) the same day\b|\bthe same day,", re.I)
#: The day before the meeting just told: "the day before", "the previous day", "on the eve".
_DAY_BEFORE = re.compile(
    # "on the eve" alone is the eve of the meeting just told ("on the eve of X" names its X)
    r"\b(?:the|a) day (?:before|earlier)\b|\bthe previous day\b|\bon the eve\b(?!\s+of\b)",
    re.I,
)


def _the_day_before(earlier: list[MeetingMention], sentence: int) -> str | None:
    """The day before the meeting told with its full date in this sentence or the one
    before, the last one so told."""
    day = next(
        (
            m.date
            for m in reversed(earlier)
            if m.date and len(m.date) == 10 and m.sentence >= sentence - 1
        ),
        None,
    )
    if day is None:
        return None
    return _day_before(day)


def _day_before(day: str) -> str:
    """The day before a full date (YYYY-MM-DD)."""
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def _one_per_date(
    adoc: ArticleDoc, sentence: Sentence, token: Token, mention: MeetingMention
) -> list[MeetingMention]:
    """A plural meeting word with several dates in its own phrase tells of one meeting a
    date ("the visits of the trade minister in May and of the health minister in July")."""
    if (
        token.tag_ != "NNS"
        or token.lower_ == "talks"
        or mention.reference
        or mention.date is None
        or mention.scope is None
    ):
        return [mention]
    start, end = mention.scope
    others = _of_other_meetings(sentence, token)
    values: list[str] = []
    for date in dates_for(adoc, sentence, token.idx, excluded=others):
        if start <= date.start < end and date.value and date.value not in values:
            values.append(date.value)
    if len(values) < 2:
        return [mention]
    return [dataclasses.replace(mention, date=value, also=list(mention.also)) for value in values]


def _bodies_sitting(adoc: ArticleDoc, token: Token, bodies: list[BodyMention]) -> list[BodyMention]:
    """Two or more bodies told as meeting together, each its own sitting: "meetings of the
    Border Sub-committee and (of) the Investment Sub-committee", "its Working Group on Transport
    and Working Group on Energy met"; none when one body (or none) is named so."""
    heads = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj" and c.lower_ == "of"]
    named = [o for h in heads for o in h.children if o.dep_ == "pobj"]
    if len(heads) > 1:  # "of A and of B": the phrase of the first holds both
        named = [heads[0], *named]
    named += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    for word in named:
        start, end = _extent(word)
        found = sorted((b for b in bodies if start <= b.start and b.end <= end), key=lambda b: b.start)
        joined = all(_AND_THE.fullmatch(adoc.text[a.end : b.start]) for a, b in pairwise(found))
        if len(found) >= 2 and joined:
            return found
    return []


#: What joins the names of bodies listed together: ", ", " and the ", ", and ".
_AND_THE = re.compile(r"\s*(?:,|,?\s*and)\s+(?:of\s+)?(?:the\s+)?", re.I)


def _one_per_body(mention: MeetingMention, sitting: list[BodyMention]) -> list[MeetingMention]:
    """A mention of bodies sitting together is one sitting per body."""
    if not sitting or mention.reference:
        return [mention]
    return [dataclasses.replace(mention, body=b.name, also=list(mention.also)) for b in sitting]


def _in_passing(text: str, token: Token, mention: MeetingMention) -> bool:
    """Not a meeting of its own: a plural with no place or date of its own ("frequent
    ministerial meetings and exchanges"); a named summit of a group or region; negotiations
    that are only wanted ("a need for negotiations"); a visit only offered ("invited her to
    visit"); the subject of a document ("a programme of consultations")."""
    if _group_summit(token) or _wanted(token) or _only_invited(token) or _named_in_document(token):
        return True
    if _of_many_states(token):
        return True
    if _one_sides_sitting(token) or _one_governments_meeting(token):
        return True
    drafting = _negotiations_of_a_document(token)
    if not drafting and not _recurring(token) and (
        token.tag_ != "NNS" or token.lower_ in ("talks", "consultations", "negotiations")
    ):
        return False
    # a plural, or the negotiation of a document, names particular meetings only with a
    # place or date of its own
    start, end = trigger_scope(token)
    # "negotiations on a memorandum on workers in Kuwait, to replace that of 2015": the
    # place and the year are the text's subject and the text it replaces, not the talks'
    theirs = _subject_of_the_document(token) if drafting else []
    scope = "".join(
        " " if any(a <= i < b for a, b in theirs) else text[i] for i in range(start, end)
    )
    own_place = bool(mention.place) and mention.place in scope
    own_date = any(
        start <= t.idx < end and not any(a <= t.idx < b for a, b in theirs)
        for t in token.subtree
        if t.like_num and not t.is_alpha
    )  # "in 2024", "on 3 May"; not "two plus two consultations"
    return not (own_place or own_date)


#: Words that make meetings a schedule rather than a particular one.
_RECURRING = {"regular", "periodic", "annual", "yearly", "biannual", "biennial", "frequent",
              "routine", "monthly", "quarterly", "recurring", "regularly", "annually",
              "periodically", "frequently", "routinely"}


def _recurring(token: Token) -> bool:
    """'to hold regular ministerial meetings, including consultations of the foreign
    ministers': a schedule (SCHEMA: schedules are not meetings) — a plural meeting word
    that a word of recurrence qualifies, or that is listed under such a plural ("including",
    "such as"), in a clause that is not in the past tense ("held annual talks in Delhi on
    Monday" tells of one round). Its own place or date still makes it a meeting."""
    if token.tag_ != "NNS" or governing_verb(token).tag_ == "VBD":
        return False
    if _qualified_as_recurring(token):
        return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("including", "like", "as"):
        listed_under = head.head
        nouns = [listed_under] if listed_under.pos_ in ("NOUN", "PROPN") else [
            c for c in listed_under.children if c.dep_ in ("dobj", "nsubjpass")
        ]
        return any(n.tag_ == "NNS" and _qualified_as_recurring(n) for n in nouns)
    return False


def _qualified_as_recurring(noun: Token) -> bool:
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "their", "its")
           for c in noun.children):
        return False  # "their annual consultations": particular ones
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in _RECURRING for c in noun.children):
        return True
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in _RECURRING for c in verb.children
    )


#: Words before a meeting word that make it one government's own: "a government meeting",
#: "the cabinet session", "a party meeting".
_OWN_GOVERNMENT = re.compile(r"^(?:government|cabinet|party|parliamentary|interagency|"
                             r"inter-?ministerial|domestic|internal)$", re.I)
_OF_TWO = re.compile(r"\b(?:joint|bilateral|binational|bi-national|intergovernmental|"
                     r"inter-governmental|two|both|to)\b", re.I)


def _one_governments_meeting(token: Token) -> bool:
    """'The President held a working government meeting', 'after the cabinet session': a
    meeting of one state's own government, not of the two sides — unless its words join
    two ("a joint cabinet meeting", "government-to-government talks") or name a state
    pair ("the Chile-Peru cabinet session")."""
    if token.lower_ not in ("meeting", "meetings", "session", "sessions", "sitting"):
        return False
    before = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    words = [t for c in before for t in c.subtree]
    if not any(_OWN_GOVERNMENT.match(t.text) for t in words):
        return False
    phrase = token.doc[min(t.i for t in words) : token.i].text
    gaz = gazetteer()
    return not (_OF_TWO.search(phrase) or any(gaz.code_of(t.text) for t in words))


def _negotiations_of_a_document(token: Token) -> bool:
    """'restarting the stalled negotiations for the water deal', 'negotiations on a free
    trade agreement': the making of a document, a process rather than a meeting."""
    if token.lower_ not in ("negotiations", "negotiation"):
        return False
    return any(
        prep.lower_ in ("on", "for", "over", "towards", "toward")
        and any(_a_document(obj) for obj in prep.children if obj.dep_ == "pobj")
        for prep in token.children
        if prep.dep_ == "prep"
    )


def _subject_of_the_document(token: Token) -> list[tuple[int, int]]:
    """The spans that tell what the negotiated document is about, or what it replaces: its
    noun's "on …"/"of …" phrases that name no time, and its clauses."""
    spans = []
    for noun in token.subtree:
        if noun.i == token.i or not _a_document(noun):
            continue
        for child in noun.children:
            about = child.dep_ == "prep" and child.lower_ in _ABOUT and not any(
                t.ent_type_ in ("DATE", "TIME") for t in child.subtree
            )
            if about or child.dep_ in ("acl", "relcl"):
                spans.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge)))
    return spans


_ABOUT = {"on", "of", "about", "concerning", "regarding", "for"}


#: Nouns of a document's making that its name follows: "the conclusion of a memorandum".
_MAKING_OF = {"conclusion", "signing", "signature", "drafting", "adoption", "text", "renewal"}


def _a_document(noun: Token) -> bool:
    """A document's noun, or the noun of its making ("for the conclusion of a memorandum")."""
    if _DOCUMENT_HEADS.match(noun.lower_) or noun.lower_ in (
        "deal", "deals", "treaty", "treaties", "accord", "pact"
    ):
        return True
    return noun.lower_ in _MAKING_OF and any(
        prep.lower_ == "of" and any(_a_document(o) for o in prep.children if o.dep_ == "pobj")
        for prep in noun.children
    )


#: Words that make a gathering one of many states, whoever convenes it.
_MANY_STATES = {"multilateral", "international", "regional", "global", "multinational"}


def _of_many_states(token: Token) -> bool:
    """'a multilateral conference', 'to convene an international conference': a gathering
    of many states is not a meeting of the two sides (their talks on its sidelines are)."""
    nouns = (
        [token]
        if token.pos_ in ("NOUN", "PROPN")
        else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    )
    return any(
        c.dep_ == "amod" and c.lower_ in _MANY_STATES for noun in nouns for c in noun.children
    ) or any(_given_by_an_organisation(verb) for verb in _giving_verbs(token, nouns))


#: Verbs of giving a gathering: who hosts or convenes it.
_HOSTED = re.compile(r"^(?:host|conven|organi[sz]|chair)", re.I)
#: The head of an organisation of states, who convenes many, never one pair alone.
_ORGANISATIONS_HEAD = re.compile(r"\bSecretary[- ]General\b", re.I)


def _giving_verbs(token: Token, nouns: list[Token]) -> list[Token]:
    """The trigger itself when it is a verb of giving ("hosted"), and such verbs whose
    clause describes the gathering ("the dinner hosted by …")."""
    verbs = [token] if token.pos_ == "VERB" and _HOSTED.match(token.lower_) else []
    return verbs + [
        c for noun in nouns for c in noun.children if c.dep_ == "acl" and _HOSTED.match(c.lower_)
    ]


def _given_by_an_organisation(verb: Token) -> bool:
    """'the dinner hosted by the Secretary-General', 'a conference convened by the African
    Union': a gathering an organisation of states gives is one of many states."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        who = verb.doc[agent.left_edge.i : agent.right_edge.i + 1].text
        if names_a_group(who) or _ORGANISATIONS_HEAD.search(who):
            return True
    return False


_DOCUMENT_HEADS = re.compile(
    r"^(?:programs?|programmes?|plans?|schedules?|calendars?|protocols?|agreements?|memorand\w+)$"
)


#: Organs of one state that sit on their own: a legislature, a cabinet, a government.
_ONE_STATES_ORGAN = re.compile(
    r"\b(?:parliament|senate|duma|assembly|congress|house|chamber|cabinet|government|"
    r"council of ministers|federation council|majlis|legislature)\b",
    re.I,
)


def _one_sides_sitting(token: Token) -> bool:
    """'The senate passed the bill at its sitting on Tuesday', 'the cabinet decided at its
    session': the sitting of one state's own organ, not a meeting of the two sides."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("at", "during", "in"):
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _subject(verb)
    return bool(_ONE_STATES_ORGAN.search(subject)) and not re.search(
        r"\b(?:joint|both|two|bilateral|intergovernmental)\b", subject, re.I
    )


def _named_in_document(token: Token) -> bool:
    """'a programme of consultations', 'the plan of meetings': a document's subject."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and bool(_DOCUMENT_HEADS.match(head.head.lower_))
    )


_WISH = re.compile(
    r"^(?:needs?|needed|calls?|called|calling|push(?:ed)?|appeal(?:s|ed)?|necessity)$"
)


def _wanted(token: Token) -> bool:
    """'the need for negotiations', 'called for talks': a wish, not a meeting."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        return bool(_WISH.match(head.head.lower_))
    return False


def _only_invited(token: Token) -> bool:
    """'invited her counterpart to visit', 'thanked him for the invitation to visit': a visit
    offered is no meeting until it is accepted or set ("accepted the invitation to visit")."""
    head = token.head
    if token.pos_ != "VERB" or token.dep_ not in ("xcomp", "acl"):
        return False
    accepted = head.dep_ in ("dobj", "nsubjpass") and head.head.lower_.startswith("accept")
    return head.lower_.startswith("invit") and not accepted


def _group_summit(token: Token) -> bool:
    """A capitalised Summit whose name holds a proper noun that is not a state: a region,
    a bloc or a group ("G20 Summit", "EU-Africa Summit") meets many states, not two. So
    does a summit, session, meeting, forum or conference named after a multilateral group
    ("the G20 summit", "the session of the UN General Assembly"): only the bilateral talks
    on its sidelines are the pair's meeting. The name is the words before the trigger and
    its "of" phrase, not "on the sidelines of …" around it."""
    if token.lower_ == "summit" and _named_by_acronym(token):
        return True  # "the SADC summit": an organisation's summit, many states
    if token.text == "Summit":
        # but "the Chile-Peru Intergovernmental Summit", "the XV Luso-Brazilian Summit" (a
        # state in its combining form, the sitting's number in Roman figures) is the pair's
        # ("the fourth Annual Summit", "the Bilateral Summit": words of its rhythm or of
        # its two sides name no group)
        name = [
            t.text
            for t in token.subtree
            if t.i < token.i
            and t.pos_ == "PROPN"
            and not _ROMAN_NUMBER.match(t.text)
            and t.lower_ not in _RECURRING
            and not _OF_TWO.fullmatch(t.text)
        ]
        states = [_state_named(word) for word in name]
        if len(set(states) - {None}) < 2 and None in states:
            return True
    if token.lower_ not in _GATHERINGS:
        return False
    doc, sent = token.doc, token.sent
    start = token.i  # the words of its name before it ("the 80th UN Security Council session")
    while start > sent.start and (
        doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM")
        or doc[start - 1].lower_ in ("plus", "+", "-")
        or (
            doc[start - 1].lower_ in ("of", "the")
            and start - 2 >= sent.start
            and doc[start - 2].is_title
        )
    ):
        start -= 1
    end = token.i + 1  # its "of" phrase ("the session of the General Assembly"), up to "in …"
    while end < sent.end and (
        doc[end].lower_ in ("of", "the")
        or doc[end].pos_ in _NAME_POS
        # "… of Latin American and Caribbean States": a name's own "and"
        or (doc[end].lower_ == "and" and end + 1 < sent.end and doc[end + 1].is_title)
    ):
        end += 1
    return names_a_group(doc[start:end].text)


_NAME_POS = ("PROPN", "NOUN", "ADJ", "NUM", "DET")
_GATHERINGS = {
    "summit",
    "summits",
    "session",
    "sessions",
    "meeting",
    "meetings",
    "forum",
    "conference",
}


_ROMAN_NUMBER = re.compile(r"^[IVXLC]+$")
_COMBINING_FORM = re.compile(rf"^(?:{COMBINING})$")


def _state_named(word: str) -> str | None:
    """The state a word of a name stands for: its name or demonym, or its combining form
    ("Luso-", "Sino-") standing for one."""
    return gazetteer().code_of(word) or (word if _COMBINING_FORM.match(word) else None)


def _is_definite(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det"
    )


def _same_as_before(mention: MeetingMention, earlier: list[MeetingMention]) -> None:
    """'The meeting took place in Valletta on June 3' right after '… the 6th meeting of
    their Joint Commission': the same session, now with its place and date."""
    for previous in reversed(earlier):
        if mention.sentence - previous.sentence > 2:
            return
        if previous.body and previous.status == mention.status:
            mention.kind, mention.body = previous.kind, previous.body
            return


def _of_the_series_before(
    adoc: ArticleDoc, mention: MeetingMention, token: Token, earlier: list[MeetingMention]
) -> None:
    """'The next Annual Consultation will take place in Uganda' after the presidents held
    their fourth one: a sitting of a named series is at the level of the series' earlier
    sitting, whatever its own sentence names. So is a numbered sitting after a numbered
    sitting of a body ("the 13th meeting" after "the 12th plenary meeting of the
    Commission"): its body's."""
    numbered = _numbered(token)
    if not (numbered or any(c.lower_ in _IN_SERIES for c in token.lefts)):
        return
    name = _series_name(token)
    for previous in reversed(earlier):
        span = adoc.doc.char_span(previous.start, previous.end, alignment_mode="expand")
        if span is None or previous.kind == "talks":
            continue
        sitting = _sitting_of(span.root)
        theirs = _series_name(sitting)
        named_series = " " in name and theirs == name  # not "the next meeting" (docs, tried)
        of_a_body = (
            numbered
            and previous.body is not None
            and _numbered(sitting)
            and (theirs == name or theirs.endswith(" " + name))
        )
        if named_series or of_a_body:
            mention.kind = previous.kind
            mention.body = mention.body or previous.body
            return


def _sitting_of(token: Token) -> Token:
    """The sitting a body's name is told of: "round" in "the fifth round of the Strategic
    Dialogue"; the token itself when its name hangs from no sitting noun."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _SITTINGS_OF:
        return head.head
    return token


def _series_name(token: Token) -> str:
    """A meeting's name without its place in the series: "Annual Consultation"."""
    words = [
        c.lower_
        for c in token.lefts
        if c.dep_ in ("compound", "amod") and c.lower_ not in _IN_SERIES and not _ORDINAL.match(c.text)
    ]
    head = token.lower_[:-1] if token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") else token.lower_
    return " ".join([*words, head])  # the pipeline has no lemmatizer: the plural's "s" goes


def _the_visitor_talks(
    found: list[MeetingMention], sentence: Sentence, here: list[MeetingMention]
) -> bool:
    """'X arrived in Tashkent for an official visit. He held talks with his counterpart':
    talks that the visitor (a pronoun opening the next sentence) holds are the visit's
    meeting, as they are when one sentence tells both."""
    last = found[-1] if found else None
    return (
        last is not None
        and last.is_visit
        and last.sentence == sentence.index - 1
        and bool(_BY_THE_VISITOR.match(sentence.text))
        and any(not m.is_visit and m.status == last.status and not m.body for m in here)
    )


#: A sentence whose subject is the one who travelled: "He held talks …", "She met …".
_BY_THE_VISITOR = re.compile(r"^\s*(?:He|She|There,?\s+(?:he|she))\s+(?:also\s+)?(?:held|met|had)\b")


def _visit_with_talks(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """A visit during which the sides meet is that meeting ("will pay an official visit to
    Chile … and hold talks"): the meeting keeps the visit's place and date."""
    visits = [m for m in mentions if m.is_visit]
    others = [m for m in mentions if not m.is_visit]
    for visit in visits:
        # not a reference to a sitting told before ("on the margins of the meeting, it was
        # announced that the president is expected for a visit"): that one is not its talks
        partner = next(
            (
                m
                for m in others
                if m.status == visit.status
                and not m.reference
                # "the commission, which last met in Lisbon, reviewed a plan signed during
                # the visit to Luanda": a body's sitting held elsewhere is not its talks
                and not (m.body and not compatible(m.place, visit.place))
            ),
            None,
        )
        if partner is None:
            continue
        partner.place = partner.place or visit.place
        partner.date = partner.date or visit.date
        _at_the_travellers_level(partner, visit)
        mentions = [m for m in mentions if m is not visit]
    return mentions


#: People who are no state's officials: whom a minister meets besides his counterpart.
_NOT_OFFICIALS = {
    "business", "businessmen", "businesspeople", "businesswomen", "companies", "company",
    "firms", "investors", "entrepreneurs", "executives", "diaspora", "community", "students",
    "journalists", "media", "employers", "traders", "farmers",
}
#: Spans of time that a process lasts: "years of negotiations", "months of talks".
_SPANS_OF_TIME = {"years", "months", "weeks", "decades"}


def _meets_no_officials(token: Token) -> bool:
    """Whom the verb meets (its object) are business people, a diaspora, students …; or
    those who meet (its subject) are, with no official among them ("business people of the
    two countries met in a forum": the forum is the meeting, if any)."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects and all(any(t.lower_ in _NOT_OFFICIALS for t in o.subtree) for o in objects):
        return True
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_of_no_officials(s) for s in subjects)


def _of_no_officials(noun: Token) -> bool:
    """'business people', 'Chilean and Swedish firms': the noun, or the noun it modifies,
    and each noun joined to it, name people of no office."""
    nouns = [noun, *noun.conjuncts]
    return all(
        n.lower_ in _NOT_OFFICIALS
        or any(c.dep_ == "compound" and c.lower_ in _NOT_OFFICIALS for c in n.children)
        for n in nouns
    )


def _a_span_of(token: Token) -> bool:
    """'years of negotiations', 'after months of talks'."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _SPANS_OF_TIME


#: A meeting moved to a new date: "postponed to September", "rescheduled for 3 May".
_MOVED_TO = re.compile(
    r"\b(?:postponed|delayed|deferred|moved|pushed back|rescheduled|put off)\s+"
    r"(?:(?:once again|again|until|till|to|for)\s+)*$",
    re.I,
)


def _moved_to(adoc: ArticleDoc, sentence: Sentence) -> DateMention | None:
    """The date a sentence moves its meeting to."""
    for date in adoc.dates_in(sentence.start, sentence.end):
        before = adoc.text[max(sentence.start, date.start - 40) : date.start]
        if date.value and _MOVED_TO.search(before):
            return date
    return None


def _ahead(date: DateMention, adoc: ArticleDoc) -> DateMention:
    """A planned meeting's date that hangs on the tense ("in June", "on Friday") and came
    out before the article, read forward: its clause told of preparing, not of the past."""
    published = adoc.published
    if published is None or date.form not in TENSE_FORMS or not date.value:
        return date
    if date.value >= published.isoformat()[: len(date.value)]:
        return date
    return dataclasses.replace(date, value=resolve(date.text, date.form, published, True))


def of_another_pair(adoc: ArticleDoc, sentence_index: int, codes: set[str]) -> bool:
    """'Kenya's president met China's foreign minister': a meeting whose sentence names one
    state of the reported pairs and a state of none of them is that other pair's meeting.
    (Documents keep theirs: the same test on them cost the held-back half of the dev set a
    document. Leaving out a third state named as the place, "in China", was measured in
    the fifteenth session and not kept: probes 5 check half -0.0010.)"""
    sentence = adoc.sentences[sentence_index]
    sides = adoc.countries_in(sentence.start, sentence.end)
    ours = {m.code for m in sides if m.code in codes}
    return len(ours) == 1 and any(m.code not in codes for m in sides)


def is_headline(adoc: ArticleDoc, sentence: Sentence) -> bool:
    """The title line restates the article: its facts are found again in the body."""
    title = (adoc.article.title or "").strip()
    return sentence.index == 0 and bool(title) and sentence.text.strip() == title


def is_headline_line(adoc: ArticleDoc, sentence: Sentence) -> bool:
    """Without a title in the metadata, the short lines with no stop above the body (a
    headline, a kicker, a date line) are its headline: what they tell, the body tells again
    when it tells anything of the kind (else the headline is all there is)."""
    if adoc.article.title or len(adoc.sentences) < 3:
        return False
    return sentence.index < _first_body_sentence(adoc)


def _first_body_sentence(adoc: ArticleDoc) -> int:
    key = ("first body sentence",)
    if key not in adoc.memo:
        first = next(
            (s.index for s in adoc.sentences if not _a_line_above_the_body(adoc, s)),
            len(adoc.sentences),
        )
        adoc.memo[key] = (first,)
    return int(adoc.memo[key][0])  # type: ignore[call-overload]


def _a_line_above_the_body(adoc: ArticleDoc, sentence: Sentence) -> bool:
    text = sentence.text.strip()
    lines = text.splitlines()
    return (
        not any(line.rstrip().endswith((".", "!", "?", "”", '"', ":")) for line in lines)
        and all(len(line.split()) <= _HEADLINE_WORDS for line in lines)
        and adoc.text[sentence.end : sentence.end + 1] == "\n"
    )


#: The most words a headline has: a longer first line is a sentence of the body.
_HEADLINE_WORDS = 20


def _resolve_reference(
    text: str, mention: MeetingMention, earlier: list[MeetingMention]
) -> MeetingMention | None:
    """'That meeting' is the last meeting of the same status named before it (returned);
    'the visit' the last visit of that status, when one was named: a definite description
    points back to an antecedent its own noun fits, and a noun repeated ("the 14th meeting
    … following the meeting") fits better than another meeting word told in between
    ("… the talks of the presidents in August")."""
    word = None if mention.is_visit else _word_family(text[mention.start : mention.end])
    previous = _antecedent(text, mention, word, earlier)
    if previous is None:
        return None
    mention.kind, mention.place, mention.date = previous.kind, previous.place, previous.date
    mention.body = mention.body or previous.body
    return previous


def _antecedent(
    text: str, mention: MeetingMention, word: str | None, earlier: list[MeetingMention]
) -> MeetingMention | None:
    """The meeting named before that a description with the noun ``word`` points back to
    (a visit when ``word`` is None): of the mention's status, the noun repeated if one is;
    one named in the mention's own sentence first ("a visit, during which she met …"),
    else the story's own meeting, told first and referred to most often so far ("the
    session" after "the seventh session" told in passing is still the one reported)."""
    candidates = [p for p in earlier if p.status == mention.status and not p.reference]
    if word is None:
        fitting = [p for p in candidates if p.is_visit]
    else:
        fitting = [p for p in candidates if _word_family(text[p.start : p.end]) == word]
    pool = fitting or candidates
    if not pool:
        return None
    here = [p for p in pool if p.sentence == mention.sentence]
    return here[-1] if here else max(reversed(pool), key=lambda p: salience(p, earlier))


def salience(meeting: MeetingMention, earlier: list[MeetingMention]) -> int:
    """How much ``meeting`` is the story's: the references before that took it for their
    antecedent (they carry its kind, place and date), and one more for the article's first
    meeting, the one its lead reports."""
    own = (meeting.kind, meeting.place, meeting.date, meeting.body)
    referred = sum(1 for m in earlier if m.reference and (m.kind, m.place, m.date, m.body) == own)
    lead = next((m for m in earlier if not m.reference), None)
    return referred + (meeting is lead)


def _word_family(word: str) -> str:
    """The noun a meeting word repeats: "met" and "meetings" are "meeting"."""
    word = word.lower()
    if word in ("met", "meet", "meets", "meetings"):
        return "meeting"
    return word[:-1] if word.endswith("s") and word not in ("talks", "consultations") else word


def _relative_to_a_meeting(token: Token) -> bool:
    """A verb of a relative clause on a meeting ("the session, which both sides want to
    convene in May"): it speaks of that meeting."""
    verb = token
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "want to convene"
    return verb.dep_ == "relcl" and _names_a_meeting(verb.head)


def _names_a_meeting(noun: Token) -> bool:
    """A meeting word, or a noun inside a meeting's phrase ("the session of the Joint
    Commission"): what a relative clause after it may speak of."""
    current = noun
    for _ in range(7):
        if TRIGGERS.match(current.text) and current.pos_ in ("NOUN", "PROPN"):
            return True
        if current.dep_ not in ("pobj", "prep", "compound", "appos") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _before_another_meeting(text: str, token: Token, end: int) -> int:
    """Where a trigger's own phrase ends: before another meeting it is set before or after
    ("consultations ahead of the next session of the Commission": the body, kind, place
    and date after "session" are that session's, not the consultations')."""
    others = [
        t.idx
        for t in token.subtree
        if t.i > token.i
        and TRIGGERS.match(t.text)
        and t.pos_ in ("NOUN", "PROPN")
        and _ANOTHER_TIME.search(text[token.idx : t.idx])
    ]
    # "a call, during which they reviewed the preparation of the next session of the
    # Commission": what was done during the meeting, another meeting named in it, is no
    # part of the meeting's own phrase
    for t in token.subtree:
        if t.i > token.i and TRIGGERS.match(t.text) and t.pos_ in ("NOUN", "PROPN"):
            clause = next((a for a in t.ancestors if a.dep_ == "relcl" and a.head.i == token.i), None)
            if clause is not None and _during_which(clause):
                others.append(clause.left_edge.idx)
    return min([end, *others])


def _during_which(clause: Token) -> bool:
    """A relative clause opened by a preposition and "which": "during which", "at which"."""
    return any(
        c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in clause.children
    )


#: Words that set a meeting before or after another one it names.
_ANOTHER_TIME = re.compile(
    r"\b(?:ahead of|before|after|following|prior to|in preparation for|to prepare)\b", re.I
)

#: Participles that tell where and when a meeting takes place.
_STAGED = re.compile(
    r"^(?:hosted|held|convened|organi[sz]ed|conducted|reali[sz]ed|scheduled|slated|planned)$", re.I
)


def _staged_as_done(token: Token) -> bool:
    """A meeting staged by a bare past participle ("the twelfth session, held in Madrid in
    2019", "talks with the minister, hosted by the embassy"): a reduced relative in the
    past ("which was held"), whatever the tense of the clause it sits in. "To be held" and
    "being held" are still to come; a plan's own participles ("scheduled") tell no past."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    own = (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and _STAGED.match(c.text))
    verb = next(own, None) or _participle_after(token)
    return (
        verb is not None
        and verb.lower_ not in ("scheduled", "slated", "planned")
        and verb.doc[verb.i - 1].lower_ not in ("be", "being")
    )


def _describes_the_meeting_before(verb: Token) -> bool:
    """A participle of staging with no subject of its own, set off by a comma after a
    meeting's phrase ("the 4th Session of the Commission, to be hosted in Kampala in May";
    "talks with the minister, held in Lima on Monday"): a reduced relative clause on that
    meeting, whatever the parse hangs it on. Its place and date are the meeting's."""
    if verb.tag_ != "VBN" or not _STAGED.match(verb.text):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    i = verb.i - 1
    doc = verb.doc
    while i > verb.sent.start and doc[i].lower_ in ("to", "be", "being"):
        i -= 1
    if i <= verb.sent.start or doc[i].text != ",":
        return False
    return _names_a_meeting(doc[i - 1])


def _participle_after(token: Token) -> Token | None:
    """The staging participle that describes the phrase ``token`` heads, if one follows."""
    end = max(t.i for t in token.subtree)
    doc = token.doc
    for verb in doc[end + 1 : min(end + 5, token.sent.end)]:
        if verb.tag_ == "VBN":
            return verb if _describes_the_meeting_before(verb) else None
    return None


def _with_its_participle(token: Token, start: int, end: int) -> tuple[int, int]:
    """A meeting noun's scope, reaching over the participle that stages it: its
    prepositions and the time phrases it governs."""
    verb = _participle_after(token) if token.pos_ in ("NOUN", "PROPN") else None
    if verb is None:
        return start, end
    words = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    return start, max([end, verb.idx + len(verb.text), *(t.idx + len(t.text) for t in words)])


#: Nouns of the buildings and rooms meetings are held in: a meeting word before one of them
#: names the place, not a meeting.
_PLACES_TO_MEET = {
    "room", "rooms", "hall", "halls", "centre", "center", "centres", "centers", "place",
    "places", "venue", "venues", "house", "facility", "facilities", "building", "complex",
}


def _is_meeting_trigger(token: Token) -> bool:
    lower = token.lower_
    if _describes_the_meeting_before(token):
        return False  # "the 4th Session, to be hosted in Kampala": that session's own verb
    if any(
        c.dep_ == "dobj" and (_elliptical_sitting(c) or (TRIGGERS.match(c.text) and c.pos_ == "NOUN"))
        for c in token.children
    ):
        return False  # "since Lusaka hosted the second (session)": the sitting is its object
    if token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and _elliptical_sitting(c)
        for c in token.children
    ):
        return False  # "since the eighth (session) met in Riga": the sitting is its subject
    if lower in ("round", "rounds"):
        return _a_round_of_talks(token)
    if lower == "dialogue":
        return _a_sitting_of_the_format(token)
    if lower in ("retreat", "retreats"):  # "the Leaders' Retreat": a format of summits
        before = token.doc[max(0, token.i - 3) : token.i]
        return token.pos_ in ("NOUN", "PROPN") and any(t.lower_ == "leaders" for t in before)
    if lower == "witnessed":
        return _leaders_witness(token)
    if lower == "received":
        return _receives_an_official(token)
    if lower == "chaired":
        return _co_chaired_a_body(token)
    if lower in _SPEAKING:
        return _by_line(token) or _spoke_with_an_official(token)
    if lower == "talk":  # "a telephone talk": a call; "a talk" alone is a lecture
        return token.i > 0 and token.nbor(-1).lower_ in ("telephone", "phone", "video")
    if lower in ("call", "conference", "conversation"):
        prev = token.doc[max(0, token.i - 3) : token.i].text.lower()
        return (
            bool(re.search(r"phone|telephone|video|press|bilateral|joint|courtesy", prev))
            and "press" not in prev
        )
    if lower == "consultation":  # one sitting of a format: "the seventh Annual Consultation"
        return token.i > 0 and token.nbor(-1).lower_ in _FORMATS_OF_CONSULTATION
    if lower in ("meet", "meets", "met") and token.pos_ not in ("VERB", "AUX"):
        return False
    if lower in ("plenary", "plenaries"):
        return _a_bodys_plenary(token)
    if lower == "sat":
        return _a_body_sat(token)
    if lower in ("sitting", "sittings") and token.pos_ != "NOUN":
        return False  # "would be sitting at one table": the verb, no sitting of a body
    if token.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in _RECURRING | {"often"} for c in token.children
    ):
        return False  # "the commission should meet more often", "they met regularly": a schedule
    if lower in ("meet", "meets", "met") and _meets_no_officials(token):
        return False  # "the president met business leaders": no meeting of the two states
    if lower in ("negotiations", "talks") and _a_span_of(token):
        return False  # "years of negotiations": a process, no sitting
    if lower in ("visiting", "meeting") and token.dep_ == "amod":
        return False  # "the visiting delegation", "the meeting room"
    if token.dep_ == "compound" and token.head.lower_ in _PLACES_TO_MEET:
        return False  # "a conference hall", "the Youth Meeting Centre": a building, no meeting
    if lower == "visited" and token.i > 0 and token.nbor(-1).lower_ in ("most", "least"):
        return False  # "Most Visited in Politics": a site's list of pages, no trip
    if lower == "visited" and token.i > 0 and token.nbor(-1).lower_ == "last":
        # "(last visited March 4, 2019)": a web citation dates a reading, it names no place;
        # "she last visited Chile in 2023" is a visit
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return not (after is None or after.ent_type_ == "DATE" or after.like_num)
    return not (
        lower == "session" and token.i > 0 and token.nbor(-1).lower_ in ("plenary", "photo")
    )


#: Whom an official receives when the reception is a meeting: a person with a title or a
#: delegation ("received the Ugandan Foreign Minister", "received a delegation led by …").
_RECEIVED = re.compile(
    r"\b(?:minister|president|prime minister|premier|ambassador|envoy|delegation|"
    rf"{'|'.join(cues.COUNTERPARTS)}|"
    r"secretary|chancellor|king|emir|sultan|speaker|governor|chairman|chairperson)\b",
    re.I,
)


_A_BODY = re.compile(rf"^{BODY_HEAD}$", re.I)


def _a_body_sat(verb: Token) -> bool:
    """'The commission, which last sat in Nairobi', 'the council sat for two days': a body
    that sits holds a session; people who sit ("sat down", "sat next to") hold none."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("prt", "acomp") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
        subjects = [verb.head]
    return any(_BODY_WORDS.search(s.text) or s.lower_ == "it" for s in subjects)


def _a_bodys_plenary(token: Token) -> bool:
    """'The commission held its plenary', 'the Council's next plenary', 'the plenary of the
    commission': the full sitting of a body is its session; "the plenary" alone is often
    a part of a session told already, and "the plenary session" is the noun's."""
    if not (token.pos_ == "NOUN" or token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")):
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [
        o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
    ]
    return any(o.lower_ in ("its", "their") or _A_BODY.match(o.text) for o in owners)


def _co_chaired_a_body(verb: Token) -> bool:
    """'The two ministers co-chaired the Joint Commission': the two sides' chairs sat
    together, so the body met; one who 'chaired' a body may have led it for years, and
    a co-chaired session is told by its own noun."""
    doc = verb.doc
    co = verb.i >= 2 and doc[verb.i - 2].lower_ == "co" and doc[verb.i - 1].text in "-‐‑"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return co and any(_A_BODY.match(o.text) for o in objects)


def _receives_an_official(verb: Token) -> bool:
    """'President Ruto received Foreign Minister Odongo': an official's reception of
    another is a meeting; 'received a letter', 'received praise' are not."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    guest = _guest(verb)
    if guest is None or not _an_official(guest):
        return False
    # "X received Y": the host must hold an office too; "Y was received": no host named
    return guest.dep_ == "nsubjpass" or bool(_RECEIVED.search(_subject(verb)))


#: Verbs of speaking: a meeting only by telephone or video, or with an official.
_SPEAKING = {"spoke", "speak", "speaks", "talked", "discussed"}


def _spoke_with_an_official(verb: Token) -> bool:
    """'Prime Minister A spoke to the Chancellor of B', 'the minister spoke with his
    counterpart': two officials speaking is a meeting (or a call) of their level; 'spoke to
    reporters', 'the engineer I spoke to' are not."""
    if verb.lower_ == "discussed" or verb.pos_ != "VERB":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
        for heard in (c for c in prep.children if c.dep_ == "pobj"):
            if _an_official(heard) and _RECEIVED.search(_speaker_words(verb)):
                return True
    return False


def _an_official(person: Token) -> bool:
    """The phrase's own words up to its head hold an office: "Foreign Minister Odongo", "a
    delegation"; not what follows the head ("a letter from the Foreign Minister")."""
    return bool(_RECEIVED.search(" ".join(t.text for t in person.subtree if t.i <= person.i)))


def _speaker_words(verb: Token) -> str:
    """The words of a verb's subject; when the parse gives it none but a word of time
    ("today spoke with …" after a dateline), the words before the verb on its line."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME")
        for c in subjects
        for t in c.subtree
    ):
        return _subject(verb)
    text = verb.doc.text
    return text[text.rfind("\n", 0, verb.idx) + 1 : verb.idx]


def _guest(verb: Token) -> Token | None:
    """Who is received: the object of 'received', the subject of 'was received'."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _visitor(token: Token) -> str | None:
    """Who comes to the meeting: the guest received, or who pays the call."""
    if token.lower_ == "received" and (guest := _guest(token)) is not None:
        return " ".join(t.text for t in guest.subtree)
    if token.lower_ == "call" and token.dep_ == "dobj" and token.head.lower_ in (
        "paid", "pays", "pay", "made", "makes"
    ):
        return _subject(token.head)
    return None


#: "spoke by phone", "talked over the telephone", "spoke via video link": a call is a
#: meeting of its level (SCHEMA), whoever reports it with a verb of speaking.
_BY_PHONE = re.compile(
    r"\s+(?:\w+\s+){0,7}?(?:by|on the|over the|via)\s+(?:tele)?phone\b|"
    r"\s+(?:\w+\s+){0,7}?(?:by|via) video(?:\s*(?:link|conference))?\b",
    re.I,
)


def _by_line(token: Token) -> bool:
    """The trigger names a call by telephone or video: "spoke by phone", "a phone call"."""
    lower = token.lower_
    if lower in _SPEAKING:
        return bool(_BY_PHONE.match(token.doc.text, token.idx + len(token.text)))
    if lower in ("call", "talk", "conversation", "videoconference"):
        before = token.doc[max(0, token.i - 3) : token.i].text.lower()
        return lower == "videoconference" or bool(re.search(r"phone|telephone|video", before))
    return False


#: Words that make "round" one sitting of a series of talks: "the next round", "the
#: third round", "a new round".
_ROUND_OF = re.compile(
    r"^(?:next|new|latest|last|previous|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w+th)$",
    re.I,
)


def _a_round_of_talks(token: Token) -> bool:
    """'The next round will take place in Oslo', 'the third round of consultations': a
    sitting of the sides' talks; not "a round table", "all year round" or a round of a
    contest. A round "of" a meeting word is found by that word."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
        return False
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of:
        return False  # "the third round of consultations": the consultations are the meeting
    return any(c.dep_ in ("amod", "det") and _ROUND_OF.match(c.text) for c in token.children)


#: Verbs a sitting is the subject or object of: "the dialogue was held", "convened the dialogue".
_SITTING_VERBS = re.compile(
    r"^(?:held|hold|holds|holding|(?:re)?convened|(?:re)?convene|met|meet|meets|took|take|"
    r"takes|concluded|opened|closed|ended|hosted|host|co-chaired|chaired)$",
    re.I,
)


def _name_head(token: Token) -> Token:
    """The head of the name the token ends: the parse may hang a pair written with a dash
    as an apposition ("the second Fiji – Japan Policy Dialogue")."""
    return token.head if token.dep_ == "appos" else token


def _format_named(token: Token, bodies: list[BodyMention]) -> BodyMention | None:
    """The article's body whose name the token heads ("the third Policy Dialogue")."""
    return resolve_body(token.doc[_name_head(token).left_edge.i : token.i + 1].text, bodies)


def _a_sitting_of_the_format(token: Token) -> bool:
    """A dialogue named as one of its sittings: numbered ("the second … Dialogue", "the next
    Dialogue"), a round or the holding of it ("the third round of the … Dialogue"), or
    held, convened or chaired; not the format itself ("a dialogue launched in 2022 to …")."""
    node = _name_head(token)
    if any(_ROUND_OF.match(t.text) for t in token.doc[node.left_edge.i : token.i]):
        return True
    if node.dep_ == "pobj" and node.head.head.lower_ in _SITTINGS_OF:
        return True
    return node.dep_ in ("nsubj", "nsubjpass", "dobj") and bool(_SITTING_VERBS.match(node.head.text))


_SITTINGS_OF = {"round", "rounds", "session", "sessions", "holding", "meeting", "meetings"}


def _did_something(noun: Token) -> bool:
    """A meeting that did something in the past took place: the subject of a simple past
    or a perfect ("the meeting examined …", "the session has adopted …"), the agent of a
    done passive ("the work had been prepared by a meeting of experts"), or the occasion
    of a deed done ("had prepared the summit during a telephone call")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "nsubj":
        return told_as_done(noun.head)
    by = noun.head
    return (
        noun.dep_ == "pobj"
        and (by.dep_ == "agent" or by.lower_ == "during")
        and told_as_done(by.head)
    )


def _leaders_witness(token: Token) -> bool:
    """'Presidents X and Y witnessed the signing in Oslo': the leaders met, unless
    the sentence names the meeting it happened at ("on the sidelines of the session")."""
    sentence = token.sent
    words = " ".join(t.text for t in token.subtree)
    others = [t for t in sentence if t.i != token.i and TRIGGERS.match(t.text)]
    return bool(_level(words)) and not others


def _meeting_at(
    adoc: ArticleDoc,
    sentence: Sentence,
    token: Token,
    bodies: list[BodyMention],
    summit_format: bool,
) -> MeetingMention:
    context = local_context(token)
    own = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    preparatory = "preparatory" in own
    if preparatory:  # a preparatory meeting is itself held or planned
        context = re.sub(r"\bpreparatory\b", "", context, flags=re.I)
    # a verb in the past tense or the perfect tells what happened, whatever its purpose
    # ("met on Monday to prepare the summit", "had met to prepare the texts")
    past = told_as_done(token) or _did_something(token) or _staged_as_done(token)
    past = past or _prepared_before_it(token)
    prepared_by_officials = _prepared_by_officials(token)
    # "at the ninth meeting of the committee, to be held in Tashkent": the parse may hang
    # the participle of what is ahead on another verb; the text still sets it off the phrase
    ahead = _TO_BE_HELD.match(adoc.text, token.right_edge.idx + len(token.right_edge))
    planned = _planned(context) or (ahead is not None and token.pos_ == "NOUN")
    status = "planned" if not (past or prepared_by_officials) and planned else "held"
    start, end = _with_its_participle(token, *trigger_scope(token))
    end = _before_another_meeting(adoc.text, token, end)
    scope = _without_state_organs(adoc.text[start:end])
    # leaders witnessing "the signing of the Commission agreement" are not its session
    if token.lower_ == "witnessed":
        body = None
    elif token.text == "Forum":  # a named forum is a body's only when its own name says so
        body = _body_named(scope, bodies, sole_body=False)
    elif token.lower_ == "dialogue":
        body = _format_named(token, bodies)
    else:
        body = _body_in(scope, start, bodies, token)
    if token.lower_ == "witnessed":
        kind = _level(scope) or "talks"
    else:
        kind = _kind(scope, token, body, summit_format, sentence.text)
    if kind == "summit" and _chancellors_are_foreign_ministers(adoc, sentence.text):
        kind = "ministerial"
    if preparatory and kind in ("commission_session", "working_group", "summit"):
        # a preparatory meeting prepares the session or summit; who meets gives its level
        kind = "ministerial" if "ministerial" in own else (_level(scope) or "talks")
        kind = "talks" if kind == "summit" else kind
    elif kind in ("commission_session", "ministerial", "summit") and (
        _OF_OFFICIALS.search(_own_words(token)) or prepared_by_officials
    ):
        # "the Senior Officials' Meeting of the Commission", "a meeting of experts" before
        # the ministers sit: officials meet, whoever else the sentence names
        kind = "talks"
    others = (
        _of_other_meetings(sentence, token)
        + _of_a_founding(sentence, token)
        + _of_a_trip_before_or_after(token)
    )
    if status == "planned":
        others = others + _of_the_deciding(adoc, sentence, token)
    date = nearest_date(adoc, sentence, token.idx, scope=(start, end), excluded=others)
    if (
        date
        and status == "held"
        and adoc.published
        and date.value
        and date.value > adoc.published.isoformat()[: len(date.value)]
    ):
        status = "planned"  # dated after the article: not yet held
    elif (
        date
        and status == "planned"
        and adoc.published
        and date.value
        and len(date.value) == 10
        and date.value < adoc.published.isoformat()
        and start <= date.start < end  # the meeting's own date, not one of its sentence's
        and not _DEFERRED.search(context)
    ):
        status = "held"  # a day before the article: it has taken place
    since = last_sat_at(token)
    if since is not None:  # "has not met since its session in Accra in 2018": it met then
        status = "held"
        date = next((d for d in adoc.dates_in(since.idx, _extent(since)[1]) if d.value), None)
    if status == "planned":
        date = _moved_to(adoc, sentence) or date  # "postponed to September": its new date
    if status == "planned" and date is not None:
        date = _ahead(date, adoc)  # "preparations for the visit in June": the coming June
    excluded = [(b.start, b.end) for b in bodies] + others
    place = nearest_place(
        adoc,
        sentence,
        token.idx,
        excluded,
        countries_too=kind in ("visit", "summit", "ministerial", "talks"),
        destination=kind == "visit",
        scope=(start, end),
    )
    place = _visited(token) or _host_of(token) or place
    venueless = token.lower_ in _SPEAKING or _by_line(token)
    if venueless:
        # a call has no venue: "spoke by phone … and agreed to meet in Kampala"; nor has a
        # conversation told by its verb alone: "spoke to the Prime Minister of Japan"
        place = None
    if kind in ("commission_session", "working_group"):
        own = place_in_scope(adoc, sentence, (start, end), excluded)
        place = own or place or _venue_of_its_verb(adoc, sentence, token, excluded)
    definite = any(c.lower_ in _REFERENCE_DETS for c in token.children if c.dep_ in ("det", "poss"))
    determiners = [c for c in token.children if c.dep_ == "det"]
    if (
        _numbered(token)
        or _ORDINAL.match(token.text)  # "since the eighth met in Riga": a sitting by its number
        or _visit_with_its_own_trip(adoc.text, token, sentence.end)
    ):
        reference = False  # "the 8th session", "the visit by A to B": its own, whatever came before
    elif token.text == "Forum" and body is None:
        reference = False  # "the Ghana-Togo Investment Forum": a gathering named, not one before
    elif _relative_to_a_meeting(token):
        reference = True  # "the session, which both sides want to convene in May": that one
    elif definite and token.dep_ == "pobj":
        # "during the meeting": a place or date elsewhere in the sentence is not its own
        beside = _beside_its_preposition(token)
        own_place = place is not None and (
            place in scope or any(place in adoc.text[a:b] for a, b in beside)
        )
        own_date = date is not None and any(a <= date.start < b for a, b in [(start, end), *beside])
        reference = not (own_place or own_date)
    else:
        demonstrative = any(c.lower_ in ("this", "that") for c in determiners)
        # "this round … closes on Friday": the one just named, whatever it adds
        reference = definite and (demonstrative or (place is None and date is None))
    return MeetingMention(
        kind,
        status,
        date.value if date else None,
        place,
        body.name if body else None,
        sentence.index,
        token.idx,
        token.idx + len(token.text),
        reference,
        token.lower_.startswith("visit"),
        preparatory=preparatory,
        definite=definite,
        traveller=_traveller_level(token, scope) if token.lower_.startswith("visit") else None,
        signing=cues.has(cues.SIGNING, sentence.text),
        demonstrative=any(c.lower_ in ("this", "that", "these", "those") for c in determiners),
        scope=(start, end),
        numbered=_numbered(token),
        earlier=any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in token.children),
        of_officials=bool(_OF_OFFICIALS.search(_own_words(token))),
        preparing=prepared_by_officials,
        venueless=venueless,
    )


def _of_the_deciding(adoc: ArticleDoc, sentence: Sentence, token: Token) -> list[tuple[int, int]]:
    """'agreed on Thursday to arrange a summit', 'signed yesterday in Izmir a memorandum and
    agreed that the next session …': a date or place before a planned meeting on a past verb
    it hangs from, or on a past participle's clause of its own, tells when and where that
    was done, not the meeting."""
    spans = []
    ancestors = {t.i for t in token.ancestors}
    told = [(d.start, d.end) for d in adoc.dates_in(sentence.start, token.idx)] + [
        (p.start, p.end) for p in places_in(adoc, sentence, countries_too=True) if p.end <= token.idx
    ]
    for start, end in told:
        word = adoc.doc.char_span(start, end, alignment_mode="expand")
        if word is None:
            continue
        verb = word.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if (verb.i in ancestors and verb.tag_ == "VBD") or (
            participle_of_what_was_done(verb) and verb.i not in ancestors
        ):
            spans.append((start, end))  # "Initialled in May, the text is to be signed at …"
    return spans


def _beside_its_preposition(token: Token) -> list[tuple[int, int]]:
    """The spans of the phrases that share the verb of a trip made for the meeting ("invited
    them to Berlin in May for the consultations", "flew to Hanoi for the session"): they
    place and date that meeting. None for other prepositions ("said during the meeting":
    the saying is dated, the meeting is one known already) or when the verb is itself a
    meeting's ("met in Accra for the talks")."""
    prep = token.head
    verb = prep.head
    while verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "to Berlin for the talks"
        verb = verb.head.head
    if prep.lower_ != "for" or verb.pos_ not in ("VERB", "AUX") or TRIGGERS.match(verb.text):
        return []
    return _adjuncts(verb)


#: Who meets when officials or experts do: "the Senior Officials' Meeting", "a meeting of
#: the experts of the two countries".
_OF_OFFICIALS = re.compile(
    r"\b(?:senior\s+)?(?:officials|experts)(?:['’]|\s+level\b)|"
    r"\bof\s+(?:the\s+)?(?:senior\s+)?(?:officials|experts)\b",
    re.I,
)


def _own_words(token: Token) -> str:
    """The meeting word with its own modifiers and the "of" phrase right after it."""
    doc = token.doc
    end = token.i + 1
    if end < len(doc) and doc[end].lower_ == "of":
        end = min(len(doc), end + 4)
    return doc[token.left_edge.i : end].text


def _at_the_travellers_level(talks: MeetingMention, visit: MeetingMention) -> None:
    """Talks of no level of their own during a visit are at the level of who travels
    ("the trade minister visited …; she met her counterpart": ministerial)."""
    if talks.kind == "talks" and not talks.body and visit.traveller:
        talks.kind = visit.traveller


def _traveller_level(token: Token, scope: str) -> str | None:
    """The level of who makes a visit: the subject of 'visited', or who the visit's own
    phrase names ("the visit of the trade minister"); deputies are officials."""
    who = _subject(token) if token.pos_ == "VERB" else scope
    if token.pos_ != "VERB" and _level(who) is None and token.head.dep_ == "prep":
        who = _subject(token.head.head)  # "X arrived in Lima for an official visit"
    level = _level(who)
    return None if level == "ministerial" and not _a_full_minister(who) else level


#: A visit phrase that names its own trip: "the visit by the President to Chile", "the
#: State Visit of the King to Peru" — who travelled and where to.
_OWN_TRIP = re.compile(r"\s+(?:by|of)\s+[^,;:()]{2,80}?\s+to\s+(?:the\s+)?[A-Z]")


def _visit_with_its_own_trip(text: str, token: Token, sentence_end: int) -> bool:
    """'during the visit by President A to Chile': a visit that says who travelled and where
    to is a trip of its own, not a reference to a meeting named before it (the parser
    often hangs the "by" and "to" phrases on the verb, out of the noun's own phrase)."""
    if not token.lower_.startswith("visit") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    end = token.idx + len(token.text)
    return bool(_OWN_TRIP.match(text[end:sentence_end]))


def _visited(token: Token) -> str | None:
    """The place a verb of visiting takes as its object: "she last visited Chile"."""
    if token.pos_ != "VERB" or not token.lower_.startswith("visit"):
        return None
    gaz = gazetteer()
    for child in token.children:
        if child.dep_ == "dobj":
            name = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
            if name and (gaz.code_of(name) or gaz.is_city(name)):
                return name
    return None


def _of_other_meetings(sentence: Sentence, token: Token) -> list[tuple[int, int]]:
    """The spans of the places and dates that another meeting's verb in the sentence takes
    for itself: "the ministers met in Lima on Monday to prepare the summit", "officials
    held talks in Lima on Tuesday ahead of the summit" — Lima and the day are the other
    meeting's, not the summit's."""
    spans = []
    own_participle = _participle_after(token)  # "the session, to be hosted in Lima"
    for verb in sentence.span:
        if verb.i == token.i or verb.pos_ != "VERB":
            continue
        if any(_elliptical_sitting(c) and c.dep_ == "dobj" for c in verb.children):
            if token not in verb.subtree:  # "since Lusaka hosted the second in 2022": its
                spans.append(_extent(verb))  # host and its year are that sitting's
            continue
        holds = any(  # "held consultations in Lima on Tuesday": the consultations' verb
            c.dep_ in ("dobj", "nsubjpass")
            and c.i != token.i
            and TRIGGERS.match(c.text)
            and not any(t.i == token.i for t in c.subtree)  # "held a round of talks": ours
            for c in verb.children
        )
        if own_participle is not None and own_participle.i == verb.i:
            continue  # the participle that stages this meeting: its place and date are ours
        if token.dep_ in ("dobj", "nsubj") and token.head.i == verb.i:
            # "Lomé hosted the fourth session in 2021", "since the eighth met in Riga in 2023":
            # the verb that stages ours
            continue
        if not (
            TRIGGERS.match(verb.text)
            or holds
            or _describes_the_meeting_before(verb)  # staged
            or any(_agent_of(verb, c) for c in verb.subtree if TRIGGERS.match(c.text))  # ordered
        ):
            continue
        if token.is_ancestor(verb) and not holds:
            # "the session, which both sides want to convene in Lima": this one's; but not
            # "the fifth session, the first since Lomé hosted the fourth session in 2021"
            continue
        if _agent_of(verb, token):
            continue  # "the session was preceded on Monday by a meeting": Monday is ours
        # "since Lomé hosted the fourth session": the host is that session's place too
        own_deps = ["prep", "npadvmod"] + (["nsubj"] if holds and _STAGING.match(verb.text) else [])
        for child in verb.children:
            if child.dep_ in own_deps and child.i != token.i:
                if token in child.subtree:
                    continue  # the trigger itself stands in that phrase
                spans.append(_extent(child))
    return spans


#: Verbs of order in time, in their passive form: the time phrase dates the "by" agent.
_ORDER_VERBS = {"preceded", "followed"}


#: Verbs that found a format, a mechanism or a framework rather than sit in it.
_FOUNDING = re.compile(
    r"^(?:creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?|found(?:s|ed|ing)|"
    r"formed|set|institut(?:e|es|ed|ing)|inaugurat(?:e|es|ed|ing))$",
    re.I,
)


def _of_a_founding(sentence: Sentence, token: Token) -> list[tuple[int, int]]:
    """The spans of the places and dates a verb of founding takes ("the Strategic Dialogue,
    the mechanism created by the two ministries in 2021, will be held in Cairo"; "a format
    launched in 2022"): when and where a format began, not when its sitting is held,
    unless the meeting word stands inside that verb's own clause."""
    return [
        span
        for verb in sentence.span
        if verb.pos_ == "VERB" and _FOUNDING.match(verb.text) and token not in verb.subtree
        for span in _adjuncts(verb)
    ]


def _adjuncts(verb: Token) -> list[tuple[int, int]]:
    """The character spans of a verb's prepositional and noun-phrase adjuncts: where and
    when it happened ("met in Accra on Monday")."""
    return [_extent(c) for c in verb.children if c.dep_ in ("prep", "npadvmod")]


#: Prepositions that set another event before or after the one told: "after a trip to …".
_ORDERING = {"after", "before", "following"}


def _of_a_trip_before_or_after(token: Token) -> list[tuple[int, int]]:
    """'The leaders met in Rome, after a trip to Algiers by the foreign minister in March':
    the place and date inside a phrase that puts a trip before or after this meeting are
    the trip's."""
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    return [
        _extent(child)
        for child in verb.children
        if child.dep_ == "prep"
        and child.lower_ in _ORDERING
        and token not in child.subtree
        and any(c.dep_ == "pobj" and _A_TRIP.match(c.text) for c in child.children)
    ]


#: Nouns of a trip: an event of its own, with its own place and day.
_A_TRIP = re.compile(r"^(?:trips?|visits?|tours?|journeys?|travels?)$", re.I)


def _extent(token: Token) -> tuple[int, int]:
    """The character span of the phrase ``token`` heads."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _agent_of(verb: Token, token: Token) -> bool:
    """``token`` stands in the "by" phrase of a passive verb of order ("the session was
    preceded on Monday by a meeting of experts"): the verb's time and place are the
    agent's, the event that came before or after."""
    return verb.lower_ in _ORDER_VERBS and any(
        c.dep_ == "agent" and any(t.i == token.i for t in c.subtree) for c in verb.children
    )


def _of_the_sitting_it_bordered(
    mention: MeetingMention, token: Token, here: list[MeetingMention]
) -> None:
    """Officials' talks that preceded or followed a body's sitting ("the session was
    preceded on Monday by a meeting of experts") were held for that sitting: they are its
    body's, at its venue when they name none."""
    verb = next((v for v in token.ancestors if _agent_of(v, token)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb else None
    sitting = next((m for m in here if subject is not None and m.start == subject.idx), None)
    if sitting is not None and sitting.body:
        mention.body = sitting.body
        mention.place = mention.place or sitting.place


def _venue_of_its_verb(
    adoc: ArticleDoc, sentence: Sentence, token: Token, excluded: list[tuple[int, int]]
) -> str | None:
    """A country given as the venue by the meeting's own verb when no city is ("the 19th
    meeting will be held in Cambodia"; SCHEMA: the country when no city is given)."""
    verb = governing_verb(token)
    for place in places_in(adoc, sentence, countries_too=True):
        if not place.introduced or place.route or any(a <= place.start < b for a, b in excluded):
            continue  # "a railway to X": where a link goes, no venue
        span = adoc.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and governing_verb(span.root) == verb and verb.i != token.i:
            return place.name
    return None


_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|\w+tieth|\w+-(?:first|second|third|\w+th))$",
    re.I,
)


def _numbered(token: Token) -> bool:
    """'the 8th session', 'the third forum': a sitting told by its number; so is 'the second
    Ghana – Togo rectors' forum', whichever word of the name the parse hangs the number on:
    an ordinal right after the sitting's own article numbers the sitting."""
    if any(c.dep_ in ("amod", "nummod") and _ORDINAL.match(c.text) for c in token.children):
        return True
    sitting = _sitting_of(token)
    if sitting is not token and (_is_definite(token) or token.pos_ == "PROPN"):
        return _numbered(sitting)  # "the second round of the dialogue"
    doc = token.doc
    for i in range(token.i - 1, max(token.sent.start, token.i - 7), -1):
        if _ORDINAL.match(doc[i].text):
            return i > 0 and doc[i - 1].tag_ in ("DT", "PRP$")
        if doc[i].pos_ not in _INSIDE_A_NAME:
            return False
    return False


#: The words between a sitting's number and its noun: "the second Ghana – Togo rectors' forum".
_INSIDE_A_NAME = {"PROPN", "NOUN", "ADJ", "PART", "PUNCT"}


def _in_series(token: Token) -> bool:
    """'the next forum', 'the previous session': a sitting told by its place in a series."""
    return any(c.dep_ in ("amod", "nummod") and c.lower_ in _IN_SERIES for c in token.children)


#: A meeting whose past date did not stand: "was scheduled for", "postponed".
_DEFERRED = re.compile(r"\b(?:postponed|delayed|cancel+ed|scheduled|deferred|called off)\b", re.I)


def _planned(context: str) -> bool:
    lower = context.lower()
    # "its last session", "the previous one" (not "last year": a time, which the verb's
    # tense places)
    if re.search(r"\blast\b(?!\s+(?:year|month|week|night)\b)|\bprevious\b|\bprior\b", lower):
        return False
    return cues.has(cues.PLANNED, lower)


def _body_in(
    scope: str, start: int, bodies: list[BodyMention], token: Token | None = None
) -> BodyMention | None:
    """The body a trigger's own phrase names, in full, by a short name or by "the commission";
    else the body that owns it ("the commission … its fifth session", "the Commission, which
    last met in May"); else, for a numbered or owned session of an article with one body ("the
    11th session", "its next meeting"), that body."""
    inside = [b for b in bodies if start <= b.start < start + len(scope)]
    if inside:
        return inside[0]
    body = _body_named(scope, bodies)
    if body or not bodies or token is None:
        return body
    owner = _owner(token)
    if owner is not None:
        body = (
            _body_named(owner, bodies)
            or _last_body_before(token, bodies)
            or resolve_body(owner, bodies)  # a format named by its head: "the … Dialogue"
        )
        if body:
            return body
    if owner and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
        return None  # "the two presidents held their first meeting": theirs, not a body's
    if _it_sits(token):
        return _named_just_before(token, bodies)  # "The commission … It last met in 2019"
    if len(bodies) == 1 and _a_session_of_its_own(token, scope, owner is not None):
        return bodies[0]
    return _by_its_numbered_head(token, bodies)


def _it_sits(verb: Token) -> bool:
    """'It last met in 2019': a verb of sitting whose subject is "it" (a state does not meet;
    a body does)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


def _named_just_before(token: Token, bodies: list[BodyMention]) -> BodyMention | None:
    """The body named last before ``token``, in its sentence or the one before."""
    sent = token.sent
    start = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [b for b in bodies if start <= b.start < token.idx]
    return max(before, key=lambda b: b.start) if before else None


def _by_its_numbered_head(token: Token, bodies: list[BodyMention]) -> BodyMention | None:
    """'the third forum', 'the next forum': a body's head word numbered or in its series
    is one of that body's sittings ("the Ministerial Forum … the fifth forum is to be held"),
    and so is what it does ("since the third forum met in Wellington")."""
    if token.pos_ == "VERB":
        token = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), token)
    if not (_numbered(token) or _in_series(token)):
        return None
    heads = [b for b in bodies if _head_word(b.name) == token.lower_]
    return heads[0] if len(heads) == 1 else None


def _head_word(name: str) -> str:
    """A body's head noun: "Ministerial Forum" → "forum", "Commission on Trade" → "commission"."""
    return re.split(r"\s+(?:on|of|for)\s+", name)[0].split()[-1].lower()


def _last_body_before(token: Token, bodies: list[BodyMention]) -> BodyMention | None:
    """'… Council held its third meeting', whatever the parse made the subject (a dateline
    glued to the sentence): "its" points back to the last body its sentence named before it;
    a relative clause's "which" to the body named right before it."""
    which = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that")]
    if token.dep_ == "relcl" and which:
        # "the Committee on the Crossing, which met …": the name just before the clause
        text = token.doc.text
        return next(
            (b for b in bodies if re.fullmatch(r"\s*,?\s*", text[b.end : which[0].idx])), None
        )
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
        return None
    before = token.doc.text[token.sent.start_char : token.idx]
    for word in reversed(_BODY_OR_COUNCIL_WORDS.findall(before)):
        body = resolve_body(word, bodies)
        if body:
            return body
    return None


#: A body's name or its short form in a text: "Joint Commission", "the commission", "the
#: group", "the format"; with "council" in lower case too, for what "its" points back to.
_BODY_WORDS = re.compile(rf"\b(?:[A-Z][\w-]+ )*(?:{BODY_HEAD}|commission|committee|group|format)\b")
_BODY_OR_COUNCIL_WORDS = re.compile(
    rf"\b(?:[A-Z][\w-]+ )*(?:{BODY_HEAD}|commission|committee|council)\b"
)


#: A state's own organs named with a body word: "the President of the Council of Ministers".
_COUNCIL_OF_ONE_STATE = re.compile(
    r"\b(?:Council|Councils)[ \t]+of[ \t]+(?:Ministers|State)\b|\b(?:State|National Security)[ \t]+Council\b"
)


def _without_state_organs(text: str) -> str:
    """The text with one state's organs blanked out, its length kept: "the President of
    the Council of Ministers" names an office, no body sitting nor a body's kind."""
    return _COUNCIL_OF_ONE_STATE.sub(lambda m: " " * len(m.group()), text)


def _body_named(
    text: str, bodies: list[BodyMention], sole_body: bool = True
) -> BodyMention | None:
    """The body ``text`` names; with ``sole_body``, an article's only body for any body
    word that names none of them."""
    words = _BODY_WORDS.findall(_without_state_organs(text))
    for word in words:
        body = resolve_body(word, bodies)
        if body:
            return body
    # "the group" names a body only when its own name has that head, never by default
    named = [w for w in words if w.lower() != "group"]
    return bodies[0] if sole_body and named and len(bodies) == 1 else None


def _owner(token: Token) -> str | None:
    """Who owns a meeting: the subject of the clause that says 'its session' ("the commission
    held its 23rd session", "the commission agreed that its next session …"), or what a
    relative clause's verb speaks of ("the Commission, which last met in 2019")."""
    relative = token
    while relative.dep_ == "conj" and relative.head.pos_ == "VERB":
        relative = relative.head  # "a format that brings … and which last met in 2023"
    if token.pos_ == "VERB" and relative.dep_ == "relcl":
        if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children):
            noun = relative.head
            if noun.dep_ == "appos":
                noun = noun.head  # "the Policy Dialogue, a format which last met …": the name
            # "the Commission for Cooperation, which …"; not past the body to what it is
            # of ("the conclusions of the Committee on the Crossing, which met …")
            while (
                noun.dep_ == "pobj"
                and noun.head.dep_ == "prep"
                and not _BODY_WORDS.fullmatch(noun.text)
            ):
                noun = noun.head.head
            return noun.doc[noun.left_edge.i : noun.i + 1].text
        return None
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and not has_own_subject(token):
        # "instructed the Working Group to meet": the object of the verb above meets; with
        # none, its subject ("the Commission … is to meet again")
        told = [c for c in token.head.children if c.dep_ == "dobj"] or [
            c for c in token.head.children if c.dep_ == "nsubj"
        ]
        if told:
            return " ".join(t.text for t in told[0].subtree)
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return None
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        subjects = [
            c
            for c in node.children
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.left_edge.i <= token.i <= c.right_edge.i)
        ]
        if subjects:
            return " ".join(t.text for t in subjects[0].subtree)
    return ""


def _a_session_of_its_own(token: Token, scope: str, owned: bool) -> bool:
    """'the 11th session', 'its next meeting': a sitting of a standing body, not a meeting of
    people ("the first meeting between the two presidents", "the second meeting of ministers")."""
    if token.lower_ not in ("session", "sessions", "meeting", "meetings"):
        return False
    numbered = _numbered(token)
    # "the next session", "the previous meeting": a sitting in a body's series
    in_series = token.lower_ in ("session", "meeting") and any(
        c.dep_ == "amod" and c.lower_ in _IN_SERIES for c in token.children
    )
    return (numbered or owned or in_series) and not re.search(
        r"\b(?:of|between|with|among)\b", scope
    )


_IN_SERIES = {"next", "previous", "last", "upcoming", "forthcoming", "following", "coming"}
#: Words that place a sitting before the one a story tells: "its previous session".
_EARLIER = {"previous", "preceding", "prior"}


#: A body under another: "the subcommittee on energy", "Sub-Commission on Trade".
_SUBSIDIARY = re.compile(r"\bsub-?(?:committee|commission|group)s?\b|\btechnical committee\b", re.I)
#: Words that make one "consultation" a sitting of the two governments.
_FORMATS_OF_CONSULTATION = {"annual", "intergovernmental", "governmental", "government"}
#: Recurring formats of heads of government (SCHEMA conventions): summits with no body.
SUMMIT_FORMATS = re.compile(
    r"intergovernmental consultations?|government(?:al)? consultations?|high[- ]level meetings?|"
    r"high[- ]level (?:dialogue|talks)",
    re.I,
)
#: Meetings of the two governments that are summits when no standing body is named.
_UNNAMED_SUMMITS = re.compile(
    r"\bjoint (?:cabinet|government) (?:meetings?|sessions?)\b|\bleaders['’]? retreat\b|"
    r"\bjoint sessions? of (?:the )?(?:two |both )?(?:governments|cabinets)\b",
    re.I,
)
#: Words that make a visit a meeting of its visitors' level ("an official visit, holding
#: talks with …"); a visit reported with none of them stays a visit.
_VISIT_MEETS = re.compile(
    r"\b(?:talks|discussions|met|meeting|summit|session|negotiations|consultations|"
    r"(?:received|welcomed|hosted) by)\b",
    re.I,
)
#: An acronym of a body right before the trigger ("the third JBC meeting").
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
#: Abbreviated titles and offices, which name a person, not a body or a group.
_TITLE_ABBREVIATIONS = {"PM", "VP", "FM", "MP", "MPS", "CEO", "DG", "SG", "HE", "HRH", "MOFA"}


def _named_by_acronym(token: Token) -> bool:
    """An acronym just before the trigger names its body or group ("the JPC session", "the
    SADC summit"); not a title ("the PM's visit") nor a state ("the UK visit")."""
    gaz = gazetteer()
    return any(
        _ACRONYM.match(t.text)
        and t.text.upper().rstrip("S") not in _TITLE_ABBREVIATIONS
        and t.text.upper() not in _TITLE_ABBREVIATIONS
        and gaz.code_of(t.text) is None
        for t in token.doc[max(token.sent.start, token.i - 2) : token.i]
    )


#: A committee told as a part of a larger body: "the Executive Committee of the Coordination
#: Council", "the two committees under the Council", "the Council's trade committee".
_PART_OF_A_BODY = re.compile(
    r"\b(?:[Cc]ommittees?|[Gg]roups?)[ \t]+(?:under|of|within)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w’'-]*[ \t]+)*(?:Council|Commission)\b"
    r"|\b(?:Council|Commission)[’']s[ \t]+(?:[\w-]+[ \t]+){0,3}?[Cc]ommittees?\b"
)


def _subsidiary(body: BodyMention, sentence: str) -> bool:
    """A working group, a sub-committee or a technical committee; or a committee the text
    tells as a part of a council or a commission, in its name or in the sentence. A body
    named high-level is a principal one."""
    if re.search(r"\bHigh[- ]Level\b", body.name, re.I):
        return False  # "the High Level Joint Task Force": a principal body, whatever its head
    if body.kind == "working_group" or _SUBSIDIARY.search(body.name):
        return True
    return body.kind == "committee" and bool(
        _PART_OF_A_BODY.search(body.name) or _PART_OF_A_BODY.search(sentence)
    )


def _kind(
    text: str,
    token: Token,
    body: BodyMention | None,
    summit_format: bool = False,
    sentence: str = "",
) -> str:
    """The meeting's kind from the trigger's own phrase (``text``): a body's session, a
    working group, a visit; else from who meets, in the phrase or else the sentence."""
    if body is not None:  # a subsidiary body's sitting is a working group's (SCHEMA)
        return "working_group" if _subsidiary(body, sentence) else "commission_session"
    if _named_by_acronym(token) and token.lower_.startswith(("session", "meeting")):
        return "commission_session"  # "the JPC session": a standing body's sitting
    if token.lower_ in ("forum", "forums") and token.pos_ in ("NOUN", "PROPN"):
        # "a business forum held alongside the session": the noun and the words before it
        # say what meets; what follows says where or when
        own = token.doc[token.left_edge.i : token.i + 1].text
        return next(
            (k for k, cue in KIND_CUES if k not in ("visit", "talks") and cue.search(own)),
            "forum",
        )
    if _UNNAMED_SUMMITS.search(text) or _held_by_the_governments(token):
        return "summit"  # "a joint cabinet meeting" of no named body: the governments meet
    if token.lower_.startswith("visit") and not _VISIT_MEETS.search(text):
        # talks elsewhere in the clause make the visit a meeting only at a known level; not
        # another sitting the sentence tells under another verb ("reviewed the plans at the
        # 13th meeting …, to be signed during the president's visit")
        return (_talks_of_its_clause(token) and _level(sentence)) or "visit"
    visitor = _visitor(token)
    if visitor and (level := _level(visitor)):
        # a reception or a courtesy call is at the level of who comes: the minister
        # received by a president holds ministerial talks
        return "talks" if level == "ministerial" and not _a_full_minister(visitor) else level
    # "the two foreign ministers discussed it in a phone call": who holds the call meets
    holder = _holder_of(token)
    level = _level(_subject(holder)) if holder is not None else None
    if level == "ministerial" and not _a_full_minister(_subject(holder)):
        return "talks"  # "Deputy Minister A and Deputy Minister B met": officials' talks
    if level:
        return level  # "the foreign minister met …": who meets decides
    if token.pos_ == "VERB" and _OFFICIALS.search(_subject(token)):
        return "talks"  # "officials met … to prepare the summit": the summit is another meeting
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.lower_ in _HELD_BY_WHO:
        who = _subject(token.head)  # "senior officials held consultations": who holds them
        if _OFFICIALS.search(who) and not _level(who):
            return "talks"
    if summit_format and (
        token.lower_ in ("consultations", "talks", "meeting", "meetings")
        or SUMMIT_FORMATS.search(text)
    ):
        return "summit"
    for where in (text, sentence or text):
        for kind, pattern in KIND_CUES:
            if kind == "visit" or (
                where is not text and kind in ("working_group", "commission_session")
            ):
                continue
            if kind == "ministerial" and not _a_full_minister(where):
                continue  # "Deputy Foreign Minister": officials' talks
            if kind != "talks" and pattern.search(where):
                return kind
    return "talks"


def _talks_of_its_clause(visit: Token) -> bool:
    """Words of meeting ("talks", "met", "received by") in the visit's own clause."""
    verb, sent, doc = _clause_top(visit), visit.sent, visit.doc
    for match in _VISIT_MEETS.finditer(doc.text, sent.start_char, sent.end_char):
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is not None and _clause_top(words[0]) == verb:
            return True
    return False


def _clause_top(token: Token) -> Token:
    """The verb of the clause ``token`` is in, through the verbs joined to it ("arrived …,
    engaging in talks", "will pay a visit and will be received by", "on Thursday, when he
    will be received"), not through a clause that describes a noun or reports what was
    said."""
    verb = governing_verb(token)
    while verb.head.i != verb.i and (
        verb.dep_ in ("conj", "advcl", "xcomp")
        # "… on Thursday, when he will be received by …": what happens then and there
        or (verb.dep_ == "relcl" and any(c.lower_ in ("when", "where") for c in verb.children))
    ):
        verb = governing_verb(verb.head)
    return verb


def _prepared_before_it(token: Token) -> bool:
    """'The work of the session had been prepared the day before by experts': a preparation
    told in the past perfect came before a past the story tells, the sitting's own."""
    verb = governing_verb(token)
    return verb.lower_.startswith("prepar") and any(
        c.lower_ == "had" for c in verb.children if c.dep_ == "aux"
    )


#: A participle of what is ahead set off right after a meeting's phrase: ", to be held in",
#: ", due to be convened".
_TO_BE_HELD = re.compile(
    r",\s+(?:(?:due|scheduled|expected|set)\s+)?to\s+be\s+(?:held|convened|hosted|staged)\b",
    re.I,
)


def _prepared_by_officials(token: Token) -> bool:
    """'Senior officials prepared the meeting on Monday': officials who prepared a meeting
    (a verb of preparing in the past, the meeting its object) met themselves; that is
    their talks, held on the verb's day, not the meeting they prepared."""
    verb = token.head
    if not verb.lower_.startswith("prepar"):
        return False
    if token.dep_ == "dobj" and told_as_done(verb):
        who = _subject(verb)
    elif token.dep_ == "nsubjpass" and passive_past(verb):
        # "the session was prepared by senior officials on Monday (and by the ministers …)":
        # the first agent's own words
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        first = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if first is None:
            return False
        rest = {t for c in first.children if c.dep_ in ("conj", "prep") for t in c.subtree}
        who = " ".join(t.text for t in first.subtree if t not in rest)
    else:
        return False
    return bool(_OFFICIALS.search(who)) and not _level(who)


def _held_by_the_governments(token: Token) -> bool:
    """'The governments of A and B held a joint session': the two governments sitting
    together, which is their heads of government's meeting."""
    joint = any(c.lower_ == "joint" for c in token.children if c.dep_ == "amod")
    verb = token.head if token.dep_ == "dobj" else None
    return (
        joint
        and verb is not None
        and bool(re.search(r"\b(?:governments|cabinets)\b", _subject(verb), re.I))
    )


def _a_full_minister(text: str) -> bool:
    """A minister named in ``text`` who is not a deputy, vice or assistant minister."""
    return any(
        not _JUNIOR_TITLE.search(text[max(0, m.start() - 40) : m.start()])
        for m in re.finditer(r"\bministers?\b", text, re.I)
    )


#: The start of a junior title ending where "Minister" follows: "Deputy Foreign ".
_JUNIOR_TITLE = re.compile(
    # "Deputy Foreign ", "the deputy foreign "; not "Deputy PM and Foreign "
    r"\b(?i:deputy|vice|assistant|junior)[\s-]+(?:(?!(?i:and|or)\s)[\w-]+\s+){0,3}$"
)


#: Meeting nouns whose level is that of whoever holds them.
_HELD_BY_WHO = {"talks", "consultations", "negotiations", "meeting", "meetings", "discussions"}
#: Subjects below a minister: officials, experts, diplomats, delegations.
_OFFICIALS = re.compile(
    r"\b(?:officials|experts|diplomats|delegations|negotiators|deputy ministers|vice ministers|"
    r"ambassadors|envoys|representatives)\b",
    re.I,
)


def _holder_of(token: Token) -> Token | None:
    """The verb whose subject meets: the trigger itself when a verb ("met"); for a meeting
    noun told as the means of a deed ("discussed it in a call", "agreed during talks"),
    the verb of that deed."""
    if token.pos_ == "VERB":
        return token
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "during", "by", "over", "via"):
        verb = token.head.head
        if verb.pos_ == "VERB" and verb.i != token.i:
            return verb
    return None


def _subject(verb: Token) -> str:
    """The words of a verb's subject; of a relative clause's, its antecedent's ("the
    ministers, who met …": the ministers)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.lower_ in _RELATIVE_PRONOUNS for c in subjects):
        clause = set(verb.subtree)
        return " ".join(t.text for t in verb.head.subtree if t not in clause)
    return " ".join(t.text for c in subjects for t in c.subtree)


_RELATIVE_PRONOUNS = {"who", "that", "which"}
#: The members of an organisation or a treaty, as who meets: a gathering of many states.
_MEMBERS = re.compile(
    r"\bmember(?:s|[ \t]+(?:states|countries|nations))\b|\bsignatories\b|\bstates[ \t]+parties\b"
    # "Pacific leaders", "African heads of state", "world leaders": a region's, many states
    r"|\b(?:African|Asian|European|Pacific|Arab|Gulf|Caribbean|Latin[ \t]+American|Nordic|"
    r"Baltic|Balkan|Central[ \t]+Asian|Western|world|regional|global)[ \t]+(?:leaders|"
    r"heads[ \t]+of[ \t]+(?:state|government)|ministers|presidents)\b",
    re.I,
)


#: States whose head of government is a chancellor; elsewhere "chancellor" renders the
#: Spanish and Portuguese "canciller/chanceler", the foreign minister.
_CHANCELLOR_STATES = {"DEU", "AUT"}
_CHANCELLOR = re.compile(r"\bchancellors?\b", re.I)


def _chancellors_are_foreign_ministers(adoc: ArticleDoc, sentence: str) -> bool:
    """The sentence's only sign of heads of state or government is a chancellor, and the
    article names neither Germany nor Austria: its chancellors are foreign ministers."""
    return (
        _CHANCELLOR.search(sentence) is not None
        and _level(_CHANCELLOR.sub("", sentence)) != "summit"
        and not any(m.code in _CHANCELLOR_STATES for m in adoc.countries)
    )


def _level(text: str) -> str | None:
    """'summit' or 'ministerial' when heads of state or ministers are named in ``text``."""
    for kind, pattern in KIND_CUES:
        if kind in ("summit", "ministerial") and pattern.search(text):
            return kind
    return None


#: Ranks below a minister: their talks are officials' talks whatever their titles hold.
_JUNIOR = re.compile(
    r"\b(?:deputy|vice|assistant|state secretary|secretary of state|under-?secretary)\b", re.I
)


def at_the_level_of_those_who_meet(
    adoc: ArticleDoc, mentions: list[MeetingMention], titled: dict[str, str]
) -> None:
    """Talks whose own words give no level ("a Senior Officials' Meeting" gives one) take
    the level of the officials named in their sentence, by the titles the article gives them anywhere ("X and Y met" after
    "President X" earlier: a summit). ``titled`` maps each titled person's name to the
    title; a person is named in a sentence by the full name or the surname. A summit told
    of one head of state and a minister ("the foreign minister held talks with President
    A") is at the minister's level: the level of a meeting is its lower side's."""
    for mention in mentions:
        if mention.body or mention.of_officials or mention.kind not in ("talks", "summit"):
            continue
        text = adoc.sentences[mention.sentence].text
        titles = [role for name, role in titled.items() if _named_in(name, text, titled)]
        senior = [t for t in titles if not _JUNIOR.search(t)]
        levels = {_level(t) for t in senior} - {None}
        if mention.kind == "summit":
            each = sorted(str(_level(t)) for t in senior)
            if each == ["ministerial", "summit"]:  # one head of state, one minister
                mention.kind = "ministerial"
        elif "summit" in levels:
            mention.kind = "summit"
        elif len(titles) >= 2 and levels == {"ministerial"}:
            mention.kind = "ministerial"


#: Honorifics that stand inside a name without naming the person.
_HONORIFICS = {"datuk", "seri", "dato", "tan", "sri", "sheikh", "shaikh", "sir", "dame", "haji"}


def _named_in(name: str, text: str, people: dict[str, str]) -> bool:
    """The person is named in ``text`` by the surname, or by another word of the name that
    no other person of ``people`` bears (many reports call a person by the given name)."""
    words = [w for w in name.split() if w.lower() not in _HONORIFICS]
    if not words:
        return False
    others = {w for other in people if other != name for w in other.split()}
    callers = [words[-1]] + [w for w in words[:-1] if len(w) >= 4 and w not in others]
    return any(
        len(w) >= 3
        and w in text  # cheap test first: the pattern is built per word
        and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) is not None
        for w in callers
    )


#: The days before its own date in which a report's undated lead event took place.
_REPORTED_WITHIN_DAYS = 7


def told_by_the_report(
    adoc: ArticleDoc, meetings: list[MeetingMention], codes: set[str]
) -> MeetingMention | None:
    """What the report itself tells of the meeting it leads with, where the text gives
    nothing: its place is the dateline's city, when that is a city of one of the two
    states ("NAIROBI, 3 May – The joint commission held its ninth session"), unless it is
    a visit (told by where the visitor goes), a call (held at no place) or told inside a
    quote (the speaker's); its date is the report's month, when the week before the
    report lies in that month (a report of the 3rd may tell a meeting of the month
    before), as news tells a meeting just held. Returns the lead if it gained either."""
    lead = next((m for m in meetings if m.status == "held" and not m.reference), None)
    if lead is None:
        return None
    city = dateline_city(adoc.text)
    placed = (
        city is not None
        and lead.place is None
        and not (lead.is_visit or lead.venueless)
        and gazetteer().country_of_place(city) in codes
        and not in_quote(adoc.text, adoc.sentences[lead.sentence].start, lead.start)
    )
    published = adoc.published
    live = lead.date is None and _a_live_page(adoc.text)  # read only when it can matter
    dated = (
        lead.date is None
        and published is not None
        and (live or published.day > _REPORTED_WITHIN_DAYS)
    )
    if placed:
        lead.place = city
    if dated and published:
        # a live page tells its day's events as they happen: the day is the page's
        lead.date = published.isoformat() if live else published.isoformat()[:7]
    return lead if placed or dated else None


#: A post's time stamp opening its line on a live page: "14:10", "09:05 –", "15:55 – UPDATE".
_POST_TIME = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}\b(?![:.]\d)")


def _a_live_page(text: str) -> bool:
    """A live blog: its first line says so ("LIVE | …", "Live: …") and its posts open with
    their time stamps."""
    first = text.lstrip().split("\n", 1)[0]
    return bool(re.match(r"(?i)live\b", first)) and len(_POST_TIME.findall(text)) >= 2


def combine_meeting_mentions(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """Merge mentions of one meeting: same kind and status, compatible place and date;
    then drop bare mentions (no body, place or date) when better-described ones exist:
    "the talks" or "the visit" in passing rarely names a meeting of its own."""
    merged = _absorb_visits(_merge(mentions))
    described = [m for m in merged if m.body or m.place or m.date]
    if not described:
        return merged
    kinds = {(m.kind, m.status) for m in described}
    return [m for m in merged if m in described or _of_its_own(m, kinds)]


def _of_its_own(bare: MeetingMention, described: set[tuple[str, str]]) -> bool:
    """A bare meeting of leaders or ministers still names a meeting when nothing described
    is of its level and status and it is told as an event, not by a reference ("the
    foreign ministers met" beside a summit with a date and place; not "the talks"); a
    sitting told by its number names one of its own ("to hold the second business forum")."""
    if bare.numbered and not bare.reference and (bare.kind, bare.status) not in described:
        return True
    return (
        bare.kind in ("summit", "ministerial")
        and (bare.kind, bare.status) not in described
        and not bare.definite
        and not bare.reference
        and not bare.is_visit
    )


#: Meetings a visit can be: the visitors' talks, at their level, or the session the
#: visiting delegation came to sit in (a session held in the visited country).
_VISIT_IS = ("summit", "ministerial", "talks", "commission_session")


def _absorb_visits(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """A visit reported in one sentence and its talks in another are one meeting ("the state
    visit to Chile …", "their talks in Valparaiso"): the talks keep the finer place and date."""
    kept: list[MeetingMention] = []
    for mention in mentions:
        host = None
        if mention.is_visit:
            host = next((m for m in mentions if _visit_part_of(mention, m)), None)
        if host is None:
            kept.append(mention)
            continue
        host.place = inner_place(host.place, mention.place)
        host.date = _finer(host.date, mention.date)
        _at_the_travellers_level(host, mention)
        host.absorb(mention)
    return kept


def _visit_part_of(visit: MeetingMention, other: MeetingMention) -> bool:
    return (
        other.kind in _VISIT_IS
        and not other.is_visit
        and other.place is not None  # talks placed in the visited country
        and other.status == visit.status
        and (compatible(other.date, visit.date) or _days_into(visit.date, other.date))
        and place_within(other.place, visit.place)
    )


#: How many days after a visit's first one its talks may fall (visits last a few days).
VISIT_DAYS = 3


def _days_into(first: str | None, day: str | None) -> bool:
    """'Arrived on Monday for a two-day visit … the two held talks on Tuesday': a day in
    the few after the one a visit began on is one of the visit's."""
    if not (first and day and len(first) == len(day) == 10):
        return False
    days = (dt.date.fromisoformat(day) - dt.date.fromisoformat(first)).days
    return 0 < days <= VISIT_DAYS


def _merge(mentions: list[MeetingMention]) -> list[MeetingMention]:
    merged: list[MeetingMention] = []
    for mention in mentions:
        named = next(
            (
                m
                for m in merged
                if m.status == mention.status or (mention.body and m.body == mention.body)
            ),
            None,
        )
        if mention.reference and named is not None:
            named.absorb(mention)
            continue  # "this round of the Council closes on Friday": the one named
        if mention.reference and mention.demonstrative and not (mention.place or mention.date):
            continue  # "in the history of this forum": it points back, it names no meeting
        for kept in merged:
            if _same_meeting(kept, mention):
                kept.absorb(mention)
                if kept.kind == "talks":
                    kept.kind = mention.kind
                kept.place = inner_place(kept.place, mention.place)
                kept.date = _finer(kept.date, mention.date)
                kept.body = kept.body or mention.body
                break
        else:
            merged.append(dataclasses.replace(mention, also=list(mention.also)))
    return merged


def _same_meeting(a: MeetingMention, b: MeetingMention) -> bool:
    """Same kind, status, compatible place and date; or definite "talks" ("the talks in
    Arica") held in the same named place as a summit, session or ministerial meeting of
    the same article (held ones with a date for either): that meeting's talks (the
    article's one event told twice), which takes the finer kind; so are planned talks of no
    body in the city of a planned sitting. Preparatory talks are never the meeting they
    prepare."""
    if _days_of_one_sitting(a, b):
        return True
    if a.status != b.status or not compatible(a.date, b.date):
        return False
    if a.preparatory != b.preparatory:
        return False  # a preparatory meeting is never the meeting it prepares
    if a.body and b.body and a.body != b.body:
        return False  # sessions of two bodies are two meetings, whatever else they share
    told = b if a.earlier else a
    if a.earlier != b.earlier and not (told.date or told.place):
        # "the seventh session is over … its previous session was held in Budapest": the
        # sitting before is not the one the story tells with nothing of its own to match
        return False
    if a.kind == b.kind:  # a city and its country name one place ("Baku", "Azerbaijan")
        return (
            compatible(a.place, b.place)
            or place_within(a.place, b.place)
            or place_within(b.place, a.place)
        )
    talks, other = (a, b) if a.kind == "talks" else (b, a)
    return (
        talks.kind == "talks"
        # "the talks in Arica": the article's meeting there, told again; a plan to meet
        # in the city of a planned session is that session ("agreed to meet in Moscow")
        and (talks.definite or (a.status == "planned" and not talks.body))
        and not talks.preparatory  # they prepare the other meeting, they are not it
        # a plan is one plan; but an undated session held once is not this week's talks
        and (a.status == "planned" or bool(a.date or b.date))
        and other.kind in ("summit", "ministerial", "commission_session")
        and bool(a.place)
        and bool(b.place)
        and a.place.lower() == b.place.lower()
    )


def _days_of_one_sitting(a: MeetingMention, b: MeetingMention) -> bool:
    """A body's session told by its closing day and by its opening day ("wrapped up the
    session on Tuesday", "the two-day session, which opened on Monday") is one sitting: a
    body sits once in a few days."""
    if not (a.body and a.body == b.body and a.kind == b.kind and a.status == b.status == "held"):
        return False
    if a.preparatory or b.preparatory or not (a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    apart = abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)
    places = compatible(a.place, b.place) or place_within(a.place, b.place) or place_within(b.place, a.place)
    return apart <= 2 and places


def compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a) or a.lower() == b.lower()


def _finer(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    return a if len(a) >= len(b) else b
