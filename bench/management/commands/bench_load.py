"""How many readers one machine serves: `make bench-load`.

Serves the site with gunicorn as `make serve-prod` does (newsdesk/gunicorn.conf.py), over a
database holding the samples and the corpus (`newsdesk_load`, built on the first run, kept after),
and drives it on loopback with wrk over URLs drawn from real pages: people, pairs, articles,
searches, feeds and CSV. It ramps the number of connections until p99 passes 500 ms, then holds
60% of the best rate below that for the soak, and prints throughput, p50/p95/p99, errors, and each
worker's memory at the start and end of the soak.
"""

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.models import Article
from bench.db import database_url
from entities.models import Country, Person
from ingest.run import ingest
from ingest.sources import sources_from_paths

ROOT = Path(settings.BASE_DIR)
CORPUS = ROOT.parent / "shared" / "corpus"
P99_LIMIT_MS = 500


class Command(BaseCommand):
    help = "Load-test the production server on loopback (needs wrk and PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="newsdesk_load")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--step-seconds", type=int, default=15, help="each ramp step")
        parser.add_argument("--soak-seconds", type=int, default=300)
        parser.add_argument("--connections", default="2,4,8,16,32,64", help="the ramp's steps")

    def handle(self, *args, **opts):
        if not shutil.which("wrk"):
            raise CommandError("bench_load drives the server with wrk: apt-get install wrk")
        if connection.vendor != "postgresql":
            raise CommandError("bench_load needs PostgreSQL: set DATABASE_URL.")
        url = self._load_database(opts["database"])
        urls = self._urls()
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
            handle.write("\n".join(urls) + "\n")
        self.stdout.write(f"{len(urls)} URLs drawn from the pages; uptime: {os.getloadavg()[0]:.1f} load")
        server = self._serve(url, opts["port"])
        try:
            self._warm_up(opts["port"], urls)
            base = f"http://127.0.0.1:{opts['port']}"
            best = self._ramp(base, handle.name, opts)
            target = 0.6 * best
            workers = _worker_pids(server.pid)
            start_rss = {pid: _rss_mb(pid) for pid in workers}
            connections = 16
            delay = max(int(1000 * connections / target), 1)
            self.stdout.write(
                f"\nSoak: {opts['soak_seconds']} s at about {target:.0f} req/s (60% of {best:.0f})"
            )
            soak = _wrk(base, handle.name, connections, opts["soak_seconds"], delay)
            end_rss = {pid: _rss_mb(pid) for pid in workers}
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(60)
        self._report(soak, start_rss, end_rss)

    # -- the database ---------------------------------------------------------------------------

    def _load_database(self, name: str) -> str:
        params = connection.get_connection_params()
        settings.DATABASES["default"]["NAME"] = name
        connection.close()
        connection.settings_dict["NAME"] = name
        try:
            connection.ensure_connection()
        except Exception:
            import psycopg2

            admin = psycopg2.connect(**{**params, "dbname": "postgres"})
            admin.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
            admin.close()
        call_command("migrate", verbosity=0)
        if not Article.objects.exists():
            started = time.monotonic()
            paths = [ROOT / "samples", *([CORPUS] if CORPUS.exists() else [])]
            results = list(ingest(sources_from_paths(paths), n_process=2))
            self.stdout.write(f"Ingested {len(results)} files in {time.monotonic() - started:.0f} s")
        return database_url()

    def _urls(self) -> list[str]:
        """A reader's mix: mostly people, pairs and articles, then searches, feeds and CSV."""
        rng = random.Random(7)
        people = list(Person.objects.order_by("-article_count").values_list("slug", flat=True)[:300])
        articles = list(Article.objects.values_list("slug", flat=True)[:300])
        countries = list(Country.objects.order_by("-meeting_count").values_list("code", flat=True)[:12])
        pairs = [
            f"{a}-{b}".lower() for i, a in enumerate(sorted(countries)) for b in sorted(countries)[i + 1 :]
        ]
        names = [p.split("-")[-1] for p in people[:60]]
        urls = ["/", "/countries/", "/articles/"]
        urls += [f"/people/{slug}/" for slug in people]
        urls += [f"/articles/{slug}/" for slug in rng.sample(articles, min(150, len(articles)))]
        urls += [f"/pairs/{pair}/" for pair in pairs] * 2
        urls += [f"/countries/{code.lower()}/" for code in countries]
        urls += [f"/search/?q={name}" for name in names]
        urls += [f"/pairs/{pair}/feed/" for pair in pairs[:20]]
        urls += [f"/pairs/{pair}/meetings.csv" for pair in pairs[:20]]
        urls += [f"/people/{slug}/feed/" for slug in people[:20]]
        return urls

    # -- the server -----------------------------------------------------------------------------

    def _serve(self, database_url: str, port: int) -> subprocess.Popen:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DEBUG": "0",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-load-only-key",
            "HOST": f"127.0.0.1:{port}",
            "ACCESS_LOG": str(ROOT / "var" / "bench-load-access.log"),
        }
        (ROOT / "var").mkdir(exist_ok=True)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        server = subprocess.Popen([gunicorn, "-c", "newsdesk/gunicorn.conf.py"], cwd=ROOT, env=env)
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                return server
            except OSError:
                time.sleep(0.3)
        server.kill()
        raise CommandError("gunicorn did not answer on /healthz")

    def _warm_up(self, port: int, urls: list[str]) -> None:
        for url in urls[:: max(1, len(urls) // 100)]:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=10).read()

    # -- the load -------------------------------------------------------------------------------

    def _ramp(self, base: str, url_file: str, opts) -> float:
        self.stdout.write(
            f"\n{'connections':>11} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}"
        )
        best = 0.0
        for connections in (int(c) for c in opts["connections"].split(",")):
            run = _wrk(base, url_file, connections, opts["step_seconds"])
            rate = run["requests"] / run["seconds"]
            self.stdout.write(
                f"{connections:>11} {rate:>7.0f} {run['p50']:>7.1f} {run['p95']:>7.1f} {run['p99']:>7.1f} "
                f"{run['errors']:>6}"
            )
            if run["p99"] > P99_LIMIT_MS:
                break
            best = max(best, rate)
        if not best:
            raise CommandError("p99 was over 500 ms from the first step")
        return best

    def _report(self, soak: dict, start: dict, end: dict) -> None:
        rate = soak["requests"] / soak["seconds"]
        self.stdout.write(
            f"Soak: {rate:.0f} req/s, p50 {soak['p50']:.1f} ms, p95 {soak['p95']:.1f} ms, "
            f"p99 {soak['p99']:.1f} ms, {soak['errors']} errors in {soak['requests']} requests"
        )
        for pid in start:
            self.stdout.write(
                f"  worker {pid}: {start[pid]:.0f} MB at the start, {end.get(pid, 0):.0f} MB at the end"
            )


def _wrk(base: str, url_file: str, connections: int, seconds: int, delay_ms: int = 0) -> dict:
    threads = min(2, connections)
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            "bench/load.lua",
            base,
        ],
        env={**os.environ, "URLS": url_file, "DELAY_MS": str(delay_ms)},
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
