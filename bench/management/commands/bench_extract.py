"""Is extraction linear in article length? `manage.py bench_extract` prints words/s at 5, 50 and 500 KB.

The articles are written here (no corpus needed): paragraphs in which officials of several
countries meet, talk by phone and are quoted, repeated with new names until the size is reached,
so that longer articles also hold more people and meetings, as long real ones do. A linear
extractor reads them at the same words/s whatever their size.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from extraction.document import read_document
from extraction.nlp import get_nlp
from extraction.pipeline import extract, nlp_text

COUNTRIES = ["Russian", "Chinese", "French", "German", "Japanese", "Indian", "Brazilian", "Turkish"]
FIRST = ["Ivan", "Li", "Pierre", "Hans", "Kenji", "Ravi", "Paulo", "Emre", "Olga", "Mei"]
LAST = ["Petrov", "Zhang", "Martin", "Weber", "Sato", "Sharma", "Silva", "Kaya", "Orlov", "Chen"]


def paragraph(n: int) -> str:
    a, b = COUNTRIES[n % len(COUNTRIES)], COUNTRIES[(n + 3) % len(COUNTRIES)]
    one = f"{FIRST[n % 10]} {LAST[(n // 10) % 10]}{n}"
    two = f"{FIRST[(n + 5) % 10]} {LAST[(n // 7) % 10]}{n}"
    return (
        f"{a} Foreign Minister {one} met his {b} counterpart {two} in Geneva on Tuesday for talks on "
        f'trade and security. "We agreed to meet again soon," {one.split()[-1]} told reporters after '
        f"the meeting. {two.split()[-1]} later spoke by phone with the {a} prime minister about the "
        "talks, officials said.\n"
    )


def article(size: int) -> bytes:
    parts, n, length = ["Ministers meet in Geneva\n\n"], 0, 0
    while length < size:
        parts.append(paragraph(n))
        length += len(parts[-1])
        n += 1
    return "".join(parts).encode()


class Command(BaseCommand):
    help = "Extraction speed (parse and extract) at 5, 50 and 500 KB: words/s should not fall."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 50_000, 500_000])

    def handle(self, *args, sizes, **options):
        nlp = get_nlp(settings.NEWSDESK_SPACY_MODEL)
        nlp(nlp_text(read_document(article(2_000))))  # warm up
        self.stdout.write(
            f"{'size':>8} {'words':>8} {'parse s':>8} {'extract s':>10} {'words/s':>8} {'meetings':>9}"
        )
        for size in sizes:
            document = read_document(article(size))
            words = len(document.text.split())
            started = time.perf_counter()
            doc = nlp(nlp_text(document))
            parsed = time.perf_counter()
            result = extract(document, doc)
            done = time.perf_counter()
            self.stdout.write(
                f"{size // 1000:>6} KB {words:>8} {parsed - started:>8.2f} {done - parsed:>10.2f} "
                f"{words / (done - started):>8.0f} {len(result.meetings):>9}"
            )
