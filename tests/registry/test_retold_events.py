"""Re-tellings of one session or one document across outlets: the session number and the
body decide a session; an instrument is matched by subject, areas, kind family and
parties, and its lifecycle joins. Each merge test sits beside a must-not-merge control.

The sentences are written for these tests (Finland and Uruguay, invented bodies)."""

from __future__ import annotations

from registry_helpers import article, instrument, meeting, open_store

from accords.model import RecordKind
from accords.registry import consolidate, records
from accords.registry.candidates import Candidates, months_of, whole_group
from accords.registry.draft import Draft
from accords.registry.match import Member

PAIR = ("FIN", "URY")
BODY = "Finnish-Uruguayan Joint Commission on Economic Cooperation"


def _meet(text, phrase, **kw):
    return meeting(text, phrase, countries=PAIR, **kw)


def _inst(text, phrase, **kw):
    return instrument(text, phrase, countries=PAIR, **kw)


def _add(store, aid, text, published, *facts):
    store.add(article(aid, text, published, *facts, dyad=PAIR))


def _count(tmp_path, articles, kind):
    with open_store(tmp_path) as store:
        for aid, text, published, facts in articles:
            _add(store, aid, text, published, *facts)
        consolidate(store)
        return records(store, kind=kind)


# --- numbered sessions -------------------------------------------------------------

W1 = f"The {BODY} held its 5th session in Montevideo on 12 March."
W2 = "The fifth meeting of the joint commission, held in Uruguay in March, reviewed trade."
W3 = "Ministers met in Punta del Este for the 5th session of the joint commission yesterday."


def _fifth_session(third_text=W3, third_phrase="5th session"):
    return [
        (
            "f1",
            W1,
            "2026-03-12",
            [_meet(W1, "5th session", date="2026-03-12", place="Montevideo", body=BODY)],
        ),
        (
            "f2",
            W2,
            "2026-03-20",
            [_meet(W2, "fifth meeting", date="2026-03", place="Uruguay", body="joint commission")],
        ),
        (
            "f3",
            third_text,
            "2026-03-14",
            [
                _meet(
                    third_text,
                    third_phrase,
                    date="2026-03-13",
                    place="Paysandu",
                    body="joint commission",
                )
            ],
        ),
    ]


def test_one_numbered_session_is_one_record_whatever_place_and_date_outlets_give(tmp_path):
    # a country for the city, a month for the day, another town and a day off: one session
    found = _count(tmp_path, _fifth_session(), "meeting")
    assert len(found) == 1
    assert found[0].attrs["number"] == 5


def test_control_without_a_number_another_town_is_another_meeting(tmp_path):
    w3 = "Ministers met in Punta del Este for a session of the joint commission yesterday."
    found = _count(tmp_path, _fifth_session(w3, "session"), "meeting")
    assert len(found) == 2  # the numbered two stay together, the unnumbered one apart


def test_control_two_numbers_are_two_sessions_even_on_the_same_day(tmp_path):
    w4 = f"The {BODY} held its 6th session in Montevideo on 12 March."
    articles = [
        *_fifth_session()[:1],
        (
            "f4",
            w4,
            "2026-03-13",
            [_meet(w4, "6th session", date="2026-03-12", place="Montevideo", body=BODY)],
        ),
    ]
    assert len(_count(tmp_path, articles, "meeting")) == 2


def test_a_stale_plan_of_a_numbered_session_joins_it_held(tmp_path):
    w5 = "Finland and Uruguay will hold the fifth session of their joint commission in Montevideo."
    w6 = "The joint commission met in Montevideo on Thursday, the ministry said."
    articles = [
        *_fifth_session()[:1],
        (
            "f6",
            w6,
            "2026-03-13",
            [_meet(w6, "met", date="2026-03-12", place="Montevideo", body="joint commission")],
        ),
        # a weekly reprint that still calls it forthcoming, five days after it was held
        (
            "f5",
            w5,
            "2026-03-17",
            [
                _meet(
                    w5,
                    "fifth session",
                    status="planned",
                    place="Montevideo",
                    body="joint commission",
                )
            ],
        ),
    ]
    found = _count(tmp_path, articles, "meeting")
    assert len(found) == 1 and found[0].status == "held"


