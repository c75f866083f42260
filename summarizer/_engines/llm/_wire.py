"""What a briefing request looks like on the wire, and reading the answer back out of it.

**The schema** (:func:`briefing_schema`) is the :class:`BriefingDraft` JSON schema made lean
for the wire: every request carries it, so it keeps only what tells the model something. Nested
models are written in place (no ``$defs``), an evidence list is a list of strings (the answer
reader turns each into ``{"quote": ...}``), titles, defaults and the constraints the engine
checks itself (``minItems``, ``minimum``, ``pattern``) are left out, ``type`` is left out where
``enum`` says it, and so is ``null`` (an optional field may be null or missing: that is what
``required`` says). Field descriptions
stay: each is the one definition of its field (the system prompt holds only the rules that
span fields). :func:`fix_schema` is the part of it a re-ask needs: the lists of the items that
failed, and the top-level fields that did.

**Strict structured outputs** (the ``tools_strict`` and ``json_schema_strict`` modes) send
:func:`strict` of the same schema with ``"strict": true``: every object closed
(``additionalProperties: false``) with all its properties required, optional ones nullable, as
OpenAI's structured outputs demand. The endpoint then decodes only answers of that shape, so
no field can be missing or of the wrong type and no kind or status can be off the list.

**The modes** (:func:`request_fields`): ``tools`` forces a call of one function whose
parameters are the schema; ``json_schema`` sends it as ``response_format``; ``json`` asks for
a JSON object (``response_format: json_object``) and ``md_json`` for one in a code block, both
with the schema written at the end of the system message.

**The answer** (:func:`read_answer`): the tool call's arguments, or the message's text (a code
block's content in ``md_json``), parsed as one JSON object; what keeps an answer from being one
is a :class:`Unreadable` saying why, for a whole re-ask.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, get_args

import pydantic_core

from summarizer._briefing._models import BriefingDraft
from summarizer._engines.llm._settings import Mode

__all__ = [
    "BRIEFING_TOOL",
    "FIX_TOOL",
    "STRICT_MODES",
    "TOOL_MODES",
    "Unreadable",
    "briefing_schema",
    "compact",
    "fix_schema",
    "how_to_answer",
    "read_answer",
    "request_fields",
    "strict",
]

#: The name of the function (or response format) a briefing is asked for under.
BRIEFING_TOOL = "BriefingDraft"
#: ... and a re-ask for replacements of the items that failed.
FIX_TOOL = "BriefingFix"

TOOL_MODES: frozenset[str] = frozenset({"tools", "tools_strict"})
STRICT_MODES: frozenset[str] = frozenset({"tools_strict", "json_schema_strict"})
assert set(get_args(Mode)) >= STRICT_MODES | TOOL_MODES

# Keywords the wire schema leaves out: names (titles), defaults, and the constraints the engine
# checks itself after the answer (an empty evidence list, a negative amount, a currency code).
_DROPPED = frozenset({"title", "default", "minItems", "minimum", "pattern"})
_NULL = {"type": "null"}


class Unreadable(Exception):
    """An answer that holds no JSON object to check: why, in one line."""


def compact(value: Any) -> str:
    """``value`` as JSON text the way requests carry it: no spaces, UTF-8 as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- the schema


@cache
def _briefing_schema() -> dict[str, Any]:
    schema = BriefingDraft.model_json_schema()
    defs = schema.pop("$defs", {})
    lean: dict[str, Any] = _lean(schema, defs)
    lean.pop("description", None)  # the tool needs none: its name and the prompt say it
    # Asked of every answer (a missing one is decided locally, but the model knows better).
    lean["required"] = ["relevance", *lean.get("required", [])]
    return lean


def briefing_schema() -> dict[str, Any]:
    """The wire schema of a whole briefing (a copy: callers may change it)."""
    schema: dict[str, Any] = copy.deepcopy(_briefing_schema())
    return schema


def fix_schema(fields: Sequence[str]) -> dict[str, Any]:
    """The wire schema of a re-ask's answer: only ``fields``, each of them required.

    A field is a list of items (``"actors"``, ``"disputes"``, ``"deals"``, ``"signals"``) or a
    top-level text (``"headline"``, ``"summary"``)."""
    whole = _briefing_schema()["properties"]
    signals = whole["outlook"]["properties"]["signals"]
    properties: dict[str, Any] = {}
    for name in fields:
        source = signals if name == "signals" else whole[name]
        properties[name] = copy.deepcopy(source)
        properties[name].pop("description", None)  # the re-ask says what each one is for
    return {"properties": properties, "required": list(fields)}


