"""A one-sided act whose object names its owner (issue 11, owners38): "Turkey vetoed Sweden's
bid", "blocked Cyprus's application", "refused to recognise Kosovo's passports", "froze
Russia's assets", "banned Moldova's wine", "in retaliation against Washington's chip
controls": the owner of the object is the act's other side. A possessive that names a place,
one's own thing, a firm's or a club's is no side."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_veto_of_another_states_bid_sets_the_owner_against_the_doer() -> None:
    found = _disputes(
        "ANKARA (Reuters) - Turkey on Tuesday vetoed Finland's NATO membership bid, officials "
        "said, citing its security concerns."
    )
    assert {"Turkey", "Finland"} in found, found


def test_a_block_of_another_states_application_is_a_row_with_it() -> None:
    found = _disputes(
        "MADRID (Reuters) - Spain has blocked Kosovo's application to join the Council of "
        "Europe, diplomats said on Friday."
    )
    assert any({"Spain", "Kosovo"} <= p for p in found), found


def test_a_rejected_nomination_names_its_owner() -> None:
    found = _disputes(
        "SEOUL (Reuters) - South Korea on Tuesday rejected Japan's nomination of a former gold "
        "mine for the World Heritage list, officials said."
    )
    assert {"South Korea", "Japan"} in found, found


def test_a_refusal_to_recognise_anothers_documents_is_a_rejection_of_it() -> None:
    found = _disputes(
        "BELGRADE (Reuters) - Serbia refused to recognise Kosovo's new identity documents at "
        "its border crossings, officials said on Monday."
    )
    assert {"Serbia", "Kosovo"} in found, found


def test_a_freeze_of_anothers_assets_and_a_ban_on_its_goods_are_aimed_at_it() -> None:
    frozen = _disputes(
        "OTTAWA (Reuters) - Canada froze Russia's central bank assets on Monday, the finance "
        "minister said."
    )
    banned = _disputes(
        "VILNIUS (Reuters) - China banned Lithuania's dairy products and beef on Monday, "
        "officials said."
    )
    assert {"Canada", "Russia"} in frozen, frozen
    assert {"China", "Lithuania"} in banned, banned


def test_a_place_named_by_its_state_is_no_side() -> None:
    found = _disputes(
        "OSLO (Reuters) - Norway vetoed the plan along Sweden's Baltic coast on Monday, "
        "officials said."
    )
    assert not any("Sweden" in p for p in found), found


def test_ones_own_thing_names_no_other_side() -> None:
    found = _disputes(
        "OTTAWA (Reuters) - Canada vetoed the resolution and Canada's own tariffs stayed in "
        "place, officials said on Monday."
    )
    assert not any(len(p) > 1 for p in found), found


def test_a_clubs_rejected_bid_is_no_dispute() -> None:
    found = _disputes(
        "TRONDHEIM, Norway (Reuters) - Rosenborg's board rejected Brann's bid for their "
        "midfielder on Monday, the club said."
    )
    assert not found, found


def test_in_the_passive_the_one_after_by_vetoes_the_owners_bid() -> None:
    found = _disputes(
        "STOCKHOLM (Reuters) - Sweden's bid to join NATO was vetoed by Turkey for months, "
        "officials said on Monday."
    )
    assert {"Turkey", "Sweden"} in found, found


def test_with_the_doer_untold_nothing_is_read() -> None:
    found = _disputes(
        "BRUSSELS (Reuters) - Diplomats said on Monday that Ukraine's membership talks had been "
        "blocked at the summit."
    )
    assert not found, found


def test_a_company_named_as_owner_is_no_side_of_a_block() -> None:
    found = _disputes(
        "PRETORIA (Reuters) - South Africa's Competition Tribunal on Wednesday blocked "
        "Vodacom's bid to buy a stake in a fibre company, the tribunal said."
    )
    assert not any("Vodacom" in p and len(p) > 1 for p in found), found
