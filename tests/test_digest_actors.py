"""Cross-article actor merging: one digest actor per real-world actor, and only one."""

from __future__ import annotations

from typing import Any

import pytest
from test_digest_support import article_id, make_briefing

from summarizer import Briefing, Digest, build_digest
from summarizer._digest._models import DigestActor


def brief(text: str, *actors: dict[str, Any], day: str = "2025-06-02") -> Briefing:
    return make_briefing(text, actors=actors, published=day)


def person(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "kind": "person", **fields}


def find(digest: Digest, name: str) -> DigestActor:
    matches = [a for a in digest.actors if a.name == name]
    assert len(matches) == 1, f"{name!r} not found once in {[a.name for a in digest.actors]}"
    return matches[0]


def names(digest: Digest) -> list[str]:
    return sorted(a.name for a in digest.actors)


def reasons(digest: Digest) -> list[str]:
    return [note.reason for note in digest.merges]


# --------------------------------------------------------------------------- people


def test_a_typo_of_a_leaders_name_merges_with_the_right_spelling_and_says_why() -> None:
    one = brief("Vladamir Putin spoke.", person("Vladamir Putin", country="RUS"))
    two = brief("Vladimir Putin spoke again.", person("Vladimir Putin", country="RUS"))
    digest = build_digest([one, two])
    assert names(digest) == ["Vladimir Putin"]
    putin = find(digest, "Vladimir Putin")
    assert putin.aliases == ["Vladamir Putin"]
    assert putin.articles == [article_id(one), article_id(two)]
    assert "'Vladamir Putin' ~ 'Vladimir Putin': spelling 0.93" in reasons(digest)
    note = next(n for n in digest.merges if n.rule == "spelling")
    assert (note.name, note.into, note.score) == ("Vladamir Putin", "Vladimir Putin", 0.93)


def test_an_accented_and_an_unaccented_spelling_are_one_person() -> None:
    one = brief("Shinzō Abe spoke.", person("Shinzō Abe", country="JPN"))
    two = brief("Shinzo Abe spoke again.", person("Shinzo Abe", country="JPN"))
    digest = build_digest([one, two])
    assert names(digest) == ["Shinzo Abe"]
    assert find(digest, "Shinzo Abe").aliases == ["Shinzō Abe"]
    assert "'Shinzō Abe' = 'Shinzo Abe': same name without accents" in reasons(digest)


def test_a_bare_surname_joins_the_one_person_with_that_surname() -> None:
    one = brief("Shinzo Abe spoke.", person("Shinzo Abe", country="JPN"))
    two = brief("Abe spoke again.", person("Abe"))
    digest = build_digest([one, two])
    assert names(digest) == ["Shinzo Abe"]
    assert find(digest, "Shinzo Abe").aliases == ["Abe"]
    assert len(find(digest, "Shinzo Abe").articles) == 2
    assert "'Abe' -> 'Shinzo Abe': surname of a person" in reasons(digest)


def test_a_surname_joins_its_person_whichever_article_comes_first() -> None:
    early = brief("Abe spoke.", person("Abe"), day="2025-06-01")
    late = brief("Shinzo Abe spoke.", person("Shinzo Abe"), day="2025-06-03")
    assert names(build_digest([early, late])) == ["Shinzo Abe"]


def test_a_leading_family_name_joins_its_person() -> None:
    one = brief("Xi Jinping spoke.", person("Xi Jinping", country="CHN"))
    two = brief("Xi spoke again.", person("Xi", country="CHN"))
    assert names(build_digest([one, two])) == ["Xi Jinping"]


def test_titles_are_not_part_of_a_name() -> None:
    one = brief("President Vladimir Putin spoke.", person("President Vladimir Putin"))
    two = brief("Vladimir Putin spoke.", person("Vladimir Putin"))
    three = brief("Mr Putin spoke.", person("Mr Putin"))
    digest = build_digest([one, two, three])
    assert names(digest) == ["Vladimir Putin"]
    assert find(digest, "Vladimir Putin").aliases == ["Mr Putin", "President Vladimir Putin"]


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_is_not_guessed() -> None:
    ed = brief("Ed Miliband spoke.", person("Ed Miliband", country="GBR", aliases=["Miliband"]))
    david = brief("David Miliband spoke.", person("David Miliband", country="GBR"))
    bare = brief("Miliband spoke.", person("Miliband", country="GBR"))
    digest = build_digest([ed, david, bare])
    assert names(digest) == ["David Miliband", "Ed Miliband", "Miliband"]
    assert find(digest, "Miliband").articles == [article_id(bare)]
    assert find(digest, "David Miliband").aliases == []
    note = next(n for n in digest.merges if n.name == "Miliband" and n.into is None)
    assert note.rule == "ambiguous"
    assert note.reason == "'Miliband' not merged: could be 'David Miliband' or 'Ed Miliband'"


