"""The read-only JSON API, /api/ (django-ninja): people, countries, pairs, meetings and articles.

Lists are keyset-paginated (`after` = the `next` of the previous page; `limit` at most 100), so
a deep page costs what the first does. Each list is one query plus one per related table.
No CORS headers are sent: browsers on other origins cannot read it, scripts and servers can.
"""

import datetime as dt
import re
from typing import Literal

from django.conf import settings
from django.db.models import F, Prefetch, Q
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Query
from ninja.errors import HttpError
from ninja.throttling import AnonRateThrottle

from api import schemas
from articles.models import Article
from entities.filters import MeetingFilters, parse_day
from entities.models import (
    Country,
    CountryMention,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    MeetingReport,
    MeetingStatus,
    Person,
    PersonMention,
    Quote,
    Role,
    meetings_of_country,
    pair_meeting_ids,
)

MAX_PAGE = 100
# What a request can get instead of its answer: a bad cursor or pair (400), nothing there (404),
# a parameter of the wrong shape (422), too many requests (429).
ERRORS = {400: schemas.Problem, 404: schemas.Problem, 422: schemas.Problem, 429: schemas.Problem}
DATE_CURSOR = re.compile(r"(-|\d{4}-\d{2}-\d{2})\.(\d{1,18})")
ID_CURSOR = re.compile(r"\d{1,18}")
CODE = re.compile(r"[A-Za-z]{2}")

api = NinjaAPI(
    title="Newsdesk API",
    version="1",
    description=__doc__,
    urls_namespace="api",
    # Swagger UI loads scripts from a CDN, which the site's Content-Security-Policy forbids.
    docs_url=None,
    throttle=[AnonRateThrottle(settings.NEWSDESK_API_RATE)],
)

Limit = Query(20, ge=1, le=MAX_PAGE, description=f"Items per page, 1 to {MAX_PAGE}")
ID_AFTER = Query(None, pattern=r"^\d{1,18}$", description="The `next` of the previous page")
CODE_AFTER = Query(None, pattern=r"^[A-Za-z]{2}$", description="The `next` of the previous page")
DATE_AFTER = Query(
    None, pattern=r"^(-|\d{4}-\d{2}-\d{2})\.\d{1,18}$", description="The `next` of the previous page"
)
CountryCode = Query(None, pattern=r"^[A-Za-z]{2}$", description="With a: meetings of this country pair")
# Dates as strict YYYY-MM-DD text: pydantic would also take 0 as 1970-01-01.
DAY = r"^\d{4}-\d{2}-\d{2}$"
From = Query(
    None, alias="from", pattern=DAY, description="On or after, YYYY-MM-DD (or a month or year overlapping)"
)
To = Query(None, alias="to", pattern=DAY, description="On or before, YYYY-MM-DD")
Kind = Literal[tuple(MeetingKind.values)]
Status = Literal[tuple(MeetingStatus.values)]


def _code(raw: str) -> str:
    if not CODE.fullmatch(raw):
        raise HttpError(404, "No such country code")
    return raw.upper()


def _day(name: str, raw: str | None) -> dt.date | None:
    day = parse_day(raw) if raw else None
    if raw and day is None:
        raise HttpError(400, f"{name}: not a date (YYYY-MM-DD)")
    return day


