"""What the API returns: flat, documented shapes, each a few fields off rows already fetched."""

import datetime as dt

from ninja import Field, Schema


class RoleOut(Schema):
    title: str
    country: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    edited: bool

    @staticmethod
    def resolve_country(role) -> str | None:
        return role.country_id

    @staticmethod
    def resolve_edited(role) -> bool:
        return role.is_edited


class PersonOut(Schema):
    id: int
    name: str
    slug: str
    country: str | None
    url: str
    variants: list[str]
    roles: list[RoleOut]
    meeting_count: int
    article_count: int
    first_seen: dt.date | None
    last_seen: dt.date | None

    @staticmethod
    def resolve_country(person) -> str | None:
        return person.country_id

    @staticmethod
    def resolve_url(person) -> str:
        return person.get_absolute_url()

    @staticmethod
    def resolve_variants(person) -> list[str]:
        return [n.name for n in person.names.all() if n.name != person.name]

    @staticmethod
    def resolve_roles(person) -> list:
        return list(person.roles.all())


class CountryOut(Schema):
    code: str
    name: str
    official_name: str
    historical: bool
    url: str
    meeting_count: int
    article_count: int

    @staticmethod
    def resolve_url(country) -> str:
        return country.get_absolute_url()


class PairOut(Schema):
    a: str
    b: str
    name: str
    meetings: int
    url: str


class ParticipantOut(Schema):
    person: str
    name: str
    country: str | None
    title: str

    @staticmethod
    def resolve_person(row) -> str:
        return row.person.slug

    @staticmethod
    def resolve_name(row) -> str:
        return row.person.name

    @staticmethod
    def resolve_country(row) -> str | None:
        return row.country_id


class ReportOut(Schema):
    article: str
    headline: str
    outlet: str
    published: dt.date | None
    evidence: str
    url: str

    @staticmethod
    def resolve_article(report) -> str:
        return report.article.slug

    @staticmethod
    def resolve_headline(report) -> str:
        return report.article.title

    @staticmethod
    def resolve_outlet(report) -> str:
        return report.article.outlet

    @staticmethod
    def resolve_published(report) -> dt.date | None:
        return report.article.published

    @staticmethod
    def resolve_url(report) -> str:
        return report.article.get_absolute_url()


class MeetingOut(Schema):
    id: int
    kind: str
    status: str
    place: str
    place_country: str | None
    date: dt.date | None  # a month or a year is its first day: see date_precision
    date_precision: str = Field(description='"day", "month" or "year": how much of `date` was given')
    date_label: str = Field(description='The date as given: "2012-04-13", "April 2012", "2012", "undated"')
    date_text: str
    date_anchor: str
    date_anchor_date: dt.date | None
    date_provenance: str
    sides: list[str]
    participants: list[ParticipantOut]
    reports: list[ReportOut]
    report_count: int
    origin: str
    edited_at: dt.datetime | None
    url: str

    @staticmethod
    def resolve_place_country(meeting) -> str | None:
        return meeting.place_country_id

    @staticmethod
    def resolve_sides(meeting) -> list[str]:
        return sorted({row.country_id for row in meeting.participant_rows.all() if row.country_id})

    @staticmethod
    def resolve_participants(meeting) -> list:
        return list(meeting.participant_rows.all())

    @staticmethod
    def resolve_reports(meeting) -> list:
        return list(meeting.reports.all())

    @staticmethod
    def resolve_url(meeting) -> str:
        return meeting.get_absolute_url()


class MentionOut(Schema):
    key: str
    name: str
    count: int


class ArticleOut(Schema):
    slug: str
    title: str
    outlet: str
    published: dt.date | None
    byline: str
    dateline: str
    sample: bool
    url: str
    people: list[MentionOut]
    countries: list[MentionOut]
    meetings: list[int]
    quotes: list[str]

    @staticmethod
    def resolve_outlet(article) -> str:
        return article.outlet

    @staticmethod
    def resolve_sample(article) -> bool:
        return article.is_sample

    @staticmethod
    def resolve_url(article) -> str:
        return article.get_absolute_url()

    @staticmethod
    def resolve_people(article) -> list[dict]:
        return [
            {"key": m.person.slug, "name": m.person.name, "count": m.count}
            for m in article.person_mentions.all()
        ]

    @staticmethod
    def resolve_countries(article) -> list[dict]:
        return [
            {"key": m.country_id, "name": m.country.name, "count": m.count}
            for m in article.country_mentions.all()
        ]

    @staticmethod
    def resolve_meetings(article) -> list[int]:
        return [r.meeting_id for r in article.meeting_reports.all()]

    @staticmethod
    def resolve_quotes(article) -> list[str]:
        return [q.text for q in article.quotes.all()]


class PersonPage(Schema):
    items: list[PersonOut]
    next: str | None


class CountryPage(Schema):
    items: list[CountryOut]
    next: str | None


class MeetingPage(Schema):
    items: list[MeetingOut]
    next: str | None


class ArticlePage(Schema):
    items: list[ArticleOut]
    next: str | None


class Problem(Schema):
    # A sentence, or (422) django-ninja's list of the parameters that did not validate.
    detail: str | list
