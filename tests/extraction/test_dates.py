"""Date phrases and their resolution, on phrases written for these tests."""

import datetime as dt

from extraction.dates import dateline_date, find_date_phrases, resolve

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
