"""The digest states nothing no source states, and tells one subject in one thread.

Hand-built briefings test each rule; then weeks of our own wire copy
(``fixtures/weeks_digest24``: the same stories told by different outlets, with different
spellings and titles) and the sample week are briefed offline and read as an analyst would.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_digest_build import check_statement
from test_digest_support import WEEK, make_briefing

import summarizer
from summarizer import Briefing, Digest, build_digest, render_digest_markdown
from summarizer._briefing._models import Source

WEEKS = Path(__file__).resolve().parent / "fixtures" / "weeks_digest24"

RUSSIA = {"name": "Russia", "kind": "state", "country": "RUS"}
CHINA = {"name": "China", "kind": "state", "country": "CHN"}
GAZPROM = {"name": "Gazprom", "kind": "company", "country": "RUS"}
ROSNEFT = {"name": "Rosneft", "kind": "company", "country": "RUS"}
CNPC = {"name": "CNPC", "kind": "company", "country": "CHN"}
PUTIN = {"name": "Vladimir Putin", "kind": "person", "country": "RUS", "quote": "Putin"}


def _actors(text: str, *actors: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {**a, "quote": a.get("quote", a["name"])}
        for a in actors
        if a.get("quote", a["name"]) in text
    ]


def _deal(text: str, title: str, parties: list[str], **more: Any) -> dict[str, Any]:
    return {
        "title": title,
        "kind": "energy",
        "parties": parties,
        "status": more.pop("status", "negotiating"),
        "summary": more.pop("summary", text),
        "quote": more.pop("quote", text),
        **more,
    }


# --------------------------------------------------------------------------- one thread


def test_a_leader_named_beside_his_state_is_his_states_side_not_a_new_one() -> None:
    # Two outlets on the same pipeline talks: one names Putin among the parties, the other
    # does not, and they share almost no topic words. Same kind, same sides: one thread.
    one = "Russia and China resumed talks as Gazprom and CNPC haggled over the supply contract."
    two = "Putin cleared his calendar while Russia, China, Gazprom and CNPC neared the last lines."
    briefings = [
        make_briefing(
            one,
            actors=_actors(one, RUSSIA, CHINA, GAZPROM, CNPC),
            deals=[_deal(one, "Supply contract", ["Russia", "China", "Gazprom", "CNPC"])],
            published="2026-11-02",
        ),
        make_briefing(
            two,
            actors=_actors(two, RUSSIA, CHINA, GAZPROM, CNPC, PUTIN),
            deals=[
                _deal(
                    two,
                    "Last round",
                    ["Gazprom", "CNPC", "Russia", "China", "Vladimir Putin"],
                )
            ],
            published="2026-11-04",
        ),
    ]
    digest = build_digest(briefings)
    assert len(digest.deals) == 1
    assert len(digest.deals[0].sources) == 2


def test_a_company_stays_a_side_of_its_own() -> None:
    # Two Russia-China energy deals of different firms about different things: two threads.
    one = "Gazprom and CNPC signed a gas pipeline contract, Russia and China said."
    two = "Rosneft and CNPC agreed to extend crude oil shipments by tanker, Russia and China said."
    briefings = [
        make_briefing(
            one,
            actors=_actors(one, RUSSIA, CHINA, GAZPROM, CNPC),
            deals=[_deal(one, "Gas pipeline contract", ["Gazprom", "CNPC", "Russia", "China"])],
            published="2026-11-02",
        ),
        make_briefing(
            two,
            actors=_actors(two, RUSSIA, CHINA, ROSNEFT, CNPC),
            deals=[_deal(two, "Crude oil shipments", ["Rosneft", "CNPC", "Russia", "China"])],
            published="2026-11-03",
        ),
    ]
    assert len(build_digest(briefings).deals) == 2


# --------------------------------------------------------------------------- summaries

JAPAN = {"name": "Japan", "kind": "state", "country": "JPN"}
KOREA = {"name": "South Korea", "kind": "state", "country": "KOR"}


def _one_deal_digest(text: str, summary: str, published: str = "2026-03-11") -> Digest:
    briefing = make_briefing(
        text,
        actors=_actors(text, JAPAN, KOREA),
        deals=[
            _deal(
                text,
                "LNG swap",
                ["Japan", "South Korea"],
                status="signed",
                summary=summary,
                quote=summary.split(". ")[0],
            )
        ],
        published=published,
    )
    return build_digest([briefing])


def test_a_thread_summary_leaves_out_history_told_under_the_news() -> None:
    lede = "Japan and South Korea signed an agreement on Monday to lend each other LNG cargoes."
    history = (
        "South Korea's Supreme Court ordered Japanese firms in 2018 to compensate Koreans "
        "forced to work in their factories."
    )
    text = f"{lede} {history}"
    summary = _one_deal_digest(text, text).deals[0].summary
    assert summary == lede
    assert "2018" not in summary


def test_a_thread_summary_leaves_out_a_state_of_years_and_a_pronoun_leaning_on_the_text() -> None:
    lede = "Japan and South Korea signed an agreement on Monday to lend each other LNG cargoes."
    since = "Japan has made energy security a priority since the 2011 disaster."
    pronoun = "It will review the swap every two years."
    text = f"{lede} {since} {pronoun}"
    assert _one_deal_digest(text, text).deals[0].summary == lede


def test_a_thread_summary_leaves_out_how_long_things_have_stood() -> None:
    lede = "Japan and South Korea signed an agreement on Monday to lend each other LNG cargoes."
    state = "The two neighbours have had no formal energy talks since Seoul froze ties."
    text = f"{lede} {state}"
    assert _one_deal_digest(text, text).deals[0].summary == lede


def test_a_summary_of_todays_news_keeps_its_second_sentence() -> None:
    lede = "Japan and South Korea signed an agreement on Monday to lend each other LNG cargoes."
    more = "Prices have risen since Monday, when Korea Gas and JERA agreed to swap cargoes."
    text = f"{lede} {more}"
    assert _one_deal_digest(text, text).deals[0].summary == text


# --------------------------------------------------------------------------- outlook


def _signals_digest(text: str, *signals: dict[str, Any]) -> Digest:
    briefing = make_briefing(
        text,
        actors=_actors(text, JAPAN, KOREA),
        signals=[{"quote": s["description"].rstrip("."), **s} for s in signals],
        published="2026-11-20",
    )
    return build_digest([briefing])


def test_a_signal_opening_on_a_pronoun_does_not_stand_alone_in_the_outlook() -> None:
    text = (
        "Mongolia is the quiet third party. Its government wants transit fees and will not be "
        "rushed. Japan expects talks with South Korea to resume next month."
    )
    digest = _signals_digest(
        text,
        {"description": "Its government wants transit fees and will not be rushed."},
        {"description": "Japan expects talks with South Korea to resume next month."},
    )
    described = [s.description for s in digest.outlook.signals]
    assert described == ["Japan expects talks with South Korea to resume next month."]
    assert "Its government" not in render_digest_markdown(digest)


def test_a_key_date_tells_the_thing_that_is_due_not_the_clause_before_it() -> None:
    said = (
        "Japan, the world's largest LNG importer, has signed a string of long-term contracts as "
        "it seeks to raise the share of renewables in its energy mix to 40 percent by 2030"
    )
    digest = _signals_digest(f"{said}.", {"description": f"{said}.", "when": "2030"})
    (key,) = digest.key_dates
    assert "by 2030" in key.what
    line = next(x for x in render_digest_markdown(digest).splitlines() if x.startswith("- 2030"))
    assert "by 2030" in line


def test_the_outlook_summary_never_restates_a_past_clause_as_what_is_ahead() -> None:
    said = (
        "South Korea recalled its ambassador from Tokyo on Friday after Japanese officials "
        "said they would revive a plan to survey the disputed islets"
    )
    digest = _signals_digest(f"{said}.", {"description": f"{said}.", "likelihood": "medium"})
    assert "recalled its ambassador from Tokyo on Friday." not in digest.outlook.summary


# --------------------------------------------------------------------------- developments


def test_a_top_development_quotes_the_lede_without_its_dateline() -> None:
    text = (
        "TOKYO, March 11 (Wire) - Japan and South Korea signed an agreement on Monday to lend "
        "each other cargoes of liquefied natural gas during supply emergencies."
    )
    briefing = make_briefing(
        text,
        actors=_actors(text, JAPAN, KOREA),
        deals=[_deal(text, "LNG swap", ["Japan", "South Korea"], status="signed")],
        published="2026-03-11",
    )
    (top,) = build_digest([briefing]).top_developments
    assert top.statement.startswith("Japan and South Korea signed")
    assert top.statement in text


# --------------------------------------------------------------------------- our weeks


def _read(path: Path) -> tuple[str, Source]:
    head, title, body = path.read_text(encoding="utf-8").split("\n", 2)
    site, day = (part.strip() for part in head.split("|"))
    return body.strip(), Source(
        title=title.strip(), site=site, path=path.name, published=dt.date.fromisoformat(day)
    )


def _week(name: str) -> tuple[Digest, dict[str, str], dict[str, str]]:
    """The week's digest, each article's text by id, and each file's article id."""
    briefings: list[Briefing] = []
    for path in sorted((WEEKS / name).glob("*.txt")):
        text, source = _read(path)
        briefings.append(summarizer.brief_text(text, engine="offline", source=source))
    texts = {b.provenance.article_id: b.article_text or "" for b in briefings}
    files = {b.source.path or "": b.provenance.article_id for b in briefings}
    return build_digest(briefings, include=("international", "domestic")), texts, files


