"""Threads: one item per subject and pair of sides, not one per pair, and not one per clause.

Invented sentences; each test names the rule it guards.
"""

from __future__ import annotations

from offline_support import brief

from summarizer import BriefingDraft


def _deals(b: BriefingDraft) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in b.deals]


def test_two_deals_of_one_pair_on_two_subjects_are_two_items_with_their_own_status() -> None:
    b = brief(
        "Chile and Peru signed an agreement to build a rail link between Tacna and Arica on "
        "Monday. Chile and Peru are also negotiating an agreement on sharing water from the "
        "Lauca river, officials said."
    )
    assert _deals(b) == [
        ("Chile–Peru: Agreement to build a rail link", "signed"),
        ("Chile–Peru: Agreement on sharing water", "negotiating"),
    ]


def test_one_deal_retold_by_the_deal_the_agreement_and_a_quote_is_one_item() -> None:
    b = brief(
        "Chile and Peru signed an agreement on Monday to build a rail link between Tacna and "
        "Arica, officials said. The deal will cut travel times for workers, Chile's foreign "
        'minister said. "This agreement shows that our two countries can work together," '
        "Peru's foreign minister said. The agreement still needs approval by Peru's congress."
    )
    assert len(b.deals) == 1
    assert b.deals[0].status == "signed"
    assert "rail link" in b.deals[0].title


def test_a_deal_named_back_by_its_subject_joins_the_deal_of_that_subject() -> None:
    b = brief(
        "Chile and Peru signed an agreement on Monday on managing the water of the Lauca "
        "river, and agreed to set up a joint company to build a rail link to Arica. The water "
        "agreement, signed in Lima, guarantees minimum flows in summer, officials said."
    )
    by_title = {d.title: d for d in b.deals}
    assert set(by_title) == {
        "Chile–Peru: Agreement on managing the water of the Lauca river",
        "Chile–Peru: Agreement to set up a joint company",
    }
    water = by_title["Chile–Peru: Agreement on managing the water of the Lauca river"]
    assert any("The water agreement" in q.quote for q in water.evidence)
    company = by_title["Chile–Peru: Agreement to set up a joint company"]
    assert not any("water" in q.quote for q in company.evidence)


def test_a_protest_and_a_row_over_another_matter_between_one_pair_are_two_disputes() -> None:
    b = brief(
        "Chile lodged a formal protest with Peru on Tuesday after a Peruvian navy ship entered "
        "Chilean waters near Arica. Peru rejected the protest. The incident comes as the two "
        "countries are at odds over the price of water from the Lauca river."
    )
    titles = [d.title for d in b.disputes]
    assert len(titles) == 2
    assert titles[1].endswith("At odds over the price of water")
    # The rejection answers the protest: it stays in the protest's item.
    assert any("rejected the protest" in q.quote for q in b.disputes[0].evidence)


def test_a_pointer_to_past_deals_does_not_retitle_the_deal_told() -> None:
    b = brief(
        "Kenya and Tanzania agreed on Wednesday to remove 14 non-tariff barriers that have "
        "held up trade between them. Analysts said past agreements between Kenya and Tanzania "
        "were not always put into practice at the border."
    )
    assert _deals(b) == [("Kenya–Tanzania: Agreement to remove 14 non-tariff barriers", "agreed")]


def test_the_two_countries_after_an_aside_on_another_pair_is_left_open() -> None:
    b = brief(
        "Peru says fishing row with Chile goes on\n\nLIMA, May 2 (Reuters) - Peru accused Chile "
        "on Monday of letting industrial trawlers into its waters, deepening a row over anchovy "
        "stocks.\n\nSeparately, Peru and Japan signed a memorandum on port investment on "
        "Monday, the Japanese embassy said.\n\nThe two countries signed a declaration in Quito "
        "in March in which they promised to avoid any escalation, but did not settle the row."
    )
    # The aside's deal stands; "the two countries" after it is not Peru and Japan.
    assert [d.title for d in b.deals] == ["Peru–Japan: Memorandum on port investment"]
