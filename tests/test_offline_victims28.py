"""The other side of an attack or a measure is its doer, never another victim: two that are
hit are not opposed; objectors to an act whose doer is unnamed oppose no one named; an act
told to explain a relative clause about a third thing has nothing to do with the main
clause's subject; the one who says an act harms someone is a witness, not its doer."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_a_subject_hit_by_attacks_on_another_is_not_its_opponent() -> None:
    text = (
        "ASTANA, Jan 5 (Reuters) - Kazakhstan's exports have also been disrupted by attacks "
        "on Russian energy infrastructure, traders said on Monday."
    )
    found = _disputes(text)
    assert not any({"Kazakhstan", "Russia"} <= p for _, p in found), found


def test_a_doer_named_before_the_attacks_is_the_side_against_their_target() -> None:
    text = (
        "ASTANA, Jan 5 (Reuters) - Kazakhstan's exports have also been disrupted by Ukrainian "
        "drone attacks on Russian energy infrastructure, traders said on Monday."
    )
    found = _disputes(text)
    assert any({"Ukraine", "Russia"} == p for _, p in found), found
    assert not any("Kazakhstan" in p for _, p in found), found


def test_objectors_to_an_agentless_measure_are_not_opposed_to_its_owner() -> None:
    text = (
        "VIENNA, Jan 5 (Reuters) - The board met on Monday. U.N. sanctions lifted a decade "
        "earlier were reimposed at the end of September over objections from Moscow and "
        "Beijing, which argued the move was legally invalid."
    )
    found = _disputes(text)
    assert not any("Russia" in p and "United Nations" in p for _, p in found), found


def test_an_act_explaining_a_relative_clause_is_no_side_of_the_main_subject() -> None:
    text = (
        "JAKARTA, Jan 5 (Reuters) - Indonesia lost the case at the WTO. Indonesia then "
        "appealed to the WTO's Appellate Body, which has been unable to hear cases since "
        "December 2019 because the United States has blocked the appointment of new judges."
    )
    found = _disputes(text)
    assert not any({"United States", "Indonesia"} <= p for _, p in found), found


def test_the_one_who_says_attacks_harm_a_country_is_not_their_doer() -> None:
    text = (
        "CAIRO, March 4 (Reuters) - Shipping lines kept diverting vessels around Africa. "
        '"Every week that the attacks continue costs the Egyptian economy dearly," said '
        "Ossama Rabie, chairman of the Suez Canal Authority, in a statement."
    )
    found = _disputes(text)
    assert not any("Egypt" in p and "Suez Canal Authority" in p for _, p in found), found


def test_attacks_by_a_named_doer_still_set_it_against_the_target() -> None:
    text = (
        "KYIV, Aug 19 (Reuters) - Russia has launched drone attacks on Ukrainian ports on the "
        "Danube, damaging grain silos, Ukraine's governor said on Monday."
    )
    found = _disputes(text)
    assert any({"Russia", "Ukraine"} <= p for _, p in found), found


def test_names_in_the_object_of_an_unnamed_subject_are_no_pair() -> None:
    text = (
        "BAMAKO (AFP) - Jihadists ambushed a convoy of fuel tankers escorted by Malian troops "
        "and Russian paramilitaries on the main road from Senegal on Sunday, security sources "
        "said."
    )
    found = _disputes(text)
    assert not any({"Mali", "Russia"} <= p or "Senegal" in p for _, p in found), found
