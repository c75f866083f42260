"""What a step makes possible has not happened (issue 11, the seventh session): "the policy
change paved the way for the annexation of settlements" was a dispute of annexation on a
labelled international page; an act done now that opens the way to another is still told."""

from __future__ import annotations

from offline_support import brief


def test_an_act_a_step_paves_the_way_for_is_no_dispute() -> None:
    text = (
        "Policy Shift\n\n"
        "Settlers said the U.S. policy change paved the way for the annexation of West Bank "
        "settlements into Israel.\n"
    )
    assert brief(text).disputes == []


def test_sanctions_a_vote_clears_the_way_for_are_not_imposed() -> None:
    text = (
        "Vote in Brussels\n\n"
        "The vote on Monday cleared the way for sanctions on Iran by the European Union.\n"
    )
    assert brief(text).disputes == []


def test_sanctions_imposed_that_open_the_door_to_talks_are_still_told() -> None:
    text = (
        "Sanctions Imposed\n\n"
        "The European Union imposed sanctions on Iran on Monday, a step diplomats said could "
        "open the door to talks.\n"
    )
    assert [sorted(d.parties) for d in brief(text).disputes] == [["European Union", "Iran"]]
