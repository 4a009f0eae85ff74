"""Statements: direct quotes with their speaker.

A quote is text between quotation marks of any typographic kind (“…”, "…", „…“, «…»,
‘…’, '…' (an apostrophe inside a word does not close it), a curly quote whose
paragraph ends unclosed, and a paragraph that closes one it never opened) of at least
``MIN_WORDS`` words
(shorter ones are names or scare quotes); a quote in title case or capitals is a title,
not speech. Its speaker is named by the attribution next to it:

- after the quote: “…,” Nagy noted / “…,” said the minister / “…,” the Kenyan president said;
- before it in the same sentence: X said: “…” / X told reporters that “…” / X said the
  talks were “…” (a quote inside indirect speech) / according to X, “…”;
- a participle going on from the same speaker: …, adding that “…” / …, saying “…”;
- inside the indirect speech of the first person a sentence names, who speaks after being
  named: X did not rule it out, but said investment would “…” (not when another source
  is cited: according to the ministry, “…”);
- a paragraph that is all quote and has no attribution: the one who spoke in the paragraph
  before, unless that paragraph itself ends with a quote (then it goes on with that quote
  and is not a statement of its own).
- a turn of a transcript ("Director-General, Mr A B: The talks …"): the named person's
  words, in no quotation marks; a chair's greeting or closing is none.

A pronoun speaker ("he said") is the person last named as the subject of a sentence (else
last named at all) before the quote; an office ("the Kenyan president") is the person the
article names with that office, of that state; a style of address ("His Majesty") is the
person last named with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.extract import cues
from accords.extract.countries import find_countries
from accords.extract.people import (
    PersonMention,
    looks_like_name,
    names_a_commentator,
    opened_by_an_unnamed_commentator,
    unofficial,
)
from accords.names import same_person

MIN_WORDS = 5
QUOTE_WORDS = 8
#: A curly quote stays within its paragraph (a single line break may wrap it); straight,
#: mixed, low-high, guillemet and single-mark quotes stay on their line; a quote left open
#: at the end of its line is news style for a quote that runs on to the next paragraph
#: (which opens with a quote mark again: for straight marks, that is the sign).
_QUOTE = re.compile(
    r"“(?P<a>(?:[^“”\n]|\n(?![ \t]*\n))+)”"
    r"|[“\"](?P<b>[^“”\"\n]+)[”\"]"
    r"|„(?P<g>[^„“”\n]+)[“”]"
    r"|«\s*(?P<c>[^«»]+?)\s*»"
    r"|‘(?P<s>(?:[^‘’\n]|’(?=\w))+)’(?!\w)"
    r"|“(?P<d>[^“”\n]+)"
    r"|\"(?P<e>[^“”\"\n]+)(?=\n[ \t]*\n?[ \t]*[“\"])"
    r"|(?<![\w'’])'(?=[A-Za-z])(?P<t>(?:[^'\n]|'(?=\w))+?)(?<=\S)'(?!\w)"
    # a paragraph that closes a quote it never opened: the opening mark was dropped, and
    # the quote runs from the paragraph's start ("We had good ties,” he added.)
    r"|(?:(?<=\n)|^)(?P<u>[A-Z][^“”\"«»\n]{20,600}?)”(?!\w)"
)
_GROUPS = "abgcsdetu"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep)\.[ \t]+)?"
#: A word of a name: capitalised, or an article joined to it ("el-Sisi", "al-Sudani").
_NAME_WORD = r"(?:(?:al|el|ad|as|ash|ar|an|at|az)-)?[A-Z][\w’'\-]+"
#: Particles inside names, in lower case: "bin", "ibn", "da", "de", "van", "von", "al" …
_PARTICLE = r"(?:(?:bin|bint|ibn|al|el|da|de|do|dos|das|di|du|del|della|der|den|van|von|le|la)[ \t]+)?"
_NAME = (
    rf"{_HONORIFIC}(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLE}{_NAME_WORD}){{0,5}})"
)
#: After a quote a name may be wrapped onto the next line ("… Juhan\nTamm said").
_NAME_WRAPPED = (
    rf"{_HONORIFIC}(?P<name>{_NAME_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_PARTICLE}{_NAME_WORD}){{0,5}})"
)
_PRONOUN = r"(?P<pronoun>(?i:he|she))"
#: An adverb between a speaker and the verb: "he further wrote", "she later told".
_ADVERB = r"(?:(?i:also|further|then|later|again|once again|\w+ly)\s+)?"
#: An office named instead of a person: "the Kenyan president", "the foreign minister of Peru".
_OFFICE_WORDS = (
    r"prime minister|premier|president|vice[- ]president|chancellor|foreign minister|"
    r"minister|ambassador|king|queen|emir|sultan|spokes(?:man|woman|person)|envoy|governor|"
    r"secretary of state|secretary|leader|head of state"
)
_TITLE = (
    r"(?P<title>(?i:the)\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?"
    rf"(?:[a-z]+\s+)?(?i:{_OFFICE_WORDS})(?:\s+(?i:of)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)"
)


#: Verbs of speech beyond the shared list: a post on a social network is a statement too.
_MORE_SPEECH = (
    "tweeted",
    "tweets",
    "posted",
    "writes",
    "wrote on",
    "put it",
    "warned",
    "pledged",
    "vowed",
    "promised",
    "hailed",
    "welcomed",
    "praised",
    "called",  # "called France “a neighbour we …”": what she said it is
    "thanked",  # "thanked the Kingdom for a position that had been “…”"
    "described",
    "referred to",  # "referred to the treaty as “the house in which …”": what he called it
    "spoke of",  # "spoke of “a relationship that works …”": what she called it
    "replied",
    "answered",
    "responded",
    "saluted",  # "saluted “the spirit of …”": news translated from French, "a salué"
    "suggested",
    "proposed",
    "admitted",
    "predicted",
    # "was quoted (by the agency) as saying"
    r"(?:was|is) quoted(?: by (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})? as "
    r"(?:saying|affirming|stating|declaring)",
)


#: A source who would not be named: "on condition of anonymity", "asking not to be named",
#: "who declined to be identified".
_ANONYMITY = (
    r"\b(?:on condition of anonymity|requesting anonymity|"
    r"(?:ask|request)(?:ing|ed) not to be (?:named|identified)|"
    r"declin(?:ing|ed) to be (?:named|identified))\b"
)
#: The attribution after a quote goes on with it: "…,” he said, asking not to be named".
_ANONYMOUS = re.compile(rf"[^.;!?]{{0,60}}?{_ANONYMITY}", re.IGNORECASE)
#: A quote signed on the line below it, as press releases print them: a dash, the name,
#: perhaps its office, and the end of the line.
_SIGNED_BELOW = re.compile(rf"^[”\"’]?[ \t]*\n[ \t]*[–—-][ \t]*{_NAME}(?:,[^\n]{{0,120}})?[ \t]*(?:\n|$)")


def _speech() -> str:
    return "(?i:" + cues.compile_group((*cues.SPEECH_VERBS, *_MORE_SPEECH)).pattern + ")"


#: "Ana Ruiz, the head of the department, said"; "Ruiz — the country's top diplomat — said"
_APPOSED = r"(?:,[^,.;“”\"]{3,100},|\s+[—–]\s*[^—–.;“”\"]{3,100}?\s*[—–])?"
#: The state or body a named official belongs to, after the name: "President Ruto of Kenya".
_OF_WHOM = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?"
_WHO = rf"(?:{_PRONOUN}|{_TITLE}|{_NAME})"
#: "…,” Nagy noted", "….” Juhan Tamm, the head of the department, told the press".
#: An office in lower case before a name: "Chile's top diplomat", "Peruvian trade minister".
_LOWER_OFFICE = r"(?:[A-Z][\w’'-]+(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}?)"
#: An office set before the name by a comma: "said Chile's Minister of Mining, Ana Ruiz".
_OFFICE_THEN_COMMA = r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}['’]s\s+[^,.;“”\"]{3,80}?,\s*)"
_AFTER_NAME_VERB = re.compile(
    rf"^\s*[.,—–-]?\s*(?:{_PRONOUN}|{_TITLE}|{_LOWER_OFFICE}?{_NAME_WRAPPED}{_OF_WHOM})"
    rf"{_APPOSED}\s+"
    rf"{_ADVERB}(?:{_speech()})"
)
#: "…,” Chile's Minister of Mining, Ana Ruiz, said": the office first, set off by commas.
_AFTER_OFFICE_NAME_VERB = re.compile(
    rf"^\s*[,—–-]?\s*{_OFFICE_THEN_COMMA}{_NAME_WRAPPED},\s+{_ADVERB}(?:{_speech()})"
)
#: Between an inverted verb and its speaker: an adverbial set off by commas ("said, in the
#: opening act, Ana Ruiz") or whom it answered ("answered him Ruiz").
_AFTER_THE_VERB = r"(?:\s*,[^,.;“”\"]{1,40},|\s+(?i:him|her|them))?"
_AFTER_VERB_NAME = re.compile(
    rf"^\s*[,—–-]?\s*(?:{_speech()}){_AFTER_THE_VERB}\s+"
    rf"(?:(?i:the)\s+[\w\s’'-]{{0,60}}?,?\s*|{_OFFICE_THEN_COMMA})?{_NAME}"
)
_AFTER_VERB_TITLE = re.compile(rf"^\s*[,—–-]?\s*(?:{_speech()})\s+{_TITLE}")
#: The verb of saying in the passive, its speaker the agent: "it was declared by Mr A".
_PASSIVE_SAID_BY = (
    rf"(?i:it\s+)?(?i:was|were|has\s+been)\s+(?:{_speech()})\s+(?i:by)\s+"
    rf"(?:{_TITLE}|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_NAME})"
)
#: The passive after the quote: "…,” it was declared by Mr A".
_SAID_BY = re.compile(rf"^\s*[,—–-]?\s*{_PASSIVE_SAID_BY}")
#: What may follow a verb that attributes a finished sentence: an addressee, then the end.
_CLOSES = re.compile(r"(?:\s+[\w’'.-]+){0,5}?\s*(?:[.;]|$)")
#: A quote attributed right after it to something that is not a person ("…,” the ministry
#: said in a statement; "…,” state media reported).
_ATTRIBUTED = re.compile(
    r"^\s*[,—–-]?\s*(?:(?:[\w’'.-]+\s+){0,5}?(?i:ministry|office|government|embassy|agency|"
    r"statement|communiqu[eé]|report|newspaper|daily|media|channel|website|service|department|"
    r"palace|council|press|presidency|broadcaster|outlet|sources?|spokesperson's office|"
    rf"declaration|document|text)\s+{_ADVERB}(?:{_speech()})|(?:[\w’'.-]+\s+){{1,6}}?"
    r"(?i:reported|quoted|cited|wrote in)\b)"
)


#: Before the quote, in its sentence: "X said: …", "X told reporters that …", and a quote
#: inside indirect speech ("X said the talks were …").
_BEFORE = re.compile(
    # "Uganda's foreign minister, Jeje Odongo, said": the comma that closed an apposition
    rf"{_WHO}{_OF_WHOM}{_APPOSED},?\s+{_ADVERB}(?:{_speech()})[^.!?“”\"«»]{{0,150}}$"
)
#: A relative clause of saying on the name before it: "…, answered Ruiz, who added that
#: Lima counts on “…”", "led by Ana Ruiz, Minister of Labour, who welcomed “…”" (the
#: relative clause after an apposition is the name's).
_WHO_SAID = re.compile(
    # the apposition may list a portfolio's fields: "Minister of Trade, Industry and …"
    rf"(?:{_TITLE}|{_NAME})(?:,\s*(?:the\s+|a\s+)?[A-Z][^.;“”\"]{{2,140}}?)?,\s+who\s+"
    rf"{_ADVERB}(?:{_speech()})[^.!?“”\"«»,]{{0,150}}$"
)
#: The passive before the quote: "it was stressed by Ruiz that the talks were “…”".
_SAID_BY_BEFORE = re.compile(rf"{_PASSIVE_SAID_BY}[^.!?“”\"«»]{{0,150}}$")
_ACCORDING = re.compile(
    rf"(?i:according to)\s+(?:(?P<object>(?i:him|her))\b|{_TITLE}|{_NAME})[^.!?“”\"«»]{{0,100}}$"
)
#: A name and a colon, nothing else: "President Juma Mwakyusa: “…”".
#: "Ruiz: “…”", and with the question put to the speaker: "Ruiz, asked about the fund: “…”".
#: So is a list item's ("* Ruiz: “…”"), and one that says when or how the words were
#: spoken: "Ruiz, in her opening words: “…”", "Ruiz, speaking to reporters: “…”".
_NAMED_COLON = re.compile(
    rf"(?:^|\n)\s*(?:[*•·–-]\s+)?(?:{_TITLE}|{_NAME})"
    r"(?:,\s*(?:(?i:asked|questioned|pressed)\s+[^:“”\"]{1,100}?|"
    r"(?i:in|at|speaking|during|on)\s+[^:,“”\"]{1,50}?))?"
    r"\s*:\s*$"
)
#: A participle that goes on with the same speaker: "…, adding that “…”", "…, saying: “…”".
_PARTICIPLE = re.compile(
    r"(?:,|\band)\s*(?i:adding|saying|noting|stating|stressing|explaining|insisting|warning|"
    r"recalling|emphasi[sz]ing|underlining|underscoring|pointing out|telling [\w\s]{1,30}?)"
    r"(?:\s+that)?\s*[:,]?\s*$"
)


#: A second quote joined to the one before it in the sentence: 'said it "will …" and "…"'.
_AND_ANOTHER = re.compile(r"[”\"»’]\s*,?\s*(?:and|but)\s*$")


@dataclass
class StatementMention:
    start: int
    end: int
    speaker: str
    quote: str

    @property
    def quote_start(self) -> str:
        return " ".join(self.quote.split()[:QUOTE_WORDS])


#: Between the two halves of one quote: “…,” he said, “…”.
_INTERRUPTION = re.compile(
    # "…,” she said at a briefing afterwards, “…”: a few words of where or when may follow
    rf"^\s*,?\s*(?:{_PRONOUN}|{_TITLE}|{_NAME})\s+{_ADVERB}(?:{_speech()})"
    r"(?:\s+[\w’'-]+){0,6}?\s*,\s*$"
)
#: '“…,” Ruiz, the foreign minister, said. “…”': a quote that follows its speaker's
#: attribution in the same paragraph is more of that speaker's words, the same statement.
_SAID_THEN_MORE = re.compile(
    rf"^[ \t]*,?[ \t]*(?:{_PRONOUN}|{_TITLE}|{_NAME}){_APPOSED}[ \t]+{_ADVERB}(?:{_speech()})"
    r"[ \t]*\.[ \t]*$"
)


def find_statements(text: str, people: list[PersonMention]) -> list[StatementMention]:
    found: list[StatementMention] = []
    # every attributed quote, kept or not: start, end, speaker, text
    spoken: list[tuple[int, int, str, str]] = []
    previous_end = -1
    for match in _QUOTE.finditer(text):
        quote = "".join(match.group(g) or "" for g in _GROUPS).strip()
        continued = previous_end >= 0 and _INTERRUPTION.match(text[previous_end : match.start()])
        previous_end = match.end()
        if continued:
            if spoken:
                _join_halves(text, found, spoken, match, quote)
            continue
        speaker = _speaker(text, match.start(), match.end(), people, spoken)
        if speaker is None and spoken and _SAID_THEN_MORE.match(text[spoken[-1][1] : match.start()]):
            # the same speaker goes on after "… said.": more of that statement, not another
            _, end, speaker, _ = spoken[-1]
            if found and found[-1].speaker == speaker and found[-1].end == end:
                first = found[-1]
                found[-1] = StatementMention(
                    first.start, match.end(), speaker, f"{first.quote} {quote.rstrip(',')}"
                )
            spoken.append((match.start(), match.end(), "", quote.rstrip(",")))
            continue
        if speaker is None:
            continue
        spoken.append((match.start(), match.end(), speaker, quote.rstrip(",")))
        if speaker and len(quote.split()) >= MIN_WORDS and not _is_title(quote):
            found.append(StatementMention(match.start(), match.end(), speaker, quote.rstrip(",")))
    found.extend(_unmarked(text, people, found))
    found.extend(_transcript_turns(text, people, found))
    return sorted(found, key=lambda s: s.start)


#: A turn of a transcript: a line that opens with its speaker's label and a colon
#: ("Foreign Secretary, Shri A. B.: The negotiations are at an advanced stage.").
#: Broadcast transcripts set the label in brackets: "[SOT – PRIME MINISTER A B]: “…”".
_TURN = re.compile(
    r"(?m)^[ \t]*\[?(?P<label>[A-Z][^:\n“”\"\[\]]{1,80}?)\]?:[ \t]+(?P<quote>[^\n]+)$"
)
#: A turn that only greets, introduces another speaker or closes: no statement.
_CHAIRING = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|thank you all|thanks,? everyone|thank you,? everyone)\b",
    re.I,
)


def _transcript_turns(
    text: str, people: list[PersonMention], found: list[StatementMention]
) -> list[StatementMention]:
    """Each turn of a named person in a transcript is their statement, its words not in
    quotation marks; a question's label names no known person, and a chair's greeting or
    closing words are no statement."""
    quoted = [(s.start, s.end) for s in found]
    kept = []
    for match in _TURN.finditer(text):
        if _within_a_quote(quoted, match.start(), match.end()):
            continue
        quote = match.group("quote").strip()
        if quote[0] in "“\"«‘'":
            if not match.group().lstrip().startswith("["):
                continue  # a quote after a name and a colon: the attribution's to give
            # a bracketed broadcast label before a clip's quoted words
            quote = quote.strip("“”\"«»‘’'")
        if len(quote.split()) < MIN_WORDS or _CHAIRING.match(quote):
            continue
        label = match.group("label")
        speaker = next(
            (p.name for p in people if len(p.name.split()) >= 2 and _names_in(label, p.name)),
            None,
        )
        if speaker:
            kept.append(StatementMention(match.start("quote"), match.end("quote"), speaker, quote))
    return kept


def _names_in(label: str, name: str) -> bool:
    """The label names the person: their full name, or their surname closing it."""
    words = label.replace(",", " ").split()
    return name in label or (bool(words) and same_person(words[-1], name, within_article=True))


def _join_halves(
    text: str,
    found: list[StatementMention],
    spoken: list[tuple[int, int, str, str]],
    second: re.Match[str],
    quote: str,
) -> None:
    """“Our two countries,” she said, “have taken a step”: the second half goes on with the
    first, whose speaker it shares; joined, a first half too short to be a statement is one.
    Only a first half that opens its sentence is one: after a quoted phrase inside a
    sentence ("calling him a “personal friend”, she said, “…”") the speech is its own."""
    start, _, speaker, first = spoken[-1]
    if text[_sentence_start(text, start + 1) : start].strip():  # +1: the stop sees the mark
        start, first = second.start(), ""
    joined = f"{first} {quote.rstrip(',')}".strip()
    spoken[-1] = (start, second.end(), speaker, joined)
    if not speaker or _is_title(joined):
        return
    if found and found[-1].start == start:
        found[-1] = StatementMention(start, second.end(), speaker, joined)
    elif len(joined.split()) >= MIN_WORDS:
        found.append(StatementMention(start, second.end(), speaker, joined))


#: Direct speech without quotation marks: a sentence in the first person ("we", "our", "I")
#: followed by its attribution to someone else in the third person ("…, she noted").
_UNMARKED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<quote>[A-Z][^“”\"«»\n.!?]{{20,400}}?)\s*,\s+"
    rf"(?:{_PRONOUN}|{_NAME})\s+{_ADVERB}(?:{_speech()})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my|me)\b")


def _unmarked(
    text: str, people: list[PersonMention], found: list[StatementMention]
) -> list[StatementMention]:
    quoted = [(s.start, s.end) for s in found]
    kept = []
    for match in _UNMARKED.finditer(text):
        quote = match.group("quote")
        if not _FIRST_PERSON.search(quote) or len(quote.split()) < MIN_WORDS:
            continue
        if _within_a_quote(quoted, match.start(), match.end()):
            continue
        speaker = _resolve(text, match, match.start(), people)
        if speaker:
            kept.append(StatementMention(match.start(), match.end("quote"), speaker, quote))
    return kept


def _within_a_quote(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a quote already read as a statement."""
    return any(a < end and start < b for a, b in quoted)


