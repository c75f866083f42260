"""A sample week of articles (our own, in ``fixtures/week``) briefed offline and merged.

The offline engine is being improved by others, so these tests check only what must hold
whatever its details: one actor for the leader however each outlet spelled him, one thread for
the dispute three outlets told, the deal's move from talks to signature, the failed input. The
exact merge logic is tested on hand-built briefings (``test_digest_build``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from test_digest_build import check_statement
from test_digest_support import WEEK

import summarizer
from summarizer import Briefing, Digest, build_digest, render_digest_markdown
from summarizer._digest._models import DealThread, DigestActor, DisputeThread
from summarizer._digest._synthesis import weak_basis

EXPECTED: dict[str, Any] = json.loads((WEEK / "expected.json").read_text(encoding="utf-8"))
DATES: dict[str, str] = json.loads((WEEK / "dates.json").read_text(encoding="utf-8"))


def _brief(path: Path) -> Briefing:
    """The offline briefing of one article, with its published date from ``dates.json``."""
    briefing = summarizer.brief_file(path, engine="offline")
    published = dt.date.fromisoformat(DATES[path.name])
    return briefing.model_copy(
        update={"source": briefing.source.model_copy(update={"published": published})}
    )


@pytest.fixture(scope="module")
def week() -> tuple[dict[str, Briefing], list[tuple[str, str]]]:
    briefings: dict[str, Briefing] = {}
    failed: list[tuple[str, str]] = []
    for path in sorted(WEEK.glob("*.txt")):
        try:
            briefings[path.name] = _brief(path)
        except summarizer.SummarizerError as error:
            failed.append((path.name, error.message))
    return briefings, failed


@pytest.fixture(scope="module")
def digest(week: tuple[dict[str, Briefing], list[tuple[str, str]]]) -> Digest:
    briefings, failed = week
    return build_digest(list(briefings.values()), not_included=failed)


def ids(week: tuple[dict[str, Briefing], Any], files: list[str]) -> list[str]:
    return [week[0][name].provenance.article_id for name in files]


def actors_named(digest: Digest, *names: str) -> list[DigestActor]:
    return [a for a in digest.actors if {a.name, *a.aliases} & set(names)]


def test_the_sample_week_is_eight_articles_of_250_to_500_words_and_one_broken_file() -> None:
    files = sorted(WEEK.glob("*.txt"))
    assert len(files) == 9
    assert set(DATES) - {"_comment"} == {f.name for f in files}
    words = {f.name: len(f.read_text(encoding="utf-8").split()) for f in files}
    assert words.pop("09_broken_feed.txt") == 0
    assert all(250 <= n <= 500 for n in words.values()), words


def test_one_actor_for_the_leader_whatever_the_spelling(week: Any, digest: Digest) -> None:
    want = EXPECTED["leader"]
    (leader,) = actors_named(digest, want["name"], *want["spellings"])
    assert leader.name == want["name"]
    assert set(want["spellings"]) <= set(leader.aliases)
    assert leader.kind == "person"
    assert leader.articles == ids(week, want["files"])


def test_capitals_and_demonyms_are_their_states(digest: Digest) -> None:
    for state, forms in EXPECTED["states"].items():
        (actor,) = actors_named(digest, state, *forms)
        assert actor.name == state
        assert actor.kind == "state"
        assert set(forms) <= set(actor.aliases)


def test_two_people_sharing_a_surname_stay_two_actors(digest: Digest) -> None:
    first, second = EXPECTED["same_surname"]
    assert len(actors_named(digest, first)) == 1
    assert len(actors_named(digest, second)) == 1
    assert actors_named(digest, first) != actors_named(digest, second)


def test_the_dispute_three_outlets_told_is_one_thread_with_three_sources(
    week: Any, digest: Digest
) -> None:
    want = EXPECTED["dispute"]
    three = set(ids(week, want["files"]))
    threads = [t for t in digest.disputes if three & set(t.sources)]
    joined = [t for t in threads if three <= set(t.sources)]
    assert len(joined) == 1, [(t.title, t.sources) for t in threads]
    (thread,) = joined
    assert set(thread.sources) == three
    assert set(want["parties"]) <= set(thread.parties)
    assert {e.article for e in thread.evidence} == three
    # It is the week's best-supported dispute, so it is among the top developments.
    assert any(set(t.sources) == three for t in digest.top_developments)


def test_the_deal_moves_from_negotiating_to_signed_during_the_week(
    week: Any, digest: Digest
) -> None:
    want = EXPECTED["deal"]
    needed = set(ids(week, want["files"]))
    (thread,) = [t for t in digest.deals if needed <= set(t.sources)]
    assert set(want["parties"]) <= set(thread.parties)
    assert thread.status == "signed"
    history = [(c.date.isoformat(), c.status, c.article) for c in thread.status_history]
    first_date, first_status, first_file = want["first"]
    last_date, last_status, last_file = want["last"]
    assert history[0] == (first_date, first_status, ids(week, [first_file])[0])
    assert history[-1] == (last_date, last_status, ids(week, [last_file])[0])
    assert thread.status_since == dt.date.fromisoformat(last_date)


def test_the_failed_article_is_listed_as_not_included(digest: Digest) -> None:
    assert [(n.source, n.reason) for n in digest.not_included] == [
        tuple(item) for item in EXPECTED["failed"]
    ]


def test_the_sources_list_is_complete_with_titles_and_dates(week: Any, digest: Digest) -> None:
    briefings = week[0]
    assert len(digest.sources) == len(briefings) == 8
    by_id = {s.article: s for s in digest.sources}
    for name, briefing in briefings.items():
        source = by_id[briefing.provenance.article_id]
        first_line = (WEEK / name).read_text(encoding="utf-8").splitlines()[0]
        assert source.title == first_line
        assert source.published == source.date == dt.date.fromisoformat(DATES[name])
        assert source.path is not None and source.path.endswith(name)
    assert [s.date for s in digest.sources] == sorted(s.date for s in digest.sources)
    assert digest.period is not None
    assert (digest.period.start, digest.period.end) == (dt.date(2025, 3, 10), dt.date(2025, 3, 15))


def test_every_thread_and_signal_cites_only_listed_sources(digest: Digest) -> None:
    listed = {s.article for s in digest.sources}
    for thread in [*digest.disputes, *digest.deals]:
        assert thread.sources and set(thread.sources) <= listed
        assert all(p in {a.name for a in digest.actors} for p in thread.parties)
    for signal in digest.outlook.signals:
        assert set(signal.sources) <= listed
    for top in digest.top_developments:
        assert top.sources and set(top.sources) <= listed


def test_the_week_renders_as_markdown(digest: Digest) -> None:
    markdown = render_digest_markdown(digest)
    assert markdown.startswith("# Digest: 10 Mar 2025 to 15 Mar 2025\n")
    assert "| Vladimir Putin | person | RUS | Putin, Vladamir Putin |" in markdown
    assert "09\\_broken\\_feed.txt: file is empty" in markdown


def test_the_top_developments_read_like_a_briefing(week: Any, digest: Digest) -> None:
    threads: dict[tuple[str, str], DisputeThread | DealThread] = {
        (t.title, "dispute"): t for t in digest.disputes
    }
    threads |= {(t.title, "deal"): t for t in digest.deals}
    listed = {s.article for s in digest.sources}
    assert 2 <= len(digest.top_developments) <= 5
    texts = {b.provenance.article_id: b.article_text for b in week[0].values()}
    for top in digest.top_developments:
        thread = threads[(top.thread, top.section)]
        check_statement(top, thread, texts)
        assert top.sources == thread.sources and set(top.sources) <= listed
        assert not weak_basis(thread)
    # The two stories three outlets told lead, and say what happened in the week.
    deal, dispute = digest.top_developments[:2]
    assert (deal.section, dispute.section) == ("deal", "dispute")
    want = EXPECTED["deal"]
    assert set(ids(week, want["files"])) <= set(deal.sources)
    # The deal is told by its latest dated report, the signing; the course is in its thread.
    assert "signed" in deal.statement and deal.attribution.endswith("14 Mar 2025")
    (thread,) = [t for t in digest.deals if t.title == deal.thread]
    assert [c.status for c in thread.status_history][-2:] == ["negotiating", "signed"]
    assert set(dispute.sources) == set(ids(week, EXPECTED["dispute"]["files"]))
    assert "Japan" in dispute.statement or "Tokyo" in dispute.statement


def test_no_weak_thread_is_ranked_above_a_firm_one(digest: Digest) -> None:
    threads: dict[str, DisputeThread | DealThread] = {t.title: t for t in digest.disputes}
    threads |= {t.title: t for t in digest.deals}
    ranked = [weak_basis(threads[t.thread]) for t in digest.top_developments]
    assert ranked == sorted(ranked)
    # A firm thread dated before the week (the invasion of 2022) is its background.
    assert digest.period is not None
    firm = [
        t
        for t in threads.values()
        if not weak_basis(t) and (t.date is None or t.date >= digest.period.start)
    ]
    assert len(digest.top_developments) == min(5, len(firm))


def test_the_outlook_summary_is_short(digest: Digest) -> None:
    summary = digest.outlook.summary
    assert summary
    assert len(summary.split()) <= 3 * 20
    # Each of its sentences is (the main clause of) one of the signals.
    descriptions = " ".join(s.description for s in digest.outlook.signals)
    for sentence in summary.split(". "):
        assert sentence.rstrip(".") in descriptions, sentence
