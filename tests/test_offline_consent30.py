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