#: Longer words a title keeps in lower case: its connectors.
_TITLE_CONNECTORS = {"with", "between", "from", "into", "under", "through", "against", "among",
                     "within", "regarding", "concerning", "upon", "towards", "over"}


def _is_title(quote: str) -> bool:
    """A name in quotes ("the “Joint Declaration on Strategic Partnership”") or a headline
    in capitals: most of its longer words are capitalised, and hardly one of the others is
    more than a connector. A sentence full of names ("Poland is Kazakhstan's gateway to the
    European market …") keeps its common nouns in lower case."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", quote) if len(w) > 3]
    if not words:
        return False
    common = [w for w in words if w[0].islower() and w.lower() not in _TITLE_CONNECTORS]
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7 and len(common) <= 1


def _speaker(
    text: str,
    start: int,
    end: int,
    people: list[PersonMention],
    spoken: list[tuple[int, int, str, str]],
) -> str | None:
    """The quote's speaker; "" for a quote that goes on with the one before it."""
    after = text[end : end + 160]
    signed = _SIGNED_BELOW.match(after)
    if signed:  # a release's quote, its speaker on the line below: "– Ana Ruiz, Minister"
        speaker = _resolve(text, signed, start, people)
        if speaker:
            return speaker
    if "\n" in after[: len(after) - len(after.lstrip())] and not re.search(
        r",\W*$", text[start:end]
    ):
        after = ""  # a new paragraph is no attribution, unless the quote stopped at a comma
    ended = re.search(r"[.!?]\W*$", text[start:end]) or after.startswith(".")
    for pattern in (
        _AFTER_NAME_VERB,
        _AFTER_OFFICE_NAME_VERB,
        _AFTER_VERB_NAME,
        _AFTER_VERB_TITLE,
        _SAID_BY,
    ):
        match = pattern.match(after)
        if match and ended and not _CLOSES.match(after, match.end()):
            continue  # "….” He also noted that …": a new sentence, not the quote's attribution
        if match and _ANONYMOUS.match(after, match.end()):
            return None  # "…,” he said, asking not to be named: no one the article names
        speaker = _resolve(text, match, start, people) if match else None
        if speaker:
            return speaker  # else look further: "the minister" of several, an unknown name
    if _ATTRIBUTED.match(after):
        return None  # said by someone who is no person the article names, or by something
    sentence_start = _sentence_start(text, start)
    before = text[sentence_start:start]
    for pattern in (_WHO_SAID, _BEFORE, _SAID_BY_BEFORE, _ACCORDING, _NAMED_COLON):
        match = pattern.search(before)
        if match:
            speaker = _resolve(text, match, start, people)
            # "the Minister of Industry, Energy and Mining, Ana Ruiz, said": a portfolio's
            # word read as the name before its apposition; the name may come later
            while (
                speaker is None
                and not looks_like_name(match.groupdict().get("name") or "")
                and (match := pattern.search(before, match.start() + 1))
            ):
                speaker = _resolve(text, match, start, people)
            return speaker
    if _PARTICIPLE.search(before) or _AND_ANOTHER.search(before):
        same = [s for s in spoken if s[1] > sentence_start and s[2]]
        if same:
            return same[-1][2]
        subject = _subject_of(text, sentence_start, start, people)
        if subject:
            return subject
    subject = _speaking_in_the_sentence(text, sentence_start, start, people)
    if subject:
        return subject
    if _opens_paragraph(text, start):
        return _paragraph_speaker(text, start, people, spoken)
    return None


