"""Deals told in ways the engine did not read (round two): talks "between A and B" that ended
with an agreement, a hyphenated pair before a framework, a count inside "the exchange of 887
detainees between A and B", a relative clause "that A signed with B", and a year inside a
relative aside that dates the aside, not the main clause."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).deals]


def test_talks_between_two_that_ended_with_an_agreement_are_their_deal() -> None:
    found = _deals(
        "GENEVA (Reuters) - Talks between Armenia and Azerbaijan ended with an agreement on the "
        "demarcation of their border, officials said on Tuesday."
    )
    assert any(p == {"Armenia", "Azerbaijan"} and s == "agreed" for _, p, s in found), found


def test_a_hyphenated_pair_before_a_framework_signed_are_its_parties() -> None:
    found = _deals(
        "ASUNCION (Reuters) - A Brazil-Paraguay framework on hydropower tariffs was signed on "
        "Monday, the two governments said."
    )
    assert any(p == {"Brazil", "Paraguay"} and s == "signed" for _, p, s in found), found


def test_a_lone_capital_before_a_framework_is_still_no_party() -> None:
    found = _deals(
        "KYIV (Reuters) - Ukraine and Russia discussed the Istanbul framework on grain "
        "shipments on Monday."
    )
    assert not any("Turkey" in p for _, p, _ in found), found


def test_a_count_in_an_exchange_between_two_keeps_them_its_parties() -> None:
    found = _deals(
        "KYIV (Reuters) - The exchange of 84 prisoners between Russia and Ukraine took place "
        "on Sunday."
    )
    assert any(p == {"Russia", "Ukraine"} and s == "implemented" for _, p, s in found), found


def test_a_memorandum_that_one_signed_with_another_is_theirs() -> None:
    found = _deals(
        "MOGADISHU (Reuters) - Somalia on Saturday declared void the memorandum of understanding "
        "that Ethiopia signed with Somaliland on New Year's Day."
    )
    assert any(p == {"Ethiopia", "Somaliland"} for _, p, _ in found), found
    assert not any("Somalia" in p for _, p, _ in found), found


def test_a_year_in_a_relative_aside_does_not_date_the_main_clause() -> None:
    found = _deals(
        "LONDON, Aug 14 (Reuters) - Kyrgyzstan and Tajikistan, which fought a short border war "
        "in 2022, signed a border treaty on Monday."
    )
    assert any(p == {"Kyrgyzstan", "Tajikistan"} and s == "signed" for _, p, s in found), found


def test_a_year_of_the_main_clause_still_makes_it_history() -> None:
    found = _deals(
        "LONDON, Aug 14 (Reuters) - Kyrgyzstan and Tajikistan, which share a long border, "
        "signed a border treaty in 2019. Both sides said on Monday they would meet again."
    )
    assert not any(s == "signed" for _, _, s in found), found


def test_the_council_granting_a_mandate_is_the_council_named_before() -> None:
    found = _deals(
        "NAIROBI (Reuters) - The U.N. Security Council met on Haiti on Monday. The council on "
        "Tuesday authorised a Gang Suppression Force of up to 5,550 personnel."
    )
    assert any({"UN Security Council", "Gang Suppression Force"} <= p for _, p, _ in found), found


def test_the_council_with_no_council_named_before_grants_nothing() -> None:
    found = _deals(
        "NAIROBI (Reuters) - Haiti's gangs expanded their hold on the capital. The council on "
        "Tuesday authorised a new force of up to 5,550 personnel."
    )
    assert not any(s in ("agreed", "signed") for _, _, s in found), found
