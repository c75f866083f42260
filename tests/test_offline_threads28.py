"""Bare references are resolved only when one antecedent fits: "the rebels" with two armed
groups named is the one the text called rebels; a row cue that names no sides joins no clause
whose names are not set against each other; a plural title before names is a title; a state's
opposition accusing its president is no row of the state with its president."""

from __future__ import annotations

from offline_support import brief, names


def _titles(text: str) -> list[tuple[str, set[str]]]:
    b = brief(text)
    return [(d.title, set(d.parties)) for d in [*b.disputes, *b.deals]]


def test_the_rebels_with_two_armed_groups_named_is_the_one_called_rebels() -> None:
    text = (
        "Fighting continued in eastern Congo, where the M23 rebel group controls the two "
        "largest cities. Congo has promised to neutralise the FDLR, an armed group founded "
        "by Hutu extremists, and Kigali says it fears the FDLR. The rebels are negotiating "
        "separately with Kinshasa in Qatar, officials said on Monday."
    )
    found = _titles(text)
    assert not any("FDLR" in parties for _, parties in found), found


def test_a_row_cue_with_no_sides_is_not_joined_to_an_alignment() -> None:
    text = (
        "Mali, Burkina Faso and Niger held talks with ECOWAS in Bamako on Monday on trade. "
        "The talks did little to ease one of the sharpest regional rows in years. "
        "The juntas have since expelled French troops, turned to Russia for security help "
        "and hired Russian paramilitaries to fight insurgents in the north."
    )
    found = _titles(text)
    assert not any("row" in title.lower() and "Russia" in p for title, p in found), found


def test_a_plural_title_before_two_names_is_no_word_of_a_name() -> None:
    text = (
        "Presidents Félix Tshisekedi and Paul Kagame signed the accords in Washington on "
        "Thursday at a ceremony hosted by the United States."
    )
    found = names(brief(text))
    assert "Presidents Félix Tshisekedi" not in found, found
    assert "Félix Tshisekedi" in found, found


def test_opposition_figures_accusing_their_president_set_no_state_against_him() -> None:
    text = (
        "Somalia and Ethiopia agreed on Thursday to restore full diplomatic relations. "
        "Some Somali opposition figures have accused President Hassan Sheikh Mohamud of "
        "conceding too much to Addis Ababa."
    )
    found = _titles(text)
    assert not any({"Somalia", "Hassan Sheikh Mohamud"} <= p for _, p in found), found
