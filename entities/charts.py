"""Server-rendered SVG charts: the numbers are laid out here, the template only draws them."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from entities.params import plausible_date

# Beyond this many months a monthly chart has bars too thin to read: switch to years.
MAX_MONTHS = 48
WIDTH, HEIGHT, AXIS = 640, 160, 20
# A label character's width in the chart's units at the desktop's and the phone's font sizes (12 and
# 20, site.css), a little generous: labels are spaced so none runs into the next or off the edge.
DESKTOP_CHAR_WIDTH, PHONE_CHAR_WIDTH, LABEL_GAP = 8, 12, 16


@dataclass
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    show_label: bool = False
    # Phones draw the labels larger (site.css), so fewer of them fit: these stay there.
    narrow_label: bool = False


@dataclass
class Timeline:
    title: str
    description: str
    period: str  # "month" or "year"
    bars: list[Bar] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT + AXIS
    plot_height: int = HEIGHT
    label_y: int = HEIGHT + AXIS - 4
    max_count: int = 0

    @property
    def rows(self) -> list[Bar]:
        """The text alternative: periods with meetings only."""
        return [bar for bar in self.bars if bar.count]


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


def period_for(first: dt.date | None, last: dt.date | None) -> str:
    if not (plausible_date(first) and plausible_date(last)):
        return "year"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= MAX_MONTHS else "year"


def timeline(
    counts: list[tuple[dt.date, int]], period: str, subject: str, span: tuple[dt.date, dt.date] | None = None
) -> Timeline:
    """Bars for meetings per period, gaps filled with zero so time reads left to right; over `span`
    at least (a date range asked for), so that a quiet year shows as one, not as its busy month."""
    by_period = {(d.date() if isinstance(d, dt.datetime) else d): n for d, n in counts}
    # One misread date (9999-12-31) would stretch the axis to thousands of empty bars and step
    # past date.max: the chart only spans the plausible years.
    by_period = {d: n for d, n in by_period.items() if plausible_date(d)}
    unit = "month" if period == "month" else "year"
    chart = Timeline(title=f"Meetings per {unit}: {subject}", description="", period=period)
    if not by_period:
        chart.description = "No dated meetings."
        return chart
    first, last = min(by_period), max(by_period)
    if span and all(plausible_date(d) for d in span):
        first, last = min(first, span[0]), max(last, span[1])
    if period == "month":
        periods = _months(first, last)
        label = "%b %Y"
    else:
        periods = [dt.date(year, 1, 1) for year in range(first.year, last.year + 1)]
        label = "%Y"
    top = max(by_period.values())
    chart.max_count = top
    slot = WIDTH / len(periods)
    # A lone bar as wide as the chart reads as a block, not a count: keep bars slim.
    bar_width = min(slot * 0.8, 40)
    # Label about eight periods so the axis stays legible at any span; on a phone, as many as fit.
    every = max(1, round(len(periods) / 8))
    chars = len(periods[0].strftime(label))
    narrow_every = every * max(1, math.ceil((chars * PHONE_CHAR_WIDTH + LABEL_GAP) / (every * slot)))
    for i, start in enumerate(periods):
        n = by_period.get(start, 0)
        height = HEIGHT * n / top
        x = round(i * slot + (slot - bar_width) / 2, 2)
        # Not cut off at the right edge (the first label is drawn whatever the width).
        fits = i == 0 or x + chars * DESKTOP_CHAR_WIDTH <= WIDTH
        fits_phone = i == 0 or x + chars * PHONE_CHAR_WIDTH <= WIDTH
        chart.bars.append(
            Bar(
                label=start.strftime(label),
                count=n,
                x=x,
                y=round(HEIGHT - height, 2),
                width=round(max(bar_width, 1), 2),
                height=round(height, 2),
                show_label=fits and i % every == 0,
                narrow_label=fits_phone and i % narrow_every == 0,
            )
        )
    total = sum(by_period.values())
    busiest = max(chart.bars, key=lambda bar: bar.count)
    meetings = "meeting" if total == 1 else "meetings"
    chart.description = (
        f"{total} dated {meetings} from {chart.bars[0].label} to {chart.bars[-1].label}; "
        f"the busiest {unit} was {busiest.label} with {busiest.count}."
    )
    return chart
