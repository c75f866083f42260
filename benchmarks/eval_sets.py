"""The offline engine on every gold set of the repository, one line per set, and pooled.

    python benchmarks/eval_sets.py                        # every dev set (hold-outs left out)
    python benchmarks/eval_sets.py --holdouts             # every hold-out set, and all pooled
    python benchmarks/eval_sets.py --holdouts --through 20  # hold-outs 1-20 only
    python benchmarks/eval_sets.py tests/fixtures/gold_holdout17 tests/fixtures/gold_holdout18

Each line: actors, disputes and deals as recall / precision (with the hits behind them),
statuses the gold allows, disputes titled "A vs B" whose sides the gold does not oppose, the
gold ``future`` cues the outlook's signals catch, and the signals that hold a gold ``not_future``
cue (false signals: a past event, a modal, a hypothetical).
The same scoring as ``summarizer eval`` (``shared/gold/README.md``), micro-averaged. Dev sets are
the ``tests/fixtures/gold*`` folders written to fix the engine against; hold-outs
(``gold_holdout*``) were written blind and are scored to measure it. Two runs of this script,
before and after a change, are how a round shows that no set fell.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._engines._registry import make_engine  # noqa: E402
from summarizer._eval._scoring import ArticleScore, Ratio, evaluate, gold_files  # noqa: E402
from summarizer._ingest._reading import read_article  # noqa: E402
from summarizer._pipeline import brief_article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def _line(name: str, scores: list[ArticleScore]) -> str:
    def total(pick: str, part: str) -> Ratio:
        out = Ratio(0, 0)
        for score in scores:
            out = out + getattr(getattr(score, pick), part)
        return out

    cells = [f"{name:<28} {len(scores):>4} articles"]
    for section in ("actors", "disputes", "deals"):
        recall, precision = total(section, "recall"), total(section, "precision")
        cells.append(f"{section} {recall.value:.2f}/{precision.value:.2f} ({recall},{precision})")
    statuses = Ratio(0, 0)
    future = Ratio(0, 0)
    false_vs = false_signals = 0
    for score in scores:
        statuses = statuses + score.claims.statuses
        future = future + score.claims.future
        false_vs += len(score.claims.false_sides)
        false_signals += len(score.claims.false_signals)
    cells.append(f"statuses {statuses} false-vs {false_vs}")
    cells.append(f"future {future} false signals {false_signals}")
    return "  ".join(cells)


def _holdout_number(folder: Path) -> int:
    """``gold_holdout`` is hold-out 1, ``gold_holdout17`` hold-out 17."""
    return int(folder.name.removeprefix("gold_holdout") or "1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="gold folders (default: the dev sets)")
    parser.add_argument("--holdouts", action="store_true", help="the hold-out sets instead")
    parser.add_argument(
        "--through", type=int, metavar="N", help="with --holdouts: hold-outs 1 to N only"
    )
    args = parser.parse_args(argv)
    if args.sets:
        sets = list(args.sets)
    else:
        every = sorted(p for p in FIXTURES.glob("gold*") if p.is_dir())
        sets = [p for p in every if ("holdout" in p.name) == args.holdouts]
        if args.holdouts and args.through is not None:
            sets = [p for p in sets if _holdout_number(p) <= args.through]
    engine = make_engine("offline")
    pooled: list[ArticleScore] = []
    for folder in sets:
        report = evaluate(gold_files(folder), lambda p: brief_article(read_article(p), engine))
        scores = [result.score for result in report.articles]
        pooled += scores
        print(_line(folder.name, scores))
    if len(sets) > 1:
        print(_line("pooled", pooled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
