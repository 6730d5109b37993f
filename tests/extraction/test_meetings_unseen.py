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


def test_an_official_who_arrived_in_a_country_is_visiting_it(run):
    (meeting,) = run(
        "Petrou in Serbia",
        "Greek Prime Minister Nikos Petrou arrived in flood-hit Serbia on Friday after leaving Italy.",
        published=dt.date(2013, 3, 22),
    ).meetings
    assert (meeting.kind, meeting.sides, meeting.date) == ("visit", ["GR", "RS"], dt.date(2013, 3, 22))
