"""Time every public page against a large synthetic database.

    python manage.py bench_pages [--scale 100k|1m] [--reuse] [--requests 50]
    python manage.py bench_pages [--articles 100000 --people 20000 --meetings 50000]

The data goes into its own database (default `newsdesk_bench`, created and migrated here) so a
real database is never touched; rows are generated (no copied text) and loaded with COPY.
"""

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import pathlib
import random
import statistics
import time

import psycopg2
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from entities import summaries
from entities.models import fold

COUNTRIES = [
    ("CN", "China", ["Chinese", "Beijing"]),
    ("RU", "Russia", ["Russian", "Kremlin"]),
    ("US", "United States", ["American", "Washington"]),
    ("IN", "India", ["Indian", "New Delhi"]),
    ("JP", "Japan", ["Japanese", "Tokyo"]),
    ("DE", "Germany", ["German", "Berlin"]),
    ("FR", "France", ["French", "Paris"]),
    ("GB", "United Kingdom", ["British", "London"]),
    ("TR", "Turkey", ["Turkish", "Ankara"]),
    ("IR", "Iran", ["Iranian", "Tehran"]),
    ("BR", "Brazil", ["Brazilian", "Brasilia"]),
    ("ZA", "South Africa", ["South African", "Pretoria"]),
    ("KR", "South Korea", ["South Korean", "Seoul"]),
    ("KP", "North Korea", ["North Korean", "Pyongyang"]),
    ("PK", "Pakistan", ["Pakistani", "Islamabad"]),
    ("SA", "Saudi Arabia", ["Saudi", "Riyadh"]),
    ("EG", "Egypt", ["Egyptian", "Cairo"]),
    ("IL", "Israel", ["Israeli", "Jerusalem"]),
    ("UA", "Ukraine", ["Ukrainian", "Kyiv"]),
    ("KZ", "Kazakhstan", ["Kazakh", "Astana"]),
    ("VN", "Vietnam", ["Vietnamese", "Hanoi"]),
    ("ID", "Indonesia", ["Indonesian", "Jakarta"]),
    ("MX", "Mexico", ["Mexican", "Mexico City"]),
    ("AR", "Argentina", ["Argentine", "Buenos Aires"]),
    ("NG", "Nigeria", ["Nigerian", "Abuja"]),
    ("ET", "Ethiopia", ["Ethiopian", "Addis Ababa"]),
    ("AU", "Australia", ["Australian", "Canberra"]),
    ("CA", "Canada", ["Canadian", "Ottawa"]),
    ("IT", "Italy", ["Italian", "Rome"]),
    ("ES", "Spain", ["Spanish", "Madrid"]),
    ("PL", "Poland", ["Polish", "Warsaw"]),
    ("SE", "Sweden", ["Swedish", "Stockholm"]),
    ("NO", "Norway", ["Norwegian", "Oslo"]),
    ("FI", "Finland", ["Finnish", "Helsinki"]),
    ("GR", "Greece", ["Greek", "Athens"]),
    ("SY", "Syria", ["Syrian", "Damascus"]),
    ("IQ", "Iraq", ["Iraqi", "Baghdad"]),
    ("AF", "Afghanistan", ["Afghan", "Kabul"]),
    ("MN", "Mongolia", ["Mongolian", "Ulaanbaatar"]),
    ("TH", "Thailand", ["Thai", "Bangkok"]),
]
SYLLABLES = [
    "an",
    "bo",
    "ka",
    "li",
    "mi",
    "ro",
    "sa",
    "ta",
    "vi",
    "yu",
    "zh",
    "en",
    "ko",
    "la",
    "mo",
    "ni",
    "pe",
    "ra",
    "se",
    "to",
    "va",
    "xi",
    "ya",
    "ze",
]
WORDS = [
    "talks",
    "security",
    "cooperation",
    "trade",
    "energy",
    "summit",
    "minister",
    "foreign",
    "relations",
    "strategic",
    "partnership",
    "agreement",
    "bilateral",
    "dialogue",
    "sanctions",
    "defence",
    "economic",
    "visit",
    "delegation",
    "council",
    "regional",
    "stability",
    "nuclear",
    "climate",
    "investment",
    "border",
    "treaty",
    "consultation",
    "pledged",
    "discussed",
    "signed",
]
KINDS = ["meeting", "talks", "visit", "call", "video", "summit", "consultation"]
TITLES = [
    "Foreign Minister",
    "Deputy Foreign Minister",
    "President",
    "Prime Minister",
    "Ambassador",
    "Defence Minister",
    "Security Council Secretary",
    "Trade Minister",
    "Special Envoy",
]
START = dt.date(2000, 1, 1)
# --scale: (articles, people, meetings, database). Each scale keeps its own database, so that
# `--reuse` times either again without regenerating, and the figures are printed side by side.
SCALES = {
    "100k": (100_000, 20_000, 50_000, "newsdesk_bench"),
    "1m": (1_000_000, 200_000, 500_000, "newsdesk_bench_1m"),
}
# Each run's figures and EXPLAIN (ANALYZE, BUFFERS) of every query of each page's first URL.
OUT = pathlib.Path(settings.BASE_DIR) / "var" / "bench"
# Tables small enough that a sequential scan is the right plan whatever the corpus.
SMALL_TABLES = {"entities_country", "django_session", "django_content_type", "auth_user"}


