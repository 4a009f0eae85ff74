"""Instruments: agreements, memoranda, protocols and other documents, signed or planned.

A trigger word ("memorandum of understanding", "protocol", "agreements") gives an
instrument; its kind comes from the word, its status from the words that govern it,
its parties from "between X and Y", its areas from the phrase it heads. Date and place
come from the sentence or, when the sentence only refers to a meeting ("signed during
the session", "the talks resulted in"), from that meeting.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accords.extract import cues
from accords.extract.areas import areas_in
from accords.extract.clauses import (
    dates_for,
    governing_verb,
    local_context,
    nearest_date,
    nearest_place,
)
from accords.extract.countries import gazetteer, names_a_group
from accords.extract.dates import DateMention
from accords.extract.document import ArticleDoc, Sentence
from accords.extract.meetings import (
    MeetingMention,
    compatible,
    is_headline,
    is_headline_line,
    salience,
)
from accords.extract.places import canonical_city, inner_place, place_within

#: Trigger phrases and the kind each names, longest first.
KINDS: tuple[tuple[str, str], ...] = (
    (r"memorand(?:um|a) of understanding", "memorandum"),
    (r"memorand(?:um|a) of (?:cooperation|intent|agreement)", "memorandum"),
    (r"exchanges? of (?:diplomatic )?(?:notes|letters)", "other"),
    # "exchanged notes on …": the verb names the form of the instrument
    (r"(?<=exchanged )(?:diplomatic )?notes|(?<=exchange )(?:diplomatic )?notes", "other"),
    (r"letters? of exchange", "other"),
    (r"letters? of intent", "other"),
    (r"joint (?:communiqu[ée]s?|statements?)", None),
    (r"joint declarations?", "declaration"),
    # a statement of intent is a declaration of intent (SCHEMA); so is a named "Statement of
    # Partnership", "Statement of Principles"
    (r"statements? of intent", "declaration"),
    (r"(?-i:Statements?) of (?-i:Partnership|Principles|Cooperation|Commitment)", "declaration"),
    (r"declarations?", "declaration"),
    (r"communiqu[ée]s?", "communique"),
    (r"memorand(?:um|a)", "memorandum"),
    (r"memos?", "memorandum"),
    # minutes of a session are a protocol (SCHEMA conventions); bare "minutes" only when signed
    (
        r"minutes of (?:the\s+)?(?:[\w-]+\s+){0,5}?(?:meeting|session|talks|commission|committee)s?",
        "protocol",
    ),
    (r"(?<=signed the )minutes|(?<=signed )minutes|(?<=inked the )minutes", "protocol"),
    # a session's "Final Act" is its signed outcome document (SCHEMA: a protocol); not a
    # treaty named so ("the Helsinki Final Act")
    (
        r"final acts? of (?:the\s+)?(?:[\w-]+\s+){0,5}?(?:meeting|session|talks|commission|"
        r"committee)s?",
        "protocol",
    ),
    (r"mou?s", "memorandum"),
    (r"mou", "memorandum"),
    (r"protocols?", "protocol"),
    (r"agreements?", "agreement"),
    (r"accords?", "accord"),
    (r"treat(?:y|ies)", "treaty"),
    (r"conventions?", "agreement"),  # SCHEMA: a convention is an agreement
    (r"road ?maps?", "roadmap"),
    (r"action plans?", "roadmap"),
    (r"plans? of action", "roadmap"),
    (r"cooperation plans?", "roadmap"),
    (r"work(?:ing)? plans?", "roadmap"),
    (  # "programme" or, in American spelling, "program"
        r"(?:executive |cooperation |exchange )?program(?:me)?s? of (?:[\w-]+ ){0,2}?"
        r"(?:cooperation|consultations?|action|exchanges?)",
        "programme",
    ),
    (r"(?:cooperation|executive|exchange) program(?:me)?s?", "programme"),
    (r"contracts?", "contract"),
    (r"documents?", "agreement"),
    # "signed three cooperation instruments": the plural is the generic word of diplomatic
    # reporting; the singular and financial, musical or ratification ones are no documents
    (r"(?<!financial )(?<!debt )(?<!musical )(?<!ratification )instruments(?! of ratification)", "agreement"),
    (r"deals?", "agreement"),
    (r"pacts?", "agreement"),
    # a document's own name ends in "Arrangement" ("the Working Holiday Arrangement"); the
    # common noun is the practical side of a thing ("security arrangements")
    (r"(?<=[a-z] )(?-i:Arrangement)", "agreement"),
    # and so does a text whose kind the word before it gives: "an administrative
    # arrangement", "a grant funding arrangement", "a technical arrangement"; in the plural
    # they are again the practical side ("the financing arrangements for the projects")
    (
        r"(?:administrative|implementing|implementation|funding|financing|grant|technical|"
        r"working) arrangement(?!s)",
        "agreement",
    ),
)
_TRIGGER = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<k{i}>{rx})" for i, (rx, _) in enumerate(KINDS))
    + r")(?![\w-])",
    re.IGNORECASE,
)
#: A plural head that only announces the list that follows ("among the agreements were …").
_LIST_HEAD = re.compile(r"\b(?:among|including|include|included|were|are|:)\b|:", re.I)
#: A quote closing before its attribution: '…,” the president said as …', '…" – she told'.
_QUOTE_CLOSED = re.compile(
    r"[.,!?]?[”\"](?=\s*[,–—-]|\s+(?:[\w’'-]+\s+){1,4}?(?:said|says|told|added|noted|"
    r"stressed|declared)\b)"
)
#: Notes that notify a step of another document (its ratification, the completion of
#: the procedures it needs, its entry into force): part of that document's life, no
#: document of their own.
_A_STEP_OF_ANOTHER = re.compile(
    r"\s+(?:on|of|confirming|notifying|about)\s+(?:the\s+)?(?:completion|fulfil+ment|"
    r"ratification|entry into force|approval)\b",
    re.I,
)
#: Verbs by which a document says what it is about: its objects are subjects, not documents.
_ABOUT_VERBS = re.compile(r"^(?:cover|concern|address|deal|relat|span)", re.I)


def _a_subject_of_another(adoc: ArticleDoc, match: re.Match[str]) -> bool:
    """'The memoranda cover health, a cultural exchange programme and …': a document word
    among what a document covers is one of its subjects, neither a document nor the end
    of the one before."""
    span = adoc.doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or not len(span):
        return False
    current = span.root
    while current.dep_ == "conj":
        current = current.head
    if current.dep_ == "pobj" and current.head.lower_ in ("with", "to"):
        current = current.head  # "deal with", "relate to"
    verb = current.head
    if current.dep_ not in ("dobj", "prep") or verb.pos_ != "VERB":
        return False
    return bool(_ABOUT_VERBS.match(verb.lower_)) and any(
        c.dep_ == "nsubj" and _TRIGGER.fullmatch(c.text) for c in verb.children
    )


#: "Agreement" as what leaders agreed on, not a text they signed: "carry out the
#: agreements reached by the two presidents", "what was agreed at their talks … the
#: agreement achieved between the heads of state". (What a commission's session reached
#: is its protocol.)
_AN_UNDERSTANDING = re.compile(
    r"\s+(?:(?:that|which)\s+(?:was|were|had been|have been)\s+)?(?:reached|made|achieved)"
    r"\s+(?:by|between|during|at)\s+(?:[\w’'-]+\s+){0,6}?(?:(?:top|senior|high-level|"
    r"state)\s+)?(?:leaders|leadership|heads of state|presidents)\b",
    re.I,
)
#: Generic uses that are not documents.
_NOT_INSTRUMENT = re.compile(
    r"in agreement with|agreement (?:was|has been) reached on|reached (?:an )?agreement that|"
    r"documents? (?:show|shows|showed|seen by)|the documents? (?:says?|said)|agreements? with the (?:EU|European Union|IMF)",
    re.I,
)


@dataclass
class InstrumentMention:
    kind: str
    status: str | None
    date: str | None
    place: str | None
    parties: list[str]
    areas: list[str]
    sentence: int
    start: int
    end: int
    plural: bool = False
    count: int = 1
    title: str = ""
    anaphor: bool = False  # "the accords", "these documents": refers to a plural before it
    item: bool = False  # one item of a listed series: a document of its own
    by_field: bool = False  # one of a count told by fields ("three agreements on A, B and C")
    framed: bool = False  # in force because something happens "under" it, not by its verbs
    weak: bool = False  # "the deal" with no word of signing: only ever a reference
    indefinite: bool = False  # "a memorandum …", "an MoU …": introduces a new document
    asserted: bool = True  # False under a condition or a question, until a reference asserts it
    borrowed: bool = False  # on a list line the parse ran into the text before it
    also: list[tuple[int, int]] = field(default_factory=list)  # the spans referring to it
    meeting: MeetingMention | None = field(default=None, repr=False)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Every span of the article that speaks of this document, its first one first."""
        return [(self.start, self.end), *self.also]

    def attrs(self, countries: list[str]) -> dict[str, object]:
        return {
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "place": self.place,
            "countries": countries,
            "parties": self.parties,
            "areas": self.areas,
            "title": self.title,
        }


#: How many sentences back a list item looks for the status of its lead-in.
LIST_REACH = 6


def find_instruments(adoc: ArticleDoc, meetings: list[MeetingMention]) -> list[InstrumentMention]:
    """Instrument mentions in text order, each with a status.

    A list item without a status word ("- Memorandum on …") takes the status, date and
    place of the lead-in before it ("the following documents were signed:"); a plural
    lead-in followed by its items is not an instrument of its own.
    """
    per_sentence: list[list[InstrumentMention]] = []
    for sentence in adoc.sentences:
        if is_headline(adoc, sentence):
            continue
        per_sentence.append([m for m in _in_sentence(adoc, sentence) if m is not None])
    flat = [m for group in per_sentence for m in group]
    body = [m for m in flat if not is_headline_line(adoc, adoc.sentences[m.sentence])]
    flat = body or flat  # the body tells the headline's documents again
    _same_kind_as_antecedent(flat)
    published = adoc.published and adoc.published.isoformat()

    def attach(mention: InstrumentMention) -> None:
        # a date the status rules out is another thing's ("drawn up after the 2023
        # floods"): gone before the meeting is sought, it keeps no plan from its session
        dated_as_its_status_allows([mention], published)
        _attach_meeting(mention, meetings, adoc.sentences[mention.sentence])

    for mention in flat:
        if mention.status is not None:
            attach(mention)
    _as_their_lead_says(flat)
    unknown = [m for m in flat if m.status is None]
    _inherit_status(adoc, flat)
    found: list[InstrumentMention] = []
    leads: list[InstrumentMention] = []
    for mention in flat:
        if mention.status is None:
            continue
        mention.weak = not mention.item and (
            _bare_generic(adoc, mention)
            or _named_in_passing(mention, unknown, flat)
            or (mention in unknown and _owner_of_a_part(adoc, mention))
        )  # items name theirs
        if mention.plural and _has_list_items(mention, flat, adoc):
            leads.append(mention)  # the list's own items stand for it
            continue
        if mention in unknown:
            attach(mention)
        if adoc.sentences[mention.sentence].is_list_item:
            _like_the_list_before(mention, flat)
        found.append(mention)
    _signed_as_their_lead_says(adoc, leads, found)
    return found


#: A sentence that names some of the documents a count before it told: "Among them: …".
_AMONG_THEM = re.compile(r"^\W*among\s+(?:them|these|those|the\s+\w+)\s*(?::|were|are)", re.I)


