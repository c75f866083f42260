"""A measure aimed at a state named by a preposition ("banned exports of gallium to the United
States"), a doer whose act angers a state (", angering Saudi Arabia"), and a present state of
relations ("Relations between Morocco and Algeria have been frozen since 2021") each set two
states against each other; a flow that merely rises, an act that alarms no actor, and ties
that improved set no one against anyone."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_a_ban_on_exports_to_a_state_opposes_the_banner_and_the_buyer() -> None:
    found = _disputes("Beijing banned exports of gallium to the United States.")
    assert any({"China", "United States"} <= p for _, p in found), found


def test_exports_to_a_state_that_rise_are_no_measure() -> None:
    assert not _disputes("Exports of gallium to the United States rose sharply last year.")


def test_a_participle_of_anger_sets_its_object_against_the_doer() -> None:
    found = _disputes(
        "Kazakhstan has repeatedly pumped above its OPEC+ quota, angering Saudi Arabia."
    )
    assert any({"Kazakhstan", "Saudi Arabia"} <= p for _, p in found), found


def test_anger_of_no_actor_is_nothing() -> None:
    assert not _disputes("The sharp rise in supply alarmed oil traders in London.")
    assert not _disputes("Oil prices jumped on Monday, angering traders in London.")


def test_relations_frozen_since_a_year_are_a_standing_rift() -> None:
    found = _disputes("Relations between Morocco and Algeria have been frozen since 2021.")
    assert any({"Morocco", "Algeria"} <= p for _, p in found), found
    found = _disputes("Relations between China and Australia are at their lowest point in decades.")
    assert any({"China", "Australia"} <= p for _, p in found), found


def test_ties_that_improved_or_were_restored_are_no_rift() -> None:
    assert not _disputes("Morocco's ties with Spain have improved since 2022.")
    assert not _disputes(
        "Diplomatic relations between Iran and Egypt were restored in March after years apart."
    )


def test_a_truce_rejected_from_a_mediator_sets_no_row_with_the_mediator() -> None:
    found = _disputes("Sudan's army rejected a truce proposal from the Quad.")
    assert not any("Quad" in p for _, p in found), found


def test_ties_with_a_state_at_their_lowest_are_a_standing_rift() -> None:
    found = _disputes(
        "Azerbaijan's relations with its former imperial ruler Russia remain at their lowest "
        "point in decades."
    )
    assert any({"Azerbaijan", "Russia"} <= p for _, p in found), found
