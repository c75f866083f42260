"""How a deal is reached, left and denied (round turns30, issue 11): "reached an
understanding", "which ASEAN and China have been negotiating", "withdrew from the nuclear deal",
"would terminate its agreement" (neither proposed nor yet collapsed), "but that deal was
suspended", a deal one side denies, and "Central America" (a region, not the United States)."""

from __future__ import annotations

from offline_support import brief, names


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_reaching_an_understanding_is_a_deal() -> None:
    assert _deals(
        "Manila and Beijing reached a provisional understanding on resupply missions on Monday."
    ) == [({"Philippines", "China"}, "agreed")]


def test_the_pair_a_relative_clause_says_negotiates_it() -> None:
    deals = _deals(
        "Marcos wants to conclude a code of conduct for the South China Sea, which ASEAN and "
        "China have been negotiating since 2002."
    )
    assert deals == [({"ASEAN", "China"}, "negotiating")]


def test_a_relative_clause_about_a_thing_names_no_deal() -> None:
    assert _deals("The port, which China built in 2015, hosts Chinese warships.") == []


def test_who_withdraws_from_a_deal_was_its_party() -> None:
    deals = _deals(
        "Tehran has complained for years. Washington withdrew from the nuclear deal with Iran "
        "on Tuesday."
    )
    assert deals == [({"United States", "Iran"}, "collapsed")]


def test_a_planned_termination_is_no_proposal() -> None:
    deals = _deals(
        "Ankara has long complained about the pipeline. Turkey said on Monday it would "
        "terminate its 1973 pipeline agreement with Iraq when it expires next July."
    )
    assert deals == [({"Turkey", "Iraq"}, "unclear")]


def test_what_became_of_a_deal_in_the_next_clause_is_its_status() -> None:
    deals = _deals(
        "Guatemala and the United States signed an agreement on asylum seekers, but that deal "
        "was suspended after protests."
    )
    assert deals == [({"Guatemala", "United States"}, "stalled")]


def test_a_deal_one_side_denies_is_unclear() -> None:
    text = (
        "GUATEMALA CITY (Wire) - Guatemala's government on Thursday denied that it had agreed to "
        "receive asylum seekers stranded in southern Mexico, a day after Mexican officials said "
        "the two countries had reached an understanding on a regional plan to share "
        "responsibility for people fleeing violence in Central America."
    )
    briefing = brief(text)
    assert "United States" not in names(briefing)
    assert [(set(d.parties), d.status) for d in briefing.deals] == [
        ({"Guatemala", "Mexico"}, "unclear")
    ]
