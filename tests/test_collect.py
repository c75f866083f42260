"""What `summarizer digest` reads: folders, lists, feeds, URLs, the store, and the dates it keeps.

Feeds are our own (``fixtures/feeds``); the pages they link to are served by pytest-httpserver
on 127.0.0.1, and ``{server}`` in the feed files is replaced by its address.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from bombs import GIB, stacked_gzip_bomb
from conftest import ROOT, TEST_ARTICLE
from pytest_httpserver import HTTPServer
from test_reading import needs_fifo, open_writer, within

from summarizer import (
    Article,
    Digest,
    FetchSettings,
    InputError,
    Selection,
    Source,
    Store,
    read_article,
    read_url,
)
from summarizer._digest._collect import collect
from summarizer._digest._periods import parse_since, parse_week
from summarizer._digest._progress import ProgressEvent
from summarizer._digest._runner import digest_sources
from summarizer.cli import main

FEEDS = ROOT / "tests" / "fixtures" / "feeds"
LOCAL = FetchSettings(allow_private_hosts=True, retries=0)
# A Wednesday: the last complete week is Monday 16 to Sunday 22 November 2026 (2026-W47).
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.timezone.utc)


def _page(title: str, lead: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = (
        f"<p>{lead} Officials said the talks had been long and difficult but that both sides "
        "wanted an agreement before the end of the year.</p>"
        "<p>Analysts expect the terms to be published next month, after the two cabinets have "
        "approved them and the parliaments have been told.</p>"
    )
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _serve(server: HTTPServer, path: str, body: bytes, content_type: str = "text/html") -> str:
    server.expect_request(path).respond_with_data(body, content_type=content_type)
    return server.url_for(path)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _article(text: str, published: dt.date | None = None, path: str = "a.txt") -> Article:
    return Article(text=text, source=Source(path=path, published=published))


# --------------------------------------------------------------------------- files


def test_a_folder_is_read_recursively_for_text_and_html_only(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEST_ARTICLE)
    _write(tmp_path / "sub" / "b.md", TEST_ARTICLE.replace("Norway", "Denmark"))
    _write(tmp_path / "sub" / "deeper" / "c.html", _page("Row", "Chile and Peru met.").decode())
    _write(tmp_path / "sub" / "notes.json", "{}")
    _write(tmp_path / "sub" / "scan.pdf", "%PDF-1.4")
    _write(tmp_path / ".hidden" / "d.txt", TEST_ARTICLE.replace("Norway", "Sweden"))
    _write(tmp_path / ".e.txt", TEST_ARTICLE.replace("Norway", "Finland"))

    found = collect([tmp_path], now=NOW)

    names = [Path(c.article.source.path or "").name for c in found.articles]
    assert names == ["a.txt", "b.md", "c.html"]
    assert found.failures == []
    assert found.articles[2].article.source.title == "Row"


def test_an_unreadable_file_is_a_failure_and_the_rest_are_read(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", TEST_ARTICLE)
    empty = _write(tmp_path / "empty.txt", "")
    found = collect([good, empty, tmp_path / "missing.txt"], now=NOW)
    assert [c.article.source.path for c in found.articles] == [str(good)]
    assert [(f.source, f.reason) for f in found.failures] == [
        (str(empty), "file is empty"),
        (str(tmp_path / "missing.txt"), "no such file"),
    ]


@needs_fifo
def test_a_pipe_in_a_folder_is_skipped_and_listed(tmp_path: Path) -> None:
    good = _write(tmp_path / "week" / "a.txt", TEST_ARTICLE)
    fifo = tmp_path / "week" / "b.txt"
    os.mkfifo(fifo)
    found = within(5, lambda: collect([tmp_path / "week"], now=NOW), lambda: open_writer(fifo))
    assert [c.article.source.path for c in found.articles] == [str(good)]
    (failure,) = found.failures
    assert failure.source == str(fifo) and failure.reason.startswith("not a regular file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("name", ["zero.xml", "zero.rss", "zero.txt"])
def test_a_device_given_as_a_feed_or_an_article_is_refused_unread(
    tmp_path: Path, name: str
) -> None:
    good = _write(tmp_path / "a.txt", TEST_ARTICLE)
    zero = tmp_path / name
    zero.symlink_to("/dev/zero")
    found = within(10, lambda: collect([zero, good], now=NOW), lambda: None)
    assert [c.article.source.path for c in found.articles] == [str(good)]
    assert [(f.source, f.reason) for f in found.failures] == [
        (str(zero), "not a regular file (a device)")
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_list_file_that_is_a_device_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "list.txt").symlink_to("/dev/zero")
    found = within(10, lambda: collect([f"@{tmp_path / 'list.txt'}"], now=NOW), lambda: None)
    (failure,) = found.failures
    assert failure.reason == "cannot read the list file: not a regular file (a device)"


def test_an_empty_folder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    _write(tmp_path / "nothing" / "data.csv", "a,b")
    found = collect([tmp_path / "nothing"], now=NOW)
    assert found.articles == []
    (failure,) = found.failures
    assert failure.reason.startswith("folder has no article files")


def test_a_file_listed_twice_is_one_article(tmp_path: Path) -> None:
    one = _write(tmp_path / "lists" / "one.txt", TEST_ARTICLE)
    _write(tmp_path / "lists" / "two.txt", TEST_ARTICLE.replace("Norway", "Denmark"))
    listing = _write(tmp_path / "lists" / "week.txt", "one.txt\ntwo.txt\n")
    # The file listed twice is one article: read once, the repeat counted.
    collected = collect([f"@{listing}", one], now=NOW)
    assert len(collected.articles) == 2
    assert collected.duplicates == 1


# --------------------------------------------------------------------------- feeds


def _feed(name: str, server: HTTPServer, tmp_path: Path) -> Path:
    text = (FEEDS / name).read_text(encoding="utf-8").replace("{server}", server.url_for("")[:-1])
    return _write(tmp_path / name, text)


def test_a_feed_file_brings_in_each_entrys_page(httpserver: HTTPServer, tmp_path: Path) -> None:
    _serve(httpserver, "/world/quota", _page("Quota deal", "Norway and Iceland agreed a quota."))
    _serve(
        httpserver,
        "/world/strike",
        _page("Strike ends", "Dock workers in Rotterdam went back.", published="2026-11-20"),
    )
    httpserver.expect_request("/world/gone").respond_with_data("gone", status=404)
    feed = _feed("world.rss", httpserver, tmp_path)

    found = collect([feed], fetch_settings=LOCAL, now=NOW)

    by_title = {c.article.source.title: c for c in found.articles}
    assert set(by_title) == {"Quota deal", "Strike ends"}
    # The page gave no date: the feed entry's stands in.
    quota = by_title["Quota deal"]
    assert (quota.day, quota.dated_by) == (dt.date(2026, 11, 17), "published")
    assert quota.article.source.url == httpserver.url_for("/world/quota")
    # The page's own date wins over the feed's.
    assert by_title["Strike ends"].day == dt.date(2026, 11, 20)
    (failure,) = found.failures
    assert failure.source == httpserver.url_for("/world/gone")
    assert "404" in failure.reason


def test_a_feed_is_known_by_its_content_whatever_the_name(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    _serve(httpserver, "/world/quota", _page("Quota deal", "Norway and Iceland agreed a quota."))
    _serve(httpserver, "/world/strike", _page("Strike ends", "Dock workers went back."))
    httpserver.expect_request("/world/gone").respond_with_data("gone", status=404)
    feed = _feed("world.rss", httpserver, tmp_path)
    renamed = feed.rename(tmp_path / "saved-feed.txt")
    found = collect([renamed], fetch_settings=LOCAL, now=NOW)
    assert len(found.articles) == 2


def test_a_feed_url_resolves_relative_links_and_uses_updated_dates(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    atom = _feed("world.atom", httpserver, tmp_path).read_bytes()
    # Served as text: the fetcher takes it, and the body says it is a feed.
    url = _serve(httpserver, "/feeds/asia", atom, content_type="text/plain; charset=utf-8")
    _serve(httpserver, "/asia/islands", _page("Island row", "China and Japan traded words."))
    _serve(httpserver, "/asia/pipeline", _page("Pipeline", "Russia and China resumed talks."))

    found = collect([url], fetch_settings=LOCAL, now=NOW)

    assert found.failures == []
    days = {c.article.source.title: c.day for c in found.articles}
    assert days == {"Island row": dt.date(2026, 11, 18), "Pipeline": dt.date(2026, 11, 24)}


def test_a_feed_url_served_as_a_feed_type(httpserver: HTTPServer, tmp_path: Path) -> None:
    if "accept_feeds" not in {f.name for f in __import__("dataclasses").fields(FetchSettings)}:
        pytest.skip("the fetcher refuses application/atom+xml until FetchSettings.accept_feeds")
    atom = _feed("world.atom", httpserver, tmp_path).read_bytes()
    url = _serve(httpserver, "/feeds/asia", atom, content_type="application/atom+xml")
    _serve(httpserver, "/asia/islands", _page("Island row", "China and Japan traded words."))
    _serve(httpserver, "/asia/pipeline", _page("Pipeline", "Russia and China resumed talks."))
    found = collect([url], fetch_settings=LOCAL, now=NOW)
    assert (len(found.articles), found.failures) == (2, [])


def test_a_feed_named_file_that_is_no_feed_is_a_failure(tmp_path: Path) -> None:
    bogus = _write(tmp_path / "news.xml", "<?xml version='1.0'?><catalog><book/></catalog>")
    found = collect([bogus], now=NOW)
    assert [(f.source, f.reason) for f in found.failures] == [
        (str(bogus), "not an RSS or Atom feed")
    ]


def test_a_feed_entry_gives_the_article_read_url_gives(httpserver: HTTPServer) -> None:
    # One page-to-article step: a digest's feed entry and read_url() make the same Article.
    story = _serve(httpserver, "/world/story", _page("Summit", "Leaders met.", "2026-11-19"))
    bare = _serve(httpserver, "/world/bare", _page("", "Leaders met in Oslo."))
    feed = (
        "<?xml version='1.0'?><rss><channel><title>Courier</title>"
        f"<item><title>Summit</title><link>{story}</link></item>"
        "<item><title>From the feed</title><link>/world/bare</link>"
        "<pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    url = _serve(httpserver, "/feeds/world", feed.encode(), "application/rss+xml")
    found = collect([url], fetch_settings=LOCAL, now=NOW)
    assert found.failures == []
    from_feed = [c.article for c in found.articles]
    assert from_feed[0] == read_url(story, LOCAL)
    # What the page leaves out, the feed fills in; nothing else differs.
    direct = read_url(bare, LOCAL)
    assert direct.source.title is None and direct.source.published is None
    fill = {"title": "From the feed", "published": dt.date(2026, 11, 17)}
    assert from_feed[1] == dataclasses.replace(direct, source=direct.source.model_copy(update=fill))


def test_a_plain_page_url_is_an_article(httpserver: HTTPServer) -> None:
    url = _serve(httpserver, "/p", _page("Summit", "Leaders met in Geneva.", "2026-11-19"))
    found = collect([url], fetch_settings=LOCAL, now=NOW)
    (item,) = found.articles
    assert (item.article.source.title, item.day) == ("Summit", dt.date(2026, 11, 19))


# --------------------------------------------------------------------------- selection


def test_a_date_filter_keeps_articles_by_published_date_else_read_date(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    url_in = _serve(httpserver, "/in", _page("Inside", "Leaders met in Geneva.", "2026-11-19"))
    url_out = _serve(httpserver, "/out", _page("Outside", "Leaders met in Oslo.", "2026-11-09"))
    undated = _write(tmp_path / "undated.txt", TEST_ARTICLE)

    week = parse_week("2026-W47")
    found = collect([url_in, url_out, undated], selection=week, fetch_settings=LOCAL, now=NOW)
    # The undated file was read on the 25th, after the week.
    assert [c.article.source.title for c in found.articles] == ["Inside"]
    assert (found.outside, found.undated) == (2, 0)

    since = parse_since("7d", now=NOW)
    found = collect([url_in, url_out, undated], selection=since, fetch_settings=LOCAL, now=NOW)
    assert [(c.day, c.dated_by) for c in found.articles] == [
        (dt.date(2026, 11, 19), "published"),
        (dt.date(2026, 11, 25), "read"),
    ]
    assert (found.outside, found.undated) == (1, 1)

    span = Selection.between(dt.date(2026, 11, 1), dt.date(2026, 11, 10))
    found = collect([url_in, url_out, undated], selection=span, fetch_settings=LOCAL, now=NOW)
    assert [c.article.source.title for c in found.articles] == ["Outside"]


def test_an_article_read_before_keeps_the_day_it_was_first_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "undated.txt", TEST_ARTICLE)
    with Store.open(tmp_path / "store.sqlite3") as store:
        first = dt.datetime(2026, 11, 18, 12, 0, tzinfo=dt.timezone.utc)
        store.put_article(read_article(path), read_at=first)
        found = collect([path], selection=parse_week("2026-W47"), store=store, now=NOW)
    (item,) = found.articles
    assert (item.day, item.dated_by) == (dt.date(2026, 11, 18), "read")


def test_without_sources_the_store_gives_its_last_complete_week(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store.sqlite3") as store:
        empty = collect([], store=store, now=NOW)
        assert (empty.articles, empty.from_store) == ([], True)
        assert empty.selection == parse_week("2026-W47")

        long_ago = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
        for day, country in [(15, "Chile"), (16, "Peru"), (22, "Ghana"), (23, "Kenya")]:
            text = TEST_ARTICLE.replace("Norway", country)
            store.put_article(
                _article(text, dt.date(2026, 11, day), f"{country}.txt"), read_at=long_ago
            )
        # Read within the week, no published date: dated by the day it was read.
        store.put_article(
            _article(TEST_ARTICLE.replace("Norway", "Togo"), path="togo.txt"),
            read_at=dt.datetime(2026, 11, 19, 12, tzinfo=dt.timezone.utc),
        )
        week = collect([], store=store, now=NOW)
        assert [(c.day.day, c.dated_by) for c in week.articles] == [
            (16, "published"),
            (19, "read"),
            (22, "published"),
        ]
        assert week.undated == 1
        other = collect([], store=store, selection=parse_since("2d", now=NOW), now=NOW)
        assert [c.day.day for c in other.articles] == [23]


def test_no_sources_and_no_store_is_an_error() -> None:
    with pytest.raises(InputError, match="nothing to digest"):
        collect([], now=NOW)


# --------------------------------------------------------------------------- hostile entries
# Issue 9: an entry linking to a compression bomb, to an invalid punycode host (which crashed
# the whole digest with idna's error), to a link too broken to join, or to a PDF served as
# text/plain: each is one line under "Not included", and the rest of the feed is read.

_HOSTILE_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Courier: Hostile</title>
<item><title>Good</title><link>/world/good</link></item>
<item><title>Bomb</title><link>/world/bomb</link></item>
<item><title>Punycode</title><link>http://xn--localhost/world/secret</link></item>
<item><title>Broken</title><link>http://[oops/</link></item>
<item><title>PDF</title><link>/world/report</link></item>
</channel></rss>
"""


