"""Signals that are no forecasts (round outlook30, issue 11): the terms of a deal told as what
one side "would" do "in return", and what "any such move would" bring."""

from __future__ import annotations

from offline_support import brief

_TEXT = (
    "ADDIS ABABA (Wire) - Ethiopia and Somalia will hold a third round of talks in Ankara in "
    "March, officials said on Thursday. Under a memorandum signed last year, Somaliland offered "
    "Ethiopia a stretch of coastline for a naval base. In return, Ethiopia would consider "
    "recognising Somaliland's independence. Somalia's government has warned that any such move "
    'would be "a violation of international law".'
)


def test_the_terms_of_a_deal_and_a_hypothetical_are_no_signals() -> None:
    signals = [s.description for s in brief(_TEXT).outlook.signals]
    assert not any("In return" in s or "any such move" in s for s in signals), signals
    assert any("March" in s for s in signals), signals
