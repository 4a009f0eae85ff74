"""entities: instrument mentions → the documents they speak of, one entity each.

A news report names a document once and then refers back to it: "the protocol", "this
document", "the deal", "both documents". A reference is a definite or demonstrative
noun phrase (or one with "both", "its", "their") that has a compatible antecedent
earlier in the article; it never creates a document of its own, it adds its words to
the antecedent's:

* compatible kind: the same kind, or a head that fits any document ("document",
  "deal", "pact", "accord"); "the agreement" also names a document of another
  kind when documents of only that kind were named before it (reporters call the one
  memorandum or treaty of their story "the agreement");
* compatible number: a singular refers to one document, a plural ("both documents",
  "the agreements") to the documents named before it;
* compatible content: a reference restricts nothing new — areas or parties of its own
  phrase that the antecedent lacks ("the agreement on fisheries" after "a memorandum
  on trade") make it a document of its own; so do ordinals, "other" and "existing"
  ("the second memorandum", "the existing agreement").

Merging keeps the antecedent's kind, adds areas and parties, fills a missing date or
place, takes the later step of the lifecycle ("to be signed" then "was signed" →
signed; a document "under" which something happens keeps its status), and keeps the
reference's span as evidence. "It" as the subject of a step only a document takes ("It
entered into force in 2014") is the document named just before, and moves it on. Items
of a list ("documents on A, on B and on C") are entities of their own, never references;
a generic word with no word of signing ("the deal also covers …") is only ever a
reference, and names nothing without an antecedent.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accords.extract.areas import areas_in
from accords.extract.document import ArticleDoc
from accords.extract.instruments import (
    POINTING_DETERMINERS,
    InstrumentMention,
    phrase_subject_words,
    subject_words,
)
from accords.extract.meetings import compatible

#: Determiners that make a noun phrase point back (possessives included: "our plan").
_DEFINITE = {"the", *POINTING_DETERMINERS}
#: Heads that can refer back to a document of any kind.
_GENERIC = re.compile(r"^(?:documents?|instruments|deals?|pacts?|accords?)$", re.I)
#: Modifiers that single out another document than the one before.
_ANOTHER = re.compile(
    r"^(?:other|another|second|third|fourth|fifth|first|last|separate|further|additional|"
    r"existing|current|previous|earlier|old|former|original|interim|"
    r"\d+(?:st|nd|rd|th))$",
    re.I,
)
#: A year before a document's word dates it: a document of its own.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: Kinds a reporter uses for one binding text: "the agreement", "the treaty", "the accord".
_SYNONYMS = {"agreement", "treaty", "accord"}
#: Kinds that say more than "agreement" when one text is named both ways.
_SPECIFIC = {"memorandum", "protocol", "convention"}
#: A document described by what was just said: "signed a memorandum (MoU) to that effect".
_TO_THAT_EFFECT = re.compile(r"(?:\s*\([^()]{1,15}\)|\))?\s+to (?:that|this) effect\b", re.I)
#: A signing in so many words ("was signed in Belgrade"), not a text only concluded.
_SIGNING_TOLD = re.compile(r"\b(?:signed|inked|signing)\b", re.I)
#: The lifecycle's order: a later step wins when mentions of one document disagree.
_LIFECYCLE = {"planned": 0, "signed": 1, "ratified": 2, "in_force": 3, "terminated": 4}


def resolve_instruments(
    adoc: ArticleDoc, mentions: list[InstrumentMention]
) -> list[InstrumentMention]:
    """The stage: each reference joins its antecedent; the rest are the documents. A
    document told only under a condition or a question is none, unless a reference
    asserts it."""
    entities: list[InstrumentMention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if entities and _TO_THAT_EFFECT.match(adoc.text, mention.end):
            _merge(adoc, entities[-1], mention)  # "signed an MoU to that effect": the one just told
            continue
        head = _head(adoc, mention)
        if head is None or mention.item or not _points_back(head):
            if not mention.weak:
                entities.append(mention)
            continue
        antecedents = _antecedents(adoc, mention, head, entities)
        if not antecedents:
            if not (mention.weak or _demonstrative(head)):
                entities.append(mention)  # "this agreement" only ever points back
            continue
        if not mention.asserted:
            continue  # "if the agreement is signed": says nothing of the one named
        for antecedent in antecedents:
            if antecedent.asserted:
                _merge(adoc, antecedent, mention)
                continue
            # named in doubt, asserted by this reference: its status is what is asserted,
            # the doubted one only when the reference tells none
            doubted = antecedent.status
            antecedent.asserted, antecedent.status = True, None
            _merge(adoc, antecedent, mention)
            antecedent.status = antecedent.status or doubted
    documents = [e for e in entities if e.asserted]
    _its_later_steps(adoc, documents)
    return documents


#: A later step of the lifecycle told of "it": "It entered into force in 2014", "it was
#: ratified by both parliaments", "it expired last year" (not "it ratified …": a state).
_ITS_LATER_STEP = re.compile(
    r"\b[Ii]t\s+(?:(?:has|had)\s+)?(?:"
    r"(?P<in_force>entered\s+into\s+(?:force|effect)|came\s+into\s+(?:force|effect)|"
    r"took\s+effect)|"
    r"(?:was|has\s+been|had\s+been)\s+(?P<ratified>ratified)|"
    r"(?P<terminated>expired|lapsed))\b"
)


def _its_later_steps(adoc: ArticleDoc, documents: list[InstrumentMention]) -> None:
    """'The two countries signed the treaty in 2012. It entered into force in 2014.': "it",
    the subject of a step only a document takes, is the document named last before it, in
    its sentence or the one before; the document takes that step when it is a later one,
    and keeps its signing's date and place (SCHEMA: signed then ratified is one entry)."""
    for match in _ITS_LATER_STEP.finditer(adoc.text):
        step = match.lastgroup or ""
        sentence = adoc.sentence_at(match.start())
        window = adoc.sentences[max(0, sentence.index - 1)].start
        told = [
            (start, d) for d in documents for start, _ in d.spans if window <= start < match.start()
        ]
        if not told:
            continue
        document = max(told, key=lambda t: t[0])[1]
        if document.status != "planned" and _LIFECYCLE[step] > _LIFECYCLE.get(
            document.status or "", -1
        ):
            document.status = step


