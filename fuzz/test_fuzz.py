"""Fuzz read_document and the public URL parameters: nothing may raise but DocumentError, and no
page may answer 5xx. FUZZ_EXAMPLES (default 300) bounds each target."""

import os
import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction.document import plausible_date, read_document
from extraction.types import DocumentError
from fuzz.conftest import TRIED

INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]")
EXAMPLES = int(os.getenv("FUZZ_EXAMPLES", "300"))
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.getenv("FUZZ_SEED") is None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NASTY = "\x00\x1b\x07\x7f\x85\u200b\u200d\u202e\u2066\ufeff\ufdfa\u00b2\u0661\uff19\ud800é€\n\r\t"
nasty_text = st.text(alphabet=st.sampled_from(NASTY) | st.characters(), max_size=300)
front_values = st.one_of(
    nasty_text,
    st.sampled_from(
        ["javascript:alert(1)//", "data:text/html,x", "https://example.org/", "2019-02-30",
         "0001-01-01", "9999-12-31", "February 30", "99999999999"]
    ),
)  # fmt: skip


@st.composite
def documents(draw):
    kind = draw(st.sampled_from(["bytes", "text", "front matter", "cp1252", "mixed encodings"]))
    if kind == "bytes":
        data = draw(st.binary(max_size=2000))
    elif kind == "text":
        data = draw(nasty_text).encode("utf-8", "surrogatepass")
    elif kind == "front matter":
        meta = draw(st.dictionaries(st.sampled_from(["url", "published", "title", "source"]), front_values))
        lines = "".join(f"{k}: {v}\n" for k, v in meta.items())
        data = f"---\n{lines}---\n{draw(nasty_text)}\n\n{draw(nasty_text)}".encode("utf-8", "surrogatepass")
    elif kind == "cp1252":
        data = draw(st.text(alphabet="abc éü“”€\n", max_size=300)).encode("cp1252")
    else:
        data = draw(nasty_text).encode("utf-8", "surrogatepass") + draw(st.binary(max_size=20))
    defaults = draw(st.none() | st.dictionaries(st.sampled_from(["url", "published", "title"]), front_values))
    return kind, data, defaults


@BOUNDED
@given(documents())
def test_read_document_only_ever_raises_document_error(case):
    kind, data, defaults = case
    tried = TRIED.setdefault("read_document", Counter())
    try:
        document = read_document(data, defaults=defaults, max_chars=5000)
    except DocumentError:
        tried[f"{kind}: refused"] += 1
        return
    tried[f"{kind}: read" + (" with warnings" if document.warnings else "")] += 1
    assert not re.search(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]", document.text
    )
    assert document.url == "" or re.match(r"https?://", document.url, re.I)
    assert document.published is None or plausible_date(document.published)
    assert len(document.text) <= 5000


PAGES = ["/", "/articles/", "/countries/", "/countries/cn/", "/search/", "/pairs/cn-ru/",
         "/pairs/cn-ru/meetings.csv", "person"]  # fmt: skip
PARAMS = ["page", "people_page", "articles_page", "officials_page", "meetings_page", "quotes_page",
          "about_page", "mentioning_page", "year", "official", "q"]  # fmt: skip
values = st.one_of(
    nasty_text,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["9999", "0", "²", "1e9", "0x10", " 1", "1\n", "\ufdfa" * 200]),
)


@BOUNDED
@given(page=st.sampled_from(PAGES), params=st.dictionaries(st.sampled_from(PARAMS), values, max_size=3))
def test_no_public_url_parameter_gives_a_server_error(client, world, page, params):
    tried = TRIED.setdefault("public URLs", Counter())
    params = {k: v.replace("\ud800", "") for k, v in params.items()}
    if page == "person":
        page = world["patrushev"].get_absolute_url()
    label = "/people/<slug>/" if page.startswith("/people/") else page
    response = client.get(page, params)
    tried[f"{label} -> {response.status_code}"] += 1
    for name in params:
        TRIED.setdefault("public URL parameters", Counter())[f"?{name}="] += 1
    assert response.status_code < 500, (page, params)
