"""Bytes the LLM engine sends per article, against the article's own bytes.

    python benchmarks/bench_request_overhead.py

Every request carries the prompts and the response schema besides the article; this measures
that overhead. The real engine (openai client, instructor, our prompts) sends its first request
to the scripted server of tests/fake_openai.py, which records the body and answers with a
refusal so the run stops there; nothing leaves 127.0.0.1.

Articles: the test article of tests/conftest.py, ``examples/*.txt`` and, when ``../shared`` is
there, its seed articles (read and cleaned as ``summarizer brief`` would; nothing is copied).
A re-ask costs more: it resends the rejected answer with the errors, shown for the recorded
re-ask cassette at the end.
"""

from __future__ import annotations

import contextlib
import json
import logging
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


def _articles() -> list[tuple[str, Article]]:
    found = [("tests/conftest.py TEST_ARTICLE", Article(text=TEST_ARTICLE))]
    paths = sorted((ROOT / "examples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        paths += sorted(shared.glob("*.txt"))
    for path in paths:
        try:
            from summarizer._ingest._reading import read_article

            article = read_article(path)
        except (ImportError, SummarizerError):
            article = Article(text=path.read_text(encoding="utf-8"))
        label = path.relative_to(ROOT.parent if shared in path.parents else ROOT)
        found.append((str(label), article))
    return found


def _first_request(article: Article, mode: Mode) -> dict[str, Any]:
    with FakeOpenAI() as fake:
        fake.enqueue(Scripted.json(completion(refusal="measuring only")))
        settings = LLMSettings(base_url=fake.base_url, mode=mode, max_retries=0, max_reasks=0)
        # The refusal (or, in the JSON modes, the unparsable empty answer) ends the run.
        with contextlib.suppress(SummarizerError):
            LLMEngine(settings).draft(article)
        request = fake.chat_requests[0]
        return {"bytes": len(request.body), "body": request.json()}


def _size(value: Any) -> int:
    """Bytes of ``value`` as the openai client serialises JSON (compact, UTF-8)."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def main() -> None:
    # The capture server refuses every request on purpose; instructor logs each refusal.
    logging.disable(logging.CRITICAL)
    prompts = load_prompts()
    print(f"prompt version {prompts.version}")
    print(
        f"{'article':<42} {'words':>5} {'article B':>9} {'mode':<11} "
        f"{'request B':>9} {'overhead B':>10} {'ratio':>6}"
    )
    tools_breakdown: dict[str, int] = {}
    for label, article in _articles():
        article_bytes = len(article.text.encode())
        words = len(article.text.split())
        for mode in get_args(Mode):
            sent = _first_request(article, mode)
            overhead = sent["bytes"] - article_bytes
            ratio = sent["bytes"] / article_bytes
            print(
                f"{label[:42]:<42} {words:>5} {article_bytes:>9} {mode:<11} "
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

    cassette = ROOT / "cassettes" / "test_invented_quote_is_reasked.yaml"
    if cassette.is_file():
        import yaml  # type: ignore[import-untyped]  # (vcrpy brings it; no stubs here)

        data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
        sizes = [len(i["request"]["body"].encode()) for i in data["interactions"]]
        print()
        print(
            f"re-ask (cassettes/{cassette.name}): first request {sizes[0]} B, re-ask {sizes[1]} B"
        )


if __name__ == "__main__":
    main()
