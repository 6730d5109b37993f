import csv
import datetime as dt
import logging
import re
import unicodedata
from collections import Counter

from django.conf import settings
from django.core.paginator import Paginator
from django.db import OperationalError
from django.db.models import F, Prefetch
from django.http import Http404, HttpResponsePermanentRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from articles.models import Article
from entities import charts
from entities.db import is_timeout, statement_timeout
from entities.feeds import PairFeed, PersonFeed
from entities.filters import MeetingFilters, filter_form
from entities.linking import article_text
from entities.models import (
    Country,
    CountryPair,
    Meeting,
    MeetingParticipant,
    PairMeeting,
    Person,
    PersonRedirect,
    busiest_pairs,
    fold,
    link_people,
    meetings_of_country,
    pair_slug,
)
from entities.params import page_number, plausible_date
from entities.summaries import summaries_kept

log = logging.getLogger(__name__)

MAX_QUERY = 200
ARTICLE_FIELDS = ("slug", "title", "source", "published")
CODE = re.compile(r"[A-Za-z]{2}")


def paginate(request, queryset, per_page: int, param: str = "page"):
    return Paginator(queryset, per_page).get_page(page_number(request, param))


class CountedPaginator(Paginator):
    """A paginator told its count, when the view already knows it."""

    def __init__(self, object_list, per_page: int, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


class SlicePage(list):
    """One page of a long list, not counted: counting every article that names China costs more
    than the page itself. One row more than a page is fetched to know whether there is a next."""

    paginator = None

    def __init__(self, queryset, number: int, per_page: int):
        rows = list(queryset[(number - 1) * per_page : number * per_page + 1])
        super().__init__(rows[:per_page])
        self.number = number
        self._more = len(rows) > per_page

    def has_next(self) -> bool:
        return self._more

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self._more or self.number > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def slice_page(request, queryset, per_page: int, param: str = "page") -> SlicePage:
    return SlicePage(queryset, page_number(request, param), per_page)


def _redirect_keeping_query(request, url: str):
    query = request.GET.urlencode()
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def _pair_urls(country, partners):
    """[(partner, meetings, pair page url)] for a country's partners."""
    return [(p, p.shared, CountryPair(country, p).get_absolute_url()) for p in partners]


def home(request):
    this_year = timezone.now().year
    pairs = busiest_pairs(this_year, limit=8)
    pairs_period = str(this_year)
    if not pairs:
        pairs = busiest_pairs(None, limit=8)
        pairs_period = "all time"
    ctx = {
        "articles": Article.objects.latest_first().only(*ARTICLE_FIELDS)[:10],
        "pairs": pairs,
        "pairs_period": pairs_period,
        "officials": Person.objects.filter(article_count__gt=0).most_active().select_related("country")[:10],
    }
    return render(request, "entities/home.html", ctx)


def clean_query(raw: str) -> str:
    """Compatibility-normalised, then cut to MAX_QUERY: normalising after the cut would let one
    character (U+FDFA) expand eighteenfold. Controls (NUL cannot even reach PostgreSQL) and
    invisible format characters (bidi overrides, zero-width) are dropped."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf") or c in "\t\n")
    return " ".join(text.split())[:MAX_QUERY].strip()


def search(request):
    query = clean_query(request.GET.get("q", ""))
    try:
        # Rendered inside the timeout: the page's lists are only read by the template.
        with statement_timeout(settings.NEWSDESK_SEARCH_TIMEOUT_MS):
            return render(request, "entities/search.html", _search_results(request, query))
    except OperationalError as error:
        if not is_timeout(error):
            raise
        log.warning("search for %r cancelled after %s ms", query, settings.NEWSDESK_SEARCH_TIMEOUT_MS)
    ctx = {"query": query, "people": None, "articles": None, "results": [], "countries": [], "too_slow": True}
    return render(request, "entities/search.html", ctx)


# Words that may stand beside two names without changing the question ("china and russia").
LINKING_WORDS = frozenset("and vs versus with relations talks meetings meeting".split())


def _questions(query: str, filters: MeetingFilters) -> dict:
    """What a query asks beyond its words: two countries are a pair, two surnames are two officials
    (and their shared meetings), one country name is that country."""
    answers: dict = {"pair": None, "officials": None, "shared": []}
    named, rest = Country.objects.named_in(query)
    leftover = [w for w in rest.split() if w not in LINKING_WORDS]
    if len(named) == 2 and not leftover:
        answers["pair"] = CountryPair(*named)
    words = [w for w in fold(query).split() if w not in LINKING_WORDS]
    if len(words) == 2 and not named:
        a, b = (Person.objects.called(w) for w in words)
        if a and b and a != b:
            answers["officials"] = (a, b)
            together = Meeting.objects.with_participant(a).with_participant(b)
            answers["shared"] = list(filters.apply(together)[:10])
    return answers


def _search_results(request, query: str) -> dict:
    people = articles = None
    results, countries = [], []
    filters = MeetingFilters.from_request(request)
    answers = _questions(query, filters) if query else {}
    if query:
        people = paginate(request, Person.objects.search(query), 10, "people_page")
        # Not counted: a common word matches much of the corpus, and the page is all a reader needs.
        articles = slice_page(
            request,
            Article.objects.search(query).only("id", "slug", "title", "source", "published"),
            10,
        )
        # Headlines cost a pass over each body: only for the articles shown.
        ids = [a.pk for a in articles]
        snippets = {a.pk: a.snippet for a in Article.objects.filter(pk__in=ids).with_headline(query)}
        results = [(a, snippets.get(a.pk, "")) for a in articles]
        countries = Country.objects.search(query)[:10]
    return {
        "query": query,
        "people": people,
        "articles": articles,
        "results": results,
        "countries": countries,
        "filters": filters,
        "filter_form": filter_form(request, filters, reverse("entities:search"), keep=("q",)),
        **answers,
    }


def articles(request):
    articles = Article.objects.latest_first().only("slug", "title", "source", "published", "byline")
    # Not counted: COUNT(*) of a million articles (50 ms) cost more than the page it numbered.
    page = slice_page(request, articles, 20)
    return render(request, "articles/index.html", {"articles": page})


def article(request, slug):
    article = get_object_or_404(Article, slug=slug)
    text = article_text(article)
    meetings = Meeting.objects.filter(reports__article=article).ledger().with_details()
    ctx = {
        "article": article,
        "paragraphs": text.paragraphs,
        "people": text.people,
        "countries": text.countries,
        # An article reports a handful of meetings at most: no pagination needed.
        "meetings": meetings[:50],
    }
    return render(request, "articles/detail.html", ctx)


def _person_or_redirect(slug: str, view: str):
    person = Person.objects.select_related("country").filter(slug=slug).first()
    if person is not None:
        return person, None
    moved = get_object_or_404(PersonRedirect.objects.select_related("person"), slug=slug)
    return None, HttpResponsePermanentRedirect(reverse(view, args=[moved.person.slug]))


def person(request, slug):
    person, moved = _person_or_redirect(slug, "entities:person")
    if moved:
        return moved
    filters = MeetingFilters.from_request(request)
    if filters.active:
        meetings = paginate(request, filters.apply(person.ledger()), 10, "meetings_page")
    else:
        # Counted off the participant index: COUNT over the ledger's join read the whole meeting table.
        count = person.participations.count()
        ledger = filters.order(person.ledger())
        meetings = CountedPaginator(ledger, 10, count).get_page(page_number(request, "meetings_page"))
    others = person.counterparts(limit=15)
    meeting_rows = [(m, m.other_participants(person)) for m in meetings]
    link_people([*others, *(row.person for _, rows in meeting_rows for row in rows)])
    counterparts = []
    for other in others:
        url = ""
        if person.country_id and other.country_id and person.country_id != other.country_id:
            url = CountryPair(person.country, other.country).get_absolute_url()
        counterparts.append((other, url))
    ctx = {
        "person": person,
        "variants": [n.name for n in person.names.all() if n.name != person.name],
        "roles": person.roles.only("person_id", "title", "first_seen", "last_seen")[:50],
        "meetings": meetings,
        "meeting_rows": meeting_rows,
        "filters": filters,
        "filter_form": filter_form(request, filters, person.get_absolute_url(), others),
        "counterparts": counterparts,
        "articles": slice_page(request, person.articles().only(*ARTICLE_FIELDS), 10, "articles_page"),
        "quotes": slice_page(request, person.latest_quotes(), 10, "quotes_page"),
    }
    return render(request, "entities/person.html", ctx)


def person_feed(request, slug):
    person, moved = _person_or_redirect(slug, "entities:person_feed")
    return moved or PersonFeed()(request, person=person)


def countries(request):
    page = paginate(request, Country.objects.with_coverage(), 50)
    return render(request, "entities/countries.html", {"countries": page})


def country(request, code):
    if not CODE.fullmatch(code):
        raise Http404("No such country code")
    if code != code.lower():
        return _redirect_keeping_query(request, reverse("entities:country", args=[code.lower()]))
    country = get_object_or_404(Country, code=code.upper())
    filters = MeetingFilters.from_request(request)
    meetings = filters.apply(meetings_of_country(country.code)).prefetch_related(
        Prefetch(
            "participant_rows",
            queryset=MeetingParticipant.objects.select_related("person")
            .only("meeting_id", "person_id", "person__name", "person__slug")
            .order_by("person__name"),
        )
    )
    officials = paginate(request, country.people.most_active(), 20, "officials_page")
    ctx = {
        "country": country,
        "meetings": slice_page(request, meetings, 10, "meetings_page"),
        "filters": filters,
        "filter_form": filter_form(request, filters, country.get_absolute_url(), officials),
        "partners": _pair_urls(country, country.partners()[:20]),
        "officials": officials,
        "articles": slice_page(
            request,
            Article.objects.mentioning(country.code)
            .latest_first()
            .only("slug", "title", "source", "published"),
            10,
            "articles_page",
        ),
    }
    return render(request, "entities/country.html", ctx)


def _pair(request, a: str, b: str, view: str):
    """(CountryPair, None), or (None, redirect) to the canonical lower-case alphabetical URL."""
    if not (CODE.fullmatch(a) and CODE.fullmatch(b)) or a.lower() == b.lower():
        raise Http404("No such country pair")
    canonical = pair_slug(a, b)
    if f"{a}-{b}" != canonical:
        return None, _redirect_keeping_query(request, reverse(view, args=canonical.split("-")))
    found = list(Country.objects.filter(code__in=[a.upper(), b.upper()]))
    if len(found) != 2:
        raise Http404("No such country pair")
    return CountryPair(*found), None


def pair(request, a, b):
    pair, moved = _pair(request, a, b, "entities:pair")
    if moved:
        return moved
    filters = MeetingFilters.from_request(request)
    meetings = filters.apply(pair.meetings())
    kept = summaries_kept()
    if kept and not filters.changed:
        # The pair's months give the timeline and the counts; the page is a range of its ledger.
        months = pair.months()
        # A meeting dated 9999 or 0001 is a misreading: it stays in the ledger, out of the chart.
        monthly = [(d, n) for d, n in months if d is not None and plausible_date(d)]
        count = sum(n for _, n in months)
        ledger_ids = pair.ledger_ids()
    else:
        if kept and filters.dates_only:
            # A date range is one range of the pair ledger summary's index, newest first.
            rows = PairMeeting.objects.of(*pair.codes).filter(filters.date_range("meeting__"))
            newest = rows.order_by(F("date").desc(nulls_last=True), "-meeting_id")
            ids = newest.values_list("meeting_id", "date")
            meetings = Meeting.objects.filter(pk__in=rows.values("meeting_id"))
        else:
            # Otherwise the summaries cannot answer: the meetings that pass, in the order asked for.
            ids = meetings.values_list("pk", "date")
        # One pass over their (id, date)s gives the timeline, the count and the page's ids.
        dated = [(pk, d if plausible_date(d) else None) for pk, d in ids]
        per_month = Counter((d.year, d.month) for _, d in dated if d is not None)
        monthly = [(dt.date(y, m, 1), n) for (y, m), n in sorted(per_month.items())]
        ledger_ids = [pk for pk, _ in dated]
        count = len(ledger_ids)
    page = CountedPaginator(ledger_ids, 20, count).get_page(page_number(request))
    # Only the 20 meetings shown are fetched, the page's ids standing as a subquery.
    shown = filters.order(Meeting.objects.filter(pk__in=page.object_list)).with_details()
    codes = pair.codes
    rows = [(m, *(m.participants_of(c) for c in codes)) for m in shown]
    link_people(p.person for _, side_a, side_b in rows for p in (*side_a, *side_b))

    # A range asked for is the chart's span, not just the months that had meetings.
    span = (filters.start or monthly[0][0], filters.end or monthly[-1][0]) if monthly else None
    period = charts.period_for(*span) if span else "year"
    if period == "year":
        per_year: dict = {}
        for d, n in monthly:
            start = d.replace(month=1, day=1)
            per_year[start] = per_year.get(start, 0) + n
        monthly = sorted(per_year.items())
    chart = charts.timeline(monthly, period, str(pair), span)

    # Unfiltered, the officials are counted straight off the side and participant indexes.
    officials = pair.officials(meetings if filters.active else None)
    officials_a, officials_b = officials[pair.a.code], officials[pair.b.code]
    link_people([*officials_a, *officials_b])
    ctx = {
        "pair": pair,
        "rows": rows,
        "ledger": page,
        "chart": chart,
        "filters": filters,
        "filter_form": filter_form(request, filters, pair.get_absolute_url(), [*officials_a, *officials_b]),
        "sides": [(pair.a, officials_a), (pair.b, officials_b)],
        "articles_about": slice_page(request, pair.articles_about().only(*ARTICLE_FIELDS), 10, "about_page"),
        "articles_mentioning": slice_page(
            request, pair.articles_mentioning().only(*ARTICLE_FIELDS), 10, "mentioning_page"
        ),
        "compact": request.GET.get("view") == "compact",
        "any_officials": bool(officials_a or officials_b),
    }
    return render(request, "entities/pair.html", ctx)


class _Echo:
    def write(self, value):
        return value


def _csv_cell(value) -> str:
    text = "" if value is None else str(value)
    # A leading =, +, - or @ would run as a formula in a spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def pair_csv(request, a, b):
    pair, moved = _pair(request, a, b, "entities:pair_csv")
    if moved:
        return moved
    meetings = MeetingFilters.from_request(request).apply(pair.meetings()).with_details()
    meetings = meetings.iterator(chunk_size=500)

    def rows():
        writer = csv.writer(_Echo())
        yield writer.writerow(
            ["date", "date_precision", "date_text", "place", "place_country", "kind", "status",
             f"participants_{pair.a.code}", f"participants_{pair.b.code}", "evidence", "reports", "article"]
        )  # fmt: skip
        for m in meetings:
            people = [
                "; ".join(
                    f"{p.person.name} ({p.title})" if p.title else p.person.name for p in m.participants_of(c)
                )
                for c in pair.codes
            ]
            report = m.first_report
            article = request.build_absolute_uri(report.article.get_absolute_url()) if report else ""
            cells = [m.date, m.date_precision, m.date_text, m.place, m.place_country_id, m.kind, m.status]
            cells += people
            cells += [m.evidence_sentence, m.report_count, article]
            yield writer.writerow([_csv_cell(c) for c in cells])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    name = pair_slug(*pair.codes)
    response["Content-Disposition"] = f'attachment; filename="meetings-{name}.csv"'
    return response


def pair_feed(request, a, b):
    pair, moved = _pair(request, a, b, "entities:pair_feed")
    return moved or PairFeed()(request, pair=pair, filters=MeetingFilters.from_request(request))
