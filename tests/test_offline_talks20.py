"""Negotiations and meetings told as deals in progress (issue 11, round talks20): who meets,
what status the verb gives, and what stays no deal (one side meeting alone, talks hoped for)."""

from __future__ import annotations

from offline_support import brief, names


def _deals(text: str, title: str | None = None) -> list[tuple[str, list[str], str]]:
    return [(d.status, list(d.parties), d.title) for d in brief(text, title).deals]


def test_two_parties_who_met_to_seek_a_compromise_are_negotiating() -> None:
    text = (
        "JOHANNESBURG, March 17 (Reuters) - Leaders of the African National Congress and the "
        "Democratic Alliance met at the weekend to seek a compromise on the fuel levy, people "
        "familiar with the talks said on Monday."
    )
    briefing = brief(text)
    assert "African National Congress" in names(briefing)
    assert not any(n.startswith("Leaders") for n in names(briefing))
    [(status, parties, title)] = _deals(text)
    assert status == "negotiating"
    assert set(parties) == {"African National Congress", "Democratic Alliance"}
    assert "compromise on the fuel levy" in title


def test_one_body_meeting_alone_is_no_deal() -> None:
    text = (
        "PRETORIA, March 17 (Reuters) - The cabinet met on Monday to seek a compromise on the "
        "fuel levy, and Thailand's parliament will hold its next session on Tuesday."
    )
    assert _deals(text) == []


def test_a_joint_commission_of_two_states_holding_its_session_is_talks() -> None:
    text = (
        "PHNOM PENH, Feb 2 (AFP) - The Joint Boundary Commission of Thailand and Cambodia will "
        "hold its next session in Chanthaburi on March 4, the Cambodian foreign ministry said."
    )
    briefing = brief(text)
    assert "Joint Boundary Commission" in names(briefing)
    assert "Joint Boundary Commission of Thailand" not in names(briefing)
    [(status, parties, title)] = _deals(text)
    assert status == "negotiating"
    assert set(parties) == {"Thailand", "Cambodia"}
    assert title.endswith("session")


def test_talks_with_no_names_take_the_pair_the_source_and_headline_give() -> None:
    text = (
        "Chile and Argentina to resume rail corridor talks\n\n"
        "SANTIAGO, Dec 9 (Reuters) - Talks on a freight rail corridor through the Agua Negra "
        "pass are due to resume in Buenos Aires on Jan. 14, officials from both countries said "
        "on Monday.\n\nChile and Argentina announced the corridor at a summit two years ago."
    )
    [(status, parties, _)] = _deals(text)
    assert status == "negotiating"
    assert set(parties) == {"Chile", "Argentina"}


def test_talks_offered_are_proposed_and_collapse_when_the_offer_is_rejected() -> None:
    offered = (
        "SEOUL, July 22 (Reuters) - South Korea offered military talks to North Korea on "
        "Monday to restore the cross-border hotlines."
    )
    [(status, _, _)] = _deals(offered)
    assert status == "proposed"
    rejected = (
        "SEOUL, July 22 (Reuters) - South Korea offered military talks on Monday to restore the "
        "hotlines that North Korea cut last year, but Pyongyang rejected the offer within hours."
    )
    [(status, parties, _)] = _deals(rejected)
    assert status == "collapsed"
    assert set(parties) == {"South Korea", "North Korea"}


def test_a_postponed_round_of_named_discussions_is_stalled() -> None:
    text = (
        "TBILISI, Nov 5 (AP) - A planned round of the Geneva International Discussions on the "
        "conflict between Georgia and Russia was postponed indefinitely, the Georgian foreign "
        "ministry said on Wednesday."
    )
    [(status, parties, _)] = _deals(text)
    assert status == "stalled"
    assert set(parties) == {"Georgia", "Russia"}


def test_talks_only_hoped_for_are_no_deal() -> None:
    text = (
        "TOKYO, July 22 (Reuters) - Some analysts said a planned visit by the prime minister "
        "could pave the way for talks between Japan and North Korea on citizens abducted "
        "decades ago."
    )
    assert not any(status in ("negotiating", "agreed") for status, _, _ in _deals(text))
