"""A state and the armed group it fights, named together as one subject (round civil30,
issue 11): "Colombia and the ELN began talks", "The Sudanese army and the RSF have been at war".
The determiner of "the ELN" made "began" read as a noun, and a demonym's lower-case army joined
to the group's name by "and" was never an actor; both lost the talks of a civil war."""

from __future__ import annotations

from offline_support import brief, names


def test_a_state_and_a_group_that_begin_talks_are_their_sides() -> None:
    [deal] = brief("Colombia and the ELN began talks in Caracas on Tuesday.").deals
    assert set(deal.parties) == {"Colombia", "ELN"}
    assert deal.status == "negotiating"


def test_a_demonyms_army_and_the_group_it_fights_begin_talks() -> None:
    briefing = brief("The Sudanese army and the RSF began talks in Jeddah on Tuesday.")
    assert "Sudanese army" in names(briefing)
    [deal] = briefing.deals
    assert {"Sudanese army", "Rapid Support Forces"} <= set(deal.parties)


def test_the_army_at_war_with_the_group_is_a_party_of_the_war() -> None:
    briefing = brief(
        "The Sudanese army and the RSF have been at war since April 2023. Sudan's army chief "
        "Abdel Fattah al-Burhan rejected the truce on Sunday."
    )
    [war] = briefing.disputes
    assert {"Sudanese army", "Rapid Support Forces"} <= set(war.parties)


def test_an_army_in_a_list_of_objects_is_no_actor() -> None:
    briefing = brief("Fuel was supplied to the Sudanese army and the RSF by traders in Chad.")
    assert "Sudanese army" not in names(briefing)


def test_a_deal_named_for_a_city_after_the_is_a_noun_not_its_subject() -> None:
    briefing = brief(
        "Saudi Foreign Minister Prince Faisal bin Farhan met Iran's Abbas Araghchi in Tehran on "
        'Monday. Prince Faisal said the kingdom was committed to "building on the Beijing '
        'agreement".'
    )
    assert not any("China" in d.parties for d in briefing.deals), briefing.deals
