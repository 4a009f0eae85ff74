import datetime as dt

from accords.extract.dates import find_dates, resolve

PUBLISHED = dt.date(2023, 6, 14)  # a Wednesday


def values(text: str, published: dt.date | None = PUBLISHED) -> list[str | None]:
    return [d.value for d in find_dates(text, published)]


def test_explicit_dates_in_common_forms():
    assert values("on 3 March 2021") == ["2021-03-03"]
    assert values("on March 3, 2021") == ["2021-03-03"]
    assert values("on Sept. 17, 2019") == ["2019-09-17"]
    assert values("from 12-14 October 2022") == ["2022-10-12"]
    assert values("in October 2022") == ["2022-10"]
    assert values("2020-11-30") == ["2020-11-30"]


def test_relative_dates_resolve_against_publication_date():
    assert values("later this year") == ["2023"]
    assert values("next year") == ["2024"]
    assert values("last month") == ["2023-05"]
    assert values("on Monday") == ["2023-06-12"]
    assert values("next Monday") == ["2023-06-19"]
    assert values("yesterday") == ["2023-06-13"]
    assert values("March 9") == ["2023-03-09"]


def test_a_part_of_a_day_is_that_day():
    assert values("spoke this morning") == ["2023-06-14"]
    assert values("will meet this evening") == ["2023-06-14"]
    assert values("will dine tonight") == ["2023-06-14"]
    assert values("arrived last night") == ["2023-06-13"]
    # control: the other parts of a day, and a morning that names no day
    assert values("met today") == ["2023-06-14"]
    assert values("met on Monday morning") == ["2023-06-12"]
    assert values("met every morning") == []


def test_relative_dates_stay_unknown_without_publication_date():
    assert values("later this year", None) == [None]
    assert values("in the autumn", None) == [None]
    assert values("on Friday", None) == [None]
    assert values("March 9", None) == [None]


def test_never_resolved_against_today():
    today = dt.date.today()
    assert str(today.year) not in [v for v in values("this year", None) if v]


def test_amounts_are_not_years():
    assert values("a loan of $2020 million") == []
    assert values("the 2019-2023 programme") == []


def test_an_anniversary_date_is_not_an_event_date(extract_text):
    text = (
        "Chile and Peru held a summit of their presidents in Lima on Monday, marking the anniversary "
        "of the 1929 treaty signed on June 3, 1929, the two governments said."
    )
    summits = [
        m for m in extract_text(text, published="2023-06-07")["meeting"] if m["kind"] == "summit"
    ]
    assert [m["date"] for m in summits] == ["2023-06-05"]


def test_month_day_of_year():
    assert values("was held in Valparaiso on March 14 of 2019") == ["2019-03-14"]


def test_a_weekday_before_an_explicit_date_gives_way_to_it():
    # 2023-06-16 is the Friday after publication, but the article names 23 June
    assert values("will arrive on Friday, 23 June") == ["2023-06-23"]


def resolved(phrase: str, future: bool | None, published: dt.date = PUBLISHED) -> str | None:
    (mention,) = find_dates(phrase, published)
    return resolve(mention.text, mention.form, published, future)


def test_a_week_resolves_to_its_month_or_only_its_year():
    # PUBLISHED is Wednesday 14 June 2023: that week runs 12-18 June
    assert values("earlier this week") == ["2023-06"]
    assert values("last week") == ["2023-06"]  # 5-11 June
    assert values("next week") == ["2023-06"]  # 19-25 June
    # published Wednesday 3 May 2023: last week ran 24-30 April, this week 1-7 May
    assert values("last week", dt.date(2023, 5, 3)) == ["2023-04"]
    assert values("this week", dt.date(2023, 5, 3)) == ["2023-05"]
    # published Wednesday 31 May 2023: that week (29 May - 4 June) straddles two months
    assert values("this week", dt.date(2023, 5, 31)) == ["2023"]
    assert values("next week", dt.date(2023, 5, 31)) == ["2023-06"]
    assert values("the past week", dt.date(2023, 6, 3)) == ["2023"]  # 27 May - 2 June
    assert values("last week", None) == [None]


def test_a_bare_weekday_follows_the_tense():
    assert resolved("on Friday", None) == "2023-06-09"  # unknown tense: the last one
    assert resolved("on Friday", False) == "2023-06-09"
    assert resolved("on Friday", True) == "2023-06-16"  # "will meet on Friday"
    assert resolved("on Wednesday", True) == "2023-06-14"  # the day of publication
    assert resolved("last Friday", True) == "2023-06-09"