def _hostile_feed(server: HTTPServer) -> str:
    _serve(server, "/world/good", _page("Quota deal", "Norway and Iceland agreed a quota."))
    server.expect_request("/world/bomb").respond_with_data(
        stacked_gzip_bomb(GIB), content_type="text/html", headers={"Content-Encoding": "gzip, gzip"}
    )
    _serve(server, "/world/report", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" * 50, "text/plain")
    return _serve(server, "/feeds/hostile", _HOSTILE_RSS.encode(), "application/rss+xml")


def _hostile_failures(server: HTTPServer) -> list[tuple[str, str]]:
    return [
        (
            server.url_for("/world/bomb"),
            "the page is over the limit of 5,000,000 bytes once decoded (gzip, gzip)",
        ),
        (
            "http://xn--localhost/world/secret",
            "invalid URL: the host 'xn--localhost' is not a valid internationalised domain name",
        ),
        ("<unparseable URL>", "invalid URL"),  # too broken to redact, so not shown
        (
            server.url_for("/world/report"),
            "not an HTML or text page: served as text/plain, but the body looks like PDF",
        ),
    ]


def test_hostile_feed_entries_are_failures_and_the_rest_is_read(httpserver: HTTPServer) -> None:
    url = _hostile_feed(httpserver)
    found = collect([url], fetch_settings=LOCAL, now=NOW)
    assert [c.article.source.title for c in found.articles] == ["Quota deal"]
    assert sorted((f.source, f.reason) for f in found.failures) == sorted(
        _hostile_failures(httpserver)
    )


def test_a_digest_of_a_hostile_feed_lists_what_is_not_included(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    url = _hostile_feed(httpserver)
    code = main(["digest", url, "--engine", "offline", "--format", "json", "-q"])
    captured = capsys.readouterr()
    assert code == 3  # partial: one article, four not included
    digest = Digest.model_validate_json(captured.out)
    assert len(digest.sources) == 1
    assert sorted((n.source, n.reason) for n in digest.not_included) == sorted(
        _hostile_failures(httpserver)
    )


# --------------------------------------------------------------------------- progress


def test_reading_a_folder_is_told_file_by_file_in_order(tmp_path: Path) -> None:
    names = ["a.txt", "b.txt", "c.txt"]
    for n, name in enumerate(names):
        _write(tmp_path / name, TEST_ARTICLE.replace("Norway", ["Chile", "Peru", "Laos"][n]))
    events: list[ProgressEvent] = []

    collect([tmp_path], now=NOW, progress=events.append)

    assert [(e.kind, e.done, e.total) for e in events] == [("reading", i, 3) for i in range(4)]
    assert [e.label for e in events[1:]] == [str(tmp_path / name) for name in names]


def test_a_feed_url_is_told_fetched_read_then_its_entries_fetched_and_extracted(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    atom = _feed("world.atom", httpserver, tmp_path).read_bytes()
    url = _serve(httpserver, "/feeds/asia", atom, content_type="text/plain; charset=utf-8")
    _serve(httpserver, "/asia/islands", _page("Island row", "China and Japan traded words."))
    _serve(httpserver, "/asia/pipeline", _page("Pipeline", "Russia and China resumed talks."))
    events: list[ProgressEvent] = []

    found = collect([url], fetch_settings=LOCAL, now=NOW, progress=events.append)

    assert len(found.articles) == 2
    steps = [(e.kind, e.done, e.total) for e in events]
    assert steps == [
        ("fetching", 0, 1),
        ("fetching", 1, 1),
        ("reading", 0, 1),
        ("reading", 1, 1),
        ("fetching", 0, 2),
        ("fetching", 1, 2),
        ("fetching", 2, 2),
        ("extracting", 0, 2),
        ("extracting", 1, 2),
        ("extracting", 2, 2),
    ]
    assert events[1].label == events[3].label == url
    # Pages arrive in any order; each is told once.
    fetched = {e.label for e in events[5:7]}
    assert fetched == {httpserver.url_for("/asia/islands"), httpserver.url_for("/asia/pipeline")}
    assert [e.label for e in events[8:]] == [
        httpserver.url_for("/asia/islands"),
        httpserver.url_for("/asia/pipeline"),
    ]


def test_the_digest_tells_its_reading_before_its_briefing(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEST_ARTICLE)
    events: list[ProgressEvent] = []
    digest_sources([tmp_path], engine="offline", progress=events.append)
    assert [e.kind for e in events] == ["reading", "reading", "start", "briefed"]
