"""A body two states share is no side and no party beside them (issue 11, the seventh
session): "Thailand–Joint Boundary Commission: Dispute over frontier" and "Haiti–Joint
Bilateral Commission: Proposal" set a state against, or beside, the body where it meets its
neighbour."""

from __future__ import annotations

from offline_support import brief


def _all_parties(text: str) -> list[str]:
    briefing = brief(text)
    return [p for item in [*briefing.disputes, *briefing.deals] for p in item.parties]


def test_a_joint_commission_is_no_partner_of_a_proposal() -> None:
    text = (
        "Deportations Row\n\n"
        "The Dominican Republic deported more than 10,000 Haitians last week, drawing sharp "
        "criticism from Haiti. Haiti's foreign minister said his government had proposed "
        "reviving the Joint Bilateral Commission, which has not met in years, to agree on "
        "procedures for repatriations.\n"
    )
    assert "Joint Bilateral Commission" not in _all_parties(text)


def test_a_joint_boundary_commission_is_no_side_of_the_border_row() -> None:
    text = (
        "Border Talks\n\n"
        "Thailand said on Monday that the dispute over the frontier would be handled by the "
        "Joint Boundary Commission, while Cambodia accused Thailand of laying new landmines "
        "along the border.\n"
    )
    parties = _all_parties(text)
    assert "Joint Boundary Commission" not in parties, parties
    assert {"Cambodia", "Thailand"} <= set(parties), parties
