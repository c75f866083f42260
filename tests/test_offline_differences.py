"""'Differences' between named sides are a disagreement: "A and B have deep differences over
X", "differences between A and B", "B's one difference with A"; narrowing them eases it. A
comparison ("the difference between the two accounts") or "make a difference" is none."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).disputes]


def test_differences_over_a_matter_between_two_named_states() -> None:
    found = _disputes(
        "ATHENS (Reuters) - Greece and Turkey still have deep differences over the continental "
        "shelf in the Aegean, Greek officials said on Friday."
    )
    assert any(parties == {"Greece", "Turkey"} for parties, _ in found), found


def test_differences_between_two_named_states_that_remain_are_ongoing() -> None:
    found = _disputes(
        "NEW DELHI (AP) - Differences between India and China over the disputed frontier "
        "remain, a foreign ministry spokesman said on Thursday."
    )
    assert ({"India", "China"}, "ongoing") in found, found


def test_narrowed_differences_are_easing() -> None:
    found = _disputes(
        "SAO PAULO (Reuters) - Brazil and Argentina narrowed their differences on car tariffs "
        "during two days of talks, both governments said on Wednesday."
    )
    assert ({"Brazil", "Argentina"}, "easing") in found, found


def test_a_comparison_or_making_a_difference_is_no_dispute() -> None:
    assert not _disputes(
        "MEXICO CITY (AP) - Mexico's account of the deportations differs from Guatemala's, and "
        "officials did not explain the difference between the two accounts. The new coach "
        "said a win would make a difference with Brazil's fans."
    )
