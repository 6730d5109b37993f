"""The meeting filters every meeting list takes from its URL: one parser, one way to apply them,
one query string for the links, the CSV, the feeds and the pages that carry them on.

`?from=` and `?to=` (YYYY-MM-DD, both ends included), `?status=`, `?kind=`, `?place=`,
`?official=<slug>` and `?sort=` (`-date`, the default, `date` or `reports`). The old `?year=` stands
for that year's from and to. A value that does not parse is ignored and named in `ignored`, so the
form can say so: a crafted URL gets the unfiltered list, never a 500.

A meeting dated only to a month or a year is stored as the first day of that period; a range
includes it when the period overlaps the range ("March 2019" is in from 2019-03-20 to 2019-04-10).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.db.models import F, Q
from django.utils import timezone

from entities.models import DatePrecision, MeetingKind, MeetingStatus, Person
from entities.params import plausible_date, year_param

SORTS = {"-date": "Newest first", "date": "Oldest first", "reports": "Most reports"}
DEFAULT_SORT = "-date"
MAX_PLACE = 100  # Meeting.place's length: a longer value matches nothing anyway
MAX_SLUG = 220


def parse_day(raw: str) -> dt.date | None:
    """A YYYY-MM-DD day within the plausible years, else None ("2019-02-30", "²⁰¹⁹-01-01", "9999-…")."""
    if len(raw) != 10 or not raw.isascii():
        return None
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        return None
    return day if plausible_date(day) else None


@dataclass(frozen=True)
class MeetingFilters:
    start: dt.date | None = None
    end: dt.date | None = None
    status: str = ""
    kind: str = ""
    place: str = ""
    official: Person | None = None
    sort: str = DEFAULT_SORT
    ignored: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_request(cls, request) -> MeetingFilters:
        """The filters a request asks for; one query when it names an official."""
        get = request.GET
        ignored = []

        def given(name: str, max_length: int = 20) -> str:
            # Controls (NUL cannot even reach PostgreSQL) and invisible format characters dropped.
            raw = "".join(c for c in get.get(name, "") if unicodedata.category(c) not in ("Cc", "Cf"))
            return " ".join(raw.split())[:max_length]

        start, end = parse_day(given("from")), parse_day(given("to"))
        ignored += [name for name, day in (("from", start), ("to", end)) if get.get(name) and day is None]
        if start and end and start > end:
            start, end = end, start  # a range typed backwards is still the reader's range
        year = year_param(request)
        if year and not (start or end):
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        elif get.get("year") and not year:
            ignored.append("year")
        choices = {"status": MeetingStatus.values, "kind": MeetingKind.values, "sort": list(SORTS)}
        picked = {}
        for name, allowed in choices.items():
            value = given(name)
            picked[name] = value if value in allowed else ""
            if get.get(name) and not picked[name]:
                ignored.append(name)
        official = None
        if slug := given("official", MAX_SLUG):
            official = Person.objects.filter(slug=slug).only("name", "slug").first()
        if get.get("official") and official is None:
            ignored.append("official")
        return cls(
            start=start,
            end=end,
            status=picked["status"],
            kind=picked["kind"],
            place=given("place", MAX_PLACE),
            official=official,
            sort=picked["sort"] or DEFAULT_SORT,
            ignored=tuple(ignored),
        )

    @property
    def active(self) -> bool:
        """True when the list is narrowed (a sort alone narrows nothing)."""
        return bool(self.start or self.end or self.status or self.kind or self.place or self.official)

    @property
    def changed(self) -> bool:
        """True when anything differs from the default list (filtered or sorted)."""
        return self.active or self.sort != DEFAULT_SORT

    @property
    def ignored_note(self) -> str:
        """What the form says of the parameters it could not read ("" when none)."""
        if not self.ignored:
            return ""
        dates = " (a date is YYYY-MM-DD)" if {"from", "to"} & set(self.ignored) else ""
        return f"Not understood, so not applied: {', '.join(self.ignored)}{dates}."

    @property
    def dates_only(self) -> bool:
        """Narrowed by from/to alone, newest first: what the pair ledger summary can answer."""
        return not (self.status or self.kind or self.place or self.official) and self.sort == DEFAULT_SORT

    def date_range(self, meeting: str = "") -> Q:
        """The from/to condition, on Meeting or (`meeting="meeting__"`) on a row pointing at one."""
        condition = Q()
        if self.start:
            # A month or a year overlaps the range when it ends on or after its start.
            month, year = self.start.replace(day=1), self.start.replace(month=1, day=1)
            precision = f"{meeting}date_precision"
            since = Q(date__gte=self.start)
            if month < self.start:  # (from the 1st, no month or year begins before the range)
                since |= Q(date__gte=month, date__lt=self.start, **{precision: DatePrecision.MONTH})
            if year < self.start:
                since |= Q(date__gte=year, date__lt=self.start, **{precision: DatePrecision.YEAR})
            condition &= since
        if self.end:
            condition &= Q(date__lte=self.end)
        return condition

    def apply(self, meetings):
        """The meetings that pass, in the order asked for."""
        meetings = meetings.filter(self.date_range())
        if self.status:
            meetings = meetings.filter(status=self.status)
        if self.kind:
            meetings = meetings.filter(kind=self.kind)
        if self.place:
            meetings = meetings.filter(place__iexact=self.place)
        if self.official is not None:
            meetings = meetings.with_participant(self.official)
        return self.order(meetings)

    def order(self, meetings):
        newest = F("date").desc(nulls_last=True)
        if self.sort == "date":
            return meetings.order_by(F("date").asc(nulls_last=True), "id")
        if self.sort == "reports":
            return meetings.order_by("-report_count", newest, "-id")
        return meetings.order_by(newest, "-id")

    def params(self) -> dict[str, str]:
        """The non-default filters as GET parameters, in a stable order."""
        values = {
            "from": self.start.isoformat() if self.start else "",
            "to": self.end.isoformat() if self.end else "",
            "status": self.status,
            "kind": self.kind,
            "place": self.place,
            "official": self.official.slug if self.official else "",
            "sort": "" if self.sort == DEFAULT_SORT else self.sort,
        }
        return {k: v for k, v in values.items() if v}

    def query_string(self) -> str:
        """ "?from=…&status=held", or "" unfiltered: appended to a page, CSV or feed URL."""
        params = self.params()
        return "?" + urlencode(params) if params else ""

    def but(self, **changes) -> MeetingFilters:
        return replace(self, **changes)

    def presets(self, today: dt.date) -> list[tuple[str, MeetingFilters]]:
        """[(label, filters)]: date ranges relative to today, the other filters kept."""
        ranges = [
            ("Last 30 days", today - dt.timedelta(days=30), today),
            ("Last 12 months", today - relativedelta(months=12) + dt.timedelta(days=1), today),
            ("All time", None, None),
        ]
        return [(label, self.but(start=start, end=end)) for label, start, end in ranges]

    def describe(self) -> str:
        """The range in words, for headings: "in 2016", "from 2019-03-01 to 2019-06-30"."""
        start, end = self.start, self.end
        whole_year = start and end and start.year == end.year and (start.month, start.day) == (1, 1)
        if whole_year and (end.month, end.day) == (12, 31):
            return f"in {start.year}"
        if start and end:
            return f"from {start.isoformat()} to {end.isoformat()}"
        if start:
            return f"since {start.isoformat()}"
        if end:
            return f"until {end.isoformat()}"
        return ""


def filter_form(request, filters: MeetingFilters, action: str, officials=(), keep=("view",)) -> dict:
    """What the filter form include shows: the choices, the chosen, the date presets as links, and
    what was ignored. `keep` names other GET parameters the form and its links carry on (the
    search's ?q=, the compact view)."""
    kept = {name: request.GET[name][:200] for name in keep if request.GET.get(name)}

    def url(chosen: MeetingFilters) -> str:
        query = urlencode({**kept, **chosen.params()})
        return f"{action}?{query}" if query else action

    people = {p.pk: p for p in officials}
    if filters.official is not None:
        people.setdefault(filters.official.pk, filters.official)
    return {
        "action": action,
        "filters": filters,
        "presets": [
            (label, url(chosen), (chosen.start, chosen.end) == (filters.start, filters.end))
            for label, chosen in filters.presets(timezone.localdate())
        ],
        "statuses": MeetingStatus.choices,
        "kinds": MeetingKind.choices,
        "sorts": list(SORTS.items()),
        "officials": sorted(people.values(), key=lambda p: p.name),
        "kept": sorted(kept.items()),
        "clear": url(MeetingFilters()),
    }
