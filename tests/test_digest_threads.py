"""Dispute and deal threads: one thread per real-world dispute or deal, with its history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from test_digest_support import article_id, make_briefing

from summarizer import Briefing, build_digest

RUSSIA = {"name": "Russia", "kind": "state", "country": "RUS", "aliases": ["Moscow"]}
JAPAN = {"name": "Japan", "kind": "state", "country": "JPN", "aliases": ["Tokyo"]}
CHINA = {"name": "China", "kind": "state", "country": "CHN", "aliases": ["Beijing"]}


def brief(
    text: str,
    day: str,
    *,
    disputes: list[dict[str, Any]] | None = None,
    deals: list[dict[str, Any]] | None = None,
    actors: tuple[dict[str, Any], ...] = (RUSSIA, JAPAN),
) -> Briefing:
    quoted_actors = [
        {"quote": a["name"], **a} for a in actors if (a.get("quote") or a["name"]) in text
    ]
    return make_briefing(
        text, actors=quoted_actors, disputes=disputes or [], deals=deals or [], published=day
    )


def dispute(title: str, summary: str, status: str = "unclear", **more: Any) -> dict[str, Any]:
    return {
        "title": title,
        "kind": "territorial",
        "parties": ["Russia", "Japan"],
        "status": status,
        "summary": summary,
        "quote": summary,
        **more,
    }


def deal(title: str, summary: str, status: str, **more: Any) -> dict[str, Any]:
    return {
        "title": title,
        "kind": "trade",
        "parties": ["Russia", "Japan"],
        "status": status,
        "summary": summary,
        "quote": summary,
        **more,
    }


def test_same_parties_and_shared_topic_words_make_one_thread_with_every_source() -> None:
    one = brief(
        "Russia and Japan argued over the Kuril Islands.",
        "2025-06-02",
        disputes=[
            dispute("Kuril Islands dispute", "Russia and Japan argued over the Kuril Islands.")
        ],
    )
    two = brief(
        "Japan protested Russian patrols near the Kuril Islands.",
        "2025-06-03",
        disputes=[
            dispute(
                "Patrols near the Kuril Islands",
                "Japan protested Russian patrols near the Kuril Islands.",
            )
        ],
    )
    three = brief(
        "Russia detained Japan's fishing boats off the Kurils.",
        "2025-06-04",
        disputes=[
            dispute(
                "Detained fishing boats",
                "Russia detained Japan's fishing boats off the Kurils.",
                parties=["Moscow", "Tokyo"],
            )
        ],
    )
    digest = build_digest([three, one, two])
    # One story: the first two share their sides and topic words; the third has the same
    # sides and kind (a dispute between Russia and Japan of one week is one thread).
    assert [len(t.sources) for t in digest.disputes] == [3]
    kuril = digest.disputes[0]
    assert kuril.sources == [article_id(one), article_id(two), article_id(three)]
    assert kuril.parties[:2] == ["Russia", "Japan"]
    assert len(kuril.evidence) == 3
    assert {e.article for e in kuril.evidence} == set(kuril.sources)
    notes = [n for n in digest.merges if n.section == "dispute"]
    assert all(n.into == kuril.title for n in notes)
    assert any("island" in n.reason and "kuril" in n.reason for n in notes)
    assert any(n.rule == "same parties and kind" for n in notes)


def test_same_parties_but_a_different_topic_stay_two_threads() -> None:
    one = brief(
        "Russia and Japan argued over the Kuril Islands.",
        "2025-06-02",
        disputes=[
            dispute("Kuril Islands dispute", "Russia and Japan argued over the Kuril Islands.")
        ],
    )
    two = brief(
        "Japan expelled a Russian diplomat it accused of spying.",
        "2025-06-03",
        disputes=[
            dispute(
                "Expulsion of a diplomat",
                "Japan expelled a Russian diplomat it accused of spying.",
                kind="diplomatic",
            )
        ],
    )
    digest = build_digest([one, two])
    assert len(digest.disputes) == 2
    assert all(len(t.sources) == 1 for t in digest.disputes)
    assert not [n for n in digest.merges if n.section == "dispute"]


def test_the_same_topic_between_other_parties_is_another_thread() -> None:
    one = brief(
        "Russia and Japan argued over fishing quotas.",
        "2025-06-02",
        disputes=[dispute("Fishing quota row", "Russia and Japan argued over fishing quotas.")],
    )
    two = brief(
        "China and Japan argued over fishing quotas too.",
        "2025-06-03",
        disputes=[
            dispute(
                "Fishing quota row",
                "China and Japan argued over fishing quotas too.",
                parties=["China", "Japan"],
            )
        ],
        actors=(CHINA, JAPAN),
    )
    assert len(build_digest([one, two]).disputes) == 2


def test_a_shared_mediator_does_not_join_two_ceasefires() -> None:
    qatar = {"name": "Qatar", "kind": "state", "country": "QAT"}
    sudan = {"name": "Sudan", "kind": "state", "country": "SDN"}
    rsf = {"name": "Rapid Support Forces", "kind": "armed_group", "country": "SDN"}
    congo = {"name": "Congo", "kind": "state", "country": "COD"}
    m23 = {"name": "M23", "kind": "armed_group", "country": "COD"}
    usa = {"name": "United States", "kind": "state", "country": "USA"}
    sudan_text = (
        "Sudan and the Rapid Support Forces agreed a ceasefire brokered by Qatar and the "
        "United States."
    )
    one = brief(
        sudan_text,
        "2025-06-02",
        deals=[
            deal(
                "Ceasefire",
                sudan_text,
                "agreed",
                parties=["Sudan", "Rapid Support Forces", "Qatar", "United States"],
            )
        ],
        actors=(sudan, rsf, qatar, usa),
    )
    two = brief(
        "Congo and M23 agreed a ceasefire brokered by Qatar and the United States.",
        "2025-06-03",
        deals=[
            deal(
                "Ceasefire",
                "Congo and M23 agreed a ceasefire brokered by Qatar and the United States.",
                "agreed",
                parties=["Congo", "M23", "Qatar", "United States"],
            )
        ],
        actors=(congo, m23, qatar, usa),
    )
    assert len(build_digest([one, two]).deals) == 2


def test_a_deal_moving_from_talks_to_signature_has_its_status_history_by_date() -> None:
    talks = brief(
        "Russia and Japan are negotiating a fisheries quota.",
        "2025-06-02",
        deals=[
            deal(
                "Fisheries quota",
                "Russia and Japan are negotiating a fisheries quota.",
                "negotiating",
            )
        ],
    )
    more_talks = brief(
        "Talks on the fisheries quota between Russia and Japan went on.",
        "2025-06-03",
        deals=[
            deal(
                "Fisheries quota talks",
                "Talks on the fisheries quota between Russia and Japan went on.",
                "negotiating",
            )
        ],
    )
    signed = brief(
        "Russia and Japan signed the fisheries quota for $20 million.",
        "2025-06-05",
        deals=[
            deal(
                "Fisheries quota agreement",
                "Russia and Japan signed the fisheries quota for $20 million.",
                "signed",
                value={"amount": 20e6, "currency": "usd"},
            )
        ],
    )
    unclear = brief(
        "The fisheries quota of Russia and Japan is in the news.",
        "2025-06-06",
        deals=[
            deal(
                "Fisheries quota",
                "The fisheries quota of Russia and Japan is in the news.",
                "unclear",
            )
        ],
    )
    digest = build_digest([unclear, signed, more_talks, talks])
    (thread,) = digest.deals
    assert thread.status == "signed"
    assert thread.status_since == dt.date(2025, 6, 5)
    assert [(c.date.isoformat(), c.status, c.article) for c in thread.status_history] == [
        ("2025-06-02", "negotiating", article_id(talks)),
        ("2025-06-05", "signed", article_id(signed)),
    ]
    assert thread.sources == [article_id(b) for b in (talks, more_talks, signed, unclear)]
    assert thread.value is not None
    assert (thread.value.amount, thread.value.currency) == (20e6, "USD")


def test_reports_of_one_day_follow_the_course_of_events() -> None:
    signed = brief(
        "Russia and Japan signed the fisheries quota.",
        "2025-06-05",
        deals=[deal("Fisheries quota", "Russia and Japan signed the fisheries quota.", "signed")],
    )
    agreed = brief(
        "Russia and Japan agreed the fisheries quota.",
        "2025-06-05",
        deals=[deal("Fisheries quota", "Russia and Japan agreed the fisheries quota.", "agreed")],
    )
    for order in ([signed, agreed], [agreed, signed]):
        (thread,) = build_digest(order).deals
        assert [c.status for c in thread.status_history] == ["agreed", "signed"]
        assert thread.status == "signed"


def test_a_thread_with_no_known_status_is_unclear_since_its_first_report() -> None:
    one = brief(
        "Russia and Japan dispute the Kuril Islands.",
        "2025-06-02",
        disputes=[dispute("Kuril Islands", "Russia and Japan dispute the Kuril Islands.")],
    )
    (thread,) = build_digest([one]).disputes
    assert thread.status == "unclear"
    assert [(c.status, c.article) for c in thread.status_history] == [("unclear", article_id(one))]


def test_an_articles_later_items_are_background_not_its_status() -> None:
    text = (
        "Russia and Japan signed the fisheries quota on Friday. "
        "Talks on the fisheries quota between Russia and Japan had begun in 2019."
    )
    one = brief(
        text,
        "2025-06-05",
        deals=[
            deal(
                "Fisheries quota signed",
                "Russia and Japan signed the fisheries quota on Friday.",
                "signed",
            ),
            deal(
                "Fisheries quota talks",
                "Talks on the fisheries quota between Russia and Japan had begun in 2019.",
                "negotiating",
            ),
        ],
    )
    (thread,) = build_digest([one]).deals
    assert thread.status == "signed"
    assert [c.status for c in thread.status_history] == ["signed"]
    assert len(thread.evidence) == 2


def test_parties_named_by_alias_resolve_to_the_digest_actor() -> None:
    one = brief(
        "Moscow and Tokyo argued over the Kuril Islands.",
        "2025-06-02",
        disputes=[
            dispute(
                "Kuril Islands",
                "Moscow and Tokyo argued over the Kuril Islands.",
                parties=["Moscow", "Tokyo"],
            )
        ],
        actors=(
            {**RUSSIA, "name": "Russia", "quote": "Moscow"},
            {**JAPAN, "name": "Japan", "quote": "Tokyo"},
        ),
    )
    digest = build_digest([one])
    assert digest.disputes[0].parties == ["Russia", "Japan"]


def test_a_latest_title_naming_nothing_the_others_say_gives_way() -> None:
    def report(text: str, day: str, title: str) -> Briefing:
        item = dispute(title, text, parties=["Japan", "China"])
        return brief(text, day, disputes=[item], actors=(JAPAN, CHINA))

    one = report(
        "Japan accused China of sending coast guard ships into its waters near the islands.",
        "2025-06-02",
        "Coast guard ships near the islands",
    )
    two = report(
        "China said its coast guard ships had expelled Japanese boats from waters near the "
        "islands.",
        "2025-06-03",
        "Coast guard ships expel Japanese boats",
    )
    three = report("Japan and China exchanged warnings on Thursday.", "2025-06-05", "Warnings")
    (thread,) = build_digest([one, two, three]).disputes
    assert len(thread.sources) == 3
    # The title the other reports share most words with, not the latest bare "Warnings".
    assert thread.title == "Coast guard ships near the islands"
