"""A title is a readable noun phrase naming the subject: never a clause (the doer and its verb),
never a phrase opening on a preposition, never a party's name or a time, never a phrase cut
inside (an infinitive before its object, a modifier before its noun); with no clean phrase the
label names the event."""

from __future__ import annotations

from offline_support import brief


def _titles(text: str) -> list[str]:
    briefing = brief(text)
    return [d.title for d in briefing.disputes] + [d.title for d in briefing.deals]


def _one(text: str) -> str:
    titles = _titles(text)
    assert titles, "no dispute or deal"
    return titles[0].split(": ", 1)[-1]


def test_the_doer_and_its_verb_are_no_title() -> None:
    what = _one("Japan scrambled jets after two Russian bombers flew near its airspace.")
    assert "flew" not in what
    assert what.startswith("Incursion")


def test_a_talks_title_does_not_open_on_a_preposition() -> None:
    what = _one(
        "Ghana is in talks with Togo on a second transmission line to carry power along "
        "the coast, the energy minister said."
    )
    assert not what.startswith("In ")
    assert what.startswith("Talks")


def test_a_party_is_no_part_of_the_title() -> None:
    titles = _titles(
        "Mozambique is in talks with Italy's Eni on a second floating platform, the minister said."
    )
    assert titles
    assert all("Eni" not in t.split(": ", 1)[-1] for t in titles)


def test_a_season_is_no_part_of_the_title() -> None:
    what = _one(
        "Jordan signed a border security pact with Syria this autumn, the foreign minister said."
    )
    assert "autumn" not in what


def test_an_infinitive_cut_before_its_object_goes() -> None:
    what = _one(
        "Bolivia and Chile are in talks on a new memorandum to reopen a gas pipeline to "
        "northern Chile that has been shut since 2004, and more words follow here."
    )
    assert not what.endswith(("to reopen", "to"))


def test_a_modifier_without_its_noun_is_no_title() -> None:
    what = _one("Burundi closed its main border crossing with Congo on Sunday.")
    assert what != "Main border"


def test_a_place_near_which_an_act_was_done_is_not_what_it_is_over() -> None:
    what = _one(
        "Peru seized a Chinese-flagged fishing vessel and detained its 24 crew members "
        "inside the marine reserve around the Lobos Islands on Sunday, prompting a protest "
        "from China."
    )
    assert "over islands" not in what
