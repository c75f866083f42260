"""Whose "we" a deal or row is told in (:mod:`summarizer._engines.offline._voice`): an
official's state, in quotes read as a reader reads them and in Q&As with or without "Q:"."""

from __future__ import annotations

from offline_support import brief

_PROFILE = (
    "JAKARTA, Oct 21 (Reuters) - When Budi Hartono became Indonesia's trade minister, he "
    "inherited a half-finished trade deal with Europe.\n\n"
    'Hartono said the ministry had doubled its staff. He said: "Our government has also '
    'signed a memorandum with Australia on critical minerals."'
)


def test_a_quote_after_he_said_speaks_for_the_officials_state() -> None:
    b = brief(_PROFILE)
    deals = [d for d in b.deals if "Australia" in d.parties]
    assert deals and "Indonesia" in deals[0].parties, [d.parties for d in b.deals]
    assert deals[0].status == "signed"


def test_a_quote_of_a_union_head_is_no_states() -> None:
    text = _PROFILE.replace(
        "Hartono said the ministry had doubled its staff. He said:",
        "Dockworkers' union head Karim Alaoui said:",
    )
    b = brief(text)
    assert not any({"Indonesia", "Australia"} <= set(d.parties) for d in b.deals)


def test_a_quote_that_runs_over_two_sentences_is_its_speakers() -> None:
    b = brief(
        "RABAT, April 8 (Reuters) - Leila Benali, Morocco's Minister of Energy Transition, "
        "spoke at her ministry.\n\n"
        'Benali was calm. "The grid is ready. We are still negotiating with Madrid over the '
        'third interconnector," she said.'
    )
    deals = [d for d in b.deals if "Spain" in d.parties]
    assert deals and "Morocco" in deals[0].parties and deals[0].status == "negotiating"


def test_our_partners_in_a_capital_are_that_states_government() -> None:
    b = brief(
        "DAKAR, March 4 (Reuters) - Senegal's Minister of Fisheries, Moussa Ndiaye, said in an "
        "interview on Tuesday that licences would not be renewed.\n\n"
        "Q: Are there new investors?\n\n"
        "A: Our partners in Tokyo have agreed to finance a new fish landing centre in Joal.\n\n"
        "Q: And prices?\n\n"
        "A: We hope they fall."
    )
    assert [sorted(d.parties) for d in b.deals] == [["Japan", "Senegal"]]


_QA = (
    "HANOI, June 9 - Deputy Foreign Minister Nguyen Minh Tuan, who leads Vietnam's maritime "
    "talks, spoke to this newspaper in Hanoi.\n\n"
    "How serious was the incident last month?\n\n"
    "Very serious. We lodged a formal protest with Beijing over the survey ship.\n\n"
    "Are you talking to other claimants?\n\n"
    "Yes. We signed an agreement with Manila in January on cooperation between our coast "
    "guards, and we have started talks with Jakarta on our continental shelf boundary."
)


def test_a_qa_whose_questions_stand_alone_speaks_for_the_interviewees_state() -> None:
    b = brief(_QA)
    assert any({"Vietnam", "China"} <= set(d.parties) for d in b.disputes)
    pairs = {frozenset(d.parties) & {"Philippines", "Indonesia", "Vietnam"} for d in b.deals}
    assert frozenset({"Vietnam", "Philippines"}) in pairs
    assert frozenset({"Vietnam", "Indonesia"}) in pairs


def test_an_editorials_we_is_the_newspaper_not_a_party() -> None:
    b = brief(
        "EDITORIAL: Ottawa should stop waiting\n\n"
        "What should the government do now?\n\n"
        "We signed up to free trade long ago. We have argued that our government should sign "
        "a new agreement with Japan, and we still do.\n\n"
        "Will it listen?\n\n"
        "We doubt it."
    )
    assert b.deals == []
