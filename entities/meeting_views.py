"""Pages about facts rather than articles: one meeting, a country's offices over time, and their feeds.

Kept apart from entities.views so that the list pages and these grow without touching each other.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from articles.outlets import outlet_country
from entities.feeds import CountryMeetingsFeed, MeetingEntryFeed, PersonMeetingsFeed
from entities.filters import MeetingFilters, parse_day
from entities.models import (
    Country,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    country_offices,
    link_people,
)
from entities.views import CODE, _person_or_redirect

NOT_KNOWN = "Outlet's country not known"


def _meeting(pk: int) -> Meeting:
    participants = MeetingParticipant.objects.select_related("person", "country").order_by(
        "country__name", "person__name"
    )
    reports = MeetingReport.objects.select_related("article").order_by("article__published", "id")
    return get_object_or_404(
        Meeting.objects.select_related("place_country", "edited_by").prefetch_related(
            Prefetch("participant_rows", queryset=participants), Prefetch("reports", queryset=reports)
        ),
        pk=pk,
    )


def _reports_by_outlet_country(reports) -> list[tuple[str, list]]:
    """[(country name, reports)]: known countries by name, the unknown ones last."""
    codes = {r.pk: outlet_country(r.article.source) for r in reports}
    names = dict(
        Country.objects.filter(code__in={c for c in codes.values() if c}).values_list("code", "name")
    )
    groups: dict[str, list] = {}
    for report in reports:
        groups.setdefault(names.get(codes[report.pk], NOT_KNOWN), []).append(report)
    return sorted(groups.items(), key=lambda item: (item[0] == NOT_KNOWN, item[0]))


def citation(meeting: Meeting, url: str) -> str:
    """A plain-text citation: who, what, where, when, from how many reports, and where it lives."""
    people = ", ".join(
        f"{row.person.name} ({row.title})" if row.title else row.person.name
        for row in meeting.participant_rows.all()
    )
    when = meeting.date_label
    where = f", {meeting.place}" if meeting.place else ""
    reports = len(meeting.reports.all())
    status = "" if meeting.status == "held" else f" ({meeting.get_status_display().lower()})"
    return (
        f"{meeting.get_kind_display().capitalize()}{status}: {people}{where}, {when}. "
        f"{reports} report{'s' if reports != 1 else ''}. Newsdesk, meeting {meeting.pk}. {url}"
    )


def meeting(request, pk):
    meeting = _meeting(pk)
    participants = list(meeting.participant_rows.all())
    earlier, later = meeting.earlier_and_later()
    link_people(
        [
            *(row.person for row in participants),
            *(row.person for m in (*earlier, *later) for row in m.participant_rows.all()),
        ]
    )
    url = request.build_absolute_uri(meeting.get_absolute_url())
    ctx = {
        "meeting": meeting,
        "participants": participants,
        "report_groups": _reports_by_outlet_country(list(meeting.reports.all())),
        "earlier": earlier,
        "later": later,
        "neighbours_empty": "Undated: no meeting can be placed before or after it."
        if meeting.date is None
        else "None recorded.",
        "permalink": url,
        "citation": citation(meeting, url),
    }
    return render(request, "entities/meeting.html", ctx)


def meeting_feed(request, pk):
    return MeetingEntryFeed()(request, meeting=_meeting(pk))


def offices(request, code):
    if not CODE.fullmatch(code) or code != code.lower():
        raise Http404("No such country code")
    country = get_object_or_404(Country, code=code.upper())
    on = parse_day(request.GET.get("on", ""))
    ctx = {
        "country": country,
        "offices": country_offices(country, on),
        "on": on,
        "on_given": bool(request.GET.get("on")),
    }
    return render(request, "entities/offices.html", ctx)


def person_meetings_feed(request, slug):
    person, moved = _person_or_redirect(slug, "entities:person_meetings_feed")
    return moved or PersonMeetingsFeed()(request, person=person, filters=MeetingFilters.from_request(request))


def country_meetings_feed(request, code):
    if not CODE.fullmatch(code) or code != code.lower():
        raise Http404("No such country code")
    country = get_object_or_404(Country, code=code.upper())
    return CountryMeetingsFeed()(request, country=country, filters=MeetingFilters.from_request(request))
