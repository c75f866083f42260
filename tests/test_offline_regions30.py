"""Regions in the cast (round regions30, issue 11): an autonomous region whose own government
deals and quarrels with its state ("Baghdad and Erbil") is a side of its own there; a region
named "Central America" or "South America" is no United States."""

from __future__ import annotations

from offline_support import brief, names


def test_the_capital_of_an_autonomous_region_is_a_side_against_its_state() -> None:
    briefing = brief(
        "BAGHDAD (Wire) - Baghdad and Erbil signed a deal on Monday to restart oil exports "
        "through the pipeline to Turkey, officials from both governments said."
    )
    assert "Kurdistan Regional Government" in names(briefing)
    assert any({"Iraq", "Kurdistan Regional Government"} <= set(d.parties) for d in briefing.deals)


def test_a_region_of_the_americas_is_not_the_united_states() -> None:
    briefing = brief(
        "Mexico and Guatemala agreed on Monday on a plan for people fleeing violence in Central "
        "America and South America."
    )
    assert "United States" not in names(briefing)
    assert [set(d.parties) for d in briefing.deals] == [{"Mexico", "Guatemala"}]


def test_america_alone_is_still_the_united_states() -> None:
    briefing = brief("America and Mexico agreed on Monday to extend the water treaty.")
    assert "United States" in names(briefing)
