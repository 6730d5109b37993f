from django.contrib import admin
from django.urls import include, path

from entities.urls import article_urls
from newsdesk import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("", include("entities.urls")),
    path("articles/", include(article_urls)),
]

handler500 = "newsdesk.views.server_error"
