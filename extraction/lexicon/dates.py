"""Calendar words: month and weekday names come from `calendar`; the rest is what news writes for a
day relative to its own ("yesterday", "three days ago")."""

from __future__ import annotations

import calendar


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "jan" -> 1 ... "dec" -> 12: a month is looked up by its first three letters ("Sept." and "September"
# alike). `calendar.month_abbr` is English in the C locale the extractor runs in.
MONTHS = {calendar.month_abbr[number].lower(): number for number in range(1, 13)}
MONTH_NAMES = tuple(calendar.month_name[1:])
# Abbreviations that read as dates; "May" has none, and "Sept" is as common as "Sep"
MONTH_ABBREVIATIONS = (*(a for a in calendar.month_abbr[1:] if a != "May"), "Sept")
WEEKDAYS = tuple(name.lower() for name in calendar.day_name)  # monday first, as date.weekday()

RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
}  # fmt: skip
SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

assert len(MONTHS) == 12 and len(WEEKDAYS) == 7 and WEEKDAYS[0] == "monday", "calendar is not in English"

# Words that make a date the last day of an event ("at the end of a two-day visit yesterday")
END_WORDS = frozenset(
    ["end", "close", "conclusion", "ended", "ends", "concluded", "concludes", "wrapped", "wraps", "closed"]
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
# Words that make the day told the first day of an event ("arrived for a four-day visit")
START_WORDS = _words(
    "arrive arrives arrived arriving begin begins began beginning start starts started opening opened"
)
