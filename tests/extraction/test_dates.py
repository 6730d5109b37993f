"""Date phrases and their resolution, on phrases written for these tests."""

import datetime as dt

import pytest

from extraction.dates import dateline_date, find_date_phrases, resolve, resolve_period

MONDAY = dt.date(1987, 3, 16)


def test_dateline_date_takes_its_year_from_the_publication_date():
    assert dateline_date("June 29", dt.date(1987, 6, 29)) == dt.date(1987, 6, 29)
    assert dateline_date("1996-08-26", None) == dt.date(1996, 8, 26)


def test_on_tuesday_resolves_to_the_previous_tuesday():
    assert resolve("on Tuesday", published=MONDAY, dateline=None) == (
        dt.date(1987, 3, 10),
        "published",
        MONDAY,
    )


def test_a_weekday_naming_the_anchor_day_is_that_day():
    assert resolve("on Monday", published=MONDAY, dateline=None)[0] == MONDAY


def test_planned_tuesday_is_the_next_one():
    assert resolve("on Tuesday", published=MONDAY, dateline=None, future=True)[0] == dt.date(1987, 3, 17)


def test_dateline_date_is_preferred_as_anchor():
    date, anchor, anchor_date = resolve("yesterday", published=MONDAY, dateline=dt.date(1987, 3, 14))
    assert (date, anchor, anchor_date) == (dt.date(1987, 3, 13), "dateline", dt.date(1987, 3, 14))


def test_bracketed_date_after_a_weekday_wins():
    assert resolve("Thursday (Aug 20)", published=dt.date(2020, 8, 22), dateline=None)[0] == dt.date(
        2020, 8, 20
    )


def test_day_and_month_take_the_anchor_year():
    assert resolve("Nov. 12", published=dt.date(2020, 11, 13), dateline=None)[0] == dt.date(2020, 11, 12)


def test_december_in_a_january_story_is_last_year():
    assert resolve("on Dec. 28", published=dt.date(1999, 1, 4), dateline=None)[0] == dt.date(1998, 12, 28)


def test_full_date_is_absolute():
    assert resolve("on 12 November 2018", published=None, dateline=None) == (
        dt.date(2018, 11, 12),
        "absolute",
        None,
    )


def test_last_week_is_left_unresolved():
    assert resolve("last week", published=MONDAY, dateline=None) == (None, "", None)


def test_weekday_without_any_anchor_is_unresolved():
    assert resolve("on Tuesday", published=None, dateline=None) == (None, "", None)


def test_phrases_are_found_with_their_preposition():
    phrases = [
        words for _, _, words in find_date_phrases("They met on Friday morning, not yesterday or in May.")
    ]
    assert phrases == ["on Friday morning", "yesterday", "in May"]


def test_may_as_a_verb_is_not_a_date():
    assert find_date_phrases("The talks may 5 times fail.") == []


def test_on_the_eve_of_is_the_day_before():
    assert find_date_phrases("They met on the eve of Tuesday's summit.")[0][2] == "on the eve of Tuesday's"
    thursday = dt.date(2021, 6, 10)
    assert resolve("on the eve of Tuesday's", published=thursday, dateline=None)[0] == dt.date(2021, 6, 7)
    assert resolve("on the eve of March 3", published=thursday, dateline=None)[0] == dt.date(2021, 3, 2)


def test_month_and_weekday_names_come_from_the_calendar():
    assert resolve("Sept. 4", published=dt.date(2021, 9, 10), dateline=None)[0] == dt.date(2021, 9, 4)
    assert resolve("on Sunday", published=dt.date(2021, 6, 10), dateline=None)[0] == dt.date(2021, 6, 6)


# -- partial dates: a month or a year, not a day -------------------------------------------------------
JUNE_2021 = dt.date(2021, 6, 10)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in April 2012", (dt.date(2012, 4, 1), "month")),
        ("in early Sept. 2015", (dt.date(2015, 9, 1), "month")),
        ("in March last year", (dt.date(2020, 3, 1), "month")),
        ("in October next year", (dt.date(2022, 10, 1), "month")),
        ("in February", (dt.date(2021, 2, 1), "month")),  # the latest February up to June 2021
        ("in November", (dt.date(2020, 11, 1), "month")),  # not one still to come
        ("last month", (dt.date(2021, 5, 1), "month")),
        ("earlier this month", (dt.date(2021, 6, 1), "month")),
        ("in 2019", (dt.date(2019, 1, 1), "year")),
        ("last year", (dt.date(2020, 1, 1), "year")),
        ("later this year", (dt.date(2021, 1, 1), "year")),
    ],
)
def test_a_phrase_naming_a_month_or_a_year_resolves_to_its_first_day(phrase, expected):
    assert resolve_period(phrase, published=JUNE_2021, dateline=None) == expected


def test_a_planned_month_without_a_year_is_the_next_such_month():
    assert resolve_period("in February", published=JUNE_2021, dateline=None, future=True) == (
        dt.date(2022, 2, 1),
        "month",
    )


def test_last_month_in_january_is_last_december():
    assert resolve_period("last month", published=dt.date(2021, 1, 5), dateline=None) == (
        dt.date(2020, 12, 1),
        "month",
    )


@pytest.mark.parametrize("phrase", ["last week", "recently", "on Tuesday", "next weekend"])
def test_a_week_a_day_or_no_period_is_not_a_partial_date(phrase):
    assert resolve_period(phrase, published=JUNE_2021, dateline=None) == (None, "")


def test_a_month_without_a_year_and_no_anchor_stays_unresolved():
    assert resolve_period("in May", published=None, dateline=None) == (None, "")
    assert resolve_period("in May 2001", published=None, dateline=None) == (dt.date(2001, 5, 1), "month")


def test_a_month_with_a_relative_year_is_one_phrase():
    text = "They met in March last year to discuss trade."
    assert [words for _, _, words in find_date_phrases(text)] == ["in March last year"]


def test_last_and_next_with_a_month_name_the_month_before_or_after_the_anchor():
    march = dt.date(1987, 3, 30)
    assert resolve_period("last November", published=march, dateline=None)[0] == dt.date(1986, 11, 1)
    assert resolve_period("next March", published=march, dateline=None)[0] == dt.date(1988, 3, 1)
    assert find_date_phrases("this may help") == []


def test_a_full_date_after_last_is_still_a_day():
    assert [p[2] for p in find_date_phrases("They met last Nov. 12 in Rome.")] == ["Nov. 12"]
