"""An extradition granted is no row between the two states (issue 11, the seventh session):
"the home secretary approved an extradition request from the US" was "United Kingdom vs United
States: Extradition" on a labelled international page. One refused still is a row."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[list[str]]:
    return [sorted(d.parties) for d in brief(text).disputes]


def test_an_approved_extradition_request_sets_no_states_against_each_other() -> None:
    text = (
        "Extradition Approved\n\n"
        "In June, the British home secretary formally approved an extradition request from "
        "the United States, and a hearing is set for February.\n"
    )
    assert _disputes(text) == []


def test_an_ordered_extradition_sets_no_states_against_each_other() -> None:
    text = (
        "Court Rules\n\n"
        "A British court on Monday ordered the extradition of the businessman to the United "
        "States to face fraud charges.\n"
    )
    assert _disputes(text) == []


def test_a_refused_extradition_is_still_a_row() -> None:
    text = (
        "Extradition Refused\n\n"
        "Britain refused on Monday to extradite the businessman to Russia, angering Moscow, "
        "which called the decision political.\n"
    )
    assert ["Russia", "United Kingdom"] in _disputes(text)
