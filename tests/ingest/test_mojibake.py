"""Text repair: mojibake ftfy misses (windows-874, lost bytes, mixed text), quoted-printable
leftovers, backslash escapes; and correct text left alone."""

from __future__ import annotations

import functools

import ftfy
import pytest
from garble import CODEPAGES, UNTOUCHABLE, Case, cases, garble

from accords.ingest.decode import FTFY_CONFIG, repair_text
from accords.ingest.mojibake.repair import (
    CODEPAGES as REPAIR_PAGES,
)
from accords.ingest.mojibake.repair import (
    _preference,
    pages_the_bytes_allow,
    repair_mojibake,
    select_units,
)
from accords.ingest.mojibake.score import best_word, known_words, word_frequencies
from accords.ingest.mojibake.spans import codepage, find_spans, lost_byte_options
from accords.model import Repair

# --- the windows-874 mojibake of real pages --------------------------------------------


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("Gรกbor Nagy", "Gábor Nagy"),
        ("Pรฉter Szijjรกrtรณ", "Péter Szijjártó"),
        ("Viktor Orbรกnโ€™s government", "Viktor Orbán’s government"),
        ("He said: โ€œWork goes on.", "He said: “Work goes on."),
        # 0x9D (third byte of ”) is undefined in windows-874 and -1252: it was dropped.
        ("the fall meeting,โ€ Nagy added", "the fall meeting,” Nagy added"),
        # — is E2 80 94: complete, so no guess (not a quote).
        ("trade, scienceโ€”these matter", "trade, science—these matter"),
        # Mixed with a correct “ in the same line.
        ("“Trade, scienceโ€”these,” he said.", "“Trade, science—these,” he said."),
    ],
)
def test_windows_874_mojibake(garbled: str, expected: str) -> None:
    assert repair_text(garbled)[0] == expected


@pytest.mark.parametrize(
    "lost",
    [
        "",  # dropped
        "\ufffd",  # replaced
        "\x9d",  # passed through as a C1 control
    ],
)
def test_lost_third_byte_of_closing_quote(lost: str) -> None:
    garbled = f"โ€œWe agree,โ€{lost} the minister said."
    assert repair_text(garbled)[0] == "“We agree,” the minister said."


def test_lost_byte_between_letters_is_an_apostrophe() -> None:
    # ’ is E2 80 99; pure windows-874 leaves 0x99 undefined, so here it was dropped.
    assert repair_text("Hungaryโ€s minister")[0] == "Hungary’s minister"


def test_lost_byte_before_a_word_opens_a_quote() -> None:
    # “ is E2 80 9C; 0x9C dropped.
    assert repair_text("He called it โ€historic” twice.")[0] == "He called it “historic” twice."


# --- every code page, by the generator ---------------------------------------------------

#: One sentence per code page, garbled the way browsers do (undefined bytes become C1
#: controls), inside correct English that has curly quotes of its own.
PAGE_SENTENCES = {
    "cp874": "Az őszi ülésen Szijjártó Péter és Lavrov együttműködési tervet írt alá.",
    "cp1250": "Łódź i Gdańsk zacieśnią współpracę naukową z Wilnem.",
    "cp1251": "Le ministre a présenté un communiqué sur la coopération énergétique.",
    "cp1252": "Künftig sollen Studierende beider Länder gemeinsame Projekte durchführen.",
    "cp1253": "Η Ελλάδα και η Κύπρος υπέγραψαν μνημόνιο συνεργασίας.",
    "cp1254": "İstanbul’da düzenlenen toplantıya büyük bir heyet katıldı.",
    "cp1257": "Lietuvos ir Lenkijos užsienio reikalų ministrai aptarė projektus.",
    "latin-1": "Según el comunicado, la próxima reunión tendrá lugar en Bogotá.",
}


@pytest.mark.parametrize("codepage", CODEPAGES)
def test_each_code_page_in_mixed_text(codepage: str) -> None:
    sentence = PAGE_SENTENCES[codepage]
    before, after = "The ministry’s note read: ", " “Progress,” an aide said."
    garbled = before + garble(sentence, codepage, "c1") + after
    assert garbled != before + sentence + after
    repaired, repairs = repair_text(garbled)
    assert repaired == before + sentence + after
    assert repairs and all(r.kind == "ftfy" or r.kind.startswith("mojibake:") for r in repairs)


