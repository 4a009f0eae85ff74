"""The fields of cooperation an article names: area words (``areas``) read in context.

An area word counts where it names a field the pair cooperates in: not inside the name of
an institution or a place, a person's office ("Minister for Transport"), the audience of a
statement ("told the media"), a press office, or a phrase the text denies ("no agreement
on migration"); and only in a sentence that speaks of cooperation, lists an agenda, lists
what the sentence before named, or names one of the pair's bodies. The first such mention
of each area is kept.
"""

from __future__ import annotations

import re

from accords.extract import cues
from accords.extract.areas import AreaMention, find_areas
from accords.extract.bodies import BodyMention
from accords.extract.document import ArticleDoc, Sentence
from accords.extract.factuality import asked_about, denied_by_its_determiner, left_undiscussed

#: A sentence naming this many areas is a cooperation agenda, whatever its verbs.
AREA_LIST = 3


def find_area_mentions(
    adoc: ArticleDoc, relevant: set[int], bodies: list[BodyMention]
) -> list[AreaMention]:
    """The first mention of each area in a relevant sentence that speaks of cooperation,
    lists an agenda (``AREA_LIST`` areas or more) or names a body; none in a name, an
    office, an audience, a press office or a denied phrase."""
    seen: dict[str, AreaMention] = {}
    # names whose words are no field: an institution ("Institute of Tourism") and a place
    # named by an area's word ("Port Moresby", "Soutpansberg Road")
    names = [
        (e.start_char, e.end_char)
        for e in adoc.doc.ents
        if (
            e.label_ == "ORG" and _INSTITUTION.search(e.text) and not _in_body(e.start_char, bodies)
        )
        or (e.label_ in ("GPE", "LOC", "FAC") and " " in e.text and e.text[0].isupper())
    ]
    mentions = [
        m
        for m in find_areas(adoc.text)
        if not _in_office(adoc.text, m.start, m.end)
        and not any(a <= m.start < b for a, b in names)
        and not (
            m.area == "media"
            and (
                _AUDIENCE.search(adoc.text, max(0, m.start - 60), m.start)
                or _PRESS_OFFICE.match(adoc.text, m.end)
            )
        )
        and not _in_a_denied_phrase(adoc, m.start)
    ]
    for mention in mentions:
        sentence = adoc.sentence_at(mention.start)
        if mention.area in seen or sentence.index not in relevant:
            continue
        listed = {m.area for m in mentions if sentence.start <= m.start < sentence.end}
        if (
            cues.has(cues.COOPERATION, sentence.text)
            or _lists_what_came_before(adoc, sentence)
            or _in_body(mention.start, bodies)
            or len(listed) >= AREA_LIST
        ):
            seen[mention.area] = mention
    return list(seen.values())


#: A sentence that lists what the one before it named: "These are …", "They include …".
_LISTS_IT = re.compile(
    r"\s*(?:These|Those|They|This|It|Among\s+(?:them|these|those))\s+(?:\w+\s+)?"
    r"(?:are|were|is|include[sd]?|cover(?:s|ed)?|comprise[sd]?|span(?:s|ned)?|range[sd]?)\b"
)


def _lists_what_came_before(adoc: ArticleDoc, sentence: Sentence) -> bool:
    """'… to develop their cooperation in every field both sides care about. They include
    trade, policing and health': a sentence whose subject points back lists what its
    predecessor named, so speaks of cooperation when that one does."""
    if sentence.index == 0 or not _LISTS_IT.match(sentence.text):
        return False
    return cues.has(cues.COOPERATION, adoc.sentences[sentence.index - 1].text)


def _in_a_denied_phrase(adoc: ArticleDoc, at: int) -> bool:
    """'There will be no agreement on migration', 'energy aid was not discussed': an area
    named in the phrase of a thing the text denies, or says did not come up, is no field of
    cooperation."""
    span = adoc.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.head.i != token.i and (
        token.dep_ in ("pobj", "prep", "amod", "compound", "nmod")
        or (token.dep_ == "acl" and token.lower_ in _AS_PREPOSITIONS)
        or (token.dep_ == "dobj" and token.head.lower_ in _AS_PREPOSITIONS)
    ):
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
            break  # "touch on energy": the verb's topic, which its verb may deny
        token = token.head
    return denied_by_its_determiner(token) or left_undiscussed(token) or asked_about(token)


#: Participles that work as prepositions: "no document concerning gas", "regarding".
_AS_PREPOSITIONS = ("concerning", "regarding", "covering", "involving")
#: Who a statement was made to: "speaking to journalists", "told the media", "underlined
#: to journalists" name an audience, not cooperation in the media.
_AUDIENCE = re.compile(
    r"\b(?:told|tell|tells|telling|speaking\s+to|spoke\s+to|talking\s+to|briefed|briefing|"
    r"informed|addressed|statement\s+to|"
    rf"(?:{'|'.join(cues.SPEECH_VERBS)})(?:\s+\S+){{0,4}}?\s+to)\s+(?:the\s+)?(?:[a-z]+\s+)?$",
    re.I,
)
#: A press office, not a field: "Media Relations:", "For media enquiries", "Media Liaison".
_PRESS_OFFICE = re.compile(
    r"\s+(?:relations|liaison|enquiries|inquiries|contacts?|office|officer|advisory|"
    r"accreditation|cent(?:re|er)|desk)\b",
    re.I,
)
#: Names of institutions whose words are not fields of cooperation ("Institute of Tourism").
_INSTITUTION = re.compile(
    r"\b(?:University|Institute|College|Academy|Company|Corporation|Bank|Group|Agency|Authority|"
    r"Centre|Center|Foundation|Hospital|School|Chambers?)\b"
)
#: An office's title before an area word: "Minister for Transport, Tourism and Sport".
_OFFICE_BEFORE = re.compile(
    r"\b(?:Minister|Ministers|Ministry|Secretary|Department|Commissioner|Director|Adviser|Advisor)"
    r"\s+(?:of|for|on)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+|and\s+(?:the\s+)?|&\s+)*$"
)


#: An office's title after capitalised area words: "Commerce and Industry Minister",
#: "the Trade Representative".
_OFFICE_AFTER = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w’'-]*|,[ \t]+[A-Z][\w’'-]*|[ \t]+[A-Z][a-z][\w’'-]*)*"
    r"[ \t]+(?:Minister|Ministry|Secretary|Commissioner|Representative)s?\b"
)


def _in_office(text: str, start: int, end: int) -> bool:
    """An area word in a person's office names their portfolio, not a field of cooperation:
    "Minister for Transport and Tourism", "Commerce and Industry Minister"."""
    return bool(_OFFICE_BEFORE.search(text[max(0, start - 80) : start])) or (
        text[start].isupper() and _OFFICE_AFTER.match(text, end) is not None
    )


def _in_body(offset: int, bodies: list[BodyMention]) -> bool:
    return any(b.start <= offset < b.end for b in bodies)
