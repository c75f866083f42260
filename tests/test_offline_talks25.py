"""Talks and their sides: a hyphenated pair before the noun of talks names the two who talk;
who mediates, facilitates, hosts or convenes talks, or attends them as an observer, is no side;
a round that ended with nothing agreed and a next round set is still negotiation; a trip still
ahead for talks is a visit; a gathering named as the occasion of a meeting is no side of it."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).deals]


def test_a_hyphenated_pair_of_demonyms_names_the_two_who_talk() -> None:
    text = (
        "Two days of Kyrgyz-Tajik talks on the disputed frontier ended on Thursday without "
        "agreement, officials said. The delegations agreed to meet again in Dushanbe in January."
    )
    deals = _deals(text)
    assert any({"Kyrgyzstan", "Tajikistan"} == p for _, p, _ in deals), deals


def test_a_round_ended_without_agreement_and_a_next_round_set_is_negotiating() -> None:
    text = (
        "Two days of Kyrgyz-Tajik talks on the disputed frontier ended on Thursday without "
        "agreement, officials said. The next round will be held in Dushanbe in January."
    )
    talks = [d for d in _deals(text) if {"Kyrgyzstan", "Tajikistan"} <= d[1]]
    assert talks and all(status == "negotiating" for _, _, status in talks), talks


def test_a_round_ended_without_agreement_and_nothing_more_said_is_not_negotiating() -> None:
    text = (
        "Two days of Kyrgyz-Tajik talks on the disputed frontier ended on Thursday without "
        "agreement, officials said. Clashes on the frontier killed about 100 people in 2022."
    )
    talks = [d for d in _deals(text) if {"Kyrgyzstan", "Tajikistan"} <= d[1]]
    assert talks and all(status != "negotiating" for _, _, status in talks), talks


def test_the_facilitator_of_a_capitals_dialogue_is_no_side() -> None:
    text = (
        "The EU-facilitated Belgrade-Pristina dialogue ended on Thursday without agreement, "
        "officials said, and the leaders of Serbia and Kosovo will return in September."
    )
    deals = _deals(text)
    assert any(p == {"Serbia", "Kosovo"} and s == "negotiating" for _, p, s in deals), deals


def test_the_mediator_of_talks_the_pair_left_is_no_side() -> None:
    text = (
        "The leaders of Kosovo and Serbia have left a day of EU-mediated talks in Brussels "
        "without agreement, with the bloc's top diplomat warning of consequences."
    )
    [(title, parties, _)] = _deals(text)
    # The mediator takes part, but is no side: the title names the pair.
    assert parties == {"Serbia", "Kosovo", "European Union"}
    assert title.startswith(("Kosovo–Serbia:", "Serbia–Kosovo:"))


def test_observers_of_a_format_are_no_sides_of_it() -> None:
    text = (
        "Moldova cut gas to the region in January. The formal negotiating framework, the "
        "so-called 5+2 format - Moldova, Transnistria, the OSCE, Russia and Ukraine as "
        "mediators, plus the EU and United States as observers - has not met since 2019."
    )
    deals = _deals(text)
    assert not any({"European Union", "United States"} <= p for _, p, _ in deals), deals


def test_a_trip_ahead_for_talks_is_a_visit_not_a_deal() -> None:
    text = (
        "North Korea fired two ballistic missiles on Thursday, South Korea's military said. "
        "South Korea's national security adviser is due to travel to Washington next week "
        "for talks with U.S. officials on the North."
    )
    deals = _deals(text)
    assert not any({"South Korea", "United States"} <= p for _, p, _ in deals), deals


def test_talks_held_in_a_capital_with_its_president_stay_a_deal() -> None:
    text = (
        "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan has held talks in Tehran "
        "with Iranian President Masoud Pezeshkian on Sunday, the two governments said."
    )
    deals = _deals(text)
    assert any({"Saudi Arabia", "Iran"} <= p for _, p, _ in deals), deals


def test_the_gathering_a_meeting_is_held_beside_is_no_side() -> None:
    text = (
        "Egypt and Ethiopia agreed on Monday to resume talks on the dam. Their foreign "
        "ministers are expected to meet again on the sidelines of the U.N. General Assembly "
        "in New York next week to discuss a truce."
    )
    deals = _deals(text)
    assert not any(any("General Assembly" in n for n in p) for _, p, _ in deals), deals


def test_talks_and_what_the_pair_agrees_right_after_are_one_deal() -> None:
    text = (
        "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan has held talks in Tehran "
        "with Iranian President Masoud Pezeshkian, in the most senior Saudi visit to Iran in "
        "years. Saudi Arabia and Iran agreed on Sunday to set up joint committees on trade, "
        "consular affairs and security, a joint statement said."
    )
    pair = [d for d in _deals(text) if {"Saudi Arabia", "Iran"} <= d[1]]
    assert len(pair) == 1 and pair[0][2] == "agreed", pair


def test_the_two_a_truces_terms_bind_are_its_sides_and_its_broker_comes_after() -> None:
    text = (
        "The Houthis fired a missile at a Greek-owned ship on Monday, the group said. A U.S. "
        "official said a truce brokered by Oman in May, under which Washington halted its "
        "bombing campaign against the Houthis and the group stopped targeting U.S. vessels, "
        "was holding."
    )
    deals = brief(text).deals
    truce = [d for d in deals if {"United States", "Houthis"} <= set(d.parties)]
    assert truce and truce[0].parties == ["United States", "Houthis", "Oman"], deals
    assert "Oman" not in truce[0].title
    assert truce[0].status != "proposed", truce[0].status
