"""Wall time of whole CLI commands, against a bare interpreter start measured alongside.

    python benchmarks/bench_cli.py [--runs N]

Each command runs N times in a fresh process, interleaved with the baseline
(`python -c pass`) so that load on a shared machine hits both alike; the table gives the
median wall time and its ratio to the baseline's median.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sample-article.txt"

COMMANDS: dict[str, list[str]] = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "summarizer --help": [sys.executable, "-m", "summarizer", "--help"],
    "summarizer brief example --engine offline": [
        sys.executable,
        "-m",
        "summarizer",
        "brief",
        str(EXAMPLE),
        "--engine",
        "offline",
        "-q",
    ],
    "summarizer brief example --format json --engine offline": [
        sys.executable,
        "-m",
        "summarizer",
        "brief",
        str(EXAMPLE),
        "--engine",
        "offline",
        "--format",
        "json",
        "-q",
    ],
}


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    for argv in COMMANDS.values():  # warm the file cache and .pyc files
        _time(argv)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, argv in COMMANDS.items():
            samples[name].append(_time(argv))
    base = statistics.median(samples["python -c pass (baseline)"])
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, runs: {args.runs}"
    )
    print(f"{'command':58} {'median s':>9} {'x baseline':>10}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:58} {median:9.3f} {median / base:10.1f}")


if __name__ == "__main__":
    main()
