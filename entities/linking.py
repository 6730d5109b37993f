"""The article page's text, names linked where the extractor read them.

Ingest stores every span it read (PersonMention.spans, CountryMention.spans, offsets into the
article's body), surname references included, so the page shows the reader what the extractor
saw. No name is looked for again: a form the extractor did not read stays plain text.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from entities.models import CountryMention, PersonMention, link_people


@dataclass
class Segment:
    """A run of article text, linked when it names a person or country."""

    text: str
    url: str = ""
    kind: str = ""

    def html(self) -> str:
        if not self.url:
            return escape(self.text)
        link = f'<a class="mention mention-{escape(self.kind)}" href="{escape(self.url)}">'
        return f"{link}{escape(self.text)}</a>"


class Paragraph(list):
    """A paragraph's segments. Drawn as HTML here, every piece escaped: a long article has tens of
    thousands of segments, too many for a template loop (seconds for 5,000 names)."""

    @property
    def html(self) -> SafeString:
        return mark_safe("".join(segment.html() for segment in self))  # each piece escaped


Link = tuple[object, str, str]  # (a stored [start, end] span, url, kind)


@dataclass
class Named:
    """A person or country the article names, as its page lists them."""

    name: str
    url: str = ""
    slug: str = ""
    country: str = ""  # a person's, by name

    @property
    def html(self) -> SafeString:
        """Its link (and a person's country), escaped: drawn here for the reason Paragraph is."""
        meta = f' <span class="meta">{escape(self.country)}</span>' if self.country else ""
        return mark_safe(f'<a href="{escape(self.url)}">{escape(self.name)}</a>{meta}')  # all escaped


@dataclass
class ArticleText:
    paragraphs: list[Paragraph]
    people: list[Named]  # in order of first mention
    countries: list[Named]  # those it is about first


def article_text(article) -> ArticleText:
    """The article's body with its names linked, and the people and countries it names.

    One query each for people and countries, read as plain rows: an article may name thousands,
    and a model instance or two for each would cost more than the whole page.
    """
    rows = list(
        PersonMention.objects.filter(article=article).values_list(
            "spans", "person__name", "person__slug", "person__country__name"
        )
    )
    people = [Named(name, slug=slug, country=country or "") for _, name, slug, country in rows]
    link_people(people)
    links: list[Link] = [
        (span, person.url, "person")
        for (spans, *_), person in zip(rows, people, strict=True)
        for span in spans
    ]
    countries = []
    for spans, code, name in CountryMention.objects.filter(article=article).values_list(
        "spans", "country__code", "country__name"
    ):
        countries.append(Named(name, url=reverse("entities:country", args=[code.lower()])))
        links += [(span, countries[-1].url, "country") for span in spans]
    return ArticleText(paragraphs(article.body, links), people, countries)


def paragraphs(body: str, links: Iterable[Link]) -> list[Paragraph]:
    """The body's non-blank lines, stripped, as segments; each span of `links` linked.

    Spans are sorted once and the text walked once. A span that is not two offsets within the
    text, runs past the end of its line, or overlaps one already linked is left out (of two
    starting together, the longer is linked).
    """
    spans = sorted(
        ((span[0], span[1], url, kind) for span, url, kind in links if _is_span(span, len(body))),
        key=lambda link: (link[0], -link[1]),
    )
    result: list[Paragraph] = []
    n, position = 0, 0
    for raw in body.splitlines(keepends=True):
        line_start, position = position, position + len(raw)
        start = line_start + len(raw) - len(raw.lstrip())
        end = line_start + len(raw.rstrip())
        if start >= end:
            continue
        segments, cursor = Paragraph(), start
        while n < len(spans) and spans[n][0] < end:
            span_start, span_end, url, kind = spans[n]
            n += 1
            if span_start < cursor or span_end > end:
                continue
            if span_start > cursor:
                segments.append(Segment(body[cursor:span_start]))
            segments.append(Segment(body[span_start:span_end], url, kind))
            cursor = span_end
        if cursor < end:
            segments.append(Segment(body[cursor:end]))
        result.append(segments)
    return result


def _is_span(span, length: int) -> bool:
    # Spans are JSON in the database: an admin edit or an old row may hold anything.
    return (
        isinstance(span, list | tuple)
        and len(span) == 2
        and all(type(offset) is int for offset in span)
        and 0 <= span[0] < span[1] <= length
    )
