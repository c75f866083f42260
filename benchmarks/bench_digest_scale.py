"""How building a digest grows with the number of briefings: 100 to 10,000 articles.

    python benchmarks/bench_digest_scale.py [--sizes 100 1000 5000 10000] [--repeat 3]

The briefings are invented, deterministically (a fixed seed): each article names two to four
states of a pool of 60 with their capitals and demonyms as aliases, a person or two, one or two
disputes or deals between them on one of 40 subjects, and a signal; a tenth of them repeat a
story of another article (the same parties and subject), so that threads and signals really
merge. Only :func:`summarizer.build_digest` is timed (merging actors, threads and signals,
ranking, the synthesis), not making the briefings. Reported: seconds (best of ``--repeat``),
seconds per 1,000 articles, and the growth against the smallest size: linear growth keeps the
last column near 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import Briefing, build_digest  # noqa: E402

# Name, capital, demonym of 60 states.
STATES = [
    tuple(row.split(";"))
    for row in [
        "",
        "France;Paris;French",
        "Germany;Berlin;German",
        "Japan;Tokyo;Japanese",
        "China;Beijing;Chinese",
        "Russia;Moscow;Russian",
        "India;New Delhi;Indian",
        "Brazil;Brasilia;Brazilian",
        "Chile;Santiago;Chilean",
        "Peru;Lima;Peruvian",
        "Kenya;Nairobi;Kenyan",
        "Egypt;Cairo;Egyptian",
        "Turkey;Ankara;Turkish",
        "Greece;Athens;Greek",
        "Poland;Warsaw;Polish",
        "Norway;Oslo;Norwegian",
        "Iceland;Reykjavik;Icelandic",
        "Canada;Ottawa;Canadian",
        "Mexico;Mexico City;Mexican",
        "Spain;Madrid;Spanish",
        "Italy;Rome;Italian",
        "Sweden;Stockholm;Swedish",
        "Finland;Helsinki;Finnish",
        "Estonia;Tallinn;Estonian",
        "Latvia;Riga;Latvian",
        "Serbia;Belgrade;Serbian",
        "Hungary;Budapest;Hungarian",
        "Austria;Vienna;Austrian",
        "Iran;Tehran;Iranian",
        "Iraq;Baghdad;Iraqi",
        "Israel;Jerusalem;Israeli",
        "Jordan;Amman;Jordanian",
        "Qatar;Doha;Qatari",
        "Oman;Muscat;Omani",
        "Pakistan;Islamabad;Pakistani",
        "Nepal;Kathmandu;Nepalese",
        "Vietnam;Hanoi;Vietnamese",
        "Thailand;Bangkok;Thai",
        "Indonesia;Jakarta;Indonesian",
        "Australia;Canberra;Australian",
        "Argentina;Buenos Aires;Argentine",
        "Colombia;Bogota;Colombian",
        "Nigeria;Abuja;Nigerian",
        "Ghana;Accra;Ghanaian",
        "Ethiopia;Addis Ababa;Ethiopian",
        "Sudan;Khartoum;Sudanese",
        "Morocco;Rabat;Moroccan",
        "Algeria;Algiers;Algerian",
        "Tunisia;Tunis;Tunisian",
        "Ukraine;Kyiv;Ukrainian",
        "Georgia;Tbilisi;Georgian",
        "Armenia;Yerevan;Armenian",
        "Kazakhstan;Astana;Kazakh",
        "Mongolia;Ulaanbaatar;Mongolian",
        "Philippines;Manila;Filipino",
        "Malaysia;Kuala Lumpur;Malaysian",
        "Singapore;Singapore City;Singaporean",
        "Portugal;Lisbon;Portuguese",
        "Ireland;Dublin;Irish",
        "Denmark;Copenhagen;Danish",
        "Belgium;Brussels;Belgian",
        "",
    ]
    if row
]
SUBJECTS = [
    "gas pipeline",
    "fishing quota",
    "border crossing",
    "wheat exports",
    "river dam",
    "steel tariffs",
    "naval patrols",
    "power cable",
    "arms sale",
    "port lease",
    "rail link",
    "air corridor",
    "copper mine",
    "oil field",
    "nickel exports",
    "solar plant",
    "fertiliser supply",
    "rice imports",
    "coast guard clash",
    "airspace incursion",
    "prisoner exchange",
    "visa regime",
    "debt relief",
    "satellite launch",
    "wind farm",
    "lithium deposit",
    "canal project",
    "spy arrests",
    "embassy closure",
    "cyber attack",
    "election meddling",
    "refugee camps",
    "water rights",
    "seabed survey",
    "tuna catch",
    "car tariffs",
    "chip exports",
    "grain corridor",
    "uranium deal",
    "ferry service",
]
PEOPLE = [
    "Anna Berg",
    "Omar Haddad",
    "Li Wei",
    "Maria Costa",
    "Ivan Petrov",
    "Sara Okafor",
    "Kenji Sato",
]
STATUSES = {
    "dispute": ("ongoing", "escalating", "easing"),
    "deal": ("negotiating", "agreed", "signed"),
}


def _span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote), "match": "exact"}


def _briefing(n: int, rng: random.Random, stories: list[tuple[list[int], str, str]]) -> Briefing:
    if stories and rng.random() < 0.1:
        picks, subject, section = rng.choice(stories)  # another article on the same story
    else:
        picks = rng.sample(range(len(STATES)), rng.randint(2, 4))
        subject, section = rng.choice(SUBJECTS), rng.choice(("dispute", "deal"))
        stories.append((picks, subject, section))
    states = [STATES[i] for i in picks]
    person = rng.choice(PEOPLE)
    day = dt.date(2025, 6, 2) + dt.timedelta(days=n % 7)
    lead = (
        f"{states[0][0]} and {states[1][0]} officials met in {states[0][1]} on Tuesday over "
        f"the {subject}, and {person} said talks would continue next month (report {n})."
    )
    text = " ".join([lead, *(f"{name} also sent envoys." for name, _, _ in states[2:])])
    actors: list[dict[str, Any]] = [
        {
            "name": name,
            "kind": "state",
            "aliases": [capital, demonym],
            "evidence": [_span(text, name)],
        }
        for name, capital, demonym in states
    ]
    actors.append({"name": person, "kind": "person", "evidence": [_span(text, person)]})
    item = {
        "title": f"{subject.capitalize()} {'row' if section == 'dispute' else 'deal'}",
        "kind": "other",
        "parties": [states[0][0], states[1][0]],
        "status": rng.choice(STATUSES[section]),
        "summary": lead,
        "evidence": [_span(text, lead)],
    }
    signal = f"talks would continue next month (report {n})"
    return Briefing.model_validate(
        {
            "relevance": "international",
            "headline": f"Officials meet over the {subject}",
            "summary": lead,
            "actors": actors,
            "disputes": [item] if section == "dispute" else [],
            "deals": [item] if section == "deal" else [],
            "outlook": {
                "summary": "",
                "signals": [
                    {
                        "description": f"Talks on the {subject} continue next month",
                        "horizon": "months",
                        "likelihood": "medium",
                        "evidence": [_span(text, signal)],
                    }
                ],
            },
            "source": {"site": f"Wire {n % 9}", "published": day.isoformat()},
            "provenance": {
                "article_id": hashlib.sha256(text.encode()).hexdigest(),
                "engine": "offline",
                "created_at": "2025-06-09T08:00:00+00:00",
            },
            "article_text": text,
        }
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20261206)
    stories: list[tuple[list[int], str, str]] = []
    pool = [_briefing(n, rng, stories) for n in range(max(args.sizes))]
    print(f"machine: {platform.machine()}, CPython {platform.python_version()}")
    print("| articles | build s (best) | s per 1,000 | growth vs smallest |")
    print("| ---: | ---: | ---: | ---: |")
    base: float | None = None
    for size in args.sizes:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            build_digest(pool[:size])
            best = min(best, time.perf_counter() - start)
        per_k = best / size * 1000
        base = base or per_k
        print(f"| {size:,} | {best:.2f} | {per_k:.2f} | {per_k / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
