"""Reading an article into a cleaned :class:`Article`, from wherever it is.

A URL is fetched (:mod:`._fetching`) and its page made an article (:mod:`._page`), the step an
HTML file, HTML on standard input and a digest's feed entries take too; any other file or
standard input is read as text. Bytes become text by the one cascade of :mod:`._decode`, for a
file as for a page. Whatever the route, the text is cleaned last, so every route gives the text
the engines, the offsets and the article id use.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from summarizer._briefing._article import Article
from summarizer._briefing._models import Source
from summarizer._errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    InputIsDirectory,
    InputNotFound,
    InputTooLarge,
    NotARegularFile,
)
from summarizer._ingest._cleaning import clean_text, has_words
from summarizer._ingest._decode import decode
from summarizer._ingest._email import looks_like_email, mail_body
from summarizer._ingest._fetching import DEFAULT_SETTINGS, FetchSettings, fetch
from summarizer._ingest._markdown import looks_like_markdown, markdown_text
from summarizer._ingest._page import article_of_html, article_of_page
from summarizer._ingest._sniff import looks_like_feed, looks_like_html
from summarizer._redact import redact_url

__all__ = [
    "DEFAULT_MAX_BYTES",
    "article_from_bytes",
    "article_from_html",
    "is_url",
    "read_article",
    "read_file",
    "read_url",
]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")

DEFAULT_MAX_BYTES = 5_000_000
STDIN_LABEL = "<stdin>"
# Opening a named pipe for reading blocks until a writer comes; without blocking, it does not.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)

_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
_SENTENCE_BREAK = re.compile(r"[a-z][.!?][\"'”’]? +[A-Z]")


def _size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.1f} kB"
    return f"{n / 1_000_000:.1f} MB"


def _read_stream(stream: BinaryIO, max_bytes: int, label: str, noun: str) -> bytes:
    """Read at most ``max_bytes + 1`` bytes: enough to know the input is over the limit."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(max_bytes + 1 - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise InputTooLarge(f"{noun} is over the {_size(max_bytes)} limit", source=label)
    return b"".join(chunks)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None) -> bytes:
    """The bytes of the regular file at ``path``, refused when over ``max_bytes``.

    Whatever is not a regular file is refused before a byte is read: a named pipe would block
    until some writer came along, and a device (``/dev/zero``, a symlink to it) never ends. The
    check is made on the opened file (opened without blocking), so swapping the path for a pipe
    between a check and the read changes nothing. Every failure is an :class:`InputError`
    naming ``label`` (default: the path).
    """
    label = label or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY)
    except (FileNotFoundError, NotADirectoryError):
        raise InputNotFound("no such file", source=label) from None
    except PermissionError:
        raise InputError("permission denied", source=label) from None
    except IsADirectoryError:
        raise InputIsDirectory("is a directory, not a file", source=label) from None
    except OSError as error:
        raise InputError(f"cannot read: {_reason(error)}", source=label) from None
    try:
        _check_regular(os.fstat(fd), max_bytes, label)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        try:
            # Read under the cap even so: a file may grow while it is read.
            return _read_stream(handle, max_bytes, label, "file")
        except OSError as error:
            raise InputError(f"cannot read: {_reason(error)}", source=label) from None