def _head(adoc: ArticleDoc, mention: InstrumentMention) -> Token | None:
    span = adoc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _points_back(head: Token) -> bool:
    """A definite or demonstrative phrase that does not single out another document."""
    modifiers = list(head.children)
    before = _words_before(head)
    if any(_ANOTHER.match(c.text) for c in modifiers if c.dep_ in ("amod", "nummod", "det")):
        return False
    if any(_ANOTHER.match(t.text) for t in before):
        return False
    if any(_YEAR.match(t.text) for t in [*modifiers, *before] if t.i < head.i):
        return False  # "the 1999 treaty": the one of that year, not the one just named
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_YEAR.match(y.text) for y in c.children)
        for c in modifiers
    ):
        return False  # "the defence agreement of 1961": so too
    return any(
        c.lower_ in _DEFINITE for c in modifiers if c.dep_ in ("det", "predet", "poss", "nummod")
    ) or any(t.lower_ in _DEFINITE for t in before[:1])


#: Determiners that only ever point back: "this", "these" never introduce a document.
_DEMONSTRATIVE = {"this", "that", "these", "those"}


def _demonstrative(head: Token) -> bool:
    return any(c.lower_ in _DEMONSTRATIVE for c in head.children if c.dep_ == "det") or any(
        t.lower_ in _DEMONSTRATIVE for t in _words_before(head)[:1]
    )


def _words_before(head: Token) -> list[Token]:
    """The words of the phrase before its head, nearest first, read off the text (the
    parse sometimes hangs a determiner elsewhere): up to and including a determiner."""
    words: list[Token] = []
    for i in range(head.i - 1, max(head.sent.start, head.i - 5) - 1, -1):
        token = head.doc[i]
        if token.pos_ in ("DET", "PRON", "NUM"):
            return [token, *words]
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV", "VERB") or token.is_punct:
            break
        words.append(token)
    return []


