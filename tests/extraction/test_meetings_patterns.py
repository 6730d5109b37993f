"""Meeting patterns read from articles nobody tuned on (issue 10), each on a short story written for
the test. People are given (names, countries), so these exercise `find_meetings` alone."""

import datetime as dt


def test_an_opposition_leaders_talks_with_the_prime_minister_are_a_meeting(meetings):
    (meeting,) = meetings(
        "Opposition leader Ravi Das held talks with Prime Minister Meena Rao in Delhi on Friday.",
        {"Ravi Das": "IN", "Meena Rao": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.participants == ["Ravi Das", "Meena Rao"]
    assert meeting.sides == ["IN"]
    assert meeting.date == dt.date(2021, 6, 4)
