"""A deal's status is what its clauses state of it now (see ``_engines/offline/_status.py``):
not what its name says, not a step still ahead, and the latest of steps that conflict."""

from __future__ import annotations

from offline_support import brief

_CHILE_BOLIVIA = "LIMA, Feb 3 (Reuters) - "


def _statuses(text: str) -> list[str]:
    return [d.status for d in brief(_CHILE_BOLIVIA + text).deals]


def test_a_named_agreement_under_review_is_not_agreed_by_its_name() -> None:
    statuses = _statuses(
        "Trade officials from Chile, Peru and Bolivia opened a review of the Andean "
        "Free Trade Agreement on Wednesday, their ministries said."
    )
    assert statuses and not set(statuses) & {"agreed", "signed"}


def test_a_ratification_voted_down_ends_a_signed_treaty() -> None:
    statuses = _statuses(
        "Bolivia's Senate voted on Thursday against ratifying a border treaty with Chile that "
        "the two governments signed last year, dealing a blow to years of talks."
    )
    assert statuses == ["collapsed"]


def test_talks_resumed_after_a_stall_are_under_negotiation_unless_they_stall_again() -> None:
    resumed = (
        "Talks between Chile and Bolivia on gas prices stalled over transit fees, officials "
        "said on Monday. Chile and Bolivia resumed the negotiations in Lima on Tuesday, the "
        "foreign ministry said."
    )
    assert _statuses(resumed) == ["negotiating"]
    again = (
        "Chile and Bolivia resumed talks on gas prices in Lima on Tuesday, the foreign ministry "
        "said. The talks between Chile and Bolivia stalled again on Wednesday over transit "
        "fees, officials said."
    )
    assert _statuses(again) == ["stalled"]


def test_a_signing_still_ahead_is_no_agreement() -> None:
    for text in (
        "Chile and Bolivia will sign a gas supply agreement next month, officials said.",
        "Chile and Bolivia will sign a gas supply agreement next month if both cabinets "
        "approve it, officials said.",
    ):
        assert not set(_statuses(text)) & {"agreed", "signed"}, text


def test_an_accepted_offer_is_agreed_and_an_urged_acceptance_is_not() -> None:
    assert _statuses(
        "Bolivia has accepted an offer from Chile to supply two cargoes of diesel a month, "
        "the energy ministry said on Wednesday."
    ) == ["agreed"]
    urged = _statuses(
        "Peru's president urged Bolivia to drop its objections and accept a Chilean offer of "
        "port access, his office said on Wednesday."
    )
    assert "agreed" not in urged


def test_a_dated_agreement_suspended_on_a_news_day_is_stalled_now() -> None:
    statuses = _statuses(
        "Chile suspended part of a 2018 fisheries agreement with Peru on Wednesday after a "
        "row over catch quotas, the foreign ministry said."
    )
    assert statuses == ["stalled"]


def _dispute_statuses(text: str) -> list[str]:
    return [d.status for d in brief(_CHILE_BOLIVIA + text).disputes]


def test_a_quarrel_settled_on_the_news_day_is_resolved_whatever_follows_it() -> None:
    statuses = _dispute_statuses(
        "Chile and Bolivia on Tuesday settled a months-long quarrel over truck inspections at "
        "their main border crossing, the two foreign ministries said. The quarrel began in "
        "March. Bolivia retaliated by holding Chilean fruit at its own inspection yards."
    )
    assert statuses and statuses[0] == "resolved"


def test_a_standoff_that_had_eased_before_the_news_is_not_easing_now() -> None:
    statuses = _dispute_statuses(
        "Chile lodged a formal protest with Bolivia on Tuesday after Bolivian troops crossed "
        "into the Silala valley, reviving a standoff that had eased over the past two years."
    )
    assert statuses and "easing" not in statuses


def test_easing_pressure_as_a_second_aim_of_an_effort_is_not_easing() -> None:
    statuses = _dispute_statuses(
        "Bolivia will buy more Chilean copper as part of an effort to reduce its trade surplus "
        "with Chile and ease pressure from Chile over tariffs."
    )
    assert "easing" not in statuses


def test_agreeing_that_a_row_must_be_settled_at_the_table_is_agreeing_to_talk() -> None:
    statuses = _statuses(
        "Negotiators from Chile and Bolivia will meet in La Paz on Monday to resume talks on "
        'their maritime boundary. "Both sides have agreed that the boundary must be settled '
        'at the table and not by threats," the Chilean envoy said.'
    )
    assert statuses and "agreed" not in statuses


def test_a_deal_still_to_be_signed_is_not_carried_out_by_a_delivery_in_its_sentence() -> None:
    b = brief(
        "LIMA (AP) — Peru said Friday it was suspending fish exports to Chile, a week after the "
        "two governments said they would sign a fisheries agreement on May 3.\n\n"
        "Ana Ruiz, Peru's fisheries minister, said Peru had delivered \"every tonne the quota "
        'allowed" and that it was still ready to sign the fisheries agreement with Chile, under '
        'which it would cut its catch by a fifth, "if the port ban is lifted."'
    )
    (deal,) = b.deals
    assert deal.status not in ("signed", "implemented")
