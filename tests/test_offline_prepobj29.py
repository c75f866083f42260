"""Acts whose other side is a preposition's object: a verb of reproach or retort that takes its
target through "at" or "against" ("lashed out at", "hit back at", "fired back at", "bristled
at", "railed against") takes the name after the preposition as the other side, as a direct
object would be; "at" after any other word still names a venue. A title names the act, never a
particle. Who protests a pact between two states stands against both."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[str, set[str]]]:
    return [(d.title, set(d.parties)) for d in brief(text).disputes]


def test_lashed_out_at_takes_the_state_after_at() -> None:
    found = _disputes("Serbia lashed out at Kosovo over the arrests.")
    assert [title for title, parties in found if parties == {"Serbia", "Kosovo"}], found


def test_hit_back_at_a_capital_is_aimed_at_its_state() -> None:
    found = _disputes("Beijing hit back at Washington on Friday, calling the sanctions illegal.")
    assert [t for t, parties in found if parties == {"China", "United States"}], found


def test_bristled_at_a_states_announcement() -> None:
    found = _disputes("Egypt bristled at Ethiopia's announcement that the dam was complete.")
    assert [t for t, parties in found if parties == {"Egypt", "Ethiopia"}], found


def test_railed_against_a_state() -> None:
    found = _disputes("Iran railed against Israel on Sunday, calling it a threat.")
    assert [t for t, parties in found if parties == {"Iran", "Israel"}], found


def test_fired_back_at_is_a_retort_titled_by_the_act() -> None:
    found = _disputes("Ankara fired back at Athens, accusing it of provocation.")
    titles = [t for t, parties in found if parties == {"Turkey", "Greece"}]
    assert titles, found
    assert all(not t.endswith((": Back", ": Out", ": Hit back")) for t, _ in found), found


def test_a_particle_is_never_the_title() -> None:
    for text in (
        "Serbia lashed out at Kosovo.",
        "Venezuela hit back at Guyana.",
        "Russia took aim at NATO on Tuesday.",
    ):
        found = _disputes(text)
        assert found, text
        assert all(t.split(": ", 1)[1] not in {"Out", "Back", "Hit back", "Aim"} for t, _ in found)


def test_who_protests_a_pact_stands_against_both_parties() -> None:
    briefing = brief(
        "China protested the security pact signed between Australia and the Solomon Islands."
    )
    assert {"China", "Australia", "Solomon Islands"} in [set(d.parties) for d in briefing.disputes]
    assert {"Australia", "Solomon Islands"} in [set(d.parties) for d in briefing.deals]


def test_at_after_another_word_is_still_a_venue() -> None:
    briefing = brief("Serbian and Kosovan officials held talks at Brussels on Friday.")
    assert "Belgium" not in {p for d in briefing.deals for p in d.parties}
    assert not briefing.disputes


def test_a_body_whose_resolution_is_reproached_is_the_target() -> None:
    found = _disputes("Iran railed against the IAEA resolution, calling it political.")
    assert [t for t, parties in found if parties == {"Iran", "IAEA"}], found


def test_a_breach_of_a_bodys_resolutions_is_no_row_with_the_body() -> None:
    found = _disputes("Israel violated UN Security Council resolutions, Egypt said.")
    assert all("UN Security Council" not in parties for _, parties in found), found