def test_cp1251_french_needs_our_repair() -> None:
    """ftfy reads ``mГ©dicament`` as Cyrillic and leaves it; we repair it."""
    garbled = garble("Le médicament coûte cher", "cp1251", "c1")
    assert garbled == "Le mГ©dicament coГ»te cher"
    repaired, repairs = repair_text(garbled)
    assert repaired == "Le médicament coûte cher"
    assert repairs == [Repair("mojibake:cp1251", 2)]


def test_lead_byte_alone_is_guessed_from_the_paragraph_language() -> None:
    # Á is C3 81 and 0x81 is undefined in windows-1252: only "Ã" is left. The other
    # Hungarian words of the line say which letter it was.
    sentence = "Az Állami Számvevőszék és a minisztérium közösen dolgozik."
    garbled = garble(sentence, "cp1252", "drop")
    assert "Ãllami" in garbled
    assert repair_text(garbled)[0] == sentence


def test_dropped_byte_before_a_real_space_keeps_the_space() -> None:
    # ß is C3 9F; 0x9F is undefined in windows-874, so "hieß es" became "hieร es".
    sentence = "Der Ausschuss tagt in München, hieß es aus dem Ministerium."
    garbled = garble(sentence, "cp874", "drop")
    assert "hieร es" in garbled
    assert repair_text(garbled)[0] == sentence


def test_no_break_space_turned_space_is_absorbed() -> None:
    # à is C3 A0; its no-break space became a plain space next to the real one.
    garbled = "Les délégations se sont réunies Ã  Genève."
    repaired, repairs = repair_text(garbled)
    assert repaired == "Les délégations se sont réunies à Genève."
    assert repairs == [Repair("mojibake:cp1252", 1)]


#: Sentences written for these tests, with a lost byte at the start of a word: the
#: guess uses where letters stand in words (Greek words start with σ far more often
#: than with ρ; Russian ones with с more often than with т).
WORD_START_CASES = [
    ("Ο πρόεδρος συναντήθηκε στην Πάτρα με τους συνεργάτες του.", "cp1250"),
    ("Стороны продолжат сотрудничество после выборов.", "cp1257"),
]


@pytest.mark.parametrize(("sentence", "codepage"), WORD_START_CASES)
def test_dropped_byte_at_word_start_uses_word_position(sentence: str, codepage: str) -> None:
    before, after = "Officials said on Tuesday: ", " The next round is due in May."
    garbled = before + garble(sentence, codepage, "drop") + after
    assert garbled != before + sentence + after
    assert repair_text(garbled)[0] == before + sentence + after


@pytest.mark.parametrize(
    ("correct", "codepage"),
    [
        ("Η Ρόδος και η Ψαρά φιλοξενούν ρεπορτάζ για τον τουρισμό.", "cp1250"),
        ("Тогда товарищи сказали, что теперь всё ясно.", "cp1257"),
    ],
)
def test_correct_words_starting_with_rarer_letters_stay(correct: str, codepage: str) -> None:
    # Positive control: the same sentence garbled without loss is repaired back to it
    # (with dropped bytes, a word-initial ρ or т would be guessed as σ or с: the
    # statistics are a bias, not a lexicon).
    garbled = garble(correct, codepage, "c1")
    assert garbled != correct
    assert repair_text(garbled)[0] == correct
    # The correct text itself is left alone.
    assert repair_text(correct) == (correct, [])


def test_a_lone_lead_letter_in_english_is_left_alone() -> None:
    text = "SENSЕ - Oleg, with a Ukrainian Е"
    assert repair_text(text) == (text, [])


@functools.cache
def _outcomes() -> tuple[tuple[Case, bool, bool], ...]:
    """Every generated case, whether we repair it, and whether bare ftfy does (once)."""
    return tuple(
        (
            case,
            repair_text(case.garbled)[0] == case.correct,
            ftfy.fix_text(case.garbled, config=FTFY_CONFIG) == case.correct,
        )
        for case in cases()
    )


