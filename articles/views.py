from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from entities.models import CountryMention, Meeting, PersonMention


def index(request):
    articles = Article.objects.latest_first().only("slug", "title", "source", "published", "byline")
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "articles/index.html", {"articles": page})


def detail(request, slug):
    article = get_object_or_404(
        Article.objects.prefetch_related(
            Prefetch(
                "person_mentions",
                queryset=PersonMention.objects.select_related("person", "person__country").prefetch_related(
                    "person__names"
                ),
            ),
            Prefetch("country_mentions", queryset=CountryMention.objects.select_related("country")),
        ),
        slug=slug,
    )
    meetings = Meeting.objects.filter(reports__article=article).ledger().with_details()
    ctx = {
        "article": article,
        "paragraphs": article.paragraphs(),
        "people": [m.person for m in article.person_mentions.all()],
        "countries": [m.country for m in article.country_mentions.all()],
        # An article reports a handful of meetings at most: no pagination needed.
        "meetings": meetings[:50],
    }
    return render(request, "articles/detail.html", ctx)
