"""Deals whose parties are told by the people who serve them: officials, ministers or a
government "in" a capital that nothing else owns act for its state, and so do the capitals
listed with it; officials owned by another name ("U.S. officials in Baghdad") or by a body
("the bloc's ministers in Bamako") are only where they are. A speaker's "her government" is
the speaker's state, which makes the deal it agreed."""

from __future__ import annotations

from offline_support import brief, names


def _deals(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).deals]


def test_officials_in_two_capitals_sign_for_their_states() -> None:
    text = (
        "Kazakhstan has been shipping oil across the Caspian Sea to Baku, though volumes remain "
        "small. On Friday, officials in Astana and Baku signed a protocol to more than double "
        "those volumes next year, the energy ministry said."
    )
    assert {"Kazakhstan", "Azerbaijan"} in _deals(text)


def test_officials_in_one_capital_sign_with_a_named_state() -> None:
    text = (
        "Officials in Tashkent signed an agreement with Kyrgyzstan on Monday to swap summer "
        "water for winter electricity."
    )
    assert {"Uzbekistan", "Kyrgyzstan"} in _deals(text)


def test_officials_another_name_owns_are_only_where_they_are() -> None:
    text = (
        "U.S. officials in Baghdad and Erbil signed a contract with General Electric on "
        "Tuesday to repair two power plants, the embassy said."
    )
    briefing = brief(text)
    assert "Iraq" not in {p for d in briefing.deals for p in d.parties}, briefing.deals


def test_diplomats_in_a_capital_are_a_venue() -> None:
    text = (
        "Diplomats in Vienna said Iran and the IAEA had signed a roadmap on inspections, "
        "under which inspectors would return to three sites."
    )
    assert "Austria" not in names(brief(text))


def test_a_speakers_own_government_makes_the_deal() -> None:
    text = (
        "Chilean President Michelle Bachelet said on Wednesday her government had agreed to "
        "give Bolivian freight trains guaranteed access to the port of Arica for ten years."
    )
    assert any({"Chile", "Bolivia"} <= parties for parties in _deals(text)), _deals(text)


def test_a_speaker_who_reports_anothers_deal_makes_none() -> None:
    text = (
        "Chilean President Michelle Bachelet said on Wednesday the Bolivian government had "
        "agreed with Peru to build a rail link to the port of Ilo."
    )
    assert not any("Chile" in parties for parties in _deals(text)), _deals(text)
