"""Armed conflict whose sides a clause names by descriptors or by a group's own name: "fighting
between junta troops and the Arakan Army", a movement facing a state's troops, "JNIM claimed
the attack", "the ELN, which has fought the Colombian state since 1964", a war that "has
continued since 2020", and what stays no side: a state named only as where an armed group is
struck ("in southern Lebanon"), a state's advice to its own citizens, a football clash."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str], str]]:
    return [(d.title, set(d.parties), d.status) for d in brief(text).disputes]


def test_junta_troops_in_a_fight_with_a_group_are_the_state_it_fights() -> None:
    found = _disputes(
        "YANGON, March 14 (Reuters) - Heavy fighting broke out on Thursday between junta troops "
        "and the Arakan Army on the outskirts of Kyaukphyu, a coastal town in Myanmar's Rakhine "
        "state, residents said."
    )
    assert any(p == {"Myanmar", "Arakan Army"} for _, p, _ in found), found


def test_government_forces_and_a_group_as_subject_pair_are_two_sides() -> None:
    found = _disputes(
        "BOGOTA, Jan 22 (Reuters) - Government forces and the ELN clashed near the border on "
        "Sunday, officials in Colombia said."
    )
    assert any(p == {"Colombia", "ELN"} for _, p, _ in found), found


def test_a_front_fighting_a_states_troops_is_no_part_of_that_state() -> None:
    found = _disputes(
        "RABAT, Nov 1 (Reuters) - Morocco welcomed a U.N. resolution. Fighting between the "
        "Polisario Front and Moroccan troops has continued on Friday."
    )
    assert any(p == {"Polisario Front", "Morocco"} for _, p, _ in found), found


def test_fighting_that_has_continued_since_a_year_is_ongoing_not_background() -> None:
    found = _disputes(
        "RABAT, Nov 1 (Reuters) - Morocco welcomed a U.N. resolution. Fighting between the "
        "Polisario Front and Moroccan troops has continued at a low intensity since the "
        "movement declared a 1991 ceasefire over in November 2020."
    )
    assert any(p == {"Polisario Front", "Morocco"} for _, p, _ in found), found


def test_a_group_that_has_fought_a_state_since_a_year_faces_it_now() -> None:
    found = _disputes(
        "MOGADISHU, Jan 3 (Reuters) - Somalia's president visited troops on Monday. The "
        "al-Qaeda-linked group al-Shabaab, which has fought to overthrow the Somali government "
        "since 2006, has stepped up attacks this year."
    )
    assert any(p == {"al-Shabaab", "Somalia"} for _, p, _ in found), found


def test_the_group_that_claims_an_attack_did_it_to_the_forces_hit_before() -> None:
    found = _disputes(
        "BAMAKO, Oct 9 (AP) - Fighters of an al-Qaida-linked group attacked a convoy of fuel "
        "tankers escorted by Malian soldiers near the town of Kati on Wednesday. Jama'at Nusrat "
        "al-Islam wal-Muslimin, known as JNIM, claimed the attack in a statement."
    )
    assert any(p == {"JNIM", "Mali"} for _, p, _ in found), found


def test_a_state_where_an_insurgent_group_fights_is_not_on_its_side() -> None:
    found = _disputes(
        "ADEN, Feb 11 (Reuters) - U.S. warplanes struck Houthi radar sites near the Yemeni port "
        "city of Hodeidah overnight, the Pentagon said on Tuesday. The Houthis, who control "
        "Yemen's capital Sanaa and most of the country's north, have attacked merchant ships "
        "since late 2023 in what they call solidarity with Palestinians in Gaza."
    )
    assert any(p == {"United States", "Houthis"} for _, p, _ in found), found
    assert not any({"Houthis", "Yemen"} <= p for _, p, _ in found), found


def test_a_states_advice_to_its_own_citizens_is_aimed_at_no_one() -> None:
    found = _disputes(
        "BAMAKO, Oct 9 (AP) - Jama'at Nusrat al-Islam wal-Muslimin, known as JNIM, attacked a "
        "convoy escorted by Malian soldiers on Wednesday. The United States embassy this week "
        "urged American citizens to leave the country immediately on commercial flights."
    )
    assert not any("United States" in p for _, p, _ in found), found


def test_a_football_clash_and_unnamed_gangs_make_no_dispute() -> None:
    found = _disputes(
        "MARSEILLE, France, April 27 (Reuters) - Olympique de Marseille and Paris St Germain "
        "fought out a 1-1 draw in a bruising Ligue 1 clash on Sunday. Prosecutors say rival "
        "networks are fighting for control of dealing points, but have not named the gangs."
    )
    assert found == [], found


def test_a_state_named_where_its_armed_group_is_struck_is_no_side() -> None:
    found = _disputes(
        "BEIRUT, June 5 (Reuters) - Israeli forces struck Hezbollah positions in southern "
        "Lebanon on Monday, the military said."
    )
    assert any(p == {"Israel", "Hezbollah"} for _, p, _ in found), found


def test_a_state_struck_with_no_group_named_stays_the_side_hit() -> None:
    found = _disputes(
        "KYIV (Reuters) - Russian missiles struck targets in eastern Ukraine on Monday."
    )
    assert any(p == {"Russia", "Ukraine"} for _, p, _ in found), found
