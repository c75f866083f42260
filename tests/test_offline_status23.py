"""A stated status comes from the clause of the row's own event: its verb's tense, voice and
mood, not a neighbouring noun, a venue, a past point of reference, a wish or a hearsay report
(see ``_engines/offline/_status.py``). When the clause does not say, the status is unclear."""

from __future__ import annotations

from offline_support import brief

_DATELINE = "NAIROBI, March 2 (Reuters) - "


def _deals(text: str) -> list[str]:
    return [d.status for d in brief(_DATELINE + text).deals]


def _disputes(text: str) -> list[str]:
    return [d.status for d in brief(_DATELINE + text).disputes]


def test_the_meeting_an_agreement_is_reached_at_is_where_not_what_was_agreed() -> None:
    assert _deals(
        "Ministers of Kenya and Uganda agreed at a meeting in Kampala on Monday to cut fees on "
        "cross-border trucks, officials said."
    ) == ["agreed"]
    assert _deals(
        "An agreement on truck fees between Kenya and Uganda was reached at a meeting of their "
        "trade ministers in Kampala on Monday, officials said."
    ) == ["agreed"]


def test_agreeing_to_resume_is_agreeing_to_talk_only_when_talks_are_resumed() -> None:
    assert _deals(
        "Kenya and Uganda agreed on Monday to resume direct flights between Nairobi and "
        "Entebbe, officials said."
    ) == ["agreed"]
    assert _deals(
        "Kenya and Uganda agreed on Monday to resume talks on truck fees, officials said."
    ) == ["negotiating"]


def test_talks_a_side_proposes_to_hold_are_proposed_not_held() -> None:
    assert _deals(
        "Kenya has proposed holding talks with Uganda on truck fees in Nairobi next month, "
        "officials said."
    ) == ["proposed"]


def test_a_deal_awaited_is_not_agreed() -> None:
    statuses = _deals(
        "Uganda has stopped issuing new permits to Kenyan trucks pending a new agreement with "
        "Kenya on fees, officials said."
    )
    assert "agreed" not in statuses


def test_a_demand_to_lift_a_ban_is_no_easing() -> None:
    for text in (
        "Uganda on Monday demanded that Kenya lift its ban on Ugandan sugar, the trade ministry "
        "said.",
        "Uganda demanded on Monday that Kenya lift its ban on Ugandan sugar imports, escalating "
        "a trade row between the neighbours.",
    ):
        assert "easing" not in _disputes(text)


def test_a_settlement_named_as_the_point_a_clash_is_measured_from_is_not_now() -> None:
    statuses = _disputes(
        "Kenya accused Uganda on Monday of seizing Kenyan fishing boats on Lake Victoria, the "
        "sharpest row between the neighbours since they restored relations in 2019."
    )
    assert statuses and "resolved" not in statuses


def test_a_resumption_ends_the_setback_its_object_carries() -> None:
    assert _deals(
        "Kenya and Uganda agreed on Monday to revive a joint trade commission suspended for "
        "three years, officials said."
    ) == ["agreed"]


def test_a_document_released_is_no_deal_carried_out() -> None:
    assert _deals(
        "Kenya and Uganda signed a fisheries agreement on Monday, according to a fact sheet "
        "released by the Kenyan presidency."
    ) == ["signed"]


def test_a_step_told_on_unnamed_sources_is_unclear() -> None:
    assert _deals(
        "A Nairobi newspaper reported on Monday, citing two unnamed officials, that Kenya and "
        "Uganda had signed a deal on truck fees."
    ) == ["unclear"]


def test_deepening_ties_with_one_state_is_no_row_escalating() -> None:
    statuses = _disputes(
        "For Uganda, which has deepened trade ties with China while trying to avoid a clash "
        "with Kenya over sugar tariffs, the railway is a test."
    )
    assert "escalating" not in statuses