def _antecedents(
    adoc: ArticleDoc, mention: InstrumentMention, head: Token, entities: list[InstrumentMention]
) -> list[InstrumentMention]:
    """The documents the reference points back to: the nearest compatible one for a
    singular; for a plural, every document named before it, or the one plural entry."""
    word = adoc.text[mention.start : mention.end]
    # "the agreement" names a document of another kind when all named before are of one
    generic = bool(_GENERIC.match(word)) or (
        word.lower() == "agreement" and len({e.kind for e in entities}) == 1
    )
    # "the treaty" after the story's one agreement: reporters vary the word for one text
    synonym = (
        not mention.plural
        and mention.kind in _SYNONYMS
        and len(entities) == 1
        and entities[0].kind in _SYNONYMS
    )
    own = _own_phrase(head)
    own_areas = set(areas_in(own))
    own_words = phrase_subject_words(own)
    compatible = [
        e
        for e in entities
        if (generic or synonym or e.kind == mention.kind)
        and own_areas <= set(e.areas)
        and not (mention.parties and e.parties and mention.parties != e.parties)
        and not _another_subject(own_words, e)
        and not _dated_apart(adoc, mention, e)
    ]
    if not compatible:
        return []
    if not mention.plural:
        singular = [e for e in compatible if not e.plural]
        if _GENERIC.match(word):
            # "the deal" names the story's document, told as a fact, before one told in
            # doubt since ("a memorandum was signed …; if financing is secured, an
            # agreement could follow …; unions welcomed the deal"); a doubted document is
            # named again by its kind ("whether the agreement will be ready …")
            singular = [e for e in singular if e.asserted] or singular
        # the one told last, counting its references ("the surveillance memorandum … Under
        # the memorandum": the one just named again, not the last one first named)
        return sorted(singular, key=_last_told)[-1:]
    plural = [e for e in compatible if e.plural]
    if plural and plural[-1] is compatible[-1]:
        return plural[-1:]
    return compatible if len(compatible) >= 2 else []


def _last_told(entity: InstrumentMention) -> int:
    """Where the article last spoke of the document: its own span or a reference's."""
    return max([entity.start, *(start for start, _ in entity.also)])


def _another_subject(own_words: set[str], entity: InstrumentMention) -> bool:
    """'The agreement on legal assistance' after 'the extradition treaty': a subject in the
    reference's own phrase that shares no word with the document's title names another
    document (their areas may still agree)."""
    theirs = subject_words(entity)
    return bool(own_words) and bool(theirs) and not own_words & theirs


def _dated_apart(adoc: ArticleDoc, reference: InstrumentMention, entity: InstrumentMention) -> bool:
    """'The energy memorandum signed in 2016 expired' after a memorandum signed this week:
    a signing date in the phrase's own words that the document's date cannot be names an
    older (or later) text."""
    if not (reference.date and entity.date) or compatible(reference.date, entity.date):
        return False
    if adoc.text[reference.start].isupper() and entity.title[:1].isupper():
        return False  # "the Treaty, signed in 2008" after the "Treaty of Friendship": its name
    return _SIGNED_ON_ITS_DATE.match(adoc.text, reference.end) is not None


#: A signing told right after the document's phrase: "… memorandum signed in 2016", "the
#: memorandum on road freight signed in Dakar in 2016".
_SIGNED_ON_ITS_DATE = re.compile(
    r"(?:\s+(?:on|of|for|concerning)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
    r",?\s+(?:(?:which|that)\s+(?:was|were|had been)\s+)?(?:signed|concluded|inked)\s+"
    r"(?:(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?"
    r"(?:in|on)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b"
)


def _own_phrase(head: Token) -> str:
    """The words of the reference's own noun phrase, without the clauses it heads:
    "the agreement on fisheries" restricts; "the protocol, which covers energy" adds."""
    words = [
        t
        for child in head.children
        if child.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj")
        # "described the accord as the outcome of the dialogue": what it is called
        and not (child.dep_ == "prep" and child.lower_ == "as")
        for t in child.subtree
    ]
    return " ".join(t.text for t in sorted([head, *words], key=lambda t: t.i))


def _merge(adoc: ArticleDoc, entity: InstrumentMention, reference: InstrumentMention) -> None:
    """The reference's areas and span join the entity; its signing's parties, date,
    place and status only when its own words speak of the signing (not "the deal
    covers …" or "under the treaty …")."""
    entity.areas = list(dict.fromkeys([*entity.areas, *reference.areas]))
    entity.also.append((reference.start, reference.end))
    if entity.kind == "agreement" and reference.kind in _SYNONYMS | _SPECIFIC:
        entity.kind = reference.kind  # "agreement" is the general word; "the treaty" says which
    if reference.framed or reference.weak:
        return
    entity.parties = entity.parties or reference.parties
    if (
        reference.status == "signed"
        and reference.date
        and _SIGNING_TOLD.search(adoc.sentences[reference.sentence].text)
        and _LIFECYCLE.get(entity.status or "", -1) > _LIFECYCLE["signed"]
        and entity.status != "terminated"
    ):
        # "ratified yesterday …; it was signed in Belgrade in October": a document's date
        # and place are its signing's, whatever later step was told first
        entity.date, entity.place = reference.date, reference.place or entity.place
    entity.date = entity.date or reference.date
    entity.place = entity.place or reference.place
    if reference.status and _LIFECYCLE.get(reference.status, -1) > _LIFECYCLE.get(
        entity.status or "", -1
    ):
        entity.status = reference.status
