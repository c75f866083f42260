"""An article forwarded by e-mail and saved as a message (summarizer/_ingest/_email.py): the
briefing is of the article, not of the message's header block."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import read_article
from summarizer._errors import EmptyInput
from summarizer._ingest._email import looks_like_email

_HEADERS = (
    "From: Foreign Desk <desk@example.org>\n"
    "To: analyst@example.org\n"
    "Subject: Fwd: Japan and China agree maritime hotline\n"
    "Date: Tue, 1 Dec 2026 09:00:00 +0000\n"
    "MIME-Version: 1.0\n"
)
_STORY = (
    "Japan and China agree maritime hotline\n\n"
    "TOKYO (Wire) - Japan and China agreed on Tuesday to set up a maritime hotline after months "
    "of incidents near disputed islands, officials said.\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_saved_message_is_briefed_as_its_article(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "story.eml", _HEADERS + 'Content-Type: text/plain; charset="utf-8"\n\n' + _STORY
    )
    article = read_article(path)
    assert article.source.title == "Japan and China agree maritime hotline"
    assert "desk@example.org" not in article.text
    assert "Subject:" not in article.text


def test_a_message_pasted_into_a_text_file_is_recognised(tmp_path: Path) -> None:
    text = _HEADERS + 'Content-Type: text/plain; charset="utf-8"\n\n' + _STORY
    assert looks_like_email(text)
    article = read_article(_write(tmp_path, "story.txt", text))
    assert article.text.startswith("Japan and China agree maritime hotline")


def test_the_forwarding_block_is_no_part_of_the_article(tmp_path: Path) -> None:
    body = (
        "Worth a read.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Wire <wire@example.com>\n"
        "Date: Mon, 30 Nov 2026\n"
        "Subject: Japan and China agree maritime hotline\n"
        "To: desk@example.org\n\n" + _STORY
    )
    text = _HEADERS + 'Content-Type: text/plain; charset="utf-8"\n\n' + body
    article = read_article(_write(tmp_path, "fwd.eml", text))
    assert "wire@example.com" not in article.text
    assert "Worth a read" not in article.text
    assert "maritime hotline after months" in article.text


def test_quoted_printable_and_an_html_part_are_decoded(tmp_path: Path) -> None:
    text = (
        _HEADERS + 'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "<html><body><h1>Japan and China agree maritime hotline</h1>"
        "<p>TOKYO (Wire) - Japan and China agreed on Tuesday to set up a maritime hotline =\n"
        "after months of incidents near disputed islands, officials said.</p></body></html>\n"
    )
    article = read_article(_write(tmp_path, "story.eml", text))
    assert "maritime hotline after months" in article.text
    assert "=\n" not in article.text


def test_a_message_with_no_text_is_refused_in_one_line(tmp_path: Path) -> None:
    text = (
        "From: Desk <desk@example.org>\nSubject: chart\nMIME-Version: 1.0\n"
        "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    )
    with pytest.raises(EmptyInput, match="e-mail message with no text"):
        read_article(_write(tmp_path, "chart.eml", text))


def test_a_story_that_quotes_a_from_line_is_no_message() -> None:
    assert not looks_like_email(
        "From: the editors\n\nTOKYO (Wire) - Japan and China agreed on Tuesday to set up a "
        "hotline.\n"
    )
    assert not looks_like_email(_STORY)
