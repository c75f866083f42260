"""Deals of shapes told without a deal noun of agreement: a sum of money pledged by named
states for another, and talks a side rules out or will not return to (collapsed)."""

from __future__ import annotations

from tests.offline_support import brief


def _deals(text: str) -> list[tuple[str, str, list[str]]]:
    return [(d.title, d.status, d.parties) for d in brief(text).deals]


def test_a_sum_pledged_by_named_states_is_a_deal_with_the_state_it_is_for() -> None:
    (deal,) = _deals(
        "Japan and South Korea pledged a combined $2 billion for Ukraine's reconstruction on "
        "Tuesday at a donor conference in Warsaw, officials said."
    )
    _, status, parties = deal
    assert set(parties) == {"Japan", "South Korea", "Ukraine"}
    assert status == "agreed"


def test_a_pledge_with_no_sum_is_no_deal() -> None:
    assert (
        _deals("Japan pledged support for Ukraine's reconstruction on Tuesday, officials said.")
        == []
    )


def test_a_pledge_of_one_state_alone_is_no_deal() -> None:
    assert _deals("Norway pledged $300 million on Tuesday, its finance ministry said.") == []


def test_talks_ruled_out_are_a_collapsed_deal() -> None:
    (deal,) = _deals(
        "Peru has ruled out talks with Bolivia on a cross-border gas pipeline, Energy Minister "
        "Jorge Montero said on Tuesday."
    )
    _, status, parties = deal
    assert set(parties) == {"Peru", "Bolivia"}
    assert status == "collapsed"


def test_talks_a_side_will_not_return_to_are_collapsed() -> None:
    (deal,) = _deals(
        "Colombia's government said on Tuesday it would not return to peace talks with the ELN "
        "guerrilla group after a wave of attacks."
    )
    _, status, parties = deal
    assert "Colombia" in parties and "ELN" in parties
    assert status == "collapsed"


def test_talks_refused_only_if_a_condition_holds_stay_unsaid() -> None:
    assert (
        _deals(
            "If the attacks go on, Colombia would not return to peace talks with the ELN, the "
            "minister said."
        )
        == []
    )


def test_talks_held_are_not_collapsed() -> None:
    held = _deals("Peru held talks with Bolivia on a gas pipeline on Monday.")
    statuses = [status for _, status, _ in held]
    assert "collapsed" not in statuses


def test_a_date_in_a_relative_clause_on_the_subject_leaves_the_agreement_news() -> None:
    (deal,) = _deals(
        "Negotiators from Kenya and the two states that left the bloc last year agreed in "
        "principle on Sunday with Uganda to keep their borders open to each other's citizens."
    )
    _, status, parties = deal
    assert "Uganda" in parties and "Kenya" in parties
    assert status == "agreed"


def test_a_relative_clause_date_with_no_news_day_still_dates_the_agreement() -> None:
    assert (
        _deals(
            "Negotiators from Kenya and the two states that left the bloc last year agreed in "
            "principle with Uganda to keep their borders open to each other's citizens."
        )
        == []
    )


def test_an_agreement_dated_last_year_stays_background() -> None:
    assert (
        _deals("Kenya and Uganda agreed last year to keep their borders open, officials said.")
        == []
    )


def test_rules_approved_at_a_meeting_of_their_joint_commission_are_the_pairs_deal() -> None:
    (deal,) = _deals(
        "Peru and Chile approved new rules for fishing in their shared waters at a meeting of "
        "their joint fisheries commission in Arica on Monday, setting an anchovy quota."
    )
    _, status, parties = deal
    assert set(parties) == {"Peru", "Chile"}
    assert status == "agreed"


def test_a_meeting_of_their_own_union_is_no_deal() -> None:
    assert _deals("Peru's president met Chilean fishermen at a meeting of their union.") == []
