"""Counting what one question to the model cost: its answers, and their tokens."""

from __future__ import annotations

from typing import Any

from summarizer._engines._protocol import Usage
from summarizer._engines.llm._call_log import cached_tokens, int_or_zero

__all__ = ["Meter"]


class Meter:
    """Counts the model's answers to one question, whatever becomes of them.

    Instructor sums token usage itself, but says nothing on success about how many calls it
    took, and nothing at all when the answer is cut off; an instructor hook sees every answer.
    """

    def __init__(self) -> None:
        self.calls = 0
        self.tokens_in = 0
        self.tokens_out = 0
        self.tokens_cached = 0
        self.batch = (0, 0, 0)
        self.last: Any = None

    def on_response(self, response: Any, *, batch: bool = False) -> None:
        """Count ``response``; ``batch``: it came through the provider's batch service."""
        self.calls += 1
        self.last = response
        usage = getattr(response, "usage", None)
        # Read now: instructor later overwrites each answer's usage with the running total.
        tokens_in = int_or_zero(getattr(usage, "prompt_tokens", 0))
        tokens_out = int_or_zero(getattr(usage, "completion_tokens", 0))
        cached = cached_tokens(usage)
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out
        self.tokens_cached += cached
        if batch:
            done = self.batch
            self.batch = (done[0] + tokens_in, done[1] + cached, done[2] + tokens_out)

    def usage(self, total: Any = None) -> Usage:
        """Usage over all calls: instructor's running ``total`` when it has one, else our sum."""
        if total is not None and getattr(total, "prompt_tokens", None) is not None:
            return Usage(
                int_or_zero(total.prompt_tokens),
                int_or_zero(getattr(total, "completion_tokens", 0)),
                self.calls,
                self.tokens_cached,
                self.batch,
            )
        return Usage(self.tokens_in, self.tokens_out, self.calls, self.tokens_cached, self.batch)
