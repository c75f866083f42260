"""One rule for showing a URL or a text that may carry a secret (summarizer/_redact.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer._redact import redact_url, scrub, url_secrets

KEY = "sk-proj-Abc123Def456Ghi789Jkl012Mno345"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://u:p@host.example/a?b=1#c", "https://***@host.example/a?b=1#c"),
        ("https://host.example/a?token=abc&page=2", "https://host.example/a?token=***&page=2"),
        ("https://host.example/a?api_key=abc", "https://host.example/a?api_key=***"),
        ("https://host.example/a?apiKey=abc", "https://host.example/a?apiKey=***"),
        ("https://host.example/a?passphrase=abc", "https://host.example/a?passphrase=***"),
        ("https://host.example/a?keyword=ok", "https://host.example/a?keyword=ok"),
        (f"https://host.example/a?q={KEY}", "https://host.example/a?q=***"),
        (f"https://host.example/{KEY}/a", "https://host.example/***/a"),
        ("https://host.example/", "https://host.example/"),
        # A page keeps its slug and its ids: its source must still lead back to it.
        (
            "https://news.example/world/talks-resume-4b1a0f8e3c5d6e7f8a9b0c1d2e3f4a5b?id=4412",
            "https://news.example/world/talks-resume-4b1a0f8e3c5d6e7f8a9b0c1d2e3f4a5b?id=4412",
        ),
        ("https://news.example/key-talks-resume-2026-in-march", None),
    ],
)
def test_a_page_url_loses_only_its_secrets(url: str, shown: str | None) -> None:
    assert redact_url(url) == (shown or url)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pw@127.0.0.1:8080/v1", "http://***@127.0.0.1:8080/v1"),
        (f"http://127.0.0.1:8080/{KEY}/v1", "http://127.0.0.1:8080/***/v1"),
        # Not key-shaped, but random: an endpoint has no business with such a path segment.
        (
            "http://127.0.0.1:8080/a8f3c9e1b2d4f6a7c8e9d0b1a2c3d4e5/v1",
            "http://127.0.0.1:8080/***/v1",
        ),
        # Every query value goes, whatever its name.
        (
            "https://x.example/v1?api-version=2024-10-21&q=1",
            "https://x.example/v1?api-version=***&q=***",
        ),
        ("http://localhost:11434/v1", "http://localhost:11434/v1"),
    ],
)
def test_an_endpoint_url_keeps_no_credential(url: str, shown: str) -> None:
    assert redact_url(url, endpoint=True) == shown


def test_the_secrets_of_an_endpoint_are_scrubbed_from_any_text() -> None:
    url = f"http://admin:{KEY}@h.example/tok_{KEY[8:]}/v1?token=opensesame1234&n=1"
    secrets = url_secrets(url)
    echoed = f'{{"error": "bad request to {url}", "detail": "{KEY}"}}'
    cleaned = scrub(echoed, secrets)
    assert KEY not in cleaned and KEY[8:] not in cleaned and "opensesame1234" not in cleaned
    # A plain user name and short values stay: scrubbing them would garble ordinary text.
    assert "admin" not in secrets and "1" not in secrets
    assert scrub('{"role": "user", "n": 1}', secrets) == '{"role": "user", "n": 1}'


def test_an_endpoint_without_secrets_has_none() -> None:
    assert url_secrets("http://127.0.0.1:8080/v1") == ()
    assert url_secrets(None) == ()


def test_a_secret_is_scrubbed_in_its_json_escaped_forms() -> None:
    secret = 'pa"ss/word\\1234'
    for text in (secret, '"pa\\"ss/word\\\\1234"', 'pa\\"ss\\/word\\\\1234'):
        assert "ss" not in scrub(text, [secret]).replace("***", ""), text


@given(st.text(max_size=80))
def test_redact_url_never_raises(url: str) -> None:
    assert isinstance(redact_url(url), str)
    assert isinstance(redact_url(url, endpoint=True), str)
    assert isinstance(url_secrets(url), tuple)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # urlunsplit turned these into other URLs: "file://etc/passwd" names a host "etc".
        ("file:///etc/passwd", None),
        ("file:////etc/passwd", None),
        ("http:////evil.example/x", None),
        ("feed:///news.rss", None),
        ("file:/etc/passwd", None),
        ("//cdn.example/a.js", None),
        ("example.org/news/story", None),
        ("FILE:///etc/passwd", "file:///etc/passwd"),
        ("http://news.example/a\n/b", "http://news.example/a/b"),  # as urlsplit reads it
        # A browser finds user name and password here too: they are hidden as well.
        ("http:user:pw@host.example/x", "http:***@host.example/x"),
        ("http:///user:pw@host.example/x", "http:///***@host.example/x"),
        ("https:\\\\user:pw@host.example/x", "https:\\\\***@host.example/x"),
        ("mailto:desk@example.org", None),  # not an authority: nothing to hide
    ],
)
def test_a_url_is_shown_in_the_form_it_was_given(url: str, shown: str | None) -> None:
    assert redact_url(url) == (shown or url)


@given(
    st.sampled_from(["http", "https", "file", "feed", "ftp", "x-y"]),
    st.sampled_from(["", "/", "//", "///", "////"]),
    st.from_regex(r"[a-z0-9./_-]{0,15}", fullmatch=True),  # too short to look like a key
)
def test_a_url_without_secrets_is_shown_unchanged(scheme: str, slashes: str, rest: str) -> None:
    url = f"{scheme}:{slashes}{rest}"
    assert redact_url(url) == url


@pytest.mark.parametrize("ellipsis", ["…", "..."])
def test_a_secret_cut_short_by_a_clip_is_scrubbed_too(ellipsis: str) -> None:
    clipped = f"quote not found in the article: 'the key is {KEY[:17]}{ellipsis}'"
    cleaned = scrub(clipped, [KEY])
    assert KEY[:8] not in cleaned and cleaned.endswith(f"the key is ***{ellipsis}'")
    # Ordinary text ending in an ellipsis is left alone.
    assert scrub("talks went on...", [KEY]) == "talks went on..."
