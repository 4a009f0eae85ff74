"""Standing intergovernmental bodies: commissions, committees, councils, working groups.

A body is a capitalised name around a head word ("Intergovernmental Commission on
Trade and Fisheries", "Joint Border Commission"), kept when a qualifier marks it
as bilateral or intergovernmental (or the pair's hyphenated names stand before it) and
dropped when it is a body of one state (its legislature, its president, a "Federal" or
"Peruvian" body) or of an organisation of many. Lower-case names count when a bilateral
qualifier and the pair or an acronym vouch for them, when the two sides agree to set the
body up ("agreed to form a joint boundary committee", read from the parse), or when a
sub-body is named by its field; standing formats are dialogues and partnerships that define
their acronym and "2+2"-style formats. Hard-wrapped line breaks inside a name read as spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from accords.extract.areas import areas_in
from accords.extract.countries import find_countries
from accords.extract.document import ArticleDoc
from accords.names import same_body

HEADS: dict[str, str] = {
    "commission": "commission",
    "committee": "committee",
    "sub-committee": "committee",
    "subcommittee": "committee",
    "council": "council",
    "working group": "working_group",
    "task force": "working_group",
    "expert group": "working_group",
    "experts group": "working_group",
    "experts’ group": "working_group",
    "experts' group": "working_group",
    "steering group": "working_group",
    "subgroup": "working_group",
    "sub-group": "working_group",
    "cabinet": "other",
    "forum": "other",
    "mechanism": "other",
    "board": "other",
}
#: Qualifiers that make a body the two governments' own, whatever its head.
STRONG_MARKS = (
    "joint",
    "intergovernmental",
    "inter-governmental",
    "interstate",
    "inter-state",
    "bilateral",
    "binational",
    "bi-national",
    "mixed",
    "high-level",
    "high level",
    "ministerial",
)
#: Qualifiers that make a body bilateral or intergovernmental: the strong ones and these
#: ("commission" stays last: the name test leaves it out).
BILATERAL_MARKS = (
    *STRONG_MARKS,
    "permanent",
    "strategic",
    "cooperation",
    "co-operation",
    "consultative",
    "coordination",
    "economic",
    "trade",
    "partnership",
    "presidential",
    "cooperation council",
    "commission",
)
#: Words of a conference open to all comers: "the Global Economic Forum".
_GATHERING = re.compile(
    r"\b(?:International|World|Global|Regional|Eastern|Western|Northern|Southern)\b"
)
#: Bodies of one state or of many that often stand beside bilateral news.
NOT_BILATERAL = (
    "european commission",
    "security council",
    "european council",
    "electoral commission",
    "african union commission",
    "human rights council",
    "national security council",
    "economic commission for",
    "un economic",
    "commission of the african union",
    "state council",
    "central committee",
    "standing committee of the national",
    "cabinet of ministers",  # one state's government
)
#: A body named after an organisation of many states is that organisation's, not the pair's
#: ("the SCO Council of Foreign Ministers", "the Arctic Council", "the Gulf Cooperation Council").
_MULTILATERAL = re.compile(
    r"\b(?:BRICS|SCO|ASEAN|EU|UN|UNSC|AU|OSCE|NATO|G-?7|G-?8|G-?20|CIS|EAEU|EEU|OIC|GCC|SADC|ECOWAS|"
    r"EAC|COMESA|IGAD|APEC|OECD|WTO|CARICOM|CELAC|OAS|SICA|BIMSTEC|SAARC|IORA|CPLP|CSTO|OPEC|"
    r"Mercosur|MERCOSUR|Commonwealth|United Nations|European Union|African Union|Arab League|"
    r"League of Arab States|Eurasian|Shanghai Cooperation|Gulf Cooperation|Council of Europe|"
    r"Nordic Council|Arctic Council|Baltic Sea States|Pacific Islands Forum|Andean|Visegrad|"
    r"Economic and Social|General Assembly)\b"
)
#: A legislature's own committee: "the parliament's Energy Commission", "a Senate committee".
_LEGISLATURE_BEFORE = re.compile(
    r"\b(?:[Pp]arliament|Senate|House|Congress|Duma|Majlis|Assembly|Legislature)(?:[’']s)?\s+$"
)
_LEGISLATURE_IN = re.compile(r"^(?:Senate|House|Congressional|Duma|Majlis)\b")

#: A capitalised word; a dash inside it joins two names ("Fiji–Japan").
_CAP = r"(?:[A-Z][\w’'\-–]*|[A-Z]{2,})"
#: Words that join the words before a head: "Trade and Economic Commission". A preposition
#: before the head ends another phrase ("Delegation Leaves for Lima for Joint Commission").
_LINK = r"(?:and|&|de)"
_TAIL_LINK = r"(?:of|for|on|and|the|&)"
BODY_HEAD = (
    r"(?:Commission|Committee|Sub-?[Cc]ommittee|Council|Working Group|Task Force|Cabinet|Forum|"
    r"Mechanism|Board|Experts?[’']? Group|Steering Group|Sub-?[Gg]roup)"
)
_NAME = re.compile(
    rf"(?:{_CAP}[ \t]+(?:{_LINK}[ \t]+)*)*{_CAP}?[ \t]*{BODY_HEAD}(?![\w-])"
    rf"(?:[ \t]+(?:on|of|for)[ \t]+(?:(?:{_TAIL_LINK}|{_CAP},?|,)[ \t]+)*{_CAP})?"
    rf"(?:[ \t]*\((?P<acronym>[A-Z][A-Za-z]{{1,8}})\))?"
)
#: A standing format named a dialogue, a partnership or a ministers' meeting: "the Chile-Peru
#: High-Level Security Dialogue (HLSD)", "the Chile-Peru Partnership (CPP)", "the Chile-Peru
#: Foreign and Defence Ministers' Meeting". These words also name relations and one-off
#: talks, so the name must define its acronym or open with the pair (see ``_standing_format``).
_FORMAT_NAME = re.compile(
    rf"(?:{_CAP}[ \t]+(?:{_LINK}[ \t]+)*)*(?P<head>Dialogue|Partnership|"
    r"(?:Ministerial|Ministers[’']?)[ \t]+Meeting)"
    rf"(?:[ \t]*\((?P<acronym>[A-Z][A-Za-z]{{1,8}})\))?"
)
#: A format of so many ministers a side: "the 2+2 dialogue", "the 3+3 mechanism".
_N_PLUS_N = re.compile(
    r"\b(?P<name>\d[ \t]?\+[ \t]?\d(?:[ \t]+[Mm]inisterial)?[ \t]+"
    r"(?:[Mm]echanism|[Dd]ialogue|[Ff]ormat|[Ff]orum))\b"
)


@dataclass
class BodyMention:
    start: int
    end: int
    name: str
    kind: str
    acronym: str | None = None


_MARK_LOWER = r"(?:joint|bilateral|intergovernmental|inter-governmental|permanent|mixed|binational)"
_HEAD_LOWER = r"(?:commission|committee|council|working group)"
#: The subject of a lower-case body: "… commission on trade, economic and technical cooperation".
_TOPIC_LOWER = r"(?:[ \t]+(?:on|for|of)[ \t]+(?:[a-z-]+,?[ \t]+){0,10}?co-?operation\b)?"
#: "Sino-", "Franco-": the first state of a pair in its combining form.
COMBINING = (
    "Sino|Indo|Franco|Anglo|Russo|Ethio|Greco|Graeco|Italo|Nippo|Austro|Hispano|Luso|Turco|"
    "Germano|Belgo|Serbo|Polono|Dano|Swedo|Irano|Afro|Judeo|Perso"
)

#: A body named in lower case, vouched for by its acronym: "a joint fisheries committee (JFC)".
_LOWER_NAME = re.compile(
    rf"\b(?P<name>{_MARK_LOWER}"
    r"(?:[ \t]+[a-z-]+){0,4}?[ \t]+(?:commission|committee|council))[ \t]*\((?P<acronym>[A-Z]{2,8})\)"
)


#: Verbs that begin a new clause after "and": "the working group on water and agreed to …".
_CLAUSE_VERBS = (
    r"(?:agreed|decided|signed|discussed|reviewed|noted|called|said|stressed|welcomed|"
    r"expressed|urged|pledged|also|will|would)\b"
)
#: A sub-body named by its field: "the sub-committee on fisheries", "a working group on energy".
_SUB_BODY = re.compile(
    r"\b(?P<name>(?:sub-?committee|working group|task force)[ \t]+(?:on|for)[ \t]+"
    r"(?P<topic>[a-z][a-z-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+(?!" + _CLAUSE_VERBS + r")|[ \t]+)[a-z][a-z-]*){0,4}?))"
    r"(?=[ \t]*(?:[.,;:()]|$|\b(?:will|would|has|have|had|is|was|met|to|that|which|of|in|at|under|"
    r"during|after|before|while|when|between|took|takes|take|opened|closed|convened|began|ended|"
    r"also|again|already|then|now|later|recently)\b|[ \t]and[ \t]+" + _CLAUSE_VERBS + r"))"
)
#: A qualifier of the two sides right before a sub-body: "a joint working group on demarcation"
#: is theirs whatever its field.
_JOINT_BEFORE = re.compile(r"\b(?:joint|bilateral|intergovernmental|inter-governmental)[ \t]+$")
#: A body named in lower case after the two states' names: "the Chile-Peru joint commission".
_PAIR_LOWER_NAME = re.compile(
    r"(?P<pair>\b[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*)*\s?[-–]\s?[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*)*)\s+"
    rf"(?P<name>{_MARK_LOWER}"
    rf"(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+(?:commission|committee|council)\b{_TOPIC_LOWER})"
)
#: ... or after the possessive of the two sides: "Chile and Peru … their joint commission",
#: "their intergovernmental commission for economic cooperation".
_THEIR_LOWER_NAME = re.compile(
    rf"\b[Tt]heir[ \t]+(?P<name>{_MARK_LOWER}"
    rf"(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+{_HEAD_LOWER}\b{_TOPIC_LOWER})"
)
#: ... or before the two states it joins: "the joint commission on trade between Chile and
#: Peru".
_BETWEEN_LOWER_NAME = re.compile(
    rf"\b(?P<name>{_MARK_LOWER}(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+{_HEAD_LOWER}\b"
    r"(?:[ \t]+(?:on|for)[ \t]+[a-z-]+(?:,?[ \t]+(?:and[ \t]+)?[a-z-]+){0,4}?)?)"
    r"[ \t]+between[ \t]+(?P<pair>[A-Z][\w’'. ]*?[ \t]+and[ \t]+[A-Z][\w’'.]*(?:[ \t][A-Z][\w’'.]*)?)"
)
#: ... or inside it, after its bilateral qualifier: "the joint Chilean-Peruvian commission on
#: trade and economic cooperation".
_MARKED_PAIR_LOWER_NAME = re.compile(
    rf"\b(?P<name>{_MARK_LOWER}[ \t]+(?P<pair>[A-Z][\w’'.]*[-–][A-Z][\w’'.]*)"
    rf"(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+{_HEAD_LOWER}\b{_TOPIC_LOWER})"
)
#: Bodies the two sides set up: "decided to create a Border Committee".
_CREATED = re.compile(
    r"\b(?:set(?:ting)? up|establish(?:ed|ing)?|creat(?:e|ed|ing)|form(?:ed|ing)?)\s+(?:a|an|the)\s+$"
)
#: Several bodies created at once, one per topic: "create subcommittees on trade and energy".
_CREATED_SEVERAL = re.compile(
    r"\b(?:set(?:ting)? up|establish(?:ed|ing)?|creat(?:e|ed|ing)|form(?:ed|ing)?)\s+(?:\w+\s+){0,2}?"
    r"(?P<head>sub-?committees|working groups|committees|task forces)\s+"
    r"(?:focused on|dealing with|in charge of|on|for)\s+(?P<list>[a-z][a-z ,-]+?)(?=\s+(?:within|under|in|to|that|which)\b|[.;,(])"
)


#: A line break inside a sentence of hard-wrapped text: the line before it is long and ends
#: in a word or a comma, the line after it goes on.
_WRAP = re.compile(r"(?<=[^\n]{50}[\w,)])\n(?=[ \t]*[\w(\"“])")


def _unwrap(text: str) -> str:
    """The text with a hard-wrapped sentence's line breaks read as spaces ("the Joint⏎Commission"),
    so that a name split across lines is found; offsets are unchanged. A line in capitals is
    a heading, not a wrapped sentence: the text under it starts anew."""
    return _WRAP.sub(lambda m: "\n" if _a_heading(text, m.start()) else " ", text)


def _a_heading(text: str, end: int) -> bool:
    """The line that ends at ``end`` is in capitals: a heading."""
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return line.upper() == line


def find_bodies(adoc: ArticleDoc) -> list[BodyMention]:
    """Bilateral bodies named in the article, in order of first mention."""
    text = _unwrap(adoc.text)
    found = [
        BodyMention(
            m.start("name"),
            m.end("name"),
            m.group("name"),
            _kind(m.group("name")),
            m.group("acronym"),
        )
        for m in _LOWER_NAME.finditer(text)
    ]
    found += [
        BodyMention(m.start("name"), m.end("name"), m.group("name"), _kind(m.group("name")))
        for m in _PAIR_LOWER_NAME.finditer(text)
        if len(find_countries(m.group("pair"))) >= 2
    ]
    found += [
        BodyMention(m.start("name"), m.end("name"), m.group("name"), _kind(m.group("name")))
        for m in _MARKED_PAIR_LOWER_NAME.finditer(text)
        if _names_a_pair(m.group("pair"))
    ]
    found += [
        BodyMention(m.start("name"), m.end("name"), m.group("name"), _kind(m.group("name")))
        for m in (*_THEIR_LOWER_NAME.finditer(text), *_BETWEEN_LOWER_NAME.finditer(text))
        if m.re is _THEIR_LOWER_NAME or len(find_countries(m.group("pair"))) >= 2
    ]
    found += _created_several(text)
    found += _created_in_parse(adoc)
    found += [
        BodyMention(m.start("name"), m.end("name"), m.group("name"), _kind(m.group("name")))
        for m in _SUB_BODY.finditer(text)
        if areas_in(m.group("topic"))
        or _JOINT_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ]
    found += [
        BodyMention(m.start("name"), m.end("name"), m.group("name"), "other")
        for m in _N_PLUS_N.finditer(text)
    ]
    found += _standing_formats(text)
    parts: list[BodyMention] = []
    for match in _NAME.finditer(text):
        for raw, at, acronym in _names_in(match):
            name = _tidy(raw.split("(")[0])
            start, end = _locate(name, raw, at)
            created = _CREATED.search(text[max(0, start - 30) : start])
            if _of_many_or_of_one(name, text[max(0, start - 30) : start]):
                continue
            if _one_state_s(name, raw[: start - at]) and not _after_a_pair(raw):
                continue
            if name and (
                _is_bilateral(name) or (created and len(name.split()) >= 2) or _after_a_pair(raw)
            ):
                found.append(BodyMention(start, end, name, _kind(name), acronym))
            elif name and _SUB_BODY_NAME.search(name) and not _one_states_by_name(name.lower()):
                parts.append(BodyMention(start, end, name, _kind(name), acronym))
    if any(_strongly_marked(b.name) for b in found):
        found += parts  # "the Energy Sub-committee" of the pair's joint commission
    return [b for b in found if not _EVENT_FORUM.search(b.name)]


#: A part of a larger body named by its field: "the Energy Sub-committee", "the Border
#: Working Group". Beside the pair's joint commission, it is that commission's.
_SUB_BODY_NAME = re.compile(
    r"(?:Sub-?[Cc]ommittee|Sub-?[Cc]ommission|Working Group|Sub-?[Gg]roup|Task Force)$"
)


#: A business, investment or trade forum is a gathering of companies held on a date, not a
#: standing intergovernmental body (a "Ministerial Forum" is one).
_EVENT_FORUM = re.compile(
    r"\b(?:Business|Investment|Investors?|Economic|Trade|Commercial|Industrial|Tourism|"
    r"Entrepreneurs?|Export|Exporters|CEOs?|Executives|Industry)(?:[ \t]+[A-Z][\w-]*)?"
    r"[ \t]+Forum\b",
    re.I,
)


_HEAD_WORD = re.compile(rf"\b{BODY_HEAD}(?![\w-])")
#: "and the" before a second name in a name's tail: "the Commission of Peru and Chile and the
#: Joint Business Council", "sittings of the Working Group on Energy and of the Working Group
#: on Agriculture".
_SECOND_NAME = re.compile(
    rf",?[ \t]+and[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?=(?:{_CAP}[ \t]+(?:{_LINK}[ \t]+)*)*{BODY_HEAD}(?![\w-]))"
)


#: Qualifiers of one state's (or the world's) institutions: "the Federal Trade Commission".
_ONE_STATE_QUALIFIER = re.compile(
    r"^(?:Federal|Fair|Central|State|Royal|Presidential|National|Provincial|Municipal|"
    r"Regional|International|Constitutional)\b"
)


def _one_state_s(name: str, prefix: str) -> bool:
    """A body qualified only as one state's ("the Peruvian Trade Commission", "the Federal
    Trade Commission") is that state's own, unless a qualifier of the two governments names it
    ("the International Joint Commission", "the Peruvian-Chilean Commission")."""
    if _strongly_marked(name):
        return False
    return bool(_ONE_STATE_QUALIFIER.search(name) or len(find_countries(prefix)) == 1)


def _names_in(match: re.Match[str]) -> list[tuple[str, int, str | None]]:
    """The names a match holds, with their offsets: a second head after 'and' in the tail
    starts a second name; the acronym in parentheses belongs to the last."""
    raw = match.group()
    head = _HEAD_WORD.search(raw)
    split = _SECOND_NAME.search(raw, head.end()) if head else None
    if split is None:
        names = [(raw, match.start(), match.group("acronym"))]
    else:
        names = [
            (raw[: split.start()], match.start(), None),
            (raw[split.end() :], match.start() + split.end(), match.group("acronym")),
        ]
    return [_closed_list(*name) for name in names]


#: Where a name's subject begins: "Commission on …", "Committee for …".
_TAIL_START = re.compile(rf"\b{BODY_HEAD}[ \t]+(?:on|of|for)[ \t]+")


def _closed_list(raw: str, at: int, acronym: str | None) -> tuple[str, int, str | None]:
    """A comma inside a name's subject belongs to it only as a closed list of short items
    ("Committee on Economic, Cultural, Scientific and Technical Cooperation"); otherwise the
    name ends at the comma ("the Commission on Trade, Chile and Peru said …", "the Commission
    on Energy, the minister said")."""
    start = _TAIL_START.search(raw)
    if start is None or "," not in raw[start.end() :].split("(")[0]:
        return raw, at, acronym
    tail = raw[start.end() :].split("(")[0]
    items = [item.strip() for item in tail.split(",")]
    last = re.sub(r"^and\s+", "", items[-1])
    closed = (
        " and " in f" {items[-1]} "
        and all(1 <= len(item.split()) <= 2 for item in items[:-1])
        and 1 <= len(last.split()) <= 5
        and not find_countries(tail)
    )
    if closed:
        return raw, at, acronym
    return raw[: start.end() + tail.index(",")], at, None


#: Bodies of firms, legislators or citizens, not of the governments: "the Chile-Peru Business
#: Council", "the Chile-Peru Parliamentary Friendship Group".
_NOT_GOVERNMENTAL = re.compile(
    r"\b(?:Business|Chamber|Chambers|Parliamentary|Friendship|Society|Association|Foundation|"
    r"Employers|Entrepreneurs|Civil|Trade Union|Alumni|Football|CEOs?)\b"
)


def _after_a_pair(raw: str) -> bool:
    """A capitalised name after the two states' names ("the Chile-Peru Boundary Commission",
    "the Sino-Peruvian Border Committee") names a body of the pair."""
    pair = re.match(r"(?:The[ \t]+)?(\S+[-–]\S+)[ \t]", raw)
    return bool(pair) and _names_a_pair(pair.group(1)) and not _NOT_GOVERNMENTAL.search(raw)


def _locate(name: str, raw: str, at: int) -> tuple[int, int]:
    """Where the tidied name stands inside ``raw`` (found at ``at``), whatever spaces or line
    breaks its words were written with."""
    words = name.split()
    found = re.search(r"\s+".join(map(re.escape, words)), raw) if words else None
    if found is None:
        return at, at + len(raw)
    return at + found.start(), at + found.end()


#: A sitting of what follows: "the next meeting of the …", "the third session of the …".
_ITS_SITTING = re.compile(r"\b(?:meeting|session|sitting)s?\s+of\s+(?:the\s+)?$", re.I)


def _standing_formats(text: str) -> list[BodyMention]:
    """A dialogue named with a bilateral qualifier or after the pair, a partnership named after
    the pair, each defining its acronym; a dialogue or a ministers' meeting named after the
    pair in three words or more without one ("the Omani-French Strategic Dialogue", "the
    Omani-French Defence Ministers' Meeting")."""
    found = []
    for match in _FORMAT_NAME.finditer(text):
        raw = match.group().split("(")[0].strip()
        name = _tidy(raw)
        start, end = _locate(name, match.group(), match.start())
        words = re.sub(r"^The[ \t]+", "", raw).split()  # "The Chile-Peru …" opens a sentence
        pair = _opens_with_a_pair(words)
        if match.group("head") == "Partnership" and not (
            pair
            and (
                match.group("acronym")
                or _ITS_SITTING.search(text, max(0, match.start() - 40), match.start())
            )
        ):
            # "the Comprehensive Strategic Partnership (CSP)": a relation; "the next meeting
            # of the Chile-Peru Energy Partnership": a format that sits
            continue
        if match.group("head").endswith("Meeting") and not pair:
            continue  # "the Ministerial Meeting of the Joint Commission": a sitting, no body
        if not match.group("acronym") and not (pair and len(raw.split()) >= 3):
            continue  # without an acronym, only "the Omani-French Strategic Dialogue"
        if not (pair or _is_bilateral(name)) or _of_many_or_of_one(name, ""):
            continue
        found.append(BodyMention(start, end, name, "other", match.group("acronym")))
    return found


def _opens_with_a_pair(words: list[str]) -> bool:
    """A name that opens with two states joined by a dash, the second or the first of
    them named in more than one word: "Chile-Peru …", "Japan-Sri Lanka …", "New
    Zealand-Fiji …"; the name's head (its last word) is never part of the pair."""
    for end in range(1, min(len(words) - 1, 4) + 1):
        opening = words[:end]
        if any(re.search("[-–]", w) for w in opening) and _names_a_pair(" ".join(opening)):
            return True
    return False


def _names_a_pair(words: str) -> bool:
    """'Chilean-Peruvian', 'Sino-Peruvian': two states joined by a hyphen."""
    combining = re.match(rf"(?:{COMBINING})-", words)
    return len(find_countries(words)) + bool(combining) >= 2


#: Verbs and nouns of setting a body up, and the head nouns of the bodies set up.
_CREATE_VERBS = frozenset(
    {
        "form",
        "forms",
        "formed",
        "forming",
        "create",
        "creates",
        "created",
        "creating",
        "establish",
        "establishes",
        "established",
        "establishing",
        "set",
        "sets",
        "setting",
        "launch",
        "launched",
        "launching",
    }
)
_CREATE_NOUNS = frozenset(
    {"creation", "establishment", "formation", "setting", "launch", "launching"}
)
_CREATED_HEADS = {
    "commission": "commission",
    "committee": "committee",
    "subcommittee": "committee",
    "sub-committee": "committee",
    "council": "council",
    "group": "working_group",
    "force": "working_group",
    "mechanism": "other",
    "body": "other",
}
_BEFORE_HEAD = {"group": "working", "force": "task"}
#: Words that say the two sides set it up together (or talked of doing so).
_TOGETHER = re.compile(
    r"\b(?:agree[sd]?|agreement|decided?|decision|discuss(?:ed|ing)?|propos(?:ed|al)|"
    r"both|two sides|two countries|joint|bilateral|intergovernmental|interdepartmental|interagency)\b",
    re.IGNORECASE,
)
#: Modifiers that describe the act, not the body: "a new committee".
_NOT_NAME_WORDS = frozenset({"new", "special", "separate", "further", "another", "additional"})


def _created_in_parse(adoc: ArticleDoc) -> list[BodyMention]:
    """A body the two sides agree to set up, named by its modifiers: "agreed to form a joint
    technical committee", "the creation of an executive committee", "setting up a working group
    on drug trafficking". A bare "a committee" names no body."""
    found = []
    for token in adoc.doc:
        head = token.lower_
        if head not in _CREATED_HEADS or token.tag_ in ("NNS", "NNPS"):
            continue
        if head in _BEFORE_HEAD and (token.i == 0 or token.nbor(-1).lower_ != _BEFORE_HEAD[head]):
            continue
        if head == "body" and not token.text[0].isupper():
            continue
        if not _is_created(token) or not _TOGETHER.search(token.sent.text):
            continue
        dets = [t for t in token.lefts if t.dep_ == "det"]
        if not dets or dets[0].lower_ not in ("a", "an"):
            continue
        left = [t for t in token.subtree if t.i < token.i and t.i > dets[0].i]
        first = next((t for t in left if t.lower_ not in _NOT_NAME_WORDS), token)
        last = token
        after = adoc.doc[token.i + 1] if token.i + 1 < len(adoc.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in ("on", "for"):
            # the parser may hang it on the verb; a relative clause after a comma is no name
            field = list(after.subtree)
            stop = next((t.i for t in field if t.i > after.i and _ends_the_name(t)), None)
            last = max((t for t in field if stop is None or t.i < stop), key=lambda t: t.i)
        if first.i == token.i and last.i == token.i:
            continue  # "set up a committee": no name
        span = adoc.doc[first.i : last.i + 1]
        name = _tidy(span.text)
        if not name or _of_many_or_of_one(name, ""):
            continue
        kind = _CREATED_HEADS[head]
        found.append(BodyMention(span.start_char, span.end_char, span.text, kind))
    return found


def _ends_the_name(token: Token) -> bool:
    """A comma, or 'and' before a new noun phrase ("… on security and a joint business
    council": a second body), ends a created body's name."""
    if token.text == ",":
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("and", "or") and after is not None and after.lower_ in _NEW_PHRASE


_NEW_PHRASE = frozenset({"a", "an", "the"})


def _is_created(token: Token) -> bool:
    """The object of 'form/create/set up', or of 'the creation/establishment of'; or a
    body joined to such a one ("set up a working group on security and a business
    council")."""
    if token.dep_ == "conj":
        return any(
            a.lower_ in _CREATED_HEADS and a.i < token.i and _is_created(a)
            for a in token.ancestors
        )
    governor = token.head
    if token.dep_ in ("dobj", "nsubjpass") and governor.lower_ in _CREATE_VERBS:
        return governor.lower_ not in ("set", "sets", "setting") or any(
            t.dep_ == "prt" and t.lower_ == "up" for t in governor.children
        )
    if token.dep_ == "pobj" and governor.lower_ == "of":
        return governor.head.lower_ in _CREATE_NOUNS
    return False


def _created_several(text: str) -> list[BodyMention]:
    """'form two subcommittees dealing with forestry and tourism' → Subcommittee on
    forestry, Subcommittee on tourism."""
    found = []
    for match in _CREATED_SEVERAL.finditer(text):
        head = match.group("head")
        singular = head[:-1] if head.endswith("s") else head
        singular = re.sub(r"(?<=group)$|(?<=force)$", "", singular)
        topics = [t.strip() for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("list"))]
        for topic in topics:
            if not areas_in(topic):
                continue  # "working groups on assorted questions": no named body
            name = f"{singular[0].upper()}{singular[1:]} on {topic}"
            found.append(BodyMention(match.start("head"), match.end("list"), name, _kind(name)))
    return found


def canonical_bodies(mentions: list[BodyMention]) -> list[BodyMention]:
    """One mention per body: the longest name; shorter names inside it are the same body,
    unless the longer names a part of it ("the Working Group on X of the Y Commission")."""
    keep: list[BodyMention] = []
    for mention in sorted(mentions, key=lambda m: -len(m.name)):
        if not any(_names_the_body(mention.name, k.name) for k in keep):
            keep.append(mention)
    return sorted(keep, key=lambda m: m.start)


def resolve_body(phrase: str, bodies: list[BodyMention]) -> BodyMention | None:
    """The canonical body a (possibly short) mention refers to."""
    for body in bodies:
        if _names_the_body(phrase, body.name) or (body.acronym and body.acronym in phrase.split()):
            return body
    return None


def _names_the_body(phrase: str, name: str) -> bool:
    """``phrase`` names the body called ``name``, not the body ``name`` is a part of."""
    part = _A_PART_OF_A_BODY.match(name)
    if part and same_body(phrase, part.group("whole"), within_article=True):
        return same_body(phrase, part.group("part"), within_article=True)
    return same_body(phrase, name, within_article=True)


#: A body named as a part of another: "Working Group on X of the Y Commission".
_A_PART_OF_A_BODY = re.compile(
    r"^(?P<part>.*?\b(?:[Ww]orking [Gg]roups?|[Ss]ub-?[Cc]ommi(?:ttee|ssion)s?|[Cc]ommittees?|"
    r"[Tt]ask [Ff]orces?|[Gg]roups?)\b.*?)\s+of\s+(?:the\s+)?(?P<whole>[A-Z].*)$"
)


#: Words before "of the" that name a part or a person of a body, not the body.
_NOT_BODY_PREFIX = re.compile(
    r"^(?:.*\b(?:Session|Sessions|Meeting|Meetings|Chairman|Chairperson|Chair|Co-Chair|Co-chair|"
    r"Secretary|Secretariat|Minister|President|Member|Members|Head|Framework|Sidelines|Work|Meetings)"
    r"\s+of\s+(?:the\s+)?)",
)
_TRAILING_TIME = re.compile(
    r"\s+(?:on|in|at|last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)


#: A relative clause after a name describes the body; it is no part of its name.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|that|who|whose|where)\b")
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    r"Eleventh|Twelfth|[A-Z][a-z]+(?:teenth|tieth)|(?:Twenty|Thirty|Forty|Fifty)-[a-z]+"
    # a session's number in Roman numerals: "the XIII Binational Commission"
    r"|(?=[IVXL]{2,7}\s)L?X{0,3}(?:IX|IV|V?I{0,3}))\s+"
)


def _tidy(name: str) -> str:
    name = _RELATIVE_CLAUSE.split(name, maxsplit=1)[0]  # "…, which will meet …": no name
    name = _NOT_BODY_PREFIX.sub("", name.strip())
    name = _TRAILING_TIME.sub("", name)
    name = re.sub(
        r"^(?:The|This|That|A|An|Their|Its|Our|Both|Each|Through|During|At|By|In|On|With|Under|From|For)\s+",
        "",
        name,
    )
    name = re.sub(r"^(?:The|the)\s+", "", name)
    name = _ORDINAL.sub("", name)  # "Ninth …Forum" in a headline: the session, not the name
    name = re.sub(r"[\s,]+$", "", name)
    name = _TRAILING_ADVERB.sub("", name)  # "the subcommittee on energy also met"
    # a country or demonym prefix ("Chile-Bolivia", "Danish-Icelandic") is not part of the name
    name = _strip_country_prefix(name)
    words = name.split()
    return " ".join(words)


_TRAILING_ADVERB = re.compile(
    r"\s+(?:also|too|again|already|then|now|later|today|yesterday|recently|first|last)$"
)


def _strip_country_prefix(name: str) -> str:
    """'Latvia-Mongolia Intergovernmental Committee' → 'Intergovernmental Committee';
    'Latvia and Mongolia's Joint Committee' → 'Joint Committee'."""
    mentions = find_countries(name)
    at = 0
    for mention in mentions:
        between = re.sub(r"^[’']s\b|\band\b", "", name[at : mention.start].strip(" -–"))
        if between.strip(" -–") or mention.start < at:
            break
        at = mention.end
    rest = re.sub(r"^[’']s\b", "", name[at:]).lstrip(" -–") if at else name
    return rest if at and len(rest.split()) >= 2 and not rest.startswith("and ") else name


#: A body's owner after its head: "Council of the President", "Board of Chile".
_OWNER_TAIL = re.compile(rf"\b{BODY_HEAD}[ \t]+of[ \t]+(?:the[ \t]+)?(?P<owner>[A-Z].*)$")
_ONE_OFFICE = re.compile(
    r"^(?:President|Presidency|Prime Minister|Government|Ministry|Cabinet|Senate|Parliament|"
    r"Congress|House|National Assembly|Duma|Majlis)\b"
)


def _of_many_or_of_one(name: str, before: str) -> bool:
    """A body of an organisation of many states, of one state's legislature, or of one
    state's government ("the Economic Council of the President", "the Trade Board of Peru")."""
    owner = _OWNER_TAIL.search(name)
    states = len(find_countries(owner.group("owner"))) if owner else 0
    if owner and states < 2 and (states == 1 or _ONE_OFFICE.search(owner.group("owner"))):
        return True
    return bool(
        _MULTILATERAL.search(name)
        or _LEGISLATURE_IN.search(name)
        or _LEGISLATURE_BEFORE.search(before)
    )


#: The names above as whole words: "state council", not the end of "interstate council".
_NOT_BILATERAL = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(bad) for bad in NOT_BILATERAL) + r")(?![\w-])"
)


def _strongly_marked(name: str) -> bool:
    """A name that says the two governments run the body: "joint", "intergovernmental" …"""
    lower = name.lower()
    return any(mark in lower for mark in STRONG_MARKS)


def _one_states_by_name(lower: str) -> bool:
    """A state's own body by its name ("National Council on …"), not a joint one."""
    return bool(
        _NOT_BILATERAL.search(lower) or re.search(r"(?<![-\w])national\b|^government of", lower)
    )


def _is_bilateral(name: str) -> bool:
    lower = name.lower()
    if _one_states_by_name(lower):
        return False
    words = lower.split()
    if len(words) < 2:
        return False
    if re.search(r"\b(?:forum|board)$", lower):
        # a forum or board is also a conference or an agency: only a joint one is the pair's
        return _strongly_marked(name) and not _GATHERING.search(name)
    return any(mark in lower for mark in BILATERAL_MARKS[:-1]) or " on " in f" {lower} "


def _kind(name: str) -> str:
    lower = name.lower()
    for head, kind in sorted(HEADS.items(), key=lambda item: -len(item[0])):
        if re.search(
            rf"\b{re.escape(head)}\b", lower.split(" on ")[0].split(" of ")[0].split(" for ")[0]
        ):
            return kind
    return "other"
