"""Who the sides of a dispute are: a third party that calls on one side of a row to hold back
is no side of it; an appeal to act, or an appeal told with no other row, keeps its asker."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [d.parties for d in brief(text).disputes]


_ROW = (
    "KABUL, June 18 - The Taliban administration accused Iran on Wednesday of mistreating "
    "Afghan migrants during a surge in deportations, as tens of thousands crossed back into "
    "Afghanistan in a single week. Abdul Kabir Rahimi, the Taliban's minister for refugees, "
    "said Tehran was treating Afghans as criminals and demanded that Iran halt the "
    "expulsions. Iranian officials rejected the accusation and said Tehran had every right to "
    "enforce its laws. "
)


def test_a_third_party_urging_one_side_to_stop_is_no_side_of_the_row() -> None:
    text = _ROW + (
        "The U.N. refugee agency, UNHCR, urged Iran to stop forced returns, saying many of "
        "those arriving had nowhere to go."
    )
    sides = _sides(text)
    assert any("Iran" in p for p in sides), sides
    assert not any("UNHCR" in p for p in sides), sides


def test_an_appeal_told_with_no_other_row_keeps_its_asker() -> None:
    text = (
        "GENEVA, June 18 - The U.N. refugee agency, UNHCR, urged Iran on Wednesday to stop "
        "forced returns of Afghan migrants, saying many of those sent back had nowhere to go. "
        "Iran has sent home more than 400,000 undocumented Afghans since March."
    )
    sides = _sides(text)
    assert any("UNHCR" in p and "Iran" in p for p in sides), sides


def test_an_opposition_leader_accusing_the_government_is_not_against_a_foreign_state() -> None:
    text = (
        "HONIARA, March 4 - Australia and China have competed for years to train the Pacific "
        "nation's police. China accused Australia on Monday of Cold War thinking after "
        "Canberra expanded its policing programme. Solomon Islands Prime Minister Jeremiah "
        "Manele told parliament on Tuesday that a Chinese police team would stay. Opposition "
        'leader Matthew Wale accused the government of "hiding behind sovereignty" and '
        "demanded that the text of the 2022 security agreement with Beijing be tabled."
    )
    sides = _sides(text)
    assert not any("Matthew Wale" in p and "Australia" in p for p in sides), sides


def test_the_one_held_is_no_side_of_a_demand_for_his_release() -> None:
    text = (
        "Paris (Wire) - France on Tuesday ordered 12 Algerian consular staff to leave the "
        "country and recalled its ambassador from Algiers, in a response to Algeria's expulsion "
        "of 12 French officials two days earlier.\n\n"
        "Algerian Foreign Minister Ahmed Attaf said Algeria would not accept lessons and that "
        "responsibility for the crisis lay entirely with the French side.\n\n"
        "A YEAR OF RUPTURES\n\n"
        "Relations have been poor since last July, when France backed a plan for Western Sahara "
        "that Algeria opposes.\n\n"
        "Tensions worsened in November with the arrest in Algiers of the novelist Karim Lounes, "
        "76, who was sentenced in March to five years in prison. His appeal hearing is set for "
        "June 24.\n\n"
        '"Karim Lounes\'s detention is arbitrary and France will keep demanding his release," '
        "Foreign Minister Jean-Noel Barrot said."
    )
    sides = _sides(text)
    assert any({"France", "Algeria"} <= set(p) for p in sides), sides
    assert not any("Karim Lounes" in p for p in sides), sides