def _shares(keep) -> tuple[float, float]:
    found = [(ours, theirs) for case, ours, theirs in _outcomes() if keep(case)]
    return sum(o for o, _ in found) / len(found), sum(t for _, t in found) / len(found)


#: Shares seen on the generated set when these floors were pinned (bench/mojibake.py):
#: overall 0.70 (ftfy 0.25); browser-style C1 pass-through 1.00 (ftfy 0.57);
#: windows-1252 fallback as in the seed article 0.89 (ftfy 0.10); dropped bytes 0.45,
#: U+FFFD 0.25 (ftfy 0 for both).
FLOORS = {"all": 0.66, "c1": 0.99, "cp1252": 0.86}


@pytest.mark.parametrize("subset", sorted(FLOORS))
def test_generated_mojibake_is_mostly_repaired(subset: str) -> None:
    ours, theirs = _shares(lambda c: subset == "all" or c.loss == subset)
    assert ours >= FLOORS[subset]
    assert ours > theirs + 0.2


@pytest.mark.parametrize("codepage", CODEPAGES)
def test_generated_mojibake_per_code_page_beats_ftfy(codepage: str) -> None:
    ours, theirs = _shares(lambda c: c.codepage == codepage and c.loss in ("c1", "cp1252"))
    assert ours > theirs
    assert ours >= 0.8


# --- correct text stays correct ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        *UNTOUCHABLE,
        "ประเทศไทยและรัสเซีย",
        "Москва и Будапешт",
        "Ουκρανία, Ρωσία και Ουγγαρία",
        "Çavuşoğlu ve Şişli’de Ağustos’ta görüştü",
        "Gdańsk, Kraków, Zielona Góra",
        "Il a dit « bien sûr » — puis il est parti…",
        "The 2×3 grid, 20°C, NESTLÉ®, BRAND™ and ¿qué?",
        "SÃO PAULO",
        "Árpád, Ödön és Ő",
        "ﬁnance ＡＢＣ e\u0301 &amp; a\tb",
        "Line one\r\nLine two\n\nLine three",
    ],
)
def test_correct_text_is_untouched(text: str) -> None:
    assert repair_text(text) == (text, [])


def test_long_thai_text_is_untouched() -> None:
    text = " ".join(UNTOUCHABLE[:2]) * 50
    assert repair_mojibake(text) == (text, [])


# --- quoted-printable and backslash escapes ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "chars"),
    [
        ("The communiqu=E9 was signed.", "The communiqué was signed.", 1),
        ("It was =C3=A9t=C3=A9 in Szeged.", "It was été in Szeged.", 2),
        ("Minister Szijj=C3=A1rt=C3=B3 spoke.", "Minister Szijjártó spoke.", 2),
    ],
)
def test_quoted_printable_leftovers(text: str, expected: str, chars: int) -> None:
    assert repair_text(text) == (expected, [Repair("quoted-printable", chars)])


@pytest.mark.parametrize(
    "text",
    [
        "x=E9 in the formula",
        "color=FF0000 and width=A0",
        "KEY=DEADBEEF",
        "a=3D b",
        "url?q=C3=A9&x=1",
        "https://example.org/?name=C3=A9t=C3=A9&page=2",
        "a_communiqu=E9_b",
    ],
)
def test_quoted_printable_lookalikes_stay(text: str) -> None:
    assert repair_text(text) == (text, [])


def test_backslash_escaped_quotes_in_prose() -> None:
    text = 'India\\\'s envoy said \\"we agree\\" on Tuesday.'
    expected = 'India\'s envoy said "we agree" on Tuesday.'
    assert repair_text(text) == (expected, [Repair("backslash-escape", 3)])


@pytest.mark.parametrize(
    "text",
    [
        "if (x == 1) { s = 'it\\'s'; }",
        "C:\\\\temp\\\\new",
        "a \\' b",
    ],
)
def test_backslashes_in_code_stay(text: str) -> None:
    assert repair_text(text) == (text, [])


def test_each_repair_kind_is_recorded_once_with_its_count() -> None:
    text = "The communiqu=E9 named Gรกbor and Pรฉter.\nIndia\\'s note."
    repaired, repairs = repair_text(text)
    assert repaired == "The communiqué named Gábor and Péter.\nIndia's note."
    assert repairs == [
        Repair("quoted-printable", 1),
        Repair("backslash-escape", 1),
        Repair("mojibake:cp874", 2),
    ]


