"""The digest as markdown: every section, citations, and untrusted text made inert."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_digest_support import load_hand_built, make_briefing

from summarizer import Digest, build_digest, render_digest_markdown
from summarizer._briefing._render import escape_inline

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
    """The text under a heading (## or ###) up to the next heading of any level."""
    match = re.search(rf"^###? {re.escape(title)}\n(.*?)(?=^##|^---|\Z)", markdown, re.M | re.S)
    assert match is not None, f"no section {title!r}"
    return match.group(1)


def test_sections_come_in_reading_order(markdown: str) -> None:
    headings = re.findall(r"^##(#?) (.+)$", markdown, re.M)
    assert [h for level, h in headings if not level] == [
        "Bottom line",
        "Top developments",
        "Threads by region",
        "Outlook",
        "Appendix",
    ]
    appendix = [h for level, h in headings if level][-4:]
    assert appendix == ["Actors", "Sources", "Not included", "How the reports were merged"]
    # The period the dated sources cover; the undated one is said in a banner, not dated.
    assert markdown.startswith("# Digest: 2 Jun 2025 to 5 Jun 2025\n")
    assert "> 1 source of 5 gives no date" in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_top_developments_are_short_numbered_lines_citing_their_sources(
    digest: Digest, markdown: str
) -> None:
    lines = section(markdown, "Top developments").strip().splitlines()
    assert len(lines) == 3
    # A source's sentence in quotes, who said it and when, the articles of the thread.
    assert lines[0].startswith("1. “Russia and Japan signed a fisheries quota agreement")
    assert lines[0].endswith("” — Pacific Wire, 5 Jun 2025 [S1][S4][S5]")
    assert lines[1].startswith("2. “") and lines[1].endswith(" [S1][S2][S3]")
    cited = {int(n) for line in lines for n in re.findall(r"\[S(\d+)\]", line)}
    assert cited <= set(range(1, len(digest.sources) + 1))


def test_actors_table_counts_and_cites_the_articles_mentioning_each(
    digest: Digest, markdown: str
) -> None:
    actors = section(markdown, "Actors")
    rows = [r for r in actors.splitlines() if r.startswith("| ")]
    assert rows[0] == "| Actor | Kind | Country | Also called | Sources |"
    cells = {r.split(" | ")[0][2:]: r.split(" | ") for r in rows[2:]}
    assert cells["Russia"][4] == "[S1][S2][S3][S4][S5] |"
    assert cells["Vladimir Putin"][3] == "Putin, Vladamir Putin"
    # Actors of one article are counted, not listed: the JSON has them all.
    assert "Miliband" not in actors
    once = len(digest.actors) - len(cells)
    assert f"{once} other actors named by one article each" in actors


def test_threads_are_one_line_each_with_status_change_date_value_and_sources(
    markdown: str,
) -> None:
    threads = markdown.split("## Threads by region", 1)[1].split("## Outlook", 1)[0]
    lines = [line for line in threads.splitlines() if line.startswith("- ")]
    assert len(lines) == 3
    (deal,) = [line for line in lines if "fisheries quota" in line]
    assert deal == (
        "- **Japan-Russia fisheries quota** — trade deal · negotiating → signed · 5 Jun 2025 · "
        "USD 20 million (20,000,000) · Russia, Japan [S1][S4][S5]"
    )
    (diplomat,) = [line for line in lines if "diplomat" in line]
    assert "ongoing · 4 Jun 2025" in diplomat and "→" not in diplomat


def test_signal_lines_are_short_and_cite_their_sources(digest: Digest, markdown: str) -> None:
    outlook = section(markdown, "Outlook")
    lines = [line for line in outlook.splitlines() if line.startswith("- ")]
    assert len(lines) == len(digest.outlook.signals)
    assert lines[0] == (
        "- Talks on the fisheries quota resume next week (high likelihood; horizon: next week)"
        " [S1][S2]"
    )
    assert all(re.search(r"\[S\d+\]$", line) for line in lines)
    assert "not stated" not in outlook and "**" not in outlook
    summary = outlook.strip().splitlines()[0]
    assert summary == escape_inline(digest.outlook.summary)


def test_sources_list_links_dates_and_undated_articles(markdown: str) -> None:
    lines = section(markdown, "Sources").strip().splitlines()
    assert len(lines) == 5
    assert lines[0].startswith(
        "- [S1] [Moscow and Tokyo reopen fisheries talks as island row simmers]"
        "(https://balticwire.example/2025/06/02/kuril-fisheries) · Baltic Wire · "
        "published 2025-06-02"
    )
    # The day an undated article was read shows here, labelled, and nowhere else.
    assert "undated; read 2025-06-06" in lines[4]
    assert markdown.count("2025-06-06") == 2  # here, and the footer's creation time
    assert "(https://example.org/analysis/quota?id=7&lang=en)" in lines[4]


def test_not_included_and_merge_explanations_are_listed(markdown: str) -> None:
    skipped = section(markdown, "Not included")
    assert "- feeds/broken/empty.txt: file is empty" in skipped
    assert "quota\\_signed\\_copy.txt: same article as" in skipped
    merges = section(markdown, "How the reports were merged")
    # "~" and ">" are escaped in the source and render as themselves.
    assert "- 'Vladamir Putin' \\~ 'Vladimir Putin': spelling 0.93" in merges
    assert "- 'Abe' -> 'Shinzo Abe': surname of a person" in merges
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
    assert "&lt;script>" in markdown
    assert not LIVE_LINK.search(markdown)
    assert "\\*\\*Bold\\*\\*" in markdown and not re.search(r"(?<!\\)\*\*Bold", markdown)
    assert not re.search(r"(?<!\\)`code", markdown)
    rows = [r for r in section(markdown, "Actors").splitlines() if r.startswith("| ")]
    # Header, rule and one actor row, each with exactly five cells: no "|" leaked through.
    assert len(rows) == 3
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row
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


def test_top_developments_leave_out_weak_threads_and_say_so() -> None:
    text = "Peru and Chile were said to be close to some deal, officials said."
    briefing = make_briefing(
        text,
        actors=[{"name": "Peru", "kind": "state"}, {"name": "Chile", "kind": "state"}],
        deals=[{"title": "Deal", "parties": ["Peru", "Chile"], "status": "unclear", "quote": text}],
    )
    digest = build_digest([briefing])
    assert digest.top_developments == [] and len(digest.deals) == 1
    markdown = render_digest_markdown(digest)
    assert "_No dispute or deal is reported firmly enough to rank" in markdown
    assert "- **Deal** — other deal" in markdown.split("## Threads by region")[1]


def test_an_empty_digest_still_renders_every_section() -> None:
    markdown = render_digest_markdown(build_digest([]))
    assert markdown.startswith("# Digest\n")
    assert "_No disputes or deals were reported._" in markdown
    assert "_No actors identified._" in markdown
    assert "_The articles give no outlook._" in markdown
    assert "## Not included" not in markdown
