"""factuality: does the text assert that a meeting or document exists (and name a person
as an actor, not only inside a question or a condition)?

One mention → one of ``ASSERTED``, ``PENDING``, ``NEGATED``, ``CONDITIONAL``,
``QUESTION`` or ``PREDICATE``. Only asserted and pending mentions become facts
(``recorded``); a pending one is a document not signed yet, whatever its other words.

The decision reads the dependency parse upwards from the trigger to the root of its
sentence, through the verbs that govern it:

* negated: a governing verb carries a negation ("did not sign the treaty", "was never
  held"), the trigger has "no"/"neither" as determiner ("no agreement was signed"), a
  governing verb is a verb of failure or refusal ("refused to sign", "failed to agree
  on") or the trigger sits under "without" ("left without signing the accord");
* pending: the same negation with "yet"/"still" beside it ("has not yet been signed",
  "is still not ratified") or said of a draft ("a draft treaty was not signed", "the
  protocol, initialled in May, was not signed") or of the work on it ("the negotiation on
  the agreement isn't finished"), "has yet to", or a deferral ("the visit was postponed") —
  on its way, so planned;
* conditional: a governing clause opens with "if", "unless", "whether", "provided" or
  "in case" ("if the protocol is signed, …");
* question: the sentence asks ("Will the memorandum be signed?");
* predicate: the trigger names what something else *is* ("this protocol is not a
  declaration", "the memorandum is a framework agreement", "the dialogue has served as
  the main forum for …"): a description of another thing, not a thing of its own.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token


class Factuality(str, Enum):
    ASSERTED = "asserted"
    PENDING = "pending"
    NEGATED = "negated"
    CONDITIONAL = "conditional"
    QUESTION = "question"
    PREDICATE = "predicate"


#: Verbs that, governing a trigger, say it did not happen ("refused to sign", "the
#: visit was postponed"), as word beginnings: the pipeline runs without a lemmatizer.
_FAILURE = re.compile(
    r"^(?:fail|refus|declin|reject|den(?:y|ied|ies)|cancel|suspend|abandon|scrap|"
    r"shelv|boycott|call(?:s|ed|ing)? off)"
)
#: Verbs that move a meeting or signing to a later day: it is still to come.
_DEFERRED = re.compile(r"^(?:postpon|delay|defer|reschedul|put(?:s|ting)? off)")
#: Subordinators that open a condition or an open question.
_CONDITION = {"if", "unless", "whether", "provided", "providing", "lest"}
#: Words beside a negation that make it "not yet": the thing is still expected.
_YET = {"yet", "still"}
_NO_DETERMINERS = {"no", "neither"}
#: Copulas whose complement describes their subject ("X is a declaration").
_COPULAS = re.compile(
    r"^(?:is|are|was|were|be|been|being|'s|becomes?|became|remain(?:s|ed)?|constitutes?)$"
)


class _Mention(Protocol):
    start: int
    end: int
    status: str | None
    asserted: bool


M = TypeVar("M", bound=_Mention)


def assert_mentions(doc: Doc, mentions: list[M], keep_open: bool = False) -> list[M]:
    """The stage: keep the mentions the text asserts; a pending one becomes planned. With
    ``keep_open``, a mention under a condition or a question stays too, marked
    ``asserted = False``: a later sentence may assert the thing ("whether the agreement
    will be ready is unclear" … "the agreement is being negotiated"), so the entities
    stage decides on all of a thing's mentions."""
    kept = []
    for mention in mentions:
        factuality = factuality_of_span(doc, mention.start, mention.end)
        if factuality is Factuality.PENDING:
            mention.status = "planned"
        if recorded(factuality):
            kept.append(mention)
        elif keep_open and factuality in (Factuality.CONDITIONAL, Factuality.QUESTION):
            mention.asserted = False
            kept.append(mention)
    return kept


#: Verbs whose negation says a document ended, not that it never was.
_NOT_CONTINUED = {"renewed", "extended", "prolonged"}


#: Verbs of a body's sitting, whose negation with "since" tells when it last sat.
_SAT = {"met", "convened", "sat", "held", "gathered"}


def last_sat_at(verb: Token) -> Token | None:
    """'The committee has not met since 2019', '… since its session in Accra in 2018': a
    sitting denied since a time asserts the last one, then; the "since" it hangs on."""
    if verb.lower_ not in _SAT or not any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"), None)


def named_as_an_actor(doc: Doc, starts: list[int]) -> bool:
    """A name mentioned at these offsets is told as an actor at least once, not only inside
    a question or a condition ("asked whether President A would visit …")."""
    for at in starts:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return True
        name = span.root
        while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
            name = name.head  # the name's last word carries its part in the clause
        if factuality_of(name) not in (Factuality.CONDITIONAL, Factuality.QUESTION):
            return True
    return False


def recorded(factuality: Factuality) -> bool:
    """Only what the text asserts, or presents as still to come, becomes a fact."""
    return factuality in (Factuality.ASSERTED, Factuality.PENDING)


def factuality_of_span(doc: Doc, start: int, end: int) -> Factuality:
    """The factuality of the mention at character offsets ``start``–``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Factuality.ASSERTED
    return factuality_of(span.root)


def factuality_of(token: Token) -> Factuality:
    """The factuality of the mention whose head word is ``token``."""
    if _is_predicate(token) or _in_a_generic_subject(token):
        return Factuality.PREDICATE
    if _asks(token):
        return Factuality.QUESTION
    path = _governors(token)
    if (
        any(_opens_condition(verb) for verb in path)
        or _hypothetical_consequence(token)
        or _in_opening_condition(token)
    ):
        return Factuality.CONDITIONAL
    if denied_by_its_determiner(token):
        return Factuality.NEGATED
    if _under_a_denied_noun(token):
        return Factuality.NEGATED  # "there are no plans for a visa agreement"
    for verb in path:
        if any(c.dep_ == "neg" for c in verb.children):
            if verb.lower_ in _NOT_CONTINUED:
                continue  # "was not renewed": the document was, it did not go on
            if last_sat_at(verb) is not None:
                continue  # "has not met since 2019": it last met then
            if _not_yet(verb) or _a_draft(token) or _work_on_it_not_done(token, verb):
                return Factuality.PENDING
            if _signing_still_worked_on(token, verb):
                return Factuality.PENDING
            return Factuality.NEGATED
        if _yet_to(verb) or _DEFERRED.match(_with_particle(verb)):
            return Factuality.PENDING  # "has yet to be signed", "the visit was postponed"
        if _failure(verb) or _instead(verb):
            return Factuality.NEGATED
    if path and _denied_above(path[-1]):
        return Factuality.NEGATED
    return Factuality.ASSERTED


def denied_by_its_determiner(noun: Token) -> bool:
    """'No agreement', 'neither visit': the noun's own determiner denies it."""
    return any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in noun.children)


