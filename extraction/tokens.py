"""Plain strings for a parsed Doc's tokens, read once and kept on the Doc.

Several stages scan every word of an article, and each `Token` attribute access builds a Python
object: reading the texts once, as a list, costs less than any one of those scans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newsdesk.token_texts"
_SPACES = "newsdesk.token_spaces"


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, in order (the same list on every call for this Doc: do not change it)."""
    texts = doc.user_data.get(_KEY)
    if texts is None or len(texts) != len(doc):
        texts = doc.user_data[_KEY] = [t.text for t in doc]
    return texts


def token_spaces(doc: Doc) -> list[str]:
    """The whitespace after each token, in order (shared like `token_texts`)."""
    spaces = doc.user_data.get(_SPACES)
    if spaces is None or len(spaces) != len(doc):
        spaces = doc.user_data[_SPACES] = [t.whitespace_ for t in doc]
    return spaces


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` from the shared strings, without building the Span."""
    texts, spaces = token_texts(doc), token_spaces(doc)
    return "".join(texts[k] + spaces[k] for k in range(start, end - 1)) + texts[end - 1]
