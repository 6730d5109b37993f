"""Newsdesk settings: one file, everything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url

from extraction.nlp import DEFAULT_MODEL

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    return os.getenv(name, default).lower() in ("1", "true", "yes", "on")


def envint(name: str, default: int) -> int:
    return int(os.getenv(name, str(default)))


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
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it sees the outcome of authentication attempts.
    "axes.middleware.AxesMiddleware",
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

# Login rate limiting for the admin (django-axes).
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_HOURS", 1)
AXES_RESET_ON_SUCCESS = True

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
