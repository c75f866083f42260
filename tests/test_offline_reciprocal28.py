"""Reciprocal sides and envoys recalled from a capital (issue 11, round reciprocal28)."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [d.parties for d in brief(text).disputes]


def test_states_that_expel_each_others_diplomats_are_two_sides() -> None:
    b = brief("India and Canada expelled each other's top diplomats.")
    assert [d.parties for d in b.disputes] == [["India", "Canada"]]
    assert b.disputes[0].title.startswith("India vs Canada")


def test_people_who_criticise_each_others_policies_are_in_no_row() -> None:
    assert (
        _sides(
            "In their first debate of the election on Tuesday, Ana Torres and Luis Vega "
            "criticised each other's policies on health care."
        )
        == []
    )


def test_an_envoy_recalled_from_a_capital_sets_its_state_as_the_other_side() -> None:
    b = brief("Ankara recalled its envoy from Vienna in protest.")
    assert [d.parties for d in b.disputes] == [["Turkey", "Austria"]]
    assert b.disputes[0].title.startswith("Turkey vs Austria")


def test_an_ambassador_withdrawn_from_a_capital_is_a_recall_aimed_at_its_state() -> None:
    b = brief("Algiers withdrew its ambassador from Paris in protest.")
    assert [d.parties for d in b.disputes] == [["Algeria", "France"]]


def test_a_capital_travellers_come_from_stays_a_venue() -> None:
    b = brief("Diplomats flew in from Vienna for the talks.")
    assert "Austria" not in [a.name for a in b.actors]


def test_a_list_of_accusers_with_a_trailing_noun_keeps_every_state() -> None:
    b = brief(
        "Congo, the United States and United Nations experts accuse Rwanda of sending troops "
        "and weapons to support the M23."
    )
    assert len(b.disputes) == 1
    sides = b.disputes[0].parties
    assert {"Democratic Republic of the Congo", "United States", "United Nations"} <= set(sides)
    assert sides[-1] == "Rwanda"


def test_a_description_after_a_comma_is_still_an_aside() -> None:
    b = brief(
        "Kenya, the region's largest economy and a close ally of Uganda, accused Tanzania of "
        "blocking trucks."
    )
    assert [d.parties for d in b.disputes] == [["Kenya", "Tanzania"]]


def test_its_neighbour_is_the_one_other_state_just_named() -> None:
    b = brief(
        "Niger has kept its border with Benin closed, accusing its southern neighbour of "
        "hosting French military personnel."
    )
    assert [d.parties for d in b.disputes] == [["Niger", "Benin"]]
    assert b.disputes[0].title.startswith("Niger vs Benin")


def test_its_neighbour_with_two_states_named_before_is_left_open() -> None:
    b = brief(
        "Mali thanked Senegal and Guinea, accusing its northern neighbour of downing a drone."
    )
    assert not any(d.title.startswith("Mali vs") for d in b.disputes)