def _signed_as_their_lead_says(
    adoc: ArticleDoc, leads: list[InstrumentMention], items: list[InstrumentMention]
) -> None:
    """'The deals were signed on Tuesday in Kathmandu. They include A, B and C': the
    items of a list were signed when and where the nearest plural lead-in before them
    that says so says, unless their own words say otherwise; an item of a sentence that
    names some of them ("Among them: a framework agreement on …") whose own words tell no
    step takes the lead-in's, whatever else its sentence plans."""
    for item in items:
        if _AMONG_THEM.match(adoc.sentences[item.sentence].text) and not _own_step(adoc, item):
            lead = next((b for b in reversed(leads) if b.start < item.start), None)
            if lead is not None and 0 < item.sentence - lead.sentence <= LIST_REACH:
                item.status = lead.status
        before = [
            lead
            for lead in leads
            if lead.start < item.start
            and 0 <= item.sentence - lead.sentence <= LIST_REACH
            and lead.status == item.status
            and not item.plural
        ]
        item.date = item.date or next((b.date for b in reversed(before) if b.date), None)
        item.place = item.place or next((b.place for b in reversed(before) if b.place), None)


def _own_step(adoc: ArticleDoc, item: InstrumentMention) -> bool:
    """Whether a document's own words (its verb chain and clauses) tell a step of its life."""
    span = adoc.doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None:
        return False
    return _status(local_context(span.root, which_clauses=True), "") is not None


def _as_their_lead_says(mentions: list[InstrumentMention]) -> None:
    """A list line has no verb of its own; where the parse hung it on a verb before the
    line (a clause about the meeting, 'which aides had been preparing'), its status is
    the one its lead-in gives the listed documents ('ended with the signing of four
    documents:')."""
    for i, mention in enumerate(mentions):
        if not mention.borrowed:
            continue
        lead = next(
            (
                m
                for m in reversed(mentions[:i])
                if m.plural and m.status and 0 < mention.sentence - m.sentence <= LIST_REACH
            ),
            None,
        )
        if lead is not None:
            mention.status = lead.status


def _same_kind_as_antecedent(mentions: list[InstrumentMention]) -> None:
    """'three fresh agreements …. These documents cover …': the documents are those
    agreements, of their kind."""
    for mention in mentions:
        if not mention.anaphor:
            continue
        antecedent = next(
            (m for m in reversed(mentions) if m.plural and 1 <= mention.sentence - m.sentence <= 2),
            None,
        )
        if antecedent is not None:
            mention.kind = antecedent.kind


def _like_the_list_before(item: InstrumentMention, mentions: list[InstrumentMention]) -> None:
    """A list item signed where and when its lead-in (or the item before it) was."""
    before = [
        m
        for m in mentions
        if m.sentence < item.sentence
        and item.sentence - m.sentence <= LIST_REACH
        and m.status == item.status
    ]
    if before:
        item.place = item.place or before[-1].place
        item.date = item.date or before[-1].date


def _inherit_status(adoc: ArticleDoc, mentions: list[InstrumentMention]) -> None:
    """Give a status to mentions whose own words have none, from (in order) the list's
    lead-in before them, the sentences around them, the headline, the article's majority."""
    known = Counter(m.status for m in mentions if m.status)
    title = adoc.article.title or (adoc.sentences[0].text if adoc.sentences else "")
    for i, mention in enumerate(mentions):
        if mention.status is not None:
            continue
        lead = next(
            (
                m
                for m in reversed(mentions[:i])
                if m.status is not None
                and m.plural
                and mention.sentence - m.sentence <= LIST_REACH
                # a heading in capitals between them opens another list ("WHAT WAS NOT SIGNED")
                and not any(
                    adoc.sentences[k].in_capitals for k in range(m.sentence + 1, mention.sentence)
                )
            ),
            None,
        )
        if lead is not None:
            mention.status = lead.status
            mention.date = mention.date or lead.date
            mention.place = mention.place or lead.place
            continue
        for index in (mention.sentence + 1, mention.sentence - 1, mention.sentence + 2):
            if 0 <= index < len(adoc.sentences):
                status = _status("", adoc.sentences[index].text)
                if status in ("signed", "planned"):
                    mention.status = status
                    break
        else:
            mention.status = _status("", title) or (known.most_common(1)[0][0] if known else None)


def _named_in_passing(
    mention: InstrumentMention,
    unknown: list[InstrumentMention],
    mentions: list[InstrumentMention],
) -> bool:
    """'The minister praised a remarkable agreement': a document's word whose own
    sentence says nothing of its lifecycle, with nothing of its own (subject,
    areas, parties, a list), after a document the article has told of, speaks of that
    document in passing; it names no second one."""
    if not mention.indefinite or mention not in unknown or mention.plural:
        return False
    if mention.areas or mention.parties:
        return False
    if re.search(r"\b(?:on|of|for|between|with|to)\b", mention.title, re.I):
        return False
    return any(m.start < mention.start and m not in unknown for m in mentions)


#: A part of a text before the text's own name: "Annex C of the", "Article 5 of the".
_A_PART_OF = re.compile(
    r"\b(?:annex(?:es)?|articles?|chapters?|clauses?|sections?|appendix|appendices|"
    r"schedules?|provisions?)\b(?:\s+[\w.-]{1,6})?\s+(?:of|to)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


def _owner_of_a_part(adoc: ArticleDoc, mention: InstrumentMention) -> bool:
    """'a revised Annex C of the Border Treaty': a text named as the one a part belongs
    to, with no word of its own life, is named in passing; what its sentence tells
    (a date, a signing) is the part's."""
    floor = max(adoc.sentences[mention.sentence].start, mention.start - 60)
    return _A_PART_OF.search(adoc.text[floor : mention.start]) is not None


#: Verbs of signing itself, which let a generic word name a document of its own.
_SIGNING_VERB = cues.compile_stems(cues.CONCLUDING_STEMS)


def _bare_generic(adoc: ArticleDoc, mention: InstrumentMention) -> bool:
    """'documents'/'deals' name a document of their own only where the sentence speaks of
    signing or planning; elsewhere they can only refer back to one."""
    word = adoc.text[mention.start : mention.end].lower()
    sentence = adoc.sentences[mention.sentence].text
    return (
        word.startswith(("document", "instrument", "deal", "pact", "accord"))
        and mention.status != "planned"
        and not _SIGNING_VERB.search(sentence)
    )


def _has_list_items(
    plural: InstrumentMention, mentions: list[InstrumentMention], adoc: ArticleDoc
) -> bool:
    if plural.parties:
        return False  # "memos between A and B": documents of their own, not a lead-in
    same = [
        m
        for m in mentions
        if m.sentence == plural.sentence and not m.plural and m.start > plural.start
    ]
    if same and _LIST_HEAD.search(adoc.sentences[plural.sentence].text):
        return True
    following = [m for m in mentions if 0 < m.sentence - plural.sentence <= 3 and not m.plural]
    if len(following) >= 2 and (
        not same or bool(_LIST_HEAD.search(adoc.sentences[plural.sentence].text))
    ):
        return True
    # "signed five documents …" then, a paragraph on, "The documents signed were:" and the
    # list: the later lead-in speaks of the same documents, so its items stand for both
    return not same and any(
        m.plural
        and 0 < m.sentence - plural.sentence <= LIST_REACH
        and adoc.sentences[m.sentence].text.rstrip().endswith(":")
        and _has_list_items(m, mentions, adoc)
        for m in mentions
    )


def _in_sentence(adoc: ArticleDoc, sentence: Sentence) -> list[InstrumentMention | None]:
    if _NOT_INSTRUMENT.search(sentence.text):
        return []
    matches = list(_TRIGGER.finditer(adoc.text, sentence.start, sentence.end))
    matches = [
        m
        for m in matches
        if not _inside_name(adoc.text, m.start(), m.end()) and not _a_subject_of_another(adoc, m)
    ]
    matches = [
        m
        for i, m in enumerate(matches)
        if i == 0 or not _NAMED_FRAME.match(adoc.text, matches[i - 1].end(), m.start())
    ]
    out: list[InstrumentMention | None] = []
    for i, match in enumerate(matches):
        stop = _phrase_start(adoc, matches[i + 1], match) if i + 1 < len(matches) else sentence.end
        mention = _instrument_at(adoc, sentence, match, stop)
        out.extend(_distribute(adoc, mention, stop) if mention and mention.plural else [mention])
    return out


def _phrase_start(adoc: ArticleDoc, following: re.Match[str], match: re.Match[str]) -> int:
    """Where the next document's noun phrase begins when the two are listed: "… driving
    licences and a cultural exchange programme" — its modifiers ("cultural") are its words,
    not the one before's."""
    span = adoc.doc.char_span(following.start(), following.end(), alignment_mode="expand")
    if span is None:
        return following.start()
    left = span.root.left_edge.idx
    if not match.end() < left < following.start():
        return following.start()
    # only a second document joined by "and" or a comma ends this one's words early; one
    # that this one amends or implements ("a protocol amending the … agreement") is its subject
    linked = _LINK_AT_END.search(adoc.text, match.end(), left)
    return linked.start() if linked else following.start()


#: The words that join a document's phrase to the next one's: ", and", "as well as", and
#: the preposition both hang from said again ("the signing of A and of B").
_LINK_AT_END = re.compile(
    r"(?:\s*(?:,|;|\band\b|\bor\b|\bas well as\b))+(?:\s+(?:of|on|for|to|with)\b)?\s*$"
)


#: Where a series of topics begins after a plural head: "documents on X, on Y and on Z".
_TOPIC = (
    r"(?:on(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|the sidelines|\d)\b)|aimed at|"
    r"concerning|regarding|in the (?:field|sphere|area)s? of)\s"
)
#: Items counted one by one: "…: one on trade and one (another, the other) on transport".
_EACH = r"(?:(?:one|another|the other|the first|the second|the third|a third)\s+)"
_ONE_EACH = re.compile(
    rf"(?:[:,]|\binclud(?:e|es|ed|ing)\b)\s*(?:one|the first)\s+(?={_TOPIC})", re.I
)
_TOPIC_SPLIT = re.compile(
    rf"[,;]\s*(?:and\s+|as well as\s+)?{_EACH}?(?={_TOPIC})"
    rf"|\s+(?:and|as well as)\s+{_EACH}?(?={_TOPIC})"
)


def _party_pairs(phrase: str) -> list[list[str]]:
    """'between A and B as well as C and D' → [[A, B], [C, D]]."""
    start = _PARTY_START.search(phrase)
    if not start:
        return []
    rest = re.split(r"\s+(?:were|was|have|has|will|are|is)\s", phrase[start.end() :], maxsplit=1)[0]
    pairs = []
    for chunk in re.split(r"\s*(?:,?\s+as well as\s+|;\s*(?:and\s+)?(?:between\s+)?)", rest):
        sides = _split_parties(chunk.strip(" ,."))
        if len(sides) == 2:
            pairs.append([_tidy_party(side) for side in sides])
    return pairs


#: "memoranda between the respective agencies for roads and for ports": one
#: document per pair of counterparts, each side's body named once for both states.
_RESPECTIVE = re.compile(
    r"^\s*between\s+(?:their|the(?:ir)? two countries'|the)\s+respective\s+(?P<list>[^.;:]+)",
    re.I,
)


def _list_items(text: str) -> list[str]:
    """'transport, energy, tourism, farming and fisheries' → transport, energy, tourism,
    farming and fisheries: the last 'and' splits only two topics of different areas."""
    text = re.split(r"\s+(?:in order to|which|that|for the purpose|with)\s|[.;:]", text)[0]
    items = [i.strip(" ,") for i in re.split(r",\s*(?:and\s+)?|\s+as well as\s+", text)]
    return [part for item in filter(None, items) for part in _split_last_topic(item)]


def _split_last_topic(item: str) -> list[str]:
    """'oil and gas and the protection of forests along the Baltic coast and its islands'
    → the 'and' (from the right) after which a topic of another area begins."""
    cuts = [m.start() for m in re.finditer(r"\s+and\s+", item)]
    for cut in reversed(cuts):
        left, right = item[:cut].strip(), re.sub(r"^\s+and\s+", "", item[cut:]).strip()
        if areas_in(right) and areas_in(left) != areas_in(right):
            return [left, right]
    return [item]


#: "agreements in the areas of tourism, mining and sport": one document per field.
_FIELDS_LIST = re.compile(r"\bin the (?:fields|areas|spheres|sectors) of\s+(?P<list>[^.;:]+)", re.I)
#: The sentence after a plural says what it covers: "They cover trade, fisheries and health."
#: (A document word there, "The accords cover …", is a reference: see entities.)
_COVERED_NEXT = re.compile(
    r"\s*(?:They|These|Those|Both)\s+(?:cover|concern|include|deal with|span|relate to|"
    r"address)\s+(?P<list>[^.;:]+)"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: A count right before a document word: "signed five (new) agreements".
_COUNT = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})\s+(?:(?!and\b)[a-z-]+\s+)?$", re.I
)


