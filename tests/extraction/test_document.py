import datetime as dt

import pytest

from extraction.document import read_document
from extraction.types import DocumentError


def test_front_matter_sets_metadata_and_wins_over_defaults():
    data = b"---\npublished: 2020-11-12\nsource: wire\n---\nHeadline here\n\nBody line one.\n"
    document = read_document(data, defaults={"published": dt.date(1999, 1, 1), "source": "x"})
    assert document.published == dt.date(2020, 11, 12)
    assert document.source == "wire"
    assert document.title == "Headline here"
    assert document.body == "Body line one."


def test_defaults_apply_when_there_is_no_front_matter():
    document = read_document(b"Title\n\nText.", defaults={"published": dt.date(2001, 2, 3)})
    assert document.published == dt.date(2001, 2, 3)


def test_utf8_bom_and_html_entities_are_decoded():
    document = read_document("\ufeffTitle\n\n&quot;Hi,&quot; she said.&nbsp;A &amp; B".encode())
    assert document.title == "Title"
    assert document.body == '"Hi," she said. A & B'


def test_cp1252_is_read_when_utf8_fails():
    document = read_document("Caf\u00e9 talks\n\nThey met \u201chere\u201d.".encode("cp1252"))
    assert document.title == "Caf\u00e9 talks"
    assert "\u201chere\u201d" in document.body


def test_trailing_email_becomes_the_byline_and_leaves_the_body():
    document = read_document(b"Title\n\nSome text.\nreporter@example.com\n&nbsp;\n")
    assert document.byline == "reporter@example.com"
    assert "example.com" not in document.body


def test_trailing_reuter_signoff_is_dropped():
    assert read_document(b"Title\n\nText here.\nREUTER\n").body == "Text here."


@pytest.mark.parametrize(
    ("first_line", "place", "date_text"),
    [
        ("TOKYO, March 3 - Japan said", "Tokyo", "March 3"),
        ("BEIJING, Nov. 12 (Xinhua) -- China said", "Beijing", "Nov. 12"),
        ("WASHINGTON (AP) -- The talks", "Washington", ""),
        ("An inquiry is under way - after this", "", ""),
    ],
)
def test_the_dateline_is_captured(first_line, place, date_text):
    document = read_document(f"Title\n\n{first_line}\n".encode())
    assert (document.dateline_place, document.dateline_text) == (place, date_text)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"%PDF-1.4 stuff", "binary"),
        (b"abc\x00def", "binary"),
    ],
)
def test_unreadable_input_is_rejected_with_a_clear_message(data, words):
    with pytest.raises(DocumentError, match=words):
        read_document(data)


def test_oversized_input_is_rejected():
    with pytest.raises(DocumentError, match="larger than"):
        read_document(b"x" * 50, max_bytes=10)
