"""Commentary pages read as a reader reads them: a fronted place phrase before the subject, and
an instrument defined by the relative clause that tells who made it with whom."""

from __future__ import annotations

from offline_support import brief


def _deal_titles(text: str) -> list[str]:
    return [d.title for d in brief(text).deals]


def test_fronted_place_phrase_is_no_list_of_places() -> None:
    titles = _deal_titles(
        "In Sochi, Russia and Belarus agreed on all 28 programs intended to deepen economic "
        "integration. Relations between the two are close."
    )
    assert any("Russia" in t and "Belarus" in t for t in titles), titles


def test_fronted_phrase_after_a_date_and_talks() -> None:
    titles = _deal_titles(
        "On May 28, after talks in Asmara, Eritrea and Ethiopia agreed to reopen the road "
        "link to the port of Assab. Trade could resume within weeks."
    )
    assert any("Eritrea" in t and "Ethiopia" in t for t in titles), titles


def test_city_and_country_address_still_a_place() -> None:
    briefing = brief(
        "Protesters in Sochi, Russia, marched on Monday. Armenia and Azerbaijan signed a "
        "border protocol in Sochi, Russia, on Tuesday."
    )
    for deal in briefing.deals:
        assert "Russia" not in deal.title, deal.title


def test_instrument_defined_by_relative_clause() -> None:
    titles = _deal_titles(
        "Somalia is angry about the memorandum of understanding that Ethiopia signed with "
        "Somaliland on New Year's Day. Somalia recalled its ambassador."
    )
    assert any("Ethiopia" in t and "Somaliland" in t for t in titles), titles


def test_partner_described_before_its_name() -> None:
    titles = _deal_titles(
        "Somalia is angry about the memorandum of understanding that Ethiopia signed with the "
        "breakaway region of Somaliland on New Year's Day. Mogadishu recalled its ambassador."
    )
    assert any("Ethiopia" in t and "Somaliland" in t for t in titles), titles


def test_instrument_named_by_its_year_ended_now() -> None:
    briefing = brief(
        "On January 25, Mali announced the termination of the 2015 peace agreement with "
        "Algeria. Relations between the neighbours are at their lowest in years."
    )
    found = [d for d in briefing.deals if "Mali" in d.title and "Algeria" in d.title]
    assert found, [d.title for d in briefing.deals]
    assert found[0].status == "collapsed"


def test_instrument_ended_in_a_past_year_stays_background() -> None:
    briefing = brief(
        "In 2019, Mali terminated the 2015 peace agreement with Algeria. Relations between "
        "the neighbours are at their lowest in years."
    )
    assert not briefing.deals, [d.title for d in briefing.deals]


def test_cue_of_a_fronted_phrase_yields_to_the_main_clause() -> None:
    titles = _deal_titles(
        "After twenty years of negotiations, the European Union and Mercosur are close to a "
        "free trade agreement. Ministers are due to meet in Brussels later this month."
    )
    assert any("European Union" in t and "Mercosur" in t for t in titles), titles


def test_modal_that_hedges_nearness_keeps_the_deal() -> None:
    titles = _deal_titles(
        "The European Union and Mercosur may be close to a free trade agreement. Ministers "
        "are due to meet in Brussels later this month."
    )
    assert any("European Union" in t and "Mercosur" in t for t in titles), titles


def test_modal_on_the_act_itself_still_abstains() -> None:
    titles = _deal_titles(
        "The European Union and Mercosur may sign a free trade agreement one day. Ministers "
        "are due to meet in Brussels later this month."
    )
    assert not titles, titles


def test_evicting_a_named_state_is_an_expulsion() -> None:
    briefing = brief(
        "The Kyrgyz parliament voted to evict the Americans from the air base, and Washington "
        "has been given until August 18 to leave. Kyrgyzstan needs Russian money."
    )
    assert any("Kyrgyzstan" in d.title and "United States" in d.title for d in briefing.disputes)


def test_evicting_tenants_is_no_dispute() -> None:
    briefing = brief(
        "The city council in Bishkek voted to evict the tenants of the block on Monday. "
        "Kyrgyzstan has a housing shortage."
    )
    assert not briefing.disputes, [d.title for d in briefing.disputes]