def test_control_an_unnumbered_plan_reported_after_the_session_is_a_new_plan(tmp_path):
    w5 = "Finland and Uruguay will hold a session of their joint commission in Montevideo."
    articles = [
        *_fifth_session()[:1],
        (
            "f5",
            w5,
            "2026-03-17",
            [_meet(w5, "session", status="planned", place="Montevideo", body="joint commission")],
        ),
    ]
    assert len(_count(tmp_path, articles, "meeting")) == 2


def test_the_same_number_weeks_apart_is_one_session_but_ten_months_apart_two(tmp_path):
    late = f"The {BODY} held its 5th session in Montevideo, officials said."
    near = [
        *_fifth_session()[:1],
        (
            "g1",
            late,
            "2026-04-02",
            [_meet(late, "5th session", date="2026-04-01", place="Montevideo", body=BODY)],
        ),
    ]
    assert len(_count(tmp_path / "near", near, "meeting")) == 1
    far = [
        *_fifth_session()[:1],
        (
            "g2",
            late,
            "2027-01-20",
            [_meet(late, "5th session", date="2027-01-19", place="Montevideo", body=BODY)],
        ),
    ]
    assert len(_count(tmp_path / "far", far, "meeting")) == 2


# --- instruments -------------------------------------------------------------------

P1 = "Officials are finalising an agreement on the joint use of the border lakes."
S1 = "Finland and Uruguay signed an agreement on the joint use of the border lakes on Tuesday."
F1 = (
    "The Agreement between the Government of Finland and the Government "
    "of the Oriental Republic of Uruguay on the joint use of the border lakes entered into "
    "force on 1 September."
)


def _lifecycle():
    return [
        (
            "l1",
            P1,
            "2026-02-02",
            [
                _inst(
                    P1,
                    "agreement on the joint use",
                    status="planned",
                    areas=("water",),
                    title="agreement on the joint use of the border lakes",
                )
            ],
        ),
        (
            "l2",
            S1,
            "2026-04-08",
            [
                _inst(
                    S1,
                    "signed an agreement",
                    date="2026-04-07",
                    areas=("water",),
                    title="agreement on the joint use of the border lakes",
                )
            ],
        ),
        (
            "l3",
            F1,
            "2026-09-02",
            [
                _inst(
                    F1,
                    "Agreement between",
                    status="in_force",
                    date="2026-09-01",
                    areas=("water",),
                    title="Agreement between the Government of Finland and the "
                    "Government of the Oriental Republic of Uruguay on the joint use of the "
                    "border lakes",
                )
            ],
        ),
    ]


def test_planned_signed_in_force_is_one_record_whose_status_advances(tmp_path):
    found = _count(tmp_path, _lifecycle(), "instrument")
    assert len(found) == 1 and found[0].status == "in_force"


