"""decode(): one cascade from bytes to text for files, standard input and fetched pages.

The pages here are served from 127.0.0.1 (pytest-httpserver); nothing leaves the machine.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from summarizer import BinaryInput, BinaryPage, FetchSettings, read_url
from summarizer._ingest._decode import decode, meta_charset
from summarizer._ingest._fetching import fetch
from summarizer._ingest._reading import article_from_bytes

TEXT = (
    "Ghana and Côte d’Ivoire agreed on Friday to pool cocoa sales for another season, "
    "officials in Accra said, after a year in which the two producers’ “living income” "
    "premium was ignored by most buyers.\n\n"
    "The agreement — the third since 2019 — costs €40 million to run."
)
LOCAL = FetchSettings(timeout=2.0, retries=0, allow_private_hosts=True)


# --------------------------------------------------------------------------- byte-order marks


def test_utf8_with_bom() -> None:
    decoded = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert (decoded.text, decoded.codec, decoded.binary) == (TEXT, "utf-8", None)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    boms = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    assert decode(boms.get(codec, b"") + TEXT.encode(codec)).text == TEXT


def test_a_utf32_bom_is_not_read_as_utf16() -> None:
    # The UTF-32 LE mark starts with the UTF-16 LE one: the longer mark must win.
    body = codecs.BOM_UTF32_LE + "<p>Кремль и Пекин</p>".encode("utf-32-le")
    decoded = decode(body, meta=True)
    assert (decoded.text, decoded.codec) == ("<p>Кремль и Пекин</p>", "utf-32-le")


def test_a_bom_wins_over_every_declaration() -> None:
    decoded = decode("Ça va".encode("utf-8-sig"), charset="windows-1251", meta=True)
    assert (decoded.text, decoded.codec) == ("Ça va", "utf-8")


def test_a_few_bytes_invalid_after_a_bom_are_replaced_as_a_browser_shows_them() -> None:
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8") + b" \x93sic\x94"
    decoded = decode(data)
    assert decoded.text == TEXT + " \ufffdsic\ufffd"
    assert decoded.binary is None


def test_data_mostly_invalid_after_a_bom_is_not_text() -> None:
    decoded = decode(b"\xff\xfe" + b"\x00\xd8\x41\x00")  # a lone surrogate, then "A"
    assert decoded.binary == "invalid UTF-16-LE after a byte-order mark"


# --------------------------------------------------------------------------- declarations


@pytest.mark.parametrize(
    ("body", "declared", "expected", "codec"),
    [
        ("Ça va".encode("utf-16"), None, "Ça va", "utf-16-le"),
        (b"caf\xe9", None, "café", "cp1252"),  # not UTF-8: windows-1252
        ("café".encode(), None, "café", "utf-8"),
        (b"\x93quoted\x94", "iso-8859-1", "“quoted”", "cp1252"),  # Latin-1 label = 1252
        (b"plain", "ascii", "plain", "cp1252"),
        (b'<meta charset="utf-16"><p>caf\xc3\xa9', None, "café", "utf-8"),  # WHATWG rule
        (b"caf\xe9", "utf-8", "café", "cp1252"),  # the declaration lies
        ("café".encode(), "iso-8859-1", "café", "utf-8"),  # a server default on UTF-8
        ("Кремль".encode("cp1251"), "windows-1251", "Кремль", "cp1251"),
    ],
)
def test_a_page_body(body: bytes, declared: str | None, expected: str, codec: str) -> None:
    decoded = decode(body, charset=declared, meta=True)
    assert expected in decoded.text
    assert decoded.codec == codec


def test_the_meta_tag_outranks_a_latin1_header_but_not_another() -> None:
    body = '<meta charset="windows-1251"><p>Кремль</p>'.encode("cp1251")
    assert decode(body, charset="iso-8859-1", meta=True).codec == "cp1251"
    assert decode(body, charset="koi8-r", meta=True).codec == "koi8-r"
    assert meta_charset(body) == "windows-1251"


def test_a_meta_tag_counts_only_when_asked_for() -> None:
    # A text file that quotes a meta tag is not naming its own encoding.
    body = 'The page said <meta charset="windows-1251"> and Кремль'.encode()
    assert decode(body).text.endswith("Кремль")
    assert decode(body, meta=True).codec == "cp1251"


@pytest.mark.parametrize("label", ["hex", "zlib", "undefined", "unicode-escape", "x-no-such"])
def test_a_label_that_is_no_web_encoding_is_skipped(label: str) -> None:
    body = "Crédit accordé \\u00e9".encode()
    decoded = decode(body, charset=label, meta=True)
    assert (decoded.text, decoded.codec) == ("Crédit accordé \\u00e9", "utf-8")


# --------------------------------------------------------------------------- sniffing


def test_utf16_without_bom() -> None:
    assert decode(TEXT.encode("utf-16-le")).text == TEXT
    assert decode(TEXT.encode("utf-16-be")).text == TEXT


def test_utf8_is_preferred_over_cp1252() -> None:
    assert decode("Kraków – Łódź".encode()).text == "Kraków – Łódź"


def test_bytes_windows_1252_leaves_unassigned_are_c1_controls_and_the_rest_stays_1252() -> None:
    # 0x81 is unassigned in windows-1252; browsers read it as U+0081, and so do we, without
    # turning the quotes around it into Latin-1 controls.
    data = "“São Tomé”".encode("cp1252") + b"\x81 signed the accord on Tuesday."
    decoded = decode(data)
    assert (decoded.text, decoded.codec) == (
        "“São Tomé”\x81 signed the accord on Tuesday.",
        "cp1252",
    )
    assert decoded.binary is None


def test_an_rtf_document_is_refused_with_what_to_do() -> None:
    data = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Iran and Oman held talks.\par}"
    assert decode(data).binary == "looks like an RTF document: save it as plain text"


def test_many_control_characters_are_not_text() -> None:
    data = bytes([0x01, 0x02, 0x03, 0x41, 0x42, 0x1B, 0x7F]) * 50
    assert decode(data).binary == "looks like binary data: too many control characters"


def test_a_stray_control_character_is_tolerated() -> None:
    text = TEXT + "\x07"
    decoded = decode(text.encode())
    assert (decoded.text, decoded.binary) == (text, None)


def test_a_binary_format_is_named() -> None:
    assert decode(b"%PDF-1.4 rest").binary == "looks like PDF"


_LABELS = [None, "utf-8", "windows-1251", "latin-1", "x", "hex", "undefined", "utf-16"]


@given(st.binary(max_size=300), st.sampled_from(_LABELS), st.booleans())
def test_decoding_never_raises(body: bytes, declared: str | None, meta: bool) -> None:
    decoded = decode(body, charset=declared, meta=meta)
    assert isinstance(decoded.text, str)
    assert decoded.codec
    assert decoded.binary is None or isinstance(decoded.binary, str)


# --------------------------------------------------------------------------- file = page
# The same bytes, nothing declared: a file (or standard input) and a page served without a
# charset go through the same cascade and the same binary test, to the same text.

_SAME_BYTES = {
    "utf-8": TEXT.encode("utf-8"),
    "cp1252-with-a-hole": TEXT.encode("cp1252") + b" \x81",
    "utf-16-le-no-bom": TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-32-bom": TEXT.encode("utf-32"),
    "utf-8-bom-a-stray-byte": codecs.BOM_UTF8 + TEXT.encode() + b" \x93",
}
_NOT_TEXT = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" * 50,
    "nul-bytes": b"Talks resumed.\x00\x00\x01\x02 in Doha \x00 on Monday" * 3,
    "control-characters": bytes([0x01, 0x02, 0x03, 0x41, 0x42, 0x1B, 0x7F]) * 50,
    "invalid-after-a-bom": b"\xff\xfe" + b"\x00\xd8\x41\x00" * 20,
}


def _served(server: HTTPServer, data: bytes, content_type: str) -> str:
    server.expect_request("/story").respond_with_data(data, content_type=content_type)
    return server.url_for("/story")


@pytest.mark.parametrize("name", sorted(_SAME_BYTES))
def test_a_page_and_a_file_with_the_same_bytes_decode_the_same(
    httpserver: HTTPServer, name: str
) -> None:
    data = _SAME_BYTES[name]
    page = fetch(_served(httpserver, data, "text/plain"), LOCAL)
    assert page.charset is None  # nothing declared
    as_file = decode(data)  # what article_from_bytes decodes a file or stdin with
    assert (page.text, page.encoding) == (as_file.text, as_file.codec)
    assert read_url(page.url, LOCAL).text == article_from_bytes(data, label="story.txt").text


@pytest.mark.parametrize("name", sorted(_NOT_TEXT))
def test_a_page_and_a_file_with_the_same_bytes_are_refused_the_same(
    httpserver: HTTPServer, name: str
) -> None:
    data = _NOT_TEXT[name]
    with pytest.raises(BinaryPage) as page:
        fetch(_served(httpserver, data, "text/plain"), LOCAL)
    with pytest.raises(BinaryInput) as file:
        article_from_bytes(data, label="story.txt")
    what = decode(data).binary
    assert what is not None
    assert (
        page.value.message == f"not an HTML or text page: served as text/plain, but the body {what}"
    )
    assert file.value.message == f"not a text file ({what})"


@pytest.mark.parametrize("codec", ["cp1252", "utf-16-le"])
def test_an_html_page_and_an_html_file_with_the_same_bytes_give_the_same_article(
    httpserver: HTTPServer, codec: str
) -> None:
    paragraphs = "".join(f"<p>{TEXT} Paragraph {n} of the report.</p>" for n in range(3))
    paragraphs = f"<article>{paragraphs}</article>"
    html = f"<!doctype html><html><head><title>Cocoa</title></head><body>{paragraphs}</body>"
    data = f"{html}</html>".encode(codec)
    page = read_url(_served(httpserver, data, "text/html"), LOCAL)
    file = article_from_bytes(data, label="story.html")
    assert page.text == file.text
    assert "Côte d’Ivoire" in page.text
    assert page.source.title == file.source.title == "Cocoa"
