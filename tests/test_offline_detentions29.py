"""A state's act on another state's nationals: detaining, arresting, jailing or sentencing
them is an act on that state when the text makes it a matter between states: a participle of
reaction (", drawing condemnation from X", ", prompting X to summon ...") or a demand for
their release. A court jailing a foreigner with no reaction of his state is no dispute."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_a_sentence_drawing_condemnation_from_the_victims_state_is_a_row_with_it() -> None:
    found = _disputes(
        "Russia sentenced a U.S. citizen to 12 years, drawing condemnation from Washington."
    )
    assert len(found) == 1, found
    title, parties = found[0]
    assert parties == {"Russia", "United States"}, found
    assert title == "Russia vs United States: Sentencing of a U.S. citizen", found


def test_an_arrest_prompting_a_summoning_sets_the_arresting_state_against_the_other() -> None:
    found = _disputes(
        "Iran arrested two French nationals on Sunday, prompting Paris to summon Iran's ambassador."
    )
    assert found, found
    assert all(parties == {"Iran", "France"} for _, parties in found), found
    assert any(title.startswith("Iran vs France") for title, _ in found), found


def test_a_court_jailing_foreigners_with_no_reaction_of_their_state_is_no_dispute() -> None:
    assert _disputes("Russia sentenced a U.S. citizen to 12 years in a penal colony.") == []
    assert (
        _disputes(
            "An Indonesian court jailed two Australian tourists for 14 years on Thursday for "
            "smuggling cocaine."
        )
        == []
    )


def test_a_release_demand_next_answers_the_jailing_of_one_national() -> None:
    found = _disputes(
        "A Belarusian court sentenced a Lithuanian citizen to eight years on Thursday. "
        "Lithuania demanded his immediate release."
    )
    assert len(found) == 1, found
    assert found[0][1] == {"Belarus", "Lithuania"}, found
    assert found[0][0].startswith("Lithuania vs Belarus"), found


def test_a_state_name_used_as_a_demonym_describes_one_person_not_the_state() -> None:
    # "a U.S. citizen" is "an American citizen": where she comes from, no side of the act.
    found = _disputes("Russia arrested a U.S. citizen in Moscow on Friday.")
    assert found == [], found


def test_condemning_the_verdict_next_answers_the_state_that_jailed_its_national() -> None:
    found = _disputes(
        "A Belarusian court sentenced a Lithuanian citizen to eight years on Thursday. "
        "Vilnius condemned the verdict."
    )
    assert len(found) == 1, found
    assert found[0][1] == {"Belarus", "Lithuania"}, found
    assert found[0][0].startswith("Lithuania vs Belarus"), found
