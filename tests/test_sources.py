"""expand_sources(): a digest's folders and ``@lists`` expanded into the files and URLs to read.

Reading what they name is collect()'s (test_collect.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_ARTICLE

from summarizer._digest._sources import expand_sources


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_gives_its_article_files_in_path_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.htm", "notes.json", ".hidden/e.txt"):
        _write(tmp_path / name, TEST_ARTICLE)
    _write(tmp_path / ".f.txt", TEST_ARTICLE)
    found, failures = expand_sources([tmp_path])
    assert found == [str(tmp_path / n) for n in ("a.txt", "b.md", "sub/c.html", "sub/d.htm")]
    assert failures == []


def test_urls_stdin_and_missing_paths_pass_through(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    found, failures = expand_sources(["https://example.org/a", "-", missing])
    assert (found, failures) == (["https://example.org/a", "-", str(missing)], [])


def test_a_list_file_names_sources_relative_to_itself_with_comments(tmp_path: Path) -> None:
    _write(tmp_path / "lists" / "one.txt", TEST_ARTICLE)
    _write(tmp_path / "lists" / "more" / "two.txt", TEST_ARTICLE.replace("Norway", "Denmark"))
    _write(tmp_path / "elsewhere" / "three.txt", TEST_ARTICLE.replace("Norway", "Chile"))
    listing = _write(
        tmp_path / "lists" / "week.txt",
        "# this week's reading\n"
        "one.txt\n"
        "\n"
        "more   # a folder\n"
        f"{tmp_path / 'elsewhere' / 'three.txt'}\n"
        "   # indented comment\n"
        "one.txt\n",
    )
    found, failures = expand_sources([f"@{listing}", f"@{tmp_path / 'no-such-list.txt'}"])
    assert found == [
        str(tmp_path / "lists" / "one.txt"),
        str(tmp_path / "lists" / "more" / "two.txt"),
        str(tmp_path / "elsewhere" / "three.txt"),
        str(tmp_path / "lists" / "one.txt"),
    ]
    assert [(f.source, f.reason) for f in failures] == [
        (f"@{tmp_path / 'no-such-list.txt'}", "no such list file")
    ]


def test_a_list_file_with_a_url_and_its_fragment(tmp_path: Path) -> None:
    listing = _write(tmp_path / "l.txt", "https://example.org/a#part  # the first part\n")
    found, failures = expand_sources([f"@{listing}"])
    assert (found, failures) == (["https://example.org/a#part"], [])


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "cp1252"])
def test_a_list_file_is_decoded_like_any_other_file(tmp_path: Path, codec: str) -> None:
    # It had to be UTF-8 ("not UTF-8 text"); now the one cascade reads it, BOM and all.
    target = _write(tmp_path / "Zürich.txt", TEST_ARTICLE)
    listing = tmp_path / "list.txt"
    listing.write_bytes("Zürich.txt  # the café story\n".encode(codec))
    assert expand_sources([f"@{listing}"]) == ([str(target)], [])


def test_a_list_file_that_is_not_text_is_a_failure(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    found, failures = expand_sources([f"@{listing}"])
    assert found == []
    assert [(f.source, f.reason) for f in failures] == [
        (f"@{listing}", "cannot read the list file: not a text file (looks like PDF)")
    ]


def test_a_list_that_names_itself_stops(tmp_path: Path) -> None:
    listing = _write(tmp_path / "loop.txt", "@loop.txt\n")
    found, failures = expand_sources([f"@{listing}"])
    assert found == []
    assert [f.reason for f in failures] == ["list files nested more than 8 deep"]
