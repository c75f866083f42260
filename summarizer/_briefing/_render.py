"""Briefings as text: a markdown brief for people, JSON for programs.

Everything in a briefing that came from the article or the model is untrusted: a name, quote or
summary may contain markdown or HTML, by accident ("1. Introduction", "C# | F#") or by design
(a scraped page saying ``<script>``). :func:`escape_inline` makes such text inert, so the only
structure in the brief is the structure this module writes.

Only stdlib modules and the text layer's keys (stdlib only themselves) are imported here: the
CLI imports this module on every run, and ``summarizer --help`` has a start-up budget. The
models are imported for type checking only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from summarizer._text._keys import name_key

if TYPE_CHECKING:
    from datetime import datetime

    from summarizer._briefing._models import (
        Actor,
        Briefing,
        Deal,
        Dispute,
        Evidence,
        Money,
        Outlook,
        Provenance,
        Source,
    )

__all__ = [
    "escape_cell",
    "escape_inline",
    "format_money",
    "render_json",
    "render_markdown",
]

# --------------------------------------------------------------------------- escaping

# Characters escaped wherever they occur: each opens or closes inline structure almost anywhere
# (code spans, emphasis, strikethrough). News text rarely has them, so the cost is small.
_ALWAYS = frozenset("`*_~")
# A backslash escapes the ASCII punctuation after it; before anything else it is a backslash.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# "&" begins an entity only in these shapes ("&amp;", "&#60;", "&#x3C;"); "police & soldiers"
# needs nothing.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
# "<" opens raw HTML or an autolink only before a letter, "/", "!" or "?". It becomes an entity
# rather than a backslash escape: some renderers (Python-Markdown) do not honour "\<".
_TAG_START = re.compile(r"[A-Za-z/!?]")

# Control characters have no business in a brief and some (ESC) can drive a terminal; lone
# surrogates cannot be written out as UTF-8 at all. Whitespace controls (\t, \n, \r, \x0b,
# \x0c, \x1c-\x1f, \x85) are left for the whitespace collapse, which turns them into spaces.
_DROP: dict[int, str | None] = {
    code: None for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if not chr(code).isspace()
} | {code: "\ufffd" for code in range(0xD800, 0xE000)}

# Text at the start of a line (or of a list item, or a heading) can open a block: a bullet
# ("- ", "+ "), a setext underline ("==="), an ordered list ("1. ", "2024) "), a heading ("#"),
# a quote (">"), a link reference definition ("[x]: url"). The digit run is not limited to the
# nine digits CommonMark allows: over-escaping "2024." costs one backslash, under-escaping a
# list.
_LEADING_MARK = re.compile(r"^[-+=#>\[]")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
# A heading's closing sequence: "# Talks end #" would lose its last "#".
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")


def escape_inline(text: str) -> str:
    """``text`` as inert single-line markdown that renders as the same characters.

    Whitespace runs (newlines included) collapse to one space and control characters go. Only
    what would change meaning is escaped: emphasis, code and strikethrough markers; a "]" that
    would close a link or image; "<" before a tag name; "&" that spells an entity; "$" that
    could close GitHub's inline math; a backslash before punctuation; and block markers at the
    start. "$4.2 billion", "police & soldiers", "give[s]" and URLs read as written.
    """
    text = " ".join(text.translate(_DROP).split())
    out: list[str] = []
    for i, char in enumerate(text):
        after = text[i + 1 : i + 2]
        if char in _ALWAYS:
            out.append("\\" + char)
        elif char == "\\":
            out.append("\\\\" if not after or after in _PUNCTUATION else char)
        elif char == "]" and after in ("(", "["):
            out.append("\\]")
        elif char == "<" and _TAG_START.match(after):
            out.append("&lt;")
        elif char == "&" and _ENTITY.match(text, i):
            out.append("&amp;")
        elif char == "$" and i and not text[i - 1].isspace():
            out.append("\\$")
        else:
            out.append(char)
    escaped = _CLOSING_HASHES.sub(lambda m: "\\#" * len(m.group(1)), "".join(out))
    if _LEADING_MARK.match(escaped):
        return "\\" + escaped
    return _LEADING_NUMBER.sub(r"\1\\\2", escaped, count=1)


def escape_cell(text: str) -> str:
    """``text`` as the content of one markdown table cell: :func:`escape_inline`, and "|",
    which would end the cell early, escaped."""
    return escape_inline(text).replace("|", "\\|")


# --------------------------------------------------------------------------- formatting

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_money(amount: float, currency: str) -> str:
    """``20e9, "USD"`` -> ``"USD 20 billion (20,000,000,000)"``.

    A scale word reads faster than eleven digits; the exact figure follows in parentheses
    because the scaled form rounds to two decimals. Below a million the exact figure alone is
    short enough. The ISO code rather than a symbol: "$" is ambiguous (USD, CAD, AUD...) and
    starts a formula in GitHub's markdown.
    """
    code = escape_inline(currency)
    amount = float(amount)  # an int is a valid float argument but has no is_integer() before 3.12
    if not math.isfinite(amount):
        return f"{code} {amount}"
    exact = f"{amount:,.0f}" if amount.is_integer() else f"{amount:,.2f}"
    for scale, word in _SCALES:
        # The second test makes 999,999,999.5 "1 billion" rather than "1000 million".
        if amount >= scale or f"{amount / scale * 1000:.2f}" == "1000.00":
            scaled = f"{amount / scale:.2f}".rstrip("0").rstrip(".")
            return f"{code} {scaled} {word} ({exact})"
    return f"{code} {exact}"


def _value(money: Money | None) -> str:
    return "not stated" if money is None else format_money(money.amount, money.currency)


def _label(enum_value: str) -> str:
    """An enum value as words: ``armed_group`` -> ``armed group``."""
    return escape_inline(enum_value.replace("_", " "))


def _or_dash(text: str) -> str:
    return text or "—"


def _strong(text: str) -> str:
    # "****" alone on a line is a thematic break, so empty text gets no markers.
    return f"**{text}**" if text else ""


def _join(parts: Iterable[str], sep: str = " · ") -> str:
    return sep.join(part for part in parts if part)


# --------------------------------------------------------------------------- evidence


class _EvidenceList:
    """Numbers quotes in order of first citation; a quote cited twice keeps its number.

    Two evidence items are the same quote when they point at the same span of the article,
    whatever spelling the model used for them (a fuzzy match differs from the article only in
    case, quote marks, dashes and spacing).
    """

    def __init__(self, article: str) -> None:
        self._article = article
        self._numbers: dict[tuple[int, int], int] = {}
        self.items: list[Evidence] = []

    def refs(self, evidence: Sequence[Evidence]) -> str:
        """``[1][3]`` for these quotes, numbering any not cited before."""
        numbers: set[int] = set()
        for item in evidence:
            key = (item.start, item.end)
            if key not in self._numbers:
                self.items.append(item)
                self._numbers[key] = len(self.items)
            numbers.add(self._numbers[key])
        return "".join(f"[{n}]" for n in sorted(numbers))

    def quote(self, item: Evidence) -> str:
        # The article's own words at the offsets: that is what was verified, and for a fuzzy
        # match it is the authoritative spelling.
        return self._article[item.start : item.end] or item.quote


# --------------------------------------------------------------------------- sections


def _actors(actors: Sequence[Actor], evidence: _EvidenceList) -> list[str]:
    lines = ["## Actors", ""]
    if not actors:
        return [*lines, "_No actors identified._", ""]
    lines += [
        "| Name | Kind | Country | Role | Also called | Evidence |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for actor in actors:
        cells = (
            escape_cell(actor.name),
            _label(actor.kind),
            _or_dash(escape_cell(actor.country or "")),
            _or_dash(escape_cell(actor.role)),
            _or_dash(", ".join(escape_cell(alias) for alias in actor.aliases)),
            evidence.refs(actor.evidence),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _canonical_names(actors: Sequence[Actor]) -> dict[str, str]:
    """The :func:`name_key` of each name or alias -> the actor's canonical name."""
    names: dict[str, str] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name_key(name), actor.name)
    return names


