"""Titles that name what a dispute or a deal is about when its clause names it (issue 11,
round titles24): the object a verb of negotiating takes, the modifiers after a headline's verb,
an indirect question after a preposition, a name's short form in brackets, a count before its
noun, a manner or venue between a verb and its infinitive."""

from __future__ import annotations

from offline_support import brief


def _deal_titles(text: str) -> list[str]:
    return [d.title for d in brief(text).deals]


def _dispute_titles(text: str) -> list[str]:
    return [d.title for d in brief(text).disputes]


def test_what_is_negotiated_names_the_talks() -> None:
    titles = _deal_titles(
        "Kenya and Uganda are negotiating a joint patrol regime for the waters around the "
        "island, officials in both capitals said on Tuesday."
    )
    assert titles == ["Kenya–Uganda: Talks on a joint patrol regime for the waters"]


def test_a_negotiated_object_ends_before_a_clause_without_that() -> None:
    titles = _deal_titles(
        "Mali and Burkina Faso are quietly negotiating the terms of a divorce they still "
        "disagree about."
    )
    assert titles == ["Mali–Burkina Faso: Talks on the terms of a divorce"]


def test_a_vague_object_cut_from_its_phrase_names_nothing() -> None:
    for title in _deal_titles("Mali and Burkina Faso are negotiating the terms, officials said."):
        assert "terms" not in title


def test_a_headline_verb_opens_the_object_and_keeps_its_modifiers() -> None:
    titles = _deal_titles(
        "Armenia signs air-defence deal with India. Armenia signed a contract worth about "
        "$410 million with India's state-owned Bharat Dynamics on Tuesday."
    )
    assert titles[0] == "Armenia–India: Air-defence deal"


def test_talks_held_with_a_modifier_and_no_article_keep_it() -> None:
    titles = _deal_titles(
        "Turkey and Armenia have been holding normalisation talks through special envoys "
        "since 2022, officials in Ankara said on Monday."
    )
    assert titles == ["Turkey–Armenia: Normalisation talks"]


def test_an_indirect_question_after_a_preposition_is_the_object() -> None:
    titles = _deal_titles(
        "Officials on both sides say Serbia and Kosovo are close to a deal on who supplies "
        "and bills electricity in the four northern municipalities."
    )
    assert titles == ["Serbia–Kosovo: Deal on who supplies and bills electricity"]


def test_a_short_form_in_brackets_is_part_of_the_name() -> None:
    titles = _dispute_titles(
        "Exports through the line have been held up by a separate dispute between Baghdad "
        "and the Kurdistan Regional Government (KRG) over payments to foreign oil companies "
        "operating in the region."
    )
    assert titles == [
        "Iraq vs Kurdistan Regional Government: Dispute over payments to foreign oil companies"
    ]


def test_a_count_with_thousands_is_part_of_the_phrase() -> None:
    titles = _deal_titles(
        "Spain and Mauritania signed an agreement on Wednesday under which Spain will issue up "
        "to 2,000 seasonal work visas a year to Mauritanians."
    )
    assert titles == ["Spain–Mauritania: Agreement to issue up to 2,000 seasonal work visas"]


def test_a_manner_or_a_venue_before_the_infinitive_is_skipped() -> None:
    assert _deal_titles(
        "China has agreed in principle to suspend Tonga's loan repayments for three years, "
        "Tonga's government said on Friday."
    ) == ["China–Tonga: Agreement to suspend loan repayments"]
    titles = _deal_titles(
        "Saudi Arabia and Russia agreed at a video meeting on Saturday to increase production "
        "by 411,000 barrels per day in August."
    )
    assert titles == ["Saudi Arabia–Russia: Agreement to increase production"]


def test_a_measure_of_talks_is_no_title() -> None:
    titles = _deal_titles(
        "Negotiators from Bangladesh and India ended three days of talks in Dhaka last "
        "Thursday without agreeing the terms of a renewed treaty."
    )
    assert all("days" not in t for t in titles)


def test_a_shared_modifier_keeps_its_noun_when_a_title_is_cut() -> None:
    titles = _deal_titles(
        "ECOWAS leaders agreed to offer the Alliance of Sahel States formal negotiations on a "
        "trade and free-movement agreement, with a first round proposed for February."
    )
    assert titles and not titles[0].endswith(" trade")


def test_a_negotiated_deal_names_itself() -> None:
    titles = _deal_titles(
        "India and the United States are still negotiating a trade agreement, officials said. "
        "A U.S. trade team is due to visit India on Aug. 25 for a sixth round of talks."
    )
    assert titles == ["India–United States: Trade agreement"]


def test_a_call_names_the_act_it_asks_for() -> None:
    assert _dispute_titles(
        "Inuit leader Natar Kilabuk said Canada had neglected the Arctic. He called on Ottawa "
        "to scrap the new shipping rules in the Northwest Passage."
    ) == ["Natar Kilabuk vs Canada: Call to scrap the new shipping rules"]
    # (A call to fund or help presses no one: no row, see test_offline_whom26.)
    assert _dispute_titles(
        'A U.S. State Department spokesperson urged China to "cease its military pressure" '
        "and said Washington's policy had not changed."
    ) == ["United States vs China: Call to cease its military pressure"]


def test_a_call_not_to_act_is_never_titled_by_the_act() -> None:
    for title in _dispute_titles(
        "Japan urged China not to expand its military drills near Taiwan, calling them a "
        "threat to regional peace."
    ):
        assert "Call to expand" not in title


def test_what_is_agreed_names_the_agreement_unless_a_deal_names_itself() -> None:
    assert _deal_titles(
        "Russia, which fishes the Barents Sea cod stock under a separate regime with Norway, "
        "agreed its own quotas with Oslo in October."
    ) == ["Russia–Norway: Agreement on its own quotas"]
    assert _deal_titles(
        "Azerbaijan and Armenia agreed the full text of the 17-article agreement on Monday, "
        "officials said."
    ) == ["Azerbaijan–Armenia: 17-article agreement"]


def test_a_noun_modifier_after_a_word_that_places_the_deal_stays() -> None:
    titles = _deal_titles(
        "A separate wheeling agreement, also signed on Wednesday by Tanzania and Kenya, "
        "commits the Kenya Electricity Transmission Company to carry the power to the border."
    )
    assert titles == ["Tanzania–Kenya: Wheeling agreement"]


def test_what_follows_the_side_after_with_names_the_row() -> None:
    titles = _dispute_titles(
        "Kenya said on Monday it had lodged a protest with Uganda over the seizure of the boats "
        "and the detention of 64 fishermen."
    )
    assert titles == ["Kenya vs Uganda: Protest over the seizure of the boats"]
