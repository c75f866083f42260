"""A reaction whose object is a definite noun of an act told before ("the launch", "the
deportations", "the contract", "the move") faces the doer of that act: the subject of the
clause that told it by the same word or its verb, a sentence or two before, past an official's
words about it. Abstain when two clauses' subjects tell it or the act was the reactor's own."""

from __future__ import annotations

from offline_support import brief

from summarizer._engines.offline._told_act import referred_act


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_launch_condemned_faces_who_fired_the_missile() -> None:
    found = _disputes(
        "SEOUL (Reuters) - The North Korean military fired a short-range ballistic missile off "
        "its west coast on Saturday. The missile flew about 400 km, officials in Seoul said. "
        "Japan condemned the launch as a threat to regional peace."
    )
    assert any({"Japan", "North Korea"} <= p for p in found), found


def test_deportations_criticised_face_the_deporting_state() -> None:
    found = _disputes(
        "TEGUCIGALPA (Reuters) - Mexico deported some 4,000 Hondurans by bus over the past "
        "month. Honduras's foreign ministry criticised the deportations, saying families had "
        "been separated."
    )
    assert any({"Honduras", "Mexico"} <= p for p in found), found


def test_a_contract_denounced_faces_its_signer_in_the_lead() -> None:
    found = _disputes(
        "ATHENS (Reuters) - Greece signed a contract with Chevron on Monday to explore two "
        "blocks south of Crete. The blocks lie in waters Libya also claims, according to maps "
        "published by Tripoli. Libya's parliament denounced the contract on Wednesday."
    )
    assert any({"Libya", "Greece"} <= p for p in found), found


def test_the_move_past_an_officials_words_faces_the_doer() -> None:
    found = _disputes(
        "RIGA (Reuters) - Latvian border guards on Monday shut two crossings on the frontier "
        "with Belarus. Interior Minister Rihards Kozlovskis said the crossings had been used "
        "to smuggle migrants. Minsk condemned the move as hostile."
    )
    assert any({"Belarus", "Latvia"} <= p for p in found), found


def test_a_reaction_to_ones_own_act_faces_no_one() -> None:
    found = _disputes(
        "KYIV (Reuters) - Ukraine test-fired a new long-range drone on Tuesday. Ukraine "
        "defended the test, and Kyiv condemned the tests as overdue."
    )
    assert not any("Ukraine" in p and len(p) == 2 for p in found), found


def test_two_doers_of_the_act_leave_its_critic_alone() -> None:
    found = _disputes(
        "VIENNA (Reuters) - Iran tested a missile on Monday, and Israel tested an interceptor "
        "on Tuesday. Turkey criticised the tests."
    )
    assert not any("Turkey" in p for p in found), found


def test_only_a_definite_noun_of_an_act_with_no_owner_points_back() -> None:
    assert referred_act(" the deportations.", [0]) == "deportation"
    assert referred_act(" over the launch", [0]) == "launch"
    assert referred_act(" the sale of _'s stake", [0]) is None
    assert referred_act(" the decision by the court", [0]) is None
    assert referred_act(" a launch", [0]) is None


def test_a_protest_over_the_launch_names_one_side_and_faces_the_launcher() -> None:
    found = _disputes(
        "TOKYO (Reuters) - North Korea fired two cruise missiles into the Yellow Sea on "
        "Thursday. Tokyo lodged a protest over the launch through diplomatic channels."
    )
    assert any({"Japan", "North Korea"} <= p for p in found), found


def test_an_act_told_with_its_owner_is_not_the_critics_act() -> None:
    found = _disputes(
        "LONDON (Reuters) - Britain and France condemned on Saturday Iran's seizure of a "
        "Greek tanker. Iran's Revolutionary Guards said they had detained the ship. Germany "
        "and Italy also condemned the seizure."
    )
    assert not any({"Germany", "United Kingdom"} <= p for p in found), found
