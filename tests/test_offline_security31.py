"""Deals told as instruments of security and licences: who grants, pledges or is bound."""

from __future__ import annotations

from offline_support import brief


def _deal_parties(text: str) -> list[list[str]]:
    return [sorted(d.parties) for d in brief(text).deals]


def test_a_licence_a_government_approves_for_a_firm_is_a_deal_between_the_two() -> None:
    text = (
        "Greenland's government approved an exploitation licence for Amaroq Minerals, a "
        "Canadian-listed gold miner, to expand its mine in the south, the company said."
    )
    assert ["Amaroq Minerals", "Greenland"] in _deal_parties(text)


def test_a_licence_only_applied_for_or_refused_is_no_deal() -> None:
    assert _deal_parties("Greenland refused a licence for Shell on Monday.") == []
    assert (
        _deal_parties(
            "Reliance Industries has applied for a licence to resume purchases, according to "
            "two people familiar with the matter."
        )
        == []
    )
