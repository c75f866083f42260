"""Whether a clause reports a dispute at all: a measure lifted or waived is an easing, not a
row; a lifting sought leaves the row standing; the body a complaint is filed with, the places a
cable links and a sovereignty kept name no side; a year told from the news dates an act as
history."""

from __future__ import annotations

from offline_support import brief


def _pairs(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_sanctions_ended_by_one_state_are_no_row_with_the_other() -> None:
    text = (
        "Gulf donors pledged $4 billion for Syria's reconstruction at a conference in Riyadh "
        "on Tuesday. Washington ended its Syria sanctions programme by executive order in "
        "June, and the European Union lifted its economic sanctions in May."
    )
    assert not any({"United States", "Syria"} <= s for s in _pairs(text)), _pairs(text)


def test_talks_on_lifting_sanctions_leave_the_row_over_them() -> None:
    text = (
        "Venezuela freed two American prisoners on Wednesday in exchange for a businessman "
        "held in the United States. Venezuelan Foreign Minister Yvan Gil said he hoped the "
        "swap would pave the way for direct talks between Caracas and Washington on lifting "
        "oil sanctions. The United States imposed sweeping sanctions on Venezuela's state oil "
        "company in 2019."
    )
    disputes = brief(text).disputes
    assert any({"United States", "Venezuela"} <= set(d.parties) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_the_body_a_complaint_is_filed_with_is_no_side() -> None:
    text = (
        "Ecuador imposed a 30% tariff on Colombian imports last week. Colombia has also filed "
        "a complaint with the secretariat of the Andean Community, arguing that the tariff "
        "violates the bloc's free trade rules."
    )
    assert not any("Andean Community" in s for s in _pairs(text)), _pairs(text)


def test_the_places_a_cable_links_are_no_sides_of_its_seizure() -> None:
    text = (
        "Swedish authorities have boarded and detained an oil tanker suspected of damaging an "
        "undersea power cable linking Sweden and Lithuania, officials said on Monday."
    )
    assert not any({"Sweden", "Lithuania"} <= s for s in _pairs(text)), _pairs(text)


def test_a_sovereignty_kept_is_no_territorial_claim() -> None:
    text = (
        "The August summit hosted by U.S. President Donald Trump also produced an agreement to "
        "develop a transport route across southern Armenia. U.S. and Armenian officials are "
        "negotiating the terms of a company that would build and operate the route, with "
        "Armenia retaining sovereignty over it."
    )
    assert not any({"Armenia", "United States"} <= s for s in _pairs(text)), _pairs(text)


def test_an_act_in_an_aside_of_last_year_leaves_this_months_news() -> None:
    text = (
        "Niger's military government this month exported its first uranium from the Somair "
        "mine, which it nationalised last year, defying an order by an international tribunal "
        "and setting up a new legal battle with the French nuclear group Orano."
    )
    assert any("Orano" in s or "France" in s for s in _pairs(text)), _pairs(text)


def test_a_cue_inside_the_name_of_an_arrangement_is_no_case() -> None:
    text = (
        "The WTO's Appellate Body has been unable to hear appeals since 2019. Around 60 "
        "members, including the EU, China, Japan and Canada, have signed up to a stopgap, the "
        "Multi-Party Interim Appeal Arbitration Arrangement, under which they agree to settle "
        "appeals among themselves through arbitration."
    )
    assert not any({"China", "Japan"} <= s for s in _pairs(text)), _pairs(text)


def test_a_colon_ends_the_clause_of_a_threat_felt() -> None:
    text = (
        "Azerbaijan's president Ilham Aliyev called the route a corridor through Armenia. "
        "For many Armenians, that phrase carried a threat: Aliyev had in the past suggested "
        "the corridor could be opened by force."
    )
    assert not any({"Armenia", "Azerbaijan"} <= s for s in _pairs(text)), _pairs(text)
