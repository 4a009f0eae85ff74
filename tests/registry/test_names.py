"""Name folding and matching: diacritics, acronyms, generic aliases, look-alikes."""

from __future__ import annotations

from accords.registry.names import acronyms, fold, is_generic, same_name, same_person

FULL = "Hungarian-Russian Intergovernmental Commission for Economic Cooperation"


def test_fold_removes_accents_including_letters_nfkd_keeps():
    assert fold("Szűcs, Łukasz Đức!") == "szucs lukasz duc"


def test_acronyms_and_generic_aliases_match_the_full_name():
    assert "igc" in acronyms(FULL)
    assert same_name("IGC", FULL)
    assert same_name("the commission", FULL)
    assert is_generic("the Vietnam–Laos Intergovernmental Committee")
    assert not same_name("JRC", FULL)


def test_different_named_commissions_do_not_match():
    assert not same_name("Joint Permanent Commission on Cooperation", "Joint Consultative Commission")
    assert not same_name("Joint Rivers Commission", "Joint Consultative Commission")


def test_people():
    assert same_person("Levente Szűcs", "Levente Szucs")
    assert same_person("Szűcs", "Levente Szűcs")
    assert not same_person("Levente Szűcs", "Levente Nagy")