def _covered_next(adoc: ArticleDoc, plural: InstrumentMention) -> re.Match[str] | None:
    if plural.sentence + 1 >= len(adoc.sentences):
        return None
    after = adoc.sentences[plural.sentence + 1]
    told = _COVERED_NEXT.match(adoc.text, after.start, after.end)
    if told and _TRIGGER.search(told.group("list")):
        return None  # "They include an agreement on … and a memorandum on …": documents of their own
    return told


def _count_before(before: str) -> int | None:
    match = _COUNT.search(before)
    if match is None:
        return None
    word = match["n"].lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


#: "the documents cover fisheries, tourism and road safety".
_COVERS = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:cover|covers|covering|include|includes|including|span|spans|spanning|"
    r"concern|concerns|concerning|deal with|deals with|dealing with)\s+(?P<list>[^.;:]+)",
    re.I,
)
#: Plural heads of the bodies that sign for each side: "the ministries of health".
_SIGNING_BODIES = (
    r"ministries|committees|agencies|authorities|universities|chambers|banks|companies|"
    r"institutes|councils|departments|services|academies"
)
#: Plural signers whose areas are listed: "the ministries of energy, transport and tourism".
_SIGNERS = re.compile(
    rf"\b(?P<head>(?:state\s+)?(?:{_SIGNING_BODIES}))"
    r"\s+(?P<link>of|on|for)\s+(?P<list>(?:(?!\bthe\b)[\w\s,-])+?)"
    r"(?=,\s+the\s|\s+(?:have|has|had|signed|concluded|inked|will|are|were)\b)",
    re.I,
)


def _coordinated_signers(before: str) -> list[str]:
    """Each signer of a distributive subject: 'the state agencies for customs and
    taxes, the ministries of energy and tourism have concluded agreements'
    → state agency for customs, … ministry of energy, ministry of tourism."""
    parties: list[str] = []
    for match in _SIGNERS.finditer(before):
        words = match.group("head").lower().split()
        plural = words[-1]  # "ministries" → "ministry", "services" → "service"
        one = plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")
        head = " ".join([*words[:-1], one])
        link = match.group("link")
        parties += [f"{head} {link} {item}" for item in _list_items(match.group("list"))]
    return parties if len(parties) >= 2 else []


def _told_one_by_one(adoc: ArticleDoc, plural: InstrumentMention) -> bool:
    """Two documents or more introduced each by "a"/"an" before ``plural``: a definite
    plural after them ("the documents") speaks of those, not of a count still to list."""
    before = adoc.text[: adoc.sentences[plural.sentence].start]
    introduced = 0
    for match in _TRIGGER.finditer(before):
        introduced += bool(_A_BEFORE.search(before, max(0, match.start() - 30), match.start()))
    return introduced >= 2


def _distribute(adoc: ArticleDoc, plural: InstrumentMention, stop: int) -> list[InstrumentMention]:
    """'signed documents on transport, on investment and on visas' is three documents,
    each with its own areas; a plural without such a series stays one entry."""
    phrase = adoc.text[plural.end : stop]
    sentence_start = adoc.sentences[plural.sentence].start
    before = adoc.text[sentence_start : plural.start]
    counted = _count_before(before)  # "signed five agreements"
    signers = _coordinated_signers(before)
    if len(signers) >= 2:
        return [
            dataclasses.replace(
                plural, plural=False, item=True, parties=[party], areas=areas_in(party)
            )
            for party in signers
        ]
    fields = _FIELDS_LIST.search(phrase) or _COVERS.match(phrase)
    told_next = None if fields else _covered_next(adoc, plural)
    fields = fields or told_next
    if fields:
        items = _list_items(fields.group("list"))
        told_before_the_list = fields.string[fields.start() : fields.start("list")]
        fields_of_a_count = counted is not None and (
            fields is not told_next or counted != len(items)
        )
        if fields_of_a_count and not re.search(r"\binclud", told_before_the_list, re.I):
            # "four memoranda covering A, B and C": a count, then what the documents
            # cover, names fields, not documents (those are told "on A, on B …"); one
            # entry carries the areas named (SCHEMA). Told in the next sentence ("five
            # agreements. They cover A, B …"), the list is one per document only when it
            # is as long as the count. "Including" lists some of the documents.
            areas = list(dict.fromkeys(a for item in items for a in areas_in(item)))
            return [dataclasses.replace(plural, areas=areas or plural.areas)]
        if plural.anaphor and fields is not told_next and _told_one_by_one(adoc, plural):
            # "an agreement on A, a memorandum on B … The documents also cover C and D":
            # what the documents told one by one cover, not documents of their own, and
            # not what any one of them covers
            return [dataclasses.replace(plural, areas=[])]
        if len(items) >= 2 and all(areas_in(item) for item in items):
            return [
                dataclasses.replace(
                    plural,
                    plural=False,
                    item=True,
                    by_field=counted is not None,
                    areas=areas_in(item),
                    title=_tidy(f"{plural.kind} on {item}", plural.kind),
                )
                for item in items
            ]
    respective = _RESPECTIVE.search(phrase)
    if respective:
        return [
            dataclasses.replace(
                plural, plural=False, item=True, parties=[side], areas=areas_in(side)
            )
            for side in _list_items(respective.group("list"))
        ]
    pairs = _party_pairs(phrase)
    if len(pairs) >= 2:
        return [
            dataclasses.replace(plural, plural=False, item=True, parties=pair) for pair in pairs
        ]
    each = _ONE_EACH.search(phrase)  # "two agreements: one on trade and one on waterways"
    head = each or re.match(rf"[\s:]*(?:\w+[\s:]+){{0,3}}?{_TOPIC}", phrase)  # "…: on …"
    colon = None if head else re.match(rf"[^.:;]*:\s*(?={_TOPIC})", phrase)  # "… on Tuesday: on …"
    if not head and not colon:
        return [plural]
    rest = (
        phrase[head.end() :] if each else phrase[colon.end() :] if colon else phrase[head.start() :]
    )
    if head and not each and ":" in head.group():
        rest = phrase[head.start() + head.group().rindex(":") + 1 :]  # "… on Friday: on A; on B"
    parts = [p for p in _TOPIC_SPLIT.split(rest) if p.strip()]
    if len(parts) < 2:
        # "three agreements on trade, energy and health": as many fields as the count says
        fields_named = _list_items(re.sub(r"^\s*on\s+", "", rest))
        if counted != len(fields_named) or not all(map(areas_in, fields_named)):
            return [plural]
        parts = [f"on {field}" for field in fields_named]
    items = []
    for part in parts:
        items.append(
            dataclasses.replace(
                plural,
                plural=False,
                item=True,
                by_field=counted is not None,
                areas=areas_in(part),
                title=_tidy(
                    f"{plural.kind} {_title(part.strip())}".replace(" on on ", " on "), plural.kind
                ),
            )
        )
    return items


#: Between two triggers: the second names the frame the first implements ("an implementation
#: protocol for the Blue Harbour Partnership Programme"), not a document of its own.
_NAMED_FRAME = re.compile(
    # the first one's abbreviation: "a memorandum (MoU) on the …", or its closing bracket
    r"(?:\s*\([^()]{1,15}\)|\))?"
    # "an agreement on (the) Joint Cooperation Plan": a name inside the first one's title
    r"(?:(?:\s+(?:of|for|under)\s+the|\s+on(?:\s+the)?)\s+(?:[A-Z][\w’'-]*\s+){1,6}$"
    # "a protocol on the yearly action plan", but not "… on the X census and a letter"
    r"|\s+on\s+the\s+(?:(?!(?:and|or|a|an)\s)[\w’'-]+\s+){0,4}$)"
)


def _inside_name(text: str, start: int, end: int) -> bool:
    """'Agreement' inside a proper name ("the Paris Agreement") is a named treaty of many."""
    word = text[start:end]
    before = text[max(0, start - 30) : start]
    return word[0].isupper() and bool(
        re.search(r"(?:Paris|Climate|Minsk|Abraham|Schengen|Good Friday)\s+$", before)
    )


#: After "Convention": the rest of a venue's name.
_A_VENUE = re.compile(
    r"\s+(?:and\s+(?:Exhibition|Exposition|Trade)\s+)?(?:Cent(?:re|er)|Hall|Palace|Complex)\b",
    re.I,
)


#: A clause saying the documents just named bind many states: "…, which are multilateral".
_MULTILATERAL = re.compile(r"[^.;:]{0,80}?,\s*which\s+(?:is|are)\s+(?:both\s+)?multilateral\b")


def _the_law_of_nations(head: Token) -> bool:
    """'International agreements', 'international treaties' in the plural with no article
    or number: the agreements between states at large, not documents of the pair."""
    return (
        head.tag_ == "NNS"
        and any(c.dep_ == "amod" and c.lower_ == "international" for c in head.children)
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    )


def _kind_of(match: re.Match[str]) -> str:
    index = int((match.lastgroup or "k0")[1:])
    kind = KINDS[index][1]
    if kind is None:  # a joint statement or communiqué
        return "communique" if "communiq" in match.group().lower() else "declaration"
    return kind


