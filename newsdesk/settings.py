"""Newsdesk settings: one file, everything that differs between machines comes from the environment."""

import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from extraction.document import MAX_CHARS
from extraction.nlp import DEFAULT_MODEL

BASE_DIR = Path(__file__).resolve().parent.parent


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def envbool(name: str, default: str) -> bool:
    # Strict: "DEBUG=Flase" or "SECURE_COOKIES=enabled" silently meaning False is how a
    # production site ends up without its protections.
    value = os.getenv(name, default).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={os.getenv(name)!r}: use one of 1/0, true/false, yes/no, on/off.")


def envint(name: str, default: int) -> int:
    value = os.getenv(name, str(default)).strip()
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: a whole number is needed.") from None


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def envnetworks(name: str) -> list[str]:
    """Comma-separated addresses or networks ("127.0.0.1,10.0.0.0/8"), checked now rather than at
    the first login."""
    networks = envlist(name)
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {network!r} is not an IP address or network.") from None
    return networks


DEBUG = envbool("DEBUG", "False")
# Without one, Django refuses anything that signs (sessions, CSRF) with its own clear error, while
# commands that need no key (extract, ingest, migrate) still run.
SECRET_KEY = os.getenv("SECRET_KEY") or ("insecure-local-development-key" if DEBUG else "")

ALLOWED_HOSTS = [h for h in os.getenv("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.getenv("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SITE_ROOT = os.getenv("SITE_ROOT", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "axes",
    "django_tasks_db",
    "articles",
    "entities",
    "ingest",
    "bench",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it sees the outcome of authentication attempts.
    "axes.middleware.AxesMiddleware",
    # A view or template that loses the database answers 503, not 500.
    "newsdesk.middleware.DatabaseUnavailableMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# PostgreSQL in production and tests; a local SQLite file when nothing is configured, so
# `make run` works on a laptop without a server (trigram and full-text search degrade there).
if not os.getenv("DATABASE_URL"):
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'newsdesk.sqlite3'}",
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
        # A persistent connection the server has since closed is replaced before a request uses it,
        # instead of costing that request a 500.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Background ingest (large uploads, `ingest --enqueue`) runs on the project's own database by
# default: no broker to operate, workers claim tasks with SKIP LOCKED (`manage.py db_worker`).
# TASKS_BACKEND=django_tasks_rq.RQBackend puts the same tasks on Redis instead (`manage.py rqworker`).
TASKS = {
    "default": {
        "BACKEND": os.getenv("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
if TASKS["default"]["BACKEND"].startswith("django_tasks_rq."):
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": os.getenv("REDIS_URL", "redis://127.0.0.1:6379/0")}}

# Login rate limiting for the admin (django-axes). Failures are counted per account and, apart,
# per address: one address cannot try many accounts, and many addresses cannot try one account.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_HOURS", 1)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The client address: REMOTE_ADDR, or X-Forwarded-For only when the request came through one of
# these proxies (addresses or networks, comma-separated). Trusting the header from anyone would
# let a client pick the address it is counted under.
NEWSDESK_TRUSTED_PROXIES = envnetworks("NEWSDESK_TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "newsdesk.proxies.client_ip"

# Requests each API client (by address) may make, counted in the cache: "120/m", "5000/d".
NEWSDESK_API_RATE = os.getenv("NEWSDESK_API_RATE", "120/m")

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "False" if DEBUG else "True")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "False")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
# Only sent when SECURE_HSTS_SECONDS is set; turn off for a domain with plain-HTTP subdomains.
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "True")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "True")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", "False") else None
# A load balancer probes /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Every page: scripts, styles and images from this site only, nothing inline, no plugins, no
# framing. A link or text that slips past escaping still cannot run script.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}

# The spaCy pipeline ingest and `extract` load (once per process, on first use).
NEWSDESK_SPACY_MODEL = os.getenv("NEWSDESK_SPACY_MODEL", DEFAULT_MODEL)
# Uploads: one file's size limit, and what a zip may hold.
NEWSDESK_MAX_UPLOAD_BYTES = envint("NEWSDESK_MAX_UPLOAD_BYTES", 2_000_000)
NEWSDESK_MAX_ZIP_MEMBERS = envint("NEWSDESK_MAX_ZIP_MEMBERS", 500)
NEWSDESK_MAX_ZIP_BYTES = envint("NEWSDESK_MAX_ZIP_BYTES", 50_000_000)
NEWSDESK_MAX_UPLOAD_TOTAL_BYTES = envint("NEWSDESK_MAX_UPLOAD_TOTAL_BYTES", 100_000_000)
# Uploads of more files than this are ingested by the background worker instead of the request.
NEWSDESK_INLINE_UPLOAD_FILES = envint("NEWSDESK_INLINE_UPLOAD_FILES", 5)
# Uploads larger than this in all are read by the worker, not within the request.
NEWSDESK_INLINE_UPLOAD_BYTES = envint("NEWSDESK_INLINE_UPLOAD_BYTES", 100_000)
# Longer texts are refused before spaCy sees them (its own max_length is 1,000,000 characters).
NEWSDESK_MAX_TEXT_CHARS = envint("NEWSDESK_MAX_TEXT_CHARS", MAX_CHARS)
# Public search queries are cancelled after this long.
NEWSDESK_SEARCH_TIMEOUT_MS = envint("NEWSDESK_SEARCH_TIMEOUT_MS", 2000)
