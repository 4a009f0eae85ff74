"""A deterministic generator of news-like articles about bilateral cooperation.

Each article (150–400 words) reports a commission session, a summit, a working visit
or talks between two states: who met where, which instruments were signed or are
being prepared, in which areas, what an official said, and some background. The
templates and wording are written for this project; the same seed gives the same
corpus, byte for byte, so benchmark runs compare.

    python bench/corpus.py N OUT.jsonl [--seed S]
    python bench/corpus.py N OUT_DIR --files        # one .txt per article
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

# (name, demonym, capital, second city, leader title, ministry)
COUNTRIES = [
    ("Hungary", "Hungarian", "Budapest", "Debrecen"),
    ("Russia", "Russian", "Moscow", "Kazan"),
    ("Ghana", "Ghanaian", "Accra", "Kumasi"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    ("Jordan", "Jordanian", "Amman", "Aqaba"),
    ("Spain", "Spanish", "Madrid", "Seville"),
    ("Morocco", "Moroccan", "Rabat", "Tangier"),
    ("Japan", "Japanese", "Tokyo", "Osaka"),
    ("the Philippines", "Philippine", "Manila", "Cebu"),
    ("Kazakhstan", "Kazakh", "Astana", "Almaty"),
    ("China", "Chinese", "Beijing", "Shanghai"),
    ("India", "Indian", "New Delhi", "Mumbai"),
    ("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong"),
    ("Cuba", "Cuban", "Havana", "Santiago de Cuba"),
    ("Brazil", "Brazilian", "Brasília", "São Paulo"),
    ("Argentina", "Argentine", "Buenos Aires", "Córdoba"),
    ("Turkey", "Turkish", "Ankara", "Istanbul"),
    ("Azerbaijan", "Azerbaijani", "Baku", "Ganja"),
    ("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa"),
    ("Poland", "Polish", "Warsaw", "Kraków"),
    ("Ukraine", "Ukrainian", "Kyiv", "Lviv"),
    ("Uzbekistan", "Uzbek", "Tashkent", "Samarkand"),
    ("Mongolia", "Mongolian", "Ulaanbaatar", "Darkhan"),
    ("Senegal", "Senegalese", "Dakar", "Saint-Louis"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos"),
    ("Peru", "Peruvian", "Lima", "Arequipa"),
    ("Chile", "Chilean", "Santiago", "Valparaíso"),
    ("Serbia", "Serbian", "Belgrade", "Novi Sad"),
    ("Greece", "Greek", "Athens", "Thessaloniki"),
    ("Algeria", "Algerian", "Algiers", "Oran"),
    ("Tunisia", "Tunisian", "Tunis", "Sfax"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Penang"),
    ("Thailand", "Thai", "Bangkok", "Chiang Mai"),
    ("Pakistan", "Pakistani", "Islamabad", "Lahore"),
    ("Iran", "Iranian", "Tehran", "Isfahan"),
    ("Mexico", "Mexican", "Mexico City", "Monterrey"),
    ("Canada", "Canadian", "Ottawa", "Toronto"),
]

FIRST = [
    "Anna", "Péter", "Sergei", "Kwame", "Ahmed", "Layla", "Carlos", "Yasmina", "Hiroshi",
    "Maria", "Nurlan", "Wei", "Rajesh", "Farida", "Miguel", "Lucía", "Mehmet", "Elnur",
    "Thanh", "Siti", "Wanjiru", "Abebe", "Katarzyna", "Olena", "Bakhtiyor", "Bat-Erdene",
    "Aminata", "Chinedu", "Rosa", "Andrés", "Milan", "Eleni", "Karim", "Leila", "Aziz",
    "Somchai", "Imran", "Parisa", "Jorge", "Claire",
]
LAST = [
    "Kovács", "Ivanov", "Mensah", "Haddad", "Al-Khatib", "García", "Benali", "Tanaka",
    "Santos", "Tokayev", "Zhang", "Sharma", "Rahman", "Pérez", "Fernández", "Yılmaz",
    "Aliyev", "Nguyen", "Wijaya", "Kamau", "Bekele", "Nowak", "Shevchenko", "Karimov",
    "Gantulga", "Diop", "Okafor", "Quispe", "Rojas", "Petrović", "Papadopoulos", "Bouzid",
    "Trabelsi", "Ismail", "Suwannarat", "Qureshi", "Hosseini", "Hernández", "Tremblay",
    "Lindqvist",
]
ROLES = [
    "minister of foreign affairs", "minister of economy", "minister of trade",
    "deputy prime minister", "minister of energy", "minister of agriculture",
    "minister of education", "minister of health", "minister of transport",
    "deputy foreign minister", "minister of industry", "minister of finance",
]
BODY_FORMS = [
    "Intergovernmental Commission on Economic Cooperation",
    "Joint Commission for Economic, Trade and Technical Cooperation",
    "Joint Economic Commission",
    "Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation",
    "High-Level Cooperation Council",
    "Joint Committee on Trade and Investment",
    "Permanent Joint Commission",
]
AREAS = {
    "trade": ["trade", "the facilitation of trade", "customs procedures and trade"],
    "energy": ["energy", "renewable energy", "electricity interconnection"],
    "agriculture": ["agriculture", "veterinary and phytosanitary control", "food security"],
    "education": ["education", "the mutual recognition of diplomas", "student exchanges"],
    "health": ["health", "pharmaceutical production", "public health"],
    "transport": ["transport", "railway transport", "air services"],
    "culture": ["culture", "cultural exchanges", "the protection of cultural heritage"],
    "tourism": ["tourism", "the promotion of tourism"],
    "science": ["science and technology", "scientific research"],
    "digital": ["digital technologies", "cybersecurity and the digital economy"],
    "investment": ["investment", "the mutual protection of investments"],
    "environment": ["environmental protection", "climate and the environment"],
    "justice": ["legal assistance in civil matters", "the transfer of sentenced persons"],
    "water": ["water management", "shared water resources"],
    "sport": ["sport", "youth and sport"],
}
INSTRUMENTS = [
    "agreement on {a}", "memorandum of understanding on {a}", "protocol on {a}",
    "programme of cooperation in {a}", "roadmap for cooperation in {a}",
    "intergovernmental agreement on {a}",
]
ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]
OUTLETS = [
    "The Daily Courier", "Regional Affairs Weekly", "Capital Herald", "Metro Wire",
    "The Continental Review", "Business Ledger", "Evening Dispatch",
]
QUOTES = [
    "Our relations have never been as broad as they are today, and the documents signed "
    "here show that we mean to widen them further",
    "We have agreed on concrete steps, with dates, and we will check every one of them at "
    "the next session",
    "Trade between our countries grew by {pct} percent last year, but we can do much more",
    "This is not a ceremony; these agreements open real doors for our companies and our "
    "students",
    "We want our farmers, our engineers and our universities to work together directly",
    "The commission has become the engine of our partnership",
]
BACKGROUND = [
    "Trade between the two countries reached {bn} billion dollars last year, according to "
    "official figures, up from {bn2} billion five years earlier.",
    "Analysts said the meeting reflected a wider effort by both capitals to diversify their "
    "partners at a time of uncertainty in global markets.",
    "The two countries established diplomatic relations in {year} and have held regular "
    "consultations on regional questions since then.",
    "Business associations from both sides held a forum on the margins of the talks, "
    "attended by more than {n} companies.",
    "Officials said a direct flight between the two capitals could open as early as next "
    "year, subject to the approval of the civil aviation authorities.",
    "Observers noted that several earlier agreements had been slow to take effect, and that "
    "implementation would be the real test.",
    "The delegations also discussed the situation in their respective regions and "
    "cooperation within international organisations.",
    "A joint business council is expected to meet separately before the end of the year to "
    "review projects worth about {bn2} billion dollars.",
]
FILLER = [
    "Subscribe to our newsletter for the latest regional news.",
    "Related: Five things to know about the new trade corridor.",
    "Share this article.",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _areas(rng: random.Random, k: int) -> list[tuple[str, str]]:
    keys = rng.sample(sorted(AREAS), k)
    return [(key, rng.choice(AREAS[key])) for key in keys]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def article(index: int, seed: int = 0) -> dict[str, str]:
    """The ``index``-th article of the corpus: a JSONL record (id, title, text, …)."""
    rng = random.Random(f"{seed}:{index}")
    a, b = rng.sample(COUNTRIES, 2)
    host, guest = (a, b) if rng.random() < 0.5 else (b, a)
    city = host[2] if rng.random() < 0.7 else host[3]
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    weekday = published.strftime("%A")
    p1, p2 = _person(rng), _person(rng)
    r1, r2 = rng.choice(ROLES), rng.choice(ROLES)
    body = rng.choice(BODY_FORMS)
    session = rng.choice(ORDINALS)
    areas = _areas(rng, rng.randint(2, 4))
    instruments = [rng.choice(INSTRUMENTS).format(a=phrase) for _, phrase in areas[:3]]
    kind = rng.choice(["session", "visit", "talks", "summit"])
    name_a, name_b = host[0], guest[0]
    cap = name_a[0].upper() + name_a[1:]
    capb = name_b[0].upper() + name_b[1:]

    if kind == "session":
        title = f"{cap} and {name_b} hold {session} session of {body}"
        lead = (
            f"{city}, {published.day} {MONTHS[published.month - 1]} {published.year} – "
            f"{cap} and {name_b} on {weekday} held the {session} session of their {body} "
            f"in {city} and signed {len(instruments)} documents covering "
            f"{_join([p for _, p in areas])}."
        )
        chairs = (
            f"The session was co-chaired by {p1}, {host[1]} {r1}, and {p2}, "
            f"{guest[1]} {r2}."
        )
    elif kind == "visit":
        title = f"{guest[1]} minister visits {city}, {len(instruments)} deals signed"
        lead = (
            f"{p2}, {guest[1]} {r2}, paid an official visit to {name_a} on {weekday}, "
            f"where talks with {p1}, {host[1]} {r1}, ended with the signing of "
            f"{len(instruments)} documents."
        )
        chairs = (
            f"The two ministers reviewed the work of the {body} and agreed that its next "
            f"session would take place in {guest[2]} later this year."
        )
    elif kind == "talks":
        title = f"{cap}, {name_b} agree to deepen cooperation in {areas[0][1]}"
        lead = (
            f"Delegations of {name_a} and {name_b} held talks in {city} this week on "
            f"cooperation in {_join([p for _, p in areas])}, the {host[1]} foreign ministry "
            f"said on {weekday}."
        )
        chairs = (
            f"The {host[1]} side was led by {p1}, {r1}, and the {guest[1]} delegation by "
            f"{p2}, {r2}."
        )
    else:
        title = f"Leaders of {name_a} and {name_b} meet in {city}"
        lead = (
            f"The presidents of {name_a} and {name_b} met in {city} on {weekday} for a "
            f"summit that both sides described as a turning point in relations."
        )
        chairs = (
            f"Ahead of the summit, {p1}, {host[1]} {r1}, and {p2}, {guest[1]} {r2}, "
            f"prepared the documents at a meeting of the {body}."
        )

    signed = rng.random() < 0.7
    if signed:
        docs = (
            f"The documents signed include an {instruments[0]}"
            if instruments[0][0] in "aeiou"
            else f"The documents signed include a {instruments[0]}"
        )
        if len(instruments) > 1:
            docs += ", as well as " + _join([f"a {i}" for i in instruments[1:]])
        docs += "."
    else:
        docs = (
            f"The sides agreed to prepare an {instruments[0]}"
            if instruments[0][0] in "aeiou"
            else f"The sides agreed to prepare a {instruments[0]}"
        )
        docs += f", which is expected to be signed at the next meeting in {guest[2]}."
    quote = rng.choice(QUOTES).format(pct=rng.randint(5, 40))
    said = rng.choice(["said", "told reporters", "said after the meeting"])
    quote_par = f'"{quote}," {p1.split()[-1]} {said}.'
    second = rng.choice([
        f"{p2.split()[-1]} said {name_b} was ready to expand cooperation in "
        f"{areas[-1][1]} and invited {host[1]} companies to invest in {guest[3]}.",
        f"{capb}'s side proposed setting up a working group on {areas[-1][1]}, which would "
        f"report to the {body} before its next session.",
        f"According to {p2.split()[-1]}, a joint working group on {areas[-1][1]} will meet "
        f"in {guest[3]} in {MONTHS[(published.month + 2) % 12]}.",
    ])
    background = rng.sample(BACKGROUND, rng.randint(2, 4))
    bn = rng.randint(1, 40)
    background_text = [
        s.format(bn=bn, bn2=max(1, bn - rng.randint(0, bn)), year=rng.randint(1950, 1995),
                 n=rng.randint(40, 400))
        for s in background
    ]
    closing = rng.choice([
        f"The next session of the {body} will be held in {guest[2]} next year.",
        f"The sides agreed to meet again in {guest[2]} within a year to review progress.",
        f"No date was set for the next meeting of the {body}.",
    ])
    reference = (
        f"(Ref. {index:06d}/{rng.randint(100, 999)}: report filed from {city} at "
        f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}.)"
    )
    paragraphs = [title, lead, chairs, docs, quote_par, second, *background_text, closing,
                  reference]
    if rng.random() < 0.3:
        paragraphs.append(rng.choice(FILLER))
    text = "\n\n".join(paragraphs)
    return {
        "id": f"bench-{index:06d}",
        "title": title,
        "outlet": rng.choice(OUTLETS),
        "published": published.isoformat(),
        "text": text,
    }


def articles(n: int, seed: int = 0, start: int = 0) -> Iterator[dict[str, str]]:
    for index in range(start, start + n):
        yield article(index, seed)


def write_jsonl(path: Path, n: int, seed: int = 0, start: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in articles(n, seed, start):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_files(directory: Path, n: int, seed: int = 0) -> Path:
    """One ``.txt`` per article (title, blank line, text), as a crawler would leave them."""
    directory.mkdir(parents=True, exist_ok=True)
    for record in articles(n, seed):
        (directory / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--files", action="store_true", help="one .txt file per article")
    args = parser.parse_args()
    if args.files:
        write_files(args.out, args.n, args.seed)
    else:
        write_jsonl(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
