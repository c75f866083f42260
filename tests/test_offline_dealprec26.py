"""Deal precision: a deal "with" a named partner has that partner among its parties, not the
state that objects to it; a deal told in passing, dated to a past month, between sides the
story does not open with and on nothing its headline is about, is background."""

from __future__ import annotations

from tests.offline_support import brief


def _deals(text: str, title: str | None = None) -> list[tuple[str, str, list[str]]]:
    return [(d.title, d.status, d.parties) for d in brief(text, title).deals]


def test_a_deal_with_a_breakaway_region_is_not_a_deal_of_the_objector() -> None:
    deals = _deals(
        "Moldova and Romania signed an agreement on Wednesday to build a second power line "
        "between their grids, officials said.\n\n"
        "Moldova's foreign ministry on Tuesday summoned a Russian diplomat to protest against "
        "Russia's agreement with the breakaway region of Gagauzia to open a trade office, "
        "calling it a violation of Moldovan sovereignty."
    )
    pairs = {frozenset(p) for _, _, p in deals}
    assert not any({"Moldova", "Russia"} <= set(p) for p in pairs), deals
    assert any({"Moldova", "Romania"} <= set(p) for p in pairs), deals


def test_a_deal_with_a_partner_among_its_parties_stays() -> None:
    deals = _deals(
        "Chile signed a free trade agreement with Indonesia on Monday, cutting tariffs on "
        "copper and palm oil, the two governments said."
    )
    assert any({"Chile", "Indonesia"} <= set(p) for _, _, p in deals), deals


def test_a_past_dated_deal_told_in_passing_is_background() -> None:
    text = (
        "Peru and Ecuador agreed on Thursday to reopen talks on fishing rights in their shared "
        "waters, the two foreign ministries said.\n\n"
        "The talks collapsed last year over quotas for tuna. Negotiators will meet in Lima.\n\n"
        "Peru, which has long relied on mining exports, signed a $2 billion investment deal "
        "with Qatar in March to build a new airport in Cusco."
    )
    deals = _deals(text, "Peru and Ecuador to reopen fishing talks")
    assert not any("Qatar" in p for _, _, p in deals), deals
    assert any({"Peru", "Ecuador"} <= set(p) for _, _, p in deals), deals


def test_a_past_dated_deal_on_the_story_topic_stays() -> None:
    text = (
        "Niger said on Monday it would sell uranium from a seized mine to new buyers, "
        "defying an arbitration order won by the French operator Orano.\n\n"
        "The mine has been idle for months. Officials gave no date for the first sale.\n\n"
        "Russia's Rosatom signed a memorandum of understanding with Niger in July on "
        "developing uranium mining, officials said."
    )
    deals = _deals(text, "Niger to sell uranium from seized mine")
    assert any("Niger" in p for _, _, p in deals), deals


def test_talks_a_side_is_open_to_are_not_told_as_held() -> None:
    held = _deals("Venezuela held negotiations with the United States on oil sanctions on Monday.")
    assert [status for _, status, _ in held] == ["negotiating"]
    open_to = _deals(
        "Venezuela said on Monday it remained open to negotiations with the United States on "
        "oil sanctions."
    )
    assert all(status != "negotiating" for _, status, _ in open_to), open_to


def test_removing_the_last_trade_barriers_eases_the_row() -> None:
    disputes = brief(
        "China on Monday removed the last of the trade barriers it imposed on Australian "
        "exports in a diplomatic row with Canberra."
    ).disputes
    assert [d.status for d in disputes] == ["easing"], disputes


def test_a_deal_title_does_not_repeat_a_party() -> None:
    deals = _deals(
        "Chile signed a free trade agreement with Indonesia on Monday, cutting tariffs on "
        "copper and palm oil, the two governments said."
    )
    assert [title for title, _, _ in deals] == ["Chile–Indonesia: Free trade agreement"]
