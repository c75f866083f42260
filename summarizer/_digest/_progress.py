"""What a run tells a progress display, as it goes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Progress", "ProgressEvent"]


@dataclass(frozen=True)
class ProgressEvent:
    """What a progress display is told: a run started, an article ended, or the run waits.

    ``kind`` is ``"start"``, ``"briefed"``, ``"cached"``, ``"failed"`` or ``"waiting"``
    (``wait`` seconds, after a 429). The counts are the run's so far; ``tokens`` are the tokens
    (in and out) of the briefings made in this run.
    """

    kind: Literal["start", "briefed", "cached", "failed", "waiting"]
    total: int
    done: int = 0
    briefed: int = 0
    cached: int = 0
    failed: int = 0
    tokens: int = 0
    label: str = ""
    message: str = ""
    wait: float = 0.0


Progress = Callable[[ProgressEvent], None]
