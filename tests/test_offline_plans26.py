"""Deals whose parties are told apart from the deal word (issue 11, round plans26): a plan that
calls for a deal, a format of talks named by the pair that meets in it, a proposal named after
its maker."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.status, set(d.parties)) for d in brief(text).deals]


def test_plan_that_calls_for_a_ceasefire_proposes_it_with_its_drafters() -> None:
    text = (
        "NAIROBI, Dec 3 (Reuters) - A plan drawn up by Kenya and Ethiopia calls for a 90-day "
        "ceasefire between the government of South Sudan and the SPLM-IO, diplomats said on "
        "Thursday, as fighting spread to new towns in Upper Nile state. The SPLM-IO, the armed "
        "opposition, said it wanted its leader freed first. Neither the SPLM-IO nor the "
        "government has accepted the plan."
    )
    deals = _deals(text)
    assert ("proposed", {"Kenya", "Ethiopia", "South Sudan", "SPLM-IO"}) in deals


def test_a_call_for_a_ceasefire_by_a_state_is_no_plan() -> None:
    text = (
        "NAIROBI, Dec 3 (Reuters) - Kenya called for a 90-day ceasefire between the government "
        "of South Sudan and the SPLM-IO on Thursday, as fighting spread to new towns."
    )
    assert all("Kenya" not in parties for _, parties in _deals(text))


def test_format_of_talks_takes_the_pair_that_meets_in_it() -> None:
    text = (
        "BANGKOK, Dec 4 (Reuters) - The Joint Boundary Commission, the only body in which "
        "Thailand and Cambodia still sit down together to discuss their disputed frontier, "
        "will meet in Siem Reap on Dec. 15 for the first time since July, Thailand's foreign "
        "ministry said on Friday."
    )
    assert any({"Thailand", "Cambodia"} <= parties for _, parties in _deals(text))


def test_format_chaired_by_others_names_no_sides() -> None:
    text = (
        "TBILISI, Dec 4 - The next round of the Geneva International Discussions, which are "
        "co-chaired by the EU, the UN and the OSCE, is due to be held on 10 and 11 December."
    )
    assert _deals(text) == []


def test_proposal_named_after_its_maker_has_the_maker_as_a_party() -> None:
    text = (
        "BEIRUT, Nov 6 (Reuters) - Two Lebanese officials said the envoy would carry a U.S. "
        "proposal under which Israel would scale back its strikes and begin a phased "
        "withdrawal if Lebanon's army can show progress in disarming Hezbollah."
    )
    deals = _deals(text)
    assert any({"United States", "Israel"} <= parties for _, parties in deals)


def test_loan_offered_to_a_state_is_a_proposed_deal_of_the_two() -> None:
    text = (
        "MOSCOW, Dec 2 (Reuters) - Russia offered Armenia a $500 million loan on Tuesday to "
        "build a nuclear plant, officials said. Armenia has not yet responded."
    )
    assert ("proposed", {"Russia", "Armenia"}) in _deals(text)


def test_the_bloc_as_subject_is_the_bloc_named_before() -> None:
    text = (
        "BRUSSELS, Dec 2 (Reuters) - The European Union has been in talks with Chile for two "
        "years over access to lithium. The bloc signed a raw materials partnership with "
        "Santiago on Tuesday, officials said."
    )
    assert ("signed", {"European Union", "Chile"}) in _deals(text)


def test_the_bloc_with_two_bodies_named_before_is_not_resolved() -> None:
    text = (
        "BRUSSELS, Dec 2 (Reuters) - The European Union and the African Union met in Brussels "
        "on Monday. The bloc signed a raw materials partnership with Santiago on Tuesday, "
        "officials said."
    )
    assert all("European Union" not in parties for _, parties in _deals(text))
