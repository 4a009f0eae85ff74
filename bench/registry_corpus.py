"""A generated corpus for the registry benchmark: true events, each re-told by 1–8 articles.

Everything is written here, from templates, with a fixed seed: 10 dyads, each with one
standing commission that meets once a year (three sessions, a year apart — look-alikes),
and instruments in several areas, some signed on the same day as another (look-alikes),
half of them first reported as planned months before the signing (lifecycle). A re-telling
varies wording, outlet, publication date and what it tells: the session number, the date,
the place, the body's full name, its acronym or just "the commission". Some events are a
wire story that several outlets print almost verbatim (near-duplicates).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

DYADS = [
    ("HUN", "RUS", "Hungary", "Russia", "Hungarian", "Russian", "Budapest", "Moscow",
     "Intergovernmental Commission for Economic Cooperation", "IGC"),
    ("LAO", "VNM", "Laos", "Vietnam", "Lao", "Vietnamese", "Vientiane", "Hanoi",
     "Intergovernmental Committee", "IGC"),
    ("BGD", "IND", "Bangladesh", "India", "Bangladeshi", "Indian", "Dhaka", "New Delhi",
     "Joint Consultative Commission", "JCC"),
    ("POL", "UKR", "Poland", "Ukraine", "Polish", "Ukrainian", "Warsaw", "Kyiv",
     "Intergovernmental Commission for Economic Cooperation", "IGC"),
    ("ZMB", "ZWE", "Zambia", "Zimbabwe", "Zambian", "Zimbabwean", "Lusaka", "Harare",
     "Joint Permanent Commission on Cooperation", "JPCC"),
    ("EGY", "JOR", "Egypt", "Jordan", "Egyptian", "Jordanian", "Cairo", "Amman",
     "Higher Joint Committee", "HJC"),
    ("CHN", "KAZ", "Kazakhstan", "China", "Kazakh", "Chinese", "Astana", "Beijing",
     "Cooperation Committee", "KCCC"),
    ("CIV", "GHA", "Ghana", "Côte d'Ivoire", "Ghanaian", "Ivorian", "Accra", "Abidjan",
     "Permanent Joint Commission for Cooperation", "PJCC"),
    ("TZA", "UGA", "Tanzania", "Uganda", "Tanzanian", "Ugandan", "Dodoma", "Kampala",
     "Joint Permanent Commission", "JPC"),
    ("HUN", "SRB", "Hungary", "Serbia", "Hungarian", "Serbian", "Budapest", "Belgrade",
     "Joint Commission for Economic Cooperation", "JCEC"),
]
AREAS = ["energy", "health", "education", "agriculture", "transport", "tourism", "culture",
         "science", "sport", "trade"]
AREA_WORDS = {"energy": "energy", "health": "health care", "education": "education",
              "agriculture": "agriculture", "transport": "road transport",
              "tourism": "tourism", "culture": "culture", "science": "scientific research",
              "sport": "sport", "trade": "trade"}
KINDS = ["memorandum of understanding", "agreement", "protocol"]
KIND_CODE = {"memorandum of understanding": "memorandum", "agreement": "agreement",
             "protocol": "protocol"}
OUTLETS = ["Central Wire", "Daily Courier", "Capital Post", "Region Today", "Morning Herald",
           "Business Daily", "State News Agency", "Evening Standard Online", "The Observer Desk"]
#: Sentences that pad an article; two are drawn per re-telling (copies share them).
FILLER = [
    "Further talks are expected in the coming months, according to people familiar with the "
    "preparations.",
    "Both governments have described relations as good despite differences on some issues.",
    "Analysts said the meeting reflected a steady expansion of economic ties in recent years.",
    "Trade between the two countries has grown every year since the pandemic, customs data show.",
    "Business associations welcomed the outcome and called for faster customs procedures.",
    "Opposition lawmakers asked the government to publish the full texts of the documents.",
    "The delegations also visited an industrial park and a logistics centre near the capital.",
    "Officials declined to give details of the financing arrangements for the projects.",
]
SOURCES = ["the customs service", "the statistics office", "the chamber of commerce",
           "the central bank", "the economy ministry", "an industry association"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else ORD.get(n % 10, 'th')}"


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


@dataclass
class Telling:
    """One article: its text, metadata, and the facts an ideal extractor would give."""

    id: str
    event: str
    text: str
    published: str
    outlet: str
    title: str
    facts: list[dict] = field(default_factory=list)  # {"kind", "phrase", "attrs"}


@dataclass
class Event:
    id: str
    kind: str  # "meeting" or "instrument"
    dyad: str


def _session_text(rng: random.Random, d: tuple, number: int, when: date, place: str,
                  published: date) -> tuple[str, str, dict]:
    c1, c2, n1, n2, a1, a2, _, _, body, acro = d
    variant = rng.randrange(5)
    weekday = WEEKDAYS[when.weekday()]
    num = ordinal(number)
    if variant == 0:
        text = (f"{place}, {long_date(published)} – The {a1}-{a2} {body} held its {num} session "
                f"in {place} on {long_date(when)}, the foreign ministry said. The delegations "
                f"reviewed trade, investment and transport links between {n1} and {n2}.")
        attrs = {"body": f"{a1}-{a2} {body}", "date": when.isoformat(), "place": place}
        phrase = f"{num} session"
    elif variant == 1:
        text = (f"{n2} and {n1} held the {num} session of their {body} in {place} on "
                f"{weekday}, officials said. The two delegations discussed energy and farming.")
        attrs = {"body": body, "date": when.isoformat() if (published - when).days < 7 else None,
                 "place": place}
        phrase = f"{num} session"
    elif variant == 2:
        text = (f"The {acro} of {n1} and {n2} met in {place} on {long_date(when)}. "
                f"{n2}'s delegation said the talks on trade were constructive.")
        attrs = {"body": acro, "date": when.isoformat(), "place": place}
        phrase = "met"
    elif variant == 3:
        text = (f"The {a2}-{a1} commission wrapped up its session on {long_date(when)}, after "
                f"reviewing projects in health and education, {n1}'s news agency reported "
                f"from the talks with {n2}.")
        attrs = {"body": "the commission", "date": when.isoformat(), "place": None}
        phrase = "session"
    else:
        text = (f"Ministers from {n1} and {n2} co-chaired the {num} meeting of the {body} "
                f"in {place} on {long_date(when)}, the government said.")
        attrs = {"body": body, "date": when.isoformat(), "place": place}
        phrase = f"{num} meeting"
    title = f"{n1} and {n2} hold commission talks in {place}"
    attrs.update(kind="commission_session", status="held", countries=sorted([c1, c2]))
    return text, title, {"kind": "meeting", "phrase": phrase, "attrs": attrs}


def _instrument_text(rng: random.Random, d: tuple, kind: str, area: str, status: str,
                     when: date, place: str, published: date) -> tuple[str, str, dict]:
    c1, c2, n1, n2, a1, a2, *_ = d
    word = AREA_WORDS[area]
    variant = rng.randrange(3)
    if status == "planned":
        if variant == 0:
            text = (f"{n1} and {n2} are finalising a {kind} on cooperation in {word}, which is "
                    f"expected to be signed later this year, officials said.")
        else:
            text = (f"A draft {kind} on {word} between {n2} and {n1} is being negotiated and "
                    f"will be signed at a later date, the ministry said.")
        attrs = {"date": None, "place": None}
        title = f"{n1}, {n2} prepare {word} {KIND_CODE[kind]}"
    else:
        if variant == 0:
            text = (f"{n1} and {n2} signed a {kind} on cooperation in {word} in {place} on "
                    f"{long_date(when)}, the government said.")
            attrs = {"date": when.isoformat(), "place": place}
        elif variant == 1:
            text = (f"A {kind} on {word} was signed by {n2} and {n1} in {place} on "
                    f"{WEEKDAYS[when.weekday()]}, officials said.")
            attrs = {"date": when.isoformat() if (published - when).days < 7 else None,
                     "place": place}
        else:
            text = (f"{a1} and {a2} ministers signed a {kind} on {word}, officials in "
                    f"{n1} and {n2} said.")
            attrs = {"date": None, "place": None}
        title = f"{n1}, {n2} sign {word} {KIND_CODE[kind]}"
    phrase = kind
    attrs.update(kind=KIND_CODE[kind], status=status, countries=sorted([c1, c2]),
                 parties=[], areas=[area], title=f"{kind} on {word}")
    return text, title, {"kind": "instrument", "phrase": phrase, "attrs": attrs}


def generate(events_per_dyad: tuple[int, int] = (3, 3), seed: int = 7,
             max_tellings: int = 8, scale: int = 1) -> tuple[list[Event], list[Telling]]:
    """True events and their re-tellings: ``(sessions, instruments)`` per dyad, × ``scale``."""
    rng = random.Random(seed)
    events: list[Event] = []
    tellings: list[Telling] = []
    dyads = [d for _ in range(scale) for d in DYADS]
    for index, d in enumerate(dyads):
        dyad = "-".join(sorted(d[:2]))
        suffix = f"{index}"
        sessions, instruments = events_per_dyad
        first_number = rng.randint(3, 20)
        for k in range(sessions):
            when = date(2023 + k + 3 * (index // len(DYADS)), rng.randint(2, 11), rng.randint(1, 28))
            place = d[6] if (first_number + k) % 2 else d[7]
            event = Event(f"s{suffix}-{k}", "meeting", dyad)
            events.append(event)
            for t in _tellings(rng, max_tellings):
                published = when + timedelta(days=rng.randint(0, 4))
                text, title, fact = _session_text(rng, d, first_number + k, when, place, published)
                tellings.extend(_copies(rng, event, t, text, title, fact, published))
        signing_days: list[date] = []
        for k in range(instruments):
            if signing_days and rng.random() < 0.4:
                when = signing_days[-1]  # signed the same day as another: a look-alike
            else:
                when = date(2023 + rng.randint(0, 2) + 3 * (index // len(DYADS)),
                            rng.randint(2, 11), rng.randint(1, 28))
            signing_days.append(when)
            kind, area = rng.choice(KINDS), AREAS[(k * 3 + index) % len(AREAS)]
            place = rng.choice(d[6:8])
            event = Event(f"i{suffix}-{k}", "instrument", dyad)
            events.append(event)
            planned = rng.random() < 0.5
            for t in _tellings(rng, max_tellings):
                status = "planned" if planned and t % 3 == 0 else "signed"
                published = (when - timedelta(days=rng.randint(40, 200)) if status == "planned"
                             else when + timedelta(days=rng.randint(0, 4)))
                text, title, fact = _instrument_text(rng, d, kind, area, status, when, place,
                                                     published)
                tellings.extend(_copies(rng, event, t, text, title, fact, published))
    return events, tellings


def _tellings(rng: random.Random, most: int) -> range:
    return range(rng.randint(1, most))


def _copies(rng: random.Random, event: Event, t: int, text: str, title: str, fact: dict,
            published: date) -> list[Telling]:
    """One re-telling, or (one time in four) a wire story printed by 2–4 outlets."""
    n = rng.randint(2, 4) if rng.random() < 0.25 else 1
    outlets = rng.sample(OUTLETS, n)
    extra = (f"Trade between the two countries reached {rng.randint(120, 9800)} million dollars "
             f"last year, up {rng.randint(2, 40)} percent, according to figures cited by "
             f"{rng.choice(SOURCES)}.")
    base = " ".join([text, *rng.sample(FILLER, 2), extra])
    out = []
    for j, outlet in enumerate(outlets):
        body = base if j == 0 else f"{base} ({outlet})"
        out.append(Telling(f"{event.id}-t{t}-c{j}", event.id, body, published.isoformat(),
                           outlet, title, [fact]))
    return out
