"""Organisations named in the text that the engine did not list (issue 11, orgs38): a
regulator or a jury by its head word, an acronym written as a word ("Nersa") or kept from the
body's own language ("CNTE"), a "for" name that lists what the body does before "and", and a
league that acts (a competition never does)."""

from __future__ import annotations

from offline_support import brief, names


def test_a_regulator_named_by_its_head_word_is_an_organisation() -> None:
    found = names(
        brief(
            "LONDON (Reuters) - The Independent Football Regulator published draft rules on "
            "Thursday, and clubs have until December to respond."
        )
    )
    assert "Independent Football Regulator" in found, found


def test_a_jury_of_elections_and_its_acronym_are_one_body() -> None:
    found = brief(
        "LIMA (AP) - The court ruled that the law violated the independence of the National "
        "Jury of Elections (JNE). The JNE said it would continue its work."
    ).actors
    jury = [a for a in found if a.name == "National Jury of Elections"]
    assert jury, [a.name for a in found]
    assert "JNE" in jury[0].aliases, jury[0].aliases


def test_an_acronym_written_as_a_word_spells_the_body() -> None:
    found = names(
        brief(
            "JOHANNESBURG - The National Energy Regulator of South Africa (Nersa) confirmed on "
            "Monday that households will pay more. Nersa said the ruling was final."
        )
    )
    assert "National Energy Regulator of South Africa" in found, found


def test_a_word_in_brackets_that_spells_nothing_is_no_acronym() -> None:
    found = names(
        brief(
            "NAIROBI - The Kenya Union of Clinical Officers (Reuters) said it would hold "
            "talks next week."
        )
    )
    assert "Reuters" not in " ".join(found) or "Kenya Union of Clinical Officers" in found, found


def test_a_translated_national_body_keeps_its_own_acronym() -> None:
    found = brief(
        "MEXICO CITY (Reuters) - The National Coordinator of Education Workers (CNTE), a "
        "dissident faction of the teachers' union, began a strike. The CNTE rejected the offer."
    ).actors
    body = [a for a in found if a.name == "National Coordinator of Education Workers"]
    assert body, [a.name for a in found]
    assert "CNTE" in body[0].aliases


def test_a_programme_in_brackets_with_other_letters_is_not_a_body() -> None:
    found = names(
        brief(
            "PRETORIA - The government said the Just Energy Transition Investment Plan (JET-IP) "
            "would be reviewed next year."
        )
    )
    assert not any("Investment Plan" in n for n in found), found


def test_a_for_name_listing_what_the_body_does_is_read_whole() -> None:
    found = names(
        brief(
            "JOHANNESBURG (Reuters) - The union referred the dispute to the Commission for "
            "Conciliation, Mediation and Arbitration (CCMA), a step required before a strike."
        )
    )
    assert "Commission for Conciliation, Mediation and Arbitration" in found, found
    assert "Commission for Conciliation" not in found, found


def test_a_league_that_speaks_is_an_organisation() -> None:
    found = names(
        brief(
            "LONDON - The Premier League said it supported the aims of regulation but that the "
            "draft went too far, chief executive Richard Masters said."
        )
    )
    assert "Premier League" in found, found


def test_a_league_named_for_whom_it_is_of_is_an_organisation() -> None:
    found = names(
        brief(
            "PRISTINA (Reuters) - Lawmakers of the Democratic League of Kosovo walked out of "
            "parliament on Tuesday, leaving the budget without a majority."
        )
    )
    assert "Democratic League of Kosovo" in found, found


def test_a_competition_called_a_league_is_no_actor() -> None:
    found = names(
        brief(
            "MADRID (Reuters) - Real Madrid won the Champions League for a record 15th time on "
            "Saturday, beating Borussia Dortmund 2-0 at Wembley."
        )
    )
    assert "Champions League" not in found, found


def test_an_owned_league_is_not_read_without_its_owner() -> None:
    found = names(
        brief(
            "NEW YORK - The player spent two seasons in the NBA's G League before the trade, "
            "the Bucks said on Thursday."
        )
    )
    assert "G League" not in found, found


def test_a_name_described_after_it_as_an_umbrella_group_is_a_body() -> None:
    found = names(
        brief(
            "LIMA (AP) - The National Coordinator for Human Rights, an umbrella group of rights "
            "organisations, said it would ask the UN to send an envoy."
        )
    )
    assert "National Coordinator for Human Rights" in found, found


def test_a_name_described_as_a_coalition_is_a_body() -> None:
    found = names(
        brief(
            "LIMA (Reuters) - The Andean Water Defence Network, a coalition of farmers' groups, "
            "filed a complaint against the mine on Monday."
        )
    )
    assert "Andean Water Defence Network" in found, found


def test_an_opening_phrase_before_a_described_subject_is_no_body() -> None:
    found = names(
        brief(
            "BELGRADE (Reuters) - Last Tuesday, the ruling party said it would win. In Serbia, "
            "the ruling party said the vote was fair."
        )
    )
    assert not any(n.startswith(("Last", "In ")) for n in found), found


def test_a_person_of_a_body_described_after_is_not_read_as_the_body() -> None:
    found = names(
        brief(
            '"Prices will rise," said Lasha Tsiklauri of the Caucasus Energy Monitor, a Tbilisi '
            "think tank."
        )
    )
    assert not any(n.startswith("Lasha Tsiklauri of") for n in found), found


def test_a_labour_court_joined_by_and_is_read_whole() -> None:
    found = names(
        brief(
            "NAIROBI (Reuters) - The Employment and Labour Relations Court is due to rule next "
            "month on a case brought by the doctors' union."
        )
    )
    assert "Employment and Labour Relations Court" in found, found
