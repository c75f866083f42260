"""Plain-text tables for the terminal: aligned columns, and cells safe to print."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["cell", "columns"]


def cell(text: str, limit: int) -> str:
    """``text`` on one line, fit for a table cell: whitespace collapsed, characters that a
    terminal would act on (escapes, control codes: a page's title may hold any) shown as
    spaces, and clipped to ``limit`` characters with an ellipsis."""
    shown = "".join(c if c.isprintable() else " " for c in text)
    shown = " ".join(shown.split())
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def columns(rows: Sequence[Sequence[str]], *, right: set[int]) -> list[str]:
    """``rows`` (the header first) as aligned lines; the columns in ``right`` right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            value.rjust(widths[i]) if i in right else value.ljust(widths[i])
            for i, value in enumerate(row)
        ).rstrip()
        for row in rows
    ]
