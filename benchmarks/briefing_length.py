"""How many offline briefings are longer than their article, by the article's length.

    python benchmarks/briefing_length.py            # every fixture article of the repository
    python benchmarks/briefing_length.py FILE ...   # some articles

A briefing is read instead of its article, so its markdown (evidence included, as a reader
gets it) should have fewer words. Each line: a band of article lengths, how many briefings
of that band are longer than their article, of how many, and the mean ratio of words.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import brief_file  # noqa: E402
from summarizer._briefing._render import render_markdown  # noqa: E402
from summarizer._ingest._reading import read_article  # noqa: E402

_BANDS = ((0, 120), (120, 300), (300, 500), (500, 800), (800, 10**9))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "tests" / "fixtures").glob("articles*/*.txt"))
    ratios: dict[tuple[int, int], list[float]] = {band: [] for band in _BANDS}
    for path in files:
        words = len(read_article(str(path)).text.split())
        briefing = brief_file(str(path), engine="offline")
        band = next(b for b in _BANDS if b[0] <= words < b[1])
        ratios[band].append(len(render_markdown(briefing).split()) / max(1, words))
    for (low, high), found in ratios.items():
        if not found:
            continue
        label = f"{low}+ words" if high == 10**9 else f"{low}-{high - 1} words"
        longer = sum(r >= 1.0 for r in found)
        mean = sum(found) / len(found)
        count = f"{longer:>4} of {len(found):>4}"
        print(f"{label:<14} longer than the article {count}  mean {mean:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
