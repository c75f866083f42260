"""A briefing is shorter than its article: caps that grow with it, each quote listed once."""

from __future__ import annotations

from offline_support import brief

from summarizer._engines.offline._length import _claim, caps

_STORY = (
    "Vietnam and the Philippines signed a coast guard cooperation pact in Hanoi on Tuesday, "
    "agreeing to hold joint patrols and share information on incidents in the South China Sea. "
    "China's foreign ministry said the two countries should not let outside powers stir up "
    "trouble in the region. The Philippine coast guard chief, Admiral Ronnie Gil Gavan, said "
    "the pact would help crews respond faster to accidents at sea. Vietnam's deputy foreign "
    "minister said the agreement was not aimed at any third country. Manila has accused Chinese "
    "vessels of ramming its supply boats near Second Thomas Shoal this year, and Beijing has "
    "accused Manila of provoking the clashes. The United States and Japan welcomed the pact. "
    "Officials said the first joint patrol would take place before the end of the year."
)


def test_caps_grow_with_the_article_and_stop() -> None:
    short, long, huge = caps(200), caps(800), caps(100_000)
    assert short.actors <= long.actors <= huge.actors <= 14
    assert long.disputes >= 2 and huge.disputes <= 8


def test_a_briefing_is_shorter_than_its_article() -> None:
    briefing = brief(_STORY)
    quotes = [
        e.quote
        for item in [*briefing.actors, *briefing.disputes, *briefing.deals]
        for e in item.evidence
    ]
    # No quote is listed twice, nor one inside another listed quote.
    unique = set(quotes)
    assert not any(a != b and a in b for a in unique for b in unique)
    # What a reader reads: the summary, and each quote it does not already show.
    shown = [q for q in unique if q not in briefing.summary]
    words = len(briefing.summary.split()) + sum(len(q.split()) for q in shown)
    assert words < len(_STORY.split())


def test_every_party_of_a_listed_deal_is_a_listed_actor() -> None:
    briefing = brief(_STORY)
    assert briefing.deals
    listed = {a.name for a in briefing.actors}
    assert all(set(d.parties) <= listed for d in [*briefing.deals, *briefing.disputes])


def test_a_cut_list_keeps_a_quoted_minister_over_a_state_named_thrice_in_one_sentence() -> None:
    # Centrality is the sentences that name an actor, and a role: a minister quoted in two
    # sentences outranks a state listed three times in one sentence of background.
    firms = ["Alcora", "Benvix", "Corlant", "Dravon", "Eltrix"]
    lines = [
        f"{firm}, a local bank, said it would lend more. {firm} expects growth this year. "
        f"Investors like {firm} and its plans."
        for firm in firms
    ]
    story = (
        "Finance Minister Lwazi Dube said on Monday the budget would cut fuel subsidies. "
        "Dube told lawmakers the cuts were needed to pay debts. "
        + " ".join(lines)
        + " Trade with Malawi, aid from Malawi and power from Malawi came up in passing. "
        + "The plan is long and detailed, and it will take many months to carry out. " * 5
    )
    assert caps(len(story.split())).actors < 7
    listed = {a.name for a in brief(story).actors}
    assert "Lwazi Dube" in listed
    assert "Malawi" not in listed


def test_a_long_quote_of_a_deal_drops_the_aside_that_trails_it() -> None:
    quote = (
        "The European Union and Indonesia are due to sign a trade agreement in Jakarta on "
        "Sept. 23, officials from both sides said on Monday, sealing a deal that was launched "
        "in 2016 and had been expected to conclude before the Indonesian election"
    )
    parties = [["European Union", "EU"], ["Indonesia", "Indonesian"]]
    assert _claim(quote, parties) == quote.split(", sealing")[0]
    # An aside that names a party the rest does not name stays: it is part of the claim.
    named = quote.replace("Indonesian election", "election, which Malaysia watched")
    assert _claim(named, [*parties, ["Malaysia"]]) == named


def test_a_cut_list_keeps_bodies_that_act_over_listed_states_and_a_commentator() -> None:
    briefing = brief(
        "The Zambezi Valley Water Authority and the Kariba Power Holdings signed a deal on "
        "Monday to share the dam's water until 2030, the two bodies said in a joint statement "
        "in Lusaka. Zambia and Zimbabwe both depend on the dam for power. Botswana, Namibia, "
        "Malawi and Angola buy some of the electricity. The Southern African Power Pool will "
        "carry the power. The African Development Bank said it would lend $200 million. The "
        "World Bank said it would study a second loan. The Zambia Chamber of Mines welcomed the "
        "deal, and the Mineworkers Union of Zambia said jobs were safe. The Copperbelt Energy "
        "Corporation said it would buy more power next year. Tanzania and Mozambique were not "
        "part of the talks. Kenya was also watching. "
        '"This is a sensible deal that should have been signed years ago," said Hannah Moyo, '
        'an analyst at the Harare Institute for Policy Studies. "It buys time."'
    )
    listed = {a.name for a in briefing.actors}
    assert {"Mineworkers Union of Zambia", "Copperbelt Energy Corporation"} <= listed
    assert not {"Botswana", "Namibia", "Kenya"} & listed
    # An analyst comments on the story: a list cut short leaves the view out first.
    assert "Hannah Moyo" not in listed


def test_a_cut_list_keeps_a_body_that_speaks_over_a_state_named_inside_bodies_names() -> None:
    briefing = brief(
        "TOKYO (Reuters) - The regulator on Wednesday approved safety upgrades at the "
        "Kashiwazaki-Kariwa plant, clearing the way for Tokyo Electric Power Company to restart "
        "a reactor for the first time since 2011, though Niigata Governor Hideyo Hanazumi said "
        "he had not yet decided whether to consent. Industry Minister Yoji Muto said the "
        "government would pay for new evacuation roads around the plant. The Japan Atomic "
        "Industrial Forum counted 14 reactors back online. Kashiwazaki Mayor Masahiro Sakurai "
        "said he supported the restart, while the Citizens' Nuclear Information Center said "
        "the evacuation plans were still unrealistic in heavy snow and that residents had not "
        "been asked. The Federation of Electric Power Companies of Japan welcomed the decision "
        "in a statement. Tohoku Electric Power, which restarted its Onagawa reactor last year, "
        "offered to share its experience with engineers at the plant this winter. Hanazumi "
        "said he would consult residents and the prefectural assembly before giving an answer "
        "to the company, which hopes to load fuel within weeks."
    )
    listed = {a.name for a in briefing.actors}
    # Japan is named only inside bodies' names: no act of the state's outweighs a body's own.
    assert "Citizens' Nuclear Information Center" in listed
    assert "Japan" not in listed
