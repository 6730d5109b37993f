"""Schemathesis against the API's own schema: generated requests never crash it and every
response matches what /api/openapi.json promises."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture
def unthrottled(monkeypatch):
    from api.api import api

    for throttle in api.throttle:
        monkeypatch.setattr(throttle, "num_requests", 10**9)


@pytest.fixture
def connection_kept():
    # As Django's test client does: a WSGI request's start and end would close the test's connection.
    from django.core import signals
    from django.db import close_old_connections

    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


# Some forty seconds of generated requests: out of the quick loop, which test_api's walk covers.
@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.django_db
def test_the_api_keeps_every_promise_of_its_schema(case, world, unthrottled, connection_kept):
    # An unknown slug or id is a schema-valid request that is rightly a 404: not a broken promise.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
