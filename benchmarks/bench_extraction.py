"""Article-body extraction quality and speed, on the public article-extraction benchmark.

    python benchmarks/bench_extraction.py [--shared DIR] [--bootstrap N] [--settings]

The 181 pages of ``shared/bench/article-extraction/html/*.html.gz`` are served, decompressed,
as ``text/html`` (no charset, as many servers do) from a local http.server thread on
127.0.0.1, and go through the URL path: :func:`summarizer._ingest._fetching.fetch`, then
:func:`summarizer._ingest._extracting.extract_html`, then
``summarizer._ingest._cleaning.clean_text`` when
that module exists (identity otherwise, and the table says so). The body is scored against
``ground-truth.json`` with the benchmark's own metric:

* each text is split into ``\\w+`` tokens, and into shingles of 4 consecutive tokens;
* per page, true positives are the shingles both texts share (counted with multiplicity),
  false positives those only the prediction has, false negatives those only the truth has;
  the three are divided by their sum, so long pages weigh no more than short ones;
* precision is the mean over pages with tp + fp > 0, recall the mean over pages with
  tp + fn > 0 (a page whose counts are all zero has precision and recall 1, one with
  nothing shared 0); F1 is the harmonic mean of the two means;
* accuracy is the share of pages whose token lists are identical;
* ``±`` is the bootstrap standard deviation over resampled pages.

The published outputs in the same folder are scored by the same code: trafilatura's should
come out at F1 0.958, the number in the benchmark's README, which checks the metric.

Skips (exit 0) when the shared folder is absent: it holds other people's pages, which are
never copied into this repository.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import random
import re
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._errors import FetchError, NoArticleFound  # noqa: E402
from summarizer._ingest._extracting import extract_html  # noqa: E402
from summarizer._ingest._fetching import FetchSettings, fetch  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
BENCH = Path("bench") / "article-extraction"
PUBLISHED = ("trafilatura", "newspaper", "readability", "readability_js")

# --------------------------------------------------------------------------- the metric

_TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Shingles of ``n`` consecutive tokens; a text shorter than ``n`` is one short shingle."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_counts(truth: str, prediction: str) -> Counts:
    """(tp, fp, fn) over shingles, normalised to sum to 1 (all zero when both are empty)."""
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def prf(counts: Sequence[Counts]) -> tuple[float, float, float]:
    """(F1, precision, recall) from per-page counts."""
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return 2 * precision * recall / (precision + recall), precision, recall


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float
    precision_std: float
    recall_std: float


def score(truth: dict[str, str], predicted: dict[str, str], bootstrap: int) -> Score:
    keys = sorted(truth)
    counts = [page_counts(truth[k], predicted.get(k, "")) for k in keys]
    exact = [float(_TOKEN.findall(truth[k]) == _TOKEN.findall(predicted.get(k, ""))) for k in keys]
    f1, precision, recall = prf(counts)
    rng = random.Random(0)
    samples: list[tuple[float, float, float]] = []
    for _ in range(bootstrap):
        picked = [counts[rng.randrange(len(counts))] for _ in counts]
        samples.append(prf(picked))

    def std(i: int) -> float:
        return statistics.stdev(s[i] for s in samples) if len(samples) > 1 else 0.0

    return Score(f1, precision, recall, statistics.mean(exact), std(0), std(1), std(2))


# --------------------------------------------------------------------------- serving


@contextmanager
def serve(pages: dict[str, bytes]) -> Iterator[str]:
    """Serve ``pages`` (path -> body) as text/html from 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- runs


@dataclass
class Run:
    extracted: dict[str, str]
    cleaned: dict[str, str]
    failures: dict[str, str]
    fetch_s: float
    extract_s: float
    clean_s: float


def run_url_path(pages: dict[str, bytes], urls: dict[str, str], clean: Callable[[str], str]) -> Run:
    settings = FetchSettings(timeout=10.0, allow_private_hosts=True)
    run = Run({}, {}, {}, 0.0, 0.0, 0.0)
    with serve({f"/{key}.html": body for key, body in pages.items()}) as base:
        for key in sorted(pages):
            started = time.perf_counter()
            try:
                page = fetch(f"{base}/{key}.html", settings)
            except FetchError as error:
                run.failures[key] = str(error)
                run.extracted[key] = run.cleaned[key] = ""
                continue
            fetched = time.perf_counter()
            try:
                text = extract_html(page.text, url=urls.get(key)).text
            except NoArticleFound as error:
                run.failures[key] = str(error)
                text = ""
            extracted = time.perf_counter()
            cleaned = clean(text) if text else ""
            done = time.perf_counter()
            run.fetch_s += fetched - started
            run.extract_s += extracted - fetched
            run.clean_s += done - extracted
            run.extracted[key] = text
            run.cleaned[key] = cleaned
    return run


