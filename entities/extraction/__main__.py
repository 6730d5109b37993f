"""`python -m entities.extraction [--published YYYY-MM-DD] FILE...`: one JSON object per file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .document import read_document
from .pipeline import extract_many
from .types import Document, DocumentError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m entities.extraction", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--published", type=dt.date.fromisoformat, help="date for files without one")
    parser.add_argument("--model", default=None, help="spaCy model name")
    args = parser.parse_args(argv)
    nlp = None
    if args.model:
        from .nlp import get_nlp

        nlp = get_nlp(args.model)
    defaults = {"published": args.published} if args.published else {}
    readable: list[str] = []

    def documents() -> Iterator[Document]:
        for path in args.files:
            try:
                document = read_document(path.read_bytes(), name=str(path), defaults=defaults)
            except (OSError, DocumentError) as error:
                print(f"skipped {path}: {error}", file=sys.stderr)
                continue
            readable.append(str(path))
            yield document

    for index, extraction in enumerate(extract_many(documents(), nlp=nlp)):
        print(json.dumps(extraction.as_json(readable[index]), ensure_ascii=False), flush=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