def test_two_known_given_names_are_two_people_not_a_typo() -> None:
    one = brief("John Smith spoke.", person("John Smith"))
    two = brief("Joan Smith spoke.", person("Joan Smith"))
    assert names(build_digest([one, two])) == ["Joan Smith", "John Smith"]


def test_people_of_two_different_countries_never_merge() -> None:
    one = brief("Kim Min-jun spoke.", person("Kim Min-jun", country="KOR"))
    two = brief("Kim Min-jun spoke in Pyongyang.", person("Kim Min-jun", country="PRK"))
    digest = build_digest([one, two])
    assert [a.country for a in digest.actors] == ["KOR", "PRK"]


def test_hyphens_and_spaces_in_a_name_are_the_same_name() -> None:
    one = brief("Kim Jong Un spoke.", person("Kim Jong Un", country="PRK"))
    two = brief("Kim Jong-un spoke.", person("Kim Jong-un", country="PRK"))
    assert len(build_digest([one, two]).actors) == 1


# --------------------------------------------------------------------------- states


def test_capital_demonym_and_alias_of_a_state_merge_by_its_iso_code() -> None:
    one = brief(
        "Russia and Moscow.",
        {"name": "Russia", "kind": "state", "country": "RUS", "aliases": ["Moscow"]},
    )
    two = brief("Moscow said no.", {"name": "Moscow", "kind": "state", "country": "RUS"})
    three = brief("The Russian side.", {"name": "Russian", "kind": "other"})
    four = brief(
        "The Russian Federation.", {"name": "Russian Federation", "kind": "state", "country": "RU"}
    )
    digest = build_digest([one, two, three, four])
    assert names(digest) == ["Russia"]
    russia = find(digest, "Russia")
    assert (russia.kind, russia.country, len(russia.articles)) == ("state", "RUS", 4)
    assert russia.aliases == ["Moscow", "Russian", "Russian Federation"]
    assert "'Moscow' -> 'Russia': capital of RUS, also listed as an alias of 'Russia'" in reasons(
        digest
    )
    assert "'Russian' -> 'Russia': demonym of RUS" in reasons(digest)
    assert "'Russian Federation' -> 'Russia': alias of RUS" in reasons(digest)


def test_a_state_known_only_by_its_code_takes_the_common_short_name() -> None:
    one = brief("Rossiya said.", {"name": "Rossiya", "kind": "state", "country": "RUS"})
    digest = build_digest([one])
    assert names(digest) == ["Russia"]
    assert find(digest, "Russia").aliases == ["Rossiya"]
    assert "'Rossiya' -> 'Russia': same country code RUS" in reasons(digest)


def test_a_state_named_wrongly_by_code_is_filed_under_its_name() -> None:
    # The model slipped on the code: "Ukraine" is Ukraine, whatever the country field says.
    one = brief("Ukraine said.", {"name": "Ukraine", "kind": "state", "country": "RUS"})
    assert names(build_digest([one])) == ["Ukraine"]


def test_a_person_named_like_a_capital_is_not_a_state() -> None:
    one = brief("Paris Hilton spoke.", person("Paris Hilton"))
    two = brief("Washington spoke.", person("Washington"))
    assert names(build_digest([one, two])) == ["Paris Hilton", "Washington"]


# --------------------------------------------------------------------------- organisations


def test_an_acronym_listed_as_an_alias_merges_with_the_full_name() -> None:
    one = brief(
        "The North Atlantic Treaty Organization met.",
        {"name": "North Atlantic Treaty Organization", "kind": "organization", "aliases": ["NATO"]},
    )
    two = brief("NATO met again.", {"name": "NATO", "kind": "organization"})
    digest = build_digest([one, two])
    assert names(digest) == ["North Atlantic Treaty Organization"]
    assert find(digest, "North Atlantic Treaty Organization").aliases == ["NATO"]
    assert (
        "'NATO' -> 'North Atlantic Treaty Organization': listed as an alias of "
        "'North Atlantic Treaty Organization' in 1 article"
    ) in reasons(digest)