# --- lost bytes shown as U+FFFD, where ftfy gives up -------------------------------------


def test_lost_letters_shown_as_replacement_characters_are_restored() -> None:
    """windows-1257 leaves 0x81 (in á, C3 81) undefined: every á became Ć + U+FFFD, and
    ftfy folds the pair into one U+FFFD; each guess wins clearly, so our reading stands."""
    sentence = "A delegáció a megállapodást aláírta Szegeden tegnap."
    garbled = "The report said: " + garble(sentence, "cp1257", "fffd") + " Talks resume in June."
    assert "\ufffd" in garbled
    assert "\ufffd" in ftfy.fix_text(garbled, config=FTFY_CONFIG)
    assert repair_text(garbled)[0] == f"The report said: {sentence} Talks resume in June."


@pytest.mark.parametrize(
    "text",
    [
        "The price was 10\ufffd and the café closed.",
        "Le menu du café coûte 12 \ufffd ce midi.",
    ],
)
def test_correct_text_with_a_lone_replacement_character_stays(text: str) -> None:
    assert repair_text(text) == (text, [])


def test_a_lost_quotation_mark_stays_lost() -> None:
    """A guessed closing quote is not a letter: ftfy's U+FFFD stands (its own test case)."""
    assert repair_text("â€œlossy decodingâ€\ufffd")[0] == "“lossy decoding\ufffd"


def test_lost_letters_of_a_sentence_are_restored_however_close_their_rivals() -> None:
    """windows-1250 leaves 0x81 (с, D1 81) and 0x83 (у, D1 83) undefined; in a sentence
    several U+FFFD the page's lost bytes explain are the page's doing, and the likeliest
    letter is restored even where a rival comes close (``?словились``: у or с)."""
    sentence = "Стороны условились встретиться снова в ноябре."
    garbled = garble(sentence, "cp1250", "fffd")
    assert garbled.count("\ufffd") == 6
    assert repair_text(garbled)[0] == sentence
    # Controls: correct text stays; a two-word label keeps ftfy's U+FFFD (its own case).
    assert repair_text(sentence) == (sentence, [])
    assert repair_text("Ð ÑƒÑ\ufffdÑ\ufffdÐºÐ¸Ð¹")[0] == "Ру\ufffd\ufffdкий"


def test_a_lost_quotation_mark_in_a_sentence_is_restored() -> None:
    """” is E2 80 9D and windows-1252 leaves 0x9D undefined; in a sentence the mark that
    fits after a word and before a space is restored. A short line keeps U+FFFD."""
    sentence = "The envoy called it “a fair deal” and left for the airport on Monday."
    garbled = garble(sentence, "cp1252", "fffd")
    assert "\ufffd" in garbled
    assert repair_text(garbled)[0] == sentence
    short = garble("“Fair deal,” she said.", "cp1252", "fffd")
    assert repair_text(short)[0] == "“Fair deal,\ufffd she said."
    assert repair_text(sentence) == (sentence, [])


def test_two_lost_bytes_of_one_apostrophe_are_restored() -> None:
    """’ is E2 80 99: Latin-1 pages lose both 0x80 and 0x99, leaving ``â`` and two
    U+FFFD; between two letters the sign is an apostrophe."""
    sentence = "Le ministre l’a confirmé : l’accord sera signé à Lyon la semaine prochaine."
    garbled = garble(sentence, "latin-1", "fffd")
    assert "lâ\ufffd\ufffdaccord" in garbled
    assert repair_text(garbled)[0] == sentence
    assert repair_text(sentence) == (sentence, [])


# --- letters for lost bytes: letter pairs, a word list, the C1 range -------------------

#: Sentences written for these tests: a dropped or replaced byte in several words, where
#: the letter's own frequency is not enough (``Правитель?тво``: с, у, ш and ј all fit
#: windows-1250's lost bytes; the pairs ``ь?т`` and ``?тв`` say с).
PAIR_CASES = [
    ("Правительство одобрило договор о торговле.", "cp1250", "drop"),
    ("Η κυβέρνηση ανακοίνωσε νέα συμφωνία με την Ιταλία.", "cp1250", "drop"),
    ("Η κυβέρνηση ανακοίνωσε νέα συμφωνία με την Ιταλία.", "cp1250", "fffd"),
    ("Rokovania sa zúčastnil minister.", "cp1257", "fffd"),
]


