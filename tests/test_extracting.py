"""extract_html(): the article body and its metadata, without the page around it."""

from __future__ import annotations

import contextlib
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import EmptyInput, NoArticleFound
from summarizer._ingest._extracting import Extracted, extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


NEWS = _fixture("news_article.html")

# Page furniture around the article: none of it may reach the body text.
FURNITURE = [
    "cookies",
    "Accept all cookies",
    "ADVERTISEMENT",
    "Glacier 9",
    "Subscribe for one krone",
    "Related stories",
    "Ten best beaches in Portugal",
    "Salmon farm shares slide",
    "Luxury fjord cruises",
    "Share on social media",
    "All rights reserved",
    "Privacy policy",
]


# --------------------------------------------------------------------------- the news page


@pytest.fixture(scope="module")
def news() -> Extracted:
    return extract_html(NEWS, url="http://127.0.0.1:8000/world/story")


def test_body_has_every_paragraph(news: Extracted) -> None:
    assert news.text.startswith("Norway and Iceland sign Arctic fisheries accord")
    for sentence in [
        "Norway and Iceland signed a fisheries accord in Tromsø on Thursday",
        '"a practical settlement between neighbours who depend on the same sea"',
        "Scientists from both countries will meet every autumn",
        "Reykjavik recalled its ambassador for consultations",
        '"A quota is only as good as the fish that turn up," said Lise Berntsen',
        "The Arctic Seas Trust, a research charity based in Bergen",
        "gave no timetable for new negotiations.",
        "the Althing would take up the accord in its spring session.",
    ]:
        assert sentence in news.text
    assert len(news.text.split()) >= 400


def test_paragraphs_are_separated_by_blank_lines(news: Extracted) -> None:
    paragraphs = news.text.split("\n\n")
    assert len(paragraphs) == 9  # the headline and eight paragraphs
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    # Line breaks inside a <p> in the source are not paragraph breaks.
    assert "ends three years of sometimes bitter talks" in paragraphs[1]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_navigation_ads_and_related_links_are_left_out(news: Extracted, furniture: str) -> None:
    assert furniture not in news.text


def test_scripts_and_styles_are_left_out(news: Extracted) -> None:
    assert "dataLayer" not in news.text
    assert "border:1px" not in news.text
    assert "NewsArticle" not in news.text


def test_metadata(news: Extracted) -> None:
    assert news.title == "Norway and Iceland sign Arctic fisheries accord"
    assert news.author == "Maren Solberg"
    assert news.site == "The Northern Ledger"
    assert news.published == date(2024, 3, 14)
    assert news.language == "en"
    assert news.url == "https://ledger.example/world/2024/03/14/arctic-fisheries-accord"


def test_date_from_json_ld_alone() -> None:
    html = NEWS.replace('content="2024-03-14T09:30:00+00:00"', 'content=""').replace(
        '<time datetime="2024-03-14T09:30:00+00:00">14 March 2024</time>', ""
    )
    assert extract_html(html).published == date(2024, 3, 14)


def test_without_a_canonical_link_the_given_url_stands() -> None:
    html = NEWS.replace('<link rel="canonical"', '<link rel="x"').replace(
        '<meta property="og:url"', '<meta property="x"'
    )
    assert extract_html(html, url="https://mirror.example/story").url == (
        "https://mirror.example/story"
    )


def test_a_non_http_canonical_url_is_ignored() -> None:
    html = NEWS.replace(
        "https://ledger.example/world/2024/03/14/arctic-fisheries-accord", "javascript:alert(1)"
    )
    assert extract_html(html, url="https://ledger.example/s").url == "https://ledger.example/s"


def test_bytes_are_accepted() -> None:
    assert "Tromsø" in extract_html(NEWS.encode("utf-8")).text


# --------------------------------------------------------------------------- other languages


def test_cyrillic_page() -> None:
    extracted = extract_html(_fixture("cyrillic_article.html"))
    assert "Правительства Казахстана и Узбекистана в четверг подписали соглашение" in (
        extracted.text
    )
    assert "Футбольный клуб" not in extracted.text
    assert extracted.title == "Казахстан и Узбекистан договорились о новом мосте через Сырдарью"
    assert extracted.author == "Айгерим Сатпаева"
    assert extracted.site == "Степной вестник"
    assert extracted.published == date(2023, 10, 5)
    assert extracted.language == "ru"


