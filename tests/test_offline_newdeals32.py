"""Deals told in ways the engine did not read: a joint body set up by two parties (and not by
who brokered the deal that set it up); a document told in the passive with a post-modifier and
its signers after "by"."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).deals]


def test_a_joint_working_group_set_up_with_a_partner_is_their_deal() -> None:
    text = (
        "TASHKENT, March 3 (Reuters) - Uzbekistan has set up a joint working group with the "
        "Taliban on water use, officials said on Monday."
    )
    found = _deals(text)
    assert any(p == {"Uzbekistan", "Taliban"} for _, p, _ in found), found
    assert all(s in ("implemented", "agreed", "unclear") for _, _, s in found), found


def test_a_joint_body_only_proposed_or_denied_is_no_body_set_up() -> None:
    proposed = _deals(
        "DUSHANBE (Reuters) - Tajikistan proposed to set up a joint commission with Uzbekistan, "
        "but Tashkent has not replied."
    )
    assert all(s == "proposed" for _, _, s in proposed), proposed
    denied = _deals(
        "DUSHANBE (Reuters) - Tajikistan and Uzbekistan have not set up a joint commission "
        "despite years of promises."
    )
    assert not any(s in ("implemented", "agreed", "signed") for _, _, s in denied), denied


def test_who_brokered_the_deal_that_set_up_a_body_are_not_its_makers() -> None:
    text = (
        "The Argyle Declaration, brokered by the Caribbean Community and Brazil at a meeting "
        "on St Vincent, created a joint commission of foreign ministers to handle contentious "
        "issues. Guyana and Venezuela have since traded accusations over the border."
    )
    found = _deals(text)
    assert not any({"Brazil", "Caribbean Community"} <= p for _, p, _ in found), found


def test_a_document_signed_by_two_named_in_the_passive_is_theirs() -> None:
    text = (
        "LIMA, Sept 30 (Reuters) - A roadmap to fight illegal gold mining along the frontier "
        "was signed by Peru and Ecuador on Monday, the two foreign ministries said."
    )
    found = _deals(text)
    assert any(p == {"Peru", "Ecuador"} and s == "signed" for _, p, s in found), found


def test_the_framework_signed_by_two_names_its_parties_after_by() -> None:
    text = (
        "BRASILIA (Reuters) - The framework on hydropower tariffs was signed by Brazil and "
        "Paraguay on Monday after two years of talks."
    )
    found = _deals(text)
    assert any(p == {"Brazil", "Paraguay"} and s == "signed" for _, p, s in found), found


def test_a_council_authorising_a_named_force_grants_it_a_mandate() -> None:
    text = (
        "NEW YORK, Oct 1 (Reuters) - On 30 September the Security Council authorised a new Gang "
        "Suppression Force of up to 5,550 personnel for Haiti, with China and Russia abstaining."
    )
    briefing = brief(text)
    assert "UN Security Council" in [a.name for a in briefing.actors]
    found = [(set(d.parties), d.status) for d in briefing.deals]
    assert any("UN Security Council" in p and "Gang Suppression Force" in p for p, _ in found), (
        found
    )


def test_a_leader_authorising_an_operation_against_others_is_no_mandate() -> None:
    text = (
        "WASHINGTON (Reuters) - President Donald Trump authorised a military operation against "
        "the cartels in Venezuela on Friday."
    )
    assert not brief(text).deals
