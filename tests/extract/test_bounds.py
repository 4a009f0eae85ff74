"""Bounded work per article: the text the model reads, and the rules' time budget."""

from __future__ import annotations

import threading

import pytest

from accords.errors import InputRejected
from accords.extract.bounds import LONGEST_RUN, OverBudget, model_text, time_budget
from accords.extract.pipeline import Extractor
from accords.model import Article

PARAGRAPH = "Chile and Peru signed a memorandum on fisheries in Lima on Monday. " * 3


def test_a_short_text_is_read_whole() -> None:
    read = model_text(PARAGRAPH, 10_000)
    assert (read.text, read.cut_at) == (PARAGRAPH, None)


def test_a_long_text_is_cut_at_the_last_paragraph_break_before_the_limit() -> None:
    text = "\n\n".join([PARAGRAPH] * 10)
    read = model_text(text, 1000)
    assert read.cut_at is not None and read.cut_at <= 1000
    assert read.text == text[: read.cut_at]
    assert read.text.endswith(PARAGRAPH.rstrip() + " ")  # ends with a whole paragraph
    assert text[read.cut_at : read.cut_at + 2] == "\n\n"


def test_one_long_paragraph_is_cut_at_a_sentence_end() -> None:
    text = PARAGRAPH * 40
    read = model_text(text, 1000)
    assert read.cut_at is not None and 500 <= read.cut_at <= 1000
    assert read.text.endswith("Monday.")


def test_text_without_sentences_is_cut_at_a_word_and_without_words_at_the_limit() -> None:
    words = model_text("word " * 1000, 1001)
    assert words.text.endswith("word") and words.cut_at == 999
    solid = model_text("x" * 5000, 1000)
    assert solid.cut_at == 1000


def test_long_runs_without_space_are_broken_and_offsets_kept() -> None:
    run = "([" * 600
    text = f"Peru {run} Chile"
    read = model_text(text, 10_000)
    assert len(read.text) == len(text)
    assert read.text.startswith("Peru ") and read.text.endswith(" Chile")
    assert max(len(piece) for piece in read.text.split()) <= LONGEST_RUN
    # a word of ordinary length is never touched
    web = "https://example.org/" + "a" * 300
    assert model_text(web, 10_000).text == web


def _busy(seconds: float) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_budget_interrupts_work_that_runs_over() -> None:
    with pytest.raises(OverBudget, match=r"longer than 0\.05 s"), time_budget(0.05):
        _busy(2)
    with time_budget(1):  # control: work within the budget runs to its end
        _busy(0.01)


def test_no_budget_off_the_main_thread_or_at_zero() -> None:
    with time_budget(0):
        _busy(0.05)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with time_budget(0.01):
                _busy(0.05)
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []


def test_an_article_over_budget_is_rejected_with_a_reason(extractor: Extractor) -> None:
    text = (PARAGRAPH + "\n\n") * 40
    article = Article(id="a", text=text, source="long.txt")
    within = Extractor(extractor.nlp, seconds=60)
    assert within.extract(article).facts  # control: the rules find facts in it
    tight = Extractor(extractor.nlp, seconds=0.001)
    with pytest.raises(InputRejected, match=r"took longer than 0\.001 s") as caught:
        tight.extract(article)
    assert caught.value.source == "long.txt"
    results = list(tight.extract_many([article, article]))
    assert all(isinstance(r, InputRejected) for r in results) and len(results) == 2


def test_a_cut_article_keeps_its_whole_text_and_says_where_facts_end(extractor) -> None:
    tail = "\n\nEcuador and Colombia signed a protocol on customs in Quito on Friday."
    text = (PARAGRAPH + "\n\n") * 30 + tail
    limit = len(text) - len(tail) + 5
    cut = Extractor(extractor.nlp, max_chars=limit).extract(Article(id="c", text=text))
    whole = Extractor(extractor.nlp).extract(Article(id="c", text=text))
    assert cut.article.text == text and cut.read_chars is not None
    assert text[cut.read_chars :].lstrip().startswith("Ecuador")  # cut at that paragraph
    assert whole.read_chars is None
    ends = [e.end for f in cut.facts for e in f.evidence]
    assert ends and max(ends) <= cut.read_chars
    def places(extraction) -> set:
        return {f.attrs.get("place") for f in extraction.facts if str(f.kind) == "instrument"}

    assert "Quito" in places(whole)  # control: the tail's protocol is found when read
    assert "Quito" not in places(cut) and "Lima" in places(cut)


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_the_rules_fail_on_is_rejected_and_the_rest_go_on(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    # a fault injected into the rules for one article (no article makes them fail today)
    from accords.extract import pipeline

    real = pipeline.extract_from_doc

    def failing_on_b(article: Article, doc):  # type: ignore[no-untyped-def]
        if article.id == "b":
            raise ValueError("a rule broke")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "extract_from_doc", failing_on_b)
    articles = [Article(id=i, text=PARAGRAPH, source=f"{i}.txt") for i in ("a", "b", "c")]
    results = list(Extractor(extractor.nlp, processes=processes).extract_many(articles))
    assert [type(r).__name__ for r in results] == ["Extraction", "InputRejected", "Extraction"]
    assert results[1].source == "b.txt" and "ValueError: a rule broke" in results[1].reason
    # control: the other two articles keep their facts
    assert results[0].facts and results[2].facts
