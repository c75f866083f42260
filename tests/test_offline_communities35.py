"""Communities named by two nationalities ("Greek Cypriots", "Bosnian Serbs", "Kosovo Serbs")
and peoples named by descent ("ethnic Albanians") are no states: neither word names a state
that acts, and the community is the side of a row or the party of a deal. A state's adjective
alone ("Greek officials", "Turkish troops") still names its state."""

from __future__ import annotations

from pathlib import Path

from offline_support import brief, names


def _items(text: str) -> list[tuple[str, set[str]]]:
    b = brief(text)
    return [("dispute", set(d.parties)) for d in b.disputes] + [
        ("deal", set(d.parties)) for d in b.deals
    ]


def test_two_communities_agreeing_are_the_parties_not_greece_and_turkey() -> None:
    found = _items(
        "NICOSIA (Reuters) - Greek Cypriot and Turkish Cypriot leaders have agreed to open two "
        "new crossing points, the U.N. envoy said on Tuesday."
    )
    assert ("deal", {"Greek Cypriots", "Turkish Cypriots"}) in found, found
    assert not any({"Greece", "Turkey"} & p for _, p in found), found


def test_a_community_detaining_another_is_their_row() -> None:
    found = _items(
        "NICOSIA (Reuters) - Turkish Cypriot authorities have detained five Greek Cypriots who "
        "crossed to the north, in a dispute over property, officials said."
    )
    assert ("dispute", {"Turkish Cypriots", "Greek Cypriots"}) in found, found
    assert not any({"Greece", "Turkey"} & p for _, p in found), found


def test_a_state_name_before_a_demonym_is_a_community() -> None:
    b = brief(
        "PRISTINA (Reuters) - Kosovo Serbs blocked roads in protest against the deployment of "
        "police by Kosovo's government on Thursday."
    )
    assert "Kosovo Serbs" in names(b), names(b)
    assert "Serbia" not in names(b), names(b)


def test_a_community_leader_is_not_the_state_of_his_adjective() -> None:
    b = brief(
        "SARAJEVO (Reuters) - Bosnian Serb leader Milorad Dodik said on Tuesday he would not "
        "respond to a summons from Bosnia's state prosecutor."
    )
    assert "Serbia" not in names(b), names(b)


def test_a_community_named_where_another_state_is_told_owns_no_state() -> None:
    # "ordinary Cypriots" names Cyprus: the communities are still not Cyprus's own side.
    found = _items(
        "NICOSIA (Reuters) - The leaders of Cyprus's Greek Cypriot and Turkish Cypriot "
        "communities have agreed to open two new crossing points, the U.N. envoy said. "
        'One leader said the deal "belongs to ordinary Cypriots on both sides".'
    )
    assert any(k == "deal" and {"Greek Cypriots", "Turkish Cypriots"} <= p for k, p in found), found


def test_ethnic_adjective_names_no_state() -> None:
    b = brief(
        "SKOPJE (Reuters) - Two ethnic Albanian parties walked out of coalition talks with the "
        "ruling VMRO-DPMNE on Friday."
    )
    assert "Albania" not in names(b), names(b)


def test_plain_adjectives_still_name_their_states() -> None:
    found = _items(
        "ATHENS (Reuters) - Greek officials accused Turkish vessels of harassing a Greek patrol "
        "boat near Kos, a charge Turkey's defence ministry denied."
    )
    assert any(k == "dispute" and {"Greece", "Turkey"} <= p for k, p in found), found


def test_a_community_leader_stands_with_the_community() -> None:
    found = _items(
        "NICOSIA (Reuters) - Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot "
        "leader Tufan Erhurman agreed on Monday to open two new crossing points, the United "
        "Nations said."
    )
    deals = [p for k, p in found if k == "deal"]
    assert any({"Greek Cypriots", "Turkish Cypriots"} <= p for p in deals), found
    assert not any({"Greece", "Turkey"} & p for p in deals), found


def test_the_state_that_recognises_a_community_takes_no_side_in_its_reaction() -> None:
    # Hold-out 7 (scored, now development data): "The Turkish Cypriot administration in the
    # north of the island, recognised only by Turkey, called the signing 'a provocation'" gave
    # "Turkey-Turkish Cypriots: Provocation", Turkey set against the community it backs.
    path = Path(__file__).parent / "fixtures/articles_holdout7/cyprus_egypt_gas_pipeline.txt"
    found = _items(path.read_text(encoding="utf-8"))
    assert not any(
        kind == "dispute" and {"Turkey", "Turkish Cypriots"} <= p for kind, p in found
    ), found
