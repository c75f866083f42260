"""Mediators, hosts, venues and forums are no sides: a source cited "according to a statement
by" hosts named in a long phrase, a city told as "the Uzbek capital of Tashkent", a host named
with his title ("hosted by Prime Minister NAME"), observers of talks, and a council or agency a
row is raised with."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).deals]


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_sources_cited_in_a_long_statement_phrase_are_no_sides() -> None:
    found = _deals(
        "JEDDAH (Reuters) - Sudan's army and the paramilitary Rapid Support Forces have agreed "
        "to a seven-day humanitarian truce, according to a statement released on Sunday by "
        "Saudi Arabia and the United States, which co-host the talks in the Saudi city of Jeddah."
    )
    assert any({"Sudan", "Rapid Support Forces"} <= p for _, p in found), found
    assert not any("Saudi Arabia" in p or "United States" in p for _, p in found), found


def test_a_capital_of_a_third_state_is_where_a_treaty_is_signed() -> None:
    found = _deals(
        "TASHKENT (Reuters) - Kyrgyzstan and Tajikistan signed a border treaty in the Uzbek "
        "capital of Tashkent on Monday."
    )
    assert any(p == {"Kyrgyzstan", "Tajikistan"} for _, p in found), found


def test_a_host_named_with_his_title_is_no_side_of_the_talks() -> None:
    found = _deals(
        "GEORGETOWN (Reuters) - Shortly after that vote, President Irfaan Ali and President "
        "Nicolas Maduro met on the Caribbean island of St Vincent, in talks hosted by Prime "
        "Minister Ralph Gonsalves and attended by Brazilian officials, and signed the Argyle "
        "Declaration."
    )
    assert not any("Ralph Gonsalves" in p and "Brazil" in p for _, p in found), found


def test_observers_of_talks_are_no_pair_that_talks() -> None:
    found = _deals(
        "KUALA LUMPUR (Reuters) - Thailand and Cambodia agreed to a ceasefire on Monday. "
        "Officials from the United States and China attended the talks as observers."
    )
    assert any(p == {"Thailand", "Cambodia"} for _, p in found), found
    assert not any("China" in p for _, p in found), found


def test_those_who_attend_talks_that_others_watch_still_talk() -> None:
    found = _deals(
        "KUALA LUMPUR (Reuters) - Thailand and Cambodia held talks on Monday, which the United "
        "States attended as an observer."
    )
    assert any({"Thailand", "Cambodia"} <= p for _, p in found), found


def test_the_council_a_row_is_raised_with_is_no_side() -> None:
    found = _disputes(
        "CARACAS (Reuters) - Venezuela's troops crossed the Cuyuni river on Monday. Guyana "
        "called it a violation of its sovereignty and raised it with the UN Security Council."
    )
    assert not any("UN Security Council" in p for _, p in found), found


def test_the_agency_strikes_are_raised_with_is_no_side() -> None:
    found = _disputes(
        "KYIV (Reuters) - Ukraine raised Russia's attacks on its power grid with the "
        "International Atomic Energy Agency on Tuesday."
    )
    assert not any("International Atomic Energy Agency" in p for _, p in found), found


def test_a_bloc_concerns_are_raised_with_may_still_be_the_side() -> None:
    # Not a body that hears rows: the EU whose rules are reproached stays a side.
    found = _disputes(
        "WASHINGTON (Reuters) - The United States accused the European Union of discriminating "
        "against American tech firms and raised the matter with the EU on Tuesday."
    )
    assert not found or any("European Union" in p for _, p in found), found


def test_states_whose_mediation_brought_a_ceasefire_are_no_sides_of_it() -> None:
    found = _deals(
        "ISLAMABAD (Reuters) - It took Qatari and Turkish mediation in Doha, where Defence "
        "Minister Khawaja Asif and his Taliban counterpart met on Sunday, to produce a ceasefire "
        "that both sides signed."
    )
    assert not any("Qatar" in p or "Turkey" in p for _, p in found), found