def _instrument_at(
    adoc: ArticleDoc,
    sentence: Sentence,
    match: re.Match[str],
    stop: int,
) -> InstrumentMention | None:
    token = adoc.doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if token is None:
        return None
    head = token.root
    # a line in capitals is parsed badly ("MAY BE SIGNED"): its words are the context
    context = (
        sentence.text.lower() if sentence.in_capitals else local_context(head, which_clauses=True)
    )
    kind = _kind_of(match)
    if kind == "other" and _A_STEP_OF_ANOTHER.match(adoc.text, match.end()):
        return None  # "exchanged notes on the completion of their domestic procedures"
    word = match.group().lower()
    if re.search(
        r"\ball\s+(?:the\s+|our\s+|their\s+)?(?:\w+\s+)?$",
        adoc.text[max(sentence.start, match.start() - 30) : match.start()],
        re.I,
    ):
        return None  # "all our treaties": the whole treaty base, not one document
    if word.startswith("convention") and _A_VENUE.match(adoc.text, match.end()):
        return None  # "the Convention and Exhibition Centre": a building, not a document
    if _the_law_of_nations(head):
        return None  # "respect for international agreements": the law between all states
    if _MULTILATERAL.match(adoc.text, match.start(), sentence.end) or any(
        c.dep_ == "amod" and c.lower_ == "multilateral" for c in head.children
    ):
        return None  # "the Agadir Agreement …, which are multilateral": many states' text
    if re.match(r"\s+of\s+its\s+kind\b", adoc.text[match.end() : match.end() + 20]):
        return None  # "the CEPA is the first agreement of its kind": says what another is
    if word in ("agreement", "agreements") and _AN_UNDERSTANDING.match(adoc.text, match.end()):
        return None  # "the agreements reached by the two leaders": what they agreed on
    # the trigger's own words say what it is, not whether it happened ("plan of action")
    own = {w.lower() for w in re.findall(r"\w+", match.group())}
    local = " ".join(w for w in context.split() if w.lower() not in own)
    if _does_something(head):
        # "the memorandum would help …": the modal is about what it does, not whether it
        # was signed; only its own words of signing count, else it takes its neighbours';
        # "the proposed memorandum would …" is planned by its own modifier
        status = _status(local, "")
        planned_by_itself = any(
            c.dep_ == "amod" and cues.has(cues.PLANNED, c.text) for c in head.children
        )
        status = None if status == "planned" and not planned_by_itself else status
    else:
        status = _status(local, sentence.text)
    before = adoc.text[max(sentence.start, match.start() - 60) : match.start()]
    framed = _EXISTING.search(before)
    if framed and (_AMENDED.search(framed.group()) or not re.search(r"\bsign", context, re.I)):
        status = "in_force"  # "under the agreement", "in line with the existing protocol"
        framed_in_force = True
    else:
        framed_in_force = False
    if kind == "declaration" and _SAID_IN.search(before):
        status = "signed"  # "reaffirmed in a joint statement": a statement they issued
    phrase = adoc.text[match.start() : stop]
    still = _STILL_IN_FORCE.search(phrase)
    if still and not _TRIGGER.search(phrase, len(match.group()), still.start()):
        # "an agreement signed in 1998, which remains in force"; not "a protocol amending
        # the agreement …, which has been in force": that clause is the amended text's
        status = "in_force"
    elif _IN_FORCE_OPENING.match(adoc.text[sentence.start : match.start()]):
        status = "in_force"  # "Signed in 2022 and in force since 2023, the agreement …"
    elif _ENDED_NEXT.match(phrase):
        status = "terminated"  # "the memorandum on fisheries expired in 2020"
    elif _REMAINS_THE_BASIS.match(phrase):
        status = "in_force"  # "the declaration remains the foundation of their cooperation"
    elif _ITS_END_BEFORE.search(adoc.text, max(sentence.start, match.start() - 90), match.start()):
        status = "terminated"  # "took note of the expiry, in December, of the memorandum"
    elif _ITS_ENTRY_BEFORE.search(adoc.text, max(sentence.start, match.start() - 90), match.start()):
        status = "in_force"  # "welcomed the entry into force on 1 September of the agreement"
    elif status == "ratified" and _OTHER_RATIFICATION_AHEAD.search(_and_the_next(adoc, sentence)):
        status = "signed"  # "ratified by Algeria …; its ratification by Qatar is awaited"
    elif status == "planned" and _SIGNED_LONG_AGO.match(phrase):
        status = "signed"  # "to re-discuss the agreement …, concluded two decades ago"
    parties, party_span = _parties(phrase)
    parties = parties or _signers(head)
    if any(names_a_group(party) for party in parties):
        return None  # "a free trade agreement between Chile and the EU": a bloc's, not the pair's
    area_text = phrase.replace(party_span, " ") if party_span else phrase
    # the end of a quote ends the document's words: what follows is who said them
    area_text = _QUOTE_CLOSED.split(area_text, maxsplit=1)[0]
    modifiers = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
    before_trigger = " ".join(
        w.text for t in modifiers for w in t.subtree
    )  # "Road Transport Agreement"
    areas = list(dict.fromkeys(areas_in(before_trigger) + areas_in(area_text))) or areas_in(
        party_span
    )
    noun = word.split(" of ")[0]  # "memoranda of understanding": the head decides
    plural = (
        (noun.endswith("s") and not noun.endswith(("ss", "us", "minutes")))
        or noun.endswith("ies")
        or noun.endswith("memoranda")
    )
    if plural and not areas:
        areas = (
            areas_in(adoc.text[sentence.start : match.start()])
            if re.search(r"spanning|covering|in the (?:fields?|areas?|spheres?)", phrase, re.I)
            else areas
        )
    initialled = _initialling(adoc, sentence)
    date = _its_signing_date(adoc, sentence, match, stop) or nearest_date(
        adoc,
        sentence,
        match.start(),
        excluded=_years_of_others(adoc, sentence, match) + initialled,
    )
    year = _signing_year(
        adoc,
        adoc.text[max(sentence.start, match.start() - 40) : match.start()],
        adoc.text[match.end() : sentence.end],
    )
    if year:  # "a 1998 protocol": the year it was signed
        status = status if status not in (None, "planned") else "signed"
    place = nearest_place(
        adoc, sentence, match.start(), ([(match.start(), stop)] if parties else []) + initialled
    )
    # the parse ran a list line into the text before it, and no verb of the line governs
    # the document ("• completing the agreements on …" would): its verbs are the lead-in's
    verb = governing_verb(head)
    borrowed = (
        sentence.is_list_item
        and head.sent.start_char < sentence.start
        and not (verb.pos_ in ("VERB", "AUX") and sentence.start <= verb.idx < sentence.end)
    )
    since = _in_force_since(phrase, status)
    if date is not None and not match.start() <= date.start < stop and since:
        date = None  # "the agreement …, which has been in force since 2015": not a date beside it
    mention = InstrumentMention(
        kind,
        status,
        year or (date.value if date else None) or since,
        place,
        parties,
        areas,
        sentence.index,
        match.start(),
        match.end(),
        plural,
        title=title_at(adoc, match.start(), match.end(), kind, areas),
        framed=framed_in_force,
        indefinite=any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        or bool(
            _A_BEFORE.search(adoc.text, max(sentence.start, match.start() - 30), match.start())
        ),
        anaphor=plural
        and bool(
            re.search(
                r"\b(?:the|these|those|such)\s+$",
                adoc.text[max(sentence.start, match.start() - 12) : match.start()],
                re.I,
            )
        ),
        borrowed=borrowed,
        # the document a numbered or bulleted line opens is an item of the list: one of its own
        item=sentence.is_list_item
        and _TRIGGER.search(adoc.text, sentence.start, match.start()) is None,
    )
    return mention


#: A text's initialling and where and when it was: "initialled by both sides in Riga last
#: month", "having been initialled in March".
_INITIALLED = re.compile(
    r"\binitial+ed\b(?:\s+by\s+[^,;.]{1,40}?)?(?=\s+(?:in|on|at|last|earlier|this)\b)"
    r"[^,;.]{0,60}",
    re.I,
)


def _initialling(adoc: ArticleDoc, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans that tell the sentence's initialling: its date and place are the
    initialling's (SCHEMA: an initialled text is still to be signed), not the signing's."""
    return [
        (m.start(), m.end()) for m in _INITIALLED.finditer(adoc.text, sentence.start, sentence.end)
    ]


#: The words that tie a date to a document's signing: "…, which had been signed in".
_SIGNED_ON = re.compile(r"\bsigned\s+(?:[\w’'-]+\s+){0,3}?(?:in|on)\s+$", re.I)


def _its_signing_date(
    adoc: ArticleDoc, sentence: Sentence, match: re.Match[str], stop: int
) -> DateMention | None:
    """A date its own phrase gives its signing ("the memorandum …, which had been signed in
    2019"), whatever other dates its sentence tells (the expiry's, the meeting's)."""
    if "signed" not in adoc.text[match.end() : stop].lower():
        return None  # most phrases: no need to resolve the sentence's dates twice
    for date in dates_for(adoc, sentence, match.end(), history=True):
        if match.end() <= date.start < stop and _SIGNED_ON.search(
            adoc.text, max(match.end(), date.start - 40), date.start
        ):
            return date
    return None


#: A year between the article and the document's kind: "the 1998 protocol", "a 2010
#: free trade agreement".
_YEAR_BEFORE = re.compile(
    r"(?<![\w-])(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _years_of_others(
    adoc: ArticleDoc, sentence: Sentence, match: re.Match[str]
) -> list[tuple[int, int]]:
    """The dates that name the sentence's other documents ("a protocol amending the 2015
    agreement": the 2015 is that agreement's, no date of the protocol), and the signing
    told right after another ("both documents build on the framework agreement signed in
    Warsaw in July 2022": that date is the framework agreement's)."""
    spans = []
    for other in _TRIGGER.finditer(adoc.text, sentence.start, sentence.end):
        if other.start() == match.start():
            continue
        floor = max(sentence.start, other.start() - 40)
        found = _YEAR_BEFORE.search(adoc.text[floor : other.start()])
        if found:
            spans.append((floor + found.start(1), floor + found.end(1)))
        signed = _SIGNED_RIGHT_AFTER.match(adoc.text, other.end(), sentence.end)
        if signed and match.start() not in range(other.end(), signed.end()):
            spans.append((other.end(), signed.end()))
        named = _NAMED_OF_YEAR.match(adoc.text, other.end(), sentence.end)
        if named and match.start() not in range(other.end(), named.end()):
            spans.append(named.span(1))
    return spans


#: A document's own signing told right after it: "… agreement signed in Warsaw in July 2022".
_SIGNED_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|concluded|inked)\s+(?:in|on|at)\b[^.;:]{0,80}"
)


#: A year right after a document's noun that names it: "the defence agreement of 1961".
_OF_YEAR_AFTER = re.compile(r"\s+of\s+((?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:and|to)\b)")
#: ... or the year that closes another document's name: "a protocol amending the Agreement
#: on Cross-Border Trade of 2016" (the 2016 is the agreement's).
_NAMED_OF_YEAR = re.compile(r"[^,;:.()\n]{0,60}?" + _OF_YEAR_AFTER.pattern)


def _signing_year(adoc: ArticleDoc, before: str, after: str = "") -> str | None:
    """The year that names a document, before it ("the 1998 protocol") or right after
    its noun ("the agreement of 1961"), when it is past: a year still to come names a
    period or a target ("the 2030 agenda"), not a signing."""
    found = _YEAR_BEFORE.search(before) or _OF_YEAR_AFTER.match(after)
    if not found or adoc.published is None or int(found.group(1)) >= adoc.published.year:
        return None
    return found.group(1)


