"""A state acts through its ships, aircraft and forces: a demonym (or "STATE's") before a noun
of a state's hardware or forces ("Chinese warplanes", "Russian bombers", "Turkish F-16 jets")
names that state acting. An act of incursion by them into what is another's (its airspace,
waters, zone, line or border) sets that state against the one whose ground it is or who reports
it; a protest against their presence is a protest against their state. Craft of trade or make
("a Chinese fishing boat", "Russian-made jets") and a state's own ships are no such act."""

from __future__ import annotations

import pytest
from offline_support import brief


def _sides(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Taiwan said Chinese warplanes crossed the median line.", {"Taiwan", "China"}),
        (
            "Japan scrambled jets after Russian bombers flew near its airspace.",
            {"Japan", "Russia"},
        ),
        ("Greece said Turkish F-16 jets had violated its airspace.", {"Greece", "Turkey"}),
        (
            "Taiwan said on Thursday that 24 Chinese warplanes crossed the median line.",
            {"Taiwan", "China"},
        ),
        (
            "Pakistan said Indian troops crossed the border and killed two civilians.",
            {"Pakistan", "India"},
        ),
        (
            "Japan's coast guard said Chinese vessels had entered the territorial waters "
            "around the islands 31 times this year.",
            {"Japan", "China"},
        ),
    ],
)
def test_a_state_s_craft_entering_another_s_ground_sets_the_two_against_each_other(
    text: str, pair: set[str]
) -> None:
    found = _sides(text)
    assert any(pair <= p for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam protested the presence of Chinese warships in its waters.",
        "Vietnam protested Chinese survey ships operating in its exclusive economic zone.",
    ],
)
def test_a_protest_against_a_state_s_ships_is_a_protest_against_the_state(text: str) -> None:
    found = _sides(text)
    assert any({"Vietnam", "China"} <= p for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam bought Russian-made jets that crossed its border last year.",
        "Chinese warships sailed through the Taiwan Strait on Monday.",
        "Taiwan's own warships patrolled in its waters.",
        "Vietnam protested after Chinese-built ships were delivered to its navy.",
    ],
)
def test_craft_made_by_a_state_or_its_own_craft_at_home_make_no_dispute(text: str) -> None:
    assert _sides(text) == [], _sides(text)


def test_a_fishing_boat_of_a_state_s_people_is_not_the_state() -> None:
    text = (
        "Taiwan's coast guard said it had expelled a Chinese fishing boat that entered "
        "restricted waters off Kinmen."
    )
    assert not any("China" in p for p in _sides(text)), _sides(text)


def test_a_cue_s_braces_name_a_word_list_or_are_the_pattern_s_own() -> None:
    from summarizer._lexicon._word_lists import word_list_filler

    fill = word_list_filler({"_comment": "x", "craft": ["ships?", "warships?"]}, "test")
    assert fill(r"_ {craft} \d{1,2}") == r"_ (?:warships?|ships?) \d{1,2}"
