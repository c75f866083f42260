"""Who only calms a row is no side of it: a state whose effort lowers tensions, whose effort
is welcomed, who urges restraint, offers to host talks or presses both sides to accept a truce
mediates between the sides; a party that accuses in the same story stays a side."""

from __future__ import annotations

from offline_support import brief


def _pairs(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_welcomed_effort_names_no_side_of_the_blame() -> None:
    text = (
        "India and Pakistan traded artillery fire across the Line of Control on Saturday. "
        "A Saudi minister shuttled between the two capitals in the kingdom's latest effort "
        "to lower tensions. Pakistan's foreign office said it welcomed the "
        "Saudi efforts and blamed India for the escalation."
    )
    pairs = _pairs(text)
    assert not any("Saudi Arabia" in s for s in pairs), pairs
    assert any({"India", "Pakistan"} <= s for s in pairs), pairs


def test_who_presses_both_sides_to_accept_a_truce_is_no_side() -> None:
    text = (
        "Qatar and Turkey urged Sudan's army and the paramilitary Rapid Support Forces on "
        "Thursday to accept a humanitarian truce, as fighting between the two sides spread to "
        "new towns in North Kordofan."
    )
    pairs = _pairs(text)
    assert not any({"Qatar", "Turkey"} & s for s in pairs), pairs


def test_who_urges_restraint_or_offers_to_host_talks_is_no_side() -> None:
    text = (
        "Armenia accused Azerbaijan on Monday of shelling border villages. Iran urges restraint "
        "on both sides, its foreign ministry said. Georgia offered to host talks between the "
        "two neighbours."
    )
    pairs = _pairs(text)
    assert not any({"Iran", "Georgia"} & s for s in pairs), pairs
    assert any({"Armenia", "Azerbaijan"} <= s for s in pairs), pairs


def test_an_accused_helper_stays_a_side() -> None:
    text = (
        "Sudan's army accused the United Arab Emirates on Monday of arming the Rapid Support "
        "Forces, a charge the UAE denies."
    )
    pairs = _pairs(text)
    assert any({"Sudan", "United Arab Emirates"} <= s for s in pairs), pairs


def test_who_stands_ready_to_bring_both_back_to_talks_is_no_side() -> None:
    text = (
        "Iran rejected the resolution passed by the IAEA board on Thursday and threatened to "
        "curb inspections. Oman's foreign minister said on Friday that Muscat was \"ready to "
        'help" to bring Iran and the West back to negotiations and that "another military '
        'escalation would be a disaster for the region".'
    )
    pairs = _pairs(text)
    assert not any("Oman" in s for s in pairs), pairs
