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


def deal_value(text: str, amounts: list[Amount], start: int, end: int) -> Amount | None:
    """The amount in ``text[start:end]`` that is the value of an agreement itself: the deal,
    contract or loan is "worth", "valued at", "for" it ("a contract worth $3 billion"), or it
    stands before the deal noun ("a $4.2 billion agreement"). The value of goods under a
    tariff, a project's cost, a trade target or a price is no deal's value.

    ``text`` is lower case; the amounts' offsets are offsets of ``text``.
    """
    patterns = _value_patterns()
    for amount in amounts:
        if not start <= amount.start < end:
            continue
        left = text[max(start, amount.start - 90) : amount.start]
        link = patterns.link.search(left)
        if link is not None and link.group() and patterns.noun.search(left, 0, link.start()):
            return amount
        right = text[amount.end : min(end, amount.end + 40)]
        if patterns.noun_after.match(right):
            return amount
    return None


@dataclass(frozen=True, slots=True)
class _ValuePatterns:
    link: re.Pattern[str]
    noun: re.Pattern[str]
    noun_after: re.Pattern[str]


@lru_cache(maxsize=1)
def _value_patterns() -> _ValuePatterns:
    reading = dict(lexicon("en").events.reading)
    noun = reading["value_noun"]
    return _ValuePatterns(
        link=re.compile(reading["value_link"]),
        noun=re.compile(noun),
        # "$4.2 billion agreement", "$2 billion lithium contract": at most three words between.
        noun_after=re.compile(r"^\s*(?:[\"”]?\s*[\w-]+\s+){0,3}?(?:" + noun + r")"),
    )