def _speaking_in_the_sentence(
    text: str, begin: int, at: int, people: list[PersonMention]
) -> str | None:
    """'Chowdhury did not rule it out, but said investment would “…”', 'Mr A noted that …,
    and said B was ready to “…”': a quote inside the indirect speech of the first person
    the sentence names, who speaks after being named; not when another source is cited
    ("according to the ministry, “…”"), nor when the one named is no subject ("a
    statement on the talks attended by the delegation accompanying A said that “…”")."""
    first = _first_named(begin, at, people)
    if first is None or re.search(r"(?i:according to)", text[begin:at]):
        return None
    named_at, person = first
    if named_at not in person.subjects:
        return None
    return person.name if _SPEECH_VERB.search(text, named_at, at) else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after a full stop (with its closing quote)
    or a paragraph break; at most 300 characters back."""
    floor = max(0, at - 300)
    # one character past ``at``: a stop right before it sees the quote mark that opens it
    stops = [m.end() for m in _STOP.finditer(text, floor, at + 1) if m.end() <= at]
    return stops[-1] if stops else floor


#: A paragraph break: a blank line, or a line break after a sentence's end (a line that
#: ends mid-sentence is wrapped, not a paragraph of its own).
_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?”\"’»])[ \t]*\n\s*")
_STOP = re.compile(rf"[.!?][”\"’]?[ \t]+(?=[A-Z“\"‘])|{_BREAK.pattern}")


def _paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """The paragraph before a quote that opens its own: from the break before it to the
    line break before ``at``."""
    end = text.rfind("\n", 0, at)
    if end <= 0:
        return 0, 0
    end = len(text[:end].rstrip())
    breaks = list(_BREAK.finditer(text, 0, end))
    return (breaks[-1].end() if breaks else 0), end


def _opens_paragraph(text: str, at: int) -> bool:
    return bool(re.search(r"(?:^|\n)[ \t]*$", text[max(0, at - 200) : at]))


def _paragraph_speaker(
    text: str, start: int, people: list[PersonMention], spoken: list[tuple[int, int, str, str]]
) -> str | None:
    """The speaker of a paragraph that is all quote: the one named speaking in the
    paragraph before ('X said …', 'according to him'). When that paragraph ends with a
    quote, this one goes on with it: "" (no statement of its own)."""
    begin, end = _paragraph_bounds(text, start)
    if end <= begin:
        return None
    if any(begin <= s < end and e >= end - 100 for s, e, _, _ in spoken) or re.search(
        r"“[^“”]*$", text[begin:end]
    ):
        return ""
    said = [m for pattern in _SPOKE for m in pattern.finditer(text, begin, end)]
    if not said:
        return None
    last = max(said, key=lambda m: m.start())
    if last.groupdict().get("name"):
        return _resolve(text, last, start, people)
    named = [m for m in _SPOKE[0].finditer(text, max(0, last.start() - 800), last.start())]
    named = [m for m in named if m.group("name")]
    if named:
        return _resolve(text, named[-1], start, people)
    return _resolve(text, last, last.start(), people)


#: Who spoke last in the paragraph before a quote that stands alone.
#: A verb of speech anywhere: "said", "noted", "told".
_SPEECH_VERB = re.compile(_speech())
_SPOKE = (
    re.compile(rf"(?:{_PRONOUN}|{_NAME})\s+{_ADVERB}(?:{_speech()})\b"),
    re.compile(rf"(?i:according to)\s+(?:(?P<object>(?i:him|her))\b|{_NAME})"),
)


def _subject_of(text: str, begin: int, end: int, people: list[PersonMention]) -> str | None:
    """The first person named in a sentence before a participle ("Lopez met Diaz, saying …")."""
    first = _first_named(begin, end, people)
    if first:
        return first[1].name
    if re.match(rf"\s*{_PRONOUN}\b", text[begin:end]):
        return _by_pronoun(begin, people)
    return None


def _first_named(
    begin: int, end: int, people: list[PersonMention]
) -> tuple[int, PersonMention] | None:
    """Where and who: the person first named between two offsets."""
    named = [(at, p) for p in people if (at := p.first_in(begin, end)) is not None]
    return min(named, key=lambda n: (n[0], n[1].name)) if named else None


def _by_pronoun(at: int, people: list[PersonMention]) -> str | None:
    """'he', 'she': the person last named as a sentence's subject before, when that is
    within the last ``SUBJECT_REACH`` characters; else the person named last."""
    subjects = [(p.last_subject_before(at), p.name) for p in people]
    subjects = [(s, n) for s, n in subjects if s is not None and at - s <= SUBJECT_REACH]
    if subjects:
        return max(subjects)[1]
    earlier = [(p.last_before(at), p.name) for p in people if p.last_before(at) is not None]
    return max(earlier)[1] if earlier else None


#: How far back a sentence's subject stays the one "he" or "she" refers to.
SUBJECT_REACH = 600


def _resolve(text: str, match: re.Match[str], at: int, people: list[PersonMention]) -> str | None:
    groups = match.groupdict()
    if groups.get("pronoun") or groups.get("object"):
        begin = _sentence_start(text, at)
        if opened_by_an_unnamed_commentator(text[begin:at]):
            return None  # "The rector … applauded: “…,” she said": no official's words
        if _a_commentator_named_last(text, at, people):
            return None  # "The head of the chamber of commerce, A, welcomed it: “…,” he said"
        speaker = _by_pronoun(at, people)
        if speaker and _an_anonymous_source_since(text, at, people, speaker):
            return None  # "An official, speaking on condition of anonymity, said …: “…,” he said"
        return speaker
    if groups.get("title") and not groups.get("name"):
        return _by_office(groups["title"], at, people)
    name = groups.get("name") or ""
    if _STYLE.fullmatch(name):
        return _by_style(text, name, at, people)
    words = [w for w in name.split() if w not in set(cues.ROLE_WORDS)]
    name = re.sub(r"['’]s$", "", " ".join(words))
    if not name:
        return None
    for person in people:
        if same_person(person.name, name, within_article=True):
            return person.name
    if unofficial(text, name):
        return None
    return name if looks_like_name(name) else None  # named as a speaker: a person all the same


_ANONYMOUS_SOURCE = re.compile(_ANONYMITY, re.IGNORECASE)


def _an_anonymous_source_since(
    text: str, at: int, people: list[PersonMention], speaker: str
) -> bool:
    """Whether an unnamed source came in after ``speaker`` was last named before ``at``:
    "he" then is that source."""
    named = [p.last_before(at) for p in people if p.name == speaker]
    since = max([n for n in named if n is not None], default=max(0, at - SUBJECT_REACH))
    return _ANONYMOUS_SOURCE.search(text, since, at) is not None


def _a_commentator_named_last(text: str, at: int, people: list[PersonMention]) -> bool:
    """Whether a person of no office is named after the last official before ``at`` (and
    within ``SUBJECT_REACH``): "he" or "she" then is the commentator."""
    named = [p.last_before(at) for p in people]
    last = max([n for n in named if n is not None] + [max(0, at - SUBJECT_REACH)])
    return names_a_commentator(text, last + 1, at)


#: A style of address standing for the person it was first given to: "His Majesty said …"
#: after "His Majesty King A"; "Her Excellency noted …".
_STYLE = re.compile(r"(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)")
#: How far before a name its style may stand: "His Majesty King", "His Excellency Mr".
_STYLE_REACH = 30


def _by_style(text: str, style: str, at: int, people: list[PersonMention]) -> str | None:
    """The person last named with this style before ``at``."""
    styled = [
        (position, person.name)
        for person in people
        for position in person.positions or [person.start]
        if position < at and style in text[max(0, position - _STYLE_REACH) : position]
    ]
    return max(styled)[1] if styled else None


def _by_office(title: str, at: int, people: list[PersonMention]) -> str | None:
    """'the Kenyan president': the person whose role holds that office, of the state the
    title names when it names one; the one named last before the quote when several."""
    office = re.search(rf"(?i:{_OFFICE_WORDS})", title)
    if office is None:
        return None
    word = office.group(0).lower()
    states = {m.code for m in find_countries(title)}
    holders = []
    for person in people:
        role = (person.role or "").lower()
        if not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", role):
            continue
        higher = rf"(?:vice|deputy|prime)[- ]{word}"
        if re.search(higher, role) and not re.search(higher, title.lower()):
            continue  # "the president" is not the vice-president
        if states and person.country not in states:
            continue
        holders.append(person)
    if not holders:
        return None
    if len(holders) > 1 and not states:
        return None  # "the minister" among several ministers: no one in particular
    before = [(p.last_before(at), p.name) for p in holders if p.last_before(at) is not None]
    return max(before)[1] if before else holders[0].name
