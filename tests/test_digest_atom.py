"""The digest as an Atom feed: valid (feedparser reads it without complaint), one entry per top
development with its sources, stable ids, and nothing from an article as markup."""

from __future__ import annotations

import feedparser
from test_digest_support import hostile_quota_briefing, load_hand_built

from summarizer import Digest, build_digest
from summarizer._digest._atom import render_digest_atom

HOSTILE = "<script>alert(1)</script> & \x07bell"


def hand_built() -> Digest:
    briefings, _ = load_hand_built()
    return build_digest(list(briefings.values()))


def test_a_digest_is_a_valid_atom_feed_with_its_top_developments() -> None:
    digest = hand_built()
    feed = feedparser.parse(render_digest_atom(digest))
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.title == "Digest: 2 Jun 2025 to 5 Jun 2025"
    developments = [e for e in feed.entries if not e.id.endswith(":overview")]
    assert len(developments) == len(digest.top_developments)
    first = developments[0]
    assert first.title == digest.top_developments[0].thread
    assert digest.top_developments[0].statement in first.summary
    assert "Pacific Wire, 5 Jun 2025" in first.summary
    # Its sources with a web address are linked; every entry is dated.
    hrefs = {link.href for link in first.links}
    assert "https://balticwire.example/2025/06/02/kuril-fisheries" in hrefs
    assert all(entry.updated for entry in feed.entries)
    (overview,) = [e for e in feed.entries if e.id.endswith(":overview")]
    assert digest.bottom_line[0] in overview.content[0].value


def test_the_same_digest_gives_the_same_feed() -> None:
    assert render_digest_atom(hand_built()) == render_digest_atom(hand_built())
    ids = [e.id for e in feedparser.parse(render_digest_atom(hand_built())).entries]
    assert len(ids) == len(set(ids))


def test_hostile_text_is_text_and_control_characters_go() -> None:
    briefing, _ = hostile_quota_briefing(HOSTILE, "javascript:alert(1)")
    xml = render_digest_atom(build_digest([briefing]))
    assert "<script>" not in xml and "\x07" not in xml
    feed = feedparser.parse(xml)
    assert not feed.bozo
    (entry, *_) = feed.entries
    assert "<script>alert(1)</script>" in entry.title  # as text, unescaped by the reader
    links = [link.href for e in feed.entries for link in e.get("links", [])]
    assert not any(href.startswith("javascript") for href in links)
