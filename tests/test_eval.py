"""The gold scorer behind ``summarizer eval``, on invented articles whose scores are known.

The fixtures in ``tests/fixtures/eval`` are written for these tests: ``gold/harbour.json``
annotates ``articles/harbour.txt`` (found relative to the fixture root, like shared/seeds), and
``gold/quiet.json`` annotates ``gold/quiet.txt`` (found beside the gold file). Briefings are
built by hand with ``BriefingDraft.model_validate`` and no article context, so their quotes are
not checked on the way in and grounding can be scored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from summarizer import BriefingDraft, EngineError, GoldFileError, Provenance, Source
from summarizer._briefing._grounding import ground
from summarizer._eval._scoring import (
    ArticleResult,
    Gold,
    GoldActor,
    Ratio,
    evaluate,
    format_report,
    gold_files,
    load_gold,
    matches_actor,
    report_to_dict,
    score_briefing,
)
from summarizer._text._keys import loose_name_key

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
HARBOUR = FIXTURES / "gold" / "harbour.json"
QUIET = FIXTURES / "gold" / "quiet.json"
CLAIMS = FIXTURES / "gold" / "harbour_claims.json"
SHARED = Path(__file__).resolve().parents[2] / "shared"

# --------------------------------------------------------------------------- builders


def actor(name: str, kind: str = "state", *aliases: str, quote: str = "Veloria") -> dict[str, Any]:
    return {"name": name, "kind": kind, "aliases": list(aliases), "evidence": [{"quote": quote}]}


def item(
    title: str,
    parties: Sequence[str],
    *,
    kind: str = "other",
    summary: str = "",
    quote: str = "Port Alden",
) -> dict[str, Any]:
    return {
        "title": title,
        "kind": kind,
        "parties": list(parties),
        "summary": summary,
        "evidence": [{"quote": quote}],
    }


def briefing(
    actors: Sequence[dict[str, Any]] = (),
    disputes: Sequence[dict[str, Any]] = (),
    deals: Sequence[dict[str, Any]] = (),
    *,
    headline: str = "Harbour news",
    summary: str = "Something happened.",
    signals: Sequence[str] = (),
) -> BriefingDraft:
    return BriefingDraft.model_validate(
        {
            "headline": headline,
            "summary": summary,
            "actors": list(actors),
            "disputes": list(disputes),
            "deals": list(deals),
            "outlook": {"signals": [{"description": s} for s in signals]},
        }
    )


# The three actors the item tests need as parties.
VELORIA = actor("Veloria")
OSTMARK = actor("Ostmark")
KESTRAND = actor("Kestrand Shipping Company", "company", "Kestrand")


@pytest.fixture(scope="module")
def harbour() -> Gold:
    return load_gold(HARBOUR)


@pytest.fixture(scope="module")
def quiet() -> Gold:
    return load_gold(QUIET)


def score(draft: BriefingDraft, gold: Gold) -> Any:
    return score_briefing(draft, gold, gold.read_article())


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Veloria", "veloria"),
        ("Tomás Ferreira", "tomas ferreira"),  # accents removed
        ("Kestrand's", "kestrand"),  # trailing 's dropped
        ("Kestrand’s", "kestrand"),  # ... with a curly apostrophe too
        ("The Kestrand Shipping Company's.", "kestrand shipping company"),
        ("The", "the"),  # "the" alone is a name, not a prefix
        ("Theodora Vance", "theodora vance"),  # only the word "the" is dropped
        ("People's Republic of Ostmark", "people s republic of ostmark"),  # 's inside stays
        ("Kestrand & Sons", "kestrand & sons"),  # & kept
        ("Grey-Banks", "grey-banks"),  # - kept
        ("Grey–Banks", "grey-banks"),  # an en dash is a dash
        ("U.S.", "u s"),  # other punctuation becomes space
        ("  Port \n Alden ", "port alden"),  # whitespace collapsed
    ],
)
def test_names_are_compared_as_the_gold_rules_normalise_them(name: str, expected: str) -> None:
    # The scorer keeps no normaliser of its own: the text layer's loose key is the rules' one.
    assert loose_name_key(name) == expected


OKONKWO = GoldActor(name="Mara Okonkwo", kind="person")
PORT_ALDEN = GoldActor(name="Port Alden", kind="other")


@pytest.mark.parametrize(
    ("names", "gold", "expected"),
    [
        (["Mara Okonkwo"], OKONKWO, True),
        (["MARA OKONKWO’S"], OKONKWO, True),  # equal after normalising
        (["Mara Okonkow"], OKONKWO, True),  # typo: difflib ratio 0.917
        (["Marra Okonkwoo"], OKONKWO, True),  # two letters off: 0.923
        (["Mara Okon"], OKONKWO, False),  # 0.857 and a different last word
        (["Okonkwo"], OKONKWO, True),  # a person's surname alone
        (["Prime Minister", "Okonkwo"], OKONKWO, True),  # ... as an alias
        (["Alden"], PORT_ALDEN, False),  # last word counts for people only
        (["Port Aldn"], PORT_ALDEN, True),  # 0.947
        (["Kestrand"], GoldActor(name="Kestrand Shipping Company", kind="company"), False),
        (["Kestrand"], GoldActor(name="X", kind="company", aliases=("Kestrand",)), True),
    ],
)
def test_matches_actor(names: list[str], gold: GoldActor, expected: bool) -> None:
    assert matches_actor(names, gold) is expected


def test_short_names_are_not_compared_by_similarity() -> None:
    # "ostmk" and "ostmak" are 0.91 alike, but the rule is for names longer than 4 characters.
    assert matches_actor(["Ostmak"], GoldActor(name="Ostmark", kind="state"))
    assert not matches_actor(["Ostm"], GoldActor(name="Ostma", kind="state"))


# --------------------------------------------------------------------------- actors


def test_actor_recall_precision_and_debugging_details(harbour: Gold) -> None:
    draft = briefing(
        [
            actor("Veloria"),
            actor("Mara Okonkow", "person"),  # typo, matched by ratio
            actor("Ostmark"),
            actor("Tomas Ferreira", "person"),  # optional, accent dropped
            actor("Lena Brandt", "person"),  # noise: the photo credit
            actor("Alden", "other"),  # not "Port Alden": that gold actor is no person
        ]
    )
    result = score(draft, harbour).actors
    assert result.recall == Ratio(3, 4)
    assert round(result.recall.value, 3) == 0.75
    assert result.precision == Ratio(4, 6)
    assert round(result.precision.value, 3) == 0.667
    assert result.missed == ("Kestrand Shipping Company",)
    assert result.unmatched == ("Lena Brandt", "Alden")
    assert score(draft, harbour).noise_actors == ("Lena Brandt",)


def test_two_of_three_required_found(quiet: Gold, harbour: Gold) -> None:
    draft = briefing([actor("Velorian"), actor("Okonkwo", "person")])  # alias; surname only
    result = score(draft, harbour).actors
    assert result.recall == Ratio(2, 4)
    assert result.precision == Ratio(2, 2)
    assert result.precision.value == 1.0
    assert result.missed == ("Kestrand Shipping Company", "Ostmark")


def test_no_actors_predicted(harbour: Gold) -> None:
    result = score(briefing(), harbour).actors
    assert result.recall.value == 0.0
    assert (result.precision.value, str(result.precision)) == (1.0, "0/0")


# --------------------------------------------------------------------------- disputes and deals


def test_items_fail_on_cue_or_on_parties(harbour: Gold) -> None:
    draft = briefing(
        [VELORIA, OSTMARK, KESTRAND],
        disputes=[
            item("Grey Banks row", ["Veloria", "Ostmark"], kind="economic"),
            # The parties are right, but no cue appears in any field but the parties.
            item("Border tension", ["Ostmark", "Veloria"], summary="Relations are strained."),
            # A cue ("trawler"), but Kestrand is not on the Ostmark side of the gold.
            item("Trawler detentions", ["Veloria", "Kestrand"]),
        ],
    )
    result = score(draft, harbour).disputes
    assert result.recall == Ratio(1, 1)
    assert result.precision == Ratio(1, 3)
    assert round(result.precision.value, 2) == 0.33
    assert result.unmatched == ("Border tension", "Trawler detentions")
    assert result.missed == ()


def test_near_misses_explain_a_missed_item(harbour: Gold) -> None:
    cue_missing = briefing(
        [VELORIA, OSTMARK], disputes=[item("Border tension", ["Veloria", "Ostmark"])]
    )
    result = score(cue_missing, harbour).disputes
    assert result.recall == Ratio(0, 1)
    assert result.missed == ("Veloria-Ostmark fishing rights dispute over the Grey Banks",)
    assert result.near_misses == (
        "Veloria-Ostmark fishing rights dispute over the Grey Banks: "
        "'Border tension' has the parties but none of the cues",
    )
    parties_missing = briefing([VELORIA], disputes=[item("Fishing row", ["Veloria"])])
    assert score(parties_missing, harbour).disputes.near_misses == (
        "Veloria-Ostmark fishing rights dispute over the Grey Banks: "
        "'Fishing row' has a cue but not the parties",
    )
    unrelated = briefing([VELORIA], disputes=[item("Airport closure", ["Veloria"])])
    assert score(unrelated, harbour).disputes.near_misses == ()  # nothing came close


def test_cue_may_come_from_any_field_but_parties(harbour: Gold) -> None:
    # "lease" only in the evidence quote; "terminal" nowhere: one cue is enough.
    in_quote = item("Port agreement", ["Veloria", "Kestrand"], quote="signed a 30-year lease")
    # "Kestrand Shipping Company" is a party, and "Shipping" is no cue: still no match.
    in_parties = item("Port agreement", ["Veloria", "Kestrand Shipping Company"])
    draft = briefing([VELORIA, KESTRAND], deals=[in_quote, in_parties])
    result = score(draft, harbour).deals
    assert result.recall == Ratio(1, 1)
    assert result.precision == Ratio(1, 2)


def test_party_resolves_through_the_predicted_actor(harbour: Gold) -> None:
    # "the prime minister" matches no gold actor by itself; it names the predicted actor
    # "Mara Okonkwo", whose name matches the gold one in the first party group.
    okonkwo = actor("Mara Okonkwo", "person", "the prime minister")
    deal = item("Terminal lease", ["the prime minister", "Kestrand"])
    result = score(briefing([okonkwo, KESTRAND], deals=[deal]), harbour).deals
    assert (result.recall, result.precision) == (Ratio(1, 1), Ratio(1, 1))


def test_deal_precision_counts_optional_items(harbour: Gold) -> None:
    draft = briefing(
        [VELORIA, OSTMARK, KESTRAND],
        deals=[
            item("Terminal lease", ["Veloria", "Kestrand"]),  # required
            item("Quota talks", ["Ostmark", "Veloria"], summary="Talks in March."),  # optional
            item("Airport reopening", ["Veloria"]),  # neither
        ],
    )
    result = score(draft, harbour).deals
    assert result.recall == Ratio(1, 1)
    assert result.precision == Ratio(2, 3)
    assert result.unmatched == ("Airport reopening",)


def test_recall_is_one_when_nothing_is_required(quiet: Gold) -> None:
    nothing = score(briefing([VELORIA]), quiet)
    assert (nothing.disputes.recall.value, nothing.deals.recall.value) == (1.0, 1.0)
    assert (nothing.disputes.precision.value, nothing.deals.precision.value) == (1.0, 1.0)

    meeting = item("Ministers meet", ["Veloria"], summary="A routine meeting.")
    optional_only = score(briefing([VELORIA], deals=[meeting]), quiet).deals
    assert (optional_only.recall, optional_only.precision) == (Ratio(0, 0), Ratio(1, 1))

    stray = score(briefing([VELORIA], deals=[item("Port sale", ["Veloria"])]), quiet).deals
    assert stray.recall.value == 1.0
    assert stray.precision == Ratio(0, 1)


# --------------------------------------------------------------------------- noise, grounding


def test_noise_hits_in_any_field(harbour: Gold) -> None:
    draft = briefing(
        [actor("Harbour wire", "organization")],
        headline="Veloria leases a terminal",
        signals=["Storms may close the airport in VESSA"],
    )
    assert score(draft, harbour).noise_hits == ("Harbour Wire", "Vessa")
    assert score(briefing([VELORIA]), harbour).noise_hits == ()


def test_grounding_counts_quotes_found_in_the_raw_article(harbour: Gold) -> None:
    quotes = [
        "Prime Minister Mara Okonkwo",  # verbatim
        "KESTRAND'S chief   executive",  # case, apostrophe and spaces differ
        '"a new chapter"',  # straight quotes for curly ones
        "northern terminal at Port Alden",  # spans a line break
        "Veloria declared war on Ostmark",  # not in the article
        "Photo: Lena Brandt",  # in the raw file (not the article proper): still grounded
    ]
    draft = briefing([actor(f"Actor {i}", "other", quote=q) for i, q in enumerate(quotes)])
    result = score(draft, harbour)
    assert result.grounding == Ratio(5, 6)
    assert result.ungrounded == ("Veloria declared war on Ostmark",)


def test_a_grounded_briefing_scores_like_its_draft(harbour: Gold) -> None:
    # A final Briefing's evidence carries offsets and match kinds: they are not content, so the
    # noise string "exact" is not found although every quote matched exactly.
    text = harbour.read_article()
    draft = briefing(
        [VELORIA, OSTMARK], disputes=[item("Row", ["Veloria", "Ostmark"], quote="fishing")]
    )
    provenance = Provenance(
        article_id="test", engine="offline", created_at=datetime(2026, 1, 1, tzinfo=timezone.utc)
    )
    final = ground(draft, text, source=Source(), provenance=provenance)
    assert final.disputes[0].evidence[0].match == "exact"
    gold = dataclasses.replace(harbour, noise_text=("exact", "Harbour Wire"))
    placed, bare = score_briefing(final, gold, text), score_briefing(draft, gold, text)
    # Only a final briefing has a markdown form whose words can be counted.
    assert placed.claims.words.total == len(text.split()) and bare.claims.words == Ratio(0, 0)
    without_words = dataclasses.replace(placed.claims, words=Ratio(0, 0))
    assert dataclasses.replace(placed, claims=without_words) == bare
    assert placed.noise_hits == ()


# --------------------------------------------------------------------------- evaluate and reports


def harbour_briefing() -> BriefingDraft:
    return briefing(
        [
            VELORIA,
            actor("Mara Okonkwo", "person"),
            OSTMARK,
            actor("Lena Brandt", "person", quote="Veloria declared war"),
        ],
        disputes=[item("Fishing row", ["Veloria", "Ostmark"])],
        deals=[item("Airport", ["Veloria"])],
        signals=["Vessa airport"],
    )


def test_evaluate_micro_averages(harbour: Gold) -> None:
    def brief(path: Path) -> BriefingDraft:
        return harbour_briefing() if path.name == "harbour.txt" else briefing([VELORIA])

    report = evaluate([HARBOUR, QUIET], brief)
    assert [r.gold.name for r in report.articles] == ["harbour", "quiet"]
    assert report.failures == 0
    overall = report.overall
    # harbour 3/4 and quiet 1/1: micro 4/5 = 0.80, where a mean of the rows would say 0.875.
    assert overall.actors.recall == Ratio(4, 5)
    assert overall.actors.precision == Ratio(4, 5)
    assert overall.deals.recall == Ratio(0, 1)
    assert overall.deals.precision == Ratio(0, 1)
    assert overall.grounding == Ratio(6, 7)
    assert overall.noise_hits == ("harbour: Vessa",)
    assert overall.actors.missed == ("harbour: Kestrand Shipping Company",)


def test_a_failing_article_is_a_row_not_an_abort() -> None:
    seen: list[ArticleResult] = []

    def brief(path: Path) -> BriefingDraft:
        if path.name == "quiet.txt":
            raise EngineError("model answered nonsense", source=str(path.name))
        return harbour_briefing()

    report = evaluate([HARBOUR, QUIET], brief, on_result=seen.append)
    assert [r.gold.name for r in seen] == ["harbour", "quiet"]
    failed = report.articles[1]
    assert failed.failed
    assert failed.error == "quiet.txt: model answered nonsense"
    # The failed article counts as an empty briefing: its required actor is missed.
    assert report.overall.actors.recall == Ratio(3, 5)
    assert report.overall.actors.precision == Ratio(3, 4)
    assert report.failures == 1


def test_unexpected_exceptions_are_named() -> None:
    def brief(path: Path) -> BriefingDraft:
        raise RuntimeError("boom\nsecond line")

    report = evaluate([QUIET], brief)
    assert report.articles[0].error == "RuntimeError: boom second line"


def test_format_report_table() -> None:
    def brief(path: Path) -> BriefingDraft:
        if path.name == "quiet.txt":
            raise EngineError("timed out")
        return harbour_briefing()

    text = format_report(evaluate([HARBOUR, QUIET], brief))
    assert text == (
        "article  actor R  actor P  dispute R  dispute P  deal R  deal P  noise  grounded\n"
        "harbour     0.75     0.75       1.00       1.00    0.00    0.00      1       5/6\n"
        "quiet          -        -          -          -       -       -      -         -\n"
        "--------------------------------------------------------------------------------\n"
        "overall     0.60     0.75       1.00       1.00    0.00    0.00      1       5/6\n"
        "overall: micro-averaged over 2 articles; 1 failed and count as empty briefings\n"
        "failed: quiet: timed out\n"
    )


def test_format_report_details() -> None:
    report = evaluate([HARBOUR], lambda path: harbour_briefing())
    text = format_report(report, details=True)
    assert "  missed actors: Kestrand Shipping Company\n" in text
    assert "  noise actors: Lena Brandt\n" in text
    assert "  ungrounded quotes: Veloria declared war\n" in text
    assert "  missed deals: Port Alden terminal lease to Kestrand\n" in text


def test_report_to_dict_is_json() -> None:
    report = evaluate([HARBOUR, QUIET], lambda path: harbour_briefing())
    data = json.loads(json.dumps(report_to_dict(report)))
    row = data["articles"][0]
    assert row["name"] == "harbour"
    assert row["error"] is None
    assert row["actors"]["recall"] == {"value": 0.75, "hit": 3, "total": 4}
    assert row["grounding"] == {"value": 0.8333, "hit": 5, "total": 6}
    assert data["overall"]["articles"] == 2
    assert data["overall"]["failed"] == 0
    assert data["overall"]["actors"]["recall"] == {"value": 0.8, "hit": 4, "total": 5}


# --------------------------------------------------------------------------- gold files


def test_load_gold(harbour: Gold, quiet: Gold) -> None:
    assert harbour.article_path == (FIXTURES / "articles" / "harbour.txt").absolute()
    assert quiet.article_path == (FIXTURES / "gold" / "quiet.txt").absolute()  # beside the gold
    assert [a.name for a in harbour.actors.required][:2] == ["Veloria", "Mara Okonkwo"]
    assert harbour.actors.required[1].is_person
    assert harbour.noise_text == ("Harbour Wire", "Vessa")
    assert (quiet.actors.optional, quiet.actors.noise, quiet.noise_text) == ((), (), ())


GOOD = json.loads(HARBOUR.read_text(encoding="utf-8"))


def without(key: str) -> dict[str, Any]:
    return {k: v for k, v in GOOD.items() if k != key}


def replaced(path: Sequence[str | int], value: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(GOOD))
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid gold file: Invalid JSON"),
        ("[]", "invalid gold file: Input should be an object"),
        (without("actors"), "invalid gold file: actors: Field required"),
        (without("deals"), "invalid gold file: deals: Field required"),
        (replaced(["actors", "required", 1, "kind"], 3), "actors.required[1].kind: Input should"),
        (replaced(["actors", "required", 0, "name"], " "), "actors.required[0].name: String"),
        (replaced(["disputes", "required", 0, "cues"], []), "required[0].cues: Tuple should have"),
        (replaced(["deals", "required", 0, "parties"], ["Veloria"]), "parties[0]: Input should"),
        (replaced(["deals", "optional", 0, "parties"], [[]]), "parties[0]: Tuple should"),
        (replaced(["noise_text"], "Vessa"), "noise_text: Input should be a valid"),
        (replaced(["article"], "articles/missing.txt"), "article 'articles/missing.txt' not found"),
    ],
)
def test_bad_gold_files(tmp_path: Path, content: str | dict[str, Any], message: str) -> None:
    path = tmp_path / "gold" / "bad.json"
    path.parent.mkdir()
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(GoldFileError) as caught:
        load_gold(path)
    assert caught.value.source == str(path)
    assert message in caught.value.message
    assert "\n" not in str(caught.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="cannot read"):
        load_gold(tmp_path / "nope.json")


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text("Veloria", "utf-8")
    path = tmp_path / "gold" / "extra.json"
    path.parent.mkdir()
    path.write_text(json.dumps({**GOOD, "reviewer": "someone", "version": 2}), "utf-8")
    assert load_gold(path).article_path == tmp_path / "articles" / "harbour.txt"


def test_gold_files(tmp_path: Path) -> None:
    assert gold_files(FIXTURES / "gold") == [HARBOUR, CLAIMS, QUIET]  # sorted, the .txt left out
    assert gold_files(QUIET) == [QUIET]
    with pytest.raises(GoldFileError, match=r"no gold files \(\*\.json\)"):
        gold_files(tmp_path)
    with pytest.raises(GoldFileError, match="no such file or directory"):
        gold_files(tmp_path / "missing")


def test_evaluate_checks_every_gold_before_briefing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    calls: list[Path] = []

    def brief(path: Path) -> BriefingDraft:
        calls.append(path)
        return briefing()

    with pytest.raises(GoldFileError):
        evaluate([HARBOUR, bad], brief)
    assert calls == []
    with pytest.raises(GoldFileError):
        evaluate([], brief)


# --------------------------------------------------------------------------- the shared gold


def shared_golds() -> list[Path]:
    folder = SHARED / "gold"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@pytest.mark.shared
@pytest.mark.skipif(not shared_golds(), reason="../shared/gold is absent")
@pytest.mark.parametrize("path", shared_golds(), ids=lambda p: p.stem)
def test_shared_gold_parses_and_scores_itself_perfectly(path: Path) -> None:
    gold = load_gold(path)
    assert gold.article_path.is_file()
    text = gold.read_article()
    assert text.strip()
    assert gold.actors.required

    # A briefing that says exactly what the gold asks for must get full marks: this checks
    # that every party group names an actor the scorer can resolve, and that cues are usable.
    quote = text.split()[0]  # read at run time: no shared text is copied into the repo
    wanted = [*gold.actors.required, *gold.actors.optional]
    actors = [
        {"name": a.name, "kind": a.kind, "aliases": list(a.aliases), "evidence": [{"quote": quote}]}
        for a in wanted
    ]

    def items(gold_items: Sequence[Any]) -> list[dict[str, Any]]:
        return [
            item("Item", [group[0] for group in g.parties], summary=g.cues[0], quote=quote)
            for g in gold_items
        ]

    draft = briefing(actors, items(gold.disputes.required), items(gold.deals.required))
    result = score_briefing(draft, gold, text)
    for section in (result.actors, result.disputes, result.deals):
        assert section.recall.value == 1.0, section.missed
        assert section.precision.value == 1.0, section.unmatched
    assert result.grounding.value == 1.0
    assert result.noise_actors == ()

    # And the noise actors are recognised as noise.
    noisy = briefing(
        [
            {"name": a.name, "kind": a.kind, "evidence": [{"quote": quote}]}
            for a in gold.actors.noise
        ]
    )
    noisy_result = score_briefing(noisy, gold, text)
    assert noisy_result.actors.precision.hit == 0
    assert len(noisy_result.noise_actors) == len(gold.actors.noise)


# --------------------------------------------------------------------------- the claims check


def with_status(entry: dict[str, Any], status: str) -> dict[str, Any]:
    return {**entry, "status": status}


def test_statuses_are_right_wrong_or_abstained() -> None:
    gold = load_gold(CLAIMS)
    draft = briefing(
        [VELORIA, OSTMARK, KESTRAND],
        disputes=[
            with_status(item("Veloria vs Ostmark: Fishing", ["Veloria", "Ostmark"]), "ongoing")
        ],
        deals=[
            with_status(item("Lease", ["Veloria", "Kestrand"]), "proposed"),
            with_status(item("Terminal lease", ["Veloria", "Kestrand"]), "unclear"),
        ],
    )
    claims = score(draft, gold).claims
    assert claims.statuses == Ratio(1, 2)
    assert claims.unclear == 1
    assert claims.wrong_statuses == ("Lease: proposed (gold: agreed/signed)",)


@pytest.mark.parametrize(
    ("title", "parties", "wrong"),
    [
        ("Veloria vs Ostmark: Fishing", ["Veloria", "Ostmark"], False),
        ("Ostmark vs Velorian: Trawlers", ["Ostmark", "Veloria"], False),
        # Opposed parties put on one side, against a third.
        ("Veloria, Ostmark vs Kestrand: Fishing", ["Veloria", "Ostmark", "Kestrand"], True),
        # Sides where the gold opposes nobody.
        ("Veloria vs Kestrand: Terminal", ["Veloria", "Kestrand"], True),
        # No sides claimed: a listing of parties is never a false side.
        ("Veloria–Kestrand: Terminal", ["Veloria", "Kestrand"], False),
    ],
)
def test_sides_are_checked_against_the_gold(title: str, parties: list[str], wrong: bool) -> None:
    draft = briefing([VELORIA, OSTMARK, KESTRAND], disputes=[item(title, parties)])
    claims = score(draft, load_gold(CLAIMS)).claims
    assert claims.false_sides == ((title,) if wrong else ())


def test_signals_are_checked_for_the_future_and_against_the_past() -> None:
    draft = briefing(
        [VELORIA],
        signals=[
            "Talks on the quota will resume in March",
            "Ostmark detained two Velorian trawlers",
        ],
    )
    claims = score(draft, load_gold(CLAIMS)).claims
    assert claims.future == Ratio(1, 1)
    assert claims.false_signals == ("detained two Velorian trawlers",)


def test_an_off_topic_article_counts_every_claim(harbour: Gold) -> None:
    gold = dataclasses.replace(harbour, relevance="off_topic")
    draft = briefing(
        [VELORIA, OSTMARK],
        disputes=[item("Row", ["Veloria", "Ostmark"])],
        signals=["Something next week"],
    )
    assert score(draft, gold).claims.off_topic_claims == 2
    assert score(draft, harbour).claims.off_topic_claims == 0


def test_the_claims_table_appears_only_for_golds_that_carry_its_fields() -> None:
    def brief(path: Path) -> BriefingDraft:
        return harbour_briefing()

    assert "claims:" not in format_report(evaluate([HARBOUR], brief))
    text = format_report(evaluate([CLAIMS], brief))
    assert "claims:" in text and "status ok" in text
    data = report_to_dict(evaluate([CLAIMS], brief))
    assert data["articles"][0]["claims"]["future"] == {"value": 0.0, "hit": 0, "total": 1}