#: A document told as what ended: "the expiry, in December, of the memorandum", "the
#: termination of the 1990 agreement" (not "before the expiry of …").
_ITS_END_BEFORE = re.compile(
    r"(?<!before )(?<!ahead of )(?<!until )(?<!pending )(?<!upon )(?<!after )"
    r"\b(?:the|its)\s+(?:expiry|expiration|termination|lapse|denunciation|cancellation)"
    r"(?:\s*,[^,.;]{0,40},)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


#: A document told as what took effect: "the entry into force on 1 September of the
#: agreement" (not "ahead of the entry into force of …", still to come).
_ITS_ENTRY_BEFORE = re.compile(
    r"(?<!before )(?<!ahead of )(?<!until )(?<!pending )(?<!upon )(?<!after )(?<!awaiting )"
    # "the entry into force on 1 May of", "the entry into force last year of"
    r"\bthe\s+entry\s+into\s+force(?:\s*,?\s*(?:(?:on|in|from)\s+[^,.;]{1,30}?|"
    r"(?:last|this|earlier\s+this)\s+(?:year|month|week)),?)?"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


#: A document's own verb telling it still governs: "the declaration remains the foundation".
_REMAINS_THE_BASIS = re.compile(
    # "the Framework Agreement, signed in 2006, remains the basis": an apposition between
    r"^(?:[^,;.:]{0,60}?,[^,;.:]{1,60},)?[^,;.:]{0,60}?\b(?:"
    r"(?:remains?|is still)\s+(?:still\s+)?(?:in\s+(?:force|effect)\b|"
    r"(?:the|our|their|its)\s+(?:legal\s+|main\s+)?"
    # and the words that say so by a figure: "remains our compass", "the bedrock"
    r"(?:basis|foundation|cornerstone|framework|compass|guide|pillar|backbone|bedrock|anchor)\b)"
    # "… continues to underpin our ties": what it does now, in force
    r"|continues?\s+to\s+(?:underpin|govern|guide|frame|anchor)\b)",
    re.I,
)
#: A verb of ending right after the document's own phrase, in its clause; not after a
#: verb of replacing, whose object is the older text that ended ("a memorandum to replace
#: the one that lapsed").
_ENDED_NEXT = re.compile(
    r"^(?:(?!\b(?:replac|succeed|supersed)\w*)[^,;.:]){0,60}?"
    r"\b(?:expired|lapsed|(?:was|were|has been|have been) (?:terminated|"
    r"revoked|annulled|cancell?ed|scrapped|denounced))\b"
    # "the memorandum of 2015, whose expiry occurred last year"
    r"|^[^;.:]{0,30}?,\s*whose\s+(?:expiry|expiration|termination|denunciation)\b",
    re.I,
)
#: A document's own participle clause placing its signing in the past: "…, concluded
#: some two decades ago", "…, signed three years ago" — whatever the sentence plans for it.
_SIGNED_LONG_AGO = re.compile(
    r"^[^;.:]{0,120}?,\s*(?:which\s+(?:was|were)\s+)?(?:signed|concluded|inked)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more than)\s+)?[\w-]+\s+(?:years?|decades?)"
    r"\s+ago\b",
    re.I,
)
#: A relative clause or an apposition saying the document is in force now.
def _in_force_since(phrase: str, status: str | None) -> str | None:
    """'An agreement on double taxation, in force since 2014', with no other date: the
    year it took effect is the one the text gives it."""
    found = _IN_FORCE_SINCE.search(phrase) if status == "in_force" else None
    return found.group(1) if found else None


#: A sentence that opens by saying its document is in force, then names it: "Signed in 2022
#: and in force since May 2023, the Trade Agreement …", "In force since 1999, the treaty …".
_IN_FORCE_OPENING = re.compile(
    r"\s*(?:[^,;.]*\band\s+)?(?:(?:now|still)\s+)?in\s+(?:force|effect)\b[^,;.]*,\s*"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,6}$",
    re.I,
)
_IN_FORCE_SINCE = re.compile(r"\bin\s+(?:force|effect)\s+since\s+((?:19|20)\d\d)\b")
_STILL_IN_FORCE = re.compile(
    r",\s*which\s+(?:still\s+|has\s+|have\s+)?(?:(?:remains?|is|are|has been|have been|"
    r"entered|came|took)\s+(?:still\s+)?(?:in|into)\s+(?:force|effect)\b"
    # "…, which remains the legal basis of their relations": a text in force today
    r"|(?:remains?|is|are)\s+(?:still\s+)?the\s+(?:legal\s+|main\s+|)"
    r"(?:basis|foundation|cornerstone|framework)\b)"
    # "…, which was signed in 2019 and has been in force since 2020", "… and that it is in
    # force to this day": a signing told first, then the force it has today
    r"|\band\s+(?:that\s+it\s+)?(?:has\s+been|have\s+been|is|are|remains?)\s+(?:still\s+)?"
    r"in\s+(?:force|effect)\b"
    # "the 2018 Convention …, in force since 2019", "… and currently under execution"
    r"|(?:,|\band)\s+(?:(?:still|now|currently)\s+)?(?:in\s+force\b|"
    r"(?:still|now|currently)\s+under\s+(?:execution|implementation)\b)"
    # "the agreement, which was signed in 2019, remains in force": the relative clause tells
    # its signing, the main verb after it the force it has today
    r"|,\s*which\s+[^,;.:]{1,80},\s*(?:remains?|is|are)\s+(?:still\s+)?in\s+(?:force|effect)\b",
    re.I,
)


#: "a"/"an" and at most two words of the phrase right before a document's kind (the
#: parse hangs the article elsewhere in long coordinations).
_A_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


#: Words before an instrument that present it as already in force.
_EXISTING = re.compile(
    # "under which an agreement is being negotiated" opens a clause on the document; it
    # puts nothing under it
    r"(?:(?:\bunder(?!\s+which\b)|within the framework of|in accordance with|in line with|"
    r"pursuant to|in the framework of|amendments? to|(?:amendments? and )?additions to|existing|"
    r"protocols? to|annex(?:es)? to|"
    r"current|based on)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    # a verb of changing a text takes the old one as its object ("amending the 2012
    # agreement"); right before the noun it names the new one ("an amending protocol")
    r"|\b(?:revise|revises|revising|review|reviewing|amend|amends|amending|extend|extending|"
    r"renew|renewing)\s+(?:(?:the|an?|its|their|this|that)\s+|(?=(?-i:[A-Z]))))"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A document that another amends or adds to exists already, whatever verb of signing the
#: sentence gives the new one ("signed a protocol amending the 2015 agreement", "a protocol
#: to the 2012 agreement").
_AMENDED = re.compile(
    # "amending the 2015 agreement"; not "an amending agreement" (the new one itself)
    r"\b(?:(?:amendments?|additions|protocols?|annex(?:es)?) to|"
    r"amend(?:s|ing)?\s+(?:the|its|their|this|that)\s|amend(?:s|ing)?\s+(?-i:[A-Z]))",
    re.I,
)


#: Words that put a ratification or entry into force in the future.
_STILL_TO_COME = re.compile(
    r"\b(?:will|shall|must|has to|have to|needs? to|is to|are to|awaits?|awaiting|pending|"
    r"expected|yet|before|once|after|submit\w*|send\w*)\b",
    re.I,
)
#: One side's ratification told as still to come: the document is not yet ratified by both.
_OTHER_RATIFICATION_AHEAD = re.compile(
    r"\bratification\b[^.;]{0,60}?\b(?:is|remains|was)\s+(?:still\s+)?(?:awaited|pending|"
    r"expected|outstanding)\b|\b(?:awaits|awaiting|pending)\s+(?:its\s+|the\s+)?ratification\b",
    re.I,
)


def _and_the_next(adoc: ArticleDoc, sentence: Sentence) -> str:
    """A sentence's text and the next one's."""
    after = adoc.sentences[sentence.index + 1 : sentence.index + 2]
    return " ".join([sentence.text, *(s.text for s in after)])


#: A signing that a sentence names as still to come.
_SIGNING_AHEAD = re.compile(
    r"\b(?:look(?:s|ed|ing)? forward to|ahead of|prepar(?:e|es|ed|ing) for|await(?:s|ed|ing)?|"
    r"expect(?:s|ed|ing)?|in view of|pave the way for|paving the way for|"
    r"(?:hope[sd]?|hoping|call(?:s|ed|ing)?|press(?:es|ed|ing)?)(?:\s+for)?|urg(?:e|es|ed|ing)|"
    r"aim(?:s|ed|ing)?\s+(?:at|for)|work(?:s|ed|ing)?\s+(?:towards?|for))\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:early\s+|future\s+|forthcoming\s+|speedy\s+|"
    r"swift\s+|timely\s+|successful\s+)?(?:signing|signature|conclusion|finali[sz]ation|adoption)\b",
    re.I,
)
#: A signing wished for soon: "…, including the signing of the treaty at an early date".
#: A legislature that approves a document ratifies it, in either voice: "parliament
#: approved the agreement", "the treaty, endorsed by the Senate".
_LEGISLATURE = (
    r"(?:parliament|congress|senate|national assembly|legislature|lawmakers|"
    r"deputies|MPs|duma|majlis|sejm|knesset|bundestag|riksdag|storting|rada|diet|cortes)"
)
_APPROVED_BY_LEGISLATURE = re.compile(
    rf"\b{_LEGISLATURE}\b(?:'s)?\s+(?:\w+\s+){{0,2}}?(?:approved|endorsed|passed|backed|"
    rf"voted (?:for|to approve))\b|\b(?:approved|endorsed|passed|backed)\s+by\s+(?:the\s+)?"
    rf"(?:[A-Z]\w+\s+){{0,2}}?{_LEGISLATURE}\b",
    re.I,
)
_APPROVAL = re.compile(r"\b(?:approved|endorsed|passed|backed)\b", re.I)
_SIGNING_SOON = re.compile(r"\b(?:at an early date|as soon as possible|without delay)\b", re.I)
#: A document's taking effect told as still to come: it has been concluded, not in force.
_IN_FORCE_AHEAD = re.compile(
    r"\b(?:will|shall|would|is to|are to|is expected to|once|when)\s+(?:\w+\s+){0,2}?"
    r"(?:take effect|enter into (?:force|effect)|come into (?:force|effect))\b",
    re.I,
)
#: The same told with the noun: "ahead of its entry into force", "pending entry into force".
_ENTRY_AHEAD = re.compile(
    r"\b(?:ahead of|before|await\w*|pending|expect\w*|until|upon|for|after|once|prepar\w*"
    r"|procedures? (?:for|of))\s+(?:the\s+|its\s+|their\s+)?entry into",
    re.I,
)
#: The verbs of taking effect, as the governing verb of a document.
_TAKES_EFFECT = re.compile(r"\b(?:entered|enters|entering|came|comes|coming|took)\b", re.I)
#: A sentence that reports a document taking effect.
_IN_FORCE_NOW = re.compile(
    r"\b(?:entered|enters|entering|came|comes|coming)\s+into\s+(?:force|effect)\b|\btook effect\b",
    re.I,
)


#: Verbs of a document's own life: what it undergoes, as opposed to what it does.
_LIFECYCLE_VERB = cues.compile_stems(
    cues.CONCLUDING_STEMS
    + cues.ENACTING_STEMS
    + cues.PREPARING_STEMS
    # coming into force, and the auxiliaries of a passive or a plan: "is to be", "will get"
    + ("enter", "come", "came", "take", "took", "be", "is", "are", "was", "were", "been")
    + ("will", "would", "shall", "should", "could", "may", "might", "must")
    + ("has", "have", "had", "get", "got")
)


def _reduced_relative(verb: Token, noun: Token) -> bool:
    """A participle with no auxiliary set off by a comma right after its noun's phrase ("the
    protocol, meant to update the rules, was …") opens a reduced relative clause, whatever
    head and tag the parse gives it: the clause describes the noun, the sentence's verb
    comes later. Not a verb after a parenthetical ("the protocol, however, expired")."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.i > noun.i
        and verb.doc[verb.i - 1].text == ","
        and noun.right_edge.i >= verb.i - 2
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _does_something(trigger: Token) -> bool:
    """The document is the subject of a verb of what it does ("would help", "aims to
    boost", "provides for", "is expected to cut"), not of its signing or coming into
    force ("is expected to be signed")."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    if _reduced_relative(verb, trigger):
        return False  # "the protocol, meant to set quotas, was not ready": its verb is later
    if not _LIFECYCLE_VERB.match(verb.lower_):
        return trigger.dep_ == "nsubj"
    # "the deal is expected to cut waiting times": what is expected is what it will do
    return any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and not _LIFECYCLE_VERB.match(c.lower_)
        for c in verb.children
    )


#: A statement as the place where its authors said something: "said in a joint statement".
_SAID_IN = re.compile(
    r"\b(?:said|stated|reaffirmed|affirmed|declared|announced|stressed|underlined|noted|"
    r"welcomed|expressed|agreed|pledged|committed)\b(?:\s+[\w’'-]+){0,3}?\s+in\s+"
    r"(?:a|the|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: A signer's own words at the signing: "glad to sign", "honoured to have signed".
_GLAD_TO_SIGN = re.compile(
    r"\b(?:glad|happy|pleased|delighted|honou?red|proud|privileged)\s+to\s+(?:have\s+)?sign",
    re.I,
)


#: A signing denied beside another verb of the document ("was discussed but not signed",
#: "has not yet been signed"): no word of its signing but one of a signing still pending
#: (where the denial governs the document itself, the factuality stage has dropped it).
_SIGNING_DENIED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:signed|inked|concluded|subscribed)\b"
    # a text not ready (for signature) is still being prepared
    r"|\bnot\s+(?:yet\s+)?ready\b",
    re.I,
)


#: "withdrew from the Bakassi peninsula": a withdrawal from a place, not from the text.
_WITHDREW_FROM_ELSEWHERE = re.compile(
    r"\bwithdr[ae]w\w*\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?!(?:\w+\s+){0,3}?"
    r"(?:agreement|treaty|accord|pact|deal|memorandum|protocol|convention|arrangement)\b|it\b)",
    re.I,
)


def _ended(local: str, sentence: str) -> bool:
    """A word of ending in the document's own words; a withdrawal only when it is not
    one from a place or a post that the sentence names ("under which Nigeria withdrew
    from the peninsula")."""
    words = [m.group().lower() for m in cues.compile_group(cues.TERMINATED).finditer(local)]
    if not words:
        return False
    return not (
        all(w.startswith("withdr") for w in words) and _WITHDREW_FROM_ELSEWHERE.search(sentence)
    )


def _status(context: str, sentence: str) -> str | None:
    local = _SIGNING_DENIED.sub(" pending ", context.lower())
    sentence = _SIGNING_DENIED.sub(" pending ", sentence)
    if _ended(local, sentence):
        return "terminated"
    if (
        cues.has(cues.RATIFIED, local)
        or _APPROVED_BY_LEGISLATURE.search(local)
        # the document's own verb of approval, whose agent the sentence names
        or (_APPROVAL.search(local) and _APPROVED_BY_LEGISLATURE.search(sentence))
    ):
        # "has to be ratified", "will be ratified": signed, ratification still to come
        return "signed" if _STILL_TO_COME.search(local) else "ratified"
    if re.search(
        r"entered into force|in force|came into force|took effect|came into effect", local
    ) or (_IN_FORCE_NOW.search(sentence) and _TAKES_EFFECT.search(local)):
        return "in_force"  # its verb is the one that takes it into force
    if re.search(r"\bentry into (?:force|effect)\b", local) and not _ENTRY_AHEAD.search(sentence):
        return "in_force"  # "the first summit since the entry into force of the treaty"
    if _GLAD_TO_SIGN.search(local):
        return "signed"  # "glad to sign today the …": the signer tells of the signing
    if _IN_FORCE_AHEAD.search(local or sentence) and not cues.has(cues.SIGNING, sentence):
        return "signed"  # "it will take effect once parliaments approve it": concluded
    if (cues.has(cues.PLANNED, local) or cues.has(cues.UNSIGNED_TEXT, sentence)) and not re.search(
        r"(?<!\bbe )\b(?:signed|subscribed)\b|\binked\b", local
    ):
        return "planned"
    if _SIGNING_AHEAD.search(local) or (
        re.search(r"\bsigning\b", local) and _SIGNING_SOON.search(sentence)
    ):
        return "planned"  # "hoped for the signing of the treaty": its own signing is ahead
    if cues.has(cues.SIGNED, local):
        return "signed"
    if _IN_FORCE_NOW.search(sentence):
        return "in_force"  # "the treaty – a union of two states – has entered into force"
    if _SIGNING_AHEAD.search(sentence):
        return "planned"  # "looked forward to its signing": the signing is still to come
    if cues.has(cues.SIGNED, sentence):
        return "signed"
    if cues.has(cues.PLANNED, sentence):
        return "planned"
    if cues.has(cues.IN_FORCE, local):
        return "in_force"
    return None


_PARTY_START = re.compile(r"\bbetween\s+(?:the\s+)?", re.I)
_PARTY_END = re.compile(
    # "for" and "on" before a capitalised word go on with a name ("Commission for the
    # Promotion of Exports"); before anything else they, "to" and "in" end the parties
    r"\s+(?:(?:on|for)(?!\s+(?:the\s+)?[A-Z])|to|in|from|concerning|regarding|about|in the field|"
    r"which|that|was|were|will|has|have|is|are|had|entered|enters|came|comes|took|takes|"
    r"expires?|expired)\s|[,;.(]|\s[–—]\s"
)


def _parties(phrase: str) -> tuple[list[str], str]:
    """'… between Chile's Ministry of X and Bolivia's Ministry of Y concerning …'."""
    start = _PARTY_START.search(phrase)
    if not start or _MEETING_BEFORE.search(phrase[: start.start()]):
        return [], ""  # "deals struck at the talks between A and B": the talks' sides
    rest = phrase[start.end() :]
    # "… between their ports, and agreed that …": a new clause ends the sides
    rest = re.split(r",\s+and\s+(?!(?:the|a|an|its|their|his|her)\b)(?=[a-z])", rest, maxsplit=1)[0]
    portfolios = _portfolios(rest)
    # the first end that leaves two sides: "the Press Office, Tuuli, and the …" passes a comma
    ends = [m.start() for m in _PARTY_END.finditer(rest) if not _inside(m.start(), portfolios)]
    ends = [*ends[:3], len(rest)]
    first = rest[: ends[0]]
    plural = _PLURAL_SIGNERS.search(first)
    if plural and " and " not in first:
        # "between the two ministries of health on …": both sides in one plural; their
        # field is the document's too, so its words stay for the areas
        return [plural.group("words")], ""
    if _NO_PARTY.search(_tidy_party(first.strip(" ,"))) and re.match(
        r"[\s,]*(?:which|that|who)\b", rest[ends[0] :]
    ):
        return [], first  # "between the two countries, which A and B signed"
    for end in ends:
        span = rest[:end]
        sides = _split_parties(span.rstrip(" ,"))
        if len(sides) == 2:
            parties = [_a_state_on_a_subject(_tidy_party(side)) for side in sides]
            if any(_NO_PARTY.search(party) or _RELATIVE_START.match(party) for party in parties):
                return [], span
            if all(gazetteer().code_of(party) or _A_GOVERNMENT.match(party) for party in parties):
                # "between Latvia and Estonia", "between the Government of A and the
                # Government of B on …": the states, not signing bodies
                return [], span
            if any(canonical_city(party) for party in parties):
                return [], span  # "a pipeline between Tema and Lome": the route's ends
            return parties, span
    return [], ""


_A_GOVERNMENT = re.compile(r"^(?:the\s+)?Government\s+of\b", re.I)
#: Verbs whose subject signs the document that is their object.
_SIGNING_VERBS = re.compile(r"^(?:sign|signs|signed|inked|concluded|initialled|initialed)$", re.I)
#: Words of an organisation's name: what signs besides states.
_ORGANISATION = re.compile(
    r"\b(?:Ministry|Ministries|Department|Agency|Bank|Authority|Service|Commission|Council|"
    r"Institute|University|Chamber|Corporation|Company|Office|Administration|Board|Fund)\b"
)


def _signers(head: Token) -> list[str]:
    """Two organisations that sign as the subject of the document's verb: "Chile's Ministry
    of Health and Peru's Ministry of Health signed a protocol", "the X Bank and the Y Bank
    signed …". States, "the two countries" and pronouns are no signing organisations."""
    verb = head.head
    if head.dep_ != "dobj" or not _SIGNING_VERBS.match(verb.text):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    doc = head.doc
    words = doc[subject.left_edge.i : subject.right_edge.i + 1]
    sides = [_tidy_party(side) for side in _split_parties(words.text)]
    if len(sides) != 2:
        return []
    gaz = gazetteer()
    if any(gaz.code_of(side) or _NO_PARTY.search(side) for side in sides):
        return []
    organisations = {e.text for e in words.ents if e.label_ == "ORG"}
    if all(_ORGANISATION.search(side) or side in organisations for side in sides):
        return sides
    return []


_MEETING_BEFORE = re.compile(
    r"\b(?:talks|meetings?|visits?|negotiations|consultations|summits?|sessions?)\b", re.I
)


#: Sides that are no signing organisation: "between the two countries", "to identify …".
_NO_PARTY = re.compile(
    r"^(?:the\s+)?(?:(?:two|both)\s+)?(?:countries|sides|states|governments|nations|"
    r"neighbou?rs|partners)$|^to\s"
    # a state named by an epithet: "the regional powerhouse", "the small landlocked state"
    r"|\b(?:state|nation|country|kingdom|republic|neighbou?r|powerhouse|archipelago)$",
    re.I,
)


def _tidy_party(side: str) -> str:
    return re.sub(r"^the\s+", "", side.strip(" ,"), flags=re.I)


#: A plural of signers that names both sides at once: "the two ministries of health".
_PLURAL_SIGNERS = re.compile(
    # after "the two countries'" and the like; "of" and its field stay ("ministries of health")
    r"(?<![\w’'-])(?P<words>(?:(?!(?:the|two|both|respective|their|its)\b)[a-z][\w-]*\s+){0,2}"
    rf"(?i:{_SIGNING_BODIES})"
    r"(?:\s+of\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z][\w-]*))?)(?![\w-])"
)


def _a_state_on_a_subject(side: str) -> str:
    """'Romania on Local Border Traffic' (the last side of a formal title): the state."""
    state, on, _ = side.partition(" on ")
    return state if on and gazetteer().code_of(state) else side


#: A side that opens a relative clause is none: "(between the neighbours since then and)
#: which both governments want …".
_RELATIVE_START = re.compile(r"(?:which|that|who|whom|whose)\b", re.I)


#: The portfolio of a ministry or department: capitalised words listed after its "of"
#: ("Ministry of Industry and Trade", "Ministry of Culture, Sports and Tourism"). The last
#: word after "and" is no state, no organisation word and has no "of" or "'s" of its own:
#: "the Bank of Korea and Bank of …", "Ministry of Health and Peru's …" are two parties.
_PORTFOLIO = re.compile(
    r"\b(?:Ministry|Ministries|Department|Secretariat)\s+of\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s*,\s*[A-Z][\w-]*)*,?\s+and\s+(?P<last>[A-Z][\w-]*)\b(?!\s+of\b|['’]s\b)"
)


def _portfolios(text: str) -> list[tuple[int, int]]:
    """Where the portfolios of ministries run in ``text``: no party ends or splits inside."""
    gaz = gazetteer()
    return [
        (m.start(), m.end())
        for m in _PORTFOLIO.finditer(text)
        if not gaz.code_of(m["last"]) and not _ORGANISATION.fullmatch(m["last"])
    ]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < at < end for start, end in spans)