def _parties(parties: Sequence[str], canonical: dict[str, str]) -> str:
    # A party may be written as an alias ("Putin"); the table lists canonical names, so the
    # reader looks up "Vladimir Putin". Duplicates ("Russia", "Moscow") collapse into one.
    resolved = dict.fromkeys(canonical.get(name_key(p), p) for p in parties)
    names = ", ".join(filter(None, (escape_inline(p) for p in resolved)))
    return f"Parties: {names or 'not named'}"


def _item(title: str, facts: Sequence[str], summary: str, refs: str) -> list[str]:
    """One dispute or deal: a heading, a line of facts, the summary ending in its evidence."""
    text = escape_inline(summary)
    body = f"{text} {refs}" if text else f"Evidence: {refs}"
    return [f"### {escape_inline(title)}", "", _join(facts), "", body, ""]


def _disputes(
    disputes: Sequence[Dispute], evidence: _EvidenceList, canonical: dict[str, str]
) -> list[str]:
    lines = ["## Disputes", ""]
    if not disputes:
        return [*lines, "_No disputes found in the article._", ""]
    for dispute in disputes:
        facts = (
            _strong(f"{_label(dispute.kind)} dispute"),
            _label(dispute.status),
            _parties(dispute.parties, canonical),
        )
        lines += _item(dispute.title, facts, dispute.summary, evidence.refs(dispute.evidence))
    return lines


