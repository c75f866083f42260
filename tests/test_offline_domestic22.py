"""Domestic politics and labour rows, told truthfully: a union's strike faces the government
it is against; parties and ministers clash in words, not arms, and their row is political,
not diplomatic; a state named as the home of its opposition or unions is not their side."""

from __future__ import annotations

from tests.offline_support import brief


def test_a_unions_strike_against_a_budget_faces_the_minister() -> None:
    text = (
        "LISBON (Reuters) - The FENPROF teachers' federation and the Health Workers Union "
        "began a two-day strike on Monday against the budget of Finance Minister Joaquim "
        "Miranda Sarmento, closing schools across Portugal.\n\n"
        '"This budget tells us the government does not care," union leader Mario Nogueira '
        "told a rally in Lisbon. Miranda Sarmento said the government could not afford more."
    )
    disputes = brief(text).disputes
    assert disputes, "the strike is a dispute"
    strike = disputes[0]
    assert "Health Workers Union" in strike.parties
    assert "Joaquim Miranda Sarmento" in strike.parties
    assert strike.kind == "political"


def test_a_strike_by_unions_of_two_states_is_no_row_between_the_states() -> None:
    text = (
        "ARICA, Chile (Reuters) - Chile and Bolivia agreed on Monday to open a second lane at "
        "their busiest border crossing, officials said.\n\n"
        "Truckers' unions on both sides complained last year of queues lasting days. They "
        "staged a two-day strike in July that left hundreds of lorries stranded."
    )
    titles = [d.title for d in brief(text).disputes]
    assert not any("strike" in t.casefold() for t in titles), titles


def test_coalition_partners_clash_in_words_not_arms() -> None:
    text = (
        "CAPE TOWN (Reuters) - The African National Congress and the Democratic Alliance, "
        "partners in South Africa's coalition, clashed on Wednesday over a planned increase "
        "in the fuel levy, and the Democratic Alliance said it would not back the budget.\n\n"
        '"We will not vote for it," Democratic Alliance leader John Steenhuisen said.'
    )
    disputes = brief(text).disputes
    assert disputes
    assert all(d.kind != "military" for d in disputes), [(d.title, d.kind) for d in disputes]


def test_a_threat_to_quit_a_coalition_is_political_not_diplomatic() -> None:
    text = (
        "BUCHAREST (Reuters) - Romania's Social Democratic Party (PSD) threatened on Thursday "
        "to quit the governing coalition unless Finance Minister Alexandru Nazare drops a "
        "freeze on public sector wages, and the minister refused.\n\n"
        '"If the freeze stays, our ministers will leave," PSD leader Sorin Grindeanu said.'
    )
    disputes = brief(text).disputes
    assert disputes
    assert disputes[0].kind == "political"


def test_an_opposition_walk_out_never_sets_the_state_against_its_president() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's opposition walked out of parliament on Thursday in "
        "protest at President William Ruto's budget, which raises taxes on fuel.\n\n"
        '"We will not sit and clap for it," opposition lawmaker Edwin Sifuna said. Ruto '
        "said the taxes were needed to cut borrowing."
    )
    for d in brief(text).disputes:
        assert not ("Kenya" in d.parties and "William Ruto" in d.parties), d.title


def test_the_opposition_that_walks_out_is_the_one_the_text_calls_opposition() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's opposition walked out of parliament on Thursday in "
        "protest at President William Ruto's budget, which raises taxes on fuel.\n\n"
        '"We will not sit and clap for it," opposition lawmaker Edwin Sifuna said. Ruto '
        "said the taxes were needed to cut borrowing."
    )
    disputes = brief(text).disputes
    assert any("Edwin Sifuna" in d.parties and "William Ruto" in d.parties for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_unions_named_by_their_common_noun_are_the_unions_the_text_names() -> None:
    text = (
        "LISBON (Reuters) - Teachers' and health workers' unions in Portugal began a two-day "
        "strike on Monday against the government's budget, closing hundreds of schools.\n\n"
        "The Health Workers Union said the budget offered a pay rise well below inflation. "
        '"We are open to dialogue," Finance Minister Joaquim Miranda Sarmento said.'
    )
    disputes = brief(text).disputes
    assert any("Health Workers Union" in d.parties for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]
    assert all(d.parties != ["Portugal"] for d in disputes)


def test_opposition_lawmakers_are_a_group_of_lawmakers_not_the_opposition_named() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya signed an investment pact with the United Arab Emirates "
        "on Monday, officials said.\n\n"
        "Opposition lawmakers have criticised the government's borrowing and questioned the "
        "Emirati pact. Kalonzo Musyoka, an opposition leader, said parliament must see it."
    )
    for d in brief(text).disputes:
        assert "Kalonzo Musyoka" not in d.parties, d.title
