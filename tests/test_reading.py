"""read_article: files and stdin in, a cleaned Article or one typed error out."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest

from summarizer import (
    BinaryInput,
    EmptyInput,
    InputError,
    InputIsDirectory,
    InputNotFound,
    InputTooLarge,
    NotARegularFile,
    SummarizerError,
    clean_text,
    read_article,
)
from summarizer._ingest._reading import DEFAULT_MAX_BYTES, article_from_bytes, read_file

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "dirty"
EXAMPLE = REPO / "examples" / "sample-article.txt"
T = TypeVar("T")

TEXT = (
    "Ghana and Côte d’Ivoire agreed on Friday to pool cocoa sales for another season, "
    "officials in Accra said, after a year in which the two producers’ “living income” "
    "premium was ignored by most buyers.\n\n"
    "The agreement — the third since 2019 — costs €40 million to run."
)


def assert_one_line_naming(error: SummarizerError, name: str) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    assert error.source == name
    assert error.message[:1].islower()


# ----------------------------------------------------------------------------- happy paths


def test_reads_a_fixture_into_a_cleaned_article() -> None:
    path = FIXTURES / "grain_quota.txt"
    raw = path.read_bytes().decode("utf-8")
    article = read_article(path)
    assert article.text == clean_text(raw)
    assert article.text + "\n" == (FIXTURES / "grain_quota.clean.txt").read_text("utf-8")
    assert article.raw_chars == len(raw)
    assert article.source.path == str(path)
    assert article.source.title == "Astana’s Grain Quota Tests Its Neighbours"
    assert article.label == str(path)


def test_reads_the_example_article() -> None:
    article = read_article(EXAMPLE)
    first_line = EXAMPLE.read_text("utf-8").splitlines()[0]
    assert article.source.title == first_line
    assert article.text.startswith(first_line)
    assert article.raw_chars > len(article.text)


def test_accepts_a_string_path_and_any_extension(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(TEXT, encoding="utf-8")
    article = read_article(str(path))
    assert article.text == clean_text(TEXT)
    assert article.source.path == str(path)


def test_title_is_none_when_the_article_starts_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_article(path).source.title is None


def test_same_text_from_two_places_has_one_id(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(TEXT, encoding="utf-8")
    two.write_text(TEXT.replace("\n\n", "\r\n\r\n\r\n") + "  \n", encoding="utf-8")
    assert read_article(one).id == read_article(two).id


def test_stdin_is_read_from_a_binary_stream() -> None:
    article = read_article("-", stdin=io.BytesIO(TEXT.encode("utf-8")))
    assert article.text == clean_text(TEXT)
    assert article.source.path == "<stdin>"


def test_stdin_defaults_to_sys_stdin_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_article("-").text == clean_text(TEXT)


def test_no_stdin_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError) as caught:
        read_article("-")
    assert_one_line_naming(caught.value, "<stdin>")


def test_a_file_named_dash_is_read_through_a_path(tmp_path: Path) -> None:
    path = tmp_path / "-"
    path.write_text(TEXT, encoding="utf-8")
    assert read_article(path).source.path == str(path)


def within(seconds: float, call: Callable[[], T], unblock: Callable[[], None]) -> T:
    """``call()``'s result, failing the test (not hanging it) if it takes over ``seconds``;
    ``unblock`` then frees the stuck thread."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except BaseException as error:
            box["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        unblock()
        worker.join(5)
        pytest.fail(f"still reading after {seconds} s")
    if "error" in box:
        raise box["error"]
    return cast(T, box["result"])


def open_writer(fifo: Path) -> None:
    """Open and close ``fifo`` for writing, so that a reader blocked on opening it gets EOF."""
    with contextlib.suppress(OSError):
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


@needs_fifo
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile) as caught:
        within(5, lambda: read_article(fifo), lambda: open_writer(fifo))
    assert_one_line_naming(caught.value, str(fifo))
    assert "named pipe" in str(caught.value) and "standard input as -" in str(caught.value)


@needs_fifo
def test_a_named_pipe_with_a_writer_is_refused_too(tmp_path: Path) -> None:
    # One rule, whoever holds the other end: a pipe is read through standard input ("-").
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # holds both ends, so neither side blocks
    try:
        os.write(writer, TEXT.encode("utf-8"))
        with pytest.raises(NotARegularFile):
            within(5, lambda: read_article(fifo), lambda: None)
    finally:
        os.close(writer)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_behind_an_innocent_name_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotARegularFile) as caught:
        within(10, lambda: read_article(link), lambda: None)
    assert_one_line_naming(caught.value, str(link))
    assert "a device" in str(caught.value)


def test_read_file_refuses_what_is_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(InputTooLarge):
        read_file(path, max_bytes=100)
    assert read_file(path, max_bytes=101) == b"a" * 101


# ----------------------------------------------------------------------------- encodings
# The cascade itself is tested in test_decode.py; here, that files go through it.


def test_cp1252_file(tmp_path: Path) -> None:
    text = "“Déjà vu,” said the minister of the €2 billion loan – again."
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path).text == text


def test_utf16_file_without_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    assert read_article(path).text == clean_text(TEXT)


# ----------------------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(InputNotFound) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert "no such file" in str(caught.value)


