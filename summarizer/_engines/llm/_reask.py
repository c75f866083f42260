"""Re-asking for what failed, and only that: the request, and putting its answer in place.

The re-ask is the first request's system prompt and article, then one more user message: the
items that failed, each as the model wrote it with what is wrong with it, and the request to
replace those items only. Its schema (:func:`~summarizer._engines.llm._wire.fix_schema`) holds
the lists of those items alone, so the answer is the size of the failing items, and the request
is about the size of the first: never more than ``budget`` bytes (the engine gives 1.2 times
the first request). When the items as written would pass that, each is named instead of
written out, and if even that is too long, the last ones wait for the next re-ask.

The answer (:func:`merge_fix`) takes the places of the items asked about: a replacement with
the same name (title, description) as one of them takes its place, the others fill the rest in
order; an item with no replacement is withdrawn (the model had nothing better, so it is left
out, with why); a new actor joins the actors (to be the party a dispute or deal named).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from summarizer._engines.llm._check import (
    REQUIRED_TEXTS,
    SECTIONS,
    Answer,
    Failure,
    Withdrawn,
)
from summarizer._engines.llm._settings import Mode
from summarizer._engines.llm._wire import (
    FIX_TOOL,
    compact,
    fix_schema,
    how_to_answer,
    request_fields,
)
from summarizer._text._keys import name_key

__all__ = ["fix_request", "merge_fix"]

_PARTY = "party "


def fix_request(
    mode: Mode,
    messages: Sequence[Mapping[str, str]],
    failures: Sequence[Failure],
    actors: Sequence[str],
    *,
    budget: int,
) -> tuple[dict[str, Any], list[Failure]]:
    """The re-ask for ``failures`` after ``messages`` (the first request's system prompt and
    article), at most ``budget`` bytes as sent; and the failures it asks about (the first ones,
    when not all fit). ``actors`` are the names of the listed actors, shown when a party
    failed."""
    for written in (True, False):
        chosen = list(failures)
        while chosen:
            request = _request(mode, messages, chosen, actors, written=written)
            if len(compact(request).encode()) <= budget:
                return request, chosen
            if written:
                break  # name each item rather than leave any out
            chosen.pop()
    # Not even one named item fits (an article already at the budget): ask for the first.
    chosen = list(failures[:1])
    return _request(mode, messages, chosen, actors, written=False), chosen


def _request(
    mode: Mode,
    messages: Sequence[Mapping[str, str]],
    failures: Sequence[Failure],
    actors: Sequence[str],
    *,
    written: bool,
) -> dict[str, Any]:
    fields = _fields(failures)
    lines = [
        "Parts of your briefing failed the checks. Replace each part below, fixed, in the "
        "list named, in the same order; leave out an item the article does not support. Quote "
        f"the article exactly. Give only these parts: {how_to_answer(mode, FIX_TOOL)}."
    ]
    if any(p.startswith(_PARTY) for f in failures for p in f.problems):
        lines.append(
            f"Listed actors: {', '.join(actors) or 'none'}. To name another, add it to actors."
        )
    for failure in failures:
        shown = failure.item
        if failure.section is None:
            lines.append(f"{failure.field}: {'; '.join(failure.problems)}")
            continue
        head = compact(shown) if written else repr(failure.what)
        lines.append(f"{failure.section}[{failure.index}]: {head}")
        lines.extend(f"- {problem}" for problem in failure.problems)
    asked = [*(dict(m) for m in messages), {"role": "user", "content": "\n".join(lines)}]
    return request_fields(mode, FIX_TOOL, fix_schema(fields), asked)


def _fields(failures: Sequence[Failure]) -> list[str]:
    """The fields of the re-ask's answer: the top-level texts and lists its failures are in
    (and actors, to add one a party named)."""
    wanted: set[str] = set()
    for failure in failures:
        wanted.add(failure.field if failure.section is None else failure.section)
        if any(p.startswith(_PARTY) for p in failure.problems):
            wanted.add("actors")
    order = [*REQUIRED_TEXTS, *SECTIONS]
    return [name for name in order if name in wanted]


def merge_fix(answer: Answer, asked: Sequence[Failure], fix: Mapping[str, Any]) -> Answer:
    """``answer`` with the replacements of ``fix`` (the re-ask's answer) in the places of the
    items ``asked`` about; a list the re-ask's answer left out entirely changes nothing."""
    merged = Answer(
        fields=dict(answer.fields),
        items={section: list(items) for section, items in answer.items.items()},
        dropped=list(answer.dropped),
    )
    for name in REQUIRED_TEXTS:
        if any(f.section is None and f.field == name for f in asked):
            given = fix.get(name)
            if isinstance(given, str) and given.strip():
                merged.fields[name] = given
    outlook = fix.get("outlook")
    for section in SECTIONS:
        given = fix.get(section)
        if given is None and section == "signals" and isinstance(outlook, Mapping):
            given = outlook.get("signals")
        if isinstance(given, Mapping):
            given = [given]
        if not isinstance(given, list):
            continue
        failing = [f for f in asked if f.section == section]
        extra = _place(merged.items[section], failing, given)
        if section == "actors":
            merged.items[section].extend(extra)
    return merged


def _place(items: list[Any], failing: Sequence[Failure], given: list[Any]) -> list[Any]:
    """Put ``given`` in the places of ``failing`` (in ``items``); what is left over is
    returned. A failing item with no replacement is withdrawn."""
    free = list(failing)
    rest: list[Any] = []
    unmatched: list[Any] = []
    for replacement in given:
        key = _key(replacement)
        same = next((f for f in free if key and _key(f.item) == key), None)
        if same is None:
            unmatched.append(replacement)
            continue
        items[same.index] = replacement
        free.remove(same)
    for replacement in unmatched:
        if free:
            items[free.pop(0).index] = replacement
        else:
            rest.append(replacement)
    for failure in free:
        why = "; ".join(failure.problems)
        items[failure.index] = Withdrawn(failure.item, f"{why}; no replacement when asked")
    return rest


def _key(item: Any) -> str:
    if isinstance(item, Mapping):
        for field in ("name", "title", "description"):
            value = item.get(field)
            if isinstance(value, str) and value.strip():
                return name_key(value)
    return ""
