"""What changed since the period before: two invented weeks, a deal that went from talks to a
signature, a dispute that appeared and one that went quiet; key dates ahead; relevance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_digest_support import make_briefing

from summarizer import Briefing, Store, build_digest, render_digest_markdown
from summarizer._digest._periods import Selection
from summarizer._digest._runner import previous_digest
from summarizer._engines.offline import OfflineEngine

NORWAY_ICELAND = [{"name": "Norway", "kind": "state"}, {"name": "Iceland", "kind": "state"}]


def week_one() -> list[Briefing]:
    talks = (
        "Norway and Iceland resumed talks on a mackerel quota in Oslo on Tuesday, officials "
        "said, after two years without an agreement."
    )
    border = (
        "Serbia and Kosovo traded accusations over a closed border crossing on Wednesday as "
        "lorries queued for a third day."
    )
    return [
        make_briefing(
            talks,
            actors=NORWAY_ICELAND,
            deals=[
                {
                    "title": "Mackerel quota deal",
                    "kind": "trade",
                    "parties": ["Norway", "Iceland"],
                    "status": "negotiating",
                    "quote": talks,
                }
            ],
            published="2025-06-03",
            site="North Sea Wire",
        ),
        make_briefing(
            border,
            actors=[{"name": "Serbia", "kind": "state"}, {"name": "Kosovo", "kind": "state"}],
            disputes=[
                {
                    "title": "Border crossing row",
                    "kind": "diplomatic",
                    "parties": ["Serbia", "Kosovo"],
                    "status": "ongoing",
                    "quote": border,
                }
            ],
            published="2025-06-04",
            site="Balkan Desk",
        ),
    ]


def week_two() -> list[Briefing]:
    signed = (
        "Norway and Iceland signed a mackerel quota deal on Thursday, ending a two-year "
        "fishing row between the neighbours. The quota takes effect on July 1."
    )
    shelf = (
        "Chile protested after Argentina's navy entered waters off Cape Horn on Wednesday, "
        "deepening a row over the continental shelf in which at least 2 sailors were injured."
    )
    return [
        make_briefing(
            signed,
            actors=NORWAY_ICELAND,
            deals=[
                {
                    "title": "Mackerel quota deal",
                    "kind": "trade",
                    "parties": ["Norway", "Iceland"],
                    "status": "signed",
                    "quote": "Norway and Iceland signed a mackerel quota deal on Thursday",
                }
            ],
            signals=[
                {
                    "description": "The quota takes effect on July 1",
                    "when": "2025-07-01",
                    "likelihood": "high",
                    "quote": "The quota takes effect on July 1",
                }
            ],
            published="2025-06-12",
            site="North Sea Wire",
        ),
        make_briefing(
            shelf,
            actors=[{"name": "Chile", "kind": "state"}, {"name": "Argentina", "kind": "state"}],
            disputes=[
                {
                    "title": "Continental shelf row",
                    "kind": "territorial",
                    "parties": ["Chile", "Argentina"],
                    "status": "escalating",
                    "quote": shelf,
                }
            ],
            published="2025-06-11",
            site="Andes Post",
        ),
    ]


def test_what_changed_since_the_week_before() -> None:
    before = build_digest(week_one())
    digest = build_digest(week_two(), previous=before)
    changes = {(c.kind, c.section, c.thread): (c.before, c.after) for c in digest.changes}
    assert changes == {
        ("ended", "deal", "Mackerel quota deal"): ("negotiating", "signed"),
        ("new", "dispute", "Continental shelf row"): (None, "escalating"),
        ("quiet", "dispute", "Border crossing row"): ("ongoing", None),
    }
    assert digest.compared_with == before.covered
    markdown = render_digest_markdown(digest)
    section = markdown.split("## What changed since 3 Jun 2025 to 4 Jun 2025\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    assert "- Ended: Mackerel quota deal: negotiating → signed [S2]" in section
    assert "- New dispute: Continental shelf row [S1]" in section
    assert "- Gone quiet: Border crossing row (was ongoing)" in section
    assert "Since the period before: 1 new thread, 1 thread ended, 1 thread gone quiet." in (
        " ".join(digest.bottom_line)
    )


def test_without_a_period_before_nothing_is_compared() -> None:
    digest = build_digest(week_two())
    assert digest.changes == [] and digest.compared_with is None
    assert "## What changed" not in render_digest_markdown(digest)


def test_the_store_gives_the_period_before(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store.sqlite3") as store:
        for briefing in week_one():
            store.put_briefing(briefing)
        week = Selection(dt.date(2025, 6, 9), dt.date(2025, 6, 15), "2025-W24")
        before = previous_digest(store, OfflineEngine(), week, {"international"})
    assert before is not None
    assert before.period is not None
    assert (before.period.start, before.period.end) == (dt.date(2025, 6, 2), dt.date(2025, 6, 8))
    assert [t.title for t in before.deals] == ["Mackerel quota deal"]


def test_key_dates_ahead_and_ranking_by_significance() -> None:
    digest = build_digest(week_two(), previous=build_digest(week_one()))
    assert [(k.date, k.what) for k in digest.key_dates] == [
        (dt.date(2025, 7, 1), "The quota takes effect on July 1")
    ]
    # The escalation with casualties leads; the signed deal follows, with its next date.
    first, second = digest.top_developments
    assert first.thread == "Continental shelf row"
    assert "casualties reported" in digest.disputes[0].significance
    assert second.thread == "Mackerel quota deal"
    assert second.next is not None and second.next.date == dt.date(2025, 7, 1)
    markdown = render_digest_markdown(digest)
    assert "## Key dates ahead\n\n- 1 Jul 2025: The quota takes effect on July 1 [S2]" in markdown
    assert " · next: 1 Jul 2025, The quota takes effect on July 1" in markdown


def test_off_topic_and_domestic_articles_are_left_out_and_said_so() -> None:
    match = make_briefing(
        "Rovers clinched the title on Saturday.", relevance="off_topic", path="sport.txt"
    )
    council = make_briefing(
        "The city council passed its budget.", relevance="domestic", path="council.txt"
    )
    digest = build_digest([*week_two(), match, council])
    assert len(digest.sources) == 2
    reasons = {n.source: n.reason for n in digest.not_included}
    assert reasons["sport.txt"].startswith("off-topic")
    assert (
        reasons["council.txt"].startswith("domestic")
        and "--include domestic" in (reasons["council.txt"])
    )
    with_domestic = build_digest(
        [*week_two(), match, council], include={"international", "domestic"}
    )
    assert len(with_domestic.sources) == 3


def test_an_undated_source_dates_nothing_but_its_sources_line() -> None:
    undated = make_briefing(
        "Norway and Iceland signed a mackerel quota deal, officials said.",
        actors=NORWAY_ICELAND,
        deals=[
            {
                "title": "Mackerel quota deal",
                "kind": "trade",
                "parties": ["Norway", "Iceland"],
                "status": "signed",
                "quote": "Norway and Iceland signed a mackerel quota deal",
            }
        ],
        published=None,
        created_at="2026-12-02T10:00:00+00:00",
    )
    digest = build_digest([undated])
    assert digest.period is None and digest.covered is None and digest.undated == 1
    assert digest.deals[0].date is None and digest.deals[0].status_since is None
    markdown = render_digest_markdown(digest)
    assert markdown.startswith("# Digest\n")
    assert "> 1 source of 1 gives no date" in markdown
    # The day it was read shows once, in the sources list, labelled; nowhere else (the footer
    # below the rule says when the digest itself was made).
    body = markdown.split("\n---\n", 1)[0]
    assert body.count("2026-12-02") == 1 and "undated; read 2026-12-02" in body
    assert "2 Dec" not in body
