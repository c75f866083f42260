"""Names on one side of their clause read as a dispute between them (issue 11, copresent36):
two pressures on a third told as co-agents ("hurt by A's X and by B's Y"), co-subjects of one
side's act with no opponent named ("A and B, both hit by attacks"), co-claimants listed
together, and the co-subjects of one conjunct set against a war another conjunct names. Real
rows between listed pairs (reciprocal acts, a state between two, a hyphenated pair) stay."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_two_agents_of_one_passive_are_no_dispute_between_them() -> None:
    found = _disputes(
        "LONDON (Reuters) - Garment makers across Asia have been hurt both by Chinese "
        "competition in Europe and by U.S. tariffs on finished clothing, a trade body said."
    )
    assert not any({"China", "United States"} <= p for p in found), found


def test_co_subjects_hit_by_attacks_are_no_dispute_between_them() -> None:
    found = _disputes(
        "N'DJAMENA (Reuters) - Chad and Niger, both hit by a wave of rebel attacks this year, "
        "will send most of the troops to the joint force, officials said on Tuesday."
    )
    assert not any({"Chad", "Niger"} <= p for p in found), found


def test_co_claimants_listed_together_are_no_dispute_between_them() -> None:
    found = _disputes(
        "MANILA (Reuters) - Malaysia, Brunei and Indonesia also have claims in the southern "
        "part of the sea, the report said."
    )
    assert not any({"Malaysia", "Brunei"} <= p for p in found), found


def test_co_subjects_of_one_conjunct_are_no_sides_of_a_war_in_another() -> None:
    found = _disputes(
        "CAIRO (Reuters) - Cairo and Ankara are restoring ambassadors and the Libya war has "
        "eased, diplomats said."
    )
    assert not any({"Egypt", "Turkey"} <= p for p in found), found


def test_a_pair_that_traded_accusations_keeps_its_dispute() -> None:
    found = _disputes(
        "BANGKOK (Reuters) - Thailand and Cambodia traded accusations on Monday over the "
        "shelling of a border temple."
    )
    assert any(p == {"Thailand", "Cambodia"} for p in found), found


def test_a_pair_that_clashed_keeps_its_dispute() -> None:
    found = _disputes(
        "YEREVAN (Reuters) - Armenia and Azerbaijan clashed on their border on Tuesday, "
        "the defence ministry said."
    )
    assert any(p == {"Armenia", "Azerbaijan"} for p in found), found


def test_a_pair_at_odds_keeps_its_dispute() -> None:
    found = _disputes(
        "ADDIS ABABA (Reuters) - Ethiopia and Somalia have been at odds since January over "
        "a port deal."
    )
    assert any(p == {"Ethiopia", "Somalia"} for p in found), found


def test_a_hyphenated_pair_row_keeps_its_dispute() -> None:
    found = _disputes(
        "PRISTINA (Reuters) - The Serbia-Kosovo row deepened on Tuesday after the arrest of a "
        "police officer at a border crossing."
    )
    assert any(p == {"Serbia", "Kosovo"} for p in found), found


def test_a_war_between_two_listed_sides_is_no_conjunct() -> None:
    found = _disputes(
        "KHARTOUM (Reuters) - Sudan's war between the army and the RSF broke out in April 2023 "
        "and has killed tens of thousands of people, U.N. agencies said."
    )
    assert any("Rapid Support Forces" in p for p in found), found


def test_an_agent_against_a_named_patient_keeps_its_dispute() -> None:
    found = _disputes(
        "BEIJING (Reuters) - China was hit on Monday by new U.S. tariffs on electric vehicles, "
        "the commerce ministry said."
    )
    assert not found or any({"China", "United States"} <= p for p in found), found


def test_the_subject_an_also_conjunct_repeats_is_on_its_side() -> None:
    found = _disputes(
        "PARIS (Reuters) - French farm unions on Tuesday published conditions for dropping "
        "their opposition to the European Union's trade agreement with the Mercosur bloc. "
        "France has led opposition to the agreement among EU governments, and Poland and "
        "Austria have also voiced objections."
    )
    assert not any({"France", "Poland"} <= p for p in found), found
