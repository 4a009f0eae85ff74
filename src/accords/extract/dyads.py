"""Dyads: the pairs of states whose bilateral relations an article reports on.

A pair scores where both states are named in one sentence that speaks of cooperation
(agreements, meetings, relations), half as much in other sentences; the headline counts
double; states joined as a pair ("Chile-Bolivia", "Danish-Icelandic", "Latvia and
Estonia", "between X and Y", "A's ambassador to B") score extra, and so do officials of
the two states in one sentence that speaks of cooperation ("the Minister of A received the
Minister of B") and an official's counterpart of another state in a sentence naming no
second state ("I met my Chilean counterpart": Chile and the state the article speaks
from). The best pair is the article's dyad when it scores at least ``MIN_SCORE`` and the
article shows states acting (ministers, governments, embassies), not firms, towns or
national teams.
Another pair joins it when it scores at least half as well.

States listed together ("the leaders of A, B, C and D", a summit's guests, a
communiqué's signatories, "the A–B–C trilateral") are a group, not pairs: two states of
one list of k share 1/(k-1) of a sentence's weight and the "and" before the last item is
no pair. So a
bilateral meeting on the sidelines of a summit keeps its pair however many other
states the report lists, and a multilateral text gives none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from accords.extract import cues
from accords.extract.countries import CountryMention, gazetteer
from accords.extract.document import ArticleDoc
from accords.extract.places import in_quote

Dyad = tuple[str, str]

MIN_SCORE = 2.0
#: Extra score of two states written as a pair: hyphenated, or joined by "and".
PAIR_BONUS = {"-": 2.0, "and": 1.0}
#: Weight of a sentence that names both states without speaking of cooperation.
PLAIN_SENTENCE_WEIGHT = 0.5
SECOND_DYAD_SHARE = 0.5
#: Weight of a demonym: "Danish" often describes a firm or a team, not the state.
DEMONYM_WEIGHT = 0.75
#: Weight of a capital city standing for its state ("talks with Oslo").
CAPITAL_WEIGHT = 0.5
#: A demonym that titles an office or the state's own organs ("Kenyan President", "his
#: Peruvian counterpart", "the Chilean government") names the state acting, like its name.
_OFFICIAL = re.compile(
    # "Kenyan and Ugandan trade officials": both demonyms title the officials
    r"\s+(?:(?:and|&)\s+[A-Z][\w’'-]+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:president|prime minister|minister|premier|chancellor|king|emir|sultan|"
    rf"{'|'.join(cues.COUNTERPARTS)}|"
    r"government|delegations?|side|leader|ambassador|embassy|envoy|secretary|officials?|"
    r"authorities|ministers|presidents|leaders)\b",
    re.IGNORECASE,
)
#: Words before a capital that make it where someone travelled: "arrived in", "a visit to".
_TRAVELLED_TO = re.compile(
    r"\b(?:arriv(?:ed|es|ing)\s+in|land(?:ed|s)\s+in|visit(?:s|ed|ing)?(?:\s+to)?|"
    r"trip\s+to|travel(?:l)?(?:ed|s|ing)?\s+to|flew\s+to|"
    # "Norway's prime minister in Warsaw": a state's leader or minister in a capital
    r"(?:president|prime\s+minister|premier|chancellor|minister|king)\s+in)\s+$",
    re.IGNORECASE,
)
#: A run of this many states written as one enumeration is a list (a group of states).
LIST_STATES = 3
#: What separates the items of a list: "A, B and C", "A, the B, or C", "A; B", and the
#: dashes of a format's name that joins three ("the A–B–C trilateral").
_LIST_SEPARATOR = re.compile(
    r"^\s*(?:[,;]\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$|^[-–]$"
)


@dataclass
class DyadFinding:
    dyad: Dyad
    score: float
    sentences: list[int] = field(default_factory=list)


def find_dyads(adoc: ArticleDoc) -> list[DyadFinding]:
    """The article's dyads, best first; empty when it is not about two states' relations."""
    if not _state_actors(adoc.text) and not _states_act(adoc):
        return []
    scores: Counter[Dyad] = Counter()
    where: dict[Dyad, list[int]] = {}
    named = Counter(m.code for m in adoc.countries if m.how != "demonym")
    # the headline is the first sentence with words ("..." or a date line may come first)
    headline = next((s.index for s in adoc.sentences if re.search(r"[^\W\d_]{2}", s.text)), 0)
    for sentence in adoc.sentences:
        cooperative = cues.has(cues.COOPERATION, sentence.text)
        mentions = adoc.countries_in(sentence.start, sentence.end)
        weights: dict[str, float] = {}
        for mention in mentions:
            weight = {"capital": CAPITAL_WEIGHT, "demonym": DEMONYM_WEIGHT}.get(mention.how, 1.0)
            if mention.how == "demonym" and _OFFICIAL.match(adoc.text, mention.end):
                weight = 1.0
            if mention.how == "capital" and _TRAVELLED_TO.search(
                adoc.text[max(sentence.start, mention.start - 40) : mention.start]
            ):
                weight = 1.0  # "arrived in Tashkent for a visit": the state visited
            weights[mention.code] = max(weights.get(mention.code, 0.0), weight)
        boost = (2.0 if sentence.index == headline else 1.0) * (
            1.0 if cooperative else PLAIN_SENTENCE_WEIGHT
        )
        lists = _lists(adoc.text, mentions)
        for a, b in combinations(sorted(weights), 2):
            share = min((1 / (len(group) - 1) for group in lists if {a, b} <= group), default=1.0)
            scores[(a, b)] += boost * min(weights[a], weights[b]) * share
            where.setdefault((a, b), []).append(sentence.index)
        if cooperative and len(weights) == 2 and not lists:
            officials = {m.code for m in mentions if _titles_an_official(adoc.text, m)}
            if len(officials) == 2:  # "the Minister of A received the Minister of B"
                pair = tuple(sorted(officials))
                scores[pair] += PAIR_BONUS["and"]  # type: ignore[index]
                where.setdefault(pair, []).append(sentence.index)  # type: ignore[arg-type]
        for pair, bonus in _written_pairs(adoc.text, mentions, lists):
            scores[pair] += bonus
            where.setdefault(pair, []).append(sentence.index)
        if len(weights) == 1 and (pair := _counterparts_of(adoc, mentions, named)):
            scores[pair] += boost + PAIR_BONUS["and"]
            where.setdefault(pair, []).append(sentence.index)
    if not scores:
        return []
    mentions = Counter(m.code for m in adoc.countries)
    ranked = sorted(scores, key=lambda d: (-scores[d], -(mentions[d[0]] + mentions[d[1]]), d))
    best = scores[ranked[0]]
    if best < MIN_SCORE:
        return []
    found = [
        DyadFinding(d, scores[d], where[d])
        for d in ranked
        if scores[d] >= max(MIN_SCORE, SECOND_DYAD_SHARE * best)
        and _distinct_enough(d, ranked[0], mentions)
    ]
    return [] if _a_format_of_three(found, adoc.text) else found


#: Words that make three states one group: "a tripartite summit", "the three countries".
_OF_THREE = re.compile(
    r"\b(?:tripartite|trilateral|three-way|the\s+three\s+(?:countries|states|nations|"
    r"governments|leaders|presidents|heads\s+of\s+state|sides|parties|neighbours|neighbors))\b",
    re.I,
)


def _a_format_of_three(found: list[DyadFinding], text: str) -> bool:
    """Three states that make all three of the best pairs, in a text that calls them a
    group of three ("a trilateral summit", "the three countries"), meet as three: a
    trilateral format is no bilateral relation. A pair that stands out alone, or a third
    state that pairs with only one of the two, leaves the pair."""
    if len(found) < 3:
        return False
    best_three = {d for f in found[:3] for d in f.dyad}
    return len(best_three) == 3 and _OF_THREE.search(text) is not None


#: What two states written as a pair do, or are, as states: "A and B signed …", "A and
#: B have yet to sign …", "the treaty between A and B".
_ACTING = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+|will\s+|are\s+|were\s+|on\s+\w+\s+|also\s+|yesterday\s+|"
    r"today\s+)?(?:yet\s+to\s+|agreed\s+to\s+|are\s+to\s+|plan\s+to\s+)?"
    r"(?:negotiat\w+|draft\w*|prepar\w+|finali[sz]\w+|launch\w*|resum\w+|"
    r"sign|signs|signed|ratif\w+|conclud\w+|renew\w*|agree|agrees|agreed|ink|inks|inked|"
    r"adopt|adopts|adopted|initial\w*|hold|holds|held|expand|expands|expanded|boost|boosts|"
    r"boosted|deepen|deepens|deepened|strengthen|strengthens|strengthened|discuss|discusses|"
    r"discussed|review|reviews|reviewed)\b",
    re.I,
)
#: Two states whose heads or ministers are named together: "the presidents of A and B",
#: "the foreign ministers of A and B".
_HEADS_OF = re.compile(
    r"\b(?:presidents|prime ministers|(?:[\w-]+\s+)?ministers|heads\s+of\s+(?:state|government)|"
    r"leaders)\s+of\s+(?:the\s+)?$",
    re.I,
)
#: Two states as the agents of a passive: "the documents signed by A and B".
_BY = re.compile(
    # "the documents signed in Kampala on Monday by A and B"
    r"\b(?:signed|concluded|inked|adopted|ratified|agreed|held)\s+(?:[\w’'-]+\s+){0,6}?"
    r"by\s+(?:the\s+)?$",
    re.I,
)
_BETWEEN = re.compile(
    r"\b(?:treat(?:y|ies)|agreements?|accords?|memorand\w+|protocols?|conventions?)\s+"
    r"(?:[\w-]+\s+){0,4}?between\s+$",
    re.I,
)


#: An office owned by a name that is no state: "the company's president", "Atlântica
#: Energia's president" head a company, not a state.
_OWNED_BY = re.compile(r"(?P<owner>[A-Z][\w’'-]*|company|group|firm|bank)['’]s\s+(?:[\w-]+\s+)?$")


#: An actor the text denies: "no officials attended", "neither the A nor the B government".
_DENIED_ACTOR = re.compile(r"\b(?:no|neither|nor)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


def _state_actors(text: str) -> bool:
    """Words of states acting (ministers, a government, a state visit, a joint commission),
    not counting offices a company or another non-state owner holds, actors the text
    denies, or words inside a quote (a firm's chief saying "governments")."""
    gaz = gazetteer()
    for match in cues.compile_group(cues.STATE_ACTORS).finditer(text):
        owner = _OWNED_BY.search(text, max(0, match.start() - 40), match.start())
        if owner is not None and not gaz.code_of(owner.group("owner")):
            continue
        if _DENIED_ACTOR.search(text, max(0, match.start() - 50), match.start()):
            continue
        if in_quote(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            continue
        return True
    return False


def _states_act(adoc: ArticleDoc) -> bool:
    """Two states written as a pair sign, agree, ratify, hold talks or deepen their ties as
    the subject of a sentence ("A and B signed …", the headline's "A, B expand ties"), sign
    as the agents of a passive ("the documents signed by A and B"), are the parties of
    a treaty ("the treaty between A and B") or have their heads named together ("the
    presidents of A and B"): states acting, though no minister or government is named."""
    for sentence in adoc.sentences:
        mentions = [
            m
            for m in adoc.countries_in(sentence.start, sentence.end)
            if m.how not in ("demonym", "capital")
        ]
        for left, right in pairwise(mentions):
            joiner = adoc.text[left.end : right.start].strip()
            if left.code == right.code or joiner not in ("and", ","):
                continue  # "A and B", and in headlines "A, B sign …"
            before = adoc.text[max(sentence.start, left.start - 80) : left.start]
            if _ACTING.match(adoc.text, right.end) or (
                joiner == "and"
                and (_BETWEEN.search(before) or _BY.search(before) or _HEADS_OF.search(before))
            ):
                return True
    return False


def _lists(text: str, mentions: list[CountryMention]) -> list[set[str]]:
    """The states of each enumeration of ``LIST_STATES`` or more in a sentence."""
    runs: list[list[CountryMention]] = []
    for mention in mentions:
        if runs and _LIST_SEPARATOR.match(
            _after_possessive(text[runs[-1][-1].end : mention.start])
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    groups = [{m.code for m in run} for run in runs]
    return [g for g in groups if len(g) >= LIST_STATES]


def _after_possessive(between: str) -> str:
    return between[2:] if between.startswith(("'s", "’s")) else between


#: Between two states, one's envoy posted to the other: "A's ambassador to B", "the A
#: embassy in B".
_ENVOY_TO = re.compile(
    r"^\s*(?:(?:new|outgoing|former)\s+)?(?:ambassador|envoy|high\s+commissioner|"
    r"embassy|consul(?:\s+general)?|chargé\s+d['’]affaires)\s+(?:to|in)\s+(?:the\s+)?$",
    re.I,
)


#: An office before "of" and a state: "the Minister of Foreign Affairs of Latvia".
_OFFICE_OF = re.compile(
    r"\b(?:president|prime\s+minister|minister|premier|chancellor|king|emir|ambassador|"
    r"secretary)\b[\w\s,]{0,45}?\bof\s+(?:the\s+)?(?:Republic\s+of\s+|Kingdom\s+of\s+)?$",
    re.IGNORECASE,
)


def _titles_an_official(text: str, mention: CountryMention) -> bool:
    """The state names an official's office: "the Latvian foreign minister", "Latvia's
    president", "the Minister of Foreign Affairs of Latvia"."""
    if mention.how == "capital":
        return False
    possessive = text.startswith(("'s", "’s"), mention.end)
    if mention.how == "demonym" or possessive:
        return _OFFICIAL.match(text, mention.end + (2 if possessive else 0)) is not None
    return _OFFICE_OF.search(text, max(0, mention.start - 70), mention.start) is not None


#: A question's opening right before a pair: "asked whether Nigeria and Niger would …".
_ASKED_WHETHER = re.compile(r"\bwhether\s+(?:the\s+)?$", re.I)


def _written_pairs(
    text: str, mentions: list[CountryMention], lists: list[set[str]]
) -> list[tuple[Dyad, float]]:
    """Adjacent mentions written as a pair: "Chile-Bolivia", "Latvia and Estonia"; not
    the last two items of a list ("A, B and C")."""
    found = []
    for left, right in pairwise(mentions):
        if left.code == right.code or "capital" in (left.how, right.how):
            continue
        if any({left.code, right.code} <= group for group in lists):
            continue
        between = _after_possessive(text[left.end : right.start])
        joiner = (
            "-" if between.strip() in ("-", "–") else "and" if between.strip() == "and" else None
        )
        if joiner is None and _ENVOY_TO.match(between):
            joiner = "and"  # "Brazil's ambassador to Mexico": one state's envoy to the other
        demonyms = joiner == "and" and "demonym" in (left.how, right.how)
        if demonyms and not _OFFICIAL.match(text, right.end):
            continue  # "Swedish and Finnish firms": adjectives, not two states acting
        if joiner and _ASKED_WHETHER.search(text, max(0, left.start - 40), left.start):
            continue  # "asked whether A and B would sign a pact": a question, no relations told
        if joiner:
            found.append((tuple(sorted((left.code, right.code))), PAIR_BONUS[joiner]))
    return found


def _counterparts_of(
    adoc: ArticleDoc, mentions: list[CountryMention], named: Counter[str]
) -> Dyad | None:
    """"I met my Chinese counterpart", in a sentence that names no other state: an
    official meets one of another state, so the sentence pairs that state with the one
    the article speaks from, the other state it names most (by name or capital; none on
    a tie)."""
    for mention in mentions:
        if not mention.titles_a_counterpart(adoc.text):
            continue
        others = [(c, n) for c, n in named.most_common(3) if c != mention.code][:2]
        if others and (len(others) == 1 or others[0][1] > others[1][1]):
            return tuple(sorted((mention.code, others[0][0])))  # type: ignore[return-value]
    return None


def _distinct_enough(dyad: Dyad, best: Dyad, mentions: Counter[str]) -> bool:
    """A second dyad must bring a state the article names at least twice."""
    if dyad == best:
        return True
    new = set(dyad) - set(best)
    return all(mentions[c] >= 2 for c in new)
