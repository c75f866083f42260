"""The OpenAI batch file format (also vLLM's ``run-batch``): request lines out, output lines in.

A request line is ``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}``,
the body exactly what the synchronous engine sends for the article's first request
(:meth:`~summarizer._engines.llm._engine.LLMEngine.batch_request`). ``custom_id`` is the
briefing's store key, written out (:func:`custom_id`), so that an output file, from the
provider or from a tool run elsewhere, says by itself which article and which engine setting
each answer is for.

An output line is ``{"custom_id", "response": {"status_code", "body"}, "error"}``: an answer
(``status_code`` 200 and a chat completion), or an error (``error``, or a non-200 status).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from summarizer._store import BriefingKey

__all__ = [
    "CHAT_URL",
    "OutputLine",
    "custom_id",
    "key_of",
    "read_output",
    "request_line",
]

CHAT_URL = "/v1/chat/completions"
_SEPARATOR = "/"


def custom_id(key: BriefingKey) -> str:
    """``llm/gpt-4.1-mini/3061e5d96d0a/2/<article id>``: the store key, written out. A model
    named with slashes (vLLM serves ``org/model``) keeps them: the key is read back from both
    ends, where the parts without slashes are."""
    parts = (key.engine, key.model or "", key.prompt_version or "", key.schema_version)
    return _SEPARATOR.join([*parts, key.article_id])


def key_of(value: str) -> BriefingKey | None:
    """The store key a :func:`custom_id` names; None for a line that is not one of ours."""
    parts = value.split(_SEPARATOR)
    if len(parts) < 5:
        return None
    engine, article_id = parts[0], parts[-1]
    model = _SEPARATOR.join(parts[1:-3])
    if engine != "llm" or not model or len(article_id) != 64:
        return None
    if any(c not in "0123456789abcdef" for c in article_id):
        return None
    return BriefingKey(article_id, "llm", model, parts[-3] or None, parts[-2])


def request_line(key: BriefingKey, body: dict[str, Any]) -> str:
    """One line of a batch input file (no newline at its end)."""
    line = {"custom_id": custom_id(key), "method": "POST", "url": CHAT_URL, "body": body}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class OutputLine:
    """One line of an output (or error) file: the answer's body, or why there is none."""

    custom_id: str
    body: dict[str, Any] | None = None
    error: str | None = None


def read_output(data: bytes) -> Iterator[OutputLine | str]:
    """The lines of an output or error file; a line that cannot be read at all is given as a
    string saying why (it names no custom_id to list it under)."""
    for number, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError as error:
            yield f"line {number} of the output is not JSON ({error})"
            continue
        if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
            yield f"line {number} of the output has no custom_id"
            continue
        yield _line(line)


def _line(line: dict[str, Any]) -> OutputLine:
    cid = line["custom_id"]
    response = line.get("response")
    error = line.get("error")
    if isinstance(response, dict):
        status = response.get("status_code")
        body = response.get("body")
        if status == 200 and isinstance(body, dict) and error is None:
            return OutputLine(cid, body=body)
        said = _message(body) or _message(error)
        return OutputLine(cid, error=f"the batch answered {status}" + (f": {said}" if said else ""))
    said = _message(error) or "no response"
    return OutputLine(cid, error=f"the batch gave no answer: {said}")


def _message(value: Any) -> str | None:
    if isinstance(value, dict):
        inner = value.get("error", value)
        if isinstance(inner, dict):
            message = inner.get("message")
            code = inner.get("code")
            if isinstance(message, str) and message:
                return f"{message} ({code})" if isinstance(code, str) and code else message
    return None
