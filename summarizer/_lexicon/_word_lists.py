"""Word lists a cue names in braces: ``{state_hardware}`` in a pattern of ``events.json``.

A cue that needs a long list of words (the nouns for a state's warships, warplanes and troops)
names it in braces, and the file holds the list once, under ``word_lists``, with a comment that
says what belongs in it and why: the list is read and reviewed as words, not inside a regular
expression, and several cues can share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_NAMED = re.compile(r"\{([a-z_]+)\}")


def word_list_filler(node: Any, where: str) -> Callable[[str], str]:
    """Fills ``{name}`` in a pattern with an alternation of the list ``name`` of ``node`` (the
    file's ``word_lists``: lower-case words or short patterns, tried longest first so the
    longest wins); braces naming no list (``\\d{1,2}``) are the pattern's own."""
    if node is None:
        node = {}
    if not isinstance(node, dict):
        raise ValueError(f"{where}: 'word_lists' must be an object")
    values: dict[str, str] = {}
    for key, words in node.items():
        if key.startswith("_"):
            continue
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"{where}: word list {key!r} must be a list of non-empty strings")
        values[key] = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    return lambda pattern: _NAMED.sub(lambda m: values.get(m.group(1), m.group(0)), pattern)
