"""Disputes told indirectly: an act answered by a reaction in a participle clause, a demand for
the release of people held, a rejection of conditions or accusations; and the same words that
tell no dispute (negated, conditional, a court's own ruling)."""

from __future__ import annotations

from offline_support import brief


def _sides(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_reaction_in_a_participle_clause_is_the_acts_other_side() -> None:
    text = (
        "Ecuador's navy seized a fishing vessel and detained its 24 crew members near the "
        "Galapagos Islands on Sunday, prompting China to demand their immediate release."
    )
    assert {"Ecuador", "China"} in [s & {"Ecuador", "China"} for s in _sides(text)]


def test_a_protest_drawn_from_a_state_sets_it_against_the_doer() -> None:
    text = (
        "Palau's marine police seized a fishing boat inside the country's exclusive economic "
        "zone on Tuesday, drawing an angry protest from Beijing. China said the boat had been "
        "in international waters."
    )
    disputes = brief(text).disputes
    assert any({"Palau", "China"} <= set(d.parties) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_demand_for_a_release_faces_who_seized_the_ship_before() -> None:
    text = (
        "Ecuador's navy seized a fishing vessel on Sunday. China demanded the immediate "
        "release of the crew on Monday."
    )
    disputes = brief(text).disputes
    assert any({"Ecuador", "China"} <= set(d.parties) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_participle_clause_of_no_reaction_names_no_side() -> None:
    text = (
        "Ecuador's navy seized a fishing vessel on Sunday, prompting China to send a "
        "delegation to a trade fair in Quito."
    )
    assert not any({"Ecuador", "China"} <= s for s in _sides(text))


def test_conditions_rejected_set_the_rejecter_against_their_author() -> None:
    text = (
        "The military governments of Mali and Niger on Monday rejected the conditions set by "
        "the Economic Community of West African States (ECOWAS) for keeping free movement."
    )
    disputes = brief(text).disputes
    assert disputes, "a rejection of another's conditions is a row"
    title = disputes[0].title
    assert title.startswith("Mali, Niger vs ECOWAS"), title


def test_a_refusal_to_accept_accusations_is_a_rejection() -> None:
    text = (
        "Japan on Friday added three Turkish firms to its sanctions list over drone parts sent "
        "to Russia. Turkey's trade ministry said it would not accept accusations without "
        "evidence."
    )
    disputes = brief(text).disputes
    assert any({"Japan", "Turkey"} <= set(d.parties) for d in disputes)


def test_a_refusal_under_a_condition_is_no_rejection() -> None:
    text = (
        "Malaysia said on Monday it would not accept the conditions if the lenders insisted "
        "on them. Indonesia declined to comment."
    )
    assert brief(text).disputes == []


def test_a_courts_own_jurisdiction_rejected_makes_no_side_of_the_court() -> None:
    text = (
        "Cambodia has asked the International Court of Justice to rule on four disputed "
        "temples. Thailand rejects the court's jurisdiction and wants bilateral talks."
    )
    for dispute in brief(text).disputes:
        assert "International Court of Justice" not in dispute.parties, dispute.title


def test_a_negated_seizure_draws_no_reaction() -> None:
    text = (
        "Ecuador's navy has not seized any other vessel this season, a navy official said. "
        "China welcomed the restraint."
    )
    assert brief(text).disputes == []


def test_a_statement_branded_hostile_faces_the_speakers_state() -> None:
    text = (
        "India said on Monday it would build two dams on the Chenab river. On Tuesday India's "
        "water resources minister, Suresh Patil, said work would proceed at full speed and that "
        "India owed Pakistan no explanation. Pakistan's foreign office called this \"an act of "
        'hostility".'
    )
    disputes = brief(text).disputes
    assert any({"Pakistan", "India"} <= set(d.parties) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_statement_that_names_a_third_doer_is_not_the_speakers_act() -> None:
    text = (
        "The European Commission said on Monday that Russia had cut gas flows to Slovakia. "
        'Ukraine called this "an act of hostility".'
    )
    for dispute in brief(text).disputes:
        assert not {"Ukraine", "European Commission"} <= set(dispute.parties), dispute.title


def test_sides_that_remain_divided_over_a_matter_disagree() -> None:
    text = (
        "Timor-Leste and Australia agreed on Monday to restart talks on the Greater Sunrise gas "
        "fields, but the two governments remained divided over where the gas should be "
        "processed."
    )
    titles = [d.title for d in brief(text).disputes]
    assert "East Timor–Australia: Disagreement over where the gas should be processed" in titles


def test_divided_over_a_name_names_a_topic_not_a_side() -> None:
    text = (
        "Greece and Turkey also remain divided over Cyprus, which has been split since 1974. "
        "Greece lodged a formal protest with Turkey on Monday over a survey ship."
    )
    for dispute in brief(text).disputes:
        assert "Cyprus" not in dispute.parties, dispute.title
