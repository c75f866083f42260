"""Who the sides of a dispute are: the doer and the target of the act, never a name that only
measures, reports, hosts or is said to be served by what a charge names."""

from __future__ import annotations

from tests.offline_support import brief


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return [(d.title, d.parties) for d in brief(text).disputes]


def test_who_answers_an_act_in_a_participle_clause_is_its_other_side() -> None:
    text = (
        "Fiji's navy seized a Korean-flagged tuna boat and detained its crew of nine inside "
        "the Pacific nation's fishing zone, officials said on Monday, drawing a sharp protest "
        "from South Korea.\n\nSouth Korea's foreign ministry said the boat had been fishing "
        "legally."
    )
    found = _sides(text)
    assert any("Fiji" in p and "South Korea" in p for _, p in found), found
    assert all(t.split(":")[0].count("vs") <= 1 for t, _ in found)


def test_the_standard_of_a_size_comparison_is_no_side() -> None:
    text = (
        "Fiji's navy seized a tuna boat on Monday, officials said.\n\n"
        "Fiji has long complained that its navy has two patrol boats to guard a fishing zone "
        "roughly the size of Spain."
    )
    for title, parties in _sides(text):
        assert "Spain" not in parties, (title, parties)


def test_an_act_told_before_takes_no_sides_from_its_clause_of_time() -> None:
    text = (
        "Fiji's navy seized a Korean-flagged tuna boat on Monday, drawing a protest from "
        "Seoul.\n\nThe seizure came as Fiji and New Zealand signed an agreement on Tuesday "
        "for Wellington to fund a third patrol boat."
    )
    for title, parties in _sides(text):
        assert "New Zealand" not in parties, (title, parties)


def test_a_speaker_of_a_clause_joined_by_and_is_no_side_of_the_first_clause() -> None:
    text = (
        'Venezuela\'s foreign ministry called the move "an act of economic aggression," and '
        "its deputy foreign minister, Ramon Quintero, said Caracas would not bow to pressure."
    )
    for title, parties in _sides(text):
        assert "Ramon Quintero" not in parties, (title, parties)


def test_whom_a_charged_act_is_said_to_serve_is_no_side() -> None:
    text = (
        "A court run by the Taliban opened the trial of six local staff of United Nations "
        "agencies on charges of spying for Britain and Germany, drawing condemnation from "
        "the United Nations, which demanded their release."
    )
    for title, parties in _sides(text):
        assert "Britain" not in parties and "United Kingdom" not in parties, (title, parties)
        assert "Germany" not in parties, (title, parties)


def test_a_title_is_over_what_the_act_names_not_over_its_doer() -> None:
    text = (
        "Fiji's navy seized a Korean-flagged tuna boat and detained its crew of nine inside "
        "the Pacific nation's fishing zone, officials said on Monday, drawing a sharp protest "
        "from South Korea.\n\nSouth Korea's foreign ministry said the boat had been fishing "
        "legally."
    )
    titles = [title for title, _ in _sides(text)]
    assert titles, titles
    assert all("navy" not in title.casefold() for title in titles), titles


def test_a_camp_shelled_and_a_cited_source_are_no_sides() -> None:
    text = (
        "This week the RSF tightened its siege of El Fasher, shelling the city's main hospital "
        "and the Zamzam displacement camp, according to local medics and United Nations "
        "officials.\n\nThe Rapid Support Forces have fought Sudan's army since 2023."
    )
    for title, parties in _sides(text):
        assert "United Nations" not in parties and "Zamzam" not in parties, (title, parties)
