"""What one article may cost: the text the model reads, and the time the rules may take.

No news article is hundreds of thousands of characters long, and none is a run of a
thousand brackets with no space between them; a crawler or a careless export can still
produce either. Two bounds keep such an input from stalling a run:

* :func:`model_text` is the text spaCy reads: the article cut at a paragraph (else a
  sentence, else a word) boundary before ``ACCORDS_MAX_NLP_CHARS`` characters, and any
  run of more than :data:`LONGEST_RUN` characters without white space broken by a space
  every :data:`LONGEST_RUN` characters (spaCy's tokenizer strips a run's leading and
  trailing punctuation one character at a time, so its cost grows with the square of
  the run's length). Both keep every offset where it was, so evidence found in the
  model's text points at the same characters of the article.
* :func:`time_budget` interrupts the rules on one article after
  ``ACCORDS_ARTICLE_SECONDS`` seconds with :class:`OverBudget`; the caller rejects that
  article with a reason and goes on with the others.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

#: The longest run of characters without white space the model reads whole. Words in
#: any language, and web addresses as pages print them, are shorter. The tokenizer's
#: cost for the text read is then at most (text length × this) steps: a few seconds.
LONGEST_RUN = 500

_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class ModelText:
    """The text the model reads, and where it was cut (``None``: the whole article)."""

    text: str
    cut_at: int | None = None


class OverBudget(Exception):
    """The rules took longer than the per-article time budget."""


def model_text(text: str, max_chars: int) -> ModelText:
    """The article as the model reads it: at most ``max_chars`` characters, ending at the
    last paragraph, sentence or word boundary before the limit, with overlong runs of
    non-space characters broken up. Offsets are unchanged."""
    cut_at = None
    if len(text) > max_chars:
        cut_at = _boundary_before(text, max_chars)
        text = text[:cut_at]
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(_break_run, text)
    return ModelText(text, cut_at)


def _boundary_before(text: str, limit: int) -> int:
    """The end of the last paragraph, else sentence, else word that ends by ``limit``
    (in the last half of it: an article of one paragraph is cut at a sentence)."""
    floor = limit // 2
    for pattern in (_PARAGRAPH_END, _SENTENCE_END, _SPACE):
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match
        if last is not None:
            return last.start() + (1 if pattern is _SENTENCE_END else 0)
    return limit


def _break_run(match: re.Match[str]) -> str:
    """The run with every :data:`LONGEST_RUN`-th character made a space (same length)."""
    chars = list(match.group())
    for i in range(LONGEST_RUN, len(chars), LONGEST_RUN):
        chars[i] = " "
    return "".join(chars)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` in the body once ``seconds`` have passed.

    It uses the process's real-time interval timer, so it works on the main thread of a
    process that has no other use for ``SIGALRM`` (the command line, a Spark worker);
    elsewhere (a web server's worker thread), or with ``seconds`` ≤ 0, the body runs
    without a budget."""
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def over(signum: int, frame: object) -> None:
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