#: Verbs whose denial says a topic did not come up: "was not discussed", "did not raise".
_TOPIC_VERBS = re.compile(
    r"^(?:discuss|touch|rais|address|mention|broach|tackl|debat|consider|examin)", re.I
)
#: Phrasal verbs of the same: "was not taken up", "was not brought up", "did not come up".
_TOPIC_PHRASAL = re.compile(r"^(?:tak|took|bring|brought|c[ao]m)", re.I)


#: Verbs that set a topic on an agenda: "was not placed / put / inscribed on the agenda".
_ON_THE_AGENDA = re.compile(r"^(?:plac|put|inscrib|includ|list)", re.I)


def _of_discussing(verb: Token) -> bool:
    """A verb of discussing, a phrasal one with "up" ("take up", "bring up", "come up"), or
    one that sets a topic on an agenda ("placed on the agenda")."""
    return (
        _TOPIC_VERBS.match(verb.text) is not None
        or (
            _TOPIC_PHRASAL.match(verb.text) is not None
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        )
        or (
            _ON_THE_AGENDA.match(verb.text) is not None
            and any(
                c.dep_ == "prep" and any(g.lower_ == "agenda" for g in c.children)
                for c in verb.children
            )
        )
    )


#: Prepositions of a verb of discussing that give its topic: "touch on", "talk about".
_ON = ("on", "upon", "about")


