"""``build_digest`` on the hand-built week: every field, determinism, JSON, speed."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from test_digest_support import article_id, load_hand_built, make_briefing

from summarizer import Briefing, ConfigError, Digest, build_digest
from summarizer._digest._models import DealThread, DisputeThread, TopDevelopment
from summarizer._digest._render import render_digest_json, render_digest_markdown
from summarizer._digest._synthesis import weak_basis


@pytest.fixture(scope="module")
def week() -> tuple[dict[str, Briefing], dict[str, Any]]:
    return load_hand_built()


@pytest.fixture(scope="module")
def digest(week: tuple[dict[str, Briefing], dict[str, Any]]) -> Digest:
    briefings, fixture = week
    return build_digest(
        list(briefings.values()), not_included=[tuple(p) for p in fixture["not_included"]]
    )


def ids(week: tuple[dict[str, Briefing], dict[str, Any]], keys: list[str]) -> list[str]:
    return [article_id(week[0][key]) for key in keys]


def test_actors_are_merged_as_expected(week: Any, digest: Digest) -> None:
    expected = week[1]["expected"]["actors"]
    by_name = {actor.name: actor for actor in digest.actors}
    for name, want in expected.items():
        assert name in by_name, f"{name!r} missing from {sorted(by_name)}"
        actor = by_name[name]
        assert actor.kind == want["kind"], name
        assert actor.country == want["country"], name
        assert actor.articles == ids(week, want["articles"]), name
        assert actor.aliases == want["aliases"], name
    # Nothing else: every actor of the week is one of the expected ones.
    assert sorted(by_name) == sorted(expected)


def test_every_merge_is_explained(week: Any, digest: Digest) -> None:
    reasons = [note.reason for note in digest.merges]
    for reason in week[1]["expected"]["merges"]:
        assert reason in reasons
    assert all(note.reason for note in digest.merges)
    assert all(
        note.into is None or note.into in {a.name for a in digest.actors}
        for note in digest.merges
        if note.section == "actor"
    )


def test_disputes_and_deals_are_threads_with_sources_status_and_history(
    week: Any, digest: Digest
) -> None:
    expected = week[1]["expected"]
    for section, threads in (("disputes", digest.disputes), ("deals", digest.deals)):
        assert len(threads) == len(expected[section]), section
        for thread, want in zip(threads, expected[section], strict=True):
            assert thread.sources == ids(week, want["sources"])
            assert thread.parties == want["parties"]
            assert thread.status == want["status"]
            history = [(c.date.isoformat(), c.status, c.article) for c in thread.status_history]
            assert history == [(d, s, article_id(week[0][k])) for d, s, k in want["history"]]
            assert thread.status_since == dt.date.fromisoformat(want["history"][-1][0])
            assert {e.article for e in thread.evidence} == set(thread.sources)
            if "value" in want:
                assert thread.value is not None
                assert thread.value.model_dump() == want["value"]


def test_evidence_keeps_the_article_offsets(week: Any, digest: Digest) -> None:
    texts = {article_id(b): b.article_text for b in week[0].values()}
    for thread in [*digest.disputes, *digest.deals]:
        for item in thread.evidence:
            assert texts[item.article][item.start : item.end] == item.quote


def test_the_outlook_merges_signals_saying_the_same_thing(week: Any, digest: Digest) -> None:
    expected = week[1]["expected"]["signals"]
    assert [s.description for s in digest.outlook.signals] == [e["description"] for e in expected]
    assert [s.sources for s in digest.outlook.signals] == [
        ids(week, e["sources"]) for e in expected
    ]
    merged = digest.outlook.signals[0]
    # The latest report's likelihood and horizon: news moves on.
    assert (merged.likelihood, merged.horizon) == ("high", "next week")
    assert digest.outlook.summary.startswith("Talks on the fisheries quota resume next week.")
    assert any(n.section == "signal" for n in digest.merges)


# How each status reads in a statement: the word a reader looks for.
STATUS_WORDS = {
    "proposed": "proposed", "negotiating": "negotiating", "agreed": "reached",
    "signed": "signed", "implemented": "implementing", "stalled": "stalled",
    "collapsed": "collapsed", "escalating": "escalated", "ongoing": "ongoing",
    "easing": "eased", "resolved": "resolved", "unclear": "unclear",
}  # fmt: skip


def check_statement(
    top: TopDevelopment, thread: DisputeThread | DealThread, texts: dict[str, str]
) -> None:
    """What a reader checks in a top development: it is a sentence one of the thread's own
    sources wrote, whole and verbatim, attributed to that source; nothing is made up."""
    said = " ".join(top.statement.split())
    assert said.endswith((".", "!", "?", '"', "”")), said
    assert "\n" not in top.statement and "[S" not in top.statement  # citations are rendered
    own = [" ".join(texts[a].split()) for a in thread.sources]
    assert any(said in text for text in own), said
    assert top.sources == thread.sources


def test_top_developments_rank_by_significance_not_by_parties(week: Any, digest: Digest) -> None:
    tops = digest.top_developments
    deal, kuril = tops[:2]
    # The deal changed status (talks, then signed) and is reported by three outlets; the
    # island row escalated, in three articles: both lead; a one-article item follows.
    assert (deal.section, kuril.section) == ("deal", "dispute")
    assert deal.sources == ids(week, ["h1", "h4", "h5"])
    assert kuril.sources == ids(week, ["h1", "h2", "h3"])
    assert deal.thread == digest.deals[0].title
    assert kuril.thread == digest.disputes[0].title
    reasons = digest.deals[0].significance
    assert "negotiating to signed" in reasons and "3 independent sources" in reasons


def test_top_developments_are_the_sources_own_sentences(week: Any, digest: Digest) -> None:
    threads: dict[tuple[str, str], DisputeThread | DealThread] = {
        (t.title, "dispute"): t for t in digest.disputes
    }
    threads |= {(t.title, "deal"): t for t in digest.deals}
    texts = {article_id(b): b.article_text for b in week[0].values()}
    for top in digest.top_developments:
        check_statement(top, threads[(top.thread, top.section)], texts)
    deal = digest.top_developments[0]
    # Told by its latest dated source (h5, the newest, gives no date) and attributed to that
    # outlet and the date it published, never a made-up date.
    assert deal.attribution == "Pacific Wire, 5 Jun 2025"


def _thread_briefing(title: str, status: str, parties: list[str], day_: int) -> Briefing:
    text = f"{parties[0]} and {parties[1]} discussed the {title} on day {day_}, officials said."
    return make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in parties],
        deals=[{"title": title, "parties": parties, "status": status, "quote": text}],
        published=dt.date(2025, 6, day_),
    )


def test_threads_with_a_weak_basis_are_not_ranked_above_firm_ones() -> None:
    briefings = [
        # Weak: one article, status unclear (and many parties, which used to rank it first).
        make_briefing(
            "Brazil, India, France and Chile were named in a deal of unknown status.",
            actors=[{"name": n, "kind": "state"} for n in ("Brazil", "India", "France", "Chile")],
            deals=[
                {
                    "title": "Grain shipments pact",
                    "parties": ["Brazil", "India", "France", "Chile"],
                    "status": "unclear",
                    "quote": "Brazil, India, France and Chile were named in a deal",
                }
            ],
            published=dt.date(2025, 6, 6),
        ),
        # Weak: one article, and a title that names no topic.
        _thread_briefing("Deal", "agreed", ["Peru", "Chile"], 5),
        # Firm: one article, a known status and a topic.
        _thread_briefing("Satellite launch contract", "signed", ["Norway", "Spain"], 2),
    ]
    digest = build_digest(briefings)
    assert len(digest.deals) == 3
    weak = {t.title for t in digest.deals if weak_basis(t)}
    assert weak == {"Grain shipments pact", "Deal"}
    tops = [t.thread for t in digest.top_developments]
    assert tops[0] == "Satellite launch contract"
    assert not weak & set(tops)
    # They stay in the deal threads.
    assert {t.title for t in digest.deals} >= weak


def test_statements_and_ranking_do_not_depend_on_input_order(week: Any, digest: Digest) -> None:
    briefings = list(week[0].values())
    again = build_digest(list(reversed(briefings)))
    assert [t.model_dump() for t in again.top_developments] == [
        t.model_dump() for t in digest.top_developments
    ]


def test_sources_are_complete_and_an_undated_article_is_filed_under_its_briefing_date(
    week: Any, digest: Digest
) -> None:
    keys = ["h1", "h2", "h3", "h4", "h5"]
    assert [s.article for s in digest.sources] == ids(week, keys)
    h1 = digest.sources[0]
    assert (h1.title, h1.site, h1.path, h1.url, h1.published) == (
        "Moscow and Tokyo reopen fisheries talks as island row simmers",
        "Baltic Wire",
        "feeds/baltic_wire/kuril_fisheries.txt",
        "https://balticwire.example/2025/06/02/kuril-fisheries",
        dt.date(2025, 6, 2),
    )
    h5 = digest.sources[-1]
    assert (h5.published, h5.date, h5.date_from) == (None, dt.date(2025, 6, 6), "created_at")
    assert {s.date_from for s in digest.sources[:-1]} == {"published"}


def test_failed_inputs_and_duplicate_articles_are_listed_as_not_included(digest: Digest) -> None:
    assert [(n.source, n.reason) for n in digest.not_included] == [
        ("feeds/broken/empty.txt", "file is empty"),
        (
            "feeds/mirror/quota_signed_copy.txt",
            f"same article as {digest.sources[3].article[:12]}, which is included once",
        ),
    ]


def test_period_and_provenance_sum_the_briefings(digest: Digest) -> None:
    assert digest.period is not None
    # The dates the dated sources cover: h5 gives none (it was read on 6 June), so it stretches
    # nothing; it is counted as undated.
    assert (digest.period.start, digest.period.end) == (dt.date(2025, 6, 2), dt.date(2025, 6, 5))
    assert digest.covered == digest.period and digest.undated == 1
    p = digest.provenance
    assert (p.engine, p.model) == ("offline", None)
    assert p.briefing_engines == ["llm", "offline"]
    assert p.briefing_models == ["small-model-7b"]
    assert p.briefings == 5
    assert (p.tokens_in, p.tokens_out, p.model_calls) == (
        1800 + 1650 + 1500 + 2100,
        420 + 380 + 350 + 500,
        1 + 2 + 1 + 3,
    )
    assert p.created_at == dt.datetime(2025, 6, 6, 9, 15, tzinfo=dt.timezone.utc)


def test_a_given_period_and_creation_time_are_kept(week: Any) -> None:
    moment = dt.datetime(2025, 6, 9, 8, 0, tzinfo=dt.timezone.utc)
    digest = build_digest(
        list(week[0].values()),
        period=(dt.date(2025, 6, 2), dt.date(2025, 6, 8)),
        created_at=moment,
    )
    assert digest.period is not None
    assert digest.period.end == dt.date(2025, 6, 8)
    assert digest.provenance.created_at == moment
    with pytest.raises(ConfigError, match="before it starts"):
        build_digest([], period=(dt.date(2025, 6, 8), dt.date(2025, 6, 2)))


def test_shuffled_input_gives_byte_identical_json(week: Any, digest: Digest) -> None:
    briefings, fixture = week
    expected = render_digest_json(digest)
    not_included = [tuple(p) for p in fixture["not_included"]]
    rng = random.Random(7)
    for _ in range(6):
        order = list(briefings.values())
        rng.shuffle(order)
        assert render_digest_json(build_digest(order, not_included=not_included)) == expected


def test_the_json_round_trips_through_the_model(digest: Digest) -> None:
    text = render_digest_json(digest)
    again = Digest.model_validate_json(text)
    assert again == digest
    assert render_digest_json(again) == text


def test_the_json_has_the_public_field_names(digest: Digest) -> None:
    data = digest.model_dump(mode="json")
    assert list(data) == [
        "period", "covered", "undated", "bottom_line", "top_developments", "changes",
        "compared_with", "key_dates", "actors", "disputes", "deals", "outlook", "sources",
        "not_included", "merges", "provenance",
    ]  # fmt: skip
    assert set(data["actors"][0]) >= {"name", "aliases", "articles", "kind", "country", "roles"}
    assert set(data["disputes"][0]) >= {
        "title", "kind", "parties", "status", "status_history", "sources", "evidence",
    }  # fmt: skip
    assert set(data["disputes"][0]["status_history"][0]) == {"date", "status", "article"}
    assert set(data["disputes"][0]["evidence"][0]) >= {"article", "quote", "start", "end"}
    assert set(data["outlook"]) == {"summary", "signals"}
    assert set(data["outlook"]["signals"][0]) >= {"description", "horizon", "likelihood", "sources"}
    assert set(data["sources"][0]) >= {"article", "title", "url", "path", "site", "published"}
    assert set(data["not_included"][0]) == {"source", "reason"}
    assert set(data["top_developments"][0]) >= {"statement", "sources"}
    assert set(data["period"]) == {"start", "end"}
    assert set(data["provenance"]) >= {
        "engine", "model", "created_at", "tokens_in", "tokens_out", "model_calls",
    }  # fmt: skip


def test_no_briefings_make_an_empty_digest() -> None:
    digest = build_digest([], not_included=[("a.txt", "file is empty")])
    assert digest.actors == digest.disputes == digest.deals == digest.sources == []
    assert digest.period is None
    assert [n.source for n in digest.not_included] == ["a.txt"]
    assert digest.provenance.briefings == 0


def _synthetic_week(count: int) -> list[Briefing]:
    """``count`` briefings of varied, overlapping actors and threads (for timing)."""
    states = [
        ("Russia", "RUS", "Moscow"), ("Japan", "JPN", "Tokyo"), ("China", "CHN", "Beijing"),
        ("India", "IND", "New Delhi"), ("Brazil", "BRA", "Brasilia"), ("France", "FRA", "Paris"),
    ]  # fmt: skip
    people = [
        "Vladimir Putin", "Vladamir Putin", "Putin", "Shigeru Ishiba", "Ishiba", "Xi Jinping",
        "Xi", "Narendra Modi", "Modi", "Ed Miliband", "David Miliband",
    ]  # fmt: skip
    topics = ["fisheries quota", "gas pipeline", "border patrols", "rare earth exports",
              "port access", "grain shipments", "satellite launch", "river dam"]  # fmt: skip
    out = []
    for n in range(count):
        a, b = states[n % len(states)], states[(n * 5 + 1) % len(states)]
        if a == b:
            b = states[(n + 2) % len(states)]
        who = [people[(n + k) % len(people)] for k in range(4)]
        topic = topics[n % len(topics)]
        other = topics[(n + 3) % len(topics)]
        sentences = [
            f"{a[0]} and {b[0]} argued over {topic} on day {n}.",
            f"{a[2]} and {b[2]} are negotiating a deal on {other}.",
            *(f"{p} commented on the {topic} row." for p in who),
            f"Talks on {other} resume next week, officials in {a[2]} said.",
        ]
        text = " ".join(sentences) + "\n\n" + " ".join(sentences[:2]) * 4
        out.append(
            make_briefing(
                text,
                actors=[
                    {"name": a[0], "kind": "state", "country": a[1], "aliases": [a[2]]},
                    {"name": b[0], "kind": "state", "country": b[1], "aliases": [b[2]]},
                    *({"name": p, "kind": "person"} for p in who),
                ],
                disputes=[
                    {
                        "title": f"{topic.title()} row",
                        "parties": [a[0], b[0]],
                        "status": "ongoing",
                        "summary": sentences[0],
                    }
                ],
                deals=[
                    {
                        "title": f"{other.title()} deal",
                        "parties": [a[2], b[2]],
                        "status": "negotiating",
                        "summary": sentences[1],
                    }
                ],
                signals=[
                    {"description": sentences[-1], "likelihood": "medium", "quote": sentences[-1]}
                ],
                published=dt.date(2025, 6, 2) + dt.timedelta(days=n % 7),
            )
        )
    return out


def test_a_week_of_fifty_briefings_merges_names_written_several_ways() -> None:
    # How long this takes is measured in benchmarks/bench_digest_scale.py, not here.
    digest = build_digest(_synthetic_week(50))
    assert len(digest.sources) == 50
    names = {a.name for a in digest.actors}
    assert "Vladimir Putin" in names and "Putin" not in names and "Vladamir Putin" not in names
    assert {"Ed Miliband", "David Miliband"} <= names


def test_a_development_dated_before_the_period_is_background_not_a_top_development() -> None:
    text = "Japan and China agreed in 2024 to set up a maritime hotline, officials said."
    old = make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in ("Japan", "China")],
        deals=[
            {
                "title": "Maritime hotline agreement",
                "parties": ["Japan", "China"],
                "status": "agreed",
                "when": "2024",
                "quote": text,
            }
        ],
        published=dt.date(2025, 6, 3),
    )
    new = _thread_briefing("Satellite launch contract", "signed", ["Norway", "Spain"], 4)
    digest = build_digest([old, new])
    assert {t.title for t in digest.deals} == {
        "Maritime hotline agreement",
        "Satellite launch contract",
    }
    assert [t.thread for t in digest.top_developments] == ["Satellite launch contract"]


def test_dates_show_no_more_than_their_source_gives() -> None:
    text = (
        "Russia and Ukraine have fought since Russia invaded in 2022. Talks are expected to "
        "resume in March, officials said."
    )
    briefing = make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in ("Russia", "Ukraine")],
        disputes=[
            {
                "title": "War",
                "parties": ["Russia", "Ukraine"],
                "status": "ongoing",
                "when": "2022",
                "quote": "Russia invaded in 2022",
            }
        ],
        signals=[
            {
                "description": "Talks are expected to resume in March",
                "when": "2026-03",
                "quote": "Talks are expected to resume in March",
            }
        ],
        published=dt.date(2026, 3, 12),
    )
    digest = build_digest([briefing])
    (war,) = digest.disputes
    assert (war.date, war.date_precision) == (dt.date(2022, 1, 1), "year")
    # "in March" is still ahead on March 12, and is shown as a month, not as March 1.
    (talks,) = digest.key_dates
    assert (talks.date, talks.precision) == (dt.date(2026, 3, 1), "month")
    markdown = render_digest_markdown(digest)
    assert "Mar 2026: Talks are expected to resume in March" in markdown
    assert "1 Mar 2026" not in markdown
    assert "· 2022 ·" in markdown and "1 Jan 2022" not in markdown


def test_a_sources_canonical_address_is_kept_and_shown() -> None:
    text = "Norway and Spain signed a satellite launch contract on day 2, officials said."
    briefing = make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in ("Norway", "Spain")],
        url="https://mirror.example/launch",
    )
    source = briefing.source.model_copy(update={"canonical_url": "https://news.example/launch"})
    digest = build_digest([briefing.model_copy(update={"source": source})])
    (kept,) = digest.sources
    assert kept.canonical_url == "https://news.example/launch"
    assert "canonical https://news.example/launch" in render_digest_markdown(digest)


def test_the_outlook_leads_with_what_to_watch_not_with_vague_lines() -> None:
    text = (
        "The harder part will follow, officials said. Ministers from Norway and Spain are "
        "expected to meet in Oslo next month to settle the launch schedule."
    )
    vague = "The harder part will follow"
    concrete = "Ministers from Norway and Spain are expected to meet in Oslo next month"
    briefing = make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in ("Norway", "Spain")],
        signals=[
            {"description": vague, "likelihood": "high", "quote": vague},
            {
                "description": concrete,
                "likelihood": "medium",
                "horizon": "months",
                "quote": concrete,
            },
        ],
    )
    digest = build_digest([briefing])
    assert [s.description for s in digest.outlook.signals] == [concrete, vague]
    # The summary says what to watch: a line naming no one and no date is left out of it.
    assert digest.outlook.summary == concrete + "."


def test_with_no_dated_source_a_development_years_before_the_reading_is_background() -> None:
    text = (
        "Russia invaded Ukraine in 2022. Norway and Spain signed a launch contract, officials said."
    )
    briefing = make_briefing(
        text,
        actors=[{"name": p, "kind": "state"} for p in ("Russia", "Ukraine", "Norway", "Spain")],
        disputes=[
            {
                "title": "Invasion of Ukraine",
                "parties": ["Russia", "Ukraine"],
                "status": "ongoing",
                "when": "2022",
                "quote": "Russia invaded Ukraine in 2022",
            }
        ],
        deals=[
            {
                "title": "Launch contract",
                "parties": ["Norway", "Spain"],
                "status": "signed",
                "quote": "Norway and Spain signed a launch contract",
            }
        ],
        published=None,
        created_at="2026-03-02T10:00:00+00:00",
    )
    digest = build_digest([briefing])
    assert [t.thread for t in digest.top_developments] == ["Launch contract"]
    assert {t.title for t in digest.disputes} == {"Invasion of Ukraine"}  # still listed


def _tariff_briefing(
    text: str, day_: int, status: str = "escalating", *, dated: bool = True
) -> Briefing:
    return make_briefing(
        text,
        actors=[{"name": n, "kind": "state"} for n in ("Canada", "Brazil")],
        disputes=[
            {
                "title": "Tariffs on steel",
                "kind": "economic",
                "parties": ["Canada", "Brazil"],
                "status": status,
                "quote": text,
            }
        ],
        published=dt.date(2025, 6, day_) if dated else None,
    )


def test_a_development_is_told_in_the_reporters_words_before_a_commentators() -> None:
    view = (
        "Tariffs on steel between Canada and Brazil will hurt both economies, "
        "said Ana Souza, an economist at a bank in Sao Paulo."
    )
    news = "Canada raised its tariffs on Brazilian steel to 25 percent on Monday, in a new row."
    digest = build_digest([_tariff_briefing(view, 2), _tariff_briefing(news, 3)])
    assert len(digest.disputes) == 1
    (top,) = digest.top_developments
    assert top.statement == news


def test_a_thread_told_only_by_history_is_no_development() -> None:
    history = "Canada and Brazil fought over tariffs on steel in 1998 and 1999, for a year."
    digest = build_digest([_tariff_briefing(history, 2, status="ongoing")])
    assert len(digest.disputes) == 1
    assert digest.top_developments == []
    # With a day of the news, the same years are background to news, and it leads.
    news = "Canada and Brazil renewed their 1998 row over tariffs on steel on Tuesday."
    digest = build_digest([_tariff_briefing(news, 2, status="ongoing")])
    assert [t.statement for t in digest.top_developments] == [news]


def test_a_development_is_what_happened_not_what_may() -> None:
    ahead = (
        "Whether Canada and Brazil settle the steel tariffs may become clear at a summit in May."
    )
    news = "Canada raised its tariffs on Brazilian steel to 25 percent on Monday, in a new row."
    digest = build_digest([_tariff_briefing(ahead, 2), _tariff_briefing(news, 3)])
    (top,) = digest.top_developments
    assert top.statement == news


def test_a_state_of_things_since_a_year_is_no_development_even_undated() -> None:
    # An undated source gives no year to measure "2012" against; the present perfect from a
    # year on says the sentence sums up the years all the same.
    since = (
        "The row between Canada and Brazil over tariffs on steel has flared repeatedly since 2012."
    )
    digest = build_digest([_tariff_briefing(since, 2, status="ongoing", dated=False)])
    assert len(digest.disputes) == 1
    assert digest.top_developments == []
    news = "Canada and Brazil have traded tariffs on steel since 2012 and did so again on Monday."
    digest = build_digest([_tariff_briefing(news, 2, status="ongoing", dated=False)])
    assert [t.statement for t in digest.top_developments] == [news]