def test_missing_parent_is_not_found(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputNotFound):
        read_article(plain / "child.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputIsDirectory) as caught:
        read_article(tmp_path)
    assert_one_line_naming(caught.value, str(tmp_path))


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message == "file is empty"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n\xef\xbb\xbf")
    with pytest.raises(EmptyInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))


def test_nothing_left_after_cleaning(tmp_path: Path) -> None:
    path = tmp_path / "credits.txt"
    path.write_text("OLGA KOVAL/AFP\nAdvertisement\n(, May 3)\n", encoding="utf-8")
    with pytest.raises(EmptyInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert "cleaning" in caught.value.message


def test_empty_stdin() -> None:
    with pytest.raises(EmptyInput) as caught:
        read_article("-", stdin=io.BytesIO(b""))
    assert_one_line_naming(caught.value, "<stdin>")
    assert caught.value.message == "input is empty"


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
)
def test_binary_formats_are_named(tmp_path: Path, data: bytes, looks_like: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data + bytes(range(256)))
    with pytest.raises(BinaryInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message.startswith("not a text file (looks like")
    assert looks_like in caught.value.message


def test_pdf_message_reads_well() -> None:
    with pytest.raises(BinaryInput) as caught:
        article_from_bytes(b"%PDF-1.4 rest", label="report.pdf")
    assert str(caught.value) == "report.pdf: not a text file (looks like PDF)"


def test_nul_bytes_outside_utf16(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"Talks resumed.\x00\x00\x01\x02 in Doha \x00 on Monday" * 3)
    with pytest.raises(BinaryInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2500)
    with pytest.raises(InputTooLarge) as caught:
        read_article(path, max_bytes=1000)
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message == "file is 2.5 kB, over the 1.0 kB limit"


def test_default_limit_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(12_300_000)  # sparse: the size check must not read it
    with pytest.raises(InputTooLarge) as caught:
        read_article(path)
    assert DEFAULT_MAX_BYTES == 5_000_000
    assert caught.value.message == "file is 12.3 MB, over the 5.0 MB limit"


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    data = TEXT.encode("utf-8")
    path.write_bytes(data)
    assert read_article(path, max_bytes=len(data)).text == clean_text(TEXT)


class _CountingStream(io.BytesIO):
    """A stdin that records how much was asked of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1, /) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def test_stdin_over_the_limit_reads_at_most_one_byte_more() -> None:
    stream = _CountingStream(b"x" * 10_000)
    with pytest.raises(InputTooLarge) as caught:
        read_article("-", stdin=stream, max_bytes=100)
    assert stream.taken == 101
    assert_one_line_naming(caught.value, "<stdin>")
    assert caught.value.message == "input is over the 100 bytes limit"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as caught:
            read_article(path)
    finally:
        path.chmod(0o600)
    assert type(caught.value) is InputError
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message == "permission denied"


def test_decode_errors_name_the_label() -> None:
    with pytest.raises(BinaryInput) as caught:
        article_from_bytes(b"\x89PNG\r\n\x1a\n", label="photo.png")
    assert_one_line_naming(caught.value, "photo.png")


def test_permission_denied_when_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The chmod test above is skipped for root; this one fakes the refusal.
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert type(caught.value) is InputError
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message == "permission denied"


def test_other_os_errors_are_input_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "flaky.txt"
    path.write_text(TEXT, encoding="utf-8")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "open", fail)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert caught.value.message == "cannot read: input/output error"


def test_a_text_of_numbers_and_punctuation_has_no_words(tmp_path: Path) -> None:
    path = tmp_path / "figures.txt"
    path.write_text("123 456 ... !!! 7.8.9 --- 2024-01-01 ### 42%\n" * 20, encoding="utf-8")
    with pytest.raises(EmptyInput) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert "no words" in caught.value.message


@pytest.mark.parametrize(
    "feed",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>',
        '\ufeff<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title></feed>',
    ],
)
def test_a_feed_is_not_briefed_as_an_article(tmp_path: Path, feed: str) -> None:
    """A feed's XML read as text gave a briefing headed by its markup: a feed is a digest's
    input, and saying so is the answer."""
    path = tmp_path / "wire.xml"
    path.write_text(feed, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert_one_line_naming(caught.value, str(path))
    assert "feed" in caught.value.message and "summarizer digest" in caught.value.message


def test_a_text_in_another_script_has_words(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("中国外交部周一表示，将于下周举行会谈。\n", encoding="utf-8")
    assert "中国" in read_article(path).text


def test_a_headline_ending_on_a_quoted_word_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "tanker.txt"
    path.write_text(
        "Finland seizes tanker as Russia cries 'piracy'\n\n"
        "HELSINKI (Wire) - Finnish police boarded a tanker on Thursday after two undersea "
        "cables were damaged, officials said.\n",
        encoding="utf-8",
    )
    assert read_article(path).source.title == "Finland seizes tanker as Russia cries 'piracy'"


def test_a_quoted_sentence_opening_the_text_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "quote.txt"
    path.write_text(
        '"We will not back down."\n\nHELSINKI (Wire) - Finland\'s president said on Friday '
        "that the country would defend its cables.\n",
        encoding="utf-8",
    )
    assert read_article(path).source.title is None
