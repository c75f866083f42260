"""Rows inside one state's politics: who opposes whom among its parties, government,
coalition partners and opposition."""

from __future__ import annotations

from summarizer._engines.offline._events import _clauses
from summarizer._engines.offline._sentences import split
from tests.offline_support import actor, brief, names

_SHORT_FORMS = (
    "WELLINGTON - The Progressive Alliance voted against the government's budget in parliament "
    "on Tuesday over a plan to raise the goods and services tax, plunging the coalition into "
    "crisis. The Labour Democratic Party relied on smaller parties to pass the plan. "
    "The LDP's general secretary, Mere Tane, accused the PA of wanting to govern and oppose "
    'at once. "We were not consulted," PA leader Tom Hale told reporters.'
)


def test_a_short_form_in_capitals_is_the_party_whose_initials_it_is() -> None:
    briefing = brief(_SHORT_FORMS)
    assert "PA" in actor(briefing, "Progressive Alliance").aliases
    assert "LDP" in actor(briefing, "Labour Democratic Party").aliases


def test_a_party_accused_by_its_short_form_is_the_other_side_not_the_state() -> None:
    briefing = brief(_SHORT_FORMS)
    sides = [set(d.parties) for d in briefing.disputes]
    assert any("Progressive Alliance" in s and "Mere Tane" in s for s in sides), sides
    assert not any("New Zealand" in s for s in sides), sides


def test_initials_two_bodies_share_name_neither() -> None:
    text = (
        "The Democratic Alliance and the Dairy Association met on Monday. "
        "The DA said talks would go on. The Democratic Alliance said it was pleased."
    )
    briefing = brief(text)
    for name in ("Democratic Alliance", "Dairy Association"):
        found = [a for a in briefing.actors if a.name == name]
        assert not found or "DA" not in found[0].aliases


def test_a_language_community_is_no_state() -> None:
    text = (
        "BRUSSELS - The Flemish Green Party said on Wednesday it would not back the pension "
        "bill, a demand the French-speaking liberals rejected outright. The bill would cut "
        "pensions by up to 5%."
    )
    assert "France" not in names(brief(text))


def test_the_act_behind_an_upheaval_is_the_clause_after_after() -> None:
    text = (
        "Slovenia's ruling coalition was thrown into crisis on Tuesday after the Left Union, "
        "its smallest member, said it would vote against the pension bill."
    )
    sentence = next(s for s in split(text) if s.body)
    clauses = [sentence.text[a:b] for a, b in _clauses(sentence)]
    assert clauses[-1].startswith("the Left Union"), clauses
    # No upheaval, no cut: "after" alone may join an act to its cause between two sides.
    plain = next(
        s for s in split("Russia expelled two diplomats after Estonia expelled three.") if s.body
    )
    assert len(_clauses(plain)) == 1
