"""Consolidation: re-tellings merge, look-alikes stay apart, near-duplicates count once."""

from __future__ import annotations

from registry_helpers import article, body, instrument, meeting, open_store, person

from accords.model import RecordKind
from accords.registry import consolidate, get_record, records

S1 = ("The Hungarian-Russian Intergovernmental Commission for Economic Cooperation held its "
      "16th session in Budapest on 7 October.")
S2 = "The IGC met in the Hungarian capital on Tuesday for its 16th session, officials said."
S3 = "At the session of the commission in Budapest, the two sides reviewed trade."


def _session_retellings():
    return [
        article("a1", S1, "2025-10-08",
                body(S1, "Hungarian-Russian Intergovernmental Commission for Economic Cooperation",
                     "Hungarian-Russian Intergovernmental Commission for Economic Cooperation"),
                meeting(S1, "16th session", date="2025-10-07", place="Budapest",
                        body="Hungarian-Russian Intergovernmental Commission for Economic Cooperation")),
        article("a2", S2, "2025-10-09", body(S2, "IGC", "IGC"),
                meeting(S2, "16th session", date="2025-10-07", place="Budapest", body="IGC")),
        article("a3", S3, "2025-10-10", body(S3, "commission", "the commission"),
                meeting(S3, "session", place="Budapest", body="the commission")),
    ]


def test_three_retellings_of_one_session_give_one_meeting_and_one_body(tmp_path):
    with open_store(tmp_path) as store:
        for extraction in _session_retellings():
            store.add(extraction)
        report = consolidate(store)
        assert report.articles == 3
        meetings = records(store, kind="meeting")
        bodies = records(store, kind="body")
        assert len(meetings) == 1 and len(bodies) == 1
        record = get_record(store, meetings[0].id)
        assert record.dyad == "HUN-RUS"
        assert record.attrs["date"] == "2025-10-07" and record.attrs["place"] == "Budapest"
        assert record.attrs["number"] == 16
        assert record.reports == 3 and len(record.article_ids) == 3
        # each attribute lists the facts that give it: the date comes from a1 and a2 only
        date_facts = {f for v in record.values["date"] for f in v.fact_ids}
        by_article = {s.fact_id: s.article_id for s in record.support}
        assert {by_article[f] for f in date_facts} == {s.article_id for s in record.support
                                                       if s.attrs.get("date")}
        assert len(date_facts) == 2
        # the full name wins as the body's label over the acronym and "the commission"
        assert "Economic Cooperation" in get_record(store, bodies[0].id).label


def test_two_sessions_of_one_commission_a_year_apart_stay_apart(tmp_path):
    t1 = "The commission held its 15th session in Moscow on 3 October 2024."
    t2 = "The commission held its 16th session in Budapest on 7 October 2025."
    t3 = "The commission met in Moscow on 3 October 2025."  # same city, a year later
    name = "Intergovernmental Commission for Economic Cooperation"
    with open_store(tmp_path) as store:
        store.add(article("b1", t1, "2024-10-04", meeting(t1, "15th session", date="2024-10-03",
                                                          place="Moscow", body=name)))
        store.add(article("b2", t2, "2025-10-08", meeting(t2, "16th session", date="2025-10-07",
                                                          place="Budapest", body=name)))
        store.add(article("b3", t3, "2025-10-04", meeting(t3, "met", date="2025-10-03",
                                                          place="Moscow", body=name)))
        consolidate(store)
        found = records(store, kind="meeting")
        assert sorted(r.date for r in found) == ["2024-10-03", "2025-10-03", "2025-10-07"]


def test_two_memoranda_in_different_areas_signed_the_same_day_stay_apart(tmp_path):
    t1 = "Hungary and Russia signed a memorandum on health cooperation in Budapest on Tuesday."
    t2 = "A memorandum on cooperation in sport was also signed in Budapest on Tuesday."
    t3 = "The two ministers signed a memorandum on healthcare in Budapest."
    with open_store(tmp_path) as store:
        store.add(article("m1", t1, "2025-10-08", instrument(
            t1, "memorandum on health", kind="memorandum", date="2025-10-07", place="Budapest",
            areas=("health",), title="memorandum on health cooperation")))
        store.add(article("m2", t2, "2025-10-08", instrument(
            t2, "memorandum on cooperation in sport", kind="memorandum", date="2025-10-07",
            place="Budapest", areas=("sport",), title="memorandum on cooperation in sport")))
        store.add(article("m3", t3, "2025-10-09", instrument(
            t3, "memorandum on healthcare", kind="memorandum", place="Budapest",
            areas=("health",), title="memorandum on healthcare")))
        consolidate(store)
        found = records(store, kind="instrument")
        assert len(found) == 2
        health = next(r for r in found if r.attrs["areas"] == ["health"])
        assert len(get_record(store, health.id).article_ids) == 2


def test_people_with_and_without_diacritics_are_one_person_but_not_across_states(tmp_path):
    t1 = "Levente Szűcs, the Hungarian deputy minister, led the talks."
    t2 = "Levente Szucs said the talks went well."
    t3 = "Szűcs added that more would follow."
    with open_store(tmp_path) as store:
        store.add(article("p1", t1, "2025-03-01", person(t1, "Levente Szűcs", "Levente Szűcs", "HUN",
                                                         "deputy minister")))
        store.add(article("p2", t2, "2025-03-02", person(t2, "Levente Szucs", "Levente Szucs", "HUN")))
        store.add(article("p3", t3, "2025-03-03", person(t3, "Szűcs", "Szűcs", None)))
        store.add(article("p4", t2 + " ", "2025-03-04",
                          person(t2 + " ", "Levente Szucs", "Levente Szucs", "RUS")))
        consolidate(store)
        people = records(store, kind=RecordKind.PERSON)
        assert sorted(len(get_record(store, p.id).article_ids) for p in people) == [1, 3]
        hun = next(p for p in people if p.attrs.get("country") == "HUN")
        assert hun.attrs["name"] == "Levente Szűcs" and hun.attrs["role"] == "deputy minister"


