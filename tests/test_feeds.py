"""feed_entries() and may_be_feed(): telling a feed from an article, and reading its entries.

Fetching the entries' pages is collect()'s (test_collect.py); here, the bytes of a feed alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT

from summarizer._digest._feeds import FeedEntry, feed_entries, may_be_feed
from summarizer._digest._sources import Failure

FEEDS = ROOT / "tests" / "fixtures" / "feeds"
RSS = (FEEDS / "world.rss").read_text(encoding="utf-8").replace("{server}", "https://news.example")


def _rss(items: str, title: str = "<title>Harbour Courier</title>") -> bytes:
    return f"<?xml version='1.0'?><rss><channel>{title}{items}</channel></rss>".encode()


def test_a_feed_gives_its_entries_with_their_dates_and_titles() -> None:
    entries = feed_entries(RSS.encode(), "world.rss", base=None, by_name=True)
    assert isinstance(entries, list)
    assert entries[0] == FeedEntry(
        url="https://news.example/world/quota",
        published=dt.date(2026, 11, 17),
        title="Fishing nations agree quota",
        feed="world.rss",
    )
    assert len(entries) == 3


def test_relative_links_are_taken_from_the_feed_url() -> None:
    data = _rss("<item><link>/world/a</link></item><item><link>b</link></item>")
    entries = feed_entries(data, "feed", base="https://news.example/feeds/x", by_name=False)
    assert isinstance(entries, list)
    assert [e.url for e in entries] == [
        "https://news.example/world/a",
        "https://news.example/feeds/b",
    ]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_a_feed_behind_a_byte_order_mark_is_known(codec: str) -> None:
    declared = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}[codec]
    data = RSS.replace('encoding="UTF-8"', f'encoding="{declared}"').encode(codec)
    assert may_be_feed(Path("saved.txt"), data)
    entries = feed_entries(data, "saved.txt", base=None, by_name=False)
    assert isinstance(entries, list) and len(entries) == 3


def test_text_and_html_are_not_feeds() -> None:
    for data in (b"Ministers met in Doha.", b"<!doctype html><html><body><p>x</p></body></html>"):
        assert not may_be_feed(Path("a.txt"), data)
        assert feed_entries(data, "a.txt", base=None, by_name=False) is None


def test_only_names_a_feed_or_an_article_could_have_are_sniffed() -> None:
    assert may_be_feed(Path("saved"), RSS.encode())
    assert not may_be_feed(Path("saved.json"), RSS.encode())


@pytest.mark.parametrize(
    ("data", "by_name", "reason"),
    [
        (b"<?xml version='1.0'?><catalog><book/></catalog>", True, "not an RSS or Atom feed"),
        (_rss(""), False, "the feed has no entries"),
        (
            _rss("<item><title>a</title></item>" * 2),
            False,
            "none of the feed's 2 entries has a link",
        ),
    ],
)
def test_a_feed_that_gives_nothing_is_a_failure(data: bytes, by_name: bool, reason: str) -> None:
    assert feed_entries(data, "f.xml", base=None, by_name=by_name) == Failure("f.xml", reason)


def test_entries_without_a_link_are_left_out_when_others_have_one() -> None:
    data = _rss("<item><title>a</title></item><item><link>https://x.example/b</link></item>")
    entries = feed_entries(data, "f", base=None, by_name=False)
    assert isinstance(entries, list)
    assert [e.url for e in entries] == ["https://x.example/b"]
