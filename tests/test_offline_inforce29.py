"""An instrument made before the news that the text says holds now ("the ceasefire that the
United States brokered between Israel and Hezbollah in November 2024 remains in force") is a
current deal between the parties its own phrase names, whatever its date; a past date with
nothing said of how it stands now stays background. A capital inside an instrument's name
("the Pretoria agreement", "the Astana format") names the thing, not a state."""

from __future__ import annotations

from offline_support import brief, names


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_brokered_ceasefire_in_force_binds_the_two_it_is_between() -> None:
    text = (
        "Israel struck targets in southern Lebanon on Tuesday, the military said. The ceasefire "
        "that the United States brokered between Israel and Hezbollah in November 2024 remains "
        "in force, though violations are frequent."
    )
    assert _deals(text) == [({"Israel", "Hezbollah"}, "implemented")]


def test_ceasefire_a_pair_agreed_that_has_held_is_in_force() -> None:
    text = (
        "India and Pakistan traded barbs at the United Nations on Thursday. The ceasefire that "
        "India and Pakistan agreed in May has largely held, the army said."
    )
    assert ({"India", "Pakistan"}, "implemented") in _deals(text)


def test_deal_still_being_implemented_whatever_its_date() -> None:
    text = (
        "Oil kept flowing this week. The oil transit deal that Sudan and South Sudan signed in "
        "2012 is still being implemented, the minister said."
    )
    assert ({"Sudan", "South Sudan"}, "implemented") in _deals(text)


def test_later_clause_referring_back_says_the_agreement_holds() -> None:
    text = (
        "Ethiopia and Eritrea traded accusations on Monday over troop movements. The Pretoria "
        "agreement between the Ethiopian government and the Tigray People's Liberation Front, "
        "signed in November 2022, ended the Tigray war, and the ceasefire has largely held since."
    )
    deals = _deals(text)
    assert ({"Ethiopia", "Tigray People's Liberation Front"}, "implemented") in deals


def test_past_date_alone_stays_background() -> None:
    text = (
        "Israel struck targets in southern Lebanon on Tuesday. The ceasefire that the United "
        "States brokered between Israel and Hezbollah in November 2024 ended a year of war."
    )
    assert _deals(text) == []


def test_capital_naming_an_agreement_is_no_actor() -> None:
    text = (
        "Ethiopia and Eritrea traded accusations on Monday over troop movements near the "
        "border. The Pretoria agreement, signed in November 2022, ended the Tigray war."
    )
    assert "South Africa" not in names(brief(text))


def test_capital_naming_a_format_is_no_actor_but_acting_capital_is() -> None:
    text = (
        "Russia and Turkey met under the so-called Astana format on Monday. Separately, "
        "Pretoria said it would send envoys to the talks."
    )
    found = names(brief(text))
    assert "Kazakhstan" not in found
    assert "South Africa" in found
