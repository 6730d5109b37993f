import json

import pytest

from extraction.document import read_document
from extraction.pipeline import extract, extract_many
from extraction.types import Document

from .conftest import SEED


def test_extract_many_yields_in_input_order(nlp):
    documents = [Document(title=f"Story {n}", body=f"Talks number {n} were held in Paris.") for n in range(5)]
    titles = [result.document.title for result in extract_many(iter(documents), nlp=nlp, batch_size=2)]
    assert titles == [f"Story {n}" for n in range(5)]


@pytest.mark.corpus
@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_article_gives_exactly_the_expected_people_and_countries(nlp):
    result = next(extract_many([read_document(SEED.read_bytes())], nlp=nlp))
    people = {p.name: p.country for p in result.people}
    assert people == {
        "Yang Jiechi": "CN",
        "Nikolai Patrushev": "RU",
        "Xi Jinping": "CN",
        "Vladimir Putin": "RU",
        "Alex Gabuev": "RU",
    }
    assert sorted(c.code for c in result.countries) == ["AF", "CN", "IR", "KP", "RU", "US"]
    assert result.focus == ["CN", "RU"]
    held = [m for m in result.meetings if m.status == "held"]
    assert [(sorted(m.participants), m.place, m.place_country, m.date_text) for m in held] == [
        (["Nikolai Patrushev", "Yang Jiechi"], "Moscow", "RU", "on Tuesday")
    ]
    assert held[0].sides == ["CN", "RU"]


def test_cli_prints_one_json_line_per_file(tmp_path, capsys):
    from django.core.management import call_command

    path = tmp_path / "story.txt"
    path.write_text("Talks in Tokyo\n\nTOKYO, March 3 - Japan held talks.\n", encoding="utf-8")
    call_command("extract", str(path), "--published", "1987-03-04")
    row = json.loads(capsys.readouterr().out.strip())
    assert row["file"] == str(path)
    assert row["published"] == "1987-03-04"
    assert "JP" in [c["code"] for c in row["countries"]]


def test_cli_prints_a_month_as_a_null_date_with_its_precision(tmp_path, capsys):
    from django.core.management import call_command

    path = tmp_path / "story.txt"
    path.write_text(
        "Ministers meet\n\nItalian Foreign Minister Paolo Verdi met Chilean President Ana Soto"
        " in Santiago in April 2012, officials said.\n",
        encoding="utf-8",
    )
    call_command("extract", str(path), "--published", "2013-01-09")
    (meeting,) = json.loads(capsys.readouterr().out.strip())["meetings"]
    assert meeting["date"] is None  # the gold's date is a calendar day or null
    assert (meeting["date_precision"], meeting["partial_date"]) == ("month", "2012-04-01")


def test_the_lead_skips_the_dateline_and_caption_lines(nlp):
    from extraction.pipeline import lead_span, nlp_text

    document = Document(
        title="Talks open",
        body="LONDON, May 4 - \nImage copyright Agency Image caption Crowds outside\n"
        "Ministers from ten countries met in London on Monday to discuss trade. More followed.",
    )
    start, end = lead_span(nlp(nlp_text(document)), document)
    assert document.text[start:end].strip().startswith("Ministers from ten countries")
    assert "More followed" not in document.text[start:end]


def test_parsing_on_a_thread_while_extracting_reads_what_one_thread_reads(nlp):
    from pathlib import Path

    from extraction.nlp import DEFAULT_MODEL
    from extraction.parallel import extract_chunks
    from extraction.pipeline import nlp_text

    samples = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))[:12]
    documents = [read_document(p.read_bytes(), name=p.name) for p in samples]
    one_thread = [
        extract(d, doc) for d, doc in zip(documents, nlp.pipe(nlp_text(d) for d in documents), strict=True)
    ]
    chunks = [[*documents[i : i + 4], None] for i in range(0, len(documents), 4)]
    overlapped = extract_chunks(iter(chunks), model_name=DEFAULT_MODEL, processes=1, batch_size=4)
    assert [o for chunk in overlapped for o in chunk if o is not None] == one_thread
