"""An "agreement" that is one party's consent, and proposals handed to sides (issue 11, round
consent30): "secure Israeli agreement" names no deal between parties."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.status, set(d.parties)) for d in brief(text).deals]


def test_securing_a_partys_agreement_is_no_deal() -> None:
    text = (
        "CAIRO (AFP) - Egypt's Foreign Minister Badr Abdelatty, speaking in Cairo alongside "
        "his Jordanian counterpart, urged Washington to use its influence to secure Israeli "
        "agreement to the new plan."
    )
    assert _deals(text) == []


def test_without_a_capitals_agreement_is_no_deal() -> None:
    text = (
        "BRUSSELS (AP) - European Union foreign ministers said on Monday that no plan to end "
        "the war could be settled without Kyiv's agreement. \"Ukraine's agreement is not a "
        'formality," said the EU foreign policy chief Kaja Kallas.'
    )
    assert _deals(text) == []


def test_with_the_agreement_of_a_government_is_no_deal() -> None:
    text = (
        "PORT SUDAN (Reuters) - The UN envoy said the corridor could open only with the "
        "agreement of the Sudanese government, and that Chad's agreement to the route was "
        "also needed."
    )
    assert _deals(text) == []


def test_a_possessed_pact_with_a_partner_is_still_a_deal() -> None:
    text = (
        "TEHRAN (Reuters) - Iran's agreement with the International Atomic Energy Agency, "
        "signed in Cairo on Tuesday, lets inspectors return to its nuclear sites, officials "
        "said."
    )
    assert _deals(text), "an agreement with a named partner is a pact"


def test_mediators_handing_sides_a_proposal_is_a_proposed_deal_of_all() -> None:
    text = (
        "DOHA (AFP) - Qatari and Egyptian mediators handed Israel and Hamas a revised proposal "
        "for a 60-day ceasefire in Gaza on Monday, officials said."
    )
    deals = _deals(text)
    assert deals
    status, parties = deals[0]
    assert status == "proposed"
    assert {"Israel", "Hamas", "Qatar", "Egypt"} <= parties


def test_envoy_delivering_a_plan_to_two_sides_is_a_proposed_deal() -> None:
    text = (
        "BOGOTA (AFP) - Norway's special envoy, Dag Nylander, delivered a revised ceasefire "
        "plan to the Colombian government and the National Liberation Army (ELN) on Thursday, "
        "officials said."
    )
    deals = _deals(text)
    assert deals
    status, parties = deals[0]
    assert status == "proposed"
    assert {"Colombia", "ELN", "Norway"} <= parties


def test_handing_over_no_deal_word_is_no_deal() -> None:
    text = (
        "KYIV (AP) - The United States handed Ukraine a list of demands on Monday, officials "
        "said, as Russia kept up its strikes."
    )
    assert _deals(text) == []
