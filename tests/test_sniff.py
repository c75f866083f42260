"""What some content is, by its look: binary formats by their magic numbers, HTML by its tags.

Files and pages meet these through decode() (test_decode.py) and the fetcher's sniffing of an
untyped body (test_fetching.py); here, the tests themselves.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer._ingest._sniff import binary_reason, looks_like_html, magic

# --------------------------------------------------------------------------- binary data


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"PK\x03\x04rest", "application/zip"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "application/octet-stream"),
        (b"BZh91AY&SY", "application/x-bzip2"),
    ],
)
def test_magic_numbers_name_the_format(data: bytes, media_type: str) -> None:
    found = magic(data)
    assert found is not None and found[0] == media_type


def test_text_that_starts_like_a_format_name_is_not_taken_for_it() -> None:
    assert magic(b"BZh, said the minister, is not a word.") is None
    assert binary_reason(b"BZh, said the minister.", "BZh, said the minister.") is None


# --------------------------------------------------------------------------- looks_like_html


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  \n<!doctype HTML>\n<title>x</title>",
        "<html lang=en>",
        "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>",
        "<!-- saved page -->\n<head><title>x</title></head>",
        "<div class=story><h1>Talks</h1><p>Ministers met.</p><p>They agreed.</p></div>",
        "\n\n<BODY><P>Old style page</P></BODY>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Ministers met in Doha on Tuesday.\n\nThey agreed to meet again.",
        "Prices rose <5% while exports > imports.",
        "Use the <b> tag for bold, said nobody in this article.",
        "<3 this story",
        "<note>Not an HTML tag</note>",
        "# Markdown heading\n\nSome *text*.",
        "<?xml version='1.0'?><rss><channel><title>t</title><link>l</link><title>u</title>",
    ],
)
def test_does_not_look_like_html(text: str) -> None:
    assert not looks_like_html(text)


@given(st.text(max_size=200))
def test_looks_like_html_never_raises(text: str) -> None:
    assert looks_like_html(text) in (True, False)
