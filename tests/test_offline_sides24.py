"""Who the two sides of a dispute are: a state's own organs, parties and officials are never
the other side of that state; a body a state turns to is no side; allies fighting beside each
other are not opponents."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[list[str]]:
    return [d.parties for d in brief(text).disputes]


def test_a_governing_party_is_not_the_other_side_of_its_own_state() -> None:
    text = (
        "BUCHAREST, Oct 3 - Romania's Social Democrats threatened on Friday to quit the "
        "governing coalition unless the 2027 budget drops a second year of frozen public sector "
        "wages, deepening a row that has already delayed the draft. The finance minister said "
        "the freeze was needed to cut the deficit."
    )
    assert not any({"Romania", "Romanian Social Democrats"} <= set(p) for p in _sides(text))


def test_an_opposition_party_may_stand_against_the_government() -> None:
    text = (
        "LIMA, Oct 9 - Lawmakers of the opposition Popular Force party accused the government "
        "of a weak response to Colombia's plan and demanded that Peru send troops to the "
        "island. Prime Minister Elena Vargas rejected the demand."
    )
    assert any({"Popular Force", "Peru"} <= set(p) for p in _sides(text))


def test_a_court_of_the_state_is_not_a_party_against_it() -> None:
    text = (
        "TOKYO, May 2 - A Beijing court sentenced a Japanese pharmaceutical employee to six "
        "years in prison for espionage on Thursday, prompting a protest from Tokyo. The Beijing "
        "No. 2 Intermediate People's Court found the man guilty of \"participating in espionage "
        "activities\" and ordered the confiscation of his assets. Japan's foreign ministry said "
        "it had lodged a protest with China and demanded his early release."
    )
    sides = _sides(text)
    assert any({"China", "Japan"} <= set(p) for p in sides)
    assert not any("Intermediate People's Court" in p and "Japan" not in p for p in sides)


def test_the_council_a_complaint_goes_to_is_no_side() -> None:
    text = (
        "BEIRUT, Nov 5 - Israeli warplanes struck targets across southern Lebanon on Wednesday, "
        "killing at least four people. Lebanese President Joseph Aoun condemned the strikes as "
        "a flagrant violation of the ceasefire and said his government would file a complaint "
        "with the U.N. Security Council."
    )
    sides = _sides(text)
    assert any({"Israel", "Lebanon"} <= set(p) for p in sides)
    assert not any("UN Security Council" in p for p in sides)


def test_the_council_asked_to_condemn_a_third_party_is_no_side() -> None:
    text = (
        "MAPUTO, Aug 21 - Insurgents attacked a gas camp and two villages in Cabo Delgado "
        "province this week, killing at least 14 civilians. Mozambique urged the U.N. Security "
        "Council on Thursday to condemn the attacks by the insurgents."
    )
    assert not any("U.N. Security Council" in p or "UN Security Council" in p for p in _sides(text))


def test_forces_fighting_alongside_each_other_are_not_opponents() -> None:
    text = (
        "MAPUTO, Aug 21 - Islamist insurgents attacked the town of Mocimboa da Praia on Sunday. "
        "Mozambican troops, fighting alongside Rwandan forces, repelled the attack, the defence "
        "ministry said. Rwanda's army said two of its soldiers were wounded in clashes with the "
        "insurgents."
    )
    assert not any({"Rwanda", "Mozambique"} <= set(p) for p in _sides(text))
