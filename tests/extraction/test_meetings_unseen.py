"""Meetings patterns found on a fresh sample of unseen articles (issue 10, round 15), each on a short
story written for the test."""

import datetime as dt


def test_a_travellers_talks_in_a_third_capital_are_not_his_talks_with_a_briton(meetings):
    found = meetings(
        "LONDON, March 2 - Greek Finance Minister Nikos Petrou spoke after his talks with British "
        "Chancellor Eleni Kosta. Petrou said his talks in Washington last week were aimed at support.",
        {"Nikos Petrou": "GR", "Eleni Kosta": "GB"},
        published=dt.date(1987, 3, 2),
    )
    assert sorted((m.sides, m.place) for m in found) == [
        (["GB", "GR"], "London"),
        (["GR", "US"], "Washington"),
    ]
