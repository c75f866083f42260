"""Briefing through the provider's batch service (OpenAI's Batch API, vLLM's ``run-batch``
file format): :func:`brief_batch`, and the request and output files of :mod:`._lines`."""

from __future__ import annotations

from summarizer._batch._run import (
    BatchEvent,
    BatchOutcome,
    BatchProgress,
    BatchResults,
    BatchSettings,
    brief_batch,
    estimate_cost,
    settle_lines,
)
from summarizer._batch._service import TERMINAL, BatchService

__all__ = [
    "TERMINAL",
    "BatchEvent",
    "BatchOutcome",
    "BatchProgress",
    "BatchResults",
    "BatchService",
    "BatchSettings",
    "brief_batch",
    "estimate_cost",
    "settle_lines",
]
