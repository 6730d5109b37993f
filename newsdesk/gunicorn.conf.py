"""Gunicorn's settings for `make serve-prod`; each can be overridden from the environment."""

import multiprocessing
import os

wsgi_app = "newsdesk.wsgi:application"
bind = os.getenv("HOST", "127.0.0.1:8000")
# Pages are CPU-bound Python with short database waits: about two workers a core keeps every
# core busy while one worker waits on PostgreSQL.
workers = int(os.getenv("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
# Each worker imports Django and the project once, before forking: less memory, faster starts.
preload_app = True
# A request longer than this is a bug: the worker is replaced rather than left hanging.
timeout = int(os.getenv("GUNICORN_TIMEOUT", "30"))
# SIGHUP or SIGTERM: workers finish the requests in hand before they go (graceful restarts).
graceful_timeout = 30
keepalive = 5
accesslog = os.getenv("ACCESS_LOG", "-")
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
