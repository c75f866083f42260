"""False sides of a dispute (threads20): a cue inside a compound that names something else, a
name inside a longer name, and critics set against each other by judging the same act.

Invented sentences; each test names the rule it guards.
"""

from __future__ import annotations

from offline_support import brief

from summarizer import BriefingDraft


def _titles(b: BriefingDraft) -> list[str]:
    return [d.title for d in b.disputes]


def test_war_crimes_name_no_war_but_an_accusation_of_them_stays() -> None:
    b = brief(
        "Kosovo's foreign ministry rejected the report. A former Kosovo Liberation Army "
        "commander was convicted of war crimes by the court, which Serbia's president welcomed."
    )
    assert not any("War" in t for t in _titles(b)), _titles(b)
    b = brief("Serbia accused Kosovo of war crimes on Monday.")
    assert _titles(b) == ["Serbia vs Kosovo: Accusations of war crimes"]


def test_a_trade_war_adviser_is_no_trade_war() -> None:
    b = brief(
        "A former trade war adviser to the Japanese government said on Monday that Japan and "
        "China were at odds over seafood imports."
    )
    assert _titles(b) == ["Japan–China: At odds over seafood imports"]


def test_a_name_inside_a_committee_name_is_no_side() -> None:
    b = brief(
        "The House Select Committee on the Chinese Communist Party said on Thursday that "
        "Chinese solar makers had sourced materials from Xinjiang, and urged the Commerce "
        "Department to add them to a trade blacklist. China rejected the report as slander."
    )
    for d in b.disputes:
        assert "Chinese Communist Party" not in d.parties, (d.title, d.parties)


def test_a_second_critic_of_an_act_stands_with_the_first_not_against_it() -> None:
    b = brief(
        "Britain and France condemned on Saturday Iran's seizure of a Greek-operated tanker "
        "in the Strait of Hormuz and demanded the release of its crew. Germany and Italy also "
        "condemned the seizure. Iran rejected the criticism, saying the tanker had broken "
        "Iranian law."
    )
    assert b.disputes, "the seizure row is found"
    for d in b.disputes:
        # Critics of one act are on one side: never Germany against Britain.
        assert not {"Germany", "United Kingdom"} <= set(d.parties), (d.title, d.parties)
        assert "Iran" in d.parties
