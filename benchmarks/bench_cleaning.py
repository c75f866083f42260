"""How much of each article the cleaner keeps, and how long it takes.

    python benchmarks/bench_cleaning.py

For each sample article (ours under examples/ and tests/fixtures/, and the seeds in
../shared/seeds when present): raw characters, cleaned characters, their ratio, and the
cleaning time against a baseline in the same process (one regex pass that collapses
whitespace over the same text), since these machines are shared and noisy.
"""

from __future__ import annotations

import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._ingest._cleaning import clean_text  # noqa: E402

SHARED = ROOT.parent / "shared" / "seeds"
SPACES = re.compile(r"\s+")


def _articles() -> list[Path]:
    ours = [ROOT / "examples" / "sample-article.txt"]
    ours += sorted((ROOT / "tests" / "fixtures" / "dirty").glob("*[!n].txt"))
    ours = [p for p in ours if not p.name.endswith(".clean.txt")]
    ours += sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    seeds = sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
    return ours + seeds


def _median_seconds(func: Callable[[str], object], text: str, rounds: int = 200) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func(text)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"{'article':52} {'raw':>6} {'clean':>6} {'ratio':>6} {'ms':>6} {'x regex':>8}")
    for path in _articles():
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        base = _median_seconds(lambda t: SPACES.sub(" ", t), raw)
        took = _median_seconds(clean_text, raw)
        name = (
            str(path.relative_to(ROOT.parent))
            if SHARED in path.parents
            else str(path.relative_to(ROOT))
        )
        print(
            f"{name:52} {len(raw):6} {len(cleaned):6} {len(cleaned) / len(raw):6.2f} "
            f"{took * 1000:6.2f} {took / base:8.1f}"
        )
    if not SHARED.is_dir():
        print("(../shared/seeds absent: seeds skipped)")


if __name__ == "__main__":
    main()