@pytest.mark.parametrize(("sentence", "codepage", "loss"), PAIR_CASES)
def test_lost_letters_are_chosen_by_letter_pairs(sentence: str, codepage: str, loss: str) -> None:
    garbled = garble(sentence, codepage, loss)
    assert garbled != sentence
    assert repair_text(garbled)[0] == sentence
    # Negative control: the correct sentence is left alone.
    assert repair_text(sentence) == (sentence, [])


def test_a_reading_that_makes_a_known_word_wins() -> None:
    # М, П and Н all fit; letter pairs alone favour П before о, the word list knows Москва.
    choices, _ = best_word(" ?осква ", {1: ("М", "П", "Н")}, {"ru": 1.0})
    assert choices == {1: "М"}


def test_words_of_a_language_are_listed() -> None:
    assert "москва" in known_words("ru") and "για" in known_words("el")
    assert all(not w.isascii() for w in known_words("fr"))
    # The commonest words come with their frequency (Zipf: log10 of uses per billion).
    assert word_frequencies("el")["ο"] > word_frequencies("el")["ότι"] > 5
    assert "сотрудничестве" in known_words("ru") and "thỏa" in known_words("vi")


def test_latin_1_wins_a_tie_when_no_c1_byte_survives() -> None:
    # Cyrillic read as Latin-1, C1 range stripped: р, с, т … (D1 80-8F) lost their second
    # byte. windows-1252 would have kept most of them (Ñ€ for р), so Latin-1's 32 lost
    # bytes are the candidates, not windows-1252's five.
    sentence = "Новая программа обмена студентами."
    garbled = garble(sentence, "latin-1", "drop")
    assert "€" not in garbled
    assert repair_text(garbled)[0] == sentence
    assert _preference("latin-1", c1_shown=False) < _preference("cp1252", c1_shown=False)
    assert _preference("latin-1", c1_shown=True) > _preference("cp1252", c1_shown=True)


def test_one_lost_letter_in_a_line_stays_a_replacement_character() -> None:
    """One U+FFFD may have been in the source; ftfy keeps it (``Sloven�ina`` in its own
    cases), and so do we in a short line. Two restored letters in the line (above) are
    the page's, and so is one inside a word of a sentence (below)."""
    garbled = garble("Delegácia pricestovala do Bratislavy.", "cp1257", "fffd")
    assert garbled.count("\ufffd") == 1
    assert repair_text(garbled)[0] == "Deleg\ufffdcia pricestovala do Bratislavy."


def test_one_lost_letter_inside_a_word_of_a_sentence_is_restored() -> None:
    """A sentence whose other letters went through windows-1252 explains its one U+FFFD
    (č is C4 8D, and 0x8D is undefined) as the page's lost byte; a short line keeps it."""
    sentence = "Ministr uvedl, že jednání o smlouvě pokračují v Brně i v Praze."
    garbled = garble(sentence, "cp1252", "fffd")
    assert garbled.count("\ufffd") == 1
    assert repair_text(garbled)[0] == sentence
    # Controls: the same word in a two-word line stays U+FFFD; correct text stays.
    short = garble("Jednání pokračují.", "cp1252", "fffd")
    assert repair_text(short)[0] == "Jednání pokra\ufffdují."
    assert repair_text(sentence) == (sentence, [])


def test_a_clear_reading_of_the_untouched_line_beats_ftfy_on_a_tie() -> None:
    """ftfy repairs what survived and leaves ``подпиÑали``, hiding which bytes the page
    lost; read after it, Latin-1's lost bytes offer т too. The untouched line shows
    windows-1252, whose lost bytes offer с, not т."""
    sentence = "Министры подписали протокол о сотрудничестве."
    garbled = garble(sentence, "cp1252", "drop")
    assert repair_text(garbled)[0] == sentence
    # Control: the correct sentence is left alone.
    assert repair_text(sentence) == (sentence, [])


