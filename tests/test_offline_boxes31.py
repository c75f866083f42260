"""A box of other articles' headlines set in the middle of a scraped page (issue 11, the sixth
session): the headlines are no claims, and the article that goes on after the box is still
read. Before, everything after "You might also like" was taken for the box."""

from __future__ import annotations

from offline_support import brief

_PAGE = (
    "Commentary\n\n"
    "A Month of Pipelines and Patrols\n\n"
    "It has been a busy month for Beijing's neighbours. First, the Philippine coast guard said "
    "Chinese vessels had blocked a resupply mission near Second Thomas Shoal on Tuesday, and "
    "Manila lodged a diplomatic protest with Beijing.\n\n"
    "You might also like\n\n"
    "Japan and South Korea Clash Over Islets Again\n\n"
    "Turkey Signs Gas Deal With Azerbaijan\n\n"
    "Second, Beijing looked north. On Wednesday, after a decade of haggling, Russia and China "
    "signed a 30-year gas supply contract in Shanghai, under which Russia will deliver 38 "
    "billion cubic metres of gas a year through a new pipeline, officials from both sides "
    "said.\n"
)


def test_the_article_after_a_box_of_headlines_is_read() -> None:
    deals = brief(_PAGE).deals
    assert [sorted(d.parties)[:2] for d in deals if "contract" in d.title.casefold()] == [
        ["China", "Russia"]
    ], [d.title for d in deals]


def test_the_headlines_in_the_box_are_no_claims() -> None:
    briefing = brief(_PAGE)
    names = {a.name for a in briefing.actors}
    assert not {"Turkey", "Azerbaijan", "South Korea"} & names, names
    assert all("Turkey" not in d.parties for d in briefing.deals)


_COLUMN = (
    "Commentary\n\n"
    "Europe's Gas Year Ends With a Deal\n\n"
    "Dr Amelia Strand\n\n"
    "Russia and Ukraine agreed on Friday on the terms of a new gas transit arrangement after "
    "talks in Berlin, officials from both sides said.\n\n"
    "Dr Amelia Strand is a senior research fellow in the Energy Programme. She previously "
    "worked at the International Energy Agency.\n\n"
    "Share this:\n"
    "Tags: Energy, Russia, Ukraine\n"
)


def test_the_writer_and_her_past_employer_are_no_actors() -> None:
    names = {a.name for a in brief(_COLUMN).actors}
    assert not {"Amelia Strand", "International Energy Agency"} & names, names
    assert {"Russia", "Ukraine"} <= names
