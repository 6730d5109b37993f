"""Groups of states whose meetings the guide counts with every member as a side ("his meeting with
Asean foreign ministers", "the G7 summit"), with the years members joined or left. Only clubs of
governments that meet as such: not the EU or the UN, whose meetings are told by the states named.

Each row: the names the group goes by, then members as `CODE` or `CODE:from-until` (years, inclusive;
either may be empty). A name matches in any case but all lower ("the quad" is a courtyard)."""

from __future__ import annotations

import re

_GROUPS = """
group of five | g5 | g-5 :: US JP DE FR GB
group of seven | g7 | g-7 :: US JP DE FR GB IT CA
group of eight | g8 | g-8 :: US JP DE FR GB IT CA RU:1997-2014
asean | association of southeast asian nations :: ID MY PH SG TH BN:1984- VN:1995- LA:1997- MM:1997- KH:1999-
brics | bric :: BR RU IN CN ZA:2010-
gulf cooperation council | gcc :: SA KW AE QA BH OM
quad :: US JP IN AU
"""


def _parse(table: str) -> list[tuple[re.Pattern[str], list[tuple[str, int, int]]]]:
    rows = []
    for line in table.strip().splitlines():
        names, _, members = line.partition("::")
        alternatives = "|".join(re.escape(n.strip()) for n in names.split("|"))
        spans = []
        for member in members.split():
            code, _, years = member.partition(":")
            start, _, end = years.partition("-")
            spans.append((code, int(start or 0), int(end or 9999)))
        rows.append((re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), spans))
    return rows


GROUPS = _parse(_GROUPS)


def group_members(words: str, year: int | None) -> set[str]:
    """The member states of the groups `words` names, in `year` when known."""
    return {
        code
        for pattern, members in GROUPS
        if any(not found.group().islower() for found in pattern.finditer(words))
        for code, start, end in members
        if year is None or start <= year <= end
    }
