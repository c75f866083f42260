"""The offline engine of two checkouts timed against each other, in alternating runs.

    python benchmarks/compare_offline.py BASELINE_TREE [--pairs 8] [--rounds 10]

A shared machine's load moves single timings by a fifth; a ratio of two runs made one right
after the other moves far less. Each run is a fresh interpreter on one tree (this checkout or
``BASELINE_TREE``, e.g. ``git worktree add --detach /tmp/base main``) that briefs the files of
:mod:`bench_offline` (``clean_text`` + engine, data loaded and caches warmed first) ``rounds``
times and reports the best (least) CPU time per article of those rounds: a process waiting
for the CPU is not charged for it, and what other jobs still add (a shared core, a cold cache)
only ever adds, so the least is the closest to the engine's own cost. Pairs alternate which
tree runs first. Printed: each pair and its ratio (this tree / baseline), then the median
ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child, with the tree to time first on sys.path: prints ms per article.
_CHILD = """
import sys, time
from pathlib import Path
root = Path(sys.argv[1])
sys.path.insert(0, str(root))
from summarizer._briefing._article import Article
from summarizer._engines.offline import OfflineEngine
from summarizer._ingest._cleaning import clean_text
import summarizer
assert Path(summarizer.__file__).resolve().is_relative_to(root.resolve())
files = [*sorted((root / "tests/fixtures/articles").glob("*.txt")),
         root / "examples/sample-article.txt"]
texts = [p.read_text(encoding="utf-8") for p in files]
engine = OfflineEngine()
for text in texts:
    engine.draft(Article(text=clean_text(text)))
times = []
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    for text in texts:
        engine.draft(Article(text=clean_text(text)))
    times.append((time.process_time() - start) / len(texts))
print(min(times) * 1000)
"""


def _run(tree: Path, rounds: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(rounds)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path, help="the checkout to compare against")
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    baseline = args.baseline.resolve()
    ratios: list[float] = []
    print(f"{'pair':>4} {'baseline ms':>12} {'this tree ms':>13} {'ratio':>6}")
    for pair in range(1, args.pairs + 1):
        if pair % 2:
            before, after = _run(baseline, args.rounds), _run(ROOT, args.rounds)
        else:
            after, before = _run(ROOT, args.rounds), _run(baseline, args.rounds)
        ratios.append(after / before)
        print(f"{pair:>4} {before:>12.2f} {after:>13.2f} {after / before:>6.2f}")
    print(f"median ratio (this tree / baseline): {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
