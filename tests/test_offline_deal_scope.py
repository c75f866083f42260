"""Deals only where the text says one was made: scope, sides, background and proposals.

Invented sentences; each test names the rule it guards.
"""

from __future__ import annotations

import pytest
from offline_support import brief


@pytest.mark.parametrize(
    "sentence",
    [
        # Conditions: the deal is what would make something else happen.
        "Bolivia wants the observers to stay until a treaty with Paraguay is signed next year.",
        "Bolivia will reopen the consulate in Asuncion once a pact with Paraguay is signed.",
        "Analysts in La Paz doubt whether the treaty with Paraguay gets signed this decade.",
        # Negation.
        "Bolivia said it would never negotiate its borders with Paraguay.",
        "Bolivia and Paraguay said there was no agreement on the river after the meeting.",
        # A generic quantifier, or a deal only imagined.
        "Bolivia said any partnership agreement with Paraguay must respect its water rights.",
        "Bolivian officials said a deal would be hard to sell to voters in Paraguay.",
        # A wish.
        "Bolivia wants a deal with Paraguay before the dry season begins.",
    ],
)
def test_conditional_negated_generic_or_wished_deals_are_not_deals(sentence: str) -> None:
    assert brief(sentence).deals == []


def test_a_real_deal_keeps_words_about_it_that_are_conditional() -> None:
    b = brief(
        "Bolivia and Paraguay signed a river navigation agreement in Asuncion on Monday. "
        "The barges will sail once the pact is ratified by Paraguay, officials in Bolivia said."
    )
    assert len(b.deals) == 1
    # The conditional words stay in the summary; the evidence is only what states the deal.
    assert "ratified" in b.deals[0].summary
    assert [q.quote for q in b.deals[0].evidence] == [
        "Bolivia and Paraguay signed a river navigation agreement in Asuncion on Monday"
    ]


def test_a_bare_plural_is_a_kind_of_thing_not_a_deal() -> None:
    b = brief(
        "A spokesman for Bolivia's mining ministry said foreign contracts were none of "
        "Paraguay's concern."
    )
    assert b.deals == []


def test_a_bare_plural_with_a_deal_verb_is_a_deal() -> None:
    b = brief("Bolivia has already concluded trade deals with Peru and Chile.")
    assert len(b.deals) == 1
    assert {"Bolivia", "Peru", "Chile"} <= set(b.deals[0].parties)


def test_a_dated_deal_of_the_past_alone_is_background_not_a_deal() -> None:
    b = brief(
        "Bolivia says the lithium fields lie inside its territory, citing a border treaty it "
        "signed with Chile in 1904."
    )
    assert b.deals == []


def test_the_deal_far_back_is_the_deal_told_above() -> None:
    b = brief(
        "Bolivia signed a $2 billion lithium contract with China's CATL on Tuesday. "
        "The mines are in the south. Protests are planned. Unions object. Roads are closed. "
        "Prices are falling. The contract is the largest ever signed by Bolivia."
    )
    assert len(b.deals) == 1
    assert len(b.deals[0].evidence) == 2


def test_a_segment_opening_on_its_verb_takes_the_clause_subject() -> None:
    b = brief(
        "Peru, which has no embassy in Bolivia, is expanding its port and has signed "
        "long-term deals with buyers in Japan and Vietnam."
    )
    assert len(b.deals) == 1
    assert "Peru" in b.deals[0].parties


def test_a_name_in_an_aside_is_no_side_of_the_deal() -> None:
    b = brief(
        "Peru and Ecuador signed a fisheries agreement, the first since the 1998 accord "
        "brokered by Brazil, officials in Lima said on Monday."
    )
    assert len(b.deals) == 1
    assert "Brazil" not in b.deals[0].parties


def test_talks_that_collapsed_are_a_deal_in_trouble() -> None:
    b = brief(
        "Talks between Peru and Ecuador on shrimp quotas collapsed last week after Lima "
        "demanded a larger share."
    )
    assert len(b.deals) == 1
    assert b.deals[0].status == "collapsed"


def test_a_plan_offered_by_one_side_is_no_deal() -> None:
    # A plan of one side, which no other side has accepted, is no agreement between sides
    # (a supporter endorsing it is not the other side).
    b = brief(
        "Serbia has spent years seeking support for its plan to grant the province autonomy. "
        "Hungary endorsed the autonomy plan on Monday."
    )
    assert b.deals == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Morocco rejected any vote on independence for the territory claimed by Spain.",
        "Georgia said it would defend its territorial integrity against Russia.",
        "Kosovo and Serbia remain divided over self-determination for the north.",
    ],
)
def test_sovereignty_and_self_determination_are_territorial_disputes(sentence: str) -> None:
    disputes = brief(sentence).disputes
    assert len(disputes) == 1
    assert disputes[0].kind == "territorial"


def test_a_referendum_is_a_dispute_cue_only_next_to_territory() -> None:
    assert brief("Ireland and Britain held a referendum on the budget rules.").disputes == []
