"""Rows told without their sides in one clause: a participle after the main clause that
revives a row 'with' a named side, a protest or complaint an act drew 'from' a named side, and
an opening 'Its rivalry with' whose owner is the subject of the sentence before."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [sorted(d.parties) for d in brief(text).disputes]


def test_a_participle_reviving_a_row_with_a_side_sets_the_main_subject_against_it() -> None:
    text = (
        "Kosovo will ban cars with Serbian plates from next month, reviving a dispute with "
        "Serbia that has simmered for years, the government said on Tuesday."
    )
    assert ["Kosovo", "Serbia"] in _sides(text)


def test_a_participle_avoiding_a_row_is_no_row_between_the_two() -> None:
    text = "Kosovo delayed its new rules on Monday, avoiding a dispute with Serbia."
    assert _sides(text) == []


def test_a_complaint_an_act_drew_from_a_side_is_that_sides_protest() -> None:
    text = "Israel drew a formal complaint from Syria on Thursday, officials said."
    assert ["Israel", "Syria"] in _sides(text)


def test_a_complaint_from_a_side_that_nothing_drew_is_no_row() -> None:
    text = "Officials in Geneva discussed a complaint from Syria on Thursday."
    assert _sides(text) == []


def test_its_rivalry_with_belongs_to_the_subject_of_the_sentence_before() -> None:
    text = (
        "Algeria backs the Polisario Front and gives it territory and money. Its rivalry with "
        "Morocco has deepened this year, officials said on Tuesday."
    )
    assert ["Algeria", "Morocco"] in _sides(text)


def test_its_rivalry_told_after_a_person_is_not_resolved_to_anyone() -> None:
    text = (
        "Ahmed Benali, a retired diplomat, spoke in Algiers. Its rivalry with Morocco has "
        "deepened this year, he said."
    )
    assert ["Algeria", "Morocco"] not in _sides(text)


def test_an_act_told_by_its_doers_demonym_that_drew_a_protest_sets_the_two_apart() -> None:
    text = "A Turkish drone strike on a village drew a formal protest from Iraq on Sunday."
    assert ["Iraq", "Turkey"] in _sides(text)


def test_a_list_of_accusers_stays_a_list_before_a_relative_clause() -> None:
    text = (
        "Congo, the United States and United Nations experts accuse Rwanda of sending troops "
        "to support the M23, which seized Goma in January."
    )
    sides = _sides(text)
    assert any(
        {"United States", "Rwanda"} <= set(s) and "Democratic Republic of the Congo" in s
        for s in sides
    )


def test_an_aside_closed_by_a_comma_is_still_no_side() -> None:
    text = (
        "Congo, the largest state in the region, accused Rwanda of sending troops on Monday, "
        "officials said."
    )
    assert ["Democratic Republic of the Congo", "Rwanda"] in _sides(text)
