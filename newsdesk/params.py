"""Strict parsing of numbers from the query string, for every public and admin view.

`str.isdigit()` and `int()` accept far more than ASCII digits ("²", "١٢", "1_000"), and a year that
parses may still overflow date arithmetic (`9999 + 1`). Anything that is not a plain, bounded ASCII
number is treated as absent, so a crafted URL gets the default page, never a 500.
"""

from __future__ import annotations

import re

# One window for ingest and pages: 1900 to next year (a summit planned ahead).
from extraction.document import YEAR_MIN, plausible_date, year_max

MAX_PAGE = 10_000
_DIGITS = re.compile(r"[0-9]{1,9}")

__all__ = ["int_param", "page_number", "plausible_date", "year_param"]


def int_param(request, name: str, *, low: int, high: int, default: int | None = None) -> int | None:
    raw = request.GET.get(name, "")
    if not _DIGITS.fullmatch(raw):
        return default
    value = int(raw)
    return value if low <= value <= high else default


def page_number(request, name: str = "page") -> int:
    return int_param(request, name, low=1, high=MAX_PAGE, default=1)


def year_param(request, name: str = "year") -> int | None:
    return int_param(request, name, low=YEAR_MIN, high=year_max())
