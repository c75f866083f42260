"""Write the hand-authored cassettes of tests/test_llm.py and tests/test_digest_llm.py. Run from
the repository root:

    python cassettes/_author.py                        # all of them
    python cassettes/_author.py test_digest_clean_synthesis ...   # only these

Every model answer below is written by hand, to OpenAI's chat-completions wire format. The
requests are not: the real LLM engine (openai client, instructor, our prompts) sends them to
the scripted server of tests/fake_openai.py while vcrpy records, so each cassette holds exactly
what the client sends today, re-asks included. The recording is then moved to
https://api.openai.com/v1, the key is filtered out, and the fake server's own headers are
replaced by the ones OpenAI sends.

Token counts are estimates (about 4 bytes a token: tiktoken cannot fetch its encodings
offline), written into the answers before they are served. Rerun this script after changing the
prompts or the response model, so the recorded requests stay honest; tests match on method and
URL only, so stale bodies would not fail them.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import TEST_ARTICLE  # noqa: E402
from fake_openai import FakeOpenAI, Scripted, completion  # noqa: E402

from summarizer._briefing._article import Article  # noqa: E402
from summarizer._briefing._models import Source  # noqa: E402
from summarizer._digest._llm_synthesis import synthesize  # noqa: E402
from summarizer._engines.llm._client import ModelClient  # noqa: E402
from summarizer._engines.llm._engine import LLMEngine, LLMSettings, Mode  # noqa: E402
from summarizer._errors import SummarizerError  # noqa: E402

CASSETTES = ROOT / "cassettes"
OPENAI = "https://api.openai.com/v1"
FAKE_KEY = "sk-test-not-a-real-key"
MODEL = "gpt-4.1-mini-2025-04-14"
# A fixed date keeps the files stable from one run to the next.
DATE = "Tue, 17 Jun 2025 09:12:41 GMT"
# When the test article was published: the day after the agreement "on Tuesday".
PUBLISHED = date(2025, 6, 18)

# ----------------------------------------------------------------------------- the answers

# The briefing as a model gives it on the wire (cassettes/README.md): evidence as lists of quotes,
# dates worked out from the publication date the request carries (Wednesday 2025-06-18: "on
# Tuesday" is 2025-06-17, "next month" July 2025).
GOOD: dict[str, Any] = {
    "relevance": "international",
    "headline": "Norway and Iceland agree five-year deal to share North Atlantic mackerel catch",
    "summary": (
        "Norway and Iceland agreed to split the North Atlantic mackerel catch 55 to 45 for five "
        "years, ending a quota row that dated from 2019. The deal is worth an estimated $1.2 "
        "billion a year in landings. The European Union, left out of the talks, warned the "
        "quotas could breach earlier arrangements, and Faroese fishing groups criticised it."
    ),
    "actors": [
        {
            "name": "Norway",
            "kind": "state",
            "country": "NOR",
            "role": "takes 55 percent of the catch",
            "aliases": ["Oslo"],
            "evidence": ["Norway will take 55 percent of the agreed catch and Iceland 45 percent"],
        },
        {
            "name": "Iceland",
            "kind": "state",
            "country": "ISL",
            "role": "takes 45 percent of the catch",
            "aliases": [],
            "evidence": [
                "Norway and Iceland agreed on Tuesday to share the North Atlantic mackerel "
                "catch for the next five years"
            ],
        },
        {
            "name": "Ingrid Halvorsen",
            "kind": "person",
            "country": "NOR",
            "role": "Norway's fisheries minister",
            "aliases": ["Halvorsen"],
            "evidence": ["This agreement puts science ahead of politics"],
        },
        {
            "name": "Einar Magnusson",
            "kind": "person",
            "country": "ISL",
            "role": "Iceland's foreign minister",
            "aliases": ["Magnusson"],
            "evidence": ["the accord would be signed in Reykjavik next month"],
        },
        {
            "name": "European Union",
            "kind": "organization",
            "country": None,
            "role": "left out of the talks; questions the quotas",
            "aliases": ["EU"],
            "evidence": [
                'The European Union, which was not part of the talks, said it was "studying the '
                'terms"'
            ],
        },
    ],
    "disputes": [
        {
            "title": "Norway-Iceland mackerel quota row",
            "kind": "economic",
            "parties": ["Norway", "Iceland"],
            "status": "resolved",
            "when": "2025-06-17",
            "summary": "The quota row that soured relations since 2019 ends with the deal.",
            "evidence": [
                "ending a quota row that has soured relations between the two fishing nations "
                "since 2019"
            ],
        },
        {
            "title": "EU objection to quotas set without it",
            "kind": "diplomatic",
            "parties": ["European Union", "Norway", "Iceland"],
            "status": "ongoing",
            "when": None,
            "summary": "The EU warns the quotas could breach earlier coastal-state arrangements.",
            "evidence": [
                "warned that quotas set without it could breach earlier coastal-state arrangements"
            ],
        },
    ],
    "deals": [
        {
            "title": "Five-year North Atlantic mackerel sharing agreement",
            "kind": "trade",
            "parties": ["Norway", "Iceland"],
            "status": "agreed",
            "value": {"amount": 1200000000, "currency": "USD"},
            "when": "2025-06-17",
            "summary": "Norway takes 55 percent and Iceland 45 percent of the agreed catch.",
            "evidence": ["worth an estimated $1.2 billion a year in landings"],
        }
    ],
    "outlook": {
        "summary": "The accord is to be signed next month; talks with the Faroes resume later.",
        "signals": [
            {
                "description": "Signing of the accord in Reykjavik",
                "horizon": "weeks",
                "likelihood": "high",
                "when": "2025-07",
                "evidence": ["the accord would be signed in Reykjavik next month"],
            },
            {
                "description": "Talks with the Faroese government resume",
                "horizon": "months",
                "likelihood": "medium",
                "when": None,
                "evidence": [
                    "Talks with the Faroese government are expected to resume in the autumn"
                ],
            },
        ],
    },
}

# The re-ask's answers: the replacements of the items asked about, and nothing else.
HALVORSEN = GOOD["actors"][2]
FAROESE = {
    "name": "Faroese fishing groups",
    "kind": "organization",
    "country": "FRO",
    "role": "criticise the deal for leaving them out",
    "aliases": ["Fishing groups in the Faroe Islands"],
    "evidence": ["Fishing groups in the Faroe Islands criticised the deal"],
}
FAROESE_DISPUTE = {
    "title": "Faroese objection to being left out of the deal",
    "kind": "economic",
    "parties": ["Faroe Islands", "Norway", "Iceland"],
    "status": "ongoing",
    "when": None,
    "summary": "Faroese fishing groups say the deal leaves them out.",
    "evidence": ["Fishing groups in the Faroe Islands criticised the deal"],
}
INVENTED = "Science must come before politics"
FAROESE_PARTIES = ["Faroese fishing groups", "Norway", "Iceland"]


def edited(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    answer = copy.deepcopy(GOOD)
    change(answer)
    return answer


def _invent_quote(answer: dict[str, Any]) -> None:
    # A paraphrase, as models write when they "quote" from memory: not in the article.
    answer["actors"][2]["evidence"] = [INVENTED]


def _invent_party(answer: dict[str, Any]) -> None:
    # The Faroese are named as a party, but no actor stands for them.
    answer["disputes"].append(copy.deepcopy(FAROESE_DISPUTE))


def _repairable(answer: dict[str, Any]) -> None:
    """What is repaired locally, with no re-ask: a kind from the other list, a kind and a status
    that are synonyms, parties written otherwise than the actors' names, a currency symbol, and
    no relevance."""
    del answer["relevance"]
    dispute = answer["disputes"][0]
    dispute["kind"] = "trade"  # a deal's kind on a dispute: economic
    dispute["status"] = "settled"  # resolved
    answer["disputes"][1]["parties"] = ["the EU", "NORWAY", "Iceland"]
    answer["deals"][0]["value"]["currency"] = "$"
    answer["deals"][0]["parties"] = ["Oslo", "Iceland"]
    answer["actors"][4]["kind"] = "Organisation"
    answer["actors"][2]["aliases"] = []
    answer["outlook"]["signals"][0]["likelihood"] = "likely"
    answer["disputes"][0]["parties"] = ["Norway", "Iceland"]
    answer["deals"][0]["parties"].append("Minister Halvorsen")


# Each cassette: the test that plays it, the mode, and the answers the model "gives", in order,
# each with the function it calls (the briefing, or a re-ask's replacements).
Answers = list[tuple[dict[str, Any], str]]
FIX = "BriefingFix"
BRIEF = "BriefingDraft"
_NEVER: Answers = [
    (edited(_invent_quote), BRIEF),
    ({"actors": [{**HALVORSEN, "evidence": ["Science comes before politics"]}]}, FIX),
    ({"actors": [{**HALVORSEN, "evidence": [INVENTED]}]}, FIX),
]
CASSETTES_SPEC: dict[str, tuple[Mode, Answers, bool]] = {
    "test_clean_briefing": ("tools", [(GOOD, BRIEF)], True),
    "test_repaired_locally": ("tools", [(edited(_repairable), BRIEF)], True),
    "test_invented_quote_is_reasked": (
        "tools",
        [(edited(_invent_quote), BRIEF), ({"actors": [HALVORSEN]}, FIX)],
        True,
    ),
    "test_invented_party_is_reasked": (
        "tools",
        [
            (edited(_invent_party), BRIEF),
            (
                {
                    "actors": [FAROESE],
                    "disputes": [
                        {
                            **FAROESE_DISPUTE,
                            "parties": ["Faroese fishing groups", "Norway", "Iceland"],
                        }
                    ],
                },
                FIX,
            ),
        ],
        True,
    ),
    "test_invented_every_time_is_dropped": ("tools", _NEVER, True),
    "test_never_validates": ("tools", _NEVER, False),
    "test_json_schema_mode": ("json_schema", [(GOOD, BRIEF)], True),
}

# ----------------------------------------------------------------------------- digest answers

# The digest's LLM synthesis (tests/test_digest_llm.py), over the hand-built week of
# tests/fixtures/week/hand_built.json: articles A1..A5 (oldest first), threads T1 (the fisheries
# quota deal), T2 (the Kuril boats dispute), T3 (the expelled diplomat). See the data block the
# recorded requests carry.
DIGEST_GOOD: dict[str, Any] = {
    "developments": [
        {
            "thread": "T1",
            "statement": "Russia and Japan signed a fisheries quota worth about USD 20 million on "
            "5 June, after talks reopened on 2 June: their first agreement since Shinzo Abe "
            "left office.",
            "cites": ["A1", "A4", "A5"],
        },
        {
            "thread": "T2",
            "statement": "The Kuril Islands dispute escalated: Japan protested Russian patrols, "
            "then Russia detained two Japanese fishing boats and Japan demanded their release.",
            "cites": ["A2", "A3"],
        },
        {
            "thread": "T3",
            "statement": "Japan expelled a Russian diplomat it accused of spying.",
            "cites": ["A3"],
        },
    ],
    "outlook": {
        "summary": "Quota talks resume next week and Japan's fleet starts fishing under the "
        "quota in July, while the Kuril dispute is still escalating.",
        "signals": [
            {
                "description": "Talks on the fisheries quota resume",
                "horizon": "next week",
                "likelihood": "high",
                "cites": ["A1", "A2"],
            },
            {
                "description": "Japan's fishing fleet starts work under the quota",
                "horizon": "July",
                "likelihood": "high",
                "cites": ["A5"],
            },
        ],
    },
}


def digest_edited(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    answer = copy.deepcopy(DIGEST_GOOD)
    change(answer)
    return answer


def _cite_unknown_article(answer: dict[str, Any]) -> None:
    # There are five articles: "A7" is no input's handle.
    answer["developments"][1]["cites"] = ["A2", "A7"]


def _cite_nothing(answer: dict[str, Any]) -> None:
    answer["outlook"]["signals"][1]["cites"] = []


def _unknown_thread_and_article(answer: dict[str, Any]) -> None:
    answer["developments"][2]["thread"] = "T4"
    answer["outlook"]["signals"][0]["cites"] = ["A1", "A9"]


DIGEST_CASSETTES_SPEC: dict[str, tuple[Mode, list[dict[str, Any]]]] = {
    "test_digest_clean_synthesis": ("tools", [DIGEST_GOOD]),
    "test_digest_unknown_cite_is_reasked": (
        "tools",
        [digest_edited(_cite_unknown_article), DIGEST_GOOD],
    ),
    "test_digest_never_validates": (
        "tools",
        [
            digest_edited(_cite_unknown_article),
            digest_edited(_cite_nothing),
            digest_edited(_unknown_thread_and_article),
        ],
    ),
}

# ----------------------------------------------------------------------------- recording


def _serial(*parts: object) -> str:
    """Stable made-up identifiers (hash() differs from one process to the next)."""
    return hashlib.sha256("/".join(map(str, parts)).encode()).hexdigest()


def _answer(
    mode: Mode,
    answer: dict[str, Any],
    index: int,
    name: str,
    prompt_bytes: int,
    tool_name: str = "BriefingDraft",
) -> Any:
    # Compact, as models write tool arguments.
    arguments = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
    common: dict[str, Any] = {
        "model": MODEL,
        "prompt_tokens": max(1, prompt_bytes // 4),
        "completion_tokens": max(1, len(arguments.encode()) // 4),
        "completion_id": f"chatcmpl-Bj{_serial(name, index)[:27]}",
        "created": 1750151561 + 7 * index,
    }
    if mode == "tools":
        call_id = f"call_{_serial(name, 'call', index)[:24]}"
        return completion(tool_arguments=arguments, tool_name=tool_name, call_id=call_id, **common)
    return completion(content=arguments, **common)


def _headers(index: int, name: str) -> dict[str, str]:
    serial = _serial(name, "req", index)[:32]
    return {
        "content-type": "application/json",
        "openai-processing-ms": str(2400 + 317 * index),
        "openai-version": "2020-10-01",
        "x-ratelimit-limit-requests": "5000",
        "x-ratelimit-remaining-requests": str(4999 - index),
        "x-ratelimit-limit-tokens": "4000000",
        "x-ratelimit-remaining-tokens": "3998712",
        "x-request-id": f"req_{serial}",
    }


def _brief(settings: LLMSettings) -> object:
    source = Source(path="fisheries.txt", published=PUBLISHED)
    return LLMEngine(settings).draft(Article(text=TEST_ARTICLE, source=source))


def _synthesize(settings: LLMSettings) -> object:
    from test_digest_llm import hand_built_digest

    return synthesize(hand_built_digest(), ModelClient(settings))


def _run(
    name: str,
    mode: Mode,
    answers: Answers,
    sizes: list[int],
    play: Callable[[LLMSettings], object] = _brief,
    drop_invalid: bool = True,
) -> list[int]:
    """Play ``answers`` to ``play`` (a briefing, by default); return the size of each request
    body it sent."""
    import vcr

    path = CASSETTES / f"{name}.yaml"
    path.unlink(missing_ok=True)
    with FakeOpenAI() as fake:
        fake.enqueue(
            *(
                Scripted.json(_answer(mode, a, i, name, size, tool), headers=_headers(i, name))
                for i, ((a, tool), size) in enumerate(zip(answers, sizes, strict=True))
            )
        )

        def to_openai(request: Any) -> Any:
            request.uri = request.uri.replace(fake.base_url, OPENAI)
            request.headers["host"] = "api.openai.com"
            return request

        def as_openai_sends(response: Any) -> Any:
            headers = response["headers"]
            headers.pop("Server", None)
            headers["date"] = [DATE]
            headers.pop("Date", None)
            headers["server"] = ["cloudflare"]
            return response

        recorder = vcr.VCR(
            record_mode="all",
            filter_headers=["authorization", "api-key", "x-api-key", "openai-organization"],
            before_record_request=to_openai,
            before_record_response=as_openai_sends,
            decode_compressed_response=True,
        )
        settings = LLMSettings(
            api_key=FAKE_KEY,
            base_url=fake.base_url,
            mode=mode,
            max_retries=0,
            drop_invalid=drop_invalid,
        )
        with recorder.use_cassette(str(path)):
            try:
                play(settings)
            except SummarizerError as error:  # the never-validates cassettes end this way
                print(f"  {name}: {type(error).__name__}: {error}")
        assert fake.pending == 0, f"{name}: {fake.pending} answers were not asked for"
        return [len(r.body) for r in fake.chat_requests]


def main(only: list[str]) -> None:
    unknown = set(only) - set(CASSETTES_SPEC) - set(DIGEST_CASSETTES_SPEC)
    if unknown:
        raise SystemExit(f"no such cassette: {', '.join(sorted(unknown))}")
    for name, (mode, answers, drop) in CASSETTES_SPEC.items():
        if only and name not in only:
            continue
        # Twice: the first run measures the requests, so the second can bill them in its usage.
        sizes = _run(name, mode, answers, [4000] * len(answers), drop_invalid=drop)
        sizes = _run(name, mode, answers, sizes, drop_invalid=drop)
        print(f"  request bytes: {sizes}")
        text = (CASSETTES / f"{name}.yaml").read_text(encoding="utf-8")
        assert FAKE_KEY not in text and "127.0.0.1" not in text, name
        print(f"wrote cassettes/{name}.yaml ({len(answers)} interactions)")
    for name, (mode, digest_answers) in DIGEST_CASSETTES_SPEC.items():
        if only and name not in only:
            continue
        answers = [(a, "DigestSynthesis") for a in digest_answers]
        sizes = _run(name, mode, answers, [4000] * len(answers), _synthesize)
        _run(name, mode, answers, sizes, _synthesize)
        text = (CASSETTES / f"{name}.yaml").read_text(encoding="utf-8")
        assert FAKE_KEY not in text and "127.0.0.1" not in text, name
        print(f"wrote cassettes/{name}.yaml ({len(answers)} interactions)")


if __name__ == "__main__":
    main(sys.argv[1:])
