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


def _status(status: str, when: str | None) -> str:
    # "signed (2018-03)": a deal the article tells as done years ago must not read as news.
    return f"{_label(status)} ({escape_inline(when)})" if when else _label(status)


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
    """One line per actor: name, then kind, country, role and other names where known.

    A list rather than a table: most actors have no role or other name, and a table spends a
    column of dashes on each.
    """
    lines = ["## Actors", ""]
    if not actors:
        return [*lines, "_No actors identified._", ""]
    for actor in actors:
        facts = ", ".join(
            part for part in (_label(actor.kind), escape_inline(actor.country or "")) if part
        )
        role = escape_inline(actor.role)
        aliases = ", ".join(filter(None, (escape_inline(a) for a in actor.aliases)))
        about = "; ".join(
            part for part in (facts, role, f"also {aliases}" if aliases else "") if part
        )
        refs = evidence.refs(actor.evidence)
        lines.append(f"- {_strong(escape_inline(actor.name))} ({about}) {refs}")
    return [*lines, ""]


def _canonical_names(actors: Sequence[Actor]) -> dict[str, str]:
    """The :func:`name_key` of each name or alias -> the actor's canonical name."""
    names: dict[str, str] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name_key(name), actor.name)
    return names


def _parties(parties: Sequence[str], canonical: dict[str, str], title: str = "") -> str:
    # A party may be written as an alias ("Putin"); the actors list canonical names, so the
    # reader looks up "Vladimir Putin". Duplicates ("Russia", "Moscow") collapse into one. A
    # title that names every party already ("Russia vs Japan: ...") says who they are.
    resolved = dict.fromkeys(canonical.get(name_key(p), p) for p in parties)
    if resolved and all(_names_in(name, title) for name in resolved):
        return ""
    names = ", ".join(filter(None, (escape_inline(p) for p in resolved)))
    return f"Parties: {names or 'not named'}"


def _names_in(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[^\s])")


def _words(text: str) -> str:
    """``text`` as its words only, lower case: what "word for word" compares."""
    return " ".join(_WORD.findall(text.casefold()))


def _not_quoted(summary: str, quotes: Sequence[str], read: list[str] | None = None) -> str:
    """``summary`` without its sentences that an evidence quote says word for word (the
    sentence holds the quote, or the quote the sentence): the evidence list shows those; nor
    those the reader has read above (``read``: the words of what the brief showed before,
    to which the sentences kept are added)."""
    shown = [_words(q) for q in quotes]
    kept = []
    for sentence in _SENTENCE_BREAK.split(summary.strip()):
        words = _words(sentence)
        if not words or any(words in q or (q and q in words) for q in shown):
            continue
        if read is not None:
            if any(words in r for r in read):
                continue
            read.append(words)
        kept.append(sentence)
    return " ".join(kept)


def _item(title: str, facts: Sequence[str], summary: str, refs: str) -> list[str]:
    """One dispute or deal: a heading, a line of facts, the summary ending in its evidence."""
    text = escape_inline(summary)
    body = f"{text} {refs}" if text else f"Evidence: {refs}"
    return [f"### {escape_inline(title)}", "", _join(facts), "", body, ""]


def _disputes(
    disputes: Sequence[Dispute],
    evidence: _EvidenceList,
    canonical: dict[str, str],
    read: list[str],
) -> list[str]:
    lines = ["## Disputes", ""]
    if not disputes:
        return [*lines, "_No disputes found in the article._", ""]
    for dispute in disputes:
        facts = (
            _strong(f"{_label(dispute.kind)} dispute"),
            _status(dispute.status, dispute.when),
            _parties(dispute.parties, canonical, dispute.title),
        )
        quotes = [evidence.quote(e) for e in dispute.evidence]
        summary = _not_quoted(dispute.summary, quotes, read)
        lines += _item(dispute.title, facts, summary, evidence.refs(dispute.evidence))
    return lines


