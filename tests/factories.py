"""Rows for page tests, written directly (no NLP): small, explicit builders."""

import datetime as dt
import itertools

from django.utils.text import slugify

from articles.models import Article
from entities.models import (
    Country,
    CountryMention,
    DateAnchor,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Person,
    PersonMention,
    PersonName,
    Quote,
    Role,
)

_seq = itertools.count(1)

COUNTRIES = {
    "CN": ("China", ["Chinese", "PRC"]),
    "RU": ("Russia", ["Russian", "Russian Federation"]),
    "US": ("United States", ["American", "U.S."]),
    "IN": ("India", ["Indian"]),
}

SEED_BODY = "\n".join(
    [
        "Officials attending the latest round of the China-Russia strategic security consultation in Russia"
        " as well as senior delegations from both countries pledged closer security cooperation on Tuesday.",
        "China and Russia will continue to enhance strategic communication and coordination,"
        " said Yang Jiechi, a member of the Political Bureau of the CPC Central Committee.",
        "Yang met Russia's Security Council Secretary Nikolai Patrushev in Moscow.",
        "Patrushev said the Russian government will continue close contacts with China.",
    ]
)


def country(code: str) -> Country:
    name, aliases = COUNTRIES.get(code, (code, []))
    obj, _ = Country.objects.get_or_create(code=code, defaults={"name": name, "aliases": aliases})
    return obj


def person(name: str, code: str | None = None, *, variants=(), title: str = "", seen=None) -> Person:
    obj = Person.objects.create(
        name=name, slug=f"{slugify(name)}-{next(_seq)}", country=country(code) if code else None
    )
    for variant in {name, *variants}:
        PersonName.objects.create(person=obj, name=variant)
    if title:
        Role.objects.create(person=obj, title=title, country=obj.country, first_seen=seen, last_seen=seen)
    return obj


def article(title: str = "", body: str = "", *, published=dt.date(2018, 11, 14), **fields) -> Article:
    n = next(_seq)
    title = title or f"Article number {n}"
    body = body or f"Body of article {n}."
    obj = Article(
        title=title,
        body=body,
        published=published,
        content_hash=Article.hash_text(f"{n}{title}{body}"),
        **fields,
    )
    obj.slug = obj.unique_slug()
    obj.save()
    return obj


def mention(article: Article, *things, focus=(), read=None) -> None:
    """Record that the article mentions these people and countries (focus: country codes).

    `read` gives, for some of them, the forms the extractor read: every place each form occurs
    in the body becomes a stored span, as ingest stores them.
    """
    read = read or {}
    for thing in things:
        spans = spans_of(article.body, *read.get(thing, ()))
        if isinstance(thing, Person):
            PersonMention.objects.create(article=article, person=thing, spans=spans)
        else:
            CountryMention.objects.create(
                article=article, country=thing, focus=thing.code in focus, spans=spans
            )


def spans_of(text: str, *forms: str) -> list[list[int]]:
    """[start, end] of every occurrence of each form in the text, overlapping ones included."""
    spans = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            spans.append([start, start + len(form)])
            start = text.find(form, start + 1)
    return sorted(spans)


def meeting(
    article: Article,
    people: list[Person],
    *,
    date=dt.date(2018, 11, 13),
    place="Moscow",
    evidence="",
    **fields,
) -> Meeting:
    obj = Meeting.objects.create(date=date, place=place, evidence=evidence, **fields)
    for code in sorted({p.country_id for p in people if p.country_id}):
        MeetingSide.objects.create(meeting=obj, country_id=code)
    for p in people:
        role = p.roles.first()
        MeetingParticipant.objects.create(
            meeting=obj, person=p, country_id=p.country_id, title=role.title if role else ""
        )
    MeetingReport.objects.create(meeting=obj, article=article, evidence=evidence)
    return obj


def seed_world() -> dict:
    """What the seed article holds: Yang Jiechi (CN) met Nikolai Patrushev (RU) in Moscow."""
    cn, ru = country("CN"), country("RU")
    yang = person(
        "Yang Jiechi",
        "CN",
        title="director of the Office of the Foreign Affairs Commission",
        seen=dt.date(2018, 11, 14),
    )
    patrushev = person(
        "Nikolai Patrushev",
        "RU",
        variants=["Nikolay Patrushev"],
        title="Security Council Secretary",
        seen=dt.date(2018, 11, 14),
    )
    story = article(
        "Beijing, Moscow pledge to boost security cooperation",
        SEED_BODY,
        source="China Daily",
        byline="Ren Qi",
        dateline="MOSCOW",
    )
    read = {
        cn: ["China"],
        ru: ["Russia", "Russian"],
        yang: ["Yang Jiechi", "Yang"],
        patrushev: ["Nikolai Patrushev", "Patrushev"],
    }
    mention(story, cn, ru, yang, patrushev, focus={"CN", "RU"}, read=read)
    Quote.objects.create(
        person=patrushev, article=story, text="The Russian government is willing to continue."
    )
    held = meeting(
        story,
        [yang, patrushev],
        kind="consultation",
        place_country=ru,
        date_text="on Tuesday",
        date_anchor=DateAnchor.PUBLISHED,
        date_anchor_date=dt.date(2018, 11, 14),
        evidence="Yang met Russia's Security Council Secretary Nikolai Patrushev in Moscow.",
    )
    search_vectors()
    return {"cn": cn, "ru": ru, "yang": yang, "patrushev": patrushev, "article": story, "meeting": held}


def many_articles(n: int, world: dict) -> None:
    """n more articles, each with mentions, a quote, and a CN-RU meeting with a new official."""
    for i in range(n):
        story = article(published=dt.date(2015 + i % 5, 1 + i % 12, 1 + i % 27))
        other = person(f"Official Number{i}", "RU" if i % 2 else "CN", title=f"Deputy minister {i}")
        mention(
            story,
            world["cn"],
            world["ru"],
            country("US"),
            world["yang"],
            other,
            focus={"CN"} if i % 3 else {"CN", "RU"},
        )
        Quote.objects.create(person=world["yang"], article=story, text=f"Quote {i}")
        meeting(story, [world["yang"], other, world["patrushev"]], date=story.published, place=f"City {i}")


def search_vectors() -> None:
    """What ingest does on PostgreSQL: title weighted A, body B."""
    from django.contrib.postgres.search import SearchVector
    from django.db import connection

    if connection.vendor != "postgresql":
        return

    Article.objects.update(
        search_vector=SearchVector("title", weight="A", config="english")
        + SearchVector("body", weight="B", config="english")
    )
