"""When a fact may describe the same real thing as a record's facts, and how well it fits.

A fact joins a record only if it is *compatible with every fact already in it* (complete
linkage: a chain of loose resemblances cannot glue two sessions together) and, among
the compatible records of its kind and dyad, fits best. Missing information is
compatible with anything; what tells two things apart is a *contradiction*:

* meetings and instruments: the same article, unless both give the same day
  (extraction has already merged an article's mentions of one event, so two facts of
  one article are two things unless they are plainly a duplicate);
* meetings: another kind (but "talks", "visit" or "other" fit any), another body name, another session number, another city, or
  times that cannot be the same event (see ``_times_fit``). Two facts giving the same
  session number of one body are one session whatever places and times outlets give
  (within ``NUMBER_SLACK``): a body holds its ninth session once (``same_session``);
* instruments: another kind (a generic "agreement" fits any kind of document, given
  positive agreement on what it is about), titles about different things, disjoint areas,
  another signing city, or times that cannot be one document's life (a plan reported
  after the signing is another document, unless it names the same one and comes within
  ``NEWS_LAG``: a stale re-telling);
* bodies and programmes: names that are not the same name (``names.same_body``,
  ``names.same_name``);
* people: names that are not the same person, or different states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from accords import names
from accords.model import RecordKind

#: How long after an undated "held"/"signed" event an article still reports it as news.
NEWS_LAG = timedelta(days=45)
#: How far ahead a "planned" meeting or document without a date may lie.
PLAN_HORIZON = timedelta(days=2 * 366)
#: How late a plan with a due date may still come true (plans slip).
PLAN_SLIP = timedelta(days=366)
#: Meeting kinds extraction gives when it cannot tell better; they fit any kind (time,
#: place and body must still fit).
_LOOSE = frozenset({"talks", "other", "visit"})
#: Tolerance between dates that outlets give for one event (time zones, sloppy datelines).
SLACK = timedelta(days=3)
#: How far apart the times of two facts naming the same session number of one body may
#: lie and still be one sitting, whatever dates the outlets (or their relative dates)
#: give: bodies meet about once a year, and a misread date is off by days or weeks; two
#: accounts of "the 19th session" held ten months apart are a numbering slip, not noise.
NUMBER_SLACK = timedelta(days=90)
#: Instrument kinds that news uses for any signed document ("signed an agreement" for a
#: memorandum, "the document" read as an agreement); they fit the other kinds of this
#: family when the two facts positively agree on what the document is about.
_GENERIC_DOCUMENTS = frozenset({"agreement", "accord"})
_DOCUMENT_FAMILY = frozenset({"agreement", "accord", "memorandum", "treaty", "programme",
                              "roadmap", "contract"})

_DONE = {"held": 1, "signed": 1, "ratified": 2, "in_force": 3, "terminated": 4}
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_NUMBER = re.compile(r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(_ORDINALS) + r"))\s+"
                     r"(?:[\w-]+\s+){0,6}?(?:session|meeting|round|sitting)", re.I)


@dataclass(slots=True)  # consolidation keeps one per fact of every touched record
class Member:
    """One fact as consolidation sees it: attributes, article, report group, observation date."""

    fact_id: int
    key: str  # "article_id:offset:hash" — derived from content, the same in every database
    kind: RecordKind
    dyad: str | None
    article_id: str
    cluster: str
    observed: str | None  # the article's publication date
    attrs: dict[str, Any]
    sentence: str = ""
    offset: int = 0  # the evidence's start within ``sentence``
    number: int | None = field(default=None)

    def __post_init__(self) -> None:
        if self.kind is RecordKind.MEETING and self.number is None:
            self.number = session_number(self.sentence, self.offset)


#: Where a fact comes in consolidation's order: ``position``.
Position = tuple[bool, str, str, str]


def position(member: Member) -> Position:
    """Where a fact comes in consolidation's order: its article's publication date (undated
    articles last), the article's id, then the fact's key. A record is what assigning its
    group's facts one by one in this order makes of them, however many runs that took."""
    return (member.observed is None, member.observed or "", member.article_id, member.key)


def session_number(sentence: str, offset: int) -> int | None:
    """The ordinal of a session named at ``offset`` ("the 16th session"), else None."""
    best: tuple[int, int] | None = None
    for match in _NUMBER.finditer(sentence):
        distance = abs(match.start() - offset)
        if distance <= 60 and (best is None or distance < best[0]):
            digits, word = match.groups()
            best = (distance, int(digits) if digits else _ORDINALS.index(word.lower()) + 1)
    return best[1] if best else None


@lru_cache(maxsize=8192)
def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date prefix ("2025", "2025-02", "2025-02-20") covers."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return start, end
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except ValueError:
        return None


