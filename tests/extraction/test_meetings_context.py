"""The article-wide facts the meetings stages share, worked out once per article."""

from spacy.matcher import DependencyMatcher

from extraction.lexicon.meetings import BY_AGENT_PATTERN
from extraction.meetings.context import _by_agents


def test_by_agents_are_found_in_every_sentence_as_the_whole_article_matcher_finds_them(nlp):
    doc = nlp(
        "Ana Soto flew to Lima on Sunday. The talks, co-chaired by Paolo Verdi and Luis Rojas, ended "
        "on Tuesday. Nothing was signed. A summit attended by Jan Nowak followed, and a delegation "
        "led by Maria Costa arrived later."
    )
    whole = DependencyMatcher(doc.vocab)
    whole.add("BY_AGENT", [BY_AGENT_PATTERN])
    ids = [entry["RIGHT_ID"] for entry in BY_AGENT_PATTERN]
    expected: dict[int, list[int]] = {}
    for _, tokens in whole(doc):
        match = dict(zip(ids, tokens, strict=True))
        expected.setdefault(match["event"], []).append(match["party"])

    found = _by_agents(doc)

    assert list(found.items()) == list(expected.items())
    assert {doc[i].text for parties in found.values() for i in parties} >= {"Verdi", "Nowak", "Costa"}


def test_an_article_without_the_participles_has_no_by_agents(nlp):
    assert _by_agents(nlp("Ana Soto met Paolo Verdi in Rome on Tuesday.")) == {}
    assert _by_agents(nlp("")) == {}
