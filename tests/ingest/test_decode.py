"""The decode stage: bytes → text (BOM, declared charset, UTF-8, charset-normalizer),
binary and empty inputs rejected, repairs recorded."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from accords.errors import InputRejected
from accords.ingest.charset_evidence import reading_score
from accords.ingest.decode import DecodedText, decode_bytes, sniff_charset
from accords.model import Repair

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "eval" / "dev" / "articles" / "seed-hu-ru-moscow-talks.txt"

RUSSIAN = (
    "Министры иностранных дел двух стран встретились во вторник в Москве. Они обсудили "
    "торговлю, энергетику и научное сотрудничество, а также подготовку к следующему "
    "заседанию межправительственной комиссии. По словам министра, стороны договорились "
    "расширить обмен студентами."
)
POLISH = (
    "Minister spraw zagranicznych spotkał się z delegacją z Wilna. Rozmowy dotyczyły "
    "współpracy gospodarczej, żeglugi śródlądowej i wymiany studentów."
)


def non_ascii(text: str) -> int:
    return sum(1 for c in text if not c.isascii())


# --- byte-order marks ------------------------------------------------------------------


def test_utf8_bom_is_read_and_dropped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + "Péter Szijjártó".encode())
    assert decoded == DecodedText("Péter Szijjártó", "utf-8", [])


@pytest.mark.parametrize(
    ("codec", "expected_encoding"),
    [("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le")],
)
def test_utf16_and_utf32_with_bom(codec: str, expected_encoding: str) -> None:
    text = "Москва и Будапешт: “protocol” signed"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == expected_encoding


def test_utf16_without_bom_is_not_mistaken_for_text() -> None:
    """NUL bytes without a BOM: we do not guess, we reject (and say why)."""
    with pytest.raises(InputRejected, match="binary"):
        decode_bytes("Budapest and Moscow".encode("utf-16-le"))


# --- declared charsets ---------------------------------------------------------------


def test_declared_charset_is_used_and_is_no_repair() -> None:
    text = "Москва и Будапешт подписали протокол."
    decoded = decode_bytes(text.encode("cp1251"), declared="windows-1251")
    assert decoded == DecodedText(text, "cp1251", [])


def test_declared_single_byte_charset_loses_to_valid_utf8() -> None:
    """A server saying ISO-8859-1 over UTF-8 bytes is the commonest charset lie."""
    text = "Talks in Łódź ended."
    decoded = decode_bytes(text.encode("utf-8"), declared="ISO-8859-1")
    assert decoded.text == text
    assert decoded.encoding == "utf-8"
    # Ł, ó and ź are the 3 characters that reading as ISO-8859-1 would have garbled.
    assert decoded.repairs == [
        Repair("charset:utf-8", 3, "declared ISO-8859-1, but the bytes are UTF-8")
    ]


def test_declared_utf8_that_is_not_falls_through_to_detection() -> None:
    decoded = decode_bytes(RUSSIAN.encode("cp1251"), declared="utf-8")
    assert decoded.text == RUSSIAN
    assert decoded.encoding == "cp1251"


def test_unknown_declared_label_is_ignored() -> None:
    text = "Szijjártó met Lavrov."
    decoded = decode_bytes(text.encode(), declared="x-no-such-charset")
    assert decoded == DecodedText(text, "utf-8", [])


@pytest.mark.parametrize(
    "head",
    [
        b'<html><head><meta charset="windows-1250"><title>t</title></head>',
        b"<html><head><META HTTP-EQUIV='Content-Type' "
        b"CONTENT='text/html; charset=windows-1250'></head>",
        b'<?xml version="1.0" encoding="windows-1250"?><html><head></head>',
    ],
)
def test_html_declares_its_charset_in_meta(head: bytes) -> None:
    data = head + b"<body><p>" + POLISH.encode("cp1250") + b"</p></body></html>"
    decoded = decode_bytes(data, is_html=True)
    assert POLISH in decoded.text
    assert decoded.encoding == "cp1250"
    assert decoded.repairs == []


def test_meta_is_only_read_for_html() -> None:
    assert sniff_charset(b'<meta charset="koi8-r">') == "koi8-r"
    data = b'<meta charset="koi8-r"> ' + "Szijjártó".encode()
    assert decode_bytes(data).text.endswith("Szijjártó")  # not KOI8-R mojibake


def test_http_header_beats_meta() -> None:
    text = "Москва и Будапешт"
    data = b'<html><head><meta charset="windows-1250"></head><body>' + text.encode("cp1251")
    decoded = decode_bytes(data, declared="windows-1251", is_html=True)
    assert text in decoded.text
    assert decoded.encoding == "cp1251"


# --- UTF-8 first, then charset-normalizer ------------------------------------------------


@pytest.mark.parametrize("text", ["Ça coûte 2×3 € — ok", "ประเทศไทย", "Ελλάδα", "ok"])
def test_valid_utf8_is_not_second_guessed(text: str) -> None:
    decoded = decode_bytes(text.encode())
    assert decoded == DecodedText(text, "utf-8", [])


def test_cp1251_is_detected_by_charset_normalizer() -> None:
    decoded = decode_bytes(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN
    assert decoded.encoding == "cp1251"
    assert decoded.repairs == [
        Repair("charset:cp1251", non_ascii(RUSSIAN), "guessed by charset-normalizer")
    ]


def test_cp1250_is_detected_by_charset_normalizer() -> None:
    decoded = decode_bytes(POLISH.encode("cp1250"))
    assert decoded.text == POLISH
    assert decoded.encoding == "cp1250"
    assert [r.kind for r in decoded.repairs] == ["charset:cp1250"]


# --- rejected inputs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml", "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip data"),
    ],
)
def test_binary_formats_are_rejected_by_signature(data: bytes, kind: str) -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(data, source="inbox/report.bin")
    assert caught.value.reason == f"binary data ({kind}), not text"
    assert caught.value.source == "inbox/report.bin"


@pytest.mark.parametrize(
    "data",
    [
        b"Moscow talks\x00\x00\x00\x01\x02 continued",  # NUL bytes
        bytes(range(1, 32)) * 8 + b"some text",  # mostly control characters
    ],
)
def test_unknown_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(data)
    assert caught.value.reason == "binary data, not text"


def test_text_with_tabs_form_feeds_and_escapes_is_not_binary() -> None:
    text = "Column\tValue\nTrade\t12\f\n"
    assert decode_bytes(text.encode()).text == text


def test_empty_input_is_rejected() -> None:
    with pytest.raises(InputRejected) as caught:
        decode_bytes(b"", source="empty.txt")
    assert (caught.value.source, caught.value.reason) == ("empty.txt", "empty file")


# --- repairs after decoding --------------------------------------------------------------


def test_decoded_text_is_repaired_and_repairs_are_counted() -> None:
    # "Gábor met Péter." once read as windows-874: á → รก, é → รฉ.
    decoded = decode_bytes("Gรกbor met Pรฉter.".encode())
    assert decoded.text == "Gábor met Péter."
    assert decoded.encoding == "utf-8"
    assert decoded.repairs == [Repair("mojibake:cp874", 2)]  # á and é


def test_ftfy_repair_is_recorded() -> None:
    decoded = decode_bytes("PÃ©ter SzijjÃ¡rtÃ³ arrived.".encode())
    assert decoded.text == "Péter Szijjártó arrived."
    assert decoded.repairs == [Repair("ftfy", 3)]  # é, á, ó


def test_seed_article_is_repaired() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED.resolve()} (../shared is absent)")
    data = SEED.read_bytes()
    decoded = decode_bytes(data)
    text = decoded.text
    for expected in (
        "Gábor Nagy",
        "Péter Szijjártó",
        "Viktor Orbán’s",
        "“Work continues",
        "meeting,” Nagy",
        "science—these",
    ):
        assert expected in text
    assert not any("\u0e00" <= c <= "\u0e7f" for c in text)
    # The correct “ already there stays, and every garbled one (โ€œ) becomes one more.
    original = data.decode("utf-8")
    assert text.count("“") == original.count("“") + original.count("โ€œ")
    assert [r.kind for r in decoded.repairs] == ["mojibake:cp874"]


# --- short single-byte texts: charset-normalizer's candidates re-scored -----------------

#: Short sentences written for these tests, each with the code page it is saved in.
SHORT_TEXTS: list[tuple[str, str]] = [
    ("Le président a signé l'accord à Dakar.", "latin-1"),
    ("Le ministre a évoqué une coopération très étroite avec le Sénégal.", "latin-1"),
    ("Les sœurs ont reçu l’invitation à Genève.", "cp1252"),
    ("Noël à Paris: où est passé le maïs?", "cp1252"),
    ("Die Außenminister trafen sich in Köln, um über Zölle zu sprechen.", "latin-1"),
    ("Größere Flüsse: Straße gesperrt.", "latin-1"),
    ("El señor García habló con la ministra sobre la política pesquera.", "latin-1"),
    ("¿Qué opinión tienen los niños?", "latin-1"),
    ("A comissão aprovou as negociações em São Paulo.", "latin-1"),
    ("Il governo ha approvato la riforma più attesa dell'anno, così si è detto.", "latin-1"),
    ("Regeringen præsenterede i går en ny plan for grøn energi på Fyn.", "latin-1"),
    ("Regeringen föreslår att skatten på bensin sänks från och med årsskiftet.", "latin-1"),
    ("Ríkisstjórnin kynnti í gær nýja áætlun um þjóðvegi.", "latin-1"),
    ("Premier spotkał się w Łodzi z przedstawicielami związków zawodowych.", "cp1250"),
    ("Předseda vlády řekl, že jednání budou pokračovat příští týden.", "cp1250"),
    ("Predseda parlamentu sa v piatok stretol so zástupcami odborov v Žiline.", "cp1250"),
    ("A külügyminiszter szerdán Győrben tárgyalt a szlovák küldöttséggel.", "cp1250"),
    ("Vlada je u četvrtak održala sjednicu o proračunu.", "cp1250"),
    ("Guvernul a aprobat bugetul în şedinţa de marţi.", "cp1250"),
    ("Правительство утвердило новый бюджет на следующий год.", "cp1251"),
    ("Уряд ухвалив нову програму підтримки фермерів.", "cp1251"),
    ("Министърът на външните работи пристигна в София в сряда.", "cp1251"),
    ("Мэр Санкт-Петербурга объявил о ремонте мостов.", "koi8-r"),
    ("Київська міська рада ухвалила бюджет на наступний рік.", "koi8-u"),
    ("Cumhurbaşkanı yarın İzmir'de işçilerle görüşecek.", "cp1254"),
    ("Türkiye ile Yunanistan arasındaki görüşmeler Ankara'da sürdü.", "cp1254"),
    ("Bakan, İstanbul'daki toplantıda ekonomik işbirliğini övdü.", "cp1254"),
    ("Lietuvos užsienio reikalų ministras lankėsi Rygoje.", "cp1257"),
    ("Vyriausybė pritarė naujam švietimo įstatymui, o Seimas jį svarstys rudenį.", "cp1257"),
    ("Rīgas domes deputāti ceturtdien lēma par jauna tilta būvniecību pār Daugavu.", "cp1257"),
    ("Tallinna linnavalitsus kiitis teisipäeval heaks uue ühistranspordi kava.", "cp1257"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "cp1253"),
    ("Ο πρωθυπουργός συναντήθηκε με τον Άγγλο ομόλογό του.", "iso8859-7"),
    ("รัฐบาลไทยประกาศแผนเศรษฐกิจใหม่ในวันอังคาร", "cp874"),
    ("הממשלה אישרה את התקציב החדש ביום שלישי.", "cp1255"),
    ("وافقت الحكومة على الميزانية الجديدة يوم الثلاثاء.", "cp1256"),
]


@pytest.mark.parametrize(("text", "codec"), SHORT_TEXTS)
def test_short_single_byte_text_decodes_back_exactly(text: str, codec: str) -> None:
    data = text.encode(codec)
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert data.decode(decoded.encoding) == text  # the code page named reads the same
    assert [r.kind for r in decoded.repairs] == [f"charset:{decoded.encoding}"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Le président a signé l'accord à Dakar.", "latin-1", "cp1257"),
        ("Le président a signé l'accord à Dakar.", "latin-1", "cp775"),
        ("Le président a signé l'accord à Dakar.", "latin-1", "cp1250"),
        ("Le ministre a évoqué une coopération très étroite avec le Sénégal.", "cp1252", "cp1250"),
        ("El señor García habló con la ministra sobre la política pesquera.", "latin-1", "cp1250"),
        (
            "Premier spotkał się w Łodzi z przedstawicielami związków zawodowych.",
            "cp1250",
            "cp1252",
        ),
        ("Předseda vlády řekl, že jednání budou pokračovat příští týden.", "cp1250", "cp1252"),
        ("Cumhurbaşkanı yarın İzmir'de işçilerle görüşecek.", "cp1254", "cp1252"),
        ("Regeringen præsenterede i går en ny plan for grøn energi på Fyn.", "latin-1", "cp1257"),
        ("Lietuvos užsienio reikalų ministras lankėsi Rygoje.", "cp1257", "latin-1"),
        (
            "Rīgas domes deputāti ceturtdien lēma par jauna tilta būvniecību pār Daugavu.",
            "cp1257",
            "cp1252",
        ),
        ("Правительство утвердило новый бюджет на следующий год.", "cp1251", "koi8-r"),
        ("Мэр Санкт-Петербурга объявил о ремонте мостов.", "koi8-r", "cp1251"),
    ],
)
def test_confusable_code_pages_are_told_apart(text: str, right: str, wrong: str) -> None:
    """Both code pages decode the bytes; only the right one gives the text back."""
    data = text.encode(right)
    assert data.decode(wrong) != text  # the pair is truly confusable ...
    decoded = decode_bytes(data)
    assert decoded.text == text  # ... and the evidence picks the right reading
    assert data.decode(decoded.encoding) == text


def test_latin1_french_is_not_read_as_a_baltic_code_page() -> None:
    """The issue's example: ``prķsident``, ``signķ`` and ``Ó`` are no French."""
    data = "Le président a signé l'accord à Dakar.".encode("latin-1")
    decoded = decode_bytes(data)
    assert decoded.text == "Le président a signé l'accord à Dakar."
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Le président a signé l'accord à Dakar.",
        "Cumhurbaşkanı yarın İzmir'de görüşecek.",
        "Правительство утвердило бюджет.",
        "The minister signed the agreement in Dakar.",
    ],
)
def test_utf8_and_ascii_short_texts_are_unchanged(text: str) -> None:
    assert decode_bytes(text.encode()) == DecodedText(text, "utf-8", [])


def test_reading_score_prefers_one_language_and_plain_signs() -> None:
    french = "Le président a signé l'accord à Dakar."
    assert reading_score(french) > reading_score("Le prķsident a signķ l'accord Ó Dakar.")
    assert reading_score(french) > reading_score("Le pr¦sident a sign¦ l'accord ¤ Dakar.")
    assert reading_score("Prix : 20 € — « cher »") > reading_score(
        "Prix : 20 \x80 \x97 \xab cher \xbb"
    )
    # One word in two scripts (Latin and Cyrillic) reads worse than either script alone.
    assert reading_score("Москва") > reading_score("Mосквa")