def _deals(
    deals: Sequence[Deal], evidence: _EvidenceList, canonical: dict[str, str], read: list[str]
) -> list[str]:
    lines = ["## Deals", ""]
    if not deals:
        return [*lines, "_No deals found in the article._", ""]
    for deal in deals:
        facts = (
            _strong(f"{_label(deal.kind)} deal"),
            _status(deal.status, deal.when),
            _parties(deal.parties, canonical, deal.title),
            # No value stated is the common case, and says nothing: only a value is shown.
            f"Value: {_value(deal.value)}" if deal.value is not None else "",
        )
        summary = _not_quoted(deal.summary, [evidence.quote(e) for e in deal.evidence], read)
        lines += _item(deal.title, facts, summary, evidence.refs(deal.evidence))
    return lines


def _outlook(outlook: Outlook, evidence: _EvidenceList) -> list[str]:
    lines = ["## Outlook", ""]
    summary = escape_inline(outlook.summary)
    if not summary and not outlook.signals:
        return [*lines, "_The article gives no outlook._", ""]
    # A summary that is one of the signals is shown once, as the signal.
    said = {" ".join(s.description.split()) for s in outlook.signals}
    if summary and " ".join(outlook.summary.split()) not in said:
        lines += [summary, ""]
    if not outlook.signals:
        return [*lines, "_No concrete signals to watch._", ""]
    for signal in outlook.signals:
        facts = _join(
            (
                f"horizon: {escape_inline(signal.horizon)}" if signal.horizon else "",
                f"due {escape_inline(signal.when)}" if signal.when else "",
                f"likelihood: {_label(signal.likelihood)}",
            )
        )
        refs = evidence.refs(signal.evidence)
        line = f"- {_strong(escape_inline(signal.description))} — {facts}"
        lines.append(f"{line} {refs}" if refs else line)
    return [*lines, ""]


_ORDINALS = ("first", "second", "third", "fourth", "fifth")
# A quote of fewer words found inside a longer text above is printed, not pointed to: it costs
# little, and a few words may occur there by chance.
_POINTED = 4


def _evidence(
    evidence: _EvidenceList,
    summary: str,
    signals: Sequence[str] = (),
    read: Sequence[str] = (),
) -> list[str]:
    """The numbered quotes. A quote the briefing already shows word for word above (an
    extractive summary is made of the article's sentences, an item's summary too; a signal may
    be described in its quote's own words) is pointed to, not printed twice: what a reader
    read once is enough. ``read``: the words of the item summaries' sentences shown."""
    lines = ["## Evidence", ""]
    if not evidence.items:
        return [*lines, "_No evidence quotes._", ""]
    sentences = [_words(s) for s in _SENTENCE_BREAK.split(summary.strip())]
    in_summary = {words: n for n, words in enumerate(sentences) if words}
    # Padded, so that containment is of whole words ("war" is not in "warning").
    shown = f" {_words(summary)} "
    described = {_words(s): n for n, s in enumerate(signals) if _words(s)}
    # Offsets are for programs (JSON) and the HTML view; a reader wants the words.
    for number, item in enumerate(evidence.items, start=1):
        words = _words(evidence.quote(item))
        at = in_summary.get(words)
        if at is not None and at < len(_ORDINALS):
            lines.append(f"{number}. _the summary's {_ORDINALS[at]} sentence_")
        elif len(words.split()) >= _POINTED and f" {words} " in shown:
            lines.append(f"{number}. _in the summary above_")
        elif words in described and described[words] < len(_ORDINALS):
            lines.append(f"{number}. _the {_ORDINALS[described[words]]} signal, word for word_")
        elif len(words.split()) >= _POINTED and any(f" {words} " in f" {r} " for r in read):
            lines.append(f"{number}. _quoted above_")
        else:
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


