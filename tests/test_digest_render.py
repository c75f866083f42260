"""The digest as markdown: every section, citations, and untrusted text made inert."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_digest_support import load_hand_built, make_briefing

from summarizer._digest import Digest, build_digest, render_digest_markdown

# "](" not preceded by a backslash: the middle of a live markdown link.
LIVE_LINK = re.compile(r"(?<!\\)\]\(")
HOSTILE = "<script>alert(1)</script> | **Bold** [x](javascript:alert(1)) `code` # @here"


@pytest.fixture(scope="module")
def digest() -> Digest:
    briefings, fixture = load_hand_built()
    return build_digest(
        list(briefings.values()), not_included=[tuple(p) for p in fixture["not_included"]]
    )


@pytest.fixture(scope="module")
def markdown(digest: Digest) -> str:
    return render_digest_markdown(digest)


def section(markdown: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |^---|\Z)", markdown, re.M | re.S)
    assert match is not None, f"no section {title!r}"
    return match.group(1)


def test_sections_come_in_reading_order(markdown: str) -> None:
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert headings == [
        "Top developments",
        "Actors",
        "Disputes",
        "Deals",
        "Outlook",
        "Sources",
        "Not included",
        "How the reports were merged",
    ]
    assert markdown.startswith("# Digest: 2025-06-02 to 2025-06-06\n")
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_top_developments_cite_their_sources(markdown: str) -> None:
    lines = section(markdown, "Top developments").strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("1. ") and lines[0].endswith("[S1][S4][S5]")
    assert lines[1].endswith("[S1][S2][S3]")


def test_actors_table_counts_the_articles_mentioning_each(markdown: str) -> None:
    rows = [r for r in section(markdown, "Actors").splitlines() if r.startswith("| ")]
    assert rows[0] == "| Actor | Kind | Country | Articles | Also called | Roles |"
    cells = {r.split(" | ")[0][2:]: r.split(" | ") for r in rows[2:]}
    assert cells["Russia"][3] == "5"
    assert cells["Vladimir Putin"][3] == "3"
    assert cells["Vladimir Putin"][4] == "Putin, Vladamir Putin"
    assert cells["Miliband"][3] == "1"


def test_threads_show_status_history_and_sources(markdown: str) -> None:
    deals = section(markdown, "Deals")
    assert "signed since 2025-06-05" in deals
    assert "Status history: 2025-06-02 negotiating [S1] → 2025-06-05 signed [S4]" in deals
    assert "Value: USD 20 million (20,000,000)" in deals
    assert "Sources: [S1][S4][S5]" in deals
    disputes = section(markdown, "Disputes")
    assert disputes.count("### ") == 2
    assert "Parties: Russia, Japan" in disputes


def test_sources_list_links_dates_and_undated_articles(markdown: str) -> None:
    lines = section(markdown, "Sources").strip().splitlines()
    assert len(lines) == 5
    assert lines[0].startswith(
        "- [S1] [Moscow and Tokyo reopen fisheries talks as island row simmers]"
        "(https://balticwire.example/2025/06/02/kuril-fisheries) · Baltic Wire · 2025-06-02"
    )
    assert "2025-06-06 (article undated: date of its briefing)" in lines[4]
    assert "(https://example.org/analysis/quota?id=7&lang=en)" in lines[4]


def test_not_included_and_merge_explanations_are_listed(markdown: str) -> None:
    skipped = section(markdown, "Not included")
    assert "- feeds/broken/empty.txt: file is empty" in skipped
    assert "quota\\_signed\\_copy.txt: same article as" in skipped
    merges = section(markdown, "How the reports were merged")
    # "~" and ">" are escaped in the source and render as themselves.
    assert "- 'Vladamir Putin' \\~ 'Vladimir Putin': spelling 0.93" in merges
    assert "- 'Abe' -&gt; 'Shinzo Abe': surname of a person" in merges
    assert "- 'Miliband' not merged: could be 'David Miliband' or 'Ed Miliband'" in merges


def test_provenance_footer(markdown: str) -> None:
    footer = markdown.split("\n---\n", 1)[1]
    assert "offline synthesis" in footer
    assert "Briefings: 5 · engines llm, offline · models small-model-7b" in footer
    assert "Usage: 7,050 tokens in · 1,650 tokens out · 7 model calls" in footer


def _hostile_digest(**fields: Any) -> str:
    text = f"{HOSTILE} said the talks over the {HOSTILE} were off."
    briefing = make_briefing(
        text,
        actors=[{"name": HOSTILE, "kind": "person", "role": HOSTILE, "aliases": [HOSTILE + "!"]}],
        disputes=[
            {
                "title": HOSTILE,
                "parties": [HOSTILE],
                "status": "ongoing",
                "summary": HOSTILE,
                "quote": text,
            }
        ],
        signals=[{"description": HOSTILE, "horizon": HOSTILE, "quote": text}],
        title=HOSTILE,
        site=HOSTILE,
        **fields,
    )
    return render_digest_markdown(build_digest([briefing], not_included=[(HOSTILE, HOSTILE)]))


def test_a_hostile_actor_name_renders_inert() -> None:
    markdown = _hostile_digest(path="feeds/x.txt")
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown
    assert not LIVE_LINK.search(markdown)
    assert "\\*\\*Bold\\*\\*" in markdown and not re.search(r"(?<!\\)\*\*Bold", markdown)
    assert not re.search(r"(?<!\\)`code", markdown)
    rows = [r for r in section(markdown, "Actors").splitlines() if r.startswith("| ")]
    # Header, rule and one actor row, each with exactly six cells: no "|" leaked through.
    assert len(rows) == 3
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 7, row
    # Headings only where the renderer put them.
    assert all(
        line.startswith(("# Digest", "## ", "### "))
        for line in markdown.splitlines()
        if line.startswith("#")
    )


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("javascript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("https://example.org/a)(c<d>", True),
        ("https://example.org/a b", False),
    ],
)
def test_only_http_urls_become_links_and_they_cannot_break_out(url: str, linked: bool) -> None:
    markdown = _hostile_digest(url=url)
    line = next(r for r in section(markdown, "Sources").splitlines() if r.startswith("- [S1]"))
    if linked:
        assert "](https://example.org/a%29%28c%3Cd%3E) · " in line
        assert len(LIVE_LINK.findall(line)) == 1
    else:
        assert not LIVE_LINK.search(line)
    assert "<b>" not in markdown and "<d>" not in markdown


def test_an_empty_digest_still_renders_every_section() -> None:
    markdown = render_digest_markdown(build_digest([]))
    assert markdown.startswith("# Digest\n")
    assert "_No disputes or deals were reported._" in markdown
    assert "_No actors identified._" in markdown
    assert "_The articles give no outlook._" in markdown
    assert "## Not included" not in markdown
