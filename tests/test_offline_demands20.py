"""Disputes told through demands, refusals and conditions: who demands of whom, readable titles,
and the requests that set no one against anyone (a friend's, one aimed at no named party)."""

from __future__ import annotations

from offline_support import brief


def _titles(text: str) -> list[str]:
    return [d.title for d in brief(text).disputes]


def test_a_demand_refused_is_titled_by_the_act_it_asks() -> None:
    text = (
        "China on Sunday demanded that the Philippines withdraw a coast guard vessel it has "
        "kept at Sabina Shoal for three months. Manila refused and said the ship would stay."
    )
    titles = _titles(text)
    assert titles == ["China vs Philippines: Demand to withdraw a coast guard vessel"]


def test_a_tax_demand_names_the_sum_asked() -> None:
    text = (
        "Zambia's government has demanded that copper miner Kansanshi Copper Mines pay "
        "$320 million in unpaid royalties within 30 days. Kansanshi said it would not pay."
    )
    titles = _titles(text)
    assert any(t.endswith("Demand to pay $320 million") for t in titles), titles
    assert all("Kansanshi" in t for t in titles), titles


def test_a_call_to_stop_no_act_keeps_the_plain_label() -> None:
    # "stop what she called ...": no object to name; the title stays the label.
    text = (
        "Moldova says Russia paid thousands of people to vote. President Maia Sandu has "
        'called on Moscow to stop what she called an "unprecedented attack" on Moldova\'s '
        "democracy. Russia has refused."
    )
    disputes = brief(text).disputes
    assert disputes, "the call and its refusal are a row"
    title = disputes[0].title
    # Moldova is what the attack is on: it stands with its president, not against her.
    assert title.startswith("Moldova, Maia Sandu vs Russia"), title


def test_praise_then_a_request_to_no_one_named_is_no_row() -> None:
    text = (
        "Moldova says Russia paid voters. European Commission President Ursula von der Leyen "
        "praised Moldova's resilience and urged member states to go further in supporting "
        "the country, promising 1.8 billion euros in investment."
    )
    for dispute in brief(text).disputes:
        assert "Commission" not in dispute.title, dispute.title


def test_a_request_to_bare_allies_is_a_friends() -> None:
    text = (
        "Estonian investigators suspect a tanker of damaging a power cable. Estonian Prime "
        "Minister Kristen Michal urged allies to do more to protect undersea infrastructure, "
        "thanking Finland for its swift response."
    )
    for dispute in brief(text).disputes:
        assert "Finland" not in dispute.title, dispute.title


def test_a_threat_with_a_condition_faces_who_must_meet_it() -> None:
    text = (
        "Slovakia threatened on Friday to veto the renewal of European Union sanctions on "
        "Russia unless Brussels guarantees compensation for the loss of Russian gas flowing "
        "through Ukraine, setting up a clash with other member states."
    )
    titles = _titles(text)
    assert titles, "a veto threat is a row"
    assert titles[0].startswith("Slovakia vs European Union:"), titles
    # Sanctions on Russia are the thing threatened, and Ukraine only where the gas flowed.
    assert "Russia" not in titles[0] and "Ukraine" not in titles[0], titles


def test_a_call_on_both_sides_sets_no_one_against_its_caller() -> None:
    text = (
        "China demanded that the Philippines withdraw a vessel from Sabina Shoal; Manila "
        "refused. The Association of Southeast Asian Nations called on both sides to exercise "
        "restraint and to resolve the matter peacefully."
    )
    for dispute in brief(text).disputes:
        assert "ASEAN" not in dispute.title and "Association" not in dispute.title


def test_a_demanded_noun_is_not_read_as_the_verb_asked() -> None:
    b = brief(
        "The United Nations on Monday demanded the immediate release of 12 of its staff held by "
        "the Houthis in Sanaa since June."
    )
    assert all("to release of" not in d.title for d in b.disputes)
