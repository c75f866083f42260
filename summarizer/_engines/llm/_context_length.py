"""Recognising an endpoint's "over the model's context window" error, and the state of briefing
an article that got one in parts (the splitting itself is :mod:`summarizer._engines.llm._split`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._engines._protocol import Usage
from summarizer._engines.llm._split import halve_spans, paragraph_spans

if TYPE_CHECKING:
    import openai

__all__ = ["SplitState", "halve", "is_context_error", "server_message"]

# Error codes and types that say "the request is over the context window": OpenAI's code, and
# its code for one message string over its length cap; llama.cpp's server type.
_CONTEXT_CODES = frozenset(
    {"context_length_exceeded", "string_above_max_length", "exceed_context_size_error"}
)
# How servers word it, when no code says so:
#   OpenAI, vLLM: "This model's maximum context length is 8192 tokens. However, ..."
#   llama.cpp:    "the request exceeds the available context size, try increasing it",
#                 "Context size has been exceeded." (a 500)
#   llama-cpp-python: "Requested tokens (2285) exceed context window of 2048"
#   vLLM:         "Input prompt (35247 tokens) is too long and exceeds limit of 1000",
#                 "The prompt (total length 25938) is too long to fit into the model"
#   Ollama:       "input length exceeds the context length" (its OpenAI API mostly truncates
#                 silently instead, server-side, which no client can see)
#   TGI:          "`inputs` tokens + `max_new_tokens` must be <= 4096"
#   Anthropic-compatible proxies: "prompt is too long: 210000 tokens > 200000 maximum"
_CONTEXT_WORDS = re.compile(
    r"context[ _-]?(?:length|size|window)"
    r"|maximum context"
    r"|too many tokens"
    r"|prompt is too long"
    r"|too long to fit"
    r"|is too long and exceeds"
    r"|max_new_tokens`? must be"
    r"|string too long",
    re.IGNORECASE,
)
# Statuses a context-length error comes with: 400 (most), 413 (a body too large for a proxy),
# 422 (validation errors of some servers), 500 (llama.cpp, at times).
_CONTEXT_STATUSES = frozenset({400, 413, 422, 500})


def is_context_error(exc: BaseException) -> bool:
    """Whether an error answer says the request is over the model's context window."""
    status = getattr(exc, "status_code", None)
    if status not in _CONTEXT_STATUSES:
        return False
    if status == 413:
        return True
    for name in ("code", "type"):
        value = getattr(exc, name, None)
        if isinstance(value, str) and value in _CONTEXT_CODES:
            return True
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(inner, dict) and any(inner.get(k) in _CONTEXT_CODES for k in ("code", "type")):
        return True
    import openai

    message = server_message(exc) if isinstance(exc, openai.APIStatusError) else str(exc)
    return bool(_CONTEXT_WORDS.search(message))


class SplitState:
    """What splitting one article has cost and how far it went."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts = 1
        self.spent = Usage()
        self._spans: list[tuple[int, int]] | None = None

    def describe(self, start: int, end: int) -> str:
        """``"paragraphs 4-7 of 12"`` for the part ``text[start:end]``."""
        if self._spans is None:
            self._spans = paragraph_spans(self.text)
        inside = [n for n, (s, e) in enumerate(self._spans, 1) if s >= start and e <= end]
        total = len(self._spans)
        if not inside:
            return f"a part of the article split in {self.parts}"
        if len(inside) == 1:
            return f"paragraph {inside[0]} of {total}"
        return f"paragraphs {inside[0]}-{inside[-1]} of {total}"


def halve(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``text[start:end]`` cut in two on a paragraph break, as offsets into ``text``."""
    halves = halve_spans(text[start:end])
    if halves is None:
        return None
    (a, b), (c, d) = halves
    return (start + a, start + b), (start + c, start + d)


def server_message(exc: openai.APIStatusError) -> str:
    """The message of an error answer: the body's own, else the client's."""
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    return exc.message
