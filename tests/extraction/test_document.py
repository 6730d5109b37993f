import datetime as dt

import pytest

from extraction.document import dateline_end, find_dateline, read_document
from extraction.types import Document, DocumentError


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


def _dateline(body: str) -> tuple[str, str]:
    found = find_dateline(body)
    return found.place, found.date_text


def test_reuters_dateline_gives_city_and_day_and_month():
    assert _dateline("TOKYO, March 3 - Ministers agreed on a plan.") == ("Tokyo", "March 3")


def test_xinhua_dateline_with_agency_in_brackets():
    assert _dateline("BEIJING, Nov. 12 (Xinhua) -- Officials said.") == ("Beijing", "Nov. 12")


def test_agency_dateline_without_a_date():
    assert _dateline("WASHINGTON (AP) -- The envoy arrived.") == ("Washington", "")


def test_iso_dateline_with_region_and_two_word_city():
    assert _dateline("BUENOS AIRES, Argentina 1996-08-26 - Talks began.") == (
        "Buenos Aires",
        "1996-08-26",
    )


def test_dateline_after_a_photo_caption_is_found():
    text = "Leaders pose for a photo. (Xinhua/Staff) BEIJING, Nov. 12 (Xinhua) -- Talks began."
    assert _dateline(text) == ("Beijing", "Nov. 12")
    found = find_dateline(text)
    assert text[found.start : found.end].startswith("BEIJING")


def test_shouted_headline_is_not_a_dateline():
    assert _dateline("MINISTERS AGREE ON TRADE PLAN\nThe ministers agreed.") == ("", "")


def test_a_document_carries_its_dateline_span_and_date():
    document = read_document(
        b"Talks open\n\nTOKYO, March 3 - Ministers met.\n", defaults={"published": "1987-03-04"}
    )
    start, end = document.dateline_span
    assert document.text[start:end].startswith("TOKYO, March 3")
    assert document.dateline_date == dt.date(1987, 3, 3)


def test_a_document_built_by_hand_works_out_its_dateline_too():
    document = Document(title="Talks open", body="BEIJING, Nov. 12 (Xinhua) -- Officials met.")
    assert (document.dateline_place, document.dateline_text) == ("Beijing", "Nov. 12")
    assert document.text[slice(*document.dateline_span)].startswith("BEIJING")


def test_the_prefix_length_excludes_a_dateline_after_a_caption():
    assert dateline_end("TOKYO, March 3 - Ministers met.") == len("TOKYO, March 3 - ")
    assert dateline_end("Leaders pose. (Xinhua/Staff) BEIJING, Nov. 12 (Xinhua) -- Talks began.") == 0