def test_control_another_document_in_force_stays_apart(tmp_path):
    f2 = (
        "The Agreement between the Government of Finland and the Government "
        "of the Oriental Republic of Uruguay on air services entered into force."
    )
    articles = [
        *_lifecycle()[:2],
        (
            "l4",
            f2,
            "2026-09-02",
            [
                _inst(
                    f2,
                    "Agreement between",
                    status="in_force",
                    date="2026-09-01",
                    title="Agreement between the Government of Finland and the "
                    "Government of the Oriental Republic of Uruguay on air services",
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 2


def test_a_title_cut_inside_its_parties_fits_the_document(tmp_path):
    f3 = "The Agreement between the Government of Finland and the Government of Uruguay was signed."
    articles = [
        *_lifecycle()[1:2],
        (
            "l5",
            f3,
            "2026-04-09",
            [
                _inst(
                    f3,
                    "Agreement between",
                    date="2026-04-07",
                    areas=("water",),
                    title="Agreement between the Government of Finland and the Government",
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 1


STALE = "Finland and Uruguay are to sign an agreement on the joint use of the border lakes."


def test_a_plan_re_told_days_after_the_signing_joins_the_signed_document(tmp_path):
    articles = [
        *_lifecycle(),
        (
            "l6",
            STALE,
            "2026-04-15",
            [
                _inst(
                    STALE,
                    "agreement on the joint use",
                    status="planned",
                    areas=("water",),
                    title="agreement on the joint use of the border lakes",
                )
            ],
        ),
    ]
    found = _count(tmp_path, articles, "instrument")
    assert len(found) == 1 and found[0].status == "in_force"


def test_control_a_plan_of_the_same_title_half_a_year_after_signing_is_a_new_one(tmp_path):
    articles = [
        *_lifecycle()[:2],
        (
            "l7",
            STALE,
            "2026-10-20",
            [
                _inst(
                    STALE,
                    "agreement on the joint use",
                    status="planned",
                    areas=("water",),
                    title="agreement on the joint use of the border lakes",
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 2


def test_control_a_plan_of_another_subject_after_the_signing_is_a_new_one(tmp_path):
    other = (
        "Finland and Uruguay are to sign an agreement on the protection of the border lakes' fish."
    )
    articles = [
        *_lifecycle()[:2],
        (
            "l8",
            other,
            "2026-04-15",
            [
                _inst(
                    other,
                    "agreement on the protection",
                    status="planned",
                    areas=("water",),
                    title="agreement on the protection of fish stocks",
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 2


M1 = "Finland and Uruguay signed a memorandum of understanding on forest fire prevention."
A1 = "The two countries signed an agreement to fight forest fires together on Tuesday."


def _fire(agreement_attrs):
    return [
        (
            "k1",
            M1,
            "2026-04-08",
            [
                _inst(
                    M1,
                    "memorandum of understanding",
                    kind="memorandum",
                    date="2026-04-07",
                    areas=("environment",),
                    title="memorandum of understanding on forest fire prevention",
                )
            ],
        ),
        ("k2", A1, "2026-04-08", [_inst(A1, "agreement", date="2026-04-07", **agreement_attrs)]),
    ]


def test_a_memorandum_reported_as_an_agreement_on_its_subject_is_one_document(tmp_path):
    found = _count(
        tmp_path,
        _fire({"areas": ("environment",), "title": "agreement to fight forest fires"}),
        "instrument",
    )
    assert len(found) == 1


def test_control_a_bare_agreement_beside_a_memorandum_stays_apart(tmp_path):
    # nothing says what the "agreement" is about: the kinds differ and nothing joins them
    assert len(_count(tmp_path, _fire({"title": "agreement"}), "instrument")) == 2


def test_control_a_protocol_is_not_an_agreement_of_the_same_subject(tmp_path):
    p1 = "A protocol on forest fire prevention was signed on Tuesday."
    articles = [
        _fire({})[0],
        (
            "k3",
            p1,
            "2026-04-08",
            [
                _inst(
                    p1,
                    "protocol",
                    kind="protocol",
                    date="2026-04-07",
                    areas=("environment",),
                    title="protocol on forest fire prevention",
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 2


D1 = "The deal on the lakes, signed on Tuesday, sets seasonal releases."


def test_titles_sharing_their_subject_word_are_one_document(tmp_path):
    articles = [
        _lifecycle()[1],
        (
            "d1",
            D1,
            "2026-04-09",
            [_inst(D1, "deal on the lakes", date="2026-04-07", title="agreement on the lakes")],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 1


def test_control_titles_of_other_subjects_the_same_day_stay_apart(tmp_path):
    d2 = "The deal on air services, signed on Tuesday, adds flights."
    articles = [
        _lifecycle()[1],
        (
            "d2",
            d2,
            "2026-04-09",
            [
                _inst(
                    d2, "deal on air services", date="2026-04-07", title="agreement on air services"
                )
            ],
        ),
    ]
    assert len(_count(tmp_path, articles, "instrument")) == 2


V1 = "A memorandum on cooperation in reindeer herding was signed in Montevideo on Tuesday."
V2 = (
    "The Memorandum of Understanding on Cooperation in Reindeer Herding and Pasture "
    "Management was signed in Paysandu today."
)


def _two_venues(second_date):
    return [
        (
            "v1",
            V1,
            "2026-04-09",
            [
                _inst(
                    V1,
                    "memorandum on cooperation",
                    kind="memorandum",
                    date="2026-04-07",
                    place="Montevideo",
                    title="memorandum on cooperation in reindeer herding",
                )
            ],
        ),
        (
            "v2",
            V2,
            second_date,
            [
                _inst(
                    V2,
                    "Memorandum of Understanding",
                    kind="memorandum",
                    date=second_date,
                    place="Paysandu",
                    title="Memorandum of Understanding on Cooperation in Reindeer Herding and "
                    "Pasture Management",
                )
            ],
        ),
    ]


def test_one_signing_told_in_two_cities_of_one_country_the_same_day_is_one(tmp_path):
    assert len(_count(tmp_path, _two_venues("2026-04-07"), "instrument")) == 1


def test_control_the_same_subject_signed_in_two_cities_months_apart_is_two(tmp_path):
    assert len(_count(tmp_path, _two_venues("2026-09-15"), "instrument")) == 2


def test_a_capitalised_subject_after_on_is_no_run_on_tail():
    from accords.registry.match import strip_tail

    assert strip_tail("Memorandum on Cooperation in Reindeer Herding") == (
        "Memorandum on Cooperation in Reindeer Herding"
    )
    assert strip_tail("agreement on fisheries in Montevideo on Tuesday") == "agreement on fisheries"
    assert strip_tail("accord on trade which the ministers hailed") == "accord on trade"


# --- candidates ------------------------------------------------------------------------


def _member(n, attrs, observed, sentence=""):
    return Member(
        n,
        f"a{n}:{n:07d}:x",
        RecordKind.MEETING if "body" in attrs else RecordKind.INSTRUMENT,
        "FIN-URY",
        f"a{n}",
        f"a{n}",
        observed,
        attrs,
        sentence,
        0,
    )


def test_a_numbered_fact_finds_the_record_of_its_number_wherever_it_is_filed():
    # the record's first fact is a plan reported long before; its numbered account is recent
    plan = _member(
        1,
        {
            "body": "joint commission",
            "kind": "commission_session",
            "status": "planned",
            "date": "2024",
        },
        "2023-11-02",
    )
    held = _member(
        2,
        {
            "body": "joint commission",
            "kind": "commission_session",
            "status": "held",
            "date": "2024-12-30",
        },
        "2024-12-31",
        "the 5th session of the joint commission",
    )
    draft = Draft("r1", RecordKind.MEETING, "FIN-URY")
    draft.add(plan)
    draft.add(held)
    probe = _member(
        3,
        {
            "body": "joint commission",
            "kind": "commission_session",
            "status": "held",
            "date": "2025-02-10",
        },
        "2025-02-11",
        "the 5th session of the joint commission",
    )
    assert probe.number == 5 and whole_group(probe)
    assert [d.id for d in Candidates([draft]).of(probe)] == ["r1"]
    unnumbered = _member(
        4,
        {
            "body": "joint commission",
            "kind": "commission_session",
            "status": "held",
            "date": "2026-02-10",
        },
        "2026-02-11",
    )
    assert Candidates([draft]).of(unnumbered) == [] and not whole_group(unnumbered)


def test_a_planned_instruments_months_reach_back_to_a_signing_shortly_before():
    signed = _member(
        1, {"kind": "agreement", "status": "signed", "date": "2026-04-07"}, "2026-04-08"
    )
    draft = Draft("r1", RecordKind.INSTRUMENT, "FIN-URY")
    draft.add(signed)
    stale = _member(2, {"kind": "agreement", "status": "planned"}, "2026-05-15")
    assert months_of(stale).start <= 2026 * 12 + 3  # April 2026
    assert [d.id for d in Candidates([draft]).of(stale)] == ["r1"]


def test_a_sitting_held_at_no_known_time_is_not_a_dated_plan_carried_out():
    """An undated report's "its previous session took place in Moscow" and a session planned
    in Moscow for 2026: nothing says the plan was carried out, so they stay two."""
    from accords.registry.match import compatible

    plan = _member(
        1,
        {"body": "joint commission", "kind": "commission_session", "status": "planned",
         "date": "2026", "place": "Moscow"},
        "2025-10-07",
    )
    earlier = _member(
        2,
        {"body": "joint commission", "kind": "commission_session", "status": "held",
         "date": None, "place": "Moscow"},
        None,
    )
    assert not compatible(plan, earlier) and not compatible(earlier, plan)
    # control: reported with a date, the sitting held in 2026 is the plan carried out
    held = _member(
        3,
        {"body": "joint commission", "kind": "commission_session", "status": "held",
         "date": "2026-03-02", "place": "Moscow"},
        "2026-03-03",
    )
    assert compatible(plan, held)
