"""The digest's HTML review page in a real browser: each source's text shown whole with the
digest's evidence highlighted at its offsets, a click on a development marks its thread's
quotes across the sources, citations jump to the sources, nothing hostile runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_digest_support import hostile_quota_briefing, load_hand_built
from test_html import MARKS_JS, open_page

from summarizer import build_digest
from summarizer._digest._html import render_digest_html


def _page(browser: Any, tmp_path: Path) -> tuple[Any, Any, dict[str, str]]:
    briefings, _ = load_hand_built()
    digest = build_digest(list(briefings.values()))
    texts = {b.provenance.article_id: b.article_text for b in briefings.values()}
    return open_page(browser, render_digest_html(digest, texts), tmp_path), digest, texts


def test_each_source_is_shown_whole_with_the_digest_evidence_at_its_offsets(
    browser: Any, tmp_path: Path
) -> None:
    page, digest, texts = _page(browser, tmp_path)
    for n, source in enumerate(digest.sources, start=1):
        found = page.evaluate(MARKS_JS, f"#S{n} .article-text")
        assert found["text"] == texts[source.article]
        spans = {
            (e.start, e.end)
            for t in [*digest.disputes, *digest.deals, *digest.outlook.signals]
            for e in t.evidence
            if e.article == source.article
        }
        marked = {i for m in found["marks"] for i in range(m["start"], m["end"])}
        assert marked == {i for start, end in spans for i in range(start, end)}
    assert page.errors == []


def test_a_click_on_a_development_marks_its_threads_quotes_in_every_source(
    browser: Any, tmp_path: Path
) -> None:
    page, digest, _ = _page(browser, tmp_path)
    top = digest.top_developments[0]
    (thread,) = [t for t in digest.deals if t.title == top.thread]
    page.locator("button.claim.development").first.click()
    anchors = {s.article: f"S{n}" for n, s in enumerate(digest.sources, start=1)}
    for article in thread.sources:
        marks = page.evaluate(MARKS_JS, f"#{anchors[article]} .article-text")["marks"]
        active = {i for m in marks if m["active"] for i in range(m["start"], m["end"])}
        wanted = {i for e in thread.evidence if e.article == article for i in range(e.start, e.end)}
        assert active == wanted, anchors[article]
    # A citation jumps to its source.
    page.locator("a[href='#S4']").first.click()
    assert page.evaluate("() => location.hash") == "#S4"
    assert page.errors == []


def test_nothing_hostile_runs_in_the_digest_page(browser: Any, tmp_path: Path) -> None:
    hostile = "<img src=x onerror='window.pwned=1'><script>window.pwned=2</script>"
    briefing, text = hostile_quota_briefing(hostile, "javascript:window.pwned=3")
    digest = build_digest([briefing])
    page = open_page(
        browser, render_digest_html(digest, {digest.sources[0].article: text}), tmp_path
    )
    page.locator("button.claim").first.click()
    assert page.evaluate("() => window.pwned === undefined")
    assert page.locator("img").count() == 0 and page.locator("script").count() == 1
    assert page.locator("a[href^='javascript']").count() == 0
    assert hostile in page.inner_text("body")