def _split_parties(span: str) -> list[str]:
    """Split at the ' and ' after which a new party begins (a state, 'the', a capital); never
    inside a ministry's portfolio."""
    gaz = gazetteer()
    portfolios = _portfolios(span)
    pieces = [m for m in re.finditer(r"\s+and\s+", span) if not _inside(m.start(), portfolios)]
    for piece in pieces:
        right = span[piece.end() :]
        first = re.split(r"[\s’']", right, maxsplit=1)[0]
        if right.lower().startswith("the ") or gaz.code_of(first):
            return [span[: piece.start()], right]
    if len(pieces) == 1:
        return [span[: pieces[0].start()], span[pieces[0].end() :]]
    return []


def _title(phrase: str) -> str:
    """A short label: the trigger and what follows, up to the first comma."""
    return re.split(r"[,;.]", phrase, maxsplit=1)[0].strip()[:160]


#: How many words a title may hold: a document's name, not a sentence.
TITLE_WORDS = 24
#: How many words a document's own name may hold: a formal title names both governments
#: before its subject ("Agreement between the Government of … and the Government of …
#: on …"), and only name words and their glue go into it.
NAME_WORDS = 40
#: Prepositions that give a document's subject ("agreement on …", "memorandum for …").
_SUBJECT_PREPS = {"on", "of", "for", "in", "concerning", "regarding", "about", "to", "against"}
#: Small words a name may hold between its capitalised words.
_NAME_GLUE = {"of", "on", "the", "a", "an", "and", "for", "in", "between", "to", "&", "-", "’s", "'s"}
#: Modifiers before a trigger that say nothing of which document it is.
_NOT_TITLE = {"new", "landmark", "historic", "important", "key", "major", "relevant", "said"}
_GENERIC_WORD = re.compile(r"^(?:documents?|instruments|deals?|texts?|pacts?)$", re.I)


