"""War and insurgency reports: an armed act by a named side on a named side (or on a place of
one) sets the two against each other; who condemns an attack faces the attacker; a body the text
calls a militia is an armed group; an accident with no attacker is no dispute."""

from __future__ import annotations

from offline_support import actor, brief


def _titles(text: str) -> list[str]:
    return [d.title for d in brief(text).disputes]


def test_weapons_that_hit_a_capital_set_attacker_against_its_state() -> None:
    text = (
        "Russian missiles hit Kyiv overnight, wounding nine people, Ukrainian officials "
        "said on Friday. Ukraine's air force said it shot down most of the drones."
    )
    titles = _titles(text)
    assert any(t.startswith("Russia vs Ukraine") for t in titles), titles


def test_the_military_saying_it_targeted_a_group_is_the_attacker() -> None:
    text = (
        "Air strikes killed 11 people in southern Lebanon on Monday, local officials said. "
        "The Israeli military said it targeted Hezbollah militants who had fired rockets."
    )
    titles = _titles(text)
    assert any("Israel" in t and "Hezbollah" in t for t in titles), titles


def test_condemning_a_strike_faces_the_attacker_not_its_target() -> None:
    text = (
        "The Israeli military said it targeted Hamas commanders in a school in Gaza City on "
        "Tuesday. Jordan condemned the strike as a violation of international law."
    )
    disputes = brief(text).disputes
    critic = [d for d in disputes if "Jordan" in d.title]
    assert critic, [d.title for d in disputes]
    assert "Hamas" not in critic[0].title, critic[0].title


def test_a_militia_called_by_name_is_an_armed_group() -> None:
    text = (
        "Gunmen killed six soldiers near the border on Sunday. A security source said the "
        "attackers belonged to a militia called Ansar Kilwa, which formed last year."
    )
    assert actor(brief(text), "Ansar Kilwa").kind == "armed_group"


def test_a_crash_with_no_enemy_fire_is_no_dispute() -> None:
    text = (
        "A Colombian army helicopter crashed in bad weather in Antioquia on Thursday, killing "
        "three soldiers, the army said. There was no enemy fire, a spokesman said."
    )
    assert brief(text).disputes == []