def test_a_lead_byte_alone_in_capitals_is_repaired_when_the_language_objects() -> None:
    """Á is C3 81 and windows-1252 drops 0x81: ``ÃLLAMVASUTAK`` keeps its lead byte
    only, and capitals around it look like nothing. The line's other letters (ú, á, ő)
    say Hungarian, which has Á and not Ã."""
    sentence = "A MAGYAR ÁLLAMVASUTAK új vonatokat vásárol a következő években."
    garbled = garble(sentence, "cp1252", "drop")
    assert "ÃLLAMVASUTAK" in garbled
    assert repair_text(garbled)[0] == sentence
    # Controls: correct text stays, and so does a Portuguese NÃO among Portuguese words.
    assert repair_text(sentence) == (sentence, [])
    portuguese = "O presidente disse NÃO à proposta, e a ÉPOCA concordou."
    assert repair_text(portuguese) == (portuguese, [])


def test_a_stretch_shared_with_listed_words_backs_a_guess() -> None:
    """windows-874 drops the 0x9C of М (D0 9C): К (D0 9A) fits too, and letter pairs
    alone favour ``Ки``; the runs ``мини`` and ``инис`` of listed words say М."""
    sentence = "Министерство иностранных дел сообщило о переговорах."
    garbled = "Officials said on Tuesday: " + garble(sentence, "cp874", "drop")
    assert repair_text(garbled)[0] == "Officials said on Tuesday: " + sentence
    # Control: the correct sentence is left alone.
    assert repair_text(sentence) == (sentence, [])


def test_a_word_with_three_lost_letters_is_found_in_the_word_list() -> None:
    """windows-874 drops D1 81-8F: each of с, т and я in ``сентябре`` keeps only its lead
    byte, and nineteen letters fit each place (6,859 readings). The word list is searched
    with the word as a pattern, and its reading wins over the letter pairs' ``сентубре``."""
    options = lost_byte_options(0xD1, "cp874")
    assert len(options) ** 3 > 4096
    choices, _ = best_word(" ?ен??бре ", dict.fromkeys((1, 4, 5), options), {"ru": 1.0})
    assert choices == {1: "с", 4: "т", 5: "я"}


def test_a_replacement_character_before_a_space_is_not_a_no_break_space() -> None:
    """U+FFFD stands for a byte the page leaves undefined; every page defines 0xA0, so
    the space after ``Ο`` (CE 9F, 0x9F undefined in windows-1257) is a real one and the
    span ends before it. A dropped byte before a space may still be the no-break space."""
    cp = codepage("cp1257")
    replaced = find_spans("Ī\ufffd υπουργός", cp)[0]
    assert replaced.end == 2 and "Ο" in replaced.options and "Π" not in replaced.options
    dropped = find_spans("Ī υπουργός", cp)[0]
    assert "Π" in dropped.options  # CE A0, its no-break space flattened into the space


def test_latin_1_is_ruled_out_where_windows_1252_shows_a_c1_byte() -> None:
    """``Ä‘`` (đ, C4 91) shows 0x91 as windows-1252's ‘: a page that stripped the C1
    range would have lost it. After ftfy, which hides that, Latin-1's lost bytes would
    offer ị (E1 BB 8B) for ``vá»``; windows-1252 only drops 0x81, 0x8D, 0x8F, 0x90, 0x9D."""
    sentence = "Hai bên đã trao đổi ý kiến về du lịch."
    assert "latin-1" not in pages_the_bytes_allow(garble(sentence, "cp1252", "drop"))
    assert "latin-1" in pages_the_bytes_allow(garble(sentence, "latin-1", "drop"))
    after_ftfy = "Hai nước sẽ hợp tác vá» giáo dục và y tế."

    def offered(pages: tuple[str, ...]) -> set[str]:
        return {o.strip() for u in select_units(after_ftfy, pages=pages) for s in u.spans for o in s.options}

    assert "ị" in offered(REPAIR_PAGES)
    assert "ị" not in offered(tuple(p for p in REPAIR_PAGES if p != "latin-1"))
    assert repair_mojibake(after_ftfy)[0] == "Hai nước sẽ hợp tác về giáo dục và y tế."