def title_at(adoc: ArticleDoc, start: int, end: int, kind: str, areas: list[str]) -> str:
    """``_title_at``, tidied: no stray quotation marks, no line breaks, no occasion or
    purpose clause at its end ("… during the joint committee meeting", "… in 2013")."""
    return _tidy(_title_at(adoc, start, end, kind, areas), kind)


def _tidy(title: str, kind: str) -> str:
    tidy = _OCCASION.split(title.split("\n")[0], maxsplit=1)[0]
    tidy = _LEADING.sub("", tidy).strip(" \t\"“”'‘’,;:")
    return tidy or kind


#: Where a title's own words end and the occasion or purpose of the signing begins.
_OCCASION = re.compile(
    r"\s+(?:during|on the sidelines of|on the margins of|in the presence of|with the (?:goal|aim)"
    r" of|in order to|at the (?:end|close|conclusion) of|(?:in|on|of) (?:19|20)\d\d\b)",
    re.I,
)
#: Words before a title that describe the report, not the document: "following", "existing".
_LEADING = re.compile(r"^(?:following|existing|aforementioned|said)\s+", re.I)


def _title_at(adoc: ArticleDoc, start: int, end: int, kind: str, areas: list[str]) -> str:
    """The title a curator would write: the document's own name when the text gives one
    ("Agreement on the Joint Use of Border Crossings"), else its kind and subject
    ("memorandum of understanding on tourism"), else its kind and areas ("agreement on
    energy"); never the rest of the sentence."""
    span = adoc.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return kind
    named = _own_name(span)
    if named:
        return named
    words = list(span) + [
        t
        for c in span.root.lefts
        if c.dep_ in ("compound", "amod") and c.i < span.start
        for t in c.subtree
        if t.lower_ not in _NOT_TITLE and not t.is_punct
    ]  # "the road haulage agreement"
    purpose = [
        c
        for c in span.root.children
        if (c.dep_ in ("acl", "relcl") and _infinitive(c)) or _AMENDING.match(c.text)
    ]
    for child in [*purpose, *span.root.children]:
        if child in purpose:  # "an agreement to jointly fight forest fires"
            words += [t for t in child.subtree if not _ends_phrase(t, child)]
            break
        if (
            child.dep_ == "prep"
            and child.lower_ in _SUBJECT_PREPS
            and child.i > span.root.i
            and not _where_or_when(child)
        ):
            words += [t for t in child.subtree if not _ends_phrase(t, child)]
            break
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)[:TITLE_WORDS]
    while words and (words[-1].is_punct or words[-1].lower_ in _NAME_GLUE):
        words.pop()
    text = adoc.text[words[0].idx : words[-1].idx + len(words[-1].text)] if words else ""
    trigger = adoc.text[start:end]
    if _GENERIC_WORD.match(trigger) or text.lower().endswith(trigger.lower()):
        if text.lower() != trigger.lower() and not _GENERIC_WORD.match(trigger):
            return text[:1].lower() + text[1:]  # "road haulage agreement"
        if areas_in(trigger):
            return trigger.lower()  # "programme of cultural cooperation" says its subject
        base = kind if _GENERIC_WORD.match(trigger) or " " not in trigger else trigger.lower()
        return f"{base} on {_listed(areas)}" if areas else base
    return text if _is_name_word(words[0]) else text[:1].lower() + text[1:]


#: A participle of changing a text: "Protocol amending the Agreement on …" names the new
#: text by the one it changes.
_AMENDING = re.compile(r"^(?:amending|supplementing|revising|modifying|extending)$", re.I)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


#: Links inside a subject phrase after which the title stops: a clause ("… which the
#: sides signed"), an apposition.
_CLAUSE_LINKS = ("relcl", "acl", "advcl", "appos")


def _ends_phrase(token: Token, top: Token) -> bool:
    """Words of a clause, of an apposition, of a place or time, or of a second document
    ("… and a memorandum on …") inside the subject phrase under ``top``: not part of the
    title."""
    current = token
    while current.i != top.i:
        if current.dep_ in _CLAUSE_LINKS or _second_phrase(current) or _where_or_when(current):
            return True
        current = current.head
    return token.is_punct and token.text != "-"


#: Entity types of a signing's place and time, which are no part of a document's name.
_WHERE_WHEN = ("GPE", "DATE", "TIME")


def _where_or_when(token: Token) -> bool:
    """A prepositional phrase of place or time ("in Lima", "on Monday"), or of the other
    side ("with Peru"): none is part of a document's name."""
    if token.dep_ != "prep":
        return False
    if any(c.ent_type_ in _WHERE_WHEN for c in token.children):
        return True
    named = [" ".join(t.text for t in c.subtree) for c in token.children if c.dep_ == "pobj"]
    gaz = gazetteer()
    if token.lower_ in ("in", "at"):
        return any(gaz.is_city(name) or gaz.code_of(name) for name in named)
    return token.lower_ == "with" and any(gaz.code_of(name) for name in named)


def _second_phrase(token: Token) -> bool:
    """A conjunct with a determiner of its own (and its "and"): another noun phrase."""
    if token.dep_ == "cc":
        return any(_second_phrase(s) for s in token.head.children if s.dep_ == "conj")
    return token.dep_ == "conj" and any(c.dep_ == "det" for c in token.children)


def _is_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_sent_start


def _own_name(span: Span) -> str | None:
    """A capitalised name around the trigger: "the Treaty on Good Neighbourliness and
    Friendship", "Road Transport Agreement"; an abbreviation alone ("MoU") is none."""
    doc = span.doc
    if not span[0].text[:1].isupper():
        return None
    begin = span.start
    while begin > span.sent.start:
        before = doc[begin - 1]
        if _is_name_word(before) and before.pos_ in ("PROPN", "ADJ", "NOUN"):
            begin -= 1
        elif _joins_name_words(doc, begin - 1, span.sent.start, span.start):
            begin -= 2  # "the Chile-Peru Trade Agreement", "Acquisition and Cross-Servicing"
        else:
            break
    end = last = span.end
    while end < span.sent.end and end - begin < NAME_WORDS:
        token = doc[end]
        if doc[end - 1].lower_ in ("in", "at", "on") and _a_place_or_time(token):
            break  # "… Agreement in Lima on Monday": the signing's place and day
        if token.text in ("-", "–") and not doc[end - 1].whitespace_ and end + 1 < span.sent.end:
            last = end + 2  # "the Cross-border Trust": one word written with a hyphen
            end += 2
            continue
        if _is_name_word(token):
            last = end + 1
        elif token.lower_ not in _NAME_GLUE or (
            token.lower_ in ("a", "an")
            and (doc[end - 1].lower_ not in _SUBJECT_PREPS or doc[end - 2].lower_ == "and")
        ):
            break  # "… of a Border Post" goes on; "… and a Plan", "… and of a Plan" is another
        end += 1
    outside = [t for t in doc[begin:last] if not span.start <= t.i < span.end]
    if not any(_is_name_word(t) and not t.text.isupper() for t in outside):
        return None  # a capitalised trigger alone is no name ("Agreement was signed")
    return doc[begin:last].text


def _a_place_or_time(token: Token) -> bool:
    """A date or time, or a place that begins after the preposition: the parser also runs
    a place on into a name's own words ("… of Tanzania on Cooperation in the Field of …"
    tagged as one place)."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    return token.ent_type_ == "GPE" and token.ent_iob_ == "B"


def _joins_name_words(doc: Doc, i: int, sent_start: int, trigger: int) -> bool:
    """``doc[i]`` joins two capitalised words of one name: a hyphen written without
    spaces ("Chile-Peru") or "and"/"of" inside the words before the trigger ("Acquisition
    and Cross-Servicing Agreement"; not "Agreements and MoUs", two documents)."""
    if i - 1 <= sent_start or not _is_name_word(doc[i - 1]):
        return False
    if doc[i].text == "-":
        return not doc[i - 1].whitespace_ and not doc[i].whitespace_
    return (
        doc[i].lower_ in ("and", "of")
        and i + 1 < trigger
        and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ")
    )


#: Words that tie a signing to a meeting named elsewhere: "during the session", "at its
#: meeting", "the talks resulted in" ("after signing …" alone names no meeting).
_DURING = re.compile(
    r"\b(?:during|on the sidelines of|at|following|after|in the course of|ahead of|within)\s+"
    r"(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|session|talks|visit|summit|consultations|commission|committee|forum|council)s?\b"
    r"|\bresulted\b",
    re.I,
)


def _attach_meeting(
    mention: InstrumentMention, meetings: list[MeetingMention], sentence: Sentence
) -> None:
    """Take date and place from the meeting the instrument belongs to."""
    wanted = "planned" if mention.status == "planned" else "held"
    same = [m for m in meetings if m.sentence == sentence.index and m.status == wanted]
    candidates = same or [
        m
        for m in meetings
        if m.sentence < sentence.index
        and m.status == wanted
        and (mention.place is None or compatible(m.place, mention.place))
        and (mention.date is None or compatible(m.date, mention.date))
    ]
    if not candidates:
        return
    if not same and not (_DURING.search(sentence.text) or mention.place):
        return
    meeting = (
        candidates[0]
        if same
        else max(reversed(candidates), key=lambda m: _where_signed(m, meetings))
    )
    if mention.place and meeting.place and not compatible(meeting.place, mention.place):
        return
    mention.meeting = meeting
    mention.place = mention.place or meeting.place
    mention.date = mention.date or meeting.date


def _where_signed(meeting: MeetingMention, meetings: list[MeetingMention]) -> tuple[bool, bool, int]:
    """How likely a meeting told before is the one a document was signed at: a sitting of
    ministers or leaders rather than officials' talks; one whose own sentence tells of a
    signing ("closed the session with the signing of five documents"); the one told most
    often (the caller takes the latest among equals)."""
    return meeting.kind != "talks", meeting.signing, salience(meeting, meetings)


def not_of_the_sitting_it_missed(mentions: list[InstrumentMention]) -> None:
    """'did not sign the protocol at the meeting; its text is still being negotiated': a
    text factuality found still to come was not signed at the held meeting its sentence
    names, so it has neither that meeting's date nor its place."""
    for mention in mentions:
        meeting = mention.meeting
        if meeting is None or meeting.status != "held":
            continue
        if mention.date == meeting.date:
            mention.date = None
        if mention.place == meeting.place:
            mention.place = None


def dated_as_its_status_allows(
    mentions: list[InstrumentMention], published: str | None
) -> None:
    """A document signed, ratified or in force cannot carry a date after the article that
    reports it, nor a planned one a year, or a day, before it: such a date belongs to
    something else in its sentence (a plan "built on the 1999 treaty" is not dated 1999;
    "will prepare an agreement, ministers said after they met on Wednesday" is not dated
    that Wednesday)."""
    if not published:
        return
    for mention in mentions:
        if not mention.date or mention.status is None:
            continue
        if mention.status == "planned":
            if mention.date[:4] < published[:4] or (
                len(mention.date) == 10 and mention.date < published[:10]
            ):
                mention.date = None
        elif mention.date > published[: len(mention.date)]:
            mention.date = None


def signed_at_the_meeting(
    mentions: list[InstrumentMention], meetings: list[MeetingMention]
) -> None:
    """A document signed without a place or a date of its own was signed at the meeting
    the article reports, when all its held meetings with a place name one place: it takes
    what it lacks of that meeting's place and date, as long as what it has fits them. With
    no held meeting placed, it takes the lead meeting's date, unless that is a visit's."""
    held = [m for m in sorted(meetings, key=lambda m: m.start) if m.status == "held"]
    placed = [m for m in held if m.place]
    if not placed and held and held[0].date and not held[0].is_visit:
        # no sitting told with a place: the lead's day is still the signing's (a visit's
        # day is only its first)
        _signed_there(mentions, None, held[0].date)
        return
    if len({m.place for m in placed}) != 1:
        latest = _the_latest_sitting(placed)
        if latest is not None:
            _signed_there(mentions, latest.place, latest.date)
        elif held:
            _placed_at_the_lead(mentions, held[0])
        return
    place = placed[0].place
    date = next((m.date for m in placed if m.date), None)
    lead = held[0]
    if lead.date and date and not compatible(lead.date, date):
        # the lead's session, dated but not placed, is not the earlier one told with a place
        place, date = lead.place, lead.date
    elif lead.date is None and lead.place is None and lead.kind != "talks":
        # documents are signed at the story's own sitting; told with neither date nor
        # place, it need not be on the day of a meeting told beside it ("the energy
        # ministers met yesterday evening"): that meeting's city may be its, not that day
        date = None
    _signed_there(mentions, place, date)


#: A signing set for a sitting named right after it: "(to) be signed at the next session of".
_SIGNED_AT_A_SITTING = re.compile(
    r"\bsigned\s+(?:at|during|on the occasion of|on the sidelines of)\s+"
    r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,3})?$",
    re.I,
)


