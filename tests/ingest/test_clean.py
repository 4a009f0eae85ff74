"""The clean stage: HTML through trafilatura, plain text through the furniture patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accords.errors import InputRejected
from accords.ingest import boilerplate
from accords.ingest.clean import Cleaned, clean_html, clean_plain, is_furniture, is_prose

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "eval" / "dev" / "articles" / "seed-hu-ru-moscow-talks.txt"

PARAGRAPHS = (
    "The foreign ministers of Arlandia and Borvania met in the coastal city of Velmar on "
    "Tuesday to review the work of their joint economic commission, which last convened "
    "two years ago.",
    "Officials from both delegations said the session produced a draft memorandum on "
    "fisheries management and a plan to open a second border crossing for freight traffic "
    "before the end of the year.",
    "The ministers also agreed that working groups on energy and on higher education would "
    "report back to the commission at its next plenary session, expected in the spring.",
)


def page(head: str = "", before_body: str = "", footer: str = "") -> str:
    """A news page with navigation, a comment section and a footer around the article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head>
<title>Arlandia and Borvania review joint commission | The Velmar Courier</title>
<meta property="og:site_name" content="The Velmar Courier">{head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World affairs</a></li>
<li><a href="/sport">Sport results</a></li><li><a href="/opinion">Opinion pages</a></li></ul>
</nav></header>
<main><article><h1>Arlandia and Borvania review joint commission</h1>{before_body}{paragraphs}
</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment">
<p>Reader42 wrote: this commission never achieves anything, a waste of public money.</p>
</div></section></main>
<footer>{footer}<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p>
</footer></body></html>"""


PUBLISHED_META = '<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">'


# -- HTML ------------------------------------------------------------------


def test_clean_html_keeps_the_body_and_drops_navigation_comments_and_footer() -> None:
    cleaned = clean_html(page(PUBLISHED_META), url="https://courier.example/world/review")
    for paragraph in PARAGRAPHS:
        assert paragraph in cleaned.text
    for noise in (
        "World affairs",
        "Sport results",
        "Reader42",
        "waste of public money",
        "Privacy policy",
        "Terms of use",
    ):
        assert noise not in cleaned.text
    # paragraphs stay apart
    assert f"{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}" in cleaned.text


def test_clean_html_reads_title_date_outlet_and_url() -> None:
    cleaned = clean_html(page(PUBLISHED_META), url="https://courier.example/world/review")
    assert cleaned.title == "Arlandia and Borvania review joint commission"
    assert cleaned.published == "2024-03-05"
    assert cleaned.outlet == "The Velmar Courier"
    assert cleaned.url == "https://courier.example/world/review"


def test_clean_html_page_without_a_date_has_no_published_date() -> None:
    assert clean_html(page()).published is None


def test_clean_html_does_not_turn_a_copyright_year_into_a_date() -> None:
    # htmldate's extensive search would answer 2023-01-01 for this page
    footer = "<p>© 2023 The Velmar Courier. All rights reserved.</p>"
    assert clean_html(page(footer=footer)).published is None


def test_clean_html_finds_a_date_written_in_the_text() -> None:
    cleaned = clean_html(page(before_body="<p>Velmar, 14 March 2024</p>"))
    assert cleaned.published == "2024-03-14"


def test_clean_html_trims_furniture_from_the_extracted_text() -> None:
    extra = "<p>Read more: Arlandia opens a consulate in the north</p>"
    body = page().replace("</article>", f"{extra}</article>")
    cleaned = clean_html(body)
    assert "Read more" not in cleaned.text
    assert cleaned.trimmed == ["Read more: Arlandia opens a consulate in the north"]
    assert cleaned.text.endswith(PARAGRAPHS[-1])


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><body></body></html>",
        "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/about'>About</a></nav><footer>© 2024 Example</footer></body></html>",
        "<html><body><p>Share this:</p><p>Facebook Twitter Email</p></body></html>",
    ],
)
def test_clean_html_rejects_a_page_without_article_text(html: str) -> None:
    with pytest.raises(InputRejected) as raised:
        clean_html(html)
    assert raised.value.reason == "no article text in the HTML page"


# -- plain text ------------------------------------------------------------

TITLE = "Arlandia and Borvania review joint commission"
BODY = "\n\n".join((TITLE, *PARAGRAPHS))


def test_clean_plain_keeps_the_headline_as_title_and_in_the_text() -> None:
    cleaned = clean_plain(BODY)
    assert cleaned.title == TITLE
    assert cleaned.text.startswith(TITLE + "\n\n")
    assert cleaned.trimmed == []


def test_clean_plain_takes_no_title_from_a_first_sentence_or_a_dateline() -> None:
    assert clean_plain("\n".join(PARAGRAPHS)).title is None
    assert clean_plain("Velmar, Arlandia, March 14\n\n" + "\n\n".join(PARAGRAPHS)).title is None


def test_clean_plain_trims_trailing_furniture_and_reports_it() -> None:
    furniture = [
        "Share this:",
        "Facebook Twitter WhatsApp Email",
        "Tags: Arlandia, Borvania, fisheries",
        "Subscribe to our newsletter for the week's diplomacy in brief",
        "Follow us on Telegram",
        "© 2024 The Velmar Courier. All rights reserved.",
    ]
    cleaned = clean_plain(BODY + "\n\n" + "\n".join(furniture) + "\n")
    assert cleaned.trimmed == furniture
    assert cleaned.text == BODY


def test_clean_plain_trims_a_related_list_with_its_headlines() -> None:
    related = ["Related articles", "Borvania lifts duties on grain", "Who leads the new cabinet?"]
    cleaned = clean_plain(BODY + "\n\n" + "\n".join(related))
    assert cleaned.trimmed == related
    assert cleaned.text == BODY


def test_clean_plain_trims_a_related_list_on_the_headings_own_line() -> None:
    related = ["Related: Borvania lifts duties on grain | Who leads the new cabinet?"]
    cleaned = clean_plain(BODY + "\n\n" + "\n".join(related))
    assert cleaned.trimmed == related
    assert cleaned.text == BODY
    # control: a closing sentence that opens with the word is the article's
    ending = "Related talks on grain duties will follow in May."
    assert clean_plain(BODY + "\n\n" + ending).text == BODY + "\n\n" + ending


@pytest.mark.parametrize(
    "related",
    [
        ["More on this topic:", "Borvania lifts duties on grain", "Who leads the new cabinet?"],
        ["More in Energy", "Borvania lifts duties on grain", "Who leads the new cabinet?"],
        ["MORE NEWS: Borvania lifts duties on grain"],
        ["Related Topics: Borvania / grain / cabinet"],
        ["Share this article: Facebook · X · Email"],
    ],
)
def test_clean_plain_trims_more_related_headings_and_share_rows(related) -> None:
    cleaned = clean_plain(BODY + "\n\n" + "\n".join(related))
    assert cleaned.trimmed == related
    assert cleaned.text == BODY
    # control: a closing sentence that opens with "More in" is the article's
    ending = "More in Borvania than in Arlandia, officials said, will follow the talks."
    assert clean_plain(BODY + "\n\n" + ending).text == BODY + "\n\n" + ending


def test_clean_plain_keeps_a_short_final_paragraph_and_prose_that_mentions_furniture() -> None:
    ending = (
        "Share prices of fishing firms rose after the announcement.\n\n"
        "Copyright protection for nautical charts is covered too.\n\n"
        "Talks resume in May."
    )
    cleaned = clean_plain(BODY + "\n\n" + ending + "\n\nPrint\n\nPrevious article")
    assert cleaned.text == BODY + "\n\n" + ending
    assert cleaned.trimmed == ["Print", "Previous article"]


def test_clean_plain_keeps_headlines_after_the_last_paragraph_without_a_heading() -> None:
    text = BODY + "\n\nA short closing line without a stop"
    assert clean_plain(text).text == text


def test_clean_plain_trims_site_navigation_before_the_headline() -> None:
    head = ["The Velmar Courier", "Home > World > Europe", "Velmar: 14°C"]
    cleaned = clean_plain("\n".join(head) + "\n\n" + BODY)
    assert cleaned.trimmed == head
    assert cleaned.title == TITLE
    assert cleaned.text == BODY


def test_clean_plain_keeps_a_headline_that_a_share_row_follows() -> None:
    cleaned = clean_plain(TITLE + "\nShare on Facebook\n\n" + "\n\n".join(PARAGRAPHS))
    assert cleaned.title == TITLE
    assert cleaned.trimmed == ["Share on Facebook"]


def test_clean_plain_removes_advertisement_markers_between_paragraphs() -> None:
    text = f"{PARAGRAPHS[0]}\n\nAdvertisement\n\n{PARAGRAPHS[1]}"
    cleaned = clean_plain(text)
    assert cleaned.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    assert cleaned.trimmed == ["Advertisement"]


def test_clean_plain_normalises_whitespace_lightly() -> None:
    text = f"  {TITLE}  \r\n\r\n\r\n\r\n{PARAGRAPHS[0]}\t\r\n“Quoted” — naïve café\n\n\n"
    cleaned = clean_plain(text)
    assert cleaned.text == f"  {TITLE}\n\n{PARAGRAPHS[0]}\n“Quoted” — naïve café"
    assert cleaned.title == TITLE


def test_clean_plain_of_empty_text_is_empty() -> None:
    assert clean_plain("\n \n") == Cleaned(text="")


def test_every_boilerplate_group_is_a_non_empty_tuple_of_valid_patterns() -> None:
    groups = [name for name in dir(boilerplate) if name.isupper()]
    assert {"MASTHEAD", "RELATED", "SHARE", "LEGAL", "INLINE"} <= set(groups)
    for name in groups:
        group = getattr(boilerplate, name)
        if isinstance(group, tuple):
            assert group, name
            for pattern in group:
                re.compile(pattern)


def test_furniture_and_prose_are_told_apart() -> None:
    assert is_furniture("Read also:")
    assert is_furniture("Previous articleLeaders meet in Velmar")
    assert not is_furniture("Saturday, April 22, 2017")
    assert not is_furniture("2016/7/28 14:19")
    assert not is_furniture("Join us at the summit next year, the minister said.")
    assert is_prose(PARAGRAPHS[0])
    assert not is_prose("Read more news about Arlandia HERE.")


# -- the seed article (third-party text, read from ../shared) -------------


@pytest.mark.skipif(not SEED.exists(), reason=f"shared eval data not found at {SEED}")
def test_clean_plain_trims_the_seed_article() -> None:
    # the article's words are read from ../shared, never copied here: its first line is
    # the headline ('Moscow talks: ...'), its last two are a 'Read more news about ... HERE.'
    # link and a bare 'Read also:'
    text = SEED.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if line.strip()]
    cleaned = clean_plain(text)
    assert cleaned.title == kept[0].strip()
    assert cleaned.title.startswith("Moscow talks: ")
    assert cleaned.text.startswith(cleaned.title)
    assert cleaned.trimmed == [line.strip() for line in kept[-2:]]
    assert cleaned.trimmed[0].startswith("Read more news about ")
    assert cleaned.trimmed[0].endswith(" HERE.")
    assert cleaned.trimmed[1] == "Read also:"
    assert "Read more news" not in cleaned.text
    assert not cleaned.text.rstrip().endswith("Read also:")
    # nothing else is lost: the rest of the article is there, paragraph for paragraph
    assert [line for line in cleaned.text.splitlines() if line.strip()] == kept[:-2]


FRAGMENT = (
    "<p>Chile and Peru signed a fisheries agreement in Lima on Monday.</p>.<p><strong>Also "
    'Read: <a href="https://example.org/other">Ministers meet on &amp; off</a></strong></p>.'
    "<p>The agreement covers the shared coastal stocks of both countries.</p>"
)


def test_plain_text_that_carries_html_markup_is_read_as_paragraphs() -> None:
    cleaned = clean_plain(FRAGMENT)
    assert "<" not in cleaned.text and "&amp;" not in cleaned.text
    paragraphs = [p for p in cleaned.text.split("\n\n") if p.strip()]
    assert paragraphs[0] == "Chile and Peru signed a fisheries agreement in Lima on Monday."
    assert paragraphs[-1] == "The agreement covers the shared coastal stocks of both countries."
    assert "Also Read" not in cleaned.text  # the related-story link, once a line, is furniture


def test_a_less_than_sign_in_prose_is_no_markup() -> None:
    """Control: one angle bracket in ordinary text leaves the text as it is."""
    text = "Trade grew by <5 % in the year to May, officials in Lima said on Monday.\n"
    assert clean_plain(text).text.strip() == text.strip()
