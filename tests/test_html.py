"""The HTML review page (``--format html``), checked in a real browser: every evidence span is
highlighted at its offsets, a click marks the right quotes, nothing from the article or the
model can run as script, and the page needs nothing from the network."""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from conftest import ROOT

import summarizer
from summarizer import Briefing, BriefingDraft, Provenance, Source
from summarizer._briefing._grounding import ground
from summarizer._briefing._html import render_html

EXAMPLE = ROOT / "examples" / "sample-article.txt"

HOSTILE_TEXT = (
    "Ruritania and Osterlich signed a grain accord on Monday. <script>window.pwned = 1;"
    "</script> The deal was hailed in Strelsau.\n\n"
    "Critics said the text \"<img src=x onerror='window.pwned = 2'>\" was vague, and "
    "Osterlich warned it would walk away if prices fell."
)


def hostile_briefing() -> Briefing:
    draft = BriefingDraft.model_validate(
        {
            "headline": "Grain accord <b>signed</b>",
            "summary": "A summary with </article><script>window.pwned = 3</script>",
            "actors": [
                {
                    "name": "Ruritania <img src=x onerror='window.pwned = 4'>",
                    "kind": "state",
                    "evidence": [{"quote": "Ruritania and Osterlich signed a grain accord"}],
                },
                {
                    "name": "Osterlich",
                    "kind": "state",
                    "evidence": [
                        {"quote": "Osterlich signed a grain accord on Monday"},
                        {"quote": "Osterlich warned it would walk away"},
                    ],
                },
            ],
            "deals": [
                {
                    "title": "Grain accord",
                    "kind": "trade",
                    "parties": ["Osterlich"],
                    "status": "signed",
                    "evidence": [{"quote": "<script>window.pwned = 1;</script>"}],
                }
            ],
        },
        context={"article": HOSTILE_TEXT},
    )
    provenance = Provenance(
        article_id="x" * 64, engine="offline", created_at=datetime(2026, 12, 1, tzinfo=timezone.utc)
    )
    return ground(draft, HOSTILE_TEXT, source=Source(path="hostile.txt"), provenance=provenance)


def open_page(browser: Any, html: str, tmp_path: Path, **viewport: int) -> Any:
    path = tmp_path / "briefing.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport=viewport or {"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.goto(path.as_uri())
    page.errors = errors
    return page


# The offsets of every mark under the article text matched by a selector (the page's own by
# default), read from the DOM: the text before it, then its own length.
MARKS_JS = """(selector) => {
  const root = document.querySelector(selector || '.article-text');
  const out = []; let offset = 0;
  for (const node of root.childNodes) {
    const length = node.textContent.length;
    if (node.nodeName === 'MARK') {
      out.push({start: offset, end: offset + length, ids: node.dataset.evidence.split(' '),
                active: node.classList.contains('active')});
    }
    offset += length;
  }
  return {text: root.textContent, marks: out};
}"""


def test_every_evidence_span_is_highlighted_at_its_offsets(browser: Any, tmp_path: Path) -> None:
    briefing = summarizer.brief_file(EXAMPLE, engine="offline")
    page = open_page(browser, render_html(briefing), tmp_path)
    found = page.evaluate(MARKS_JS)
    # The article is shown whole and exactly: offsets in the JSON point into this same text.
    assert found["text"] == briefing.article_text
    spans = {
        (e.start, e.end)
        for item in (
            *briefing.actors,
            *briefing.disputes,
            *briefing.deals,
            *briefing.outlook.signals,
        )
        for e in item.evidence
    }
    assert spans
    covered: dict[str, set[int]] = {}
    for mark in found["marks"]:
        for ref in mark["ids"]:
            covered.setdefault(ref, set()).update(range(mark["start"], mark["end"]))
    # Each evidence span is covered by exactly its characters, whatever overlaps it.
    shown = {(min(chars), max(chars) + 1) for chars in covered.values()}
    assert shown == spans
    assert all(len(chars) == max(chars) + 1 - min(chars) for chars in covered.values())
    for mark in found["marks"]:
        assert (
            briefing.article_text[mark["start"] : mark["end"]]
            == found["text"][mark["start"] : mark["end"]]
        )
    assert page.errors == []


