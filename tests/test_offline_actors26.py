"""Actors named by a state's organ in lower case, by a holding in a company, after a follower's
adjective, after a title of rank, or as a government named head first."""

from __future__ import annotations

from offline_support import actor, brief, names


def test_a_states_organ_in_lower_case_that_acts_is_listed_with_its_state() -> None:
    text = (
        "Chinese ships fired water cannon at two Philippine vessels near Sabina Shoal on Sunday, "
        "the Philippine coast guard said. Manila summoned the Chinese envoy."
    )
    guard = actor(brief(text), "Philippine coast guard")
    assert guard.kind == "organization"
    assert guard.country == "PHL"


def test_a_ministry_of_a_named_state_in_lower_case_is_that_states_body() -> None:
    text = (
        "Canada expelled six Indian diplomats on Monday. India's ministry of external affairs "
        "said the accusations were absurd and expelled six Canadian diplomats in return."
    )
    assert "Indian ministry of external affairs" in names(brief(text))


def test_an_organ_that_only_modifies_a_noun_or_is_an_object_is_no_actor() -> None:
    text = (
        "Spain will give Mauritania 30 million euros to train Mauritanian coast guard units, "
        "the two governments said. Ukraine said the pumping station supplied fuel to the "
        "Russian army, and called it a legitimate target."
    )
    found = names(brief(text))
    assert "Mauritanian coast guard" not in found
    assert "Russian army" not in found


def test_a_company_held_in_shares_or_run_as_an_operation_is_a_company() -> None:
    text = (
        "Niger's junta took operational control of Somair in December. Orano, which owned 63% "
        "of Somair, said it would take the junta to international arbitration."
    )
    assert actor(brief(text), "Somair").kind == "company"


def test_a_followers_adjective_is_no_word_of_a_foreign_name() -> None:
    text = (
        "Argentina's Congress failed to overturn the veto on Wednesday. Germán Martínez, who "
        "leads the Peronist Unión por la Patria bloc in the lower house, accused President "
        "Javier Milei of cruelty towards pensioners."
    )
    found = names(brief(text))
    assert "Unión por la Patria" in found
    assert not any(n.startswith("Peronist") for n in found)


def test_a_title_of_rank_introduces_a_person() -> None:
    text = (
        "Ecuador's National Assembly shelved the security bill on Thursday. Interior "
        "Undersecretary Rocío Andrade told lawmakers that gangs were using every week of delay "
        "to regroup."
    )
    assert actor(brief(text), "Rocío Andrade").kind == "person"


def test_a_government_named_head_first_is_a_body_unless_of_a_state() -> None:
    text = (
        "Libya's eastern authorities halted oil exports on Monday. The Tripoli-based Government "
        "of National Unity called the shutdown blackmail and said it would not back down."
    )
    assert "Government of National Unity" in names(brief(text))
    other = brief(
        "The Government of Canada said on Monday it would expel six diplomats, accusing India "
        "of a campaign of violence."
    )
    assert "Government of Canada" not in names(other)