def _lean(node: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(node, list):
        return [_lean(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name == "Quote":
            return {"type": "string"}  # evidence as a list of quotes, read back as objects
        rest = {k: _lean(v, defs) for k, v in node.items() if k != "$ref" and k not in _DROPPED}
        return {**rest, **_lean(defs[name], defs)}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED:
            continue
        if key == "type" and value == "object":
            continue  # "properties" says it; strict() puts it back
        if key == "properties":
            out[key] = {name: _lean(field, defs) for name, field in value.items()}
        else:
            out[key] = _lean(value, defs)
    choices = out.get("anyOf")
    if isinstance(choices, list) and len(choices) == 2 and _NULL in choices:
        # Null is the answer's to leave a field out with, not the schema's to say: every
        # optional field may be null or missing (strict() says so where it must).
        other = next(c for c in choices if c != _NULL)
        del out["anyOf"]
        out = {**other, **out}
    if isinstance(out.get("enum"), list):
        out["enum"] = [value for value in out["enum"] if value is not None]
    if "enum" in out:
        out.pop("type", None)
    return out


def strict(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` as strict structured outputs want it: every object typed and closed, with
    every property required (an optional one may be null), every enum typed."""
    closed: dict[str, Any] = _strict(copy.deepcopy(dict(schema)), required=True)
    return closed


def _strict(node: Any, *, required: bool) -> Any:
    if isinstance(node, list):
        return [_strict(item, required=True) for item in node]
    if not isinstance(node, dict):
        return node
    properties = node.get("properties")
    if isinstance(properties, dict):
        listed = set(node.get("required", ()))
        node["properties"] = {
            name: _strict(field, required=name in listed) for name, field in properties.items()
        }
        node["required"] = list(properties)
        node["type"] = "object"
        node["additionalProperties"] = False
    if "items" in node:
        node["items"] = _strict(node["items"], required=True)
    if "enum" in node and "type" not in node:
        node["type"] = "string"
    if required:
        return node
    # An optional field: strict outputs list it as required, so it says null instead.
    if isinstance(properties, dict):
        return {"anyOf": [node, _NULL]}
    if isinstance(node.get("type"), str) and node["type"] in ("string", "number"):
        node["type"] = [node["type"], "null"]
        if "enum" in node:
            node["enum"] = [*node["enum"], None]
    return node


# --------------------------------------------------------------------------- the request


def request_fields(
    mode: Mode, name: str, schema: dict[str, Any], messages: list[dict[str, str]]
) -> dict[str, Any]:
    """The fields of a chat request asking for an answer of ``schema`` in ``mode``:
    ``messages`` (the schema appended to the system message in the JSON modes), and the
    tool or response format."""
    if mode in STRICT_MODES:
        schema = strict(schema)
    if mode in TOOL_MODES:
        function: dict[str, Any] = {"name": name, "parameters": schema}
        if mode == "tools_strict":
            function["strict"] = True
        return {
            "messages": messages,
            "tools": [{"type": "function", "function": function}],
            "tool_choice": {"type": "function", "function": {"name": name}},
        }
    if mode in ("json_schema", "json_schema_strict"):
        format_: dict[str, Any] = {"name": name, "schema": schema}
        if mode == "json_schema_strict":
            format_["strict"] = True
        return {
            "messages": messages,
            "response_format": {"type": "json_schema", "json_schema": format_},
        }
    how = "one JSON object" if mode == "json" else "one JSON object in a ```json code block"
    system, *rest = messages
    told = {
        **system,
        "content": f"{system['content']}\n\nAnswer with {how} of this JSON schema:\n"
        f"{compact(schema)}",
    }
    fields: dict[str, Any] = {"messages": [told, *rest]}
    if mode == "json":
        fields["response_format"] = {"type": "json_object"}
    return fields


def how_to_answer(mode: Mode, name: str) -> str:
    """How an answer is given in ``mode``, for a re-ask: "call the BriefingDraft function"."""
    if mode in TOOL_MODES:
        return f"call the {name} function"
    if mode == "md_json":
        return "answer with one JSON object in a ```json code block"
    return "answer with one JSON object"


# --------------------------------------------------------------------------- the answer

_CODE_BLOCK = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


def read_answer(response: Any, mode: Mode, name: str, tool: str) -> dict[str, Any]:
    """The JSON object a chat completion answers with: the arguments of its call of ``name``
    (the tool modes) or its text. :class:`Unreadable` when there is none; ``tool`` says what
    the function is for ("briefing"), for the message."""
    message = response.choices[0].message
    text: str | None = None
    if mode in TOOL_MODES:
        calls = list(getattr(message, "tool_calls", None) or [])
        chosen = next((c for c in calls if c.function.name == name), calls[0] if calls else None)
        if chosen is not None:
            text = chosen.function.arguments
        else:
            # A server that writes the JSON as text instead of calling the tool: taken as it is
            # when it is the object asked for; a sentence is not.
            text = message.content or ""
            if not text.lstrip().startswith(("{", "```")):
                raise Unreadable(
                    f"the model answered in text instead of calling the {tool} tool"
                    " (a server without tool calling needs --mode json_schema or json)"
                )
    else:
        text = message.content or ""
    return _object(text, mode)


def _object(text: str, mode: Mode) -> dict[str, Any]:
    body = text
    block = _CODE_BLOCK.search(body) if "```" in body else None
    if block is not None:
        body = block.group(1)
    elif mode == "md_json" and "{" in body and "}" in body:
        body = body[body.index("{") : body.rindex("}") + 1]  # prose around the object
    if not body.strip():
        raise Unreadable("the answer is empty")
    try:
        value = pydantic_core.from_json(body)
    except ValueError as error:
        raise Unreadable(f"Invalid JSON: {error}") from None
    if not isinstance(value, dict):
        raise Unreadable(f"the answer is JSON but not an object ({type(value).__name__})")
    return value
