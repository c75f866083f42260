"""War and insurgency reports, second round: an armed act whose sides the clause names only in
part. "The group" after one armed group is that group; a claim ("X said it shot the aircraft
down") faces the owner of what the sentence before says was lost; unnamed gunmen make no side;
a city hit stands for its state; "said on Tuesday it targeted" still names the doer."""

from __future__ import annotations

from offline_support import brief


def _titles(text: str) -> list[str]:
    return [d.title for d in brief(text).disputes]


def test_a_claim_faces_the_owner_of_the_aircraft_lost_the_sentence_before() -> None:
    text = (
        "U.S. drone lost over Iraq\n\n"
        "A U.S. MQ-9 Reaper drone crashed in Iraq's Salahuddin province late on Sunday, two "
        "U.S. officials said. Kataib Hezbollah said on Monday that it had shot the aircraft "
        "down with a surface-to-air missile."
    )
    titles = _titles(text)
    assert any("Kataib Hezbollah" in t and "United States" in t for t in titles), titles


def test_unnamed_gunmen_named_by_a_claim_in_the_next_sentence() -> None:
    text = (
        "Somali base attacked\n\n"
        "Gunmen killed at least 12 soldiers at an army base near Baidoa in Somalia before dawn "
        "on Wednesday, officials said. Al Shabaab said it carried out the attack."
    )
    titles = _titles(text)
    assert any("al-Shabaab" in t and "Somalia" in t for t in titles), titles


def test_unnamed_gunmen_with_no_claim_make_no_side() -> None:
    text = (
        "Soldiers killed in Mali\n\n"
        "Gunmen on motorbikes killed at least 14 soldiers at an army post in central Mali on "
        "Sunday, two local officials said. No group has claimed responsibility for the attack. "
        "The Economic Community of West African States condemned the attack."
    )
    assert brief(text).disputes == []


def test_a_city_hit_stands_for_its_state() -> None:
    text = (
        "Kharkiv hit\n\n"
        "Russian glide bombs struck an apartment block in Kharkiv on Sunday, killing at least "
        "four people, the regional governor said. Ukraine's air force said it had no jets "
        "near the border."
    )
    titles = _titles(text)
    assert any(t.startswith("Russia vs Ukraine") for t in titles), titles


def test_an_accident_in_a_city_is_no_attack() -> None:
    text = (
        "Tanker blast\n\n"
        "A tanker exploded in the port of Odesa on Monday, killing two crew members, Ukrainian "
        "officials said. The blast was caused by a fire in the engine room, they said."
    )
    assert brief(text).disputes == []


def test_the_group_after_one_armed_group_is_that_group() -> None:
    text = (
        "Fighting near Goma\n\n"
        "M23 rebels advanced toward Goma on Sunday, residents said. The group said on Monday "
        "it had shelled Congo's army positions near Sake, killing several soldiers."
    )
    titles = _titles(text)
    assert any("M23" in t and "Congo" in t for t in titles), titles


def test_the_group_after_two_armed_groups_is_open() -> None:
    text = (
        "Fighting in Myanmar\n\n"
        "The Kachin Independence Army and the Arakan Army both fought Myanmar's military last "
        "year. The group said on Monday it had attacked army positions near Bhamo, killing "
        "11 soldiers."
    )
    titles = _titles(text)
    assert not any("Kachin" in t and "Myanmar" in t for t in titles), titles
    assert not any("Arakan" in t and "Myanmar" in t for t in titles), titles


def test_said_on_a_day_that_it_targeted_a_warship() -> None:
    text = (
        "Red Sea attack\n\n"
        "Houthi leaders met in Sanaa on Monday, officials said. The Houthis said on Tuesday "
        "they had targeted a U.S. warship in the Red Sea with two ballistic missiles and a "
        "drone, according to a statement read on television."
    )
    titles = _titles(text)
    assert any("Houthis" in t and "United States" in t for t in titles), titles


def test_drones_launched_by_a_group_that_hit_the_army() -> None:
    text = (
        "El Fasher\n\n"
        "Drones launched by Sudan's paramilitary Rapid Support Forces struck the army's 6th "
        "Infantry Division headquarters in El Fasher on Friday, residents said. The army "
        "said its air defences shot down several of them."
    )
    titles = _titles(text)
    assert any(t.startswith("Rapid Support Forces vs Sudan") for t in titles), titles


def test_condemning_an_attack_on_another_object_names_no_attacker() -> None:
    text = (
        "El Fasher\n\n"
        "Drones launched by Sudan's paramilitary Rapid Support Forces struck the army's "
        "headquarters in El Fasher on Friday, and shelling killed 30 people in the city's "
        "main market, residents said. Norway condemned the attack on the market."
    )
    titles = _titles(text)
    assert not any("Norway" in t for t in titles), titles
