"""More wire phrasings the engine misread, found by probing sentences written in wire style:
a participle that escalates a row "with" a named side after a clause naming a foreign company;
a subject set off as an apposition ("Colombia's president, Gustavo Petro, ordered ...");
sovereignty handed over by treaty; a membership suspended; a body's censure; a later clause
that names both sides when the first names one; an agreement "ended" or talks ended "with an
agreement"; a date of what the deal ends; a gerund after a verb of aspect in a title."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[set[str]]:
    return [set(d.parties) for d in brief(text).disputes]


def test_a_participle_escalating_a_row_with_a_named_side() -> None:
    found = _disputes(
        "NIAMEY (Reuters) - Niger's military rulers revoked the operating licence of French "
        "nuclear fuel company Orano on Thursday, escalating a dispute with Paris."
    )
    assert {"Niger", "France"} <= set().union(*found), found


def test_a_subject_set_off_as_an_apposition_owns_the_act() -> None:
    found = _disputes(
        "BOGOTA (AP) - Colombia's president, Gustavo Petro, ordered the expulsion of two U.S. "
        "diplomats on Sunday."
    )
    assert any({"Colombia", "United States"} <= d for d in found), found


def test_sovereignty_handed_over_by_treaty_is_no_claim() -> None:
    briefing = brief(
        "LONDON (Reuters) - Britain and Mauritius signed a treaty on Thursday handing "
        "sovereignty over the Chagos Islands to Mauritius while keeping the U.S.-UK military "
        "base on Diego Garcia under British control for 99 years."
    )
    assert not briefing.disputes, [d.title for d in briefing.disputes]
    assert any(set(d.parties) == {"United Kingdom", "Mauritius"} for d in briefing.deals)


def test_a_membership_suspended_by_a_body() -> None:
    found = _disputes(
        "ADDIS ABABA (AFP) - The African Union suspended Guinea's membership on Monday after "
        "the military seized power in a coup."
    )
    assert {"African Union", "Guinea"} in found, found


def test_a_resolution_censuring_a_state() -> None:
    found = _disputes(
        "VIENNA (Reuters) - The IAEA board passed a resolution censuring Iran on Thursday for "
        "failing to cooperate with inspectors."
    )
    assert any({"Iran"} < d for d in found), found


def test_a_motion_of_censure_at_home_is_still_no_foreign_row() -> None:
    assert not _disputes("Parliament voted to censure the government over the budget.")


def test_a_later_clause_names_both_sides_when_the_first_names_one() -> None:
    found = _disputes(
        "PORT LOUIS (Reuters) - Mauritius renewed its claim to the islands on Monday, accusing "
        "Britain of stalling."
    )
    assert {"Mauritius", "United Kingdom"} in found, found


def test_a_participle_after_a_speaker_has_the_speaker_for_subject() -> None:
    briefing = brief(
        "YEREVAN (Reuters) - Armenia said on Monday it would freeze its participation in the "
        "Russian-led Collective Security Treaty Organization, accusing the bloc of failing to "
        "protect it."
    )
    titles = [d.title for d in briefing.disputes]
    assert titles and not any(t.startswith("CSTO vs") for t in titles), titles


def test_an_agreement_ended_has_collapsed() -> None:
    briefing = brief(
        "N'DJAMENA (AFP) - Chad's government ended a defence cooperation agreement with France "
        "on Thursday, saying it wanted to assert its full sovereignty."
    )
    assert [d.status for d in briefing.deals] == ["collapsed"], briefing.deals


def test_talks_ended_with_an_agreement_are_agreed() -> None:
    briefing = brief(
        "ISTANBUL (Reuters) - Russia and Ukraine ended talks in Istanbul on Friday with an "
        "agreement to swap prisoners."
    )
    assert [d.status for d in briefing.deals] == ["agreed"], briefing.deals


def test_the_date_of_what_a_deal_ends_is_not_the_deals() -> None:
    briefing = brief(
        "BISHKEK (Reuters) - Kyrgyzstan and Tajikistan signed a treaty on Thursday finalising "
        "the demarcation of their shared border, ending a dispute that led to deadly clashes in "
        "2021 and 2022."
    )
    assert briefing.deals and all(not (d.when or "").startswith("202") for d in briefing.deals)


def test_a_gerund_after_a_verb_of_aspect_stays_in_the_title() -> None:
    briefing = brief(
        "TOKYO (Kyodo) - Japan and South Korea agreed on Saturday to keep working on a memorial "
        "for wartime labourers."
    )
    assert [d.title.split(": ", 1)[1] for d in briefing.deals] == [
        "Agreement to keep working on a memorial"
    ]


def test_a_captain_arrested_with_a_protest_from_his_state() -> None:
    found = _disputes(
        "TOKYO (Kyodo) - Japan's coast guard arrested the captain of a Chinese fishing boat on "
        "Monday, prompting a protest from Beijing."
    )
    assert any({"Japan", "China"} <= d for d in found), found


def test_a_broker_named_as_an_adjective_before_auspices() -> None:
    briefing = brief(
        "BEIRUT (AP) - Israel and Lebanon agreed on Wednesday to hold talks on their land "
        "border under U.S. auspices, officials said."
    )
    assert [d.title.split(":")[0] for d in briefing.deals] == ["Israel–Lebanon"]


def test_members_abstaining_are_no_parties_of_a_mandate() -> None:
    briefing = brief(
        "UNITED NATIONS (Reuters) - The U.N. Security Council extended the mandate of the "
        "peacekeeping mission in South Sudan for another year on Thursday, with Russia and "
        "China abstaining."
    )
    assert briefing.deals
    assert all(not {"Russia", "China"} & set(d.parties) for d in briefing.deals)


def test_who_gives_what_a_deal_is_traded_for_is_its_other_party() -> None:
    briefing = brief(
        "MEXICO CITY (Reuters) - Mexico agreed to send 10,000 National Guard troops to its "
        "northern border in exchange for a one-month pause in U.S. tariffs, President Claudia "
        "Sheinbaum said."
    )
    assert any({"Mexico", "United States"} <= set(d.parties) for d in briefing.deals)


def test_a_truce_ended_in_a_clause_of_a_past_year_is_background() -> None:
    briefing = brief(
        "YANGON (AFP) - Myanmar's military said on Monday it had retaken two towns in Rakhine "
        "state. The military has been fighting the Arakan Army since late 2023, when the group "
        "ended an informal truce and seized dozens of bases."
    )
    assert not briefing.deals, [d.title for d in briefing.deals]


def test_a_participle_of_agreeing_after_a_meeting() -> None:
    briefing = brief(
        "NEW DELHI (PTI) - China and India met in Beijing on Monday, agreeing to resume direct "
        "flights."
    )
    assert [(d.title, d.status) for d in briefing.deals] == [
        ("China–India: Agreement to resume direct flights", "agreed")
    ]


def test_an_exchange_is_titled_by_the_swap_not_by_what_is_swapped() -> None:
    briefing = brief(
        "BAKU (AFP) - Azerbaijan and Armenia exchanged prisoners on Wednesday, the two "
        "governments said."
    )
    assert [d.title.split(": ", 1)[1] for d in briefing.deals] == ["Exchange of prisoners"]


def test_a_match_won_by_a_score_is_no_clash_of_states() -> None:
    assert not _disputes(
        "STUTTGART (AP) - Spain beat Germany 2-1 in a bruising clash in Stuttgart on Friday."
    )


def test_a_rate_is_no_part_of_a_measures_title() -> None:
    briefing = brief(
        "OTTAWA (Reuters) - Canada imposed a 25 percent tariff on Chinese electric vehicles on "
        "Monday, prompting Beijing to launch an anti-dumping probe into Canadian canola."
    )
    titles = [d.title for d in briefing.disputes]
    assert titles and not any("Percent" in t for t in titles), titles


def test_a_side_named_by_its_adjective_is_cut_from_the_title() -> None:
    briefing = brief("TEHRAN (AFP) - Iran held talks with a Saudi delegation on Monday.")
    assert [d.title for d in briefing.deals] == ["Iran–Saudi Arabia: Talks"]


def test_ties_cut_or_broken_off_are_titled_without_the_subject_or_particle() -> None:
    for verb in ("cut", "broke off"):
        briefing = brief(f"BOGOTA (AP) - Colombia {verb} diplomatic ties with Israel on Monday.")
        titles = [d.title.split(": ", 1)[1] for d in briefing.disputes]
        assert titles == ["Diplomatic ties"], titles
