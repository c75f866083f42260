"""A deal told by its terms (issue 11, the sixth session): "an agreement whereby A will build
reactors in B" binds A and B, is agreed when a visit "produced" it, and is titled by what it has
A do; "will work together in developing engines" is titled by its subject, not "Together"."""

from __future__ import annotations

from offline_support import brief


def test_a_deal_whereby_one_state_builds_in_another() -> None:
    deals = brief(
        "NEW DELHI (Wire) - The French president is in India this week. The visit has already "
        "produced an agreement whereby France will build six submarines in India, officials "
        "said."
    ).deals
    assert [(sorted(d.parties), d.status) for d in deals] == [(["France", "India"], "agreed")]
    assert "build six submarines" in deals[0].title


def test_working_together_is_titled_by_what_they_develop() -> None:
    deals = brief(
        "NEW DELHI (Wire) - France and India signed a nuclear agreement on Monday, and the two "
        "countries will also work together in developing jet engines for fighter aircraft."
    ).deals
    titles = [d.title for d in deals]
    assert any("developing jet engines" in t for t in titles), titles
    assert not any(t.endswith(": Together") for t in titles), titles


def test_a_loan_one_state_promised_another_is_a_deal() -> None:
    deals = brief(
        "BISHKEK (Wire) - The announcement came hours after Russia promised Bishkek a $2 "
        "billion loan and a debt write-off, officials said."
    ).deals
    assert [sorted(d.parties) for d in deals] == [["Kyrgyzstan", "Russia"]]


def test_a_signing_two_states_announced_they_would_hold_is_proposed() -> None:
    deals = brief(
        "RIYADH (Wire) - Iran and Saudi Arabia announced on Sunday that they would sign a trade "
        "agreement next month."
    ).deals
    assert [(sorted(d.parties), d.status) for d in deals] == [
        (["Iran", "Saudi Arabia"], "proposed")
    ]
