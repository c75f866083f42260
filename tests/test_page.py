"""article_of_page() and article_of_html(): from a page to its cleaned Article and Source.

Pages are served from 127.0.0.1, and name resolution is limited to literal addresses, so no
lookup can leave the machine.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from summarizer import FetchSettings, NoArticleFound, article_from_html, read_url
from summarizer._ingest._fetching import fetch
from summarizer._ingest._page import article_of_html, article_of_page
from summarizer._ingest._reading import article_from_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


NEWS = _fixture("news_article.html")
LOCAL = FetchSettings(timeout=2.0, backoff=0.001, allow_private_hosts=True)

_real_getaddrinfo = socket.getaddrinfo


def _loopback_only(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else str(host)
    ipaddress.ip_address(name)  # only literal addresses: no query can leave the machine
    return _real_getaddrinfo(host, port, *args, **kwargs)


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0)
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def http(server: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[HTTPServer]:
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)
    server.clear()
    yield server
    server.clear()


# --------------------------------------------------------------------------- fetched pages


def test_fetched_page_to_article_and_source(http: HTTPServer) -> None:
    http.expect_request("/world/story", query_string="utm_source=x&token=s3cret").respond_with_data(
        NEWS.encode("utf-8"), content_type="text/html; charset=utf-8"
    )
    page = fetch(http.url_for("/world/story?utm_source=x&token=s3cret"), LOCAL)
    article = article_of_page(page)
    assert "Tromsø" in article.text
    source = article.source
    assert source.url == http.url_for("/world/story?utm_source=x&token=***")
    assert source.title == "Norway and Iceland sign Arctic fisheries accord"
    assert source.author == "Maren Solberg"
    assert source.site == "The Northern Ledger"
    assert source.published == date(2024, 3, 14)
    assert source.language == "en"
    assert source.path is None


def test_fetched_cp1251_page_to_article(http: HTTPServer) -> None:
    http.expect_request("/ru").respond_with_data(
        _fixture("cyrillic_article.html").encode("cp1251"), content_type="text/html"
    )
    article = article_of_page(fetch(http.url_for("/ru"), LOCAL))
    assert "Стоимость проекта оценивается в сто двадцать миллионов долларов" in article.text


def test_fetched_plain_text_is_taken_as_is(http: HTTPServer) -> None:
    http.expect_request("/t").respond_with_data(
        "  Ministers met in Doha.\n\nThey agreed to meet again.\n", content_type="text/plain"
    )
    article = article_of_page(fetch(http.url_for("/t"), LOCAL))
    assert article.text == "Ministers met in Doha.\n\nThey agreed to meet again."
    assert article.source.url == http.url_for("/t")
    assert article.raw_chars == len(article.text)


def test_html_served_as_text_is_still_extracted(http: HTTPServer) -> None:
    http.expect_request("/mislabelled").respond_with_data(NEWS, content_type="text/plain")
    article = article_of_page(fetch(http.url_for("/mislabelled"), LOCAL))
    assert article.source.title == "Norway and Iceland sign Arctic fisheries accord"
    assert "<p>" not in article.text


def test_fetched_navigation_page_has_no_article(http: HTTPServer) -> None:
    http.expect_request("/sections").respond_with_data(
        _fixture("nav_only.html"), content_type="text/html"
    )
    with pytest.raises(NoArticleFound) as caught:
        article_of_page(fetch(http.url_for("/sections"), LOCAL))
    assert caught.value.source == http.url_for("/sections")


def test_read_url_is_fetch_then_article_of_page(http: HTTPServer) -> None:
    http.expect_request("/world/story").respond_with_data(NEWS, content_type="text/html")
    url = http.url_for("/world/story")
    assert read_url(url, LOCAL) == article_of_page(fetch(url, LOCAL))


# --------------------------------------------------------------------------- HTML in hand


def test_html_in_hand_gives_the_article_a_fetched_page_gives(http: HTTPServer) -> None:
    http.expect_request("/world/story").respond_with_data(NEWS, content_type="text/html")
    url = http.url_for("/world/story")
    fetched = article_of_page(fetch(url, LOCAL))
    assert article_of_html(NEWS, url=url, label=url) == fetched
    assert article_from_html(NEWS.encode("utf-8"), url=url) == fetched
    # A file has a path and no URL; the text and the metadata the page gives are the same.
    as_file = article_from_bytes(NEWS.encode("utf-8"), label="story.html")
    assert as_file.text == fetched.text
    assert as_file.source.path == "story.html"
    assert as_file.source.model_copy(update={"url": None, "path": None}) == (
        fetched.source.model_copy(update={"url": None})
    )


def test_html_on_standard_input_has_no_path() -> None:
    article = article_from_bytes(NEWS.encode("utf-8"), label="<stdin>", from_file=False)
    assert article.source.path is None
    assert article.source.title == "Norway and Iceland sign Arctic fisheries accord"
    assert article.text == article_from_bytes(NEWS.encode("utf-8"), label="story.html").text


def test_an_error_about_html_in_hand_names_its_url_redacted() -> None:
    with pytest.raises(NoArticleFound) as caught:
        article_from_html(_fixture("nav_only.html"), url="https://news.example/a?token=s3cret")
    assert caught.value.source == "https://news.example/a?token=***"
