from django.contrib import admin
from django.urls import include, path

from api.api import api
from entities.urls import article_urls

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("entities.urls")),
    path("articles/", include(article_urls)),
    path("api/", api.urls),
]
