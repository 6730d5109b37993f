"""The 1-3 countries an article is principally about.

Each country the article names is described by a few facts (how often and how early it is named,
whether the headline or the lead names it or one of its people, the sides of the meetings told, the
share of the people quoted, the dateline) and a logistic model, fitted on annotated articles by
`extraction.focus_training`, weighs them. Hand-set weights did well on the articles they were set on
and worse elsewhere (round 15: dev 0.86, unseen 0.64-0.75); the fitted ones hold up better on
articles they were not fitted on. The model is data (`focus_model.json`); `make train-focus` refits it.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .countries import CountryMention
from .types import Document, MeetingExtraction, PersonExtraction

MODEL_PATH = Path(__file__).with_name("focus_model.json")
MAX_FOCUS = 3

# The hand-weighted score of round 15, kept as one of the facts: where a country appears matters
# more than how often.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
MEETING_WEIGHT = 3.0
PERSON_WEIGHT = 1.0
DATELINE_WEIGHT = 0.5
MENTION_WEIGHT = 1.0


@dataclass(frozen=True)
class FocusModel:
    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    threshold: float
    trained_on: dict[str, int] | None = None  # gold file -> articles, for the record

    def probability(self, facts: dict[str, float]) -> float:
        z = self.bias + sum(
            w * (facts[name] - m) / s
            for name, m, s, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def load_model(path: Path = MODEL_PATH) -> FocusModel:
    return FocusModel(**json.loads(path.read_text(encoding="utf-8")))


def choose_focus(
    document: Document,
    mentions: list[CountryMention],
    lead: tuple[int, int],
    people: list[PersonExtraction],
    meetings: list[MeetingExtraction],
    model: FocusModel | None = None,
) -> list[str]:
    """The 1-3 countries the article is principally about, sorted: the (at most three) countries
    whose chance is at least the model's threshold, else the likeliest one."""
    model = model or load_model()
    facts = focus_facts(document, mentions, lead, people, meetings)
    if not facts:
        return []
    chances = {code: model.probability(row) for code, row in facts.items()}
    ranked = sorted(chances, key=lambda code: (-chances[code], code))
    chosen = [code for code in ranked[:MAX_FOCUS] if chances[code] >= model.threshold]
    return sorted(chosen or ranked[:1])


def focus_facts(
    document: Document,
    mentions: list[CountryMention],
    lead: tuple[int, int],
    people: list[PersonExtraction],
    meetings: list[MeetingExtraction],
) -> dict[str, dict[str, float]]:
    """What the model weighs, for each country the article names (the dateline's included)."""
    title_end = len(document.title)
    dateline_start, dateline_end = document.dateline_span or (0, 0)
    body = [m for m in mentions if not dateline_start <= m.start_char < dateline_end]
    counts = Counter(m.code for m in body)
    most = max(counts.values(), default=1)
    first: dict[str, int] = {}
    for mention in body:
        first.setdefault(mention.code, mention.start_char)
    lead_start, lead_end = max(title_end, lead[0]), lead[1]
    headline = {m.code for m in body if m.start_char < title_end}
    in_lead = {m.code for m in body if lead_start <= m.start_char < lead_end}
    headline_people = _countries_of(people, 0, title_end)
    headline_read = _countries_of(people, 0, title_end, read_only=True)
    lead_people = _countries_of(people, lead_start, lead_end)
    held = [m for m in meetings if m.status == "held"]
    quoted = sum(p.mentions for p in people if p.country) or 1
    people_share: Counter[str] = Counter()
    for person in people:
        if person.country:
            people_share[person.country] += person.mentions / quoted
    dateline = document.dateline_country()
    scores = focus_scores(document, mentions, lead, people, meetings)
    best = max(scores.values(), default=1.0) or 1.0
    length = max(len(document.text), 1)
    return {
        code: {
            "mentions": math.sqrt(min(counts[code], 10)),
            "share": counts[code] / most,
            "headline": float(code in headline),
            "headline_person": float(code in headline_people and code not in headline),
            "headline_person_read": float(code in headline_read),
            "lead": float(code in in_lead),
            "lead_person": float(code in lead_people and code not in in_lead),
            "meeting_sides": sum(code in m.sides for m in meetings) / max(len(meetings), 1),
            "held_sides": sum(code in m.sides for m in held) / len(held) if held else 0.0,
            "in_held": float(any(code in m.sides for m in held)),
            "people_share": people_share[code],
            "dateline": float(code == dateline),
            "score": scores.get(code, 0.0) / best,
            "first_position": first.get(code, length) / length,
        }
        for code in {m.code for m in mentions}
    }


def _countries_of(people: list[PersonExtraction], start: int, end: int, read_only: bool = False) -> set[str]:
    return {
        p.country
        for p in people
        if p.country and (p.country_read or not read_only) and any(start <= s < end for s, _ in p.spans)
    }


def focus_scores(
    document: Document,
    mentions: list[CountryMention],
    lead: tuple[int, int],
    people: list[PersonExtraction],
    meetings: list[MeetingExtraction],
) -> dict[str, float]:
    """Round 15's hand-weighted score: mentions, headline, lead, meeting sides, people, dateline."""
    title_end = len(document.title)
    dateline_start, dateline_end = document.dateline_span or (0, 0)
    # the dateline says where the reporter files from, often a bureau (Brussels, London, Manama),
    # not what the story is about: it is not a mention
    # (but a country named only there is still in the article: "SINGAPORE - PM Lee said")
    present = {m.code for m in mentions}
    mentions = [m for m in mentions if not dateline_start <= m.start_char < dateline_end]
    counts = Counter(m.code for m in mentions)
    scores: dict[str, float] = defaultdict(float)
    for code, count in counts.items():
        scores[code] += MENTION_WEIGHT * min(count, 10) ** 0.5
    lead_start, lead_end = lead
    # "Blair urges ...": a person the headline or the lead names stands for their country there
    in_headline = _countries_of(people, 0, title_end, read_only=True)
    in_lead = _countries_of(people, max(title_end, lead_start), lead_end, read_only=True)
    for code in {m.code for m in mentions if m.start_char < title_end} | (in_headline & present):
        scores[code] += HEADLINE_WEIGHT
    lead_codes = {m.code for m in mentions if max(title_end, lead_start) <= m.start_char < lead_end}
    for code in lead_codes | (in_lead & present):
        scores[code] += LEAD_WEIGHT
    for meeting in meetings:
        for code in set(meeting.sides):
            if code in present:
                scores[code] += MEETING_WEIGHT / max(len(meetings), 1)
    total_people = sum(p.mentions for p in people if p.country) or 1
    for person in people:
        if person.country in present:
            scores[person.country] += PERSON_WEIGHT * 3 * person.mentions / total_people
    dateline = document.dateline_country()
    if dateline in counts:
        # where the reporter files from counts as much as the lead when the story also talks about
        # that country; a dateline alone (a wire bureau in Brussels) says little
        scores[dateline] += LEAD_WEIGHT if counts[dateline] > 1 else DATELINE_WEIGHT
    return dict(scores)
