"""Actors named by the organs of a state (a mission in a country, a chamber, the nation's one
body of a kind), by an abbreviated title, by a Spanish name, or as a ship flagged by a registry;
and a participle opening a sentence, which starts no name."""

from __future__ import annotations

from offline_support import actor, brief, names


def test_a_mission_is_named_with_the_state_it_sits_in() -> None:
    text = (
        "Libya's rival governments traded blame on Monday. The U.N. Support Mission in Libya "
        "(UNSMIL) said it had invited both sides to talks and urged them to stop using oil as a "
        "weapon."
    )
    mission = actor(brief(text), "U.N. Support Mission in Libya")
    assert mission.kind == "organization"
    assert "United Nations" not in names(brief(text))


def test_a_chamber_named_head_first_is_a_body() -> None:
    text = (
        "Libya's oil output halted on Monday. The House of Representatives, based in Benghazi, "
        "said it would not recognise the new central bank board."
    )
    assert actor(brief(text), "House of Representatives").kind == "organization"


def test_the_nations_one_body_of_a_kind_is_named_by_generic_words() -> None:
    text = (
        "Libya's oil exports stopped on Monday. The National Oil Corporation declared force "
        "majeure on crude loadings from the Sharara field."
    )
    assert "National Oil Corporation" in names(brief(text))


def test_an_abbreviated_military_title_introduces_a_person() -> None:
    text = (
        "Niger revoked the French group's licence on Monday. The junta led by Gen. Salifou "
        "Mody said the uranium belonged to the Nigerien people."
    )
    assert actor(brief(text), "Salifou Mody").kind == "person"


def test_a_spanish_name_runs_on_across_por_la() -> None:
    text = (
        "Argentina's Congress failed to overturn the veto on Wednesday. The Unión por la Patria "
        "bloc accused the government of buying the votes of provincial governors."
    )
    assert "Unión por la Patria" in names(brief(text))


def test_a_ship_after_its_flag_of_registry_is_a_vessel() -> None:
    text = (
        "Houthi forces attacked a ship off Yemen on Saturday. The Liberian-flagged Aegean Spirit, "
        "which was carrying fertiliser, was struck twice, a British agency said."
    )
    assert actor(brief(text), "Aegean Spirit").kind == "other"


def test_a_participle_opening_a_sentence_starts_no_name() -> None:
    text = (
        'The Houthis attacked a Greek-owned ship on Saturday, Greece said. "The truce gave them '
        'breathing room. Hitting Greek-owned ships is cheap for them," an analyst said. Hitting '
        "Greek-owned vessels keeps the Red Sea card alive, he added."
    )
    assert not any(n.startswith("Hitting") for n in names(brief(text)))


def test_a_state_in_a_sea_written_head_first_is_a_place() -> None:
    text = (
        "Pirates seized a tanker on Monday, Nigeria's navy said. Attacks in the Gulf of Guinea "
        "have risen for the first time in five years, the International Maritime Bureau said."
    )
    assert "Guinea" not in names(brief(text))


def test_a_run_the_text_calls_a_city_is_no_actor() -> None:
    text = (
        "Serbia's parliament approved a new government on Wednesday. Protests began after a "
        "canopy collapsed at the station in the northern city of Novi Sad. Students said those "
        "responsible for Novi Sad were still in power. Prosecutors in Novi Sad have charged 13 "
        "people."
    )
    assert "Novi Sad" not in names(brief(text))


def test_a_preposition_opening_a_sentence_is_no_word_of_a_name() -> None:
    text = (
        "EU ministers approved the trade deal on Friday. Outside the Commission's headquarters, "
        "farmers from Belgium and France burned tyres."
    )
    assert not any(n.startswith("Outside") for n in names(brief(text)))


def test_a_bodys_name_goes_on_across_and_after_its_country() -> None:
    text = (
        "China's coast guard fired water cannon at two ships on Sunday. The Philippine Bureau of "
        "Fisheries and Aquatic Resources said its vessels were delivering fuel to fishermen."
    )
    found = names(brief(text))
    assert "Aquatic Resources" not in found
    assert any(n.endswith("Bureau of Fisheries and Aquatic Resources") for n in found)


def test_a_title_closing_a_partys_name_is_a_word_of_it() -> None:
    text = (
        "Serbia's parliament approved a new government on Wednesday. \"This is a government of "
        'the president," said Marinika Tepic, a senior official of the opposition Party of '
        "Freedom and Justice."
    )
    assert "Party of Freedom and Justice" in names(brief(text))


def test_a_body_that_speaks_after_its_bracketed_acronym_speaks() -> None:
    text = (
        "Venezuela denied any role on Saturday. The Guyana Defence Force (GDF) said the boat came "
        "under gunfire near Eteringbang while ferrying supplies."
    )
    assert actor(brief(text), "Guyana Defence Force").kind == "organization"


def test_a_person_whose_given_name_is_a_capital_is_a_person() -> None:
    text = (
        "Coffee prices fell on Monday. Cafe Rapido's chief executive, Sofia Marchetti, said only "
        "that the company would not comment."
    )
    found = names(brief(text))
    assert "Sofia Marchetti" in found
    assert "Bulgaria" not in found


def test_a_given_name_that_is_a_state_after_a_title_is_a_persons() -> None:
    text = (
        'Israel struck targets in Lebanon on Monday. "We will not allow it," Defence Minister '
        "Israel Katz said in a statement."
    )
    assert actor(brief(text), "Israel Katz").kind == "person"
