from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

from api.api import api
from entities.urls import article_urls
from newsdesk import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("", include("entities.urls")),
    path("articles/", include(article_urls)),
    path("api/", api.urls),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
    # Browsers ask for /favicon.ico whatever the page says. The unhashed name: whitenoise serves it
    # too, and reversing the hashed one here would need collectstatic's manifest at import time.
    path("favicon.ico", RedirectView.as_view(url=f"{settings.STATIC_URL}favicon.svg", permanent=True)),
]

handler500 = "newsdesk.views.server_error"
