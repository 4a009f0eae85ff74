from accords.extract.published import published_in_text


def test_dateline_with_agency():
    assert published_in_text("Lome, March 4, 2019 (GNA) - Ghana and Togo met.") == "2019-03-04"


def test_date_with_time_on_a_metadata_line():
    assert published_in_text("Politics\n\n| | 20 Sep 2014, 11:34 am\nText follows.") == "2014-09-20"


def test_parenthesised_date_opening_the_story():
    assert published_in_text("(Sept. 27, 2013) The commission met in August.") == "2013-09-27"


def test_numeric_year_first_line():
    assert published_in_text("Headline here\n\n2016/7/28 14:19\n\nStory text.") == "2016-07-28"


def test_a_date_inside_a_sentence_is_not_the_publication_date():
    assert published_in_text("The ministers met in Accra on March 4, 2019 to review trade.") is None


def test_a_yearless_dateline_takes_the_year_of_the_url():
    text = "LIMA, May 4 (Andina) – Peru and Chile signed a fisheries accord."
    assert published_in_text(text, "https://news.example.org/2023/05/peru-chile") == "2023-05-04"
    assert published_in_text(text, "https://news.example.org/world/2023/peru-chile") == "2023-05-04"


def test_a_yearless_dateline_alone_or_against_the_url_month_gives_nothing():
    text = "LIMA, May 4 (Andina) – Peru and Chile signed a fisheries accord."
    assert published_in_text(text) is None
    assert published_in_text(text, "https://news.example.org/2023/06/peru-chile") is None
    # a day and month inside a sentence is not a dateline, whatever the URL
    text = "Peru and Chile signed a fisheries accord in Lima on May 4, officials said."
    assert published_in_text(text, "https://news.example.org/2023/05/peru-chile") is None


def test_a_full_date_in_the_url_path():
    text = "Peru and Chile signed a fisheries accord."
    assert published_in_text(text, "https://example.org/2023/05/04/peru-chile") == "2023-05-04"
    assert published_in_text(text, "https://example.org/news/20230504-peru-chile") == "2023-05-04"
    assert published_in_text(text, "https://example.org/news/peru-chile-2023") is None


def test_a_day_first_dotted_date_line_is_the_publication_date():
    text = "Leaders meet in Belgrade\n\n25.09.2025 | 17:42 | BELGRADE (Agency)\n\nThe session …"
    assert published_in_text(text) == "2025-09-25"


def test_a_dotted_date_inside_a_sentence_is_no_publication_date():
    # control: only a line that starts with the date is a date line
    text = "Leaders meet in Belgrade\n\nThe agreement of 25.09.2025 was praised by both sides."
    assert published_in_text(text) is None


def test_a_labelled_numeric_date_is_read_in_the_order_its_numbers_allow():
    head = "Talks in Lima\n\nBy A. Reporter | Published 25/06/2025 | World\n\nStory text."
    assert published_in_text(head) == "2025-06-25"
    assert published_in_text("Posted: 06/25/2025\n\nStory text.") == "2025-06-25"
    assert published_in_text("Published: 15.10.2025 11:20\n\nStory text.") == "2025-10-15"


def test_a_labelled_numeric_date_either_order_reads_is_unknown():
    # control: with both numbers 12 or below, day-first and month-first readings disagree
    assert published_in_text("Published 05/06/2025\n\nStory text.") is None


def test_a_dateline_with_a_numeric_date_is_the_publication_date():
    assert published_in_text("Lima, 14/05/2025 (Andina) – Peru and Chile signed") == "2025-05-14"
    assert published_in_text("LIMA, 3.6.2025 - Peru and Chile signed") == "2025-06-03"
    # controls: either order reads it; a numeric date inside a sentence
    assert published_in_text("Lima, 05/06/2025 (Andina) – Peru and Chile signed") is None
    assert published_in_text("The ministers met on 14/05/2025 (a Wednesday) - in Lima") is None


STORY = "Peru and Chile signed a fisheries accord in Lima, officials said.\n\n" * 12


def test_a_date_line_at_the_foot_of_the_article_is_the_publication_date():
    # sites and agencies print the date of issue below the story when not above it
    assert published_in_text(STORY + "Published on 23/10/2025 at 18:02 | Lima bureau\n") == (
        "2025-10-23"
    )
    assert published_in_text(STORY + "(END)\n\n2025/07/11 15:04 KST\n") == "2025-07-11"
    assert published_in_text(STORY + "ISSUED BY THE MINISTRY\nLIMA, 3RD MARCH 2025\n") == (
        "2025-03-03"
    )


def test_a_date_inside_a_sentence_at_the_foot_is_no_publication_date():
    # control beside the rule above: the foot's dates that are not date lines
    text = STORY + "The accord replaces the one the two sides signed on 23 October 2019.\n"
    assert published_in_text(text) is None
    text = STORY + "Read also: Peru and Chile open a new border crossing (12 March 2025)\n"
    assert published_in_text(text) is None


def test_datelines_followed_by_a_full_stop_and_dash_or_by_the_agency_after_a_comma():
    assert published_in_text("Arica, 9 April 2026. — With the signing of three") == "2026-04-09"
    assert published_in_text("Lima, Nov. 18, 2025, ANDINA – The session") == "2025-11-18"


def test_a_numeric_date_both_orders_read_alike_is_known():
    assert published_in_text("Lima, 12/12/2025 (Andina) - Peru and Chile signed") == "2025-12-12"
    assert published_in_text("Talks in Lima\n\n17/06/2025\n\nStory text.") == "2025-06-17"


def test_a_year_first_date_as_a_field_of_a_by_line():
    assert published_in_text("Radio Andes | 2026.02.12 15:30 | Updated 17:02\n\nText.") == (
        "2026-02-12"
    )


def test_a_weekday_tells_which_order_an_ambiguous_by_line_date_is_in():
    # 08/10/2026 reads as 8 October (a Thursday) or 10 August (a Monday)
    assert published_in_text("Coast News | 08/10/2026 - 10:22 | Updated 14:05\n\nText.") is None
    thursday = "Coast News | Thu 08/10/2026 - 10:22 | Updated 14:05\n\nText."
    assert published_in_text(thursday) == "2026-10-08"
    monday = "Coast News | Mon 08/10/2026 - 10:22 | Updated 14:05\n\nText."
    assert published_in_text(monday) == "2026-08-10"


def test_a_date_line_whose_fields_a_middle_dot_or_bullet_separates():
    head = "LIVE | Talks in Lima\n\nWednesday 10 June 2026 {sep} This page is updated live\n\n"
    body = "08:52\nThe Chilean minister has landed in Lima for talks with Peru."
    assert published_in_text(head.format(sep="|") + body) == "2026-06-10"  # control: a bar
    assert published_in_text(head.format(sep="·") + body) == "2026-06-10"
    assert published_in_text(head.format(sep="•") + body) == "2026-06-10"


def test_a_story_counts_its_days_from_its_datelines_day(extract_text):
    text = (
        "THE DAILY GAZETTE\nFriday, 23 January 2026\n\n"
        "LIMA, 22 Jan — Chile and Peru held their 9th round of foreign office consultations at "
        "the ministry here this morning."
    )
    found = extract_text(text, published="2026-01-23")["meeting"]
    assert [m["date"] for m in found] == ["2026-01-22"]
    # control: a dateline of the page's own day changes nothing
    found = extract_text(text.replace("22 Jan", "23 Jan"), published="2026-01-23")["meeting"]
    assert [m["date"] for m in found] == ["2026-01-23"]