def trafilatura_settings(
    pages: dict[str, bytes], urls: dict[str, str]
) -> dict[str, dict[str, str]]:
    """trafilatura.extract on the raw HTML under the settings we chose between."""
    import trafilatura

    def variant(**options: bool) -> Callable[[str, str | None], str | None]:
        return lambda html, url: trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            favor_precision=options.get("favor_precision", False),
            favor_recall=options.get("favor_recall", False),
            include_tables=options.get("include_tables", True),
            fast=options.get("fast", False),
        )

    variants = {
        "trafilatura default": variant(),
        "favor_precision": variant(favor_precision=True),
        "favor_recall": variant(favor_recall=True),
        "favor_precision, no tables": variant(favor_precision=True, include_tables=False),
        "favor_precision, fast": variant(favor_precision=True, fast=True),
    }
    out: dict[str, dict[str, str]] = {}
    for name, extract in variants.items():
        out[name] = {
            key: extract(body.decode("utf-8"), urls.get(key)) or "" for key, body in pages.items()
        }
    return out


# --------------------------------------------------------------------------- report


def _row(name: str, s: Score, note: str = "") -> str:
    return (
        f"{name:44} {s.f1:.3f} ± {s.f1_std:.3f}  {s.precision:.3f} ± {s.precision_std:.3f}  "
        f"{s.recall:.3f} ± {s.recall_std:.3f}  {s.accuracy:.3f}  {note}"
    ).rstrip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument(
        "--settings", action="store_true", help="also score trafilatura settings on raw HTML"
    )
    args = parser.parse_args()

    bench = args.shared / BENCH
    if not (bench / "ground-truth.json").is_file():
        print(f"skipped: {bench} is absent (the benchmark pages are not part of this repo)")
        return 0
    logging.disable(logging.WARNING)  # trafilatura warns about odd pages through logging

    truth_json = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {key: item.get("articleBody") or "" for key, item in truth_json.items()}
    urls = {key: item.get("url") or "" for key, item in truth_json.items()}
    pages = {
        path.name.split(".")[0]: gzip.decompress(path.read_bytes())
        for path in sorted((bench / "html").glob("*.html.gz"))
    }
    if set(pages) != set(truth):
        print(f"error: {len(pages)} pages but {len(truth)} ground-truth items", file=sys.stderr)
        return 1

    if importlib.util.find_spec("summarizer._ingest._cleaning") is not None:
        from summarizer._ingest._cleaning import clean_text

        clean: Callable[[str], str] = clean_text
        clean_note = "summarizer._ingest._cleaning.clean_text"
    else:
        clean = str
        clean_note = "identity: summarizer._ingest._cleaning does not exist yet"

    run = run_url_path(pages, urls, clean)
    n = len(pages)

    print(f"article-extraction benchmark: {n} pages, served from 127.0.0.1 as text/html")
    print(f"cleaning: {clean_note}")
    print(f"bootstrap resamples: {args.bootstrap}")
    print()
    print(f"{'':44} {'F1':13}  {'precision':13}  {'recall':13}  {'accuracy'}")
    for name in PUBLISHED:
        path = bench / f"{name}.json"
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data.get("version", "?") if "output" in data else "?"
        output = data.get("output", data)
        predicted = {key: (item or {}).get("articleBody") or "" for key, item in output.items()}
        print(_row(f"(a) published {name} {version}", score(truth, predicted, args.bootstrap)))
    print(_row("(b) fetch + extract_html", score(truth, run.extracted, args.bootstrap)))
    print(_row("(c) fetch + extract_html + clean_text", score(truth, run.cleaned, args.bootstrap)))
    if args.settings:
        for name, predicted in trafilatura_settings(pages, urls).items():
            print(_row(f"    raw HTML, {name}", score(truth, predicted, args.bootstrap)))
    print()
    fetch_extract = run.fetch_s + run.extract_s
    print(f"{'stage':28} {'total s':>8} {'pages/s':>8}")
    for label, seconds in [
        ("fetch", run.fetch_s),
        ("extract_html", run.extract_s),
        ("clean_text", run.clean_s),
        ("fetch + extract", fetch_extract),
        ("fetch + extract + clean", fetch_extract + run.clean_s),
    ]:
        rate = n / seconds if seconds else float("inf")
        print(f"{label:28} {seconds:8.2f} {rate:8.1f}")
    if run.failures:
        print()
        print(f"{len(run.failures)} pages failed (scored as empty):")
        for key, error in sorted(run.failures.items()):
            print(f"  {key[:12]}  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
