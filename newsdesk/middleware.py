"""A database outage answers 503 with a short page, not a 500 per request."""

from __future__ import annotations

import logging

from django.http import HttpResponse
from django.template.loader import render_to_string

from newsdesk.db import DATABASE_ERRORS

log = logging.getLogger(__name__)


def unavailable() -> HttpResponse:
    # Rendered without the request: its context processors could need the database that is gone.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = "30"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        log.error("database unavailable for %s", request.path, exc_info=exception)
        return unavailable()