def to_be_signed_at_a_sitting(
    text: str, mentions: list[InstrumentMention], meetings: list[MeetingMention]
) -> None:
    """A planned document with neither date nor place, whose signing its own sentence or
    the next sets for a planned sitting ("… so that it may be signed at the fifth session,
    to be held in Lusaka in 2027"), takes that sitting's date and place."""
    for mention in mentions:
        if mention.status != "planned" or mention.date or mention.place:
            continue
        sitting = next(
            (
                m
                for m in meetings
                if m.status == "planned"
                and mention.sentence <= m.sentence <= mention.sentence + 1
                and m.start > mention.end
                and _SIGNED_AT_A_SITTING.search(text, max(0, _opening(m) - 60), _opening(m))
            ),
            None,
        )
        if sitting is not None:
            mention.date, mention.place = sitting.date, sitting.place


def _opening(meeting: MeetingMention) -> int:
    return meeting.scope[0] if meeting.scope else meeting.start


def _the_latest_sitting(placed: list[MeetingMention]) -> MeetingMention | None:
    """Of held meetings told in several places, the latest, dated to its month or day, when
    every meeting placed elsewhere is dated to an earlier year and no closer (sittings of
    other years told in passing): the story's own, where its documents were signed."""
    dated = [m for m in placed if m.date and len(m.date) >= 7]
    if not dated:
        return None
    latest = max(dated, key=lambda m: m.date or "")
    for other in placed:
        if other.place == latest.place:
            continue
        if not other.date or len(other.date) > 4 or other.date >= (latest.date or "")[:4]:
            return None
    return latest


def _signed_there(
    mentions: list[InstrumentMention], place: str | None, date: str | None
) -> None:
    """Documents signed with no place or date of their own take the sitting's, as long as
    what they have fits it."""
    for mention in mentions:
        if mention.status != "signed" or (mention.place and mention.date):
            continue
        if (compatible(mention.place, place) or place_within(place, mention.place)) and compatible(
            mention.date, date
        ):  # the session's city beats the country a lead-in gave ("signed in China")
            mention.place = inner_place(mention.place, place)
            mention.date = mention.date or date


def signed_at_the_reported_lead(
    mentions: list[InstrumentMention], lead: MeetingMention | None
) -> None:
    """Documents signed with no date or place of their own, at the lead meeting or with
    nothing that sets them elsewhere, take what the report told of that meeting (after the
    documents took what the text says of their sittings, so no sitting is chosen by it)."""
    if lead is not None:
        _signed_there(mentions, lead.place, lead.date)


def signed_in_the_datelines_city(mentions: list[InstrumentMention], city: str | None) -> None:
    """A document signed "in Fiji" (a visit's country) and reported from a city of that
    country ("SUVA – …") was signed in that city."""
    if city is None:
        return
    gaz = gazetteer()
    for mention in mentions:
        if (
            mention.status == "signed"
            and mention.place
            and (code := gaz.code_of(mention.place)) is not None
            and gaz.country_of_place(city) == code
        ):
            mention.place = city


def _placed_at_the_lead(mentions: list[InstrumentMention], lead: MeetingMention) -> None:
    """Where the article's held meetings sat in several places (the session and an earlier
    one told in passing), a document signed on the day or in the month of the story's own
    meeting, with no place of its own, was signed there."""
    if not lead.place or not lead.date or len(lead.date) < 7:
        return
    for mention in mentions:
        if (
            mention.status == "signed"
            and mention.place is None
            and mention.date
            and len(mention.date) >= 7
            and compatible(mention.date, lead.date)
        ):
            mention.place = lead.place


#: A sentence that lists the documents of a count told before it: "The documents were …",
#: "They include …", "The agreements signed are:".
_LISTS_THE_DOCUMENTS = re.compile(
    r"^\W*(?:(?:the|these|those)\s+(?:[\w-]+\s+)?(?:documents|agreements|accords|texts|"
    r"instruments|memoranda)|they)\s+(?:\w+\s+)?(?:were|are|include[sd]?|comprised?)\b",
    re.I,
)


def told_in_detail(adoc: ArticleDoc, mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """'Signed three agreements on A, B and C. The documents were a memorandum on A …': a
    document listed after a count told by fields (one line of a list, or a sentence that
    lists "the documents") is the one of its field, told again with its own kind and
    title; it keeps the status, date and place the count was told with (what the list
    says a document will do is no plan to sign it)."""
    fields = [m for m in mentions if m.by_field]
    kept: list[InstrumentMention] = []
    for mention in mentions:
        listed = mention.item or (
            mention.indefinite
            and _LISTS_THE_DOCUMENTS.match(adoc.sentences[mention.sentence].text) is not None
        )
        one = next(
            (
                f
                for f in fields
                if listed
                and not mention.by_field
                and mention.sentence > f.sentence
                and set(mention.areas) & set(f.areas)
            ),
            None,
        )
        if one is None:
            kept.append(mention)
            continue
        fields.remove(one)
        one.by_field = False
        one.kind, one.title = mention.kind, mention.title
        one.areas = list(dict.fromkeys([*one.areas, *mention.areas]))
        one.parties = one.parties or mention.parties
        one.date, one.place = one.date or mention.date, one.place or mention.place
        one.also.append((mention.start, mention.end))
    return kept


def combine_instrument_mentions(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """Drop a bare mention (no areas, no parties) of an instrument already found."""
    kept: list[InstrumentMention] = []
    for mention in mentions:
        bare = not mention.areas and not mention.parties
        twin = next(
            (
                k
                for k in kept
                if k.kind == mention.kind
                and k.status == mention.status
                and compatible(k.date, mention.date)
                and compatible(k.place, mention.place)
                and not (k.item and mention.item and k.title != mention.title)  # two items
                and not _another_one(k, mention)
                and not _named_apart(k, mention)
                and (bare or (not k.areas and not k.parties) or _same_content(k, mention))
            ),
            None,
        )
        if twin is None:
            kept.append(mention)
        elif not twin.areas and not twin.parties:
            twin.areas, twin.parties = mention.areas, mention.parties
            if not subject_words(twin):  # "a memorandum (MoU) on trade": one title
                twin.title = mention.title
            twin.place, twin.date = twin.place or mention.place, twin.date or mention.date
    return kept


def _another_one(kept: InstrumentMention, mention: InstrumentMention) -> bool:
    """An indefinite phrase with a subject of its own ("an MoU on fisheries" after "an MoU
    on tourism") brings a new document into the story: English introduces a new referent
    with "a"/"an", and a subject that neither contains the other's says it is not the one
    before ("a memorandum on tourism cooperation" may retell "a memorandum on tourism")."""
    if not mention.indefinite:
        return False
    ours, theirs = subject_words(mention), subject_words(kept)
    return bool(ours) and bool(theirs) and not (ours <= theirs or theirs <= ours)


def _named_apart(kept: InstrumentMention, mention: InstrumentMention) -> bool:
    """Two documents called by names of their own that share no word of subject (the
    "Reciprocal Access Agreement", the "Economic Partnership Agreement") are two, whatever
    else they lack; a name and a description of it ("the partnership agreement") may be one."""
    if not (_is_a_name(kept.title) and _is_a_name(mention.title)):
        return False
    ours, theirs = subject_words(mention), subject_words(kept)
    return bool(ours) and bool(theirs) and not (ours & theirs)


def _is_a_name(title: str) -> bool:
    """A title written as a proper name: every word beyond links and determiners capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", title) if w.lower() not in _TITLE_FILLER]
    return bool(words) and all(w[0].isupper() for w in words)


#: Words of a title that say nothing of its subject.
_TITLE_FILLER = {"on", "of", "in", "the", "and", "for", "a", "an", "cooperation", "understanding"}


def subject_words(mention: InstrumentMention) -> set[str]:
    """The title's words beyond the document's kind ("memorandum on fisheries" → fisheries)."""
    return phrase_subject_words(mention.title)


def phrase_subject_words(phrase: str) -> set[str]:
    """A phrase's words beyond a document's kind, determiners and links."""
    words = set(re.findall(r"\w+", phrase.lower())) - _TITLE_FILLER - POINTING_DETERMINERS
    return {w for w in words if not _TRIGGER.fullmatch(w)}


#: Determiners of a phrase that points back to something named before it.
POINTING_DETERMINERS = {
    *("this", "that", "these", "those", "both", "such", "said"),
    *("its", "their", "our", "his", "her", "your"),
}


def _same_content(a: InstrumentMention, b: InstrumentMention) -> bool:
    """Same areas and parties, unless they are two items of one list ("marine research,
    polar research": two science agreements)."""
    two_items = a.sentence == b.sentence and a.start == b.start and a.title != b.title
    return a.areas == b.areas and a.parties == b.parties and not two_items
