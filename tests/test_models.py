"""The rules of the briefing contract that the models enforce, not just describe."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from summarizer import Briefing, BriefingDraft, Money
from summarizer._briefing._dates import check_dates

ARTICLE = (
    "Greece and Turkey agreed on Tuesday to reopen talks on the Aegean shelf. "
    "Athens called the step overdue."
)


def _draft(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "headline": "Greece and Turkey reopen Aegean talks",
        "summary": "The two states agreed to talk again.",
        "actors": [
            {
                "name": "Greece",
                "kind": "state",
                "country": "GRC",
                "aliases": ["Athens"],
                "evidence": [{"quote": "Athens called the step overdue"}],
            },
            {
                "name": "Turkey",
                "kind": "state",
                "country": "TUR",
                "evidence": [{"quote": "Greece and Turkey agreed"}],
            },
        ],
        "deals": [
            {
                "title": "Aegean talks reopen",
                "kind": "diplomatic",
                "parties": ["Athens", "Turkey"],
                "status": "agreed",
                "evidence": [{"quote": "agreed on Tuesday to reopen talks on the Aegean shelf"}],
            }
        ],
    }
    data.update(overrides)
    return data


def test_a_grounded_draft_validates_against_its_article() -> None:
    draft = BriefingDraft.model_validate(_draft(), context={"article": ARTICLE})
    assert [a.name for a in draft.actors] == ["Greece", "Turkey"]


def test_an_invented_quote_is_rejected_with_the_quote_named() -> None:
    data = _draft()
    data["actors"][1]["evidence"] = [{"quote": "Ankara welcomed the talks"}]
    with pytest.raises(ValidationError, match="quote not found in the article: 'Ankara welcomed"):
        BriefingDraft.model_validate(data, context={"article": ARTICLE})


def test_a_party_that_names_no_actor_is_rejected() -> None:
    data = _draft()
    data["deals"][0]["parties"] = ["Greece", "Cyprus"]
    with pytest.raises(ValidationError, match="party 'Cyprus' is not a listed actor"):
        BriefingDraft.model_validate(data, context={"article": ARTICLE})


def test_a_party_may_be_an_alias_in_any_case() -> None:
    data = _draft()
    data["deals"][0]["parties"] = ["ATHENS", "turkey"]
    BriefingDraft.model_validate(data, context={"article": ARTICLE})


def test_two_actors_with_one_canonical_name_are_merged() -> None:
    data = _draft()
    data["actors"].append(
        {
            "name": "greece",
            "kind": "state",
            "aliases": ["Greek"],
            "role": "proposed the talks",
            "evidence": [{"quote": "Greece and Turkey agreed"}],
        }
    )
    draft = BriefingDraft.model_validate(data, context={"article": ARTICLE})
    greece = [a for a in draft.actors if a.name.lower() == "greece"]
    assert len(greece) == 1
    assert greece[0].aliases == ["Athens", "Greek"]
    assert len(greece[0].evidence) == 2
    assert greece[0].role == "proposed the talks"


@pytest.mark.parametrize(
    ("given", "stored"),
    [("GRC", "GRC"), ("grc", "GRC"), ("GR", "GRC"), ("Greece", "GRC"), ("EU", None), (None, None)],
)
def test_country_is_stored_as_alpha3(given: str | None, stored: str | None) -> None:
    data = _draft()
    data["actors"][0]["country"] = given
    draft = BriefingDraft.model_validate(data, context={"article": ARTICLE})
    assert draft.actors[0].country == stored


def test_every_actor_needs_evidence() -> None:
    data = _draft()
    data["actors"][0]["evidence"] = []
    with pytest.raises(ValidationError, match="evidence"):
        BriefingDraft.model_validate(data, context={"article": ARTICLE})


def test_money_wants_an_iso_currency() -> None:
    assert Money.model_validate({"amount": 2e10, "currency": "usd"}).currency == "USD"
    with pytest.raises(ValidationError):
        Money.model_validate({"amount": 2e10, "currency": "dollars"})


def test_briefing_rejects_offsets_that_do_not_point_at_the_quote() -> None:
    data = _draft(deals=[])
    data["actors"][0]["evidence"] = [
        {"quote": "Athens called the step overdue", "start": 0, "end": 6, "match": "exact"}
    ]
    data["actors"][1]["evidence"] = [
        {"quote": "Greece and Turkey agreed", "start": 0, "end": 24, "match": "exact"}
    ]
    data.update(
        article_text=ARTICLE,
        provenance={"article_id": "x", "engine": "offline", "created_at": "2026-11-22T08:00:00Z"},
    )
    with pytest.raises(ValidationError, match="do not point at"):
        Briefing.model_validate(data)
    start = ARTICLE.index("Athens called")
    data["actors"][0]["evidence"][0].update(start=start, end=start + 30)
    assert Briefing.model_validate(data).actors[0].evidence[0].start == start


def test_article_text_is_kept_exactly_so_offsets_hold() -> None:
    text = "\n  " + ARTICLE + "  \n"
    start = text.index("Athens called")
    data = _draft(deals=[])
    data["actors"] = [
        {
            "name": "Greece",
            "kind": "state",
            "evidence": [
                {"quote": "Athens called", "start": start, "end": start + 13, "match": "exact"}
            ],
        }
    ]
    data.update(
        article_text=text,
        provenance={"article_id": "x", "engine": "offline", "created_at": "2026-11-22T08:00:00Z"},
    )
    briefing = Briefing.model_validate(data)
    assert briefing.article_text == text


# --------------------------------------------------------------------------- schema 2: when


def _dated(when: str | None, *, signal_when: str | None = None) -> Any:

    return BriefingDraft.model_validate(
        {
            "relevance": "international",
            "headline": "h",
            "summary": "s",
            "actors": [{"name": "Norway", "kind": "state", "evidence": [{"quote": "Norway"}]}],
            "deals": [
                {
                    "title": "Quota deal",
                    "kind": "trade",
                    "parties": ["Norway"],
                    "when": when,
                    "evidence": [{"quote": "Norway"}],
                }
            ],
            "outlook": {"signals": [{"description": "a vote", "when": signal_when}]},
        }
    )


@pytest.mark.parametrize(
    ("when", "kept", "why"),
    [
        ("2026-11-19", "2026-11-19", None),
        ("2026-11", "2026-11", None),
        ("2026", "2026", None),
        ("Tuesday", None, "not a date like"),
        ("2026-02-30", None, "not a date like"),
        ("2026-12-24", None, "after the article's publication on 2026-12-01"),
    ],
)
def test_a_development_date_is_checked_and_a_change_recorded(
    when: str, kept: str | None, why: str | None
) -> None:
    draft, repairs = check_dates(_dated(when), date(2026, 12, 1))
    assert draft.deals[0].when == kept
    if why is None:
        assert repairs == []
    else:
        (repair,) = repairs
        assert repair.where == "deals[0].when" and repair.was == when and repair.now is None
        assert why in repair.why


def test_a_signal_may_be_due_after_publication_and_without_a_date_nothing_is_judged() -> None:
    draft, repairs = check_dates(_dated(None, signal_when="2027-03"), date(2026, 12, 1))
    assert draft.outlook.signals[0].when == "2027-03" and repairs == []
    draft, repairs = check_dates(_dated("2027-01-05"), None)
    assert draft.deals[0].when == "2027-01-05" and repairs == []
