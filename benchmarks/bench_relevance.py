"""Relevance and length of offline briefings, on the 181 labelled pages of the extraction benchmark.

    python benchmarks/bench_relevance.py [--shared DIR] [--json FILE]

Each page of ``shared/bench/article-extraction/html/*.html.gz`` is extracted and cleaned (the
path an HTML file takes) and briefed by the offline engine. ``topics.json`` labels every page
``international``, ``domestic`` or ``off_topic``; the labels are used here to *measure* only,
never to tune a word list. Reported:

* off-topic pages whose briefing states any dispute, deal or outlook signal (goal: at most 5 of
  the 99), and pages of each label with a dispute or deal;
* how often the briefing's ``relevance`` agrees with the label (when briefings carry one);
* briefing length: words of the whole markdown (evidence included) over the article's words,
  averaged per label (goal for international pages: at most 0.8), and how many briefings are
  longer than their article;
* outlook signals per label, and how many of their descriptions read as fragments by a check
  of this benchmark's own, simpler than the engine's rules (so that the engine is not graded
  by itself): the description starts on a modal or "said", or its first words neither start a
  sentence of the article nor follow a "that", reporting verb, "and"/"but" or semicolon there
  (and then not on a conjunction, preposition, relative or participle).

Skips (exit 0) when the shared folder is absent: it holds other people's pages, which are never
copied into this repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._briefing._render import render_markdown  # noqa: E402
from summarizer._engines.offline import OfflineEngine  # noqa: E402
from summarizer._errors import SummarizerError  # noqa: E402
from summarizer._ingest._reading import article_from_html  # noqa: E402
from summarizer._pipeline import brief_article  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
BENCH = Path("bench") / "article-extraction"
LABELS = ("international", "domestic", "off_topic")


@dataclass(frozen=True)
class PageResult:
    page: str
    label: str
    relevance: str | None
    disputes: int
    deals: int
    signals: int
    article_words: int
    briefing_words: int
    fragments: int = 0
    error: str | None = None

    @property
    def claims(self) -> int:
        return self.disputes + self.deals + self.signals

    @property
    def ratio(self) -> float:
        return self.briefing_words / self.article_words if self.article_words else 0.0


# First words of a description whose subject was cut off (a modal, an auxiliary, "said").
_HEADLESS = re.compile(r"will|would|shall|should|could|can|may|might|must|is|are|was|were|said")
# First words that open no statement in mid-sentence: a conjunction, preposition, relative or
# participle ("for fear that ...", "combined with ...").
_NO_OPENER = re.compile(
    r"and|but|or|nor|for|with|combined|as|because|since|if|unless|whether|when|where|which|who|"
    r"whom|whose|while|though|although|after|before|until|to|of|in|on|at|by|from|into|than|"
    r"like|including|despite|amid|\w+ing"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n\s*)[\"“‘'(]?$")
# What may stand right before a clause that reads alone, in mid-sentence.
_LEAD_IN = re.compile(r"(?:[;:—–]\s*|\b(?:that|and|but|said|says|told \S+|added)\s+)[\"“‘'(]?$")


def is_fragment(description: str, article: str) -> bool:
    """Whether a signal's description reads as a fragment of ``article`` (see the module)."""
    words = description.split()
    if not words:
        return True
    first = words[0].strip("\"“‘'(").casefold()
    if _HEADLESS.fullmatch(first):
        return True
    head = " ".join(words[:3]).rstrip(".…,;:").casefold()
    folded = article.casefold()
    at = folded.find(head)
    while at >= 0:
        before = article[max(0, at - 40) : at]
        if _SENTENCE_START.search(before) or (
            _LEAD_IN.search(before) and not _NO_OPENER.fullmatch(first)
        ):
            return False
        at = folded.find(head, at + 1)
    return True


def brief_pages(folder: Path, topics: dict[str, dict[str, str]]) -> list[PageResult]:
    engine = OfflineEngine()
    results = []
    for name in sorted(topics):
        label = topics[name]["label"]
        html = gzip.decompress((folder / "html" / f"{name}.html.gz").read_bytes())
        try:
            article = article_from_html(html, path=f"{name}.html")
            briefing = brief_article(article, engine)
        except SummarizerError as error:
            results.append(PageResult(name, label, None, 0, 0, 0, 0, 0, error=str(error)))
            continue
        results.append(
            PageResult(
                page=name,
                label=label,
                relevance=getattr(briefing, "relevance", None),
                disputes=len(briefing.disputes),
                deals=len(briefing.deals),
                signals=len(briefing.outlook.signals),
                article_words=len(article.text.split()),
                briefing_words=len(render_markdown(briefing).split()),
                fragments=sum(
                    is_fragment(signal.description, article.text)
                    for signal in briefing.outlook.signals
                ),
            )
        )
    return results


def report(results: list[PageResult], seconds: float) -> str:
    by_label: dict[str, list[PageResult]] = defaultdict(list)
    for result in results:
        by_label[result.label].append(result)
    lines = [
        f"{len(results)} pages, offline engine, {seconds:.1f} s",
        "",
        "| label | pages | failed | any dispute/deal | any claim (dispute, deal, signal) "
        "| relevance agrees | words ratio (mean) | longer than the article |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label in LABELS:
        pages = by_label.get(label, [])
        ok = [p for p in pages if p.error is None]
        events = sum(p.disputes + p.deals > 0 for p in ok)
        claims = sum(p.claims > 0 for p in ok)
        rated = [p for p in ok if p.relevance is not None]
        agree = f"{sum(p.relevance == label for p in rated)}/{len(rated)}" if rated else "n/a"
        ratio = statistics.mean(p.ratio for p in ok) if ok else 0.0
        longer = sum(p.ratio > 1 for p in ok)
        lines.append(
            f"| {label} | {len(pages)} | {len(pages) - len(ok)} | {events} | {claims} "
            f"| {agree} | {ratio:.2f} | {longer} |"
        )
    lines += [
        "",
        "| label | signals | pages with a signal | fragments (benchmark's own check) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label in LABELS:
        ok = [p for p in by_label.get(label, []) if p.error is None]
        lines.append(
            f"| {label} | {sum(p.signals for p in ok)} | {sum(p.signals > 0 for p in ok)} "
            f"| {sum(p.fragments for p in ok)} |"
        )
    failures = Counter(p.error.split(":", 1)[-1].strip() for p in results if p.error)
    for reason, count in failures.most_common():
        lines.append(f"failed ({count}): {reason}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path, help="write every page's figures to this file")
    args = parser.parse_args()
    folder = args.shared / BENCH
    topics_file = folder / "topics.json"
    if not topics_file.is_file():
        print(f"skipped: {topics_file} not found (../shared is not beside the repository)")
        return 0
    topics = json.loads(topics_file.read_text(encoding="utf-8"))
    start = time.perf_counter()
    results = brief_pages(folder, topics)
    print(report(results, time.perf_counter() - start))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(r) for r in results], indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
