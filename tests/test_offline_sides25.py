"""Who the sides of a dispute are: an arbitration body hears a case and is no side of it; a
ministry named with a foreign rival brings its state to its side; the country an envoy is
posted to is not whom the envoy opposes; in a civil war the army, not the state, fights."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [d.parties for d in brief(text).disputes]


def test_an_arbitration_centre_is_no_side_of_the_case_it_hears() -> None:
    text = (
        "NIAMEY, June 3 - French miner Orano has taken Niger to the International Centre for "
        "Settlement of Investment Disputes (ICSID) over the seizure of its Arlit mine. Niger's "
        "military government said on Tuesday it would sell the uranium stockpiled at the mine. "
        "The ICSID tribunal is expected to hold hearings on the merits of Orano's claim next "
        "year."
    )
    sides = _sides(text)
    assert any("Orano" in p for p in sides), sides
    assert not any(
        "International Centre for Settlement of Investment Disputes" in p for p in sides
    ), sides


def test_a_ministry_in_a_row_with_a_foreign_state_stands_for_its_state() -> None:
    text = (
        "MANILA, March 4 - The Department of Foreign Affairs summoned China's ambassador on "
        "Tuesday and lodged a diplomatic protest, one of dozens Manila has filed against "
        "Beijing this year, after Chinese ships fired water cannon at a supply boat."
    )
    sides = _sides(text)
    assert any({"Philippines", "China"} <= set(p) for p in sides), sides


def test_the_country_an_envoy_is_posted_to_is_not_the_envoys_opponent() -> None:
    text = (
        "MANILA, Aug 26 - Chinese coast guard ships fired water cannon at two Philippine "
        "vessels near Sabina Shoal on Sunday. Japan's ambassador to Manila, Kenji Nakamura, "
        'wrote on X that Tokyo was "seriously concerned" and opposed any unilateral attempts '
        "to change the status quo by force."
    )
    assert not any({"Japan", "Philippines"} <= set(p) for p in _sides(text))


def test_in_a_civil_war_the_army_is_the_side_not_the_state() -> None:
    text = (
        "PORT SUDAN, May 6 - Army chief Abdel Fattah al-Burhan, who heads the Sudanese Armed "
        'Forces, said on Tuesday his delegation would attend the talks in Jeddah. "We will not '
        'sit at any table that rewards those who looted the homes of Sudanese citizens," he '
        "said, repeating the army's demand that the RSF withdraw from civilian areas before "
        "any ceasefire takes effect."
    )
    sides = _sides(text)
    assert any({"Sudanese Armed Forces", "Rapid Support Forces"} <= set(p) for p in sides), sides
    assert not any({"Sudan", "Rapid Support Forces"} <= set(p) for p in sides), sides


def test_the_partner_of_a_defence_treaty_is_an_ally_not_an_opponent() -> None:
    text = (
        "MANILA, March 4 - Chinese coast guard ships fired water cannon at a Philippine supply "
        "boat near Second Thomas Shoal on Tuesday. The United States repeated that its mutual "
        "defence treaty with Manila covers attacks on Philippine public vessels anywhere in "
        "the South China Sea."
    )
    sides = _sides(text)
    assert any({"China", "Philippines"} <= set(p) for p in sides), sides
    assert not any({"United States", "Philippines"} <= set(p) for p in sides), sides


def test_a_row_told_in_a_relative_clause_is_between_its_antecedent_and_its_other_side() -> None:
    text = (
        "TASHKENT, April 8 - Uzbekistan said on Tuesday it would build a new canal. The "
        "dispute redrew alliances in the region. In March, Kazakhstan signed a water protocol "
        "with Turkmenistan, which is locked in a bitter dispute with Afghanistan over the Qosh "
        "Tepa canal on the Amu Darya."
    )
    sides = _sides(text)
    assert any({"Turkmenistan", "Afghanistan"} <= set(p) for p in sides), sides
    assert not any("Kazakhstan" in p for p in sides), sides
