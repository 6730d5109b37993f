"""The article-wide facts the meetings stages share, worked out once per article."""

from spacy.matcher import DependencyMatcher

from extraction.lexicon.meetings import PARTY_PATTERNS
from extraction.meetings.context import _by_agents


def test_by_agents_are_found_in_every_sentence_as_the_whole_article_matcher_finds_them(nlp):
    doc = nlp(
        "Ana Soto flew to Lima on Sunday. The talks, co-chaired by Paolo Verdi and Luis Rojas, ended "
        "on Tuesday. Nothing was signed. A summit attended by Jan Nowak followed, and a delegation "
        "led by Maria Costa arrived later. Also attending the summit were Olga Petrova and Ivan Bauer."
    )
    whole = DependencyMatcher(doc.vocab)
    for name, pattern in PARTY_PATTERNS.items():
        whole.add(name, [pattern])
    expected: dict[int, list[int]] = {}
    for match_id, tokens in whole(doc):
        ids = [entry["RIGHT_ID"] for entry in PARTY_PATTERNS[doc.vocab.strings[match_id]]]
        match = dict(zip(ids, tokens, strict=True))
        parties = expected.setdefault(match["event"], [])
        if match["party"] not in parties:
            parties.append(match["party"])

    found = _by_agents(doc)

    assert {e: sorted(p) for e, p in found.items()} == {e: sorted(p) for e, p in expected.items()}
    assert {doc[i].text for parties in found.values() for i in parties} >= {"Verdi", "Nowak", "Costa"}


def test_an_article_without_the_participles_has_no_by_agents(nlp):
    assert _by_agents(nlp("Ana Soto met Paolo Verdi in Rome on Tuesday.")) == {}
    assert _by_agents(nlp("")) == {}