@pytest.fixture(scope="module")
def weeks() -> dict[str, tuple[Digest, dict[str, str], dict[str, str]]]:
    return {name: _week(name) for name in ("nile", "indus", "mercosur")}


def _threads_with(digest: Digest, *parties: str) -> list[Any]:
    return [t for t in [*digest.disputes, *digest.deals] if set(parties) <= set(t.parties)]


@pytest.mark.parametrize(
    ("week", "parties", "files"),
    [
        (
            "nile",
            ("Egypt", "Ethiopia"),
            [
                "01_cairo_tribune_dam_warning.txt",
                "02_horn_observer_gerd_row.txt",
                "03_nile_report_water_dispute.txt",
            ],
        ),
        (
            "indus",
            ("India", "Pakistan"),
            [
                "01_delhi_ledger_indus_treaty.txt",
                "02_karachi_courier_water_row.txt",
                "03_asia_wire_india_pakistan.txt",
            ],
        ),
        (
            "mercosur",
            ("Guyana", "Venezuela"),
            ["04_caribbean_post_essequibo.txt", "05_andes_daily_venezuela.txt"],
        ),
    ],
)
def test_one_row_told_by_several_outlets_is_one_thread_with_every_source(
    weeks: Any, week: str, parties: tuple[str, ...], files: list[str]
) -> None:
    digest, _, ids = weeks[week]
    (thread,) = [t for t in digest.disputes if set(parties) <= set(t.parties)]
    assert set(thread.sources) == {ids[f] for f in files}