def _dated_page(queryset, field: str, after: str | None, limit: int):
    """(rows, next) newest `field` first, undated last, ties by id: keyset on (field, id)."""
    if after:
        match = DATE_CURSOR.fullmatch(after)
        if not match:
            raise HttpError(400, "after: not a cursor this API gave")
        day, pk = match.group(1), int(match.group(2))
        if day == "-":
            queryset = queryset.filter(**{f"{field}__isnull": True, "pk__lt": pk})
        else:
            try:
                day = dt.date.fromisoformat(day)
            except ValueError:
                raise HttpError(400, "after: not a cursor this API gave") from None
            queryset = queryset.filter(
                Q(**{f"{field}__lt": day}) | Q(**{field: day, "pk__lt": pk}) | Q(**{f"{field}__isnull": True})
            )
    rows = list(queryset.order_by(F(field).desc(nulls_last=True), "-pk")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        return rows, None
    last = rows[-1]
    day = getattr(last, field)
    return rows, f"{day.isoformat() if day else '-'}.{last.pk}"


def _people():
    return Person.objects.prefetch_related(
        "names",
        Prefetch(
            "roles",
            queryset=Role.objects.only(
                "person_id", "title", "country_id", "first_seen", "last_seen", "origin"
            ),
        ),
    )


@api.get("/people", response={200: schemas.PersonPage, **ERRORS}, tags=["people"])
def people(
    request,
    q: str = Query("", max_length=200, description="A name, any spelling"),
    after: str | None = ID_AFTER,
    limit: int = Limit,
):
    """People, by id; with `q`, those whose name or a variant matches (accents, case, typos)."""
    rows = _people()
    if q.strip():
        rows = rows.filter(pk__in=Person.objects.search(q).order_by().values("pk"))
    if after:
        if not ID_CURSOR.fullmatch(after):
            raise HttpError(400, "after: not a cursor this API gave")
        rows = rows.filter(pk__gt=int(after))
    found = list(rows.order_by("pk")[: limit + 1])
    return {"items": found[:limit], "next": str(found[limit - 1].pk) if len(found) > limit else None}


@api.get("/people/{slug}", response={200: schemas.PersonOut, **ERRORS}, tags=["people"])
def person(request, slug: str):
    return get_object_or_404(_people(), slug=slug)


@api.get("/countries", response={200: schemas.CountryPage, **ERRORS}, tags=["countries"])
def countries(request, after: str | None = CODE_AFTER, limit: int = Limit):
    """Countries by ISO code."""
    rows = Country.objects.order_by("code")
    if after:
        rows = rows.filter(code__gt=_code(after))
    found = list(rows[: limit + 1])
    return {"items": found[:limit], "next": found[limit - 1].code if len(found) > limit else None}


@api.get("/countries/{code}", response={200: schemas.CountryOut, **ERRORS}, tags=["countries"])
def country(request, code: str):
    return get_object_or_404(Country, code=_code(code))


@api.get("/pairs", response={200: list[schemas.PairOut], **ERRORS}, tags=["pairs"])
def pairs(
    request,
    country: str | None = Query(None, pattern=r"^[A-Za-z]{2}$", description="Only pairs with this country"),
    limit: int = Limit,
):
    """Country pairs with most meetings first."""
    if country:
        code = _code(country)
        # Pairs are counted over the country's meetings, which can also pair two others.
        found = [p for p in meetings_of_country(code).busiest_pairs(limit=1000) if code in p.codes][:limit]
    else:
        found = Meeting.objects.all().busiest_pairs(limit=limit)
    return [
        {
            "a": p.a.code,
            "b": p.b.code,
            "name": str(p),
            "meetings": p.meeting_count,
            "url": p.get_absolute_url(),
        }
        for p in found
    ]


def _meetings():
    return Meeting.objects.prefetch_related(
        Prefetch(
            "participant_rows",
            queryset=MeetingParticipant.objects.select_related("person")
            .only("meeting_id", "person_id", "country_id", "title", "person__name", "person__slug")
            .order_by("country_id", "person__name"),
        ),
        Prefetch(
            "reports",
            queryset=MeetingReport.objects.select_related("article")
            .only(
                "meeting_id", "article_id", "evidence", "article__slug", "article__title",
                "article__source", "article__published",
            )
            .order_by("article__published", "id"),
        ),
    )  # fmt: skip


def _filtered_meetings(a, b, country, person, date_from, date_to, status, kind, place):
    meetings = _meetings()
    if a and b:
        meetings = meetings.filter(pk__in=pair_meeting_ids(_code(a), _code(b)))
    elif a or b:
        raise HttpError(400, "a and b name a pair: give both")
    if country:
        meetings = meetings.filter(pk__in=meetings_of_country(_code(country)).values("pk"))
    if person:
        meetings = meetings.filter(participant_rows__person__slug=person)
    # The pages' rule for a range: a month or a year is in it when it overlaps it.
    meetings = MeetingFilters(start=date_from, end=date_to).apply(meetings)
    exact = {
        "status": status,
        "kind": kind,
        "place__iexact": place,
    }
    return meetings.filter(**{k: v for k, v in exact.items() if v})


@api.get("/meetings", response={200: schemas.MeetingPage, **ERRORS}, tags=["meetings"])
def meetings(
    request,
    a: str | None = Query(
        None, pattern=r"^[A-Za-z]{2}$", description="With b: meetings of this country pair"
    ),
    b: str | None = CountryCode,
    country: str | None = Query(
        None, pattern=r"^[A-Za-z]{2}$", description="Meetings this country took part in"
    ),
    person: str | None = Query(None, max_length=220, description="A person's slug"),
    date_from: str | None = From,
    date_to: str | None = To,
    status: Status | None = None,
    kind: Kind | None = None,
    place: str | None = Query(None, max_length=100, description="The place as written, any case"),
    after: str | None = DATE_AFTER,
    limit: int = Limit,
):
    """Meetings, latest date first (undated last), with participants and every report."""
    found = _filtered_meetings(
        a, b, country, person, _day("from", date_from), _day("to", date_to), status, kind, place
    )
    rows, following = _dated_page(found, "date", after, limit)
    return {"items": rows, "next": following}


@api.get("/meetings/{meeting_id}", response={200: schemas.MeetingOut, **ERRORS}, tags=["meetings"])
def meeting(request, meeting_id: int):
    return get_object_or_404(_meetings(), pk=meeting_id)


def _articles():
    return Article.objects.only(
        "slug", "title", "source", "published", "byline", "dateline"
    ).prefetch_related(
        Prefetch(
            "person_mentions",
            queryset=PersonMention.objects.select_related("person").only(
                "article_id", "person_id", "count", "first_offset", "person__name", "person__slug"
            ),
        ),
        Prefetch("country_mentions", queryset=CountryMention.objects.select_related("country")),
        Prefetch("meeting_reports", queryset=MeetingReport.objects.only("article_id", "meeting_id")),
        Prefetch("quotes", queryset=Quote.objects.only("article_id", "text")),
    )


@api.get("/articles", response={200: schemas.ArticlePage, **ERRORS}, tags=["articles"])
def articles(
    request,
    country: str | None = Query(None, pattern=r"^[A-Za-z]{2}$", description="Articles naming this country"),
    person: str | None = Query(None, max_length=220, description="Articles naming this person (slug)"),
    after: str | None = DATE_AFTER,
    limit: int = Limit,
):
    """Articles, latest first, each with what was read from it: people, countries, meetings, quotes."""
    found = _articles()
    if country:
        found = found.filter(country_mentions__country=_code(country))
    if person:
        found = found.filter(person_mentions__person__slug=person)
    rows, following = _dated_page(found, "published", after, limit)
    return {"items": rows, "next": following}


@api.get("/articles/{slug}", response={200: schemas.ArticleOut, **ERRORS}, tags=["articles"])
def article(request, slug: str):
    return get_object_or_404(_articles(), slug=slug)