def window(member: Member) -> tuple[date, date] | None:
    """When the event a fact reports can have happened (or be due to happen)."""
    stated = date_range(member.attrs.get("date"))
    seen = date_range(member.observed)
    planned = member.attrs.get("status") not in _DONE
    if stated and not (planned and seen and stated[1] <= seen[0]):
        return (stated[0], stated[1] + PLAN_SLIP) if planned else stated
    # (a plan "due" on or before the day it is reported is a dateline read as a due date)
    if seen is None:
        return None
    if not planned:
        return seen[0] - NEWS_LAG, seen[1]
    return seen[0] - SLACK, seen[1] + PLAN_HORIZON


def stage(member: Member) -> int:
    """How far along a thing's life a fact is: 0 planned or unknown, 1 held or signed,
    2 ratified, 3 in force, 4 terminated."""
    return _DONE.get(member.attrs.get("status") or "", 0)


def _same_day(a: str | None, b: str | None) -> bool:
    """Both give a full date, and the dates are within ``SLACK`` of each other."""
    ra, rb = date_range(a), date_range(b)
    return bool(ra and rb and ra[0] == ra[1] and rb[0] == rb[1] and abs(ra[0] - rb[0]) <= SLACK)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] - SLACK <= b[1] and b[0] - SLACK <= a[1]


def _times_fit(a: Member, b: Member, same_document: bool = False) -> bool:
    """Can two facts report one event (or one document's life) at the times they give?

    ``same_document``: the two positively name one document, so a plan reported up to
    ``NEWS_LAG`` after its signing is a stale re-telling of it, not a new plan."""
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return True
    ra, rb = stage(a), stage(b)
    if ra == rb or min(ra, rb) == 0:
        if min(ra, rb) == 0 and max(ra, rb) > 0:
            # planned, then done: the plan must have been reported before it was done
            plan, done = (a, b) if ra == 0 else (b, a)
            seen = date_range(plan.observed)
            done_when = window(done)
            if seen and done_when and seen[0] > done_when[1] + SLACK:
                return same_document and seen[0] <= done_when[1] + NEWS_LAG
        return _overlap(wa, wb)
    early, late = (wa, wb) if ra < rb else (wb, wa)
    return late[1] >= early[0] - SLACK  # ratified / in force / terminated after signing


