"""Helpers over the spaCy parse: the words that decide a trigger's tense and modality,
and the places and dates nearest a trigger in its sentence."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from spacy.tokens import Token

from accords.extract import cues
from accords.extract.countries import gazetteer
from accords.extract.dates import TENSE_FORMS, DateMention, resolve
from accords.extract.document import ArticleDoc, Sentence
from accords.extract.places import dateline, places_in

#: Dependencies whose words carry tense, modality or time ("will", "next", "last").
_MODAL_DEPS = {"aux", "auxpass", "neg", "advmod", "prt", "mark", "amod", "npadvmod", "advcl"}
_CLAUSE_DEPS = {"relcl", "acl", "xcomp", "ccomp"}
WINDOW_BEFORE = 6
#: Verbs of a document's signing, whose auxiliaries say whether it happened.
_SIGNING_WORD = cues.compile_stems((*cues.CONCLUDING_STEMS, "ratif"))
#: Verbs of what is done to a document itself: signed, ratified, approved, adopted.
_OWN_LIFE = cues.compile_stems(cues.CONCLUDING_STEMS + cues.ENACTING_STEMS)
#: Nouns of a phrase that puts a text in force: "in force", "into effect", "in operation".
_IN_FORCE_NOUNS = {"force", "effect", "operation"}


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary above ``token`` (or the sentence root)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _with_auxiliaries(verb: Token) -> list[Token]:
    """A verb and its auxiliaries: "to be signed"."""
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]


def _opened_by_which(verb: Token) -> bool:
    """A relative clause opened by "which" (not "that", "who"): it describes a thing; as
    the object only of a verb of the document's own life ("which parliament ratified",
    "which the ministers signed"), since "which the minister praised" tells nothing of it."""
    return any(
        c.lower_ == "which"
        and (
            c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and _OWN_LIFE.match(verb.lower_))
        )
        for c in verb.children
    )


def has_own_subject(verb: Token) -> bool:
    """A verb with a subject of its own (not one it shares or takes from above)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _sharing_the_subject(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` that have no subject of their own: its subject's too."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not has_own_subject(c)
    ]


#: Head words of documents, to tell where one document's phrase gives way to another's.
_DOCUMENT_WORD = re.compile(
    r"(?i)^(?:agreements?|memorand(?:um|a)|mous?|protocols?|treat(?:y|ies)|accords?|"
    r"declarations?|conventions?|communiqu[ée]s?|roadmaps?|programmes?|documents?)$"
)


def _in_the_clause_of_another_document(token: Token, verb: Token) -> bool:
    """'a memorandum on training, under which institutes will train technicians; an
    agreement on energy': the parse hangs the next list item inside the relative clause of
    the document before it; that clause's tense is not the item's."""
    if verb.dep_ != "relcl":
        return False
    owner = verb.head  # "training, under which …" inside "a memorandum on training"
    for _ in range(4):
        if owner.i != token.i and owner.i < token.i and _DOCUMENT_WORD.match(owner.text):
            return True
        if owner.dep_ not in ("pobj", "prep", "compound", "amod") or owner.head.i == owner.i:
            return False
        owner = owner.head
    return False


def _opened_by_a_conjunction(verb: Token, token: Token) -> bool:
    """The trigger is the subject of an adverbial clause a conjunction opens ("when the
    treaty took effect"): a clause of its own, not the main clause's."""
    return (
        verb.dep_ == "advcl"
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.i == verb.i
        and any(
            (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.i < token.i
            for c in verb.children
        )
    )


def local_context(token: Token, which_clauses: bool = False) -> str:
    """The words around a trigger that say whether it happened: its verb chain,
    their auxiliaries and modifiers, the trigger's own modifiers and a few words before;
    with ``which_clauses`` (a document's phrase), the "which" clauses inside it too."""
    picked: set[Token] = {token}
    verb = governing_verb(token)
    chain = [] if _in_the_clause_of_another_document(token, verb) else [verb]
    if (
        verb.dep_ in ("xcomp", "ccomp", "advcl", "conj")
        and verb.head.i != verb.i
        # "A signed a letter in 2024, and the agreement is still being negotiated": a
        # coordinated clause with a subject of its own tells its own tense, and so does
        # a finite past ("had been preparing …, ended with the signing"): the first verb's
        # auxiliaries cannot govern it
        and not (verb.dep_ == "conj" and (has_own_subject(verb) or verb.tag_ == "VBD"))
        # "…, which was terminated when the treaty took effect": the trigger is the subject
        # of a clause a conjunction opens, whose own verb tells its tense
        and not _opened_by_a_conjunction(verb, token)
    ):
        chain.append(verb.head)
    if token.dep_ in ("nsubj", "nsubjpass"):
        chain.extend(_sharing_the_subject(verb))  # "… was in its final stage and would be signed"
    # "adopted a joint communiqué, which will be published": what a clause says will be
    # done with a document already concluded is not whether it was; "…, which will be
    # signed" still is
    concluded = _OWN_LIFE.match(verb.lower_) is not None and told_as_done(verb)
    for child in token.children:
        if child.dep_ in _CLAUSE_DEPS and not (
            concluded
            and child.dep_ == "relcl"
            and not any(_OWN_LIFE.match(t.lower_) for t in child.subtree)
        ):
            chain.append(child)
    # "an agreement on road transport, which is expected to be signed": the parser hangs
    # the document's "which" clause on the last noun of its phrase
    if which_clauses:
        chain.extend(
            t
            for t in token.subtree
            if t.dep_ == "relcl"
            and t.head.i != token.i
            and _opened_by_which(t)
            # "…, and a protocol amending the Agreement on X, which has been in force": the
            # clause of a document named in between is that document's, not this one's
            and not any(_DOCUMENT_WORD.match(w.text) for w in token.doc[token.i + 1 : t.head.i + 1])
        )
    # "…, which was signed in 2021 and has since been ratified": the pronoun's other verbs
    chain.extend(c for t in list(chain) if t.dep_ == "relcl" for c in _sharing_the_subject(t))
    for item in chain:
        picked.add(item)
        for child in item.children:
            if child.dep_ == "advcl" and _SIGNING_WORD.match(child.lower_):
                picked.update(_with_auxiliaries(child))  # "so that it can be signed"
            elif child.dep_ in _MODAL_DEPS:
                picked.add(child)
            elif child.dep_ == "xcomp":  # "expected to be signed": keep the "to be"
                picked.update(_with_auxiliaries(child))
            elif child.dep_ == "acomp":  # "is due (likely, ready) to be signed"
                picked.add(child)
                for verb_after in (c for c in child.children if c.dep_ == "xcomp"):
                    picked.update(_with_auxiliaries(verb_after))
            elif child.dep_ == "prep" and any(c.lower_ in _IN_FORCE_NOUNS for c in child.children):
                picked.update(child.subtree)  # "remains in force", "came into effect"
    picked.update(c for c in token.children if c.dep_ in _MODAL_DEPS | {"compound", "det"})
    sent = token.sent
    # the words just before count from the start of the trigger's own clause when a
    # conjunction opens it ("…, which was terminated when the treaty took effect")
    floor = verb.left_edge.i if _opened_by_a_conjunction(verb, token) else sent.start
    picked.update(sent.doc[max(floor, token.i - WINDOW_BEFORE) : token.i])
    return " ".join(t.text for t in sorted(picked, key=lambda t: t.i))


_OWN_CLAUSE_DEPS = {
    "nsubj",
    "nsubjpass",
    "prep",
    "dobj",
    "agent",
    "npadvmod",
    "advmod",
    "attr",
    "compound",
    "amod",
    "det",
    "poss",
    "nummod",
}


def trigger_scope(token: Token) -> tuple[int, int]:
    """Character range of the words a trigger governs: a noun's whole phrase ("the 9th
    session of the Council"); a verb's subject and prepositional phrases, but not the
    clauses it introduces ("met in Tallinn [to plan the next round]")."""
    if token.pos_ in ("VERB", "AUX"):
        words = [token] + [
            t for c in token.children if c.dep_ in _OWN_CLAUSE_DEPS for t in c.subtree
        ]
    else:
        words = list(token.subtree)
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


#: Verbs of saying, in any form (the pipeline has no lemmatizer): a date or place on
#: them is the saying's ("said in Accra on Monday").
_SAYING = re.compile(
    r"(?:says?|said|saying|tells?|told|telling|announc(?:e|es|ed|ing)|stat(?:e|es|ed|ing)"
    r"|report(?:s|ed|ing)?|add(?:s|ed)?|not(?:e|es|ed)|declar(?:e|es|ed)|confirm(?:s|ed)?"
    r"|quot(?:e|es|ed)|wr(?:ite|ites|ote)|inform(?:s|ed)?|reiterat(?:e|es|ed)|stress(?:es|ed)?"
    r"|explain(?:s|ed)?|disclos(?:e|es|ed)|reveal(?:s|ed)?|tweet(?:s|ed)?)",
    re.IGNORECASE,
)
#: Nouns for a text that reports ("a statement issued in Tallinn on Wednesday").
_REPORTS = re.compile(
    r"(?:statements?|releases?|communiqu[eé]s?|readouts?|dispatch(?:es)?)", re.IGNORECASE
)


def _token_at(sentence: Sentence, at: int) -> Token | None:
    return next((t for t in sentence.span if t.idx <= at < t.idx + len(t.text)), None)


def another_event(sentence: Sentence, at: int, offset: int, sayings: bool = True) -> bool:
    """Whether the date or place at ``offset`` belongs to another event than the trigger
    at ``at``: the saying of a report ("said in Accra on Monday that the session will
    take place …", "according to a statement issued in Tallinn on Wednesday"), or a
    relative clause on another noun ("the commission, which last met in 2019, …"), or,
    for a trigger inside such a clause, its main clause."""
    tokens = _trigger_and_word(sentence, at, offset)
    if tokens is None:
        return False
    trigger, word = tokens
    return (sayings and _on_a_saying(word, trigger)) or _other_clause(word, trigger)


def _said_on(sentence: Sentence, at: int, offset: int) -> bool:
    """The date at ``offset`` is the day a report was made, not the trigger's."""
    tokens = _trigger_and_word(sentence, at, offset)
    return tokens is not None and _on_a_saying(tokens[1], tokens[0])


def _trigger_and_word(sentence: Sentence, at: int, offset: int) -> tuple[Token, Token] | None:
    """The trigger's token and the token at ``offset``, when they are two tokens."""
    trigger, word = _token_at(sentence, at), _token_at(sentence, offset)
    if trigger is None or word is None or trigger.i == word.i:
        return None
    return trigger, word


def _since(sentence: Sentence, at: int, offset: int) -> bool:
    """The date at ``offset`` opens a period ("the first visit since the new government
    took office in May 2014", "since 2010"): a starting point, not the trigger's date."""
    tokens = _trigger_and_word(sentence, at, offset)
    if tokens is None:
        return False
    trigger, word = tokens
    for current in [word, *word.ancestors]:
        if current.i == trigger.i or (current.i != word.i and trigger in current.subtree):
            return False
        if current.lower_ == "since" or any(
            c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in current.children
        ):
            return True
    return False


def _on_a_saying(word: Token, trigger: Token) -> bool:
    """The word hangs (through its preposition and any nouns) on a verb of saying or a
    reporting text, with the trigger not on that path."""
    current = word
    for _ in range(8):
        if current.i == trigger.i:
            return False
        if current.pos_ in ("VERB", "AUX") and _SAYING.fullmatch(current.text):
            return True
        if current.lower_ == "according":
            return True
        if current.pos_ in ("NOUN", "PROPN") and _REPORTS.fullmatch(current.text):
            return True
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("acl",):
            return False  # a verb of another kind: the date or place is its event's
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _relative_clause(token: Token) -> Token | None:
    """The verb of the nearest relative clause the token lies in, a reduced one set off by
    a comma too ("the 4th Session, held in Victoria Falls in 2023, …": the participle's
    clause on its noun; without the comma the parse may take a main verb for one)."""
    return next((t for t in [token, *token.ancestors] if t.dep_ == "relcl" or _set_off(t)), None)


def _set_off(token: Token) -> bool:
    """A past participle's clause on a noun, after a comma: "…, held in Lima in 2019, …"."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.i > 0
        and token.doc[token.left_edge.i - 1].text == ","
    )


def _other_clause(word: Token, trigger: Token) -> bool:
    """The word and the trigger lie in different relative clauses, and the word's clause
    does not speak of the trigger's own phrase ("the agreement, which was signed in May":
    its own clause; "the commission, which last met in 2019": not the session's)."""
    mine, theirs = _relative_clause(word), _relative_clause(trigger)
    if mine is not None and mine == theirs:
        return False
    if mine is not None and mine.head in trigger.subtree and trigger.pos_ not in ("VERB", "AUX"):
        return False
    if mine is not None and trigger in mine.head.subtree and trigger.pos_ not in ("VERB", "AUX"):
        return False  # "the outcomes of the meeting that took place …": the parse may hang
        # the trigger's clause on the phrase around it
    if theirs is not None and theirs.head.i == word.i:
        return False  # "in Lima, where they held a meeting": the clause speaks of the word
    return mine is not None or theirs is not None


def nearest_date(
    adoc: ArticleDoc,
    sentence: Sentence,
    at: int,
    scope: tuple[int, int] | None = None,
    excluded: list[tuple[int, int]] | None = None,
) -> DateMention | None:
    """The resolved date nearest ``at`` in the sentence (unresolved dates don't count),
    one inside the trigger's own ``scope`` first; not one of a relative clause on another
    noun ("signed a memorandum to replace the one that lapsed last year, as the
    presidents co-chaired the session": last year is the lapse's)."""
    dates = [
        d
        for d in dates_for(adoc, sentence, at, excluded)
        if not another_event(sentence, at, d.start, sayings=False)
    ]
    if not dates:
        return None
    return min(
        dates,
        key=lambda d: (
            not _within(d.start, scope),
            _in_an_aside(sentence, d.start, at),
            abs(d.start - at),
        ),
    )


#: An aside set off by spaced dashes or by brackets, within a sentence.
_ASIDE = re.compile(r"\s[—–]\s[^—–]+?\s[—–]\s|\s[—–]\s[^—–]+$|\([^()]+\)")


def _in_an_aside(sentence: Sentence, offset: int, at: int) -> bool:
    """Whether ``offset`` lies in an aside (" — the 28th was in Auckland — ", "(…)") that
    does not hold ``at``: a digression's date or place tells of what it digresses to, so
    one outside it is taken first."""
    for a, b in _asides(sentence.text):
        begin, end = sentence.start + a, sentence.start + b
        if begin <= offset < end:
            return not begin <= at < end
    return False


@lru_cache(maxsize=256)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """The asides of a sentence's text, as offsets into it (every candidate date and place
    of every trigger of the sentence asks)."""
    return tuple(match.span() for match in _ASIDE.finditer(text))


def dates_for(
    adoc: ArticleDoc,
    sentence: Sentence,
    at: int,
    excluded: list[tuple[int, int]] | None = None,
    history: bool = False,
) -> list[DateMention]:
    """The resolved dates of the sentence that can date the word at ``at``, in text order.
    Dates whose value hangs on the tense ("on Friday", "in March") are resolved with the
    tense of their own clause; periods, the dateline's date and the day of the telling
    are left out, and so are dates long before the article unless ``history`` (a
    document's own signing, "signed in 1964", may be decades old)."""
    mentions = _dates_in_their_tense(adoc, sentence)
    # "… will meet in May, officials said on Monday": a plan is not dated by its telling
    ahead = bool(mentions) and clause_tense(sentence, at) is True
    return [
        d
        for d in mentions
        if d.value
        and (
            _DAY_RANGE.match(d.text)
            or not _PERIOD.search(adoc.text[max(0, d.start - 24) : d.start])
        )
        and (history or not _long_before(d.value, adoc))
        and not _of_the_dateline(adoc.text, d.start)
        and not any(a <= d.start < b for a, b in excluded or [])
        # "…, officials said on 3 May": the saying's day, not the event's
        and not (ahead and _said_on(sentence, at, d.start))
        and not _since(sentence, at, d.start)
    ]


def _dates_in_their_tense(adoc: ArticleDoc, sentence: Sentence) -> list[DateMention]:
    """The sentence's dates, those whose value hangs on the tense resolved with the tense
    of their own clause (once per sentence: every trigger of the sentence asks)."""
    key = ("dates in their tense", sentence.index)
    if key not in adoc.memo:
        adoc.memo[key] = tuple(
            dataclasses.replace(
                d,
                value=resolve(d.text, d.form, adoc.published, clause_tense(sentence, _last_word(d))),
            )
            if d.form in TENSE_FORMS and adoc.published is not None
            else d
            for d in adoc.dates_in(sentence.start, sentence.end)
        )
    return list(adoc.memo[key])  # type: ignore[arg-type]


#: Words that put a clause in the past whatever else it says ("last", "previous").
_PAST_WORDS = re.compile(r"\b(?:last|previous|prior|ago)\b", re.IGNORECASE)


def clause_tense(sentence: Sentence, at: int) -> bool | None:
    """``True`` when the clause of the word at ``at`` speaks of the future ("will meet",
    "is scheduled to"), ``False`` when its verb is in the past tense ("met", "was
    signed", "have agreed"), ``None`` when neither can be told."""
    token = next((t for t in sentence.span if t.idx <= at < t.idx + len(t.text)), None)
    if token is None:
        return None
    verb = governing_verb(token)
    if any(t.lower_ in _FUTURE_HEADS for t in _heads_below(token, verb)):
        return True  # "the summit, due in July", "a visit scheduled for May"
    done = told_as_done(verb) or participle_of_what_was_done(verb)
    # "was prepared by officials on Monday": a preparation told as done is past
    done = done or (verb.lower_.startswith("prepar") and passive_past(verb))
    if done and _hangs_on_the_verb(token, verb):
        return False  # "met on Monday to prepare …": a past, whatever its purpose
    context = local_context(token)
    if cues.has(cues.PLANNED, context) and not _PAST_WORDS.search(context):
        return True
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "VBD" in tags or (
        "VBN" in tags and any(c.lower_ in ("has", "have", "had") for c in verb.children)
    ):
        return False
    return None


def participle_of_what_was_done(verb: Token) -> bool:
    """'Drafted in May, the treaty is to be signed …', 'Having been initialled in March,
    the agreement …': a past participle opening a clause of its own tells what was done,
    whatever the tense of the clause it hangs on."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and auxiliaries <= {"having", "been"}
        and verb.lower_ not in _FUTURE_HEADS
    )


def told_as_done(verb: Token) -> bool:
    """A simple past ("met") or a perfect ("had met", "have met"): what the verb tells has
    happened, whatever purpose its clause gives it."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxiliaries
    # a perfect, active or passive: "had met", "has been signed"
    perfect = [c for c in auxiliaries if c.lower_ in ("has", "have", "had")]
    return (
        verb.tag_ == "VBN"
        and bool(perfect)
        and all(c in perfect or c.lower_ == "been" for c in auxiliaries)
    )


def passive_past(verb: Token) -> bool:
    """'was prepared', 'had been prepared': a passive told as done."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.tag_ == "VBN"
        and bool(auxiliaries & {"was", "were", "been"})
        and not auxiliaries & {"will", "would", "shall", "to", "be", "being"}
    )


def _last_word(date: DateMention) -> int:
    """The offset of the date phrase's last letter or digit (a phrase may end in a stop)."""
    ends = [i for i, c in enumerate(date.text) if c.isalnum()]
    return date.start + (ends[-1] if ends else len(date.text) - 1)


#: Words that put the phrase a date hangs on in the future, whatever the main verb's tense.
_FUTURE_HEADS = {"due", "scheduled", "slated", "expected", "planned", "set", "upcoming", "next"}


def _heads_below(token: Token, verb: Token) -> list[Token]:
    """The words between a date word and the verb it hangs on, nearest first."""
    heads = []
    current = token.head
    while current.i != verb.i and current.head.i != current.i:
        heads.append(current)
        current = current.head
    return heads


def _hangs_on_the_verb(token: Token, verb: Token) -> bool:
    """Whether the date word is the verb's own adjunct ("met on Monday"), not part of a
    noun or adjective phrase below it ("the summit, due in July")."""
    return not any(
        t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ != "DATE"
        for t in _heads_below(token, verb)
    )


#: Words before a date that make it a period an instrument covers ("plan for 2021"),
#: a deadline ("by 2030") or a start ("since 2019"), not when something happened.
_PERIOD = re.compile(
    # "scheduled (planned, set) for 2026" is the date of what is scheduled, not a period
    r"(?<!scheduled )(?<!planned )(?<!slated )(?<!set )(?<!due )(?<!expected )"
    r"\b(?:for|until|till|through|to|by|since|from|before|dated)\s+(?:the\s+)?(?:period\s+|year\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)


#: Days of one month ("6 to 8 April 2023", "April 6-8"): a meeting's days, even after
#: "from"; a period runs over months or years ("from 2024 to 2026").
_DAY_RANGE = re.compile(
    r"^(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|—|and|until)\s*\d{1,2}\b(?!\d)",
)


def _of_the_dateline(text: str, start: int) -> bool:
    """The date right after the dateline's city ("LIMA, June 3, 2025 –") is when the story
    was filed, not when its events took place."""
    found = dateline(text)
    return (
        found is not None
        and start >= found[2]
        and re.fullmatch(r"[\s,.]*", text[found[2] : start]) is not None
    )


#: A date this many years before the article is history (an anniversary), not an event.
HISTORY_YEARS = 20


def _long_before(value: str, adoc: ArticleDoc) -> bool:
    return adoc.published is not None and int(value[:4]) < adoc.published.year - HISTORY_YEARS


def _within(offset: int, scope: tuple[int, int] | None) -> bool:
    return scope is not None and scope[0] <= offset < scope[1]


def nearest_place(
    adoc: ArticleDoc,
    sentence: Sentence,
    at: int,
    excluded: list[tuple[int, int]] | None = None,
    countries_too: bool = False,
    destination: bool = False,
    scope: tuple[int, int] | None = None,
) -> str | None:
    """The city (or, with ``countries_too``, country) introduced by in/at/to nearest ``at``."""
    candidates = [
        p
        for p in places_in(adoc, sentence, countries_too=countries_too)
        if not any(a <= p.start < b for a, b in excluded or [])
        and not p.origin  # "officials from X", a visit "from X": where people come from
        and not p.route  # "a rail link between X and Y": what a text is about, not where
        and not another_event(sentence, at, p.start)
    ]
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda p: (
            not _within(p.start, scope),
            _in_an_aside(sentence, p.start, at),
            destination and not p.destination,
            not p.introduced,
            not p.is_city,  # "in Iceland's capital, Reykjavik": the city (SCHEMA: city, else country)
            abs(p.start - at),
        ),
    )
    return best.name if best.is_city else event_city(adoc, best.name) or best.name


#: A city naming an event: "the Lima talks", "the Lima summit".
_CITY_EVENT = re.compile(
    r"^\s+(?:talks|meetings?|summit|sessions?|consultations|negotiations|conference|round)\b",
    re.IGNORECASE,
)


def event_city(adoc: ArticleDoc, country: str) -> str | None:
    """The one city of ``country`` that names the article's meetings ("the Lima talks"):
    talks the text places in the country are those, and the city beats the country.
    ``None`` when the article names no such city, or several."""
    gaz = gazetteer()
    code = gaz.code_of(country)
    if code is None:
        return None
    cities = adoc.__dict__.setdefault("_event_cities", {})  # per article, built once
    if code not in cities:
        named = {
            place.name
            for sentence in adoc.sentences
            for place in places_in(adoc, sentence)
            if gaz.country_of_place(place.name) == code
            and _CITY_EVENT.match(adoc.text[place.end : place.end + 20])
        }
        cities[code] = named.pop() if len(named) == 1 else None
    return cities[code]


def place_in_scope(
    adoc: ArticleDoc,
    sentence: Sentence,
    scope: tuple[int, int],
    excluded: list[tuple[int, int]] | None = None,
) -> str | None:
    """The first place (city or country) introduced by in/at/to inside a trigger's phrase:
    "the 9th session …, due to be held next spring in Mongolia", not one of another
    event's (``another_event``: "the commission, which last met in Khartoum, will …")."""
    # the trigger: the word of the phrase whose head lies outside it
    root = next(
        (
            t
            for t in sentence.span
            if _within(t.idx, scope) and (t.head.i == t.i or not _within(t.head.idx, scope))
        ),
        None,
    )
    inside = [
        place
        for place in places_in(adoc, sentence, countries_too=True)
        if _within(place.start, scope)
        and place.introduced
        and not any(a <= place.start < b for a, b in excluded or [])
        and not (root is not None and another_event(sentence, root.idx, place.start))
    ]
    cities = [place for place in inside if place.is_city]
    return (cities or inside)[0].name if inside else None
