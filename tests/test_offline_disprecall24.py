"""Disputes told in shapes the engine used to miss: a refusal of access, a challenge at a
court, a border kept closed with an accusation, a levy on a neighbour's goods; and what
stays out (negated, hypothetical, a place named in the charge)."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_state_refusing_inspectors_access_is_in_a_dispute_with_their_agency() -> None:
    text = (
        "VIENNA, March 3 (Reuters) - Iran is refusing International Atomic Energy Agency "
        "inspectors access to the enrichment sites that were struck during last year's air "
        "war, the agency said on Tuesday."
    )
    assert any(
        {"Iran", "IAEA"} <= p or {"Iran", "International Atomic Energy Agency"} <= p
        for p in _sides(text)
    )


def test_a_negated_or_imagined_refusal_of_access_is_no_dispute() -> None:
    for text in (
        "VIENNA, March 3 - Iran did not refuse the International Atomic Energy Agency access "
        "to the Fordow site on Tuesday, the agency said.",
        "VIENNA, March 3 - If Iran refused the International Atomic Energy Agency access to "
        "the site, the board would act, diplomats said.",
    ):
        assert not brief(text).disputes, text


def test_a_challenge_announced_at_a_named_court_sets_the_plaintiffs_against_the_rule_maker() -> (
    None
):
    text = (
        "BRATISLAVA, June 12 (AP) - Hungary and Slovakia said on Thursday they would challenge "
        "the European Union's new rules at the EU Court of Justice."
    )
    sides = _sides(text)
    assert any({"Hungary", "European Union"} <= p for p in sides), sides


def test_a_border_kept_closed_with_an_accusation_names_both_sides() -> None:
    text = (
        "NIAMEY, Sept 8 (AFP) - Niger kept its border with Benin closed on Monday, accusing "
        "Benin of hosting French soldiers, a charge Benin denies."
    )
    assert any({"Niger", "Benin"} <= p for p in _sides(text))


def test_a_border_kept_closed_for_repairs_is_no_dispute() -> None:
    text = (
        "NIAMEY, Sept 8 - Niger kept its border crossing with Benin closed for repairs on "
        "Monday, officials said."
    )
    assert not brief(text).disputes


def test_a_levy_on_a_neighbours_imports_is_a_trade_dispute() -> None:
    text = "ACCRA, Oct 2 (Reuters) - Nigeria imposed a levy on imports from Ghana on Monday."
    assert any({"Nigeria", "Ghana"} <= p for p in _sides(text))


def test_a_name_first_told_as_a_place_is_the_object_the_accusation_aims_at() -> None:
    # "its border with Benin" names a place; "accusing Benin" takes Benin as its object.
    text = (
        "NIAMEY, Sept 8 - Niger visited its border with Benin on Monday, accusing Benin of "
        "hosting French troops."
    )
    assert any({"Niger", "Benin"} <= p for p in _sides(text))


def test_diplomats_ordered_to_leave_in_the_passive_are_expelled() -> None:
    text = (
        "TALLINN, Jan 20 (Reuters) - Three Russian diplomats were ordered to leave Estonia on "
        "Monday, the foreign ministry said."
    )
    assert any({"Russia", "Estonia"} <= p for p in _sides(text))


def test_a_state_holding_another_states_fishermen_is_in_a_dispute_with_it() -> None:
    text = (
        "RABAT, May 4 - Algeria is holding 12 Moroccan fishermen, the Moroccan government said "
        "on Monday."
    )
    assert any({"Algeria", "Morocco"} <= p for p in _sides(text))


def test_a_protest_with_its_day_before_the_preposition() -> None:
    text = "BAGHDAD, Oct 2 - Iraq protested on Monday against Iranian dams on the Sirwan river."
    assert any({"Iraq", "Iran"} <= p for p in _sides(text))


def test_a_move_branded_an_act_of_economic_war_names_the_brander() -> None:
    text = (
        'HAVANA, Oct 2 - Cuba called the new United States sanctions "an act of economic war" '
        "on Monday."
    )
    assert any({"Cuba", "United States"} <= p for p in _sides(text))


def test_a_person_told_by_a_past_conviction_is_no_new_dispute() -> None:
    text = (
        "VILNIUS, Sept 30 (Reuters) - Belarus released a Lithuanian businessman in exchange for "
        "a Belarusian convicted of spying in Lithuania, the two governments said on Tuesday."
    )
    assert not any("Spying" in d.title for d in brief(text).disputes)
