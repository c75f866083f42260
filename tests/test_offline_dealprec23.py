"""Deal precision: a deal's parties are the ones the clause says make it; who reacts to it,
judges it, or speaks for a party is none; a deal told as history ("have since signed", "since
a truce in 2022", "last year") is background, not news; a firm and its home state, or a person
and the body whose post they hold, are one side, and one side makes no deal."""

from __future__ import annotations

from tests.offline_support import brief


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.title, list(d.parties)) for d in brief(text).deals]


def test_a_deal_signed_since_is_background() -> None:
    text = (
        "ABUJA (Reuters) - Nigeria and Ghana signed a customs agreement on Monday to cut "
        "waiting times at their border posts, officials said.\n\n"
        "A gas pipeline along the coast was first proposed in 2016. Morocco and Nigeria have "
        "since signed memoranda of understanding with most of the countries on its route."
    )
    deals = _deals(text)
    assert any({"Nigeria", "Ghana"} <= set(p) for _, p in deals), deals
    assert not any("Morocco" in p for _, p in deals), deals


def test_a_truce_named_after_since_or_dated_last_year_is_no_news() -> None:
    text = (
        "ADEN (Reuters) - Yemen's government and the Houthis exchanged 40 detainees on Sunday, "
        "the Red Cross said.\n\n"
        "Fighting has mostly been frozen since a U.N.-brokered truce in 2022, although Israel "
        "and the United States have struck Houthi targets. In May last year, Oman brokered an "
        "understanding under which the United States halted its strikes and the Houthis agreed "
        "to stop attacking American ships."
    )
    deals = _deals(text)
    assert not any("United States" in p for _, p in deals), deals
    assert not any("Israel" in p for _, p in deals), deals


def test_who_reacts_to_a_deal_or_judges_it_is_no_party() -> None:
    text = (
        "NAIROBI (Reuters) - Kenya recalled its envoy on Tuesday after Ethiopia signed a port "
        "agreement with Djibouti that Nairobi says breaks an earlier accord.\n\n"
        "Officials in Addis Ababa gave no details of the terms."
    )
    deals = _deals(text)
    assert deals, "Ethiopia and Djibouti signed a deal"
    assert {"Ethiopia", "Djibouti"} <= set(deals[0][1])
    assert "Kenya" not in deals[0][1]


def test_an_agreement_with_a_breakaway_region_is_with_that_region() -> None:
    text = (
        "HARGEISA (Reuters) - Taiwan signed a coast guard agreement on Wednesday with the "
        "breakaway region of Somaliland, drawing an angry response from Somalia's federal "
        "government.\n\n"
        "Somalia, which regards Somaliland as part of its territory, called the deal null "
        "and void."
    )
    deals = _deals(text)
    assert deals, "Taiwan and Somaliland signed a deal"
    assert set(deals[0][1]) == {"Taiwan", "Somaliland"}, deals


def test_a_firm_and_its_home_state_make_no_deal() -> None:
    text = (
        "WINDHOEK (Reuters) - Namibia's ports authority signed a contract on Monday with the "
        "Dutch dredging group Boskalis to deepen the port of Luderitz.\n\n"
        "Separately, a second Norwegian firm, Brattholm, said it had pulled out of talks to "
        "supply tugboats to the port after failing to agree on price."
    )
    deals = _deals(text)
    assert not any(set(p) == {"Norway", "Brattholm"} for _, p in deals), deals


def test_a_speaker_and_the_party_he_leads_are_one_side() -> None:
    text = (
        "LISBON (Reuters) - Portugal's government survived a censure motion on Thursday after "
        "the Socialists abstained.\n\n"
        "Chega's leader in parliament, Henrique Lopes Barata, accused the two largest parties "
        'of "a backroom deal to protect the system".'
    )
    deals = _deals(text)
    assert not any("Henrique Lopes Barata" in p for _, p in deals), deals


def test_a_stock_exchange_or_angry_exchanges_are_no_swap() -> None:
    text = (
        "COLOMBO (Reuters) - India and Sri Lanka traded angry exchanges on Monday over the "
        "arrest of 30 fishermen near the maritime border.\n\n"
        "Shares of the fishing firm fell on the Colombo stock exchange."
    )
    assert not any("xchange" in t for t, _ in _deals(text))