def test_rows_sharing_one_side_are_not_merged(weeks: Any) -> None:
    nile = weeks["nile"][0]
    # Ethiopia's row with Somalia over a port is not its row with Egypt over the dam.
    assert _threads_with(nile, "Somalia", "Ethiopia")
    assert not any("Somalia" in t.parties for t in _threads_with(nile, "Egypt", "Ethiopia"))
    indus = weeks["indus"][0]
    # India's border talks with China are not its water row with Pakistan.
    assert not any("China" in t.parties for t in _threads_with(indus, "India", "Pakistan"))


def test_every_thread_date_is_a_day_a_source_gives(weeks: Any) -> None:
    for digest, _, _ in weeks.values():
        published = {s.published for s in digest.sources}
        for thread in [*digest.disputes, *digest.deals]:
            if thread.date is not None and thread.date_precision == "day":
                assert thread.date in published, thread.title


def test_top_developments_are_whole_source_sentences(weeks: Any) -> None:
    for digest, texts, _ in weeks.values():
        threads = {t.title: t for t in [*digest.disputes, *digest.deals]}
        assert digest.top_developments
        for top in digest.top_developments:
            check_statement(top, threads[top.thread], texts)
            # Where the reporter filed from is no part of the sentence.
            assert not re.match(r"[A-Z]{3,}[ ,]", top.statement), top.statement


def test_no_outlook_line_opens_on_a_pronoun(weeks: Any) -> None:
    for digest, _, _ in weeks.values():
        for signal in digest.outlook.signals:
            assert not re.match(r"(?i)(?:he|she|it|its|his|her|they|their)\b", signal.description)


# --------------------------------------------------------------------------- sample week


def test_the_sample_weeks_pipeline_deal_is_one_thread_of_three_outlets() -> None:
    dates: dict[str, str] = json.loads((WEEK / "dates.json").read_text(encoding="utf-8"))
    briefings = []
    for path in sorted(WEEK.glob("0[1-8]*.txt")):
        briefing = summarizer.brief_file(path, engine="offline")
        published = dt.date.fromisoformat(dates[path.name])
        briefings.append(
            briefing.model_copy(
                update={"source": briefing.source.model_copy(update={"published": published})}
            )
        )
    digest = build_digest(briefings)
    pipeline = [t for t in digest.deals if {"Russia", "China"} <= set(t.parties)]
    assert len(pipeline) == 1
    named = {b.source.path.rsplit("/", 1)[-1]: b.provenance.article_id for b in briefings}
    wanted = {
        named[n]
        for n in named
        if n.startswith(("01_", "04_", "06_"))  # talks, Kremlin signals, signed
    }
    assert wanted <= set(pipeline[0].sources)
    assert not any(s.description.startswith("Its ") for s in digest.outlook.signals)
