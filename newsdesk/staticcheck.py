"""Refuse to serve, with the reason, when DEBUG is off and static files were never collected.

With DEBUG off, `{% static %}` looks names up in the manifest collectstatic writes; without it every
page is a 500 whose log says only "Missing staticfiles manifest entry".
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages


def require_collected_static() -> None:
    storage = storages["staticfiles"]
    if settings.DEBUG or not isinstance(storage, ManifestFilesMixin):
        return
    if not storage.exists(storage.manifest_name):
        raise ImproperlyConfigured(
            f"DEBUG is off and static files have not been collected: {storage.path(storage.manifest_name)} "
            "is missing, so every page would fail. Run `manage.py collectstatic --noinput` first."
        )