def test_an_acronym_merges_with_the_name_it_abbreviates_even_unlisted() -> None:
    one = brief(
        "The International Atomic Energy Agency said.",
        {"name": "International Atomic Energy Agency", "kind": "organization"},
    )
    two = brief("The IAEA said.", {"name": "IAEA", "kind": "organization"})
    digest = build_digest([one, two])
    assert names(digest) == ["International Atomic Energy Agency"]
    assert "'IAEA' -> 'International Atomic Energy Agency': initials of the name" in reasons(digest)


def test_british_and_american_spellings_of_an_organisation_merge() -> None:
    one = brief(
        "The World Health Organization.",
        {"name": "World Health Organization", "kind": "organization"},
    )
    two = brief(
        "The World Health Organisation.",
        {"name": "World Health Organisation", "kind": "organization"},
    )
    assert len(build_digest([one, two]).actors) == 1


def test_different_bodies_with_similar_names_stay_apart() -> None:
    one = brief("The European Council.", {"name": "European Council", "kind": "organization"})
    two = brief("The European Commission.", {"name": "European Commission", "kind": "organization"})
    three = brief("The G7 met.", {"name": "G7", "kind": "organization"})
    four = brief("The G8 met.", {"name": "G8", "kind": "organization"})
    assert len(build_digest([one, two, three, four]).actors) == 4


def test_two_countries_ministries_of_the_same_name_stay_apart() -> None:
    cn = brief(
        "The Foreign Ministry.",
        {"name": "Foreign Ministry", "kind": "organization", "country": "CHN"},
    )
    jp = brief(
        "The Foreign Ministry!",
        {"name": "Foreign Ministry", "kind": "organization", "country": "JPN"},
    )
    unplaced = brief("The Foreign Ministry?", {"name": "Foreign Ministry", "kind": "organization"})
    digest = build_digest([cn, jp, unplaced])
    assert sorted((a.name, a.country or "") for a in digest.actors) == [
        ("Foreign Ministry", ""),
        ("Foreign Ministry", "CHN"),
        ("Foreign Ministry", "JPN"),
    ]
    assert any(n.rule == "ambiguous" and n.into is None for n in digest.merges)


def test_a_person_and_an_organisation_never_merge_by_short_form() -> None:
    one = brief("Jordan Peterson spoke.", person("Jordan Peterson"))
    two = brief("Peterson Group said.", {"name": "Peterson", "kind": "company"})
    assert len(build_digest([one, two]).actors) == 2


# --------------------------------------------------------------------------- merged fields


def test_a_merged_actor_collects_roles_countries_and_kinds_by_majority() -> None:
    one = brief(
        "Xi Jinping.",
        person("Xi Jinping", country="CHN", role="President of China"),
        day="2025-06-01",
    )
    two = brief("Xi Jinping!", person("Xi Jinping", role="Party leader"), day="2025-06-02")
    three = brief(
        "Xi Jinping?", {"name": "Xi Jinping", "kind": "other", "country": "CHN"}, day="2025-06-03"
    )
    digest = build_digest([one, two, three])
    xi = find(digest, "Xi Jinping")
    assert (xi.kind, xi.country) == ("person", "CHN")
    assert xi.roles == ["President of China", "Party leader"]
    assert len(xi.articles) == 3


def test_actors_are_listed_by_how_many_articles_mention_them() -> None:
    a = brief("Alpha Corp and Beta Corp.", {"name": "Beta Corp", "kind": "company"})
    b = brief("Alpha Corp only.", {"name": "Alpha Corp", "kind": "company"})
    c = brief("Alpha Corp again.", {"name": "Alpha Corp", "kind": "company"})
    assert names(build_digest([a, b, c])) == ["Alpha Corp", "Beta Corp"]
    assert [a.name for a in build_digest([a, b, c]).actors] == ["Alpha Corp", "Beta Corp"]


@pytest.mark.parametrize("name", ["...", "The"])
def test_a_name_that_normalises_to_nothing_does_not_swallow_others(name: str) -> None:
    one = brief(f"{name} x.", {"name": name, "kind": "other"})
    two = brief("Gazprom y.", {"name": "Gazprom", "kind": "company"})
    assert len(build_digest([one, two]).actors) == 2
