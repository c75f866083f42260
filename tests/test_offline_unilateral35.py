"""One side's undertaking is not a deal with a party from elsewhere: a name that only places
the deal's object (the way goods go, where the thing sold lies) or only reacts to the deal
(an apposition that welcomes it, a main clause that hails what its clause of time tells) is
no party of it; the seller, the buyer and the one who agrees stay."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).deals]


def test_a_route_after_goods_and_through_is_no_party() -> None:
    found = _deals(
        "DUBAI (Reuters) - Iraq agreed last week to restart oil exports from the Kurdistan "
        "region through Turkey's Ceyhan port, officials said."
    )
    assert not any("Turkey" in p for _, p, _ in found), found


def test_a_place_inside_the_thing_sold_is_no_party() -> None:
    found = _deals(
        "LONDON (Reuters) - BP agreed to sell its stake in an Egyptian gas field to Eni, the "
        "company said."
    )
    assert any(p == {"BP", "Eni"} for _, p, _ in found), found


def test_a_place_of_the_thing_sold_and_a_welcoming_apposition_are_no_parties() -> None:
    found = _deals(
        "MELBOURNE (Reuters) - Rio Tinto agreed on Wednesday to sell its remaining coal "
        "interests in Mongolia to Glencore for $640 million, a transaction Mongolia's Prime "
        "Minister Gombojavyn Zandanshatar welcomed as a sign of investor confidence."
    )
    assert any(p == {"Rio Tinto", "Glencore"} for _, p, _ in found), found


def test_who_hails_a_sale_its_clause_of_time_tells_is_no_party() -> None:
    found = _deals(
        "LONDON (Reuters) - When BP agreed in March to sell its stake to Eni, Egyptian "
        "President Abdel Fattah al-Sisi hailed it."
    )
    assert any(p == {"BP", "Eni"} for _, p, _ in found), found


def test_who_praises_a_sale_in_an_apposition_is_no_party() -> None:
    found = _deals(
        "LONDON (Reuters) - BP agreed on Monday to sell its stake to Eni, a sale Egypt's oil "
        "minister hailed as a vote of confidence."
    )
    assert any(p == {"BP", "Eni"} for _, p, _ in found), found


def test_the_buyer_after_to_is_still_a_party() -> None:
    found = _deals(
        "KYIV (Reuters) - Ukraine agreed to sell electricity to Moldova, officials said."
    )
    assert any(p == {"Ukraine", "Moldova"} for _, p, _ in found), found
