"""Talks, offers and proposals told as deals (issue 11, round talks23): the negotiating sides,
not the host; the status the clause's own verb gives; and no deal when the talks are only
hoped for, the setting of a statement, or history."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str, title: str | None = None) -> list[tuple[str, list[str], str]]:
    return [(d.status, list(d.parties), d.title) for d in brief(text, title).deals]


def test_an_offer_to_host_talks_between_two_named_sides_is_their_proposed_talks() -> None:
    text = (
        "LIMA, April 2 (Reuters) - Peru has offered to host talks between Ecuador and Colombia "
        "on the tariff dispute that has choked their border trade, Peruvian Foreign Minister "
        "Ana Torres said on Wednesday."
    )
    [(status, parties, title)] = _deals(text)
    assert status == "proposed"
    # The would-be host takes part, after the two sides; the title names the two.
    assert parties == ["Ecuador", "Colombia", "Peru"]
    assert "Peru" not in title
    assert "tariff dispute" in title


def test_an_offer_to_host_talks_between_the_two_governments_is_no_deal() -> None:
    text = (
        "NAIROBI, May 3 (Reuters) - Kenya accused Uganda of sending police to the island on "
        "Monday and summoned its envoy. Tanzania, which also borders the lake, offered to host "
        "talks between the two governments."
    )
    assert _deals(text) == []


def test_talks_between_the_two_governments_postponed_are_the_pairs_and_stalled() -> None:
    text = (
        "PORT-AU-PRINCE, Jan 9 (Reuters) - Haiti and the Dominican Republic traded blame on "
        "Friday after a shooting at the border. Talks between the two governments on reopening "
        "crossings to trade, which had been scheduled for Thursday in Santo Domingo, were "
        "postponed indefinitely, the Dominican foreign ministry said."
    )
    deals = _deals(text)
    assert len(deals) == 1
    status, parties, title = deals[0]
    assert status == "stalled"
    assert set(parties) == {"Haiti", "Dominican Republic"}
    assert "Talks on reopening crossings" in title


def test_the_verb_after_an_aside_on_the_talks_states_their_setback() -> None:
    text = (
        "ADDIS ABABA, Nov 11 (Reuters) - Talks between Sudan and South Sudan on the status of "
        "Abyei, due to open in Addis Ababa on Wednesday, have been postponed indefinitely, the "
        "African Union said."
    )
    [(status, parties, _)] = _deals(text)
    assert status == "stalled"
    assert set(parties) == {"Sudan", "South Sudan"}


def test_talks_hosted_by_a_third_state_between_two_ministers_that_broke_up() -> None:
    text = (
        "MOGADISHU, Nov 18 (Reuters) - Somalia gave Kenya's ambassador 72 hours to leave on "
        "Wednesday. The expulsion came four days after talks hosted by Djibouti between the "
        "two foreign ministers broke up without an agreement on the election timetable."
    )
    [(status, parties, title)] = _deals(text)
    assert status == "collapsed"
    assert parties == ["Somalia", "Kenya", "Djibouti"]
    assert "Djibouti" not in title
    assert not title.lower().startswith("after")


def test_talks_that_collapsed_in_a_past_year_are_history() -> None:
    text = (
        "KHARTOUM, June 4 (Reuters) - Sudan's army pressed an offensive on Omdurman on "
        "Tuesday. Talks between the two sides, brokered by the United States in Jeddah, "
        "collapsed in 2023."
    )
    assert _deals(text) == []


def test_a_thaw_that_would_depend_on_talks_holds_no_talks() -> None:
    text = (
        "ISLAMABAD, May 2 (Reuters) - India and Pakistan exchanged fire across the Line of "
        "Control on Thursday. Diplomats say any thaw would depend on wider talks between "
        "India and Pakistan, which have not met formally since May."
    )
    assert _deals(text) == []


def test_envoys_of_the_pair_ending_a_session_of_talks_are_negotiating() -> None:
    text = (
        "DHAKA, Nov 24 (Reuters) - India and Bangladesh are haggling over the Ganges water "
        "treaty as it nears expiry. Negotiators from the two countries' Joint Rivers "
        "Commission ended three days of talks in Dhaka last Thursday without agreeing the "
        "terms of a renewed treaty."
    )
    [(status, parties, _)] = _deals(text)
    assert status == "negotiating"
    assert set(parties) == {"India", "Bangladesh"}


def test_whom_an_offer_is_made_to_is_the_other_side_of_a_draft_memorandum() -> None:
    text = (
        "ACCRA, May 20 (AFP) - Ghana has offered Togo training for its border police and four "
        "patrol boats under a draft memorandum on security cooperation, Ghanaian Interior "
        "Minister Kwame Asante said on Wednesday."
    )
    [(status, parties, title)] = _deals(text)
    assert status == "proposed"
    assert set(parties) == {"Ghana", "Togo"}
    assert "memorandum" in title.lower()


def test_a_commission_meeting_both_sides_report_is_the_article_pairs() -> None:
    text = (
        "BANGKOK, Jan 5 (Reuters) - Thailand and Cambodia reopened two border crossings on "
        "Monday. Thailand says the border should be settled by the bilateral Joint Boundary "
        "Commission. That commission will meet in Siem Reap on Jan. 20, both sides said, its "
        "first session in more than a year."
    )
    assert any(
        set(parties) == {"Thailand", "Cambodia"} and status in ("negotiating", "proposed")
        for status, parties, _ in _deals(text)
    )


def test_negotiators_who_sat_down_together_are_negotiating() -> None:
    text = (
        "BRUSSELS, Oct 19 - When the chief negotiators of Serbia and Kosovo sat down in the "
        "same room in Brussels last Thursday for the first time in almost a year, officials "
        "were careful to call it a meeting."
    )
    [(status, parties, _)] = _deals(text)
    assert status == "negotiating"
    assert set(parties) == {"Serbia", "Kosovo"}


def test_the_meeting_of_chief_negotiators_is_the_article_pairs() -> None:
    text = (
        "PRISTINA, March 4 (Reuters) - Kosovo police arrested three Serbs near the Jarinje "
        "crossing on Tuesday, and Serbia protested. The meeting of chief negotiators on "
        "March 18 is expected to focus on the missing, diplomats said."
    )
    assert any(
        set(parties) == {"Serbia", "Kosovo"} and status == "negotiating"
        for status, parties, _ in _deals(text)
    )


def test_unnamed_negotiators_meeting_in_a_capital_take_the_article_pair() -> None:
    text = (
        "BAGHDAD/ANKARA, Nov 24 (Reuters) - Turkey has told Iraq it will sign a new pipeline "
        "agreement only if Baghdad drops an arbitration claim, Turkish officials told Reuters. "
        "Ankara wants a clean slate. Negotiators met in Baghdad on "
        "Monday and Tuesday for a third round of talks on replacing the 1973 pipeline "
        "agreement."
    )
    assert any(
        set(parties) == {"Turkey", "Iraq"} and "round of talks" in title.lower()
        for _, parties, title in _deals(text, "Turkey ties Iraq pipeline pact to arbitration")
    )


def test_the_outcome_of_talks_told_before_joins_their_thread() -> None:
    text = (
        "NEW DELHI, Aug 20 (Reuters) - When Indian and Chinese officials sat down in New Delhi "
        "this week for the first round of border talks in almost a year, the tone was warm. "
        "The talks, between India's national security adviser and China's foreign minister, "
        "ended on Tuesday with an agreement to set up an expert group on the boundary."
    )
    assert len([p for _, p, _ in _deals(text) if set(p) == {"India", "China"}]) == 1


def test_talks_resuming_in_a_third_capital_are_apart_from_a_signed_protocol() -> None:
    text = (
        "YEREVAN, Dec 1 (AFP) - Armenia and Azerbaijan signed a protocol on Tuesday fixing a "
        "41-kilometre section of their border. Talks on a transit route across Syunik are due "
        "to resume in Washington on Jan. 20, officials from both countries said."
    )
    deals = _deals(text, "Armenia and Azerbaijan sign border protocol")
    assert ("signed", ["Armenia", "Azerbaijan"]) in [(s, sorted(p)) for s, p, _ in deals]
    talks = [(s, sorted(p)) for s, p, t in deals if "transit route" in t]
    assert talks == [("negotiating", ["Armenia", "Azerbaijan"])]
