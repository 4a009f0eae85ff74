"""A generator of mojibake as real pages produce it, for tests and ``bench/mojibake.py``.

Correct sentences (written for this project) are encoded as UTF-8 and decoded with a
single-byte code page, the way a server or browser that guessed the wrong charset does.
Bytes the code page leaves undefined are handled as real software handles them: passed
through as C1 control characters (browsers, for windows-125x), dropped, replaced by
U+FFFD, or decoded with windows-1252 instead (what the seed article shows for
windows-874). The garbled sentence is embedded in correct English text, since real
pages mix both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

CODEPAGES: tuple[str, ...] = (
    "cp874",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1257",
    "latin-1",
)

#: How bytes undefined in the code page end up in the text.
LOSS_MODES: tuple[str, ...] = ("c1", "drop", "fffd", "cp1252")

#: Correct sentences, by language. Written for Accords; not quoted from anywhere.
SENTENCES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Le ministre a présenté un communiqué sur la coopération énergétique avec Hanoï.",
        "Les délégations se sont réunies à Genève pour préparer l’accord sur la santé.",
        "Ça dépendra surtout des échanges économiques, a déclaré l’Élysée mardi.",
    ),
    "hu": (
        "A két küldöttség őszi ülésén együttműködési megállapodást írnak alá.",
        "Szijjártó Péter szerint a kétoldalú kereskedelem tavaly jelentősen bővült.",
        "Az Északi-középhegység és a Dél-Alföld egyetemei közös ösztöndíjat indítanak.",
        "Az ÁLLAMI BIZOTTSÁG ŐSZI ÜLÉSE Győrben lesz.",
    ),
    "pl": (
        "Minister spraw zagranicznych podpisał w Wilnie porozumienie o współpracy.",
        "Delegacje omówiły także budowę mostu i rozwój żeglugi śródlądowej.",
        "Łódź i Gdańsk zacieśnią współpracę z partnerami z Litwy w dziedzinie nauki.",
        "Śląsk, Żywiec i Źródła Wisły są na trasie wizyty.",
    ),
    "cs": (
        "Česká a slovenská vláda se dohodly na společném postupu v energetice.",
        "Ministr zahraničí uvedl, že příští zasedání smíšené komise proběhne v Brně.",
        "Dohoda o vědecké spolupráci byla podepsána v Ústí za účasti obou předsedů.",
        "Řecko a Ďáblice se v textu objevují jen náhodou, říká tiskový mluvčí.",
    ),
    "tr": (
        "Türkiye ile Azerbaycan arasında enerji işbirliği anlaşması imzalandı.",
        "Dışişleri Bakanı, iki ülkenin ticaret hacminin artacağını söyledi.",
        "İstanbul’da düzenlenen toplantıya Güney Kore’den büyük bir heyet katıldı.",
        "ŞANLIURFA ve ÇANAKKALE ortak bir GÖÇ programı açıkladı.",
    ),
    "de": (
        "Die Außenminister Österreichs und Ungarns unterzeichneten ein Abkommen.",
        "Künftig sollen Studierende beider Länder gemeinsame Projekte durchführen.",
        "Der Ausschuss tagt im Frühjahr in München, hieß es aus dem Ministerium.",
    ),
    "ru": (
        "Москва и Будапешт подписали соглашение о сотрудничестве в здравоохранении.",
        "Межправительственная комиссия соберётся осенью, сообщил министр.",
        "Армения и Россия обсудили поставки энергоносителей и научный обмен.",
        "Новая программа обмена студентами начнётся в сентябре.",
    ),
    "el": (
        "Η Ελλάδα και η Κύπρος υπέγραψαν μνημόνιο συνεργασίας για την ενέργεια.",
        "Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του στην Αθήνα.",
        "Οι δύο χώρες θα ενισχύσουν τη ναυτιλιακή και τουριστική συνεργασία.",
    ),
    "es": (
        "El ministro firmó un acuerdo de cooperación científica con Perú.",
        "Según el comunicado, la próxima reunión tendrá lugar en Bogotá en otoño.",
        "¿Habrá inversión española en la energía solar? Aún no está claro.",
    ),
    "vi": (
        "Việt Nam và Hàn Quốc ký kết thỏa thuận hợp tác về giáo dục và y tế.",
        "Bộ trưởng Ngoại giao cho biết hai nước sẽ tăng cường thương mại.",
        "Đoàn đại biểu Nhật Bản đã thăm Hà Nội vào tuần trước.",
    ),
    "en": (
        "The minister called the talks “constructive” — a word she rarely uses.",
        "It’s the first agreement since 2019 – and, officials say, not the last…",
        "“We are ready,” the envoy said; the programme covers trade and science.",
    ),
    "ro": ("Președintele a semnat un acord de cooperare în domeniul științei.",),
    "lt": ("Lietuvos ir Lenkijos užsienio reikalų ministrai aptarė energetikos projektus.",),
    "lv": ("Latvijas un Igaunijas valdības vienojās par kopīgu dzelzceļa projektu.",),
    "pt": ("O acordo prevê a criação de uma comissão conjunta em São Paulo e Brasília.",),
}

#: Correct text that looks a little like mojibake and must come back unchanged.
UNTOUCHABLE: tuple[str, ...] = (
    "ประเทศไทยและรัสเซียลงนามข้อตกลงความร่วมมือด้านการศึกษา",
    "นี่เป็นครั้งแรกที่เธอไปกับคณะผู้แทน",
    "Москва и Будапешт договорились: «Я поддерживаю», сказал Пётр Иванов.",
    "Проект назван «ЗАРЯ» — в честь рассвета.",
    "Η Αθήνα φιλοξενεί τη σύνοδο «Ευρώπη–Ασία» για το εμπόριο.",
    "ΜΈΣΑ ΣΤΗΝ ΑΘΉΝΑ ΟΙ ΥΠΟΥΡΓΟΊ ΣΥΜΦΏΝΗΣΑΝ.",
    "İki ülke Şubat ayında Ankara’da görüşecek; ÇIĞ riski konuşulmadı.",
    "Żółta łódź płynęła do Łeby, a Ćwierć Świata czekał na Źródle.",
    "Příští týden: Ďáblice, Řím, Ústí — a také Čína.",
    "Le pâtissier a goûté la crème brûlée à Noël; ça coûte 2×3 euros.",
    "São Paulo, NÃO e Ærø: Ölçek “ölçü” ’s Årsta.",
    "Müller sagte: „Das Abkommen ist gut“ — Ärger gab es nicht.",
    "Kyiv’s mayor said “yes” – twice… then left at 10°C ± 2.",
    "A lone â, a correct é, an em dash — and quotes ‘like this’.",
)


@dataclass(frozen=True)
class Case:
    """One garbled text and the correct text it should be repaired to."""

    lang: str
    codepage: str
    loss: str
    garbled: str
    correct: str


def _undefined_char(byte: int, codepage: str, loss: str) -> str:
    """What a byte the code page leaves undefined becomes, under one loss mode."""
    if loss == "c1":
        return chr(byte)
    if loss == "fffd":
        return "\ufffd"
    if loss == "cp1252":
        try:
            return bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            return ""
    return ""


def garble(text: str, codepage: str, loss: str) -> str:
    """Decode the UTF-8 bytes of ``text`` with ``codepage``, losing bytes as ``loss`` says.

    For latin-1, the C1 range 0x80-0x9F counts as undefined: "c1" is plain latin-1
    decoding, "drop" is what is left when something strips the control characters.
    """
    out: list[str] = []
    for byte in text.encode("utf-8"):
        if byte < 0x80:
            out.append(chr(byte))
        elif codepage == "latin-1" and byte < 0xA0:
            out.append(_undefined_char(byte, codepage, loss))
        else:
            try:
                out.append(bytes([byte]).decode(codepage))
            except UnicodeDecodeError:
                out.append(_undefined_char(byte, codepage, loss))
    return "".join(out)


#: Correct English around the garbled sentence; the second also holds correct
#: curly quotes, as the seed article does.
WRAPPERS: tuple[tuple[str, str], ...] = (
    ("Officials said on Tuesday: ", " The next round is due in May."),
    ("The ministry’s statement read, in part: ", " “We expect progress,” a spokesman added."),
)


def cases() -> Iterator[Case]:
    """Every sentence x code page x loss mode whose garbling changes it, wrapped in English."""
    for lang, sentences in SENTENCES.items():
        for index, sentence in enumerate(sentences):
            before, after = WRAPPERS[index % len(WRAPPERS)]
            correct = before + sentence + after
            for codepage in CODEPAGES:
                seen: set[str] = set()
                for loss in LOSS_MODES:
                    if codepage == "cp1252" and loss == "cp1252":
                        continue
                    garbled = before + garble(sentence, codepage, loss) + after
                    if garbled == correct or garbled in seen:
                        continue
                    seen.add(garbled)
                    yield Case(lang, codepage, loss, garbled, correct)