def _check_regular(info: os.stat_result, max_bytes: int, label: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputIsDirectory("is a directory, not a file", source=label)
    if not stat.S_ISREG(info.st_mode):
        hint = "; to read a pipe, give it on standard input as -"
        raise NotARegularFile(
            f"not a regular file ({_kind(info.st_mode)})"
            + (hint if stat.S_ISFIFO(info.st_mode) else ""),
            source=label,
        )
    if info.st_size > max_bytes:
        raise InputTooLarge(
            f"file is {_size(info.st_size)}, over the {_size(max_bytes)} limit", source=label
        )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _reason(error: OSError) -> str:
    reason = (error.strerror or type(error).__name__).strip()
    return reason[:1].lower() + reason[1:]


def _title(text: str) -> str | None:
    """The first paragraph, when it reads as a title: short, one sentence, no final period."""
    first, _, rest = text.partition("\n\n")
    if (
        not rest
        or len(first) > _TITLE_MAX_CHARS
        or len(first.split()) > _TITLE_MAX_WORDS
        or first.endswith((".", ",", ":", ";"))
        # A headline may end on a quoted word ("... as Russia cries 'piracy'"); a quoted
        # sentence ends on its stop inside the quotes.
        or (first.endswith(('"', "'", "”", "’")) and first[-2:-1] in (".", ",", "!", "?", ""))
        or _SENTENCE_BREAK.search(first)
    ):
        return None
    return first


def is_url(source: str | os.PathLike[str]) -> bool:
    """Whether ``source`` is a URL (any scheme: the fetcher refuses all but http and https)."""
    return isinstance(source, str) and bool(_URL.match(source))


def read_article(
    source: str | os.PathLike[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch_settings: FetchSettings | None = None,
) -> Article:
    """Read, decode and clean one article: a URL, an HTML or text file, or ``"-"`` (stdin).

    Every failure is an :class:`InputError` subclass whose ``source`` names the input (a path,
    ``<stdin>``, or the URL with any credentials removed) and whose message is one line.
    """
    if is_url(source):
        return read_url(os.fspath(source), fetch_settings)
    from_stdin = isinstance(source, str) and source == "-"
    label = STDIN_LABEL if from_stdin else os.fspath(source)
    noun = "input" if from_stdin else "file"
    if from_stdin:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("there is no standard input to read", source=label)
        data = _read_stream(stream, max_bytes, label, noun)
    else:
        data = read_file(Path(label), max_bytes=max_bytes, label=label)
    return article_from_bytes(data, label=label, from_file=not from_stdin)


def article_from_bytes(data: bytes, *, label: str, from_file: bool = True) -> Article:
    """The article in the bytes of a file (or of standard input: ``from_file=False``): text,
    or HTML (by the name's suffix or by the content), decoded and cleaned."""
    noun = "file" if from_file else "input"
    if not data:
        raise EmptyInput(f"{noun} is empty", source=label)
    decoded = decode(data)
    what = decoded.binary
    if what is not None:
        raise BinaryInput(f"not a text file ({what})", source=label)
    if not decoded.text.strip():
        raise EmptyInput(f"{noun} contains only whitespace", source=label)
    body = decoded.text
    if Path(label).suffix.lower() == ".eml" or looks_like_email(body):
        # An article forwarded by e-mail: the message's text, not its header block.
        mail = mail_body(data)
        if mail is None:
            raise EmptyInput(f"{noun} is an e-mail message with no text in it", source=label)
        if mail.html:
            return article_of_html(mail.text, path=label if from_file else None, label=label)
        body = mail.text
        if mail.subject and mail.subject not in body[:300]:
            body = f"{mail.subject}\n\n{body}"  # the subject is the headline it was sent under
    elif _is_html(label, body):
        # Known to be HTML only now: its own <meta charset> may name another codec.
        markup = decode(data, meta=True).text
        return article_of_html(markup, path=label if from_file else None, label=label)
    if looks_like_feed(body):
        raise InputError(
            f"{noun} is an RSS or Atom feed, not an article: give it to `summarizer digest`",
            source=label,
        )
    if looks_like_markdown(label, body):
        body = markdown_text(body)  # "# Headline", "**QUITO** -", "[Colombia](https://...)"
    text = clean_text(body)
    if not text:
        raise EmptyInput(f"{noun} has no article text left after cleaning", source=label)
    if not has_words(text):
        raise EmptyInput(f"{noun} has no words, only numbers and symbols", source=label)
    return Article(
        text=text,
        source=Source(path=label, title=_title(text)),
        raw_chars=len(decoded.text),
    )


def read_url(url: str, settings: FetchSettings | None = None) -> Article:
    """Fetch ``url``, extract its article and metadata, and clean the text.

    ``settings`` default to :class:`FetchSettings` (which refuse private and loopback hosts:
    the safe choice for a library that may run inside a service).
    """
    return article_of_page(fetch(url, settings or DEFAULT_SETTINGS))


def article_from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    path: str | None = None,
    label: str | None = None,
) -> Article:
    """Extract the article of an HTML document (with its metadata) and clean it.

    Bytes are decoded as an HTML file is (:func:`summarizer._ingest._decode.decode`: a BOM, the
    ``<meta charset>``, then UTF-16, UTF-8, windows-1252). ``url`` is where the page came from,
    if known; ``path`` the file.
    """
    name = label or path or (redact_url(url) if url else "<html>")
    markup = decode(html, meta=True).text if isinstance(html, bytes) else html
    return article_of_html(markup, url=url, path=path, label=name)


def _is_html(label: str, decoded: str) -> bool:
    return Path(label).suffix.lower() in _HTML_SUFFIXES or looks_like_html(decoded[:4096])
