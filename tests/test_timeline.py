"""The pair timeline's axis labels stay legible on a phone as well as on a desktop."""

import datetime as dt
import itertools

import pytest

from entities.charts import LABEL_GAP, PHONE_CHAR_WIDTH, WIDTH, timeline


def monthly(months: int):
    first = dt.date(2021, 3, 1)
    counts = [
        (dt.date(first.year + (first.month - 1 + k) // 12, (first.month - 1 + k) % 12 + 1, 1), 1)
        for k in range(months)
    ]
    return timeline(counts, "month", "A and B")


@pytest.mark.parametrize("months", [2, 13, 33, 48])
def test_phone_labels_of_a_monthly_timeline_never_touch_or_run_off_the_chart(months):
    chart = monthly(months)
    shown = [bar for bar in chart.bars if bar.narrow_label]
    width = len("Mar 2021") * PHONE_CHAR_WIDTH
    assert shown and shown[0] is chart.bars[0]
    assert all(b.x - a.x >= width + LABEL_GAP for a, b in itertools.pairwise(shown))
    assert all(bar.x + width <= WIDTH for bar in shown[1:])


def test_every_phone_label_is_also_a_desktop_label_and_the_desktop_shows_more():
    chart = monthly(33)
    phone = {bar.label for bar in chart.bars if bar.narrow_label}
    desktop = {bar.label for bar in chart.bars if bar.show_label}
    assert phone < desktop and len(desktop) >= 8


def test_a_timeline_of_six_years_labels_every_year_on_a_phone():
    chart = timeline([(dt.date(y, 1, 1), 1) for y in range(2019, 2025)], "year", "A and B")
    assert [bar.label for bar in chart.bars if bar.narrow_label] == [str(y) for y in range(2019, 2025)]


def test_the_phone_hides_the_labels_that_do_not_fit_it(client, db, django_assert_max_num_queries):
    from tests import factories

    factories.country("CN"), factories.country("US")
    people = [factories.person("Li Wei", "CN"), factories.person("Jo Smith", "US")]
    article = factories.article("Talks", "They met.")
    for k in range(20):  # one meeting a month over 20 months: a monthly chart
        factories.meeting(article, people, date=dt.date(2021 + k // 12, 1 + k % 12, 10))
    with django_assert_max_num_queries(9):
        page = client.get("/pairs/cn-us/").content.decode()
    assert 'class="wide-only"' in page
