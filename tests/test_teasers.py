"""Teasers, related-content boxes and sign-up blocks stay out of the article the engines read.

Each page here is written for these tests: an article with a block pointing elsewhere inside
it. What is checked is the article's text, as a briefing gets it.
"""

from __future__ import annotations

import pytest

from summarizer import article_from_html

FIRST = (
    "Negotiators from both delegations sat down again in Baku on Tuesday after a pause of "
    "three weeks, according to officials who attended the opening session."
)
SECOND = (
    "The talks are expected to last until Friday, with border crossings and the return of "
    "detainees at the top of the agenda, the officials said."
)
THIRD = (
    "A joint statement is planned for the last day, though neither side would say what it "
    "might contain or whether the ministers themselves would attend."
)


def article_text(block: str) -> str:
    html = (
        "<html lang='en'><head><title>Talks resume in Baku</title></head><body><article>"
        f"<h1>Talks resume in Baku</h1><p>{FIRST}</p>{block}<p>{SECOND}</p><p>{THIRD}</p>"
        "</article></body></html>"
    )
    return article_from_html(html, url="https://ledger.example/world/talks").text


@pytest.mark.parametrize(
    ("block", "leak"),
    [
        (
            '<a class="teaser" href="https://ledger.example/x"><span>More from the Ledger'
            "</span> <span>Ministers quarrel over fishing quotas in the north</span></a>",
            "fishing quotas",
        ),
        (
            '<div class="rail"><div class="rail-head"><h3>Most read this week</h3></div>'
            '<div class="rail-items"><div><a href="/1"><img src="1.jpg"></a>'
            "<span>Harbour strike enters its second week</span></div>"
            '<div><a href="/2"><img src="2.jpg"></a><span>Grain prices climb again</span></div>'
            '<div><a href="/3"><img src="3.jpg"></a><span>Ferry fares to rise in May</span>'
            "</div></div></div>",
            "Most read",
        ),
        ("<p>Also on ledger.example Ministers quarrel over fishing quotas</p>", "fishing quotas"),
        (
            '<p>Read more: <a href="/y">Ministers quarrel over fishing quotas in the north</a></p>',
            "fishing quotas",
        ),
        (
            '<p><strong>Related:</strong> <a href="/y">Harbour strike enters its second week '
            "as talks stall</a></p>",
            "Harbour strike",
        ),
        (
            "<h3>Recommended</h3><ul><li><a href='/a'>Harbour strike enters its second week"
            "</a></li><li><a href='/b'>Grain prices climb again after the storm</a></li></ul>",
            "Grain prices",
        ),
        (
            "<div><p>Sign up for our newsletter</p><form><input type='email'>"
            "<button>Subscribe</button></form></div>",
            "newsletter",
        ),
        ("<p>Sign up for our daily newsletter</p>", "newsletter"),
    ],
)
def test_a_block_pointing_elsewhere_does_not_reach_the_article(block: str, leak: str) -> None:
    text = article_text(block)
    assert leak not in text
    assert FIRST in text and SECOND in text and THIRD in text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Watch for the border question: officials on both sides called it the hardest one, "
        "and neither delegation has said how far it could move on it this week.",
        "Related talks in Geneva last year ended without an agreement, after the two sides "
        "failed to agree on who would monitor a ceasefire along the line of contact.",
        'Recommended measures, listed in a <a href="/report">report</a> published by the '
        "mediators in March, include a hotline between the two defence ministries.",
    ],
)
def test_article_paragraphs_that_open_like_a_teaser_stay(paragraph: str) -> None:
    text = article_text(f"<p>{paragraph}</p>")
    assert paragraph.replace('<a href="/report">', "").replace("</a>", "") in text
