"""Who wrote the article, as the briefing's footer says it: names, and nothing that names no
author (a checked claim's author, the site, a job title, a date, a placeholder).

The pages are small ones written for these tests.
"""

from __future__ import annotations

import json

import lxml.html
import pytest
from test_metadata import page

from summarizer._ingest._byline import byline
from summarizer._ingest._extracting import extract_html


def author_meta(value: str) -> str:
    return f'<meta name="author" content="{value}">'


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_fact_checks_byline_is_not_the_author_of_the_claim_it_checks() -> None:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "author": {"@type": "Organization", "name": "Harbour Fact Desk"},
        "itemReviewed": {
            "@type": "CreativeWork",
            "author": {"@type": "Person", "name": "The Norwegian and Danish fisheries agencies"},
        },
    }
    head = json_ld(review) + author_meta("The Norwegian and Danish fisheries agencies")
    extracted = extract_html(page("Claim about quotas is false", head=head))
    assert extracted.author is None or "fisheries" not in extracted.author


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Ines Varga, Staff Writer", "Ines Varga"),
        ("Tomas Reiter News reporter", "Tomas Reiter"),
        ("Ines Varga; AP National Security Writer", "Ines Varga"),
        ("Tomas Reiter is a reporter for the Harbour Courier", "Tomas Reiter"),
        ("Ines Varga Monday; NOVEMBER", "Ines Varga"),
        ("Ines Varga; Tomas Reiter; Ines Varga", "Ines Varga; Tomas Reiter"),
        ("Theresa May", "Theresa May"),
    ],
)
def test_a_byline_keeps_the_names_only(written: str, names: str | None) -> None:
    extracted = extract_html(page("Talks resume in Baku", head=author_meta(written)))
    assert extracted.author == names


def test_the_site_is_not_an_author() -> None:
    head = author_meta("Ines Varga; Harbour Courier") + (
        '<meta property="og:site_name" content="Harbour Courier">'
    )
    extracted = extract_html(page("Talks resume in Baku", head=head))
    assert (extracted.site, extracted.author) == ("Harbour Courier", "Ines Varga")


@pytest.mark.parametrize("written", ["admin", "Jdadmin", "Editorial"])
def test_a_placeholder_names_no_author(written: str) -> None:
    # trafilatura passes these on from a page's byline block.
    tree = lxml.html.fromstring(page("Talks resume in Baku"))
    assert byline(written, tree, site_keys=()) is None
