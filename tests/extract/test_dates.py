import datetime as dt

from accords.extract.dates import find_dates

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
    assert values("took place in Istanbul on November 26 of 2018") == ["2018-11-26"]


def test_a_weekday_before_an_explicit_date_gives_way_to_it():
    # 2023-06-16 is the Friday after publication, but the article names 23 June
    assert values("will arrive on Friday, 23 June") == ["2023-06-23"]