def test_a_click_on_a_claim_marks_its_quotes_and_only_them(browser: Any, tmp_path: Path) -> None:
    briefing = hostile_briefing()
    page = open_page(browser, render_html(briefing), tmp_path)
    osterlich = page.locator("button.claim.actor", has_text="Osterlich").first
    osterlich.click()
    marks = page.evaluate(MARKS_JS)["marks"]
    active = sorted({(m["start"], m["end"]) for m in marks if m["active"]})
    text = briefing.article_text
    quotes = [e for e in briefing.actors[1].evidence]
    # The active pieces are exactly the characters of its two quotes.
    chars = {i for start, end in active for i in range(start, end)}
    assert chars == {i for e in quotes for i in range(e.start, e.end)}
    assert "active" in (osterlich.get_attribute("class") or "")
    # A click on a highlighted quote marks the claims that cite it.
    page.locator("mark", has_text="warned it would walk away").first.click()
    active_claims = page.locator("button.claim.active")
    assert active_claims.count() == 1 and "Osterlich" in active_claims.first.inner_text()
    assert text  # (the briefing under test is the hostile one)
    assert page.errors == []


def test_nothing_from_the_article_or_the_model_runs_or_becomes_markup(
    browser: Any, tmp_path: Path
) -> None:
    html = render_html(hostile_briefing())
    page = open_page(browser, html, tmp_path)
    page.locator("button.claim.deal").first.click()
    assert page.evaluate("() => window.pwned === undefined")
    # The hostile strings are there, as text: no element came of them.
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1  # the page's own
    body = page.inner_text("body")
    assert "<script>window.pwned = 1;</script>" in body
    assert "Ruritania <img src=x onerror='window.pwned = 4'>" in body
    assert page.title() == "Grain accord <b>signed</b>"
    assert page.errors == []


def test_the_page_needs_nothing_from_the_network(tmp_path: Path) -> None:
    html = render_html(hostile_briefing())
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", html, re.IGNORECASE)
    assert not re.search(r"<script[^>]*\bsrc=", html, re.IGNORECASE)
    assert not re.search(r"url\(|@import|https?://", html.split("<body>")[0])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    assert "script-src 'sha256-" in policy.group(1)


def test_on_a_phone_it_fits_the_screen_and_a_screenshot_is_taken(
    browser: Any, tmp_path: Path
) -> None:
    briefing = summarizer.brief_file(EXAMPLE, engine="offline")
    html = render_html(briefing)
    phone = open_page(browser, html, tmp_path, width=390, height=844)
    assert phone.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    desk = open_page(browser, html, tmp_path, width=1280, height=900)
    desk.locator("button.claim.dispute").first.click()
    shot = tmp_path / "briefing.png"
    desk.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # SUMMARIZER_SCREENSHOTS=docs makes the README's pictures from this very test.
    if folder := os.environ.get("SUMMARIZER_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        desk.screenshot(path=str(Path(folder) / "briefing-html.png"))
        phone.screenshot(path=str(Path(folder) / "briefing-html-phone.png"))


def test_the_canonical_address_is_shown_beside_where_the_page_was_read() -> None:
    briefing = hostile_briefing()
    source = Source(
        url="https://mirror.example/grain?utm_source=feed",
        canonical_url="https://news.example/world/grain-accord",
    )
    html = render_html(briefing.model_copy(update={"source": source}))
    assert "mirror.example/grain?utm_source=feed" in html
    assert 'canonical <span class="url">https://news.example/world/grain-accord</span>' in html
    same = Source(url=source.url, canonical_url=source.url)
    assert (
        "canonical"
        not in render_html(briefing.model_copy(update={"source": same})).split("<main>")[0]
    )


def test_a_dated_deal_shows_its_date_beside_its_status() -> None:
    briefing = hostile_briefing()
    deal = briefing.deals[0].model_copy(update={"when": "2018-03"})
    html = render_html(briefing.model_copy(update={"deals": [deal]}))
    assert "signed (2018-03)" in html
    assert "signed (" not in render_html(briefing)