def _provenance(source: Source, provenance: Provenance, headline: str) -> list[str]:
    """One footer line: where the article came from and what made the briefing. Identifiers
    are shortened to 12 characters, enough to tell runs apart (the JSON form has them whole);
    an engine without a model shows no model, prompt or usage; a title that is the headline
    is not repeated."""
    where = source.url or source.path
    title = source.title if source.title and source.title.split() != headline.split() else ""
    canonical = source.canonical_url if source.canonical_url != where else None
    origin = (
        escape_inline(title),
        escape_inline(where or ""),
        escape_inline(f"canonical {canonical}" if canonical else ""),
        escape_inline(source.site or ""),
        escape_inline(source.author or ""),
        source.published.isoformat() if source.published else "",
        escape_inline(f"language {source.language}" if source.language else ""),
    )
    engine = f"engine {escape_inline(provenance.engine)}"
    if provenance.model or provenance.prompt_version or provenance.model_calls:
        model = escape_inline(provenance.model or "") or "none"
        prompt = escape_inline((provenance.prompt_version or "")[:12]) or "none"
        engine += (
            f" (model {model}, prompt {prompt}; {provenance.tokens_in:,} tokens in,"
            f" {provenance.tokens_out:,} out, {provenance.model_calls:,} model calls)"
        )
    created = f"created {escape_inline(_timestamp(provenance.created_at))}"
    if provenance.cached:
        # The tokens above are what it cost when made; this run asked no model.
        created += ", read from the store (no model call this time)"
    facts = (
        f"Source: {_join(origin) or 'not recorded'}",
        engine,
        f"schema {escape_inline(provenance.schema_version)}",
        f"article {escape_inline(provenance.article_id[:12])}",
        created,
    )
    lines = ["---", "", _join(facts), ""]
    if provenance.dropped:
        left = "; ".join(
            escape_inline(f"{d.where} ({d.what}): {d.why}") for d in provenance.dropped
        )
        lines += [f"Left out, failing the checks after the last attempt: {left}", ""]
    return lines


# --------------------------------------------------------------------------- public


def render_markdown(briefing: Briefing) -> str:
    """The briefing as a markdown document for a person to read, shorter than its article
    (``_fit``: past a floor, quotes, actors that are no party and signals give way).

    Every section is present even when empty ("no deals" is a finding), except in a briefing
    of an off-topic article, which looks for no disputes, deals or outlook and says so in one
    line instead; the engine's notes on how it read the article follow the summary. Evidence is
    cited as ``[n]`` and listed once, numbered in order of first citation; a one-line footer
    says where the article came from and what made the briefing.
    """
    # (Imported here: the fit reads the models, which load pydantic; the renderers stay light
    # for `summarizer --help`, which imports them before any briefing exists.)
    from summarizer._briefing._fit import shorter_than_article

    return _markdown(shorter_than_article(briefing, _length))


def _length(briefing: Briefing) -> int:
    return len(_markdown(briefing).split())


def _markdown(briefing: Briefing) -> str:
    evidence = _EvidenceList(briefing.article_text)
    headline = escape_inline(briefing.headline)
    lines = [f"# {headline or 'Untitled briefing'}", ""]
    summary = escape_inline(briefing.summary)
    if summary:
        lines += [summary, ""]
    for note in briefing.provenance.notes:
        lines += [f"_{escape_inline(note)}_", ""]
    off_topic = briefing.relevance == "off_topic"
    quiet = off_topic and not (briefing.disputes or briefing.deals or briefing.outlook.signals)
    if quiet and not briefing.provenance.notes:
        # The outlook's summary says why there is none (the offline engine writes it so).
        notice = escape_inline(briefing.outlook.summary) or _OFF_TOPIC
        lines += [f"_{notice}_", ""]
    # Sections in document order, so that numbering by first citation reads top to bottom.
    lines += _actors(briefing.actors, evidence)
    canonical = _canonical_names(briefing.actors)
    if not quiet:
        # A sentence read once (in the summary, or in an item above) is not printed again.
        read = [_words(s) for s in _SENTENCE_BREAK.split(briefing.summary.strip())]
        lines += _disputes(briefing.disputes, evidence, canonical, read)
        lines += _deals(briefing.deals, evidence, canonical, read)
        lines += _outlook(briefing.outlook, evidence)
    else:
        read = []
    signals = [] if quiet else [s.description for s in briefing.outlook.signals]
    lines += _evidence(evidence, briefing.summary, signals, read)
    lines += _provenance(briefing.source, briefing.provenance, briefing.headline)
    return "\n".join(lines).rstrip("\n") + "\n"


_OFF_TOPIC = "Not public-affairs news: no disputes, deals or outlook to brief."


def render_json(briefing: Briefing) -> str:
    """The briefing as the JSON contract of ``--format json``, newline-terminated."""
    return briefing.model_dump_json(indent=2) + "\n"
