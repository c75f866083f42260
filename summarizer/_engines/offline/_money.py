"""Money amounts in text: "$20 billion", "€1.5bn", "2 million euros", "USD 4.2 billion"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer._lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Amount:
    amount: float
    currency: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    before: re.Pattern[str]  # currency first: "$20 billion", "USD 4.2bn"
    after: re.Pattern[str]  # currency last: "2 million euros", "300 billion yen"
    symbols: dict[str, str]
    words: dict[str, str]
    multipliers: dict[str, int]


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw = lexicon("en").currencies
    symbols = raw.symbols
    names = raw.words
    multipliers = raw.multipliers
    codes = sorted(set(symbols.values()) | set(names.values()))
    number = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # Multipliers that are one or two letters ("m", "bn") must touch the number or end a word.
    mult = r"(?:\s?(?P<mult>(?i:" + _alternation(list(multipliers)) + r"))(?!\w))?"
    # Codes and symbols are case-sensitive: "try 5 times" holds no Turkish lira.
    before = re.compile(
        r"(?<![\w$€£¥₹₽₩₺₴₪])(?P<cur>" + _alternation([*symbols, *codes]) + r")\s?" + number + mult
    )
    after = re.compile(
        r"(?<![\w.,])"
        + number
        + mult
        + r"\s(?P<cur>(?i:"
        + _alternation(list(names))
        + r")|"
        + _alternation(codes)
        + r")\b"
    )
    return _Patterns(before, after, symbols, names, multipliers)


def parse_money(text: str) -> list[Amount]:
    """Every amount of money in ``text``, in order. Bare numbers are not money."""
    p = _patterns()
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    for pattern, lookup in ((p.before, p.symbols), (p.after, p.words)):
        for match in pattern.finditer(text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            currency = _currency(match.group("cur"), lookup)
            if currency is None:
                continue
            mult_word = match.group("mult")
            factor = p.multipliers.get(mult_word.lower(), 1) if mult_word else 1
            value = float(match.group("num").replace(",", "")) * factor
            found.append(Amount(value, currency, *span))
            taken.append(span)
    return sorted(found, key=lambda a: a.start)


def _currency(token: str, lookup: dict[str, str]) -> str | None:
    if token in lookup:
        return lookup[token]
    lowered = {k.lower(): v for k, v in lookup.items()}
    if token.lower() in lowered:
        return lowered[token.lower()]
    if re.fullmatch(r"[A-Za-z]{3}", token):
        return token.upper()
    return None
