"""Rows the offline engine read nowhere before: told by what one state's act does to another
("has alarmed India"), by the noun 'rivalry', or by a break of ties or a shut border that lasts
(a dated break nothing in the text ends; a border that "has remained closed since")."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [sorted(d.parties) for d in brief(text).disputes]


def test_an_act_that_has_alarmed_other_states_sets_them_against_its_doer() -> None:
    text = (
        "China's construction of a giant hydropower dam on the Yarlung Tsangpo in Tibet has "
        "alarmed India and Bangladesh, officials said on Monday."
    )
    assert ["Bangladesh", "China", "India"] in _sides(text)


def test_alarm_that_names_no_state_is_no_row() -> None:
    text = "China's construction of a giant dam in Tibet has alarmed traders, officials said."
    assert _sides(text) == []


def test_the_noun_rivalry_between_two_named_states_is_a_row() -> None:
    text = (
        "The rivalry between Algeria and Morocco has deepened this year, officials said on Tuesday."
    )
    assert ["Algeria", "Morocco"] in _sides(text)


def test_a_rivalry_told_alone_is_competition() -> None:
    text = (
        "Kenya and Ethiopia have dominated the marathon for decades, a rivalry that drew huge "
        "crowds in Berlin on Sunday."
    )
    assert _sides(text) == []


def test_a_dated_break_of_ties_that_nothing_ends_is_a_row_of_now() -> None:
    text = (
        "The announcement came on Monday. Algeria cut diplomatic relations with Morocco in "
        "August 2021, accusing it of hostile actions."
    )
    assert ["Algeria", "Morocco"] in _sides(text)


def test_a_break_the_text_says_was_undone_stays_history() -> None:
    text = (
        "The announcement came on Monday. Algeria cut diplomatic relations with Morocco in "
        "August 2021, accusing it of hostile actions. The two countries restored ties last year."
    )
    assert _sides(text) == []


def test_a_closure_with_a_length_stays_history() -> None:
    text = (
        "The announcement came on Monday. Lithuania closed its border with Belarus for a month "
        "in October last year, accusing Minsk of sending balloons."
    )
    assert _sides(text) == []


def test_a_border_that_has_remained_closed_is_a_standing_row() -> None:
    text = (
        "Traders said on Monday that Niger's land border with Benin has remained closed since "
        "the July 2023 coup, choking trade."
    )
    assert ["Benin", "Niger"] in _sides(text)