def test_a_month_without_year_follows_the_tense():
    november = dt.date(2023, 11, 20)
    assert resolved("in March", None, november) == "2023-03"
    assert resolved("in March", True, november) == "2024-03"  # "will meet in March"
    february = dt.date(2024, 2, 5)
    assert resolved("in October", False, february) == "2023-10"  # "met in October"
    assert resolved("in October", None, february) == "2024-10"
    assert resolved("in April", False, february) == "2023-04"


def test_a_day_without_year_moves_only_when_far_on_the_wrong_side():
    december = dt.date(2023, 12, 28)
    assert resolved("on January 9", True, december) == "2024-01-09"
    assert resolved("on December 20", True, december) == "2023-12-20"  # a week: same year
    january = dt.date(2024, 1, 5)
    assert resolved("on December 20", False, january) == "2023-12-20"
    assert resolved("on January 3", False, january) == "2024-01-03"


def test_meeting_dates_take_the_tense_of_their_clause(extract_text):
    # published Tuesday 21 November 2023
    text = (
        "The foreign ministers of Kenya and Peru will meet in Lima on Friday to sign a trade deal."
    )
    meetings = extract_text(text, published="2023-11-21")["meeting"]
    assert [(m["status"], m["date"]) for m in meetings] == [("planned", "2023-11-24")]
    text = "The foreign ministers of Kenya and Peru met in Lima on Friday and signed a trade deal."
    meetings = extract_text(text, published="2023-11-21")["meeting"]
    assert [(m["status"], m["date"]) for m in meetings] == [("held", "2023-11-17")]


def test_a_planned_meeting_in_a_month_already_past_is_next_year(extract_text):
    text = "The Kenya-Peru Joint Commission will hold its next session in Nairobi in March."
    meetings = extract_text(text, published="2023-11-21")["meeting"]
    assert [m["date"] for m in meetings] == ["2024-03"]
    # positive control for the same shape in the past tense
    text = "The Kenya-Peru Joint Commission held its fifth session in Nairobi in March."
    meetings = extract_text(text, published="2023-11-21")["meeting"]
    assert [m["date"] for m in meetings] == ["2023-03"]


def test_on_the_day_of_the_month_resolves_in_the_publication_month():
    published = dt.date(2024, 8, 16)
    found = find_dates("The ministers met in Kampala on the 14th for the session.", published)
    assert [d.value for d in found] == ["2024-08-14"]
    # a past day after the publication's day lies in the month before
    assert resolve("on the 20th", "day_of_month", published, future=False) == "2024-07-20"
    # a future day before it, in the month after
    assert resolve("on the 3rd", "day_of_month", published, future=True) == "2024-09-03"


def test_the_14th_session_is_no_date():
    """Control: an ordinal before a noun numbers the noun."""
    found = find_dates("They held the 14th session on the 14th.", None)
    assert [d.text for d in found] == ["on the 14th"]
    assert [d.text for d in find_dates("They opened the 14th session in Kampala.", None)] == []


def test_the_years_of_a_span_are_a_period_not_a_date():
    assert values("a new programme for 2023–2027 and a plan for 2024-2028") == []


def test_a_year_beside_a_dash_of_punctuation_is_a_date():
    # control: a year set off by spaced dashes is still the year of what happened
    assert values("the programme – signed in 2023 – runs for five years") == ["2023"]


def test_a_month_a_plan_is_for_or_moved_to_resolves_like_in_june():
    assert values("the summit planned for June") == ["2023-06"]
    assert values("the talks were moved to September") == ["2023-09"]


def test_a_month_name_inside_a_longer_word_after_for_is_no_date():
    # control: "for Marchers" is no month
    assert values("a rally for Marchers and walkers") == []


def test_years_ago_count_back_from_the_article():
    assert resolve("two years ago", "years_ago", dt.date(2025, 7, 18)) == "2023"
    assert resolve("a year ago", "years_ago", dt.date(2025, 7, 18)) == "2024"
    assert resolve("two years ago", "years_ago", None) is None


def test_a_span_of_years_without_ago_is_no_date():
    # control: "for two years" measures a span, it dates nothing
    assert values("The talks went on for two years.") == []
