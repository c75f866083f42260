"""What the store holds, and forgetting some of it: ``Store.list_articles``, ``Store.forget``
and the kept digest syntheses, then ``summarizer store list|forget`` and ``summarizer logs``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from summarizer import Article, Briefing, Provenance, Source, Store
from summarizer._engines.llm._call_log import CallRecord
from summarizer._errors import InputError, InputNotFound
from summarizer._store import SynthesisKey
from summarizer.cli import main

READ = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store.open(path) as opened:
        yield opened


def _article(text: str, **source: object) -> Article:
    return Article(text=text, source=Source(**source))


def _brief(
    store: Store,
    article: Article,
    *,
    engine: str = "offline",
    model: str | None = None,
    relevance: str | None = "international",
    created: datetime = READ,
    headline: str | None = None,
) -> Briefing:
    """Store a small valid briefing of ``article`` (and the article) without an engine."""
    briefing = Briefing(
        relevance=relevance,
        headline=headline or f"Headline of {article.id[:8]}",
        summary="A summary.",
        source=article.source,
        provenance=Provenance(
            article_id=article.id, engine=engine, model=model, created_at=created
        ),
        article_text=article.text,
    )
    store.put_article(article, read_at=READ)
    store.put_briefing(briefing)
    return briefing


def _call(article_id: str | None, started: datetime = READ) -> CallRecord:
    return CallRecord(
        started_at=started,
        model="gpt-4.1-mini",
        endpoint="http://127.0.0.1/v1",
        article_id=article_id,
        attempt=1,
        tokens_in=900,
        tokens_out=250,
        latency_ms=800,
        outcome="ok",
        request_body="{}",
        response_body="{}",
    )


def _key(inputs: str = "a" * 64, model: str = "gpt-4.1-mini") -> SynthesisKey:
    return SynthesisKey(inputs=inputs, model=model, prompt_version="p1", schema_version="1")


QUOTA = _article(
    "Norway and Iceland agreed a mackerel quota.",
    url="https://example.org/world/quota",
    title="Mackerel quota agreed",
    published=date(2026, 11, 17),
)
PIPE = _article(
    "A gas pipeline deal was signed in Baku.",
    path="/news/w47/pipeline.txt",
    published=date(2026, 11, 18),
)
SPORT = _article(
    "The home side won the cup final on penalties.",
    path="/news/sport/final.txt",
    published=date(2026, 11, 19),
)
OLD = _article(
    "Talks on grain exports resumed in Geneva.",
    url="https://example.org/world/grain",
    published=date(2026, 10, 5),
)


@pytest.fixture
def filled(store: Store) -> Store:
    _brief(store, QUOTA, headline="Norway and Iceland agree a mackerel quota")
    _brief(
        store,
        QUOTA,
        engine="llm",
        model="gpt-4.1-mini",
        created=READ + timedelta(hours=1),
        headline="Mackerel: a five-year quota",
    )
    _brief(store, PIPE, relevance=None)
    _brief(store, SPORT, relevance="off_topic")
    _brief(store, OLD)
    store.put_article(_article("Read, never briefed.", path="/news/w47/raw.txt"), read_at=READ)
    return store


# ----------------------------------------------------------------------------- syntheses


def test_a_synthesis_is_kept_under_its_whole_key(store: Store) -> None:
    store.put_synthesis(_key(), '{"n": 1}', articles=[QUOTA.id, PIPE.id])
    assert store.get_synthesis(_key()) == '{"n": 1}'
    assert store.get_synthesis(_key(model="gpt-4.1")) is None
    assert store.get_synthesis(_key(inputs="b" * 64)) is None
    other = SynthesisKey("a" * 64, "gpt-4.1-mini", "p2", "1")
    assert store.get_synthesis(other) is None
    store.put_synthesis(_key(), '{"n": 2}', articles=[QUOTA.id])  # replaced, not added
    assert store.get_synthesis(_key()) == '{"n": 2}'
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("SELECT count(*) FROM syntheses").fetchone()[0] == 1
        assert conn.execute("SELECT article_id FROM synthesis_articles").fetchall() == [(QUOTA.id,)]
    finally:
        conn.close()


# ----------------------------------------------------------------------------- listing


def test_list_articles_says_what_is_there(filled: Store) -> None:
    entries = filled.list_articles()
    assert [e.id for e in entries][:4] == [OLD.id, QUOTA.id, PIPE.id, SPORT.id]  # oldest first
    quota = entries[1]
    assert (quota.week, quota.day, quota.dated_by) == ("2026-W47", date(2026, 11, 17), "published")
    assert quota.title == "Mackerel quota agreed"
    assert quota.location == "https://example.org/world/quota"
    # Newest briefing first; the headline is the newest one's.
    assert [(b.engine, b.model) for b in quota.briefings] == [
        ("llm", "gpt-4.1-mini"),
        ("offline", None),
    ]
    assert quota.headline == "Mackerel: a five-year quota"
    assert quota.relevance == "international"
    by_id = {e.id: e for e in entries}
    assert by_id[PIPE.id].relevance is None  # never judged
    assert by_id[SPORT.id].relevance == "off_topic"
    raw = entries[-1]
    assert (raw.briefings, raw.headline, raw.dated_by) == ((), None, "read")
    assert raw.paths == ("/news/w47/raw.txt",) and raw.location == "/news/w47/raw.txt"


def test_list_articles_by_period(filled: Store) -> None:
    week = filled.list_articles(start=date(2026, 11, 16), end=date(2026, 11, 22))
    assert {e.id for e in week} >= {QUOTA.id, PIPE.id, SPORT.id}
    assert OLD.id not in {e.id for e in week}
    assert [e.id for e in filled.list_articles(end=date(2026, 10, 31))] == [OLD.id]
    assert filled.list_articles(start=date(2030, 1, 1)) == []


# ----------------------------------------------------------------------------- forgetting


def _ids(store: Store) -> set[str]:
    return {e.id for e in store.list_articles()}


def test_forget_by_id_removes_the_article_and_all_that_hangs_off_it(
    filled: Store, path: Path
) -> None:
    filled.put_synthesis(_key("1" * 64), "{}", articles=[QUOTA.id, PIPE.id])
    filled.put_synthesis(_key("2" * 64), "{}", articles=[PIPE.id])
    filled.log_call(_call(QUOTA.id))
    filled.log_call(_call(None))

    forgotten = filled.forget([QUOTA.id[:8]])
    assert [e.id for e in forgotten.articles] == [QUOTA.id]
    assert (forgotten.briefings, forgotten.syntheses, forgotten.calls) == (2, 1, 0)
    assert QUOTA.id not in _ids(filled)
    assert filled.get_article(QUOTA.id) is None
    # The synthesis that read it is gone; the one that did not is kept.
    assert filled.get_synthesis(_key("1" * 64)) is None
    assert filled.get_synthesis(_key("2" * 64)) == "{}"
    # The call log is a record of money spent: kept.
    assert sum(t.calls for t in filled.call_totals().values()) == 2
    conn = sqlite3.connect(path)
    try:
        for table, column in (("article_locations", "article_id"), ("briefings", "article_id")):
            count = conn.execute(
                f"SELECT count(*) FROM {table} WHERE {column} = ?", (QUOTA.id,)
            ).fetchone()[0]
            assert count == 0, table
        links = conn.execute("SELECT count(*) FROM synthesis_articles").fetchone()[0]
        assert links == 1  # only the kept synthesis's
    finally:
        conn.close()


def test_forget_with_calls_removes_their_calls_too(filled: Store) -> None:
    filled.log_call(_call(QUOTA.id))
    filled.log_call(_call(QUOTA.id))
    filled.log_call(_call(PIPE.id))
    forgotten = filled.forget(["https://example.org/world/quota"], calls=True)
    assert (len(forgotten.articles), forgotten.calls) == (1, 2)
    assert sum(t.calls for t in filled.call_totals().values()) == 1


def test_forget_by_path_and_by_folder(filled: Store) -> None:
    assert [e.id for e in filled.forget(["/news/sport/final.txt"]).articles] == [SPORT.id]
    # A folder: every file read from under it (and not /news/w47x, a neighbour by name).
    filled.put_article(_article("Next door.", path="/news/w47x/a.txt"), read_at=READ)
    gone = {e.id for e in filled.forget(["/news/w47/"]).articles}
    assert PIPE.id in gone and len(gone) == 2
    assert _article("Next door.").id in _ids(filled)


def test_forget_before_a_date(filled: Store) -> None:
    filled.log_call(_call(None, started=datetime(2026, 10, 1, 12, tzinfo=timezone.utc)))
    filled.log_call(_call(None, started=READ))
    forgotten = filled.forget(before=date(2026, 11, 1))
    assert [e.id for e in forgotten.articles] == [OLD.id]
    assert forgotten.calls == 0
    assert filled.forget(before=date(2026, 11, 1)).articles == ()  # nothing left to match
    with_calls = filled.forget(before=date(2026, 11, 1), calls=True)
    assert with_calls.calls == 1  # every call made before that day, the synthesis's too
    assert sum(t.calls for t in filled.call_totals().values()) == 1


def test_a_dry_run_removes_nothing(filled: Store) -> None:
    filled.log_call(_call(SPORT.id))
    before = filled.list_articles()
    forgotten = filled.forget(["/news/sport/final.txt"], calls=True, dry_run=True)
    assert forgotten.dry_run
    assert ([e.id for e in forgotten.articles], forgotten.briefings, forgotten.calls) == (
        [SPORT.id],
        1,
        1,
    )
    assert filled.list_articles() == before
    assert sum(t.calls for t in filled.call_totals().values()) == 1


def test_forget_refuses_to_run_with_nothing_to_match(filled: Store) -> None:
    with pytest.raises(InputError, match="nothing to forget"):
        filled.forget([])
    with pytest.raises(InputError, match="nothing to forget"):
        filled.forget(["  "])
    assert len(filled.list_articles()) == 5


def test_a_name_that_matches_nothing_stops_it_before_anything_is_removed(filled: Store) -> None:
    with pytest.raises(InputNotFound) as caught:
        filled.forget([QUOTA.id, "/news/nowhere.txt"])
    assert str(caught.value) == (
        "/news/nowhere.txt: no article in the store has this id or was read from here"
    )
    assert QUOTA.id in _ids(filled)


def test_an_id_prefix_must_name_one_article(store: Store, path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for last in "12":
            conn.execute(
                "INSERT INTO articles (id, text, read_at, read_on) VALUES (?, 'x', ?, ?)",
                ("abcdef" + last * 58, READ.isoformat(), "2026-11-20"),
            )
    conn.close()
    with pytest.raises(InputError, match="several articles have ids starting with this"):
        store.forget(["abcdef"])
    with pytest.raises(InputNotFound):
        store.forget(["abcde"])  # shorter than an id prefix: a path, and none matches
    assert [e.id[:7] for e in store.forget(["ABCDEF1"]).articles] == ["abcdef1"]


def test_what_is_forgotten_leaves_the_file(path: Path) -> None:
    secret = "The confidential memo named Zorblax Quentavian as the source."
    with Store.open(path) as store:
        _brief(store, _article(secret, path="/memo.txt"))
        for n in range(20):
            store.put_article(_article(f"Padding article number {n}. " * 40), read_at=READ)
        store.forget(["/memo.txt"])
    for file in path.parent.iterdir():
        assert b"Zorblax" not in file.read_bytes(), file.name


# ----------------------------------------------------------------------------- the CLI


def test_store_list_table(filled: Store, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["store", "list", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "2026-W41 · 1 article"
    assert "2026-W47 · 4 articles" in lines
    row = next(line for line in lines if QUOTA.id[:12] in line)
    assert row.split()[:5] == ["2026-11-17", QUOTA.id[:12], "international", "llm", "gpt-4.1-mini,"]
    assert "Mackerel quota agreed" in row and "https://example.org/world/quota" in row
    sport = next(line for line in lines if SPORT.id[:12] in line)
    assert "off topic" in sport and "/news/sport/final.txt" in sport
    assert "not briefed" in out
    assert lines[-1].startswith(f"5 articles in {path} (* the source gave no date")


def test_store_list_json_and_week(
    filled: Store, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["store", "list", "--store", str(path), "--week", "2026-W41", "--format", "json"]) == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert document["period"] == {"start": "2026-10-05", "end": "2026-10-11"}
    (article,) = document["articles"]
    assert article["id"] == OLD.id and article["week"] == "2026-W41"
    assert article["urls"] == ["https://example.org/world/grain"]
    assert article["briefings"][0]["engine"] == "offline"


def test_store_list_without_a_store_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["store", "list", "--store", str(missing)]) == 0
    captured = capsys.readouterr()
    assert "no store at" in captured.err and captured.out.startswith("0 articles")
    assert not missing.exists()


def test_store_forget_cli(filled: Store, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["store", "forget", "--store", str(path)]) == 2
    assert "it never forgets everything" in capsys.readouterr().err

    assert main(["store", "forget", "/news/sport/", "--dry-run", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("dry run, nothing removed: would forget 1 article, 1 briefing")
    assert SPORT.id[:12] in out
    assert SPORT.id in _ids(filled)

    assert main(["store", "forget", "/news/sport/", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("forgot 1 article, 1 briefing, 0 digest syntheses in ")
    assert "the call log is kept (--calls removes their calls too)" in out
    assert SPORT.id not in _ids(filled)

    assert main(["store", "forget", "nowhere.txt", "--store", str(path)]) == 1
    assert "nowhere.txt: no article in the store" in capsys.readouterr().err

    assert main(["store", "forget", "--before", "2026-11-01", "--calls", "--store", str(path)]) == 0
    assert "forgot 1 article, 1 briefing, 0 digest syntheses, 0 logged calls" in (
        capsys.readouterr().out
    )


def test_forget_needs_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["store", "forget", "x.txt", "--store", str(missing)]) == 1
    assert "no store at" in capsys.readouterr().err
    assert not missing.exists()


def test_logs_is_log(filled: Store, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled.log_call(_call(QUOTA.id))
    assert main(["log", "--store", str(path)]) == 0
    log = capsys.readouterr().out
    assert main(["logs", "--store", str(path)]) == 0
    assert capsys.readouterr().out == log and "Totals: 1 call" in log


def test_the_help_says_the_call_log_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["store", "forget", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "The call log is a record of money spent and is KEPT, unless --calls is given" in text
