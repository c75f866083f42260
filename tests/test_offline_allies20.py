"""Parties on one side are no dispute between them (issue 11, round allies20): who protects
others from an act, a demonym that describes one person or firm, a bloc named as the set its
members belong to, who bears the brunt of a row told before, and an appeal for a ceasefire."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_who_protects_civilians_from_airstrikes_is_no_side_of_them() -> None:
    text = (
        "AMMAN, June 27 (Reuters) - Thousands of Syrians fled towards the border on Wednesday. "
        "Aid workers said joint Jordanian-U.S. border operations provide a modicum of "
        "protection to civilians against Russian airstrikes.\n\n"
        "The United Nations said 45,000 people had been displaced."
    )
    assert not any("Jordan" in parties for _, parties in _disputes(text))


def test_the_state_protected_from_strikes_stays_a_side() -> None:
    text = (
        "KYIV, Oct. 3 (Reuters) - Ukraine said on Tuesday that air defences protected Kyiv from "
        "Russian missile strikes overnight, and accused Moscow of targeting power plants."
    )
    assert any({"Ukraine", "Russia"} <= parties for _, parties in _disputes(text))


def test_a_demonym_describing_one_person_is_not_the_state_as_a_side() -> None:
    text = (
        "LONDON, March 2 (Reuters) - A British entrepreneur fighting extradition to the United "
        "States lost an appeal at the High Court on Monday. He denies securities fraud.\n\n"
        "A Chinese firm later bought one of his former subsidiaries, court papers show."
    )
    assert _disputes(text) == []


def test_a_state_in_its_own_right_still_disputes() -> None:
    text = (
        "LONDON, March 2 (Reuters) - Britain and the United States remain at odds over a "
        "British digital services tax, and Washington has threatened tariffs on British cars."
    )
    assert any({"United Kingdom", "United States"} <= p for _, p in _disputes(text))


def test_who_bears_the_brunt_of_a_row_is_no_side_against_the_bloc() -> None:
    text = (
        "DUBLIN, Jan. 14 (Reuters) - The European Union and the United States have been locked "
        "in a dispute over aircraft subsidies for 16 years, and Brussels retaliated with "
        "tariffs on American goods.\n\n"
        "Although Ireland has no aircraft industry, Ireland bears the brunt of the dispute "
        "among smaller EU members because the United States is its largest whiskey market."
    )
    found = _disputes(text)
    assert any({"European Union", "United States"} <= p for _, p in found)
    assert not any({"Ireland", "European Union"} <= p for _, p in found)


def test_urging_a_return_to_the_ceasefire_sets_no_one_against_the_counterpart() -> None:
    text = (
        "AMMAN, June 27 (Reuters) - Jordan's foreign minister Ayman Safadi said he had spoken "
        "to his Russian counterpart Sergei Lavrov and urged an immediate return to the "
        "ceasefire in southern Syria."
    )
    assert not any({"Jordan", "Russia"} <= p for _, p in _disputes(text))


def test_co_subjects_of_sanctions_are_one_side() -> None:
    text = (
        "OTTAWA, Feb. 19 (Reuters) - Canada and Australia imposed sanctions on Myanmar's "
        "military leaders on Friday over the coup."
    )
    [(_, parties)] = _disputes(text)
    assert parties == {"Canada", "Australia", "Myanmar"}
    [item] = brief(text).disputes
    assert "Canada" not in item.title.split(" vs ")[-1]
