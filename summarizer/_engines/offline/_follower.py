"""A follower's adjective before a name in another language is no word of that name.

"The Peronist Unión por la Patria bloc", "the Correísta Revolución Ciudadana bloc", "the
Chavista Gran Polo Patriótico": English copy describes a party abroad by the leader or creed
it follows, an adjective in "-ist" or "-ista", then gives the party's own name in its own
language. The name is what follows the adjective: the adjective is the writer's, not the
party's, as the switch of language shows (accented letters, or the joining words of a Romance
language: "por", "de", "la"). A name wholly in English keeps its adjective: "the Socialist
Workers' Party", "the Nationalist Party".
"""

from __future__ import annotations

import unicodedata

from summarizer._engines.offline._tokens import Token

_ENDINGS = ("ist", "ista", "istas", "ists")

# The joining words of a Romance name ("Unión por la Patria", "Frente de Todos").
_ROMANCE = frozenset(
    {"por", "para", "la", "las", "los", "el", "de", "del", "da", "do", "dos", "du", "des", "y", "e"}
)


def _foreign(words: list[Token]) -> bool:
    return any(not t.text.isascii() or t.text in _ROMANCE for t in words)


def follower_trimmed(run: list[Token]) -> list[Token]:
    """``run`` without a follower's adjective that opens it before a name in another
    language."""
    at = 1 if run and run[0].text == "The" else 0  # "The Correísta ... bloc said"
    if len(run) - at < 3 or run[at].possessive:
        return run
    first = run[at].text
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    if not first[:1].isupper() or not plain.casefold().endswith(_ENDINGS):
        return run
    if not _foreign(run[at + 1 :]):
        return run
    return run[at + 1 :]
