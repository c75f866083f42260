"""Bytes the LLM engine sends per article, against the article's own bytes; and what a re-ask
costs against the first request.

    python benchmarks/bench_request_overhead.py
    python benchmarks/bench_request_overhead.py --before 3beabd6   # the re-asks then and now

Every request carries the prompts and the response schema besides the article; this measures
that overhead. The real engine sends its first request to the scripted server of
tests/fake_openai.py, which records the body and answers with a refusal so the run stops there;
nothing leaves 127.0.0.1.

Articles: the test article of tests/conftest.py, ``examples/*.txt`` and, when ``shared/`` is
there (``../shared`` or ``../../shared``), its seed articles (read and cleaned as
``summarizer brief`` would; nothing is copied). The overhead is also set against a 600-word
article of the sample article's density, the size the overhead should stay under.

The re-asks are read from the hand-authored cassettes (cassettes/README.md): each request's
bytes, each answer's bytes, and the tokens each article cost (the cassettes' usage: an estimate
of bytes / 4, the same for every cassette). ``--before REV`` reads the cassettes of that git
revision too, for the same scenarios before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import TEST_ARTICLE  # noqa: E402
from fake_openai import FakeOpenAI, Scripted, completion  # noqa: E402

from summarizer._briefing._article import Article  # noqa: E402
from summarizer._engines.llm._engine import LLMEngine, LLMSettings, Mode  # noqa: E402
from summarizer._engines.llm._prompts import load_prompts  # noqa: E402
from summarizer._errors import SummarizerError  # noqa: E402
from summarizer._ingest._reading import read_article  # noqa: E402

#: The words of the article the overhead should stay under.
TARGET_WORDS = 600
#: The scenarios compared, each a cassette (by its name then and now).
SCENARIOS = {
    "clean answer": ("test_clean_briefing", "test_clean_briefing"),
    "one invented quote": ("test_invented_quote_is_reasked", "test_invented_quote_is_reasked"),
    "one invented party": ("test_invented_party_is_reasked", "test_invented_party_is_reasked"),
    "never validates (3 attempts)": ("test_never_validates", "test_never_validates"),
}


def _shared() -> Path | None:
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (candidate / "seeds").is_dir():
            return candidate
    return None


def _articles() -> list[tuple[str, Article]]:
    found = [("tests/conftest.py TEST_ARTICLE", Article(text=TEST_ARTICLE))]
    paths = sorted((ROOT / "examples").glob("*.txt"))
    shared = _shared()
    if shared is not None:
        paths += sorted((shared / "seeds").glob("*.txt"))
    for path in paths:
        try:
            article = read_article(path)
        except SummarizerError:
            article = Article(text=path.read_text(encoding="utf-8"))
        seed = shared is not None and shared in path.parents
        label = f"shared/seeds/{path.name}" if seed else str(path.relative_to(ROOT))
        found.append((label, article))
    return found


def _first_request(article: Article, mode: Mode) -> dict[str, Any]:
    with FakeOpenAI() as fake:
        fake.enqueue(Scripted.json(completion(refusal="measuring only")))
        settings = LLMSettings(base_url=fake.base_url, mode=mode, max_retries=0, max_reasks=0)
        with contextlib.suppress(SummarizerError):  # the refusal ends the run
            LLMEngine(settings).draft(article)
        request = fake.chat_requests[0]
        return {"bytes": len(request.body), "body": request.json()}


def _size(value: Any) -> int:
    """Bytes of ``value`` as the openai client serialises JSON (compact, UTF-8)."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def _cassette(name: str, revision: str | None) -> dict[str, Any] | None:
    import yaml  # type: ignore[import-untyped]  # (vcrpy brings it; no stubs here)

    if revision is None:
        path = ROOT / "cassettes" / f"{name}.yaml"
        text = path.read_text(encoding="utf-8") if path.is_file() else None
    else:
        shown = subprocess.run(
            ["git", "show", f"{revision}:cassettes/{name}.yaml"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        text = shown.stdout if shown.returncode == 0 else None
    data: dict[str, Any] | None = yaml.safe_load(text) if text else None
    return data


def _exchanges(data: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(request bytes, answer bytes, tokens) of each interaction of a cassette."""
    out: list[tuple[int, int, int]] = []
    for interaction in data["interactions"]:
        body = json.loads(interaction["response"]["body"]["string"])
        message = body["choices"][0]["message"]
        calls = message.get("tool_calls") or []
        answer = calls[0]["function"]["arguments"] if calls else message.get("content") or ""
        usage = body.get("usage") or {}
        tokens = int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0))
        out.append((len(interaction["request"]["body"].encode()), len(answer.encode()), tokens))
    return out


def _reasks(revision: str | None) -> None:
    columns = "requests B | answers B | re-ask / first request | tokens per article"
    print(f"{'scenario':<32} {'when':<7} {columns}")
    for scenario, names in SCENARIOS.items():
        rows = [("before", names[0], revision)] if revision else []
        rows.append(("now", names[1], None))
        for when, name, rev in rows:
            data = _cassette(name, rev)
            if data is None:
                continue
            exchanges = _exchanges(data)
            sizes = [e[0] for e in exchanges]
            answers = [e[1] for e in exchanges]
            ratio = ", ".join(f"{s / sizes[0]:.2f}" for s in sizes[1:]) or "-"
            tokens = sum(e[2] for e in exchanges)
            print(f"{scenario:<32} {when:<7} {sizes} | {answers} | {ratio} | {tokens}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", metavar="REV", help="also read the cassettes of this revision")
    args = parser.parse_args()
    # The capture server refuses every request on purpose.
    logging.disable(logging.CRITICAL)
    prompts = load_prompts()
    print(f"prompt version {prompts.version}")
    print(
        f"{'article':<42} {'words':>5} {'article B':>9} {'mode':<18} "
        f"{'request B':>9} {'overhead B':>10} {'ratio':>6}"
    )
    tools_breakdown: dict[str, int] = {}
    density = 0.0
    overheads: dict[str, int] = {}
    for label, article in _articles():
        article_bytes = len(article.text.encode())
        words = len(article.text.split())
        if label.startswith("examples/"):
            density = article_bytes / words
        for mode in get_args(Mode):
            sent = _first_request(article, mode)
            overhead = sent["bytes"] - article_bytes
            overheads.setdefault(mode, overhead)
            ratio = sent["bytes"] / article_bytes
            print(
                f"{label[:42]:<42} {words:>5} {article_bytes:>9} {mode:<18} "
                f"{sent['bytes']:>9} {overhead:>10} {ratio:>6.2f}"
            )
            if mode == "tools" and not tools_breakdown:
                body = sent["body"]
                tools_breakdown = {
                    "response schema (tools + tool_choice)": _size(body["tools"])
                    + _size(body["tool_choice"]),
                    "system prompt": len(prompts.system.encode()),
                    "user template (without the article)": len(
                        prompts.user_template.replace("{article}", "").encode()
                    ),
                }
    print()
    print("TOOLS-mode overhead, where it goes:")
    for part, size in tools_breakdown.items():
        print(f"  {part:<40} {size:>6} B")
    print("  (the rest: JSON framing, model name, and escaping of the article's quotes/newlines)")
    if density:
        target = round(TARGET_WORDS * density)
        print()
        print(
            f"a {TARGET_WORDS}-word article at the sample's {density:.2f} bytes a word: {target} B"
        )
        for mode, overhead in overheads.items():
            print(f"  {mode:<18} overhead {overhead:>5} B = {overhead / target:.2f} of it")
    print()
    _reasks(args.before)


if __name__ == "__main__":
    main()