def test_of_two_readings_that_are_words_the_commoner_wins() -> None:
    """windows-874 drops the second byte of Ο (CE 9F); Κ (CE 9A) fits as well, and both
    ``οι`` and ``κι`` are Greek words: the commoner, ``οι``, wins."""
    capitals = tuple(c for c in lost_byte_options(0xCE, "cp874") if c.isupper())
    assert {"Ο", "Κ"} <= set(capitals)
    assert word_frequencies("el")["οι"] > word_frequencies("el")["κι"]
    choices, _ = best_word(" ?ι ", {1: capitals}, {"el": 1.0})
    assert choices == {1: "Ο"}
    sentence = "Οι δύο πλευρές συμφώνησαν να συνεχίσουν τις συνομιλίες."
    garbled = "Officials said: " + garble(sentence, "cp874", "drop")
    assert repair_text(garbled)[0] == "Officials said: " + sentence
    assert repair_text(sentence) == (sentence, [])


def test_a_listed_word_with_a_letter_the_pairs_never_saw_wins() -> None:
    """ỏ is E1 BB 8F and windows-1253 leaves 0x8F undefined: ờ (E1 BB 9D) fits too. The
    short lists behind the letter pairs hold no ỏ, but ``thỏa`` is a common Vietnamese
    word, and it wins over ``thờa``, which is none."""
    assert "thỏa" in known_words("vi") and "thờa" not in known_words("vi")
    sentence = "Hai bên sẽ ký thỏa thuận mới vào tháng sau tại Hà Nội."
    garbled = garble(sentence, "cp1253", "drop")
    assert "thα»a" in garbled
    assert repair_text(garbled)[0] == sentence
    assert repair_text(sentence) == (sentence, [])


def test_greek_words_from_the_frequency_list_end_in_final_sigma() -> None:
    """wordfreq case-folds ς to σ; the list puts the final form back (``συνομιλίες``)."""
    assert "συνομιλίες" in known_words("el") and "συνομιλίεσ" not in known_words("el")


def test_a_no_break_space_inside_a_word_after_a_lead_byte_is_repaired() -> None:
    """à is C3 A0: windows-1252 shows ``HÃ\xa0n`` for ``Hàn``. A no-break space between
    a lead byte and a letter is mojibake-like, so the span is repaired even where a
    U+FFFD elsewhere sends the line past ftfy. A no-break space after a correct word
    stays."""
    sentence = "Đại sứ Hàn Quốc nói về kế hoạch hợp tác trong năm tới."
    garbled = garble(sentence, "cp1252", "fffd")
    assert "HÃ\xa0n" in garbled and "\ufffd" in garbled
    assert repair_text(garbled)[0] == sentence
    for correct in (sentence, "Gdańsk\xa0i Łódź\xa0są blisko.", "CAFÉ\xa0NOIR à São\xa0Paulo."):
        assert repair_text(correct) == (correct, [])


def test_a_lost_letter_before_a_space_makes_a_listed_word() -> None:
    """Ο is CE 9F and windows-874 drops 0x9F: ``ฮ `` before a space may be Ν (CE 9D)
    keeping the space, Ο too, or Π (CE A0) whose no-break space became the space and
    joins ``Ππρόεδρος``. Read as the words they make, only ``ο`` is listed (and commoner
    than any rival), so the article stands; letter pairs alone said Ν."""
    sentence = "Ο πρόεδρος επισκέφθηκε τη Λευκωσία την Τρίτη."
    garbled = garble(sentence, "cp874", "drop")
    assert garbled.startswith("ฮ ")
    assert repair_text(garbled)[0] == sentence
    assert repair_text(sentence) == (sentence, [])


def test_a_letter_whose_no_break_space_became_a_space_joins_the_next_word() -> None:
    """Р is D0 A0: ``Ð `` is Р whose no-break space became a space, or А (D0 90) before
    a real space. ``а`` is a commoner word than ``русский``, but it would leave
    ``усский``, which is none: the joined reading wins. The label still keeps ftfy's
    U+FFFD through the decode stage (its own case): the word list picks the letter,
    it does not vouch for it."""
    label = "Ð ÑƒÑ\ufffdÑ\ufffdÐºÐ¸Ð¹"
    assert repair_mojibake(label)[0] == "Русский"
    assert repair_text(label)[0] == "Ру\ufffd\ufffdкий"
