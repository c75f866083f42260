"""An instrument told by who made it, in a relative clause after its noun ("the declaration it
signed with Cambodia", "the roadmap Tehran signed with the agency", "the treaty they
initialled"): those are its parties, "it" standing for the one side named before it and "the
agency" for the one agency the article names; what the main clause does to it (suspends,
scraps, renews; or only threatens to) says how it stands now."""

from __future__ import annotations

from offline_support import brief


def _deals(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).deals]


def test_suspended_declaration_it_signed_no_longer_holds() -> None:
    text = "Thailand suspended the peace declaration it signed with Cambodia in October."
    assert _deals(text) == [({"Thailand", "Cambodia"}, "collapsed")]


def test_scrapped_roadmap_it_agreed_has_collapsed() -> None:
    text = "Kosovo on Monday scrapped the energy agreement it signed with Serbia in 2022."
    assert _deals(text) == [({"Kosovo", "Serbia"}, "collapsed")]


def test_renewed_pact_it_struck_is_in_force() -> None:
    text = "Albania renewed the trade pact it struck with Kosovo in 2020, the ministry said."
    assert _deals(text) == [({"Albania", "Kosovo"}, "implemented")]


def test_treaty_they_initialled_but_have_yet_to_sign_is_agreed() -> None:
    text = "Armenia and Azerbaijan have yet to sign the peace treaty they initialled in August."
    assert _deals(text) == [({"Armenia", "Azerbaijan"}, "agreed")]


def test_a_threat_to_void_leaves_the_roadmap_signed() -> None:
    text = (
        "Iran said the resolution would render void the inspection roadmap it signed with the "
        "IAEA in January."
    )
    assert _deals(text) == [({"Iran", "IAEA"}, "signed")]


def test_the_agency_is_the_one_agency_named_before() -> None:
    text = (
        "The IAEA said on Monday it had not been given access to the sites. Iran said the "
        "resolution would render void the inspection roadmap Tehran signed with the agency in "
        "January."
    )
    deals = _deals(text)
    assert [d for d in deals if d[0] == {"Iran", "IAEA"}], deals


def test_two_agencies_named_before_leave_the_agency_unresolved() -> None:
    text = (
        "The IAEA and the International Energy Agency both issued reports on Monday. Iran said "
        "the resolution would render void the inspection roadmap Tehran signed with the agency "
        "in January."
    )
    assert not [d for d in _deals(text) if "Iran" in d[0]]


def test_it_with_two_sides_named_before_is_left_unresolved() -> None:
    text = (
        "Russia told Ukraine on Monday it would scrap the grain protocol it signed with Turkey "
        "in July."
    )
    assert not [d for d in _deals(text) if "Turkey" in d[0] and len(d[0]) == 2]


def test_suspending_a_declaration_with_a_state_beats_how_it_was_signed() -> None:
    text = (
        "Thailand said on Tuesday it was suspending a peace declaration with Cambodia signed "
        "just weeks ago."
    )
    assert _deals(text) == [({"Thailand", "Cambodia"}, "collapsed")]


def test_a_cancellation_only_wished_for_is_no_collapse() -> None:
    text = (
        "Somalia said it still wanted Ethiopia to formally cancel the declaration it signed "
        "with Somaliland in January."
    )
    assert all(status != "collapsed" for _, status in _deals(text)), _deals(text)
