from django.urls import path

from entities import meeting_views, views

app_name = "entities"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("people/<slug:slug>/feed/", views.person_feed, name="person_feed"),
    path("countries/", views.countries, name="countries"),
    path("countries/<str:code>/", views.country, name="country"),
    path("pairs/<str:a>-<str:b>/", views.pair, name="pair"),
    path("pairs/<str:a>-<str:b>/meetings.csv", views.pair_csv, name="pair_csv"),
    path("pairs/<str:a>-<str:b>/feed/", views.pair_feed, name="pair_feed"),
    path("meetings/<int:pk>/", meeting_views.meeting, name="meeting"),
    path("meetings/<int:pk>/feed/", meeting_views.meeting_feed, name="meeting_feed"),
    path("countries/<str:code>/offices/", meeting_views.offices, name="offices"),
    path(
        "countries/<str:code>/meetings/feed/",
        meeting_views.country_meetings_feed,
        name="country_meetings_feed",
    ),
    path(
        "people/<slug:slug>/meetings/feed/", meeting_views.person_meetings_feed, name="person_meetings_feed"
    ),
]

# Article pages: here because they show what was read from the article, but under the "articles"
# namespace, so that Article.get_absolute_url reverses them without knowing of this app.
article_urls = (
    [
        path("", views.articles, name="index"),
        path("<slug:slug>/", views.article, name="detail"),
    ],
    "articles",
)
