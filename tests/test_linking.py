"""The article page links exactly the spans the extractor read, and nothing else."""

import time

import pytest

from entities.linking import Segment, paragraphs
from entities.models import Country, CountryMention, Person, PersonMention
from tests import factories

BODY = "Yang met Patrushev.\n\n  Patrushev said Russia would talk to China.  \nYang Jiechi agreed."


def linked(rendered) -> list[tuple[str, str]]:
    return [(s.text, s.url) for paragraph in rendered for s in paragraph if s.url]


def test_the_body_becomes_its_non_blank_lines_stripped_with_the_spans_linked():
    spans = factories.spans_of(BODY, "Patrushev")
    rendered = paragraphs(BODY, [(span, "/p/", "person") for span in spans])
    assert rendered == [
        [Segment("Yang met "), Segment("Patrushev", "/p/", "person"), Segment(".")],
        [Segment("Patrushev", "/p/", "person"), Segment(" said Russia would talk to China.")],
        [Segment("Yang Jiechi agreed.")],
    ]


def test_overlapping_reversed_and_out_of_range_spans_are_left_out_safely():
    links = [
        ([0, 11], "/yang/", "person"),  # "Yang met Pa": linked, though wrong, as stored
        ([9, 18], "/patrushev/", "person"),  # starts inside the one before: left out
        ([0, 4], "/short/", "person"),  # starts with a longer one: the longer is linked
        ([30, 25], "/reversed/", "person"),
        ([-3, 2], "/negative/", "person"),
        ([len(BODY) - 3, len(BODY) + 5], "/past-the-end/", "person"),
        ([15, 30], "/across-lines/", "person"),
        (["1", "3"], "/not-offsets/", "person"),
        ([True, 3], "/not-offsets/", "person"),
        ([1, 2, 3], "/not-a-span/", "person"),
        (None, "/nothing/", "person"),
    ]
    assert linked(paragraphs(BODY, links)) == [("Yang met Pa", "/yang/")]


def test_spans_in_the_blanks_between_paragraphs_are_left_out():
    start = BODY.index("\n")
    assert linked(paragraphs(BODY, [([start, start + 3], "/x/", "person")])) == []


def test_an_empty_body_has_no_paragraphs():
    assert paragraphs("", [([0, 1], "/x/", "person")]) == []


def test_ingest_stores_every_span_read_as_offsets_into_the_stored_body(client, ingest_text, wire_story):
    (result,) = ingest_text(wire_story(1))
    story = result.article
    lavrov = PersonMention.objects.get(article=story, person__name="Sergei Lavrov")
    china = CountryMention.objects.get(article=story, country="CN")
    # Not the headline's "Lavrov": the headline is not the body
    assert [story.body[start:end] for start, end in lavrov.spans] == ["Sergei Lavrov", "Lavrov"]
    assert [story.body[start:end] for start, end in china.spans] == ["BEIJING", "Chinese", "Beijing"]
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'href="{lavrov.person.get_absolute_url()}">Sergei Lavrov</a> met' in html
    assert (
        f'<p><a class="mention mention-person" href="{lavrov.person.get_absolute_url()}">Lavrov</a> said'
        in html
    )


@pytest.fixture
def story(world):
    """An article naming Patrushev in full and by surname, Yang in full only."""
    body = "Nikolai Patrushev met Yang Jiechi.\nPatrushev thanked Yang, and Russia thanked China."
    story = factories.article("Patrushev meets Yang", body)
    read = {world["patrushev"]: ["Nikolai Patrushev", "Patrushev"], world["yang"]: ["Yang Jiechi"]}
    factories.mention(story, world["patrushev"], world["yang"], world["ru"], read=read)
    return story


def test_the_page_links_a_surname_the_extractor_read(client, world, story):
    html = client.get(story.get_absolute_url()).content.decode()
    url = world["patrushev"].get_absolute_url()
    assert f'<a class="mention mention-person" href="{url}">Nikolai Patrushev</a> met' in html
    assert f'<a class="mention mention-person" href="{url}">Patrushev</a> thanked' in html


def test_the_page_leaves_unlinked_a_name_the_extractor_did_not_read(client, world, story):
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'href="{world["yang"].get_absolute_url()}">Yang Jiechi</a>' in html
    assert "thanked Yang, and" in html  # "Yang" was not read there: no link
    # Russia has no stored span in this article, China no mention: plain text, however known.
    assert "and Russia thanked China." in html


def test_an_article_naming_five_thousand_people_renders_in_under_a_second(client, world):
    names = [f"Official Number{i}" for i in range(5000)]
    body = "\n".join(f"{name} spoke with Russia." for name in names)
    story = factories.article("A very long list", body)
    people = Person.objects.bulk_create(
        Person(name=name, slug=f"official-{i}", key=name.lower(), surname_key=f"number{i}")
        for i, name in enumerate(names)
    )
    offsets, position = [], 0
    for name in names:
        offsets.append(position)
        position += len(f"{name} spoke with Russia.") + 1
    PersonMention.objects.bulk_create(
        PersonMention(article=story, person=p, first_offset=o, spans=[[o, o + len(p.name)]])
        for p, o in zip(people, offsets, strict=True)
    )
    russia = len(" spoke with ")
    CountryMention.objects.create(
        article=story,
        country=Country.objects.get(code="RU"),
        spans=[[o + len(n) + russia, o + len(n) + russia + 6] for n, o in zip(names, offsets, strict=True)],
    )
    client.get(story.get_absolute_url())  # warm: templates compiled, URLs loaded
    # CPU time, not wall time: other processes on a busy machine do not count against the page
    # (the regex this replaced took 6 s; a linear walk takes about 0.2 s on a quiet machine).
    started = time.process_time()
    response = client.get(story.get_absolute_url())
    elapsed = time.process_time() - started
    html = response.content.decode()
    assert html.count('class="mention mention-person"') == 5000
    assert html.count('class="mention mention-country" href="/countries/ru/">Russia</a>') == 5000
    assert elapsed < 1.0, f"{elapsed:.2f}s"


def test_a_merged_persons_spans_link_to_the_kept_person(client, world):
    patrushev = world["patrushev"]
    copy = factories.person("Nikolay Patrushev", "RU")
    story = factories.article("Security talks", "Nikolai Patrushev arrived.\nNikolay Patrushev spoke.")
    factories.mention(
        story, patrushev, copy, read={patrushev: ["Nikolai Patrushev"], copy: ["Nikolay Patrushev"]}
    )
    copy.merge_into(patrushev)
    html = client.get(story.get_absolute_url()).content.decode()
    url = patrushev.get_absolute_url()
    assert f'href="{url}">Nikolai Patrushev</a> arrived.' in html
    assert f'href="{url}">Nikolay Patrushev</a> spoke.' in html
