"""Instruments told inside rows: an aside between a truce and its state, a treaty torn up."""

from __future__ import annotations

from offline_support import brief


def test_a_truce_said_to_hold_after_an_aside_is_a_deal_of_its_pair() -> None:
    b = brief(
        "The ceasefire between Thailand and Cambodia, brokered by Malaysia in late July after "
        "five days of artillery duels, has largely held, officials in both capitals said."
    )
    assert len(b.deals) == 1
    assert {"Thailand", "Cambodia"} <= set(b.deals[0].parties)
    assert "Malaysia" not in b.deals[0].parties


def test_an_aside_opened_by_and_is_a_new_clause_not_the_truce_holding() -> None:
    b = brief(
        "The ceasefire between Thailand and Cambodia was broken in July, and the border, "
        "closed since then, has largely held its calm."
    )
    assert b.deals == []


def test_a_truce_merely_wished_for_is_no_deal() -> None:
    b = brief(
        "A truce between Thailand and Cambodia, analysts said, would be welcome news for "
        "everyone in the region."
    )
    assert b.deals == []


def test_a_treaty_torn_up_and_called_hostile_sets_the_two_apart() -> None:
    b = brief(
        "Chad said on Monday it had torn up its 2019 defence accord with Niger. Niger's "
        "foreign ministry called the decision an act of hostility."
    )
    assert len(b.disputes) == 1
    assert {"Chad", "Niger"} <= set(b.disputes[0].parties)


def test_a_cooperation_agreement_said_to_hold_next_is_a_deal_now() -> None:
    b = brief(
        "Egypt and Sudan signed a military cooperation agreement in 2021. Officials said on "
        "Tuesday that the agreement, which commits the two armies to train together, is "
        "still in force."
    )
    assert len(b.deals) == 1
    assert {"Egypt", "Sudan"} <= set(b.deals[0].parties)


def test_a_cooperation_agreement_told_as_history_is_no_deal() -> None:
    b = brief(
        "Egypt and Sudan signed a military cooperation agreement in 2021. Ethiopia inaugurated "
        "the dam in September."
    )
    assert b.deals == []
