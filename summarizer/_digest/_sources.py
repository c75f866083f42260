"""A digest's inputs, expanded into the files, URLs and ``-`` (standard input) to read.

* a file (text, markdown or HTML; or a feed, which :mod:`._feeds` recognises when it is read),
  or ``-`` for standard input: passed on as it is;
* a URL: passed on (a page, or a feed: the fetched body decides);
* a folder: every ``.txt``, ``.md``, ``.html`` and ``.htm`` file in it and its subfolders
  (hidden files and folders skipped), in path order;
* ``@list.txt``: one source per line (``#`` at a line's start or after a space begins a
  comment; relative paths are taken from the list file's folder, so a list can live next to
  what it names). A list file is read like any other file: refused unread when it is not a
  regular file, and decoded by the one cascade (:mod:`summarizer._ingest._decode`).

Nothing is read here but folders and list files; what cannot be expanded is a
:class:`Failure` with a one-line reason, and the rest goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer._errors import InputError, InputNotFound, SummarizerError
from summarizer._ingest._decode import decode
from summarizer._ingest._reading import DEFAULT_MAX_BYTES, is_url, read_file

__all__ = ["ARTICLE_SUFFIXES", "Failure", "expand_sources"]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".eml"})
# Lists naming lists deeper than this are refused: a list that names itself would never end.
_LIST_DEPTH = 8


@dataclass(frozen=True)
class Failure:
    """An input (a file, folder, list, feed or page) that gave no article, and why (one line).

    Made wherever a digest's inputs are expanded or read; listed under the digest's "Not
    included".
    """

    source: str
    reason: str

    @classmethod
    def of(cls, error: SummarizerError, source: str) -> Failure:
        return cls(error.source or source, error.message)


def expand_sources(sources: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Failure]]:
    """Sources with list files read and folders walked: files, URLs and ``-``, in order.

    A list file or folder that cannot be read, or a folder with nothing to brief, is a
    failure; paths that do not exist are passed on (reading them reports it).
    """
    found: list[str] = []
    failures: list[Failure] = []
    _expand([os.fspath(s) for s in sources], found, failures, depth=0, base=None)
    return found, failures


def _expand(
    sources: Sequence[str],
    found: list[str],
    failures: list[Failure],
    *,
    depth: int,
    base: Path | None,
) -> None:
    for source in sources:
        if is_url(source) or source == "-":
            found.append(source)
        elif source.startswith("@") and len(source) > 1:
            _expand_list(source[1:], found, failures, depth=depth, base=base)
        else:
            path = Path(source).expanduser()
            if base is not None and not path.is_absolute():
                path = base / path
            if path.is_dir():
                files = _folder(path)
                if not files:
                    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                    failures.append(Failure(str(path), f"folder has no article files ({kinds})"))
                found.extend(str(f) for f in files)
            else:
                found.append(str(path))


def _expand_list(
    name: str, found: list[str], failures: list[Failure], *, depth: int, base: Path | None
) -> None:
    path = Path(name).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    label = f"@{path}"
    if depth >= _LIST_DEPTH:
        failures.append(Failure(label, f"list files nested more than {_LIST_DEPTH} deep"))
        return
    try:
        data = read_file(path, max_bytes=DEFAULT_MAX_BYTES, label=label)
    except InputNotFound:
        failures.append(Failure(label, "no such list file"))
        return
    except InputError as error:
        failures.append(Failure(label, f"cannot read the list file: {error.message}"))
        return
    decoded = decode(data)
    if decoded.binary is not None:
        failures.append(
            Failure(label, f"cannot read the list file: not a text file ({decoded.binary})")
        )
        return
    # "#" starts a comment at the start of a line or after a space; inside a URL it is the
    # fragment, so "https://x/a#b" stays whole.
    entries = [line.split(" #", 1)[0].strip() for line in decoded.text.splitlines()]
    entries = [line for line in entries if line and not line.startswith("#")]
    _expand(entries, found, failures, depth=depth + 1, base=path.parent)


def _folder(path: Path) -> list[Path]:
    """The article files under ``path``, recursively, hidden ones skipped, in path order."""
    files = []
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                files.append(Path(root) / name)
    return sorted(files)