def test_french_page() -> None:
    extracted = extract_html(_fixture("french_article.html"))
    assert "« C'est un accord équilibré qui protège nos intérêts à long terme »" in (extracted.text)
    assert "Coupe d'Afrique" not in extracted.text
    assert extracted.author == "Élodie Ndiaye"
    assert extracted.language == "fr"
    assert extracted.published == date(2022, 6, 21)


# --------------------------------------------------------------------------- no article


def test_navigation_only_page_has_no_article() -> None:
    with pytest.raises(NoArticleFound, match="no article found in the page") as caught:
        extract_html(_fixture("nav_only.html"), url="https://ledger.example/sections")
    assert isinstance(caught.value, EmptyInput)
    assert caught.value.source == "https://ledger.example/sections"
    assert "\n" not in str(caught.value)


def test_error_names_the_page_without_credentials() -> None:
    with pytest.raises(NoArticleFound) as caught:
        extract_html(_fixture("nav_only.html"), url="https://ledger.example/s?token=abc123")
    assert "abc123" not in str(caught.value)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<html><body></body></html>",
        "<html><body><p>Short.</p></body></html>",
        "<html><body><ul><li>" + "</li><li>".join(["Home", "World", "Sport"] * 30) + "</li></ul>",
        "<<<>>>",
        "\x00\x01\x02 not html",
    ],
)
def test_pages_without_an_article(html: str) -> None:
    with pytest.raises(NoArticleFound):
        extract_html(html)


def test_nothing_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("news_article.html", "nav_only.html", "malformed.html"):
        with contextlib.suppress(NoArticleFound):
            extract_html(_fixture(name), url="https://ledger.example/a")
    assert capsys.readouterr() == ("", "")


# --------------------------------------------------------------------------- broken HTML


def test_malformed_html_still_yields_the_article() -> None:
    extracted = extract_html(_fixture("malformed.html"))
    assert extracted.title == "Port strike ends in Antwerp"
    assert "Dock workers in Antwerp returned to work on Monday" in extracted.text
    assert "Shipping lines had diverted dozens of container vessels" in extracted.text
    assert "supplies of medicines and fuel" in extracted.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<b>",
                "<table>",
                "<td>",
                "<!--",
                "-->",
                "&amp;",
                "&#xZZ;",
                "<script>",
                "</script>",
                "<",
                ">",
                '"',
                "\x00",
                "Talks resumed in Doha. ",
                "The ministers met for nine hours and agreed to meet again next month. ",
            ]
        ),
        max_size=60,
    )
)
def test_garbage_never_crashes(pieces: list[str]) -> None:
    try:
        extracted = extract_html("".join(pieces))
    except NoArticleFound:
        return
    assert extracted.text.strip()


# --------------------------------------------------------------------------- benchmark guard

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"


@pytest.mark.shared
@pytest.mark.skipif(not BENCH.is_dir(), reason="../shared/bench/article-extraction is absent")
def test_benchmark_sample_keeps_its_f1(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fourth benchmark page, through extract_html: a quick guard on extraction quality.

    The full run, with fetching, cleaning and timings, is benchmarks/bench_extraction.py.
    """
    import gzip
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location(
        "bench_extraction", Path(__file__).resolve().parents[1] / "benchmarks/bench_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # dataclasses look their module up
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script prepends the repo root
    spec.loader.exec_module(bench)

    truth_json = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted((BENCH / "html").glob("*.html.gz"))[::4]
    truth: dict[str, str] = {}
    predicted: dict[str, str] = {}
    for path in paths:
        key = path.name.split(".")[0]
        truth[key] = truth_json[key]["articleBody"]
        html = gzip.decompress(path.read_bytes()).decode("utf-8")
        predicted[key] = extract_html(html, url=truth_json[key]["url"]).text
    score = bench.score(truth, predicted, bootstrap=0)
    assert score.f1 >= 0.95, score  # 0.976 when written
