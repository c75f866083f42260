"""Analyses, editorials and opinion columns: rows told in their own vocabulary."""

from __future__ import annotations

from tests.offline_support import brief


def _sides(text: str, section: str = "disputes") -> list[set[str]]:
    briefing = brief(text)
    return [set(item.parties) for item in getattr(briefing, section)]


def test_designs_on_a_territory_its_holder_says_is_not_for_sale_are_a_territorial_row() -> None:
    text = (
        "Venezuela's designs on the Essequibo region, which Guyana says is not up for "
        "negotiation, have moved from rhetoric to law this year.\n\n"
        "Analysts say the pledge has held."
    )
    assert {"Venezuela", "Guyana"} in _sides(text)


def test_blocking_appointments_to_a_court_sets_the_blocker_against_the_court() -> None:
    text = (
        "The trading system is in trouble. Washington has blocked appointments to the "
        "Appellate Body since 2019, leaving the court without judges.\n\n"
        "Trade ministers meet next year."
    )
    assert {"United States", "Appellate Body"} in _sides(text)


def test_a_body_that_suspends_a_member_is_in_a_row_with_it() -> None:
    text = (
        "West Africa's ECOWAS suspended Niger after soldiers toppled the president, and "
        "the junta answered by quitting the bloc.\n\nThe bloc said the door remains open."
    )
    assert {"ECOWAS", "Niger"} in _sides(text)


def test_a_state_excluded_from_a_council_is_in_a_row_with_it() -> None:
    text = (
        "Russia has been excluded from the Arctic Council, leaving the body unable to meet "
        "at ministerial level.\n\nMoscow has threatened to go its own way."
    )
    assert {"Russia", "Arctic Council"} in _sides(text)


def test_what_blocked_decisions_concern_is_no_side_and_a_blocs_body_speaks_for_it() -> None:
    text = (
        "Hungary has blocked EU decisions on aid to Ukraine for months, using its veto to "
        "hold up a package. The European Commission has accused it of holding the bloc "
        "hostage.\n\nWest Africa's ECOWAS suspended Niger after a coup."
    )
    sides = _sides(text)
    assert any({"Hungary", "European Union"} <= s for s in sides)
    assert not any("Ukraine" in s for s in sides)


def test_a_deal_for_a_buyer_under_a_programme_with_a_partner_is_with_the_buyer() -> None:
    text = (
        "Finland agreed to build two icebreakers for the U.S. Coast Guard under a programme "
        "with Canada, officials said on Monday.\n\nHelsinki said it would welcome more orders."
    )
    deals = _sides(text, "deals")
    assert any("Finland" in s and "United States" in s for s in deals)
    assert not any("Canada" in s for s in deals)


def test_an_editorials_hypotheticals_and_recommendations_are_no_rows() -> None:
    text = (
        "If Washington were to impose tariffs on Norway, the damage would be lasting. "
        "Europe should press others to sign up.\n\nWould any great power tolerate a court "
        "it could not influence? We would suggest patience."
    )
    assert _sides(text) == []
