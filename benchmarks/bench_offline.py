"""Throughput of the offline engine: cleaning + briefing of the sample articles.

    python benchmarks/bench_offline.py [--rounds N]

Data loading (the JSON word lists, pycountry's tables, compiled cue patterns) is timed once,
on its own, in a fresh interpreter, because the engine pays it only on its first article.
Then every round briefs every article (tests/fixtures/articles/*.txt and
examples/sample-article.txt), interleaved with two baselines run on the same texts in the same
process: ``clean_text`` alone, and a plain regex pass (sentence split plus a capitalised-word
scan). Machines here are noisy, so the ratios to those baselines are the figures to compare
across runs; the table gives medians over the rounds.
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._briefing._article import Article  # noqa: E402
from summarizer._engines.offline import OfflineEngine  # noqa: E402
from summarizer._ingest._cleaning import clean_text  # noqa: E402

ARTICLES = [
    *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")),
    ROOT / "examples" / "sample-article.txt",
]
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)*")


def _regex_pass(text: str) -> int:
    return sum(len(_CAPITALISED.findall(s)) for s in _SENTENCE.split(text))


def _load_time() -> float:
    """Seconds to import the engine and load its data, in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); "
        "from summarizer._engines.offline._data import load; load(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    words = sum(len(t.split()) for t in texts)
    loads = [_load_time() for _ in range(3)]

    engine = OfflineEngine()
    engine.draft(Article(text=clean_text(texts[0])))  # warm: data loaded, caches filled

    def full(text: str) -> object:
        return engine.draft(Article(text=clean_text(text)))

    def engine_only(text: str) -> object:
        return engine.draft(Article(text=text))

    cleaned = [clean_text(t) for t in texts]
    cases: dict[str, tuple[Callable[[str], object], list[str]]] = {
        "regex pass (baseline)": (_regex_pass, texts),
        "clean_text (baseline)": (clean_text, texts),
        "engine only (cleaned input)": (engine_only, cleaned),
        "clean_text + engine": (full, texts),
    }
    timings: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, (func, inputs) in cases.items():  # interleaved: load hits all alike
            start = time.perf_counter()
            for text in inputs:
                func(text)
            timings[name].append((time.perf_counter() - start) / len(inputs))

    median = {name: statistics.median(values) for name, values in timings.items()}
    print(
        f"offline engine benchmark: {len(texts)} articles, {words / len(texts):.0f} words "
        f"on average, {args.rounds} rounds, Python {platform.python_version()} "
        f"on {platform.machine()}"
    )
    print(
        f"data loading (import + load, fresh interpreter, median of 3): "
        f"{statistics.median(loads) * 1000:.0f} ms"
    )
    print()
    header = f"{'case':<30} {'ms/article':>10} {'articles/s':>11} {'x regex':>8} {'x clean':>8}"
    print(header)
    print("-" * len(header))
    for name, seconds in median.items():
        print(
            f"{name:<30} {seconds * 1000:>10.2f} {1 / seconds:>11.0f} "
            f"{seconds / median['regex pass (baseline)']:>8.1f} "
            f"{seconds / median['clean_text (baseline)']:>8.1f}"
        )
    per_800 = median["clean_text + engine"] * 800 / (words / len(texts))
    print()
    print(
        f"scaled to an 800-word article: {per_800 * 1000:.1f} ms "
        f"({1 / per_800:.0f} articles/s; target >= 50)"
    )


if __name__ == "__main__":
    main()