def left_undiscussed(noun: Token) -> bool:
    """'Energy aid was not discussed', 'they did not discuss the gas field or other energy
    projects', 'questions of migration were not touched upon / taken up', 'nor did the
    talks touch on energy', 'neither minister raised it': a topic the text says did not
    come up, as the subject or object of a denied verb of discussing."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _ON:
        noun = noun.head  # "touch on energy": what the verb is on is its object
    verb = noun.head
    topic = noun.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        noun.dep_ == "prep" and noun.lower_ in _ON
    )
    return topic and _of_discussing(verb) and _denied_verb(verb)


def _denied_verb(verb: Token) -> bool:
    """The verb is denied: "not", a clause opened by "nor" ("nor did they raise it"), or a
    subject that "no" or "neither" denies ("neither minister raised it")."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i)
        or (c.dep_ == "nsubj" and denied_by_its_determiner(c))
        for c in verb.children
    )


#: Verbs that ask: the "whether"/"if" clause they govern is a question, not a statement.
_ASKING = {"ask", "asks", "asked", "asking", "wonder", "wondered", "inquired", "enquired"}


def asked_about(token: Token) -> bool:
    """'Asked whether a road agreement would follow, …', 'when asked if they would pursue a
    trade deal': what an indirect question names is asked about, not told."""
    return any(
        verb.dep_ == "ccomp"
        and verb.head.lower_ in _ASKING
        and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
        for verb in _governors(token)
    )


def _under_a_denied_noun(token: Token) -> bool:
    """The mention is the object of a noun that "no" denies: "no plans for a treaty",
    "no talk of a summit", "no prospect of an agreement"; or what a verb's denied noun is
    for or of: "no date has been set for a meeting", "they fixed no timetable for the
    talks", "of a treaty there was no mention"."""
    current = token
    for _ in range(2):
        prep = current.head
        if current.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        if prep.head.pos_ in ("VERB", "AUX") and prep.lower_ in ("for", "of"):
            # "no date has been set for a meeting": the verb's own noun is denied; so in
            # "of a treaty, there was no mention" (the "of" phrase put first)
            return any(
                c.dep_ in ("nsubjpass", "nsubj", "dobj", "attr") and denied_by_its_determiner(c)
                for c in prep.head.children
            )
        if prep.head.pos_ != "NOUN":
            return False
        noun = prep.head
        if denied_by_its_determiner(noun):
            return True
        current = noun
    return False


