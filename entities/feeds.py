"""Atom feeds: a person's latest articles; the latest meetings of a pair, a person or a country;
one meeting as an Atom entry."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

from entities.filters import MeetingFilters
from entities.models import Country, CountryPair, Meeting, Person, meetings_of_country

FEED_SIZE = 30


def _midnight(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else None


class PersonFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, person: Person):
        return person

    def title(self, person: Person) -> str:
        return f"{person.name} · Newsdesk"

    def link(self, person: Person) -> str:
        return person.get_absolute_url()

    def subtitle(self, person: Person) -> str:
        return f"Latest articles mentioning {person.name}."

    def items(self, person: Person):
        return person.articles().only("slug", "title", "body", "published", "ingested_at")[:FEED_SIZE]

    def item_title(self, article) -> str:
        return article.title

    def item_description(self, article) -> str:
        # Atom summaries are HTML: article text must arrive as text, never as markup.
        return escape(Truncator(article.body).chars(400))

    def item_pubdate(self, article):
        return _midnight(article.published) or article.ingested_at


class PairFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, pair: CountryPair):
        return pair

    def title(self, pair: CountryPair) -> str:
        return f"{pair} meetings · Newsdesk"

    def link(self, pair: CountryPair) -> str:
        return pair.get_absolute_url()

    def subtitle(self, pair: CountryPair) -> str:
        return f"Latest meetings between officials of {pair.a.name} and {pair.b.name}."

    def items(self, pair: CountryPair):
        if self._filters.changed:
            return self._filters.apply(pair.meetings()).with_details()[:FEED_SIZE]
        return pair.latest_meetings(FEED_SIZE)

    def item_title(self, meeting) -> str:
        people = ", ".join(row.person.name for row in meeting.participant_rows.all())
        when = meeting.date_label
        where = f" in {meeting.place}" if meeting.place else ""
        return f"{meeting.get_kind_display().capitalize()}{where}, {when}: {people}"

    def item_description(self, meeting) -> str:
        return escape(meeting.evidence_sentence)

    def item_link(self, meeting) -> str:
        report = meeting.first_report
        return report.article.get_absolute_url() if report else f"{self._pair_url}#meeting-{meeting.pk}"

    def item_guid(self, meeting) -> str:
        return f"newsdesk-meeting-{meeting.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, meeting):
        return _midnight(meeting.date) or meeting.created_at

    def __call__(self, request, *args, filters: MeetingFilters | None = None, **kwargs):
        self._pair_url = kwargs["pair"].get_absolute_url()
        self._filters = filters or MeetingFilters()
        return super().__call__(request, *args, **kwargs)


class MeetingsFeed(Feed):
    """New facts rather than new articles: each entry is a meeting and links to its page."""

    feed_type = Atom1Feed
    item_title = PairFeed.item_title
    item_description = PairFeed.item_description
    item_guid = PairFeed.item_guid
    item_guid_is_permalink = False

    def item_link(self, meeting) -> str:
        return meeting.get_absolute_url()

    def item_pubdate(self, meeting):
        return meeting.created_at

    def item_updateddate(self, meeting):
        return meeting.edited_at or meeting.created_at

    def __call__(self, request, *args, filters: MeetingFilters | None = None, **kwargs):
        self._filters = filters or MeetingFilters()
        return super().__call__(request, *args, **kwargs)

    def narrowed(self, meetings):
        """The meetings the URL's filters let through, newest recorded first: a feed reader wants
        what is new to Newsdesk, not the latest date."""
        return self._filters.apply(meetings).order_by("-created_at", "-id")[:FEED_SIZE]


class PersonMeetingsFeed(MeetingsFeed):
    def get_object(self, request, person: Person):
        return person

    def title(self, person: Person) -> str:
        return f"Meetings of {person.name} · Newsdesk"

    def link(self, person: Person) -> str:
        return person.get_absolute_url()

    def items(self, person: Person):
        return self.narrowed(person.ledger())


class CountryMeetingsFeed(MeetingsFeed):
    def get_object(self, request, country: Country):
        return country

    def title(self, country: Country) -> str:
        return f"Meetings of {country.name}\u2019s officials · Newsdesk"

    def link(self, country: Country) -> str:
        return country.get_absolute_url()

    def items(self, country: Country):
        return self.narrowed(meetings_of_country(country.code).with_details())


class MeetingEntryFeed(MeetingsFeed):
    """One meeting as a one-entry Atom document: a reader can follow its corrections."""

    def get_object(self, request, meeting: Meeting):
        return meeting

    def title(self, meeting: Meeting) -> str:
        return f"{self.item_title(meeting)} · Newsdesk"

    def link(self, meeting: Meeting) -> str:
        return meeting.get_absolute_url()

    def items(self, meeting: Meeting):
        return [meeting]
