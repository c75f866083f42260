"""Opposition told by a prepositional phrase ("despite EU pressure", "under pressure from X",
"in defiance of X", "over the objections of X"): who presses or objects is against the
clause's subject. Sides that disagree or clash over a matter are the two subjects; a name
inside the matter is its topic; names that clash "with" an unnamed other are one side."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_the_owner_of_the_pressure_presses_the_subject() -> None:
    text = (
        "BUDAPEST, March 4 (Reuters) - Hungary and Slovakia will keep buying Russian crude "
        "despite EU pressure, officials said on Tuesday."
    )
    found = _disputes(text)
    assert any({"European Union", "Hungary", "Slovakia"} == p for _, p in found), found
    assert not any("Russia" in p for _, p in found), found


def test_pressure_from_a_named_side_under_which_the_subject_acts_is_news() -> None:
    text = (
        "BELGRADE, Nov 2 (Reuters) - Serbia will end visa-free entry for several countries "
        "under pressure from the European Union, the government said on Monday."
    )
    found = _disputes(text)
    assert any({"European Union", "Serbia"} == p for _, p in found), found


def test_an_act_in_defiance_of_a_named_side_opposes_the_two() -> None:
    text = (
        "TEHRAN, May 2 (Reuters) - Iran resumed enrichment at the plant on Friday in "
        "defiance of the United Nations, state media reported."
    )
    found = _disputes(text)
    assert any({"Iran", "United Nations"} == p for _, p in found), found


def test_two_subjects_that_disagree_are_the_sides_and_the_matter_is_no_side() -> None:
    text = (
        "BERLIN, June 12 (Reuters) - Germany and France disagreed on Thursday over how to "
        "finance Ukraine's reconstruction, officials said."
    )
    found = _disputes(text)
    assert any({"Germany", "France"} == p for _, p in found), found
    assert not any("Ukraine" in p for _, p in found), found


def test_names_inside_what_two_named_sides_disagree_over_are_no_side() -> None:
    text = (
        "KAMPALA, Jan 5 (Reuters) - Rwanda and Uganda disagreed on Sunday over whether "
        "Kinshasa should talk directly to the M23 rebels, diplomats said."
    )
    found = _disputes(text)
    assert any({"Rwanda", "Uganda"} == p for _, p in found), found
    assert not any("M23" in p for _, p in found), found


def test_names_that_clash_with_an_unnamed_other_are_one_side() -> None:
    text = (
        "BELGRADE, Nov 2 (Reuters) - Serbia and Hungary have also clashed with the "
        "Commission over migration policy, diplomats said."
    )
    found = _disputes(text)
    assert not any({"Serbia", "Hungary"} <= p for _, p in found), found