WIRE = ("MOSCOW — Russia and Hungary agreed on Tuesday to expand cooperation in nuclear energy, "
        "agriculture and pharmaceuticals at a meeting of their intergovernmental commission, "
        "according to a statement issued after the talks. The sides signed a protocol covering "
        "the construction of new power units, grain exports and joint research, and agreed to "
        "meet again next year in Budapest. Officials said the protocol would be published in "
        "full after both governments approve it.")


def test_a_wire_story_printed_by_several_outlets_counts_once_but_keeps_every_source(tmp_path):
    copies = [WIRE, WIRE + " (Reuters)", WIRE.replace("MOSCOW —", "Moscow:") + " Reporting by staff.",
              WIRE + " Copyright 2025 The Daily."]
    own = "Hungary's foreign minister said in Budapest that the protocol signed in Moscow covers energy."
    with open_store(tmp_path) as store:
        for i, text in enumerate(copies):
            store.add(article(f"w{i}", text, "2025-05-14", instrument(
                text, "protocol covering", kind="protocol", date="2025-05-13", place="Moscow",
                areas=("energy", "agriculture")), outlet=f"Outlet {i}"))
        store.add(article("own", own, "2025-05-15", instrument(
            own, "protocol signed in Moscow", kind="protocol", place="Moscow", areas=("energy",))))
        report = consolidate(store)
        assert report.near_duplicates == 3
        (record,) = records(store, kind="instrument")
        full = get_record(store, record.id)
        assert len(full.article_ids) == 5  # every source kept
        assert full.reports == 2  # the wire story once, the own report once
        assert len({s.cluster for s in full.support}) == 2
        energy = next(v for v in full.values["areas"] if v.value == "energy")
        assert energy.reports == 2 and len(energy.fact_ids) == 5


def test_a_copy_consolidated_in_a_later_run_joins_the_group_of_the_first(tmp_path):
    """The near-duplicate index is read from the database, also after migration 0006
    filled it for a store consolidated before the index was kept there."""
    from alembic import command
    from sqlalchemy import text

    from accords.store.db import alembic_config

    with open_store(tmp_path) as store:
        store.add(article("w0", WIRE, "2025-05-14", instrument(
            WIRE, "protocol covering", kind="protocol", date="2025-05-13", place="Moscow")))
        report = consolidate(store)
        assert (report.near_duplicates, report.created, report.updated) == (0, 1, 0)
        with store.engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM article_bands")).scalar() == 8
            command.downgrade(alembic_config(connection), "0005")
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(text("SELECT count(*) FROM article_bands")).scalar() == 8
        own = "The foreign minister said in Budapest that the protocol covering energy was signed."
        for aid, copy in (("w1", WIRE + " (Reuters)"), ("other", own)):
            store.add(article(aid, copy, "2025-05-15", instrument(
                copy, "protocol covering", kind="protocol", date="2025-05-13", place="Moscow")))
        report = consolidate(store)
        assert (report.near_duplicates, report.created, report.updated) == (1, 0, 1)
        (record,) = records(store, kind="instrument")
        full = get_record(store, record.id)
        groups: dict[str, set[str]] = {}
        for source in full.support:
            groups.setdefault(source.cluster, set()).add(source.article_id)
        # the two wire copies are one group, named after the first; the own report its own
        assert sorted(map(len, groups.values())) == [1, 2]
        assert all(cluster in members for cluster, members in groups.items())


def test_conflicting_values_are_kept_and_shown(tmp_path):
    t1 = "The 9th session of the joint commission was held in Livingstone on 10 April."
    t2 = "The 9th session of the joint commission took place in Victoria Falls on 10 April."
    t3 = "The joint commission met in Victoria Falls on 10 April."
    with open_store(tmp_path) as store:
        for aid, text, phrase, place in (("c1", t1, "9th session", "Livingstone"),
                                         ("c2", t2, "9th session", "Victoria Falls"),
                                         ("c3", t3, "met", "Victoria Falls")):
            store.add(article(aid, text, "2025-04-11", meeting(
                text, phrase, date="2025-04-10", place=place, body="Joint Permanent Commission",
                countries=("ZMB", "ZWE")), dyad=("ZMB", "ZWE")))
        consolidate(store)
        found = records(store, kind="meeting")
        # c1 and c2 are one session (same number, same day): one record, places in conflict;
        # c3 gives no number, so its other town keeps it apart from Livingstone's report
        assert len(found) == 2
        session = next(r for r in found if r.attrs.get("number") == 9)
        assert session.conflicts == ["place"]
        assert {v.value for v in session.values["place"]} == {"Livingstone", "Victoria Falls"}


def test_conflicting_roles_of_one_person_are_listed(tmp_path):
    t1 = "Pavel Lomakin, deputy minister, spoke."
    t2 = "Pavel Lomakin, the minister, spoke."
    with open_store(tmp_path) as store:
        store.add(article("r1", t1, "2025-01-01", person(t1, "Pavel Lomakin", "Pavel Lomakin", "RUS",
                                                         "deputy minister")))
        store.add(article("r2", t2, "2025-01-02", person(t2, "Pavel Lomakin", "Pavel Lomakin", "RUS",
                                                         "minister")))
        consolidate(store)
        (record,) = records(store, kind="person")
        assert record.conflicts == ["role"]
        assert sorted(v.value for v in record.values["role"]) == ["deputy minister", "minister"]