class Command(BaseCommand):
    help = "Build a synthetic PostgreSQL database and time every page type (median and p95)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(SCALES), help="a preset size, with its own database")
        parser.add_argument("--articles", type=int)
        parser.add_argument("--people", type=int)
        parser.add_argument("--meetings", type=int)
        parser.add_argument("--requests", type=int, default=50)
        parser.add_argument("--database", help="created (and replaced) by this command")
        parser.add_argument("--reuse", action="store_true", help="time the existing bench database as it is")
        parser.add_argument("--force", action="store_true", help="allow --database to be the configured one")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **opts):
        if connection.vendor != "postgresql":
            raise CommandError("bench_pages needs PostgreSQL: set DATABASE_URL.")
        articles, people, meetings, default_name = SCALES[opts["scale"] or "100k"]
        name = opts["database"] or default_name
        sizes = [opts["articles"] or articles, opts["people"] or people, opts["meetings"] or meetings]
        if name == settings.DATABASES["default"]["NAME"] and not opts["force"]:
            raise CommandError(f"{name} is the configured database: refusing to replace it without --force.")
        self.rng = random.Random(opts["seed"])
        self._use_database(name, create=not opts["reuse"])
        call_command("migrate", verbosity=0)
        self.generated_s = None
        if not opts["reuse"]:
            started = time.monotonic()
            self._generate(*sizes)
            self.generated_s = round(time.monotonic() - started)
            self.stdout.write(f"Generated in {self.generated_s} s.")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            (size,) = cursor.fetchone()
            self.stdout.write(f"Database size: {size}")
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_article")
            (n_articles,) = cursor.fetchone()
        self.label = opts["scale"] or ("1m" if n_articles >= 1_000_000 else f"{n_articles // 1000}k")
        if opts["requests"]:
            figures = self._time_pages(opts["requests"])
            self._save(figures, size)

    # -- database -------------------------------------------------------------------------------

    def _use_database(self, name: str, *, create: bool):
        params = connection.get_connection_params()
        if create:
            params.pop("database", None)
            admin = psycopg2.connect(**{**params, "dbname": "postgres"})
            admin.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                cursor.execute(f'CREATE DATABASE "{name}"')
            admin.close()
        connections["default"].close()
        settings.DATABASES["default"]["NAME"] = name
        connections["default"].settings_dict["NAME"] = name
        self.stdout.write(f"Database: {name}")

    def _copy(self, table: str, columns: list[str], rows):
        """COPY rows (tuples) into a table, in chunks so memory stays flat."""
        cursor = connection.cursor().cursor
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        for chunk in _chunks(rows, 50_000):
            buffer = io.StringIO()
            for row in chunk:
                buffer.write("\t".join(_copy_value(v) for v in row) + "\n")
            buffer.seek(0)
            cursor.copy_expert(sql, buffer)

    # -- data -----------------------------------------------------------------------------------

    def _generate(self, n_articles: int, n_people: int, n_meetings: int):  # noqa: C901 (one pass per table)
        rng = self.rng
        with connection.cursor() as cursor:
            # Built whole at the end (one aggregate) rather than moved by every COPY chunk.
            cursor.execute("SET newsdesk.refilling_summaries = 'on'")
        today = dt.date.today()
        span = (today - START).days
        now = dt.datetime.now(dt.UTC).isoformat()
        codes = [c for c, _, _ in COUNTRIES]
        names = {c: n for c, n, _ in COUNTRIES}
        # A few countries are in most of the news: Zipf weights.
        country_weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(codes))))

        def countries(k):
            chosen = []
            while len(chosen) < k:
                c = rng.choices(codes, cum_weights=country_weights)[0]
                if c not in chosen:
                    chosen.append(c)
            return chosen

        def day():
            # Recent years carry more news.
            return START + dt.timedelta(days=int(span * rng.random() ** 0.6))

        self._copy(
            "entities_country",
            ["code", "name", "official_name", "historical", "aliases", "article_count", "meeting_count"],
            ((c, n, "", False, json.dumps(a), 0, 0) for c, n, a in COUNTRIES),
        )

        people = []  # (id, name, country)
        by_country: dict[str, list[int]] = {c: [] for c in codes}
        for pid in range(1, n_people + 1):
            c = countries(1)[0]
            first = "".join(rng.choices(SYLLABLES, k=2)).capitalize()
            last = "".join(rng.choices(SYLLABLES, k=3)).capitalize()
            people.append((pid, f"{first} {last}", c))
            by_country[c].append(pid)
        person_weights = {
            c: list(itertools.accumulate(1 / (i + 1) for i in range(len(p)))) for c, p in by_country.items()
        }
        person_name = {pid: n for pid, n, _ in people}

        def officials(c, k):
            if not by_country[c]:
                return []
            return list(dict.fromkeys(rng.choices(by_country[c], cum_weights=person_weights[c], k=k)))

        self._copy(
            "entities_person",
            [
                "id",
                "origin",
                "name",
                "slug",
                "country_id",
                "key",
                "surname_key",
                "article_count",
                "meeting_count",
            ],
            (
                (
                    pid,
                    "extracted",
                    n,
                    f"{n.lower().replace(' ', '-')}-{pid}",
                    c,
                    fold(n),
                    fold(n).split()[-1],
                    0,
                    0,
                )
                for pid, n, c in people
            ),
        )

        def name_rows():
            nid = itertools.count(1)
            for pid, n, _ in people:
                yield next(nid), pid, n, fold(n), ""
                if pid % 3 == 0:  # a transliteration variant
                    variant = n.replace("i", "y", 1) if "i" in n else n + "a"
                    if fold(variant) != fold(n):
                        yield next(nid), pid, variant, fold(variant), "a spelling of the same person"

        self._copy("entities_personname", ["id", "person_id", "name", "key", "reason"], name_rows())
        self._copy(
            "entities_role",
            ["id", "origin", "person_id", "title", "country_id", "first_seen", "last_seen"],
            (
                (
                    pid,
                    "extracted",
                    pid,
                    TITLES[pid % len(TITLES)],
                    c,
                    START + dt.timedelta(days=pid % 3000),
                    today,
                )
                for pid, _, c in people
            ),
        )

        article_people: dict[int, list[int]] = {}

        def article_rows():
            for aid in range(1, n_articles + 1):
                cs = countries(rng.choice((2, 2, 3, 4)))
                ps = [p for c in cs[:2] for p in officials(c, 2)]
                article_people[aid] = ps
                words = rng.choices(WORDS, k=60)
                sentences = [
                    f"{person_name[p]} of {names[c]} said {' '.join(words[i * 8 : i * 8 + 8])}."
                    for i, (p, c) in enumerate(zip(ps, itertools.cycle(cs), strict=False))
                ]
                title = f"{names[cs[0]]} and {names[cs[1]]} {' '.join(words[:4])}"
                body = "\n".join([*sentences, " ".join(words[30:60]) + "."])
                published = day()
                digest = hashlib.sha256(str(aid).encode()).hexdigest()
                yield (
                    (
                        aid,
                        title,
                        f"article-{aid}",
                        body,
                        "",
                        "Synthetic Wire",
                        "",
                        published,
                        "",
                        digest,
                        now,
                        now,
                    ),
                    cs,
                    ps,
                )

        mentions_c, mentions_p, quotes = [], [], []
        article_dates = {}

        def articles_only():
            for row, cs, ps in article_rows():
                article_dates[row[0]] = row[7]
                for i, c in enumerate(cs):
                    mentions_c.append((row[0], c, 1 + i % 3, i * 10, i < (1 if len(cs) > 2 else 2)))
                for i, p in enumerate(ps):
                    mentions_p.append((row[0], p, 1 + i % 2, i * 20, "[]"))
                if ps and row[0] % 2:
                    quotes.append((ps[0], row[0], f"We will {' '.join(rng.choices(WORDS, k=8))}."))
                yield row

        self._copy(
            "articles_article",
            [
                "id",
                "title",
                "slug",
                "body",
                "byline",
                "source",
                "url",
                "published",
                "dateline",
                "content_hash",
                "ingested_at",
                "extracted_at",
            ],
            articles_only(),
        )
        self._copy(
            "entities_countrymention",
            ["id", "article_id", "country_id", "count", "first_offset", "focus"],
            ((i, *m) for i, m in enumerate(mentions_c, 1)),
        )
        self._copy(
            "entities_personmention",
            ["id", "article_id", "person_id", "count", "first_offset", "titles"],
            (
                (i, *m)
                for i, m in enumerate(dict(((a, p), (a, p, *r)) for a, p, *r in mentions_p).values(), 1)
            ),
        )
        self._copy(
            "entities_quote",
            ["id", "person_id", "article_id", "text"],
            ((i, *q) for i, q in enumerate(quotes, 1)),
        )

        sides, participants, reports = [], [], []

        def meeting_rows():
            for mid in range(1, n_meetings + 1):
                a, b = countries(2)
                date = day()
                for c in (a, b):
                    sides.append((mid, c))
                    for p in officials(c, rng.choice((1, 1, 2))):
                        participants.append((mid, p, c, TITLES[p % len(TITLES)]))
                for aid in {rng.randint(1, n_articles) for _ in range(rng.choice((1, 1, 2, 3)))}:
                    reports.append((mid, aid, f"{names[a]} and {names[b]} officials met.", 0))
                place = COUNTRIES[codes.index(a)][2][1]
                yield (
                    mid,
                    "extracted",
                    KINDS[mid % len(KINDS)],
                    "planned" if mid % 10 == 0 else "held",
                    place,
                    a,
                    date,
                    "on Tuesday",
                    "published",
                    date + dt.timedelta(days=1),
                    f"{names[a]} and {names[b]} officials met in {place}.",
                    0.9,
                    0,
                    now,
                )

        self._copy(
            "entities_meeting",
            [
                "id",
                "origin",
                "kind",
                "status",
                "place",
                "place_country_id",
                "date",
                "date_text",
                "date_anchor",
                "date_anchor_date",
                "evidence",
                "confidence",
                "report_count",
                "created_at",
            ],
            meeting_rows(),
        )
        self._copy(
            "entities_meetingside",
            ["id", "meeting_id", "country_id"],
            ((i, *s) for i, s in enumerate(sides, 1)),
        )
        self._copy(
            "entities_meetingparticipant",
            ["id", "meeting_id", "person_id", "country_id", "title"],
            ((i, *p) for i, p in enumerate(participants, 1)),
        )
        self._copy(
            "entities_meetingreport",
            ["id", "meeting_id", "article_id", "evidence", "evidence_start"],
            ((i, *r) for i, r in enumerate(reports, 1)),
        )
        # Search vectors were filled on the way in by the database's trigger (articles 0004).
        self.stdout.write("Rows loaded; computing counts...")
        with connection.cursor() as cursor:
            # The denormalised counters list pages sort by (ingest keeps them with refresh_counts).
            for table, pk, column, source, fk in [
                ("entities_person", "id", "article_count", "entities_personmention", "person_id"),
                ("entities_person", "id", "meeting_count", "entities_meetingparticipant", "person_id"),
                ("entities_country", "code", "article_count", "entities_countrymention", "country_id"),
                ("entities_country", "code", "meeting_count", "entities_meetingside", "country_id"),
                ("entities_meeting", "id", "report_count", "entities_meetingreport", "meeting_id"),
            ]:
                cursor.execute(
                    f"UPDATE {table} t SET {column} = s.n FROM "
                    f"(SELECT {fk}, count(*) n FROM {source} GROUP BY {fk}) s WHERE s.{fk} = t.{pk}"
                )
            for table in [
                "entities_person",
                "entities_personname",
                "entities_role",
                "articles_article",
                "entities_countrymention",
                "entities_personmention",
                "entities_quote",
                "entities_meeting",
                "entities_meetingside",
                "entities_meetingparticipant",
                "entities_meetingreport",
            ]:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
            cursor.execute("RESET newsdesk.refilling_summaries")
        summaries.refill()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    # -- timing ---------------------------------------------------------------------------------

    def _time_pages(self, n: int):
        # Timed as production runs (no DEBUG query logging), through the test client's host.
        settings.DEBUG = False
        settings.SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-secret-key"
        if "testserver" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS.append("testserver")
        rng = random.Random(2)
        with connection.cursor() as cursor:
            cursor.execute("SELECT slug FROM articles_article ORDER BY random() LIMIT %s", [n])
            articles = [r[0] for r in cursor.fetchall()]
            cursor.execute(
                "SELECT slug, name FROM entities_person ORDER BY meeting_count DESC LIMIT %s", [n // 2]
            )
            busy_people = cursor.fetchall()
            cursor.execute("SELECT slug, name FROM entities_person ORDER BY random() LIMIT %s", [n - n // 2])
            people = busy_people + cursor.fetchall()
            cursor.execute("SELECT lower(code) FROM entities_country WHERE article_count > 0")
            codes = [r[0] for r in cursor.fetchall()]
        pairs = sorted({tuple(sorted(rng.sample(codes, 2))) for _ in range(n * 2)})[:n]
        pairs = [("cn", "ru"), ("cn", "us"), ("ru", "us"), *pairs][:n]
        typos = [name.lower()[:-1] + "x" for _, name in people]
        surnames = [name.split()[-1] for _, name in people]
        phrases = [
            "security cooperation",
            "nuclear energy",
            "trade agreement",
            "bilateral dialogue",
            "sanctions",
        ]
        cycle = lambda items: [items[i % len(items)] for i in range(n)]  # noqa: E731
        pages = {
            "home": ["/"] * n,
            "articles": [f"/articles/?page={1 + i % 50}" for i in range(n)],
            "article": [f"/articles/{s}/" for s in cycle(articles)],
            "person": [f"/people/{s}/" for s, _ in cycle(people)],
            "person feed": [f"/people/{s}/feed/" for s, _ in cycle(people)],
            "countries": ["/countries/"] * n,
            "country": [f"/countries/{c}/" for c in cycle(codes)],
            "pair": [f"/pairs/{a}-{b}/" for a, b in cycle(pairs)],
            "pair, page 5 + year": [f"/pairs/{a}-{b}/?page=5&year=2020" for a, b in cycle(pairs)],
            "pair feed": [f"/pairs/{a}-{b}/feed/" for a, b in cycle(pairs)],
            "search: surname": [f"/search/?q={q}" for q in cycle(surnames)],
            "search: typo": [f"/search/?q={q.replace(' ', '+')}" for q in cycle(typos)],
            "search: words": [f"/search/?q={q.replace(' ', '+')}" for q in cycle(phrases)],
        }
        client = Client()
        self.stdout.write(f"\n{'page':<22} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}  requests")
        figures = {}
        self.explained = []
        for page, urls in pages.items():
            self._explain(client, page, urls[0])  # also warms caches and the connection
            timings = []
            for url in urls:
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}")
            timings.sort()
            p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
            median = statistics.median(timings)
            self.stdout.write(f"{page:<22} {median:>10.1f} {p95:>8.1f} {timings[-1]:>8.1f}  {len(timings)}")
            figures[page] = {"median": round(median, 1), "p95": round(p95, 1), "max": round(timings[-1], 1)}
        return figures

    def _explain(self, client, page: str, url: str):
        """EXPLAIN (ANALYZE, BUFFERS) of every query one request of the page makes."""
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        plans = []
        with connection.cursor() as cursor:
            for query in captured.captured_queries:
                sql = query["sql"]
                if not sql.lstrip("( ").upper().startswith(("SELECT", "WITH")):
                    continue
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
                plan = "\n".join(row[0] for row in cursor.fetchall())
                seq = sorted({
                    word for line in plan.splitlines() if "Seq Scan on " in line
                    for word in [line.split("Seq Scan on ")[1].split()[0]] if word not in SMALL_TABLES
                })  # fmt: skip
                plans.append((sql, plan, seq))
        self.explained.append((page, url, plans))

    def _save(self, figures: dict, size: str):
        """Figures and plans under var/bench/; side by side with the other scale's last run."""
        OUT.mkdir(parents=True, exist_ok=True)
        load = os.getloadavg()
        path = OUT / f"pages-{self.label}.json"
        generated = self.generated_s
        if generated is None and path.exists():  # --reuse: the generation time of the database's run
            generated = json.loads(path.read_text()).get("generated_s")
        record = {
            "scale": self.label,
            "generated_s": generated,
            "database_size": size,
            "load": [round(x, 2) for x in load],
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pages": figures,
        }
        path.write_text(json.dumps(record, indent=1) + "\n")
        lines = [f"# bench_pages --scale {self.label}: EXPLAIN (ANALYZE, BUFFERS) of each page's queries\n"]
        unbounded = []
        for page, url, plans in self.explained:
            lines.append(f"\n## {page}: {url} ({len(plans)} queries)\n")
            for sql, plan, seq in plans:
                lines += [f"\n{sql}\n", plan, ""]
                if seq:
                    unbounded.append(f"{page}: sequential scan of {', '.join(seq)}")
        (OUT / f"explain-{self.label}.txt").write_text("\n".join(lines) + "\n")
        self.stdout.write(f"\nPlans: {OUT / f'explain-{self.label}.txt'} (load average {load[0]:.2f})")
        for line in unbounded or ["every query reads through an index (no sequential scan of a large table)"]:
            self.stdout.write(f"  {line}")
        runs = {}
        for scale in SCALES:
            path = OUT / f"pages-{scale}.json"
            if path.exists():
                runs[scale] = json.loads(path.read_text())
        if len(runs) < 2:
            return
        small, large = runs["100k"], runs["1m"]
        self.stdout.write(
            f"\n{'page':<22} {'100k median':>11} {'p95':>6} {'1m median':>10} {'p95':>6} {'p95 1m/100k':>12}"
        )
        for page, b in large["pages"].items():
            a = small["pages"].get(page)
            if a:
                ratio = b["p95"] / a["p95"] if a["p95"] else 0
                self.stdout.write(
                    f"{page:<22} {a['median']:>11.1f} {a['p95']:>6.1f} {b['median']:>10.1f} {b['p95']:>6.1f}"
                    f" {ratio:>11.2f}x"
                )
        self.stdout.write(
            f"(database {small['database_size']} and {large['database_size']};"
            f" generated in {small.get('generated_s')} s and {large.get('generated_s')} s)"
        )


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _copy_value(value) -> str:
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
