"""DB-free fixtures for the NLP package (the `nlp` fixture is the suite's one, in tests/conftest.py)."""

import re
from pathlib import Path

import pytest

from extraction.meetings import find_meetings
from extraction.pipeline import extract, nlp_text
from extraction.types import Document, MeetingExtraction, PersonExtraction

SEED = Path(__file__).resolve().parents[2] / "../shared/seed/000_0e12b51c2bb2fb3b.txt"


@pytest.fixture
def run(nlp):
    """Extract from a headline and body written inline."""

    def run(title: str, body: str, **fields):
        return extract(Document(title=title, body=body, **fields), nlp=nlp)

    return run


@pytest.fixture
def meetings(nlp):
    def run(
        body: str, people: dict[str, str | None], title: str = "Diplomacy", **fields
    ) -> list[MeetingExtraction]:
        document = Document(title=title, body=body, **fields)
        doc = nlp(nlp_text(document))
        return find_meetings(
            doc, document, [given_person(document.text, name, code) for name, code in people.items()]
        )

    return run


def given_person(text: str, name: str, country: str | None) -> PersonExtraction:
    spans: list[tuple[int, int]] = []
    for form in (name, name.split()[-1]):
        for match in re.finditer(rf"\b{re.escape(form)}\b", text):
            if not any(start <= match.start() < end for start, end in spans):
                spans.append((match.start(), match.end()))
    return PersonExtraction(name=name, country=country, spans=spans)
