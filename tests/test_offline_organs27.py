"""Unnamed ministries: "the foreign ministry" stands for the state the text names as its
owner (in its sentence or the one before, or by a place tied to it), else for the state
whose capital opens the dateline when the story has named that state; else for no one."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_the_dateline_capital_owns_the_foreign_ministry_of_a_story_about_its_state() -> None:
    text = (
        "China warns Australia and the Philippines over patrols\n\n"
        "BEIJING, March 4 (Reuters) - The foreign ministry on Tuesday warned Australia and "
        "the Philippines against provocations in the South China Sea after their navies "
        "held joint patrols near the shoal.\n\n"
        "The patrols undermine peace in the region, a spokesperson said."
    )
    found = _disputes(text)
    assert any({"China", "Australia"} <= p for p in found), found


def test_a_foreign_dateline_gives_no_owner_to_a_state_the_story_has_not_named() -> None:
    text = (
        "Iran and Israel trade threats after strike\n\n"
        "LONDON, April 3 (Reuters) - The foreign ministry on Wednesday accused Israel of "
        "violating international law with an air strike on the embassy compound.\n\n"
        "Britain's foreign secretary urged restraint."
    )
    found = _disputes(text)
    assert not any("United Kingdom" in p or "Britain" in p for p in found), found


def test_the_ministry_after_a_named_ministry_is_that_state_s() -> None:
    text = (
        "Japan's foreign ministry summoned a Chinese diplomat on Friday. The ministry "
        "accused China of violating Japanese territorial waters near the islands with four "
        "coast guard ships."
    )
    found = _disputes(text)
    assert any({"Japan", "China"} <= p for p in found), found


def test_a_place_opening_the_sentence_owns_the_ministry() -> None:
    text = (
        "The drills ended on Sunday. In Tokyo, the defence ministry accused China of "
        "violating Japanese airspace with a drone near the island."
    )
    found = _disputes(text)
    assert any({"Japan", "China"} <= p for p in found), found