def _deals(deals: Sequence[Deal], evidence: _EvidenceList, canonical: dict[str, str]) -> list[str]:
    lines = ["## Deals", ""]
    if not deals:
        return [*lines, "_No deals found in the article._", ""]
    for deal in deals:
        facts = (
            _strong(f"{_label(deal.kind)} deal"),
            _label(deal.status),
            _parties(deal.parties, canonical),
            f"Value: {_value(deal.value)}",
        )
        lines += _item(deal.title, facts, deal.summary, evidence.refs(deal.evidence))
    return lines


def _outlook(outlook: Outlook, evidence: _EvidenceList) -> list[str]:
    lines = ["## Outlook", ""]
    summary = escape_inline(outlook.summary)
    if not summary and not outlook.signals:
        return [*lines, "_The article gives no outlook._", ""]
    if summary:
        lines += [summary, ""]
    if not outlook.signals:
        return [*lines, "_No concrete signals to watch._", ""]
    lines += ["Signals to watch:", ""]
    for signal in outlook.signals:
        horizon = escape_inline(signal.horizon or "")
        facts = f"horizon: {horizon or 'not stated'} · likelihood: {_label(signal.likelihood)}"
        refs = evidence.refs(signal.evidence)
        line = f"- {_strong(escape_inline(signal.description))} — {facts}"
        lines.append(f"{line} {refs}" if refs else line)
    return [*lines, ""]


def _evidence(evidence: _EvidenceList) -> list[str]:
    lines = ["## Evidence", ""]
    if not evidence.items:
        return [*lines, "_No evidence quotes._", ""]
    # Offsets are for programs (JSON) and the HTML view; a reader wants the words.
    for number, item in enumerate(evidence.items, start=1):
        lines.append(f"{number}. {_quoted(escape_inline(evidence.quote(item)))}")
    return [*lines, ""]


_QUOTE_MARKS = frozenset("\"'“”‘’«»„")


def _quoted(text: str) -> str:
    """``text`` in one pair of quote marks; a quote that opens or closes with a mark of its own
    ("“We pray,” he said") is shown as the article has it, never with a second mark."""
    if text[:1] in _QUOTE_MARKS or text[-1:] in _QUOTE_MARKS:
        return text
    return f"“{text}”"


def _timestamp(moment: datetime) -> str:
    """``2025-03-04 05:06:07 UTC``; other offsets as ISO 8601, naive times as they are."""
    offset = moment.utcoffset()
    if offset is not None and not offset:
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return moment.isoformat(sep=" ", timespec="seconds")


def _source_line(source: Source) -> str:
    where = source.url or source.path
    canonical = source.canonical_url if source.canonical_url != where else None
    facts = (
        escape_inline(source.title or ""),
        escape_inline(where or ""),
        escape_inline(f"canonical {canonical}" if canonical else ""),
        escape_inline(source.site or ""),
        escape_inline(source.author or ""),
        source.published.isoformat() if source.published else "",
        escape_inline(f"language {source.language}" if source.language else ""),
    )
    return f"- Source: {_join(facts) or 'not recorded'}"


def _provenance(source: Source, provenance: Provenance) -> list[str]:
    # A footer, not a section an analyst reads: identifiers are shortened to 12 characters,
    # enough to tell runs apart; the JSON form carries them in full.
    model = escape_inline(provenance.model or "") or "none"
    prompt = escape_inline((provenance.prompt_version or "")[:12]) or "none"
    return [
        "---",
        "",
        "## Provenance",
        "",
        _source_line(source),
        f"- Engine: {escape_inline(provenance.engine)} · model {model} · prompt {prompt}"
        f" · schema {escape_inline(provenance.schema_version)}",
        f"- Usage: {provenance.tokens_in:,} tokens in · {provenance.tokens_out:,} tokens out"
        f" · {provenance.model_calls:,} model calls",
        f"- Article: {escape_inline(provenance.article_id[:12])}"
        f" · created {escape_inline(_timestamp(provenance.created_at))}",
        "",
    ]


# --------------------------------------------------------------------------- public


def render_markdown(briefing: Briefing) -> str:
    """The briefing as a markdown document for a person to read.

    Every section is present even when empty ("no deals" is a finding); evidence is cited as
    ``[n]`` and listed once, numbered in order of first citation.
    """
    evidence = _EvidenceList(briefing.article_text)
    headline = escape_inline(briefing.headline)
    lines = [f"# {headline or 'Untitled briefing'}", ""]
    summary = escape_inline(briefing.summary)
    if summary:
        lines += [summary, ""]
    # Sections in document order, so that numbering by first citation reads top to bottom.
    lines += _actors(briefing.actors, evidence)
    canonical = _canonical_names(briefing.actors)
    lines += _disputes(briefing.disputes, evidence, canonical)
    lines += _deals(briefing.deals, evidence, canonical)
    lines += _outlook(briefing.outlook, evidence)
    lines += _evidence(evidence)
    lines += _provenance(briefing.source, briefing.provenance)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_json(briefing: Briefing) -> str:
    """The briefing as the JSON contract of ``--format json``, newline-terminated."""
    return briefing.model_dump_json(indent=2) + "\n"