def _denied_above(verb: Token) -> bool:
    """The clause is denied or refused from above: "denied that they had signed a deal",
    "rejected a proposal to sign a memorandum", "there are no plans to hold a summit"."""
    if verb.dep_ == "ccomp":
        return _failure(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        noun = verb.head
        if denied_by_its_determiner(noun):
            return True
        return noun.dep_ in ("dobj", "nsubjpass") and _failure(noun.head)
    return False


#: Nouns of an event that a document or meeting undergoes: "the signing of the treaty
#: did not take place" negates the treaty's signing, so the walk goes on through them.
_EVENT_NOUNS = {
    "signing",
    "signature",
    "conclusion",
    "ratification",
    "adoption",
    "holding",
    "entry",
    "approval",
    "negotiation",
    "negotiations",
    "drafting",
}


def _instead(verb: Token) -> bool:
    """'left without signing the accord', 'instead of signing it': a clause that did not
    happen ('in the course of signing' did)."""
    if verb.dep_ != "pcomp":
        return False
    prep = verb.head
    return prep.lower_ == "without" or (
        prep.lower_ == "of" and prep.i > 0 and prep.nbor(-1).lower_ == "instead"
    )


def _governors(token: Token) -> list[Token]:
    """The verbs whose clause asserts ``token``, nearest first.

    From a noun, up through prepositions, coordinations and event nouns to the verb of
    its clause; a noun inside another noun's phrase ("the details of the agreement") is
    asserted by that phrase, not by its verb, so the walk stops there. From a verb, up
    through the verbs it complements ("refused to sign", "did not want to meet")."""
    current = token
    while current.pos_ not in ("VERB", "AUX"):
        parent = current.head
        if parent.i == current.i:
            return []
        if parent.pos_ in ("NOUN", "PROPN") and not (
            current.dep_ in ("conj", "appos") or parent.lower_ in _EVENT_NOUNS
        ):
            return []
        current = parent
    if (
        _COPULAS.match(current.lower_)
        and token.dep_ in ("nsubj", "nsubjpass")
        and not _ON_THE_TABLE.search(" ".join(t.lower_ for t in current.subtree))
    ):
        return []  # "the protocol is not a declaration": denies a description, not the protocol
    verbs = [current]
    while current.head.i != current.i and (
        current.dep_ == "xcomp" or (current.dep_ in ("nsubj", "csubj") and current.tag_ == "VBG")
    ):
        current = current.head  # "refused to sign …", "signing … did not take place"
        verbs.append(current)
    return verbs


#: Where a text under discussion lies: "the agreement is not on the table (agenda)", "the
#: loan agreement was not among the documents (signed)".
_ON_THE_TABLE = re.compile(r"\bon the (?:table|agenda|cards)\b|\bamong the\b")


def _not_yet(verb: Token) -> bool:
    window = verb.doc[max(verb.sent.start, verb.i - 4) : min(verb.sent.end, verb.i + 3)]
    return any(t.lower_ in _YET for t in window)


#: Words that tell a document as a text already drafted or initialled, not yet signed.
_DRAFTED = re.compile(r"^(?:draft|initial+(?:ed|led)|negotiated|agreed)$", re.I)


def _a_draft(noun: Token) -> bool:
    """'A draft agreement on transport was not signed', 'an agreement initialled last month
    was not signed': the text exists, its signing is what did not happen, so it is still
    to be signed."""
    return any(
        _DRAFTED.match(c.text) and c.dep_ in ("amod", "compound", "acl", "relcl")
        for c in noun.children
    )


#: Verbs of finishing, and the nouns of the work on a text that they finish.
_FINISHED = re.compile(r"^(?:finish|complet|conclud|finali[sz]|over$|done$|end)", re.I)
_WORK_ON_A_TEXT = {"negotiation", "negotiations", "drafting"}


def _work_on_it_not_done(noun: Token, verb: Token) -> bool:
    """'the negotiation on a services agreement isn't finished': the work on the text goes
    on, so the text is still to come."""
    if not _FINISHED.match(verb.lower_):
        return False
    between = [t for t in noun.ancestors if t.i != verb.i and verb in t.ancestors]
    return any(t.lower_ in _WORK_ON_A_TEXT for t in between)


#: Verbs of signing a text: their denial with the work on the text going on is a text to come.
_SIGNING = re.compile(r"^(?:sign|ink|conclud)", re.I)
#: Words telling that work on a text goes on: "is still being reviewed", "under
#: negotiation", "negotiated since 2024", "would be concluded as soon as …".
_STILL_WORKED_ON = re.compile(
    r"\b(?:still\s+being|being)\s+(?:negotiated|reviewed|discussed|drafted|finali[sz]ed|"
    r"examined|studied|prepared)\b|\bunder\s+(?:negotiation|review|discussion|study)\b"
    r"|\bnegotiat\w*\s+since\b|\b(?:would|will|could)\s+be\s+(?:concluded|finali[sz]ed|ready)\b",
    re.I,
)


def _signing_still_worked_on(noun: Token, verb: Token) -> bool:
    """'The air services agreement was not signed; its text is still being reviewed': a
    text whose signing is denied while it is still worked on (in the sentence or the
    next) is a text to come, not none."""
    if not _SIGNING.match(verb.lower_) or noun.head.i != verb.i:
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    sentence = verb.sent
    following = sentence.end < len(verb.doc) and verb.doc[sentence.end].sent
    told = sentence.text + " " + (following.text if following else "")
    return _STILL_WORKED_ON.search(told) is not None


def _yet_to(verb: Token) -> bool:
    """'has yet to be signed': 'have' + 'yet' + an infinitive."""
    return (
        verb.lower_ in ("has", "have", "had")
        and any(c.lower_ == "yet" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _with_particle(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{verb.lower_} {particle}".strip()


def _failure(verb: Token) -> bool:
    return bool(_FAILURE.match(_with_particle(verb)))


def _opens_condition(verb: Token) -> bool:
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(m.lower_ in _CONDITION for m in marks):
        return True
    first = verb.doc[verb.left_edge.i]
    if first.head == verb and first.dep_ in ("aux", "auxpass") and _inverted_condition(first):
        return True  # "Should the studies show that …, a treaty would …": "if" left out
    # "in case the talks fail": the condition is a prepositional phrase's clause
    return verb.dep_ == "pcomp" and verb.head.lower_ == "case"


#: Modals of a consequence that holds only if its condition does.
_HYPOTHETICAL = {"could", "would", "might"}


def _hypothetical_consequence(token: Token) -> bool:
    """'If financing is secured, an agreement could be signed next year': the subject or
    object of a clause in "could", "would" or "might" under an "if" clause is a
    hypothesis, not a plan ("if all goes well, it will be signed in May" stays a plan; the
    session "at" which it could be signed is not in doubt)."""
    verb = token.head
    return (
        token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.lower_ in _HYPOTHETICAL for c in verb.children if c.dep_ == "aux")
        and any(
            # the parse may take a condition set before the verb for its complement
            (child.dep_ == "advcl" or (child.dep_ == "ccomp" and child.i < verb.i))
            and _opens_condition(child)
            # a clause of its own: "if possible", "if needed" hedge a plan, they set no condition
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            for child in verb.children
        )
    )


def _in_opening_condition(token: Token) -> bool:
    """A sentence that opens with "If …," (or "Had …," "Should …,") holds its condition up
    to the first comma, whatever the parse made of it."""
    sentence = token.sent
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    if first is None or not (first.lower_ in _CONDITION or _inverted_condition(first)):
        return False
    comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), sentence.end)
    return token.i < comma


def _inverted_condition(first: Token) -> bool:
    """'Had the agreement been signed, …', 'Should the talks succeed, …': a condition
    written by putting the auxiliary first (a question would end with a question mark)."""
    return first.lower_ in ("had", "were", "should") and first.i + 1 < first.sent.end and (
        first.nbor(1).pos_ in ("DET", "PRON", "PROPN", "NOUN")
    )


def _asks(token: Token) -> bool:
    """The sentence is a question (a quoted question too: its speaker asks)."""
    return token.sent.text.strip().strip("\"“”'’ ").endswith("?")


#: Subjects whose complement only describes them: a document, a meeting or a pronoun.
_DESCRIBED = {
    "agreement",
    "memorandum",
    "protocol",
    "treaty",
    "accord",
    "document",
    "deal",
    "declaration",
    "text",
    "pact",
    "plan",
    "roadmap",
    "programme",
    "program",
    "meeting",
    "session",
    "visit",
    "summit",
    "talk",
}


def _in_a_generic_subject(token: Token) -> bool:
    """An indefinite subject of a present copula with a complement says what such a thing
    is ("a treaty text is not a press release", "an agreement is a promise"): it names no
    document."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "a treaty text": the phrase's head
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and noun.i < verb.i  # not "Among them are a memorandum …, an agreement …"
        and verb.lower_ in ("is", "are")
        and any(c.dep_ == "attr" for c in verb.children)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def _is_predicate(token: Token) -> bool:
    """The complement of a copula whose subject is a document, a meeting or a pronoun:
    it says what that subject is ("this protocol is not a declaration of intent", "it is
    a framework agreement"), it names no new thing."""
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ == "VERB":
        return True  # "has served as the premier forum for …": what something is
    if token.dep_ not in ("attr", "acomp"):
        return False
    verb = token.head
    if not _COPULAS.match(verb.lower_):
        return False
    # a declarative copula's subject stands before it; "Among them are a memorandum …, an
    # agreement …" fronts a phrase, and a noun after the verb is one more item of the list
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if any(s.tag_ == "NNS" for s in subjects) and (
        token.tag_ != "NNS" or any(t.text == ":" for t in token.doc[verb.i : token.i])
    ):
        return False  # "the documents signed were: an agreement on …": a list, one by one
    return any(s.pos_ in ("PRON", "DET") or s.lower_.rstrip("s") in _DESCRIBED for s in subjects)
