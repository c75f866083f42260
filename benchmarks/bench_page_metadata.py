"""Page metadata on real pages: headlines still carrying the site's name, site names, canonicals.

    python benchmarks/bench_page_metadata.py [--shared DIR] [--list]

Each of the 181 pages of ``shared/bench/article-extraction/html/*.html.gz`` goes through
:func:`summarizer._ingest._extracting.extract_html` with its URL from ``ground-truth.json``.
Counted:

* **headlines with the site's name**: the title's first or last part (cut at `` | ``, `` - ``,
  `` – ``, `` — ``, `` · ``, `` » ``, or ``: `` after a first part) is the page's
  ``og:site_name``, or is one label of the page's host (letters and digits compared, case
  ignored: "Al Bawaba" ~ ``albawaba.com``). This check is the benchmark's own, simpler than the
  program's, so the program is not graded by itself;
* **site names that are not a name**: empty, a URL, a copyright line, or a word of the
  lexicon's ``generic_site_names``;
* **canonical URLs**: pages that declare one, and how many the result keeps.

Skips (exit 0) when the shared folder is absent: it holds other people's pages, which are never
copied into this repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer._errors import NoArticleFound  # noqa: E402
from summarizer._ingest._extracting import extract_html  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
BENCH = Path("bench") / "article-extraction"

_PARTS = re.compile(r"\s+[|\-–—·»]\s+")
_OG_SITE = re.compile(r"<meta[^>]+property=[\"']og:site_name[\"'][^>]*content=[\"']([^\"']*)", re.I)
_CANONICAL = re.compile(r"<link[^>]+rel=[\"']canonical[\"']|property=[\"']og:url[\"']", re.I)
_GENERIC = {"hosted", "home", "homepage", "website", "news", "blog", "index", "untitled"}


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def has_site_affix(title: str, site: str | None, url: str) -> bool:
    names = {_key(site)} if site else set()
    names |= {_key(label) for label in (urlsplit(url).hostname or "").split(".") if len(label) > 2}
    names.discard("www")
    parts = _PARTS.split(title)
    first = re.split(r":\s", title, maxsplit=1)[0] if ": " in title else parts[0]
    ends = {parts[-1], first} if len(parts) > 1 else {first} if ": " in title else set()
    return any(_key(end) in names for end in ends)


def not_a_name(site: str | None) -> bool:
    if not site:
        return True
    low = site.casefold()
    return "://" in low or low.startswith(("copyright", "©", "(c)")) or low in _GENERIC


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--list", action="store_true", help="print each page that is counted")
    args = parser.parse_args()
    folder = args.shared / BENCH
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = affixed = unnamed = declared = kept = 0
    for path in sorted((folder / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        url = truth[page_id]["url"]
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        try:
            extracted = extract_html(html, url=url)
        except NoArticleFound:
            continue
        pages += 1
        og_site = _OG_SITE.search(html)
        if extracted.title and has_site_affix(
            extracted.title, og_site.group(1) if og_site else extracted.site, url
        ):
            affixed += 1
            if args.list:
                print(f"affix  {page_id[:8]} {extracted.title!r} ({extracted.site})")
        if not_a_name(extracted.site):
            unnamed += 1
            if args.list:
                print(f"site   {page_id[:8]} {extracted.site!r} ({url[:50]})")
        if _CANONICAL.search(html):
            declared += 1
            kept += getattr(extracted, "canonical_url", None) is not None
    print(f"pages with an article: {pages}")
    print(f"headlines with the site's name as a prefix or suffix: {affixed}")
    print(f"site names that are not a name: {unnamed}")
    print(f"pages declaring a canonical URL: {declared}; kept as canonical_url: {kept}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
