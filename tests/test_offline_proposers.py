"""Who hands over a proposal (issue 11, the sixth session): the speaker whose team or government
submitted it is its author, and a body whose name holds a state's abbreviation ("Office of the
U.S. Trade Representative") is that state's, never a side against it."""

from __future__ import annotations

from offline_support import brief


def _deal_sides(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).deals]


def test_the_speaker_whose_team_submitted_a_proposal_is_its_author() -> None:
    sides = _deal_sides(
        "PRETORIA (Wire) - South Africa's trade minister said his team had submitted a revised "
        "trade proposal to the United States last month."
    )
    assert sides == [{"South Africa", "United States"}]


def test_a_state_that_says_it_submitted_a_proposal_is_its_author() -> None:
    sides = _deal_sides(
        "PRETORIA (Wire) - South Africa said it had submitted a revised trade proposal to the "
        "United States."
    )
    assert sides == [{"South Africa", "United States"}]


def test_a_state_office_is_no_party_beside_its_own_state() -> None:
    deals = brief(
        "Trade Minister Thabo Ndlovu said his team had submitted a revised framework proposal "
        "to the Office of the U.S. Trade Representative last month."
    ).deals
    us = {"Office of the U.S. Trade Representative", "United States"}
    # The office and the United States are one side: a deal needs someone else.
    assert deals and all(set(d.parties) - us for d in deals), [d.parties for d in deals]
