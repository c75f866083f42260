"""Whom "the two governments", "the two sides" and "the two neighbours" stand for (issue 11, the
sixth session): a side the sentence itself names is one of them; a spokesperson is none; a
story whose lede names one pair of states keeps it when a later sentence names a helper."""

from __future__ import annotations

from offline_support import brief


def test_the_side_the_sentence_names_is_one_of_the_two_governments() -> None:
    deals = brief(
        "SEOUL (Wire) - South Korean President Lee Jae-myung and Japanese Prime Minister "
        "Shigeru Ishiba met in Busan on Tuesday.\n\n"
        '"There is no room to turn our backs on each other," Lee said, referring to North '
        "Korea's missile programme and its military ties with Russia.\n\n"
        "Ishiba said Japan valued the talks and that the two governments had agreed to "
        "cooperate on hydrogen supply chains."
    ).deals
    hydrogen = [d for d in deals if "hydrogen" in d.title.casefold()]
    assert hydrogen, [d.title for d in deals]
    assert {"South Korea", "Japan"} <= set(hydrogen[0].parties)
    assert not {"North Korea", "Russia"} & set(hydrogen[0].parties)


def test_a_spokesperson_is_not_one_of_the_two_sides() -> None:
    deals = brief(
        "BEIJING (Wire) - The United States and China agreed a one-year trade truce in Busan "
        "last month.\n\n"
        "China's Commerce Ministry said it firmly opposed the new export listings, "
        "spokesperson Liu Meihua told a regular briefing. She did not say what measures would "
        "follow.\n\n"
        "The two sides have largely stuck to the Busan deal."
    ).deals
    assert all("Liu Meihua" not in d.parties for d in deals), [d.parties for d in deals]


def test_the_two_neighbours_of_the_lede_are_not_replaced_by_a_helper() -> None:
    disputes = brief(
        "PHNOM PENH (Wire) - Thailand and Cambodia agreed on Thursday to a ceasefire along "
        "their disputed border after four days of artillery duels.\n\n"
        "Cambodian Prime Minister Hun Manet thanked Malaysia for its help.\n\n"
        "The last serious clashes between the two neighbours, between 2008 and 2011, killed "
        "about two dozen people."
    ).disputes
    assert all("Malaysia" not in d.parties for d in disputes), [d.parties for d in disputes]
