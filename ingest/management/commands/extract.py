import datetime as dt
import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from extraction.document import read_document
from extraction.nlp import get_nlp
from extraction.pipeline import extract_many
from extraction.types import DocumentError


class Command(BaseCommand):
    help = "Print what the extractor reads from each file, one JSON object per line. Touches no database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument(
            "--published", type=dt.date.fromisoformat, help="YYYY-MM-DD, when a file has none"
        )
        parser.add_argument("--batch-size", type=int, default=32)

    def handle(self, *args, paths, published, batch_size, **options):
        defaults = {"published": published} if published else None
        documents, failures = [], 0
        for path in paths:
            try:
                with open(path, "rb") as handle:
                    document = read_document(
                        handle.read(),
                        name=path,
                        defaults=defaults,
                        max_chars=settings.NEWSDESK_MAX_TEXT_CHARS,
                    )
                documents.append((path, document))
                for warning in document.warnings:
                    self.stderr.write(f"{path}: {warning}")
            except (OSError, DocumentError) as error:
                failures += 1
                self.stderr.write(f"{path}: {error}")
        nlp = get_nlp(settings.NEWSDESK_SPACY_MODEL)
        extractions = extract_many((d for _, d in documents), nlp=nlp, batch_size=batch_size)
        for (path, _), extraction in zip(documents, extractions, strict=True):
            self.stdout.write(json.dumps(extraction.as_json(path), ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} file(s) could not be read")
