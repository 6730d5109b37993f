"""Site-wide views: the load balancer's health check and the error handler."""

from __future__ import annotations

import logging
import sys

from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error as django_server_error

from newsdesk.db import DATABASE_ERRORS
from newsdesk.middleware import unavailable

log = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """200 "ok" when the database answers, 503 otherwise: what a load balancer needs to know."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DATABASE_ERRORS:
        log.exception("health check: the database does not answer")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """The 500 handler: a database lost outside any view (in a middleware) still answers 503."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return unavailable()
    return django_server_error(request)
