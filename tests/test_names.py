"""Name folding and matching: diacritics, acronyms, generic aliases, look-alikes."""

from __future__ import annotations

from accords.names import acronyms, fold, is_generic, same_body, same_name, same_person

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


def test_within_an_article_a_surname_names_the_person_introduced():
    # one article: a second mention by surname, or a namesake, is the person met before
    assert same_person("Rojas", "Ana Rojas", within_article=True)
    assert same_person("Ana Rojas", "Pedro Rojas", within_article=True)
    assert same_person("Levente Szűcs", "Szucs", within_article=True)
    assert not same_person("Ana Rojas", "Ana Diaz", within_article=True)
    # across articles, names must agree as wholes
    assert not same_person("Ana Rojas", "Pedro Rojas")
    assert same_person("Tomas Kerrigan", "Tomas Kerrigen")
    assert not same_person("Tomas Kerrigan", "Tomas Kerrigen", within_article=True)


def test_within_an_article_a_shorter_body_name_refers_to_the_longer():
    assert same_body("the Intergovernmental Commission", FULL, within_article=True)
    assert same_body("Commission for Economic Cooperation", FULL, within_article=True)
    assert not same_body("the Joint Committee", FULL, within_article=True)
    assert not same_body("the", FULL, within_article=True)  # no word of its own
    # across articles: generic names fit, acronyms match, look-alikes are compared whole
    assert same_body("the commission", FULL) and same_body("IGC", FULL)
    assert not same_body("IGC", FULL, within_article=True)
    assert not same_body("Joint Rivers Commission", "Joint Consultative Commission")