def _places_fit(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    from accords.extract.countries import gazetteer

    gaz = gazetteer()
    if gaz.code_of(a) or gaz.code_of(b):  # a country for a place says too little to differ
        return True
    return fuzz.ratio(names.fold(a), names.fold(b)) >= 85


def _one_country(a: str | None, b: str | None) -> bool:
    """Two places in the same country (two of its cities)."""
    if not a or not b:
        return False
    from accords.extract.countries import gazetteer

    gaz = gazetteer()
    country = gaz.country_of_place(a)
    return country is not None and country == gaz.country_of_place(b)


#: Where extraction's titles run on into the sentence: "… in Belgrade on Wednesday", "… would".
TITLE_TAIL = re.compile(
    r"\s+(?:(?:in|on|at|during|by|with)\s+(?=[A-Z0-9])(?P<what>[\w’'-]+)"
    r"|(?:which|that|would|will|was|were|is)\b).*$")
#: Words after "on"/"in" that begin a time, not a subject ("… on Wednesday", "… in May").
_TIME_WORDS = re.compile(
    r"^(?:\d.*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)$")


def strip_tail(title: str) -> str:
    """A title without a run-on tail: a clause ("… which …"), or a place or time ("… in
    Belgrade on Wednesday"); a capitalised subject stays ("… on Cooperation in Fisheries")."""
    for match in TITLE_TAIL.finditer(title):
        what = match.group("what")
        if what is None or _TIME_WORDS.match(what) or _is_place(what):
            return title[: match.start()]
    return title


def _is_place(word: str) -> bool:
    from accords.extract.countries import gazetteer

    gaz = gazetteer()
    return bool(gaz.code_of(word) or gaz.country_of_place(word))
#: The parties of a formal title, up to what it is about: "Agreement between the
#: Government of A and the Government of B on road transport" → "Agreement on road
#: transport"; a title cut off inside the parties keeps only its kind.
TITLE_PARTIES = re.compile(
    r"\s+between\s+.*?(?=\s+(?:on|in\s+the\s+fields?\s+of|concerning|regarding|relating\s+to|"
    r"about)\s|$)", re.I)
#: Words of the parties a title names ("the Government of the Republic of …", "the
#: Ministry of …"): they say who signs, not what the document is about.
PARTY_WORDS = frozenset({
    "republic", "kingdom", "federation", "federal", "democratic", "people", "peoples",
    "socialist", "islamic", "united", "state", "states", "ministry", "ministries", "minister",
    "ministers", "department", "governments", "government", "cabinet", "council",
    "development", "promotion",
})


@lru_cache(maxsize=8192)
def _content(title: str | None) -> tuple[str, ...]:
    """A title's distinctive words: no kind words, parties, trailing place, date or clause."""
    title = TITLE_PARTIES.sub("", strip_tail(title or ""))
    return tuple(t for t in names.core_tokens(title)
                 if t not in names.TITLE_WORDS and t not in PARTY_WORDS)


def _same_word(a: str, b: str) -> bool:
    """One word, or two forms of it ("rail"/"railway", "culture"/"cultural")."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= 0.8 * min(len(a), len(b))


def _shared_word(ca: tuple[str, ...], cb: tuple[str, ...]) -> bool:
    return any(_same_word(x, y) for x in ca for y in cb if len(x) >= 4 and len(y) >= 4)


def _titles_fit(a: str | None, b: str | None) -> bool:
    """No contradiction between two titles: either says nothing of what the document is
    about, or they are alike, or they share a word of their subject ("the deal on water"
    and "the agreement on the joint use of water resources")."""
    ca, cb = _content(a), _content(b)
    return (not ca or not cb or fuzz.token_set_ratio(" ".join(ca), " ".join(cb)) >= 70
            or _shared_word(ca, cb))


def _titles_agree(a: str | None, b: str | None) -> bool:
    """Positive agreement: both titles say what the document is about, and say the same."""
    ca, cb = _content(a), _content(b)
    return bool(ca and cb) and (fuzz.token_set_ratio(" ".join(ca), " ".join(cb)) >= 85)


def _subject_agrees(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Two instrument facts positively say the same about what the document is about:
    shared areas, or titles that fit and both say something."""
    if set(x.get("areas") or ()) & set(y.get("areas") or ()):
        return True
    ca, cb = _content(x.get("title")), _content(y.get("title"))
    return bool(ca and cb) and _titles_fit(x.get("title"), y.get("title"))


def _kinds_fit(a: Any, b: Any) -> bool:
    return a == b or "other" in (a, b) or not a or not b


def _document_kinds_fit(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Instrument kinds: equal, or unknown/"other", or a generic "agreement" beside another
    kind of document when the two agree on its subject."""
    a, b = x.get("kind"), y.get("kind")
    if _kinds_fit(a, b):
        return True
    return (bool({a, b} & _GENERIC_DOCUMENTS) and {a, b} <= _DOCUMENT_FAMILY
            and _subject_agrees(x, y))


@lru_cache(maxsize=1024)
def _initials(dyad: str | None) -> str:
    """Initials of the dyad's states' usual English names ("BOL-CHL" → "bc")."""
    if not dyad:
        return ""
    import pycountry

    letters = ""
    for code in dyad.split("-"):
        country = pycountry.countries.get(alpha_3=code)
        name = getattr(country, "common_name", None) or getattr(country, "name", "")
        letters += names.fold(name)[:1]
    return letters


def same_session(a: Member, b: Member) -> bool:
    """Two meeting facts give the same session number (then, if the body fits, they are one
    session whatever their places and dates say, within ``NUMBER_SLACK``)."""
    return a.kind is RecordKind.MEETING and a.number is not None and a.number == b.number


def _numbered_times_fit(a: Member, b: Member) -> bool:
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return True
    return wa[0] - NUMBER_SLACK <= wb[1] and wb[0] - NUMBER_SLACK <= wa[1]


def _meeting_kinds_fit(x: dict[str, Any], y: dict[str, Any]) -> bool:
    # a loose kind ("talks") fits any other, but not as the taking place of another kind's
    # plan: talks held in Oslo are not the session planned there (often they prepare it)
    same_stage = (x.get("status") == "planned") == (y.get("status") == "planned")
    return _kinds_fit(x.get("kind"), y.get("kind")) or (
        same_stage and bool({x.get("kind"), y.get("kind")} & _LOOSE))


def compatible_with_record(member: Member, members: list[Member]) -> bool:
    """True when ``member`` may join the record of ``members``: compatible with each of
    them (complete linkage) — except that a fact naming the session number the record
    already carries is held only to the facts giving that number; with the record's
    other facts it need only share the body and kind (the number, not their dates or
    places, says which sitting they were counted in)."""
    if member.kind is RecordKind.MEETING and member.number is not None and any(
            m.number == member.number for m in members):
        return all(compatible(member, m) if m.number is not None else _loosely_one(member, m)
                   for m in members)
    if member.kind is RecordKind.INSTRUMENT:
        if stage(member) == 0:
            # a late plan that names the record's signed document re-tells it: the
            # record's other accounts of it (with vaguer titles) need only fit
            document = any(stage(m) > 0 and _titles_agree(
                member.attrs.get("title"), m.attrs.get("title")) for m in members)
        else:
            # a record that holds a signed document: its late plans were taken as
            # re-tellings of it, which a further account of the signing does not undo
            document = any(stage(m) > 0 for m in members)
        return all(compatible(member, m, same_document=document) for m in members)
    return all(compatible(member, m) for m in members)


def _loosely_one(a: Member, b: Member) -> bool:
    x, y = a.attrs, b.attrs
    if a.article_id == b.article_id and not _same_day(x.get("date"), y.get("date")):
        return False
    return _meeting_kinds_fit(x, y) and names.same_body(
        x.get("body"), y.get("body"), states=_initials(a.dyad))


def compatible(a: Member, b: Member, same_document: bool = False) -> bool:
    """True when nothing two facts say contradicts their being about one real thing.

    ``same_document``: two instrument facts are known to name one document (their record
    says so), which lets a plan reported shortly after the signing join it."""
    x, y = a.attrs, b.attrs
    if a.kind is RecordKind.BODY:
        return _kinds_fit(x.get("kind"), y.get("kind")) and names.same_body(
            x.get("name"), y.get("name"), states=_initials(a.dyad))
    if a.kind is RecordKind.PROGRAMME:
        return names.same_name(x.get("name"), y.get("name"), frozenset())
    if a.kind is RecordKind.PERSON:
        cx, cy = x.get("country"), y.get("country")
        return (not cx or not cy or cx == cy) and names.same_person(x.get("name") or "", y.get("name") or "")
    same_day = _same_day(x.get("date"), y.get("date"))
    if a.article_id == b.article_id and not same_day:
        return False  # extraction merged one article's mentions of one event already
    if a.kind is RecordKind.MEETING:
        if not _meeting_kinds_fit(x, y):
            return False
        if a.number and b.number and a.number != b.number:
            return False
        if not names.same_body(x.get("body"), y.get("body"), states=_initials(a.dyad)):
            return False
        if same_session(a, b):
            # one body's ninth session is one sitting: places and dates outlets give
            # differently are kept together and shown as conflicts
            return _numbered_times_fit(a, b)
        return (
            _times_fit(a, b)
            and _places_fit(x.get("place"), y.get("place"))
            and not _held_at_no_known_time_beside_a_dated_plan(a, b)
        )
    if not _document_kinds_fit(x, y):
        return False
    areas_x, areas_y = set(x.get("areas") or ()), set(y.get("areas") or ())
    if areas_x and areas_y and not areas_x & areas_y:
        return False
    if not _titles_fit(x.get("title"), y.get("title")):
        return False
    signed = x.get("status") != "planned" and y.get("status") != "planned"
    if signed and not _places_fit(x.get("place"), y.get("place")) and not (
        same_day and _one_country(x.get("place"), y.get("place")) and _subject_agrees(x, y)
    ):
        # a document is signed once: two cities of one country on the same day, for a
        # document on the same subject, are two outlets' venues for that one signing
        return False
    return _times_fit(a, b, same_document=same_document or _titles_agree(
        x.get("title"), y.get("title")))


def _held_at_no_known_time_beside_a_dated_plan(a: Member, b: Member) -> bool:
    """A sitting told as held, in an undated report with no date of its own, and a sitting
    planned for a stated time: nothing says the plan was carried out, and a body's earlier
    sitting is told the same way ("its previous session took place in Moscow"), so they
    are kept apart unless a session number joins them."""
    held, plan = (a, b) if stage(a) > stage(b) else (b, a)
    return (
        stage(held) > 0
        and stage(plan) == 0
        and window(held) is None
        and date_range(plan.attrs.get("date")) is not None
    )


def affinity(a: Member, b: Member) -> float:
    """How much two compatible facts positively agree (higher: more likely the same thing)."""
    x, y = a.attrs, b.attrs
    score = 0.0
    if a.kind is RecordKind.MEETING and a.number and a.number == b.number:
        score += 3
    if x.get("date") and x.get("date") == y.get("date"):
        score += 2
    if x.get("place") and y.get("place") and names.fold(x["place"]) == names.fold(y["place"]):
        score += 1
    for key in ("name", "body", "title"):
        if x.get(key) and y.get(key):
            score += names.similarity(x[key], y[key]) / 100
    areas_x, areas_y = set(x.get("areas") or ()), set(y.get("areas") or ())
    if areas_x and areas_y:
        score += len(areas_x & areas_y) / len(areas_x | areas_y)
    if a.cluster == b.cluster and a.article_id != b.article_id:
        score += 1  # a near-duplicate copy of the same report
    return score


def undated(member: Member) -> bool:
    """True when a meeting or instrument fact says nothing about when (no date, no article date)."""
    return member.kind in (RecordKind.MEETING, RecordKind.INSTRUMENT) and window(member) is None
