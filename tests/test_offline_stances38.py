"""Disputes told as one side's refusal of another named side's demand, request, proposal or
position: "A sought X. B has refused", "A insists on X. B rejected that claim", "A has
proposed X. B turned that proposal down", "B declined A's request", "A insisted on X, a
position rejected by B". The owner of what is refused is read from syntax (the subject of a
stance verb in the sentence before, a possessive, the subject of the clause an apposition
renames); with no owner told so, the engine abstains. A refusal to comment, a rejected report,
a hypothetical refusal ("would reject any request") and a refusal whose sentence before tells
no stance make no dispute."""

from __future__ import annotations

from offline_support import brief


def _disputes(text: str) -> list[tuple[set[str], str]]:
    return [(set(d.parties), d.status) for d in brief(text).disputes]


def test_a_bare_refusal_after_a_stance_faces_the_one_who_sought_it() -> None:
    found = _disputes(
        "GENEVA (Reuters) - The United States has for several years pressed for any new "
        "arms control treaty to include China. Beijing has repeatedly refused, saying that its "
        "arsenal is a fraction of the American one."
    )
    assert any({"United States", "China"} <= p for p, _ in found), found


def test_a_refusal_after_a_stance_in_the_same_sentence_faces_its_subject() -> None:
    found = _disputes(
        "GENEVA (Reuters) - The United States has sought to bring China into arms control "
        "talks, but Beijing has refused, diplomats said."
    )
    assert any({"United States", "China"} <= p for p, _ in found), found


def test_that_claim_rejected_points_back_to_who_insisted_on_it() -> None:
    found = _disputes(
        "LUSAKA (Reuters) - Zambia has restructured most of its external debt. The African "
        "Export-Import Bank insists that it is a preferred creditor and must be repaid in full. "
        "Lusaka has rejected that claim, arguing that the bank lent on commercial terms."
    )
    assert any({"Zambia", "African Export-Import Bank"} <= p for p, _ in found), found


def test_a_proposal_turned_down_faces_who_proposed_it() -> None:
    found = _disputes(
        "NICOSIA (Reuters) - Cypriot President Nikos Christodoulides has proposed that the "
        "European Union appoint an envoy for the island. Turkish Cypriot leader Ersin Tatar "
        "has turned that proposal down, arguing that Brussels cannot be neutral."
    )
    assert any(
        "Nikos Christodoulides" in p and p & {"Ersin Tatar", "Turkish Cypriots"} for p, _ in found
    ), found


def test_a_position_rejected_by_others_sets_them_against_its_holder() -> None:
    found = _disputes(
        "NICOSIA (Reuters) - Turkish Cypriot leader Ersin Tatar has insisted that the only "
        "realistic settlement is two sovereign states, a position rejected by the European "
        "Union and the United Nations."
    )
    assert any(
        p & {"Ersin Tatar", "Turkish Cypriots"} and p & {"European Union", "United Nations"}
        for p, _ in found
    ), found


def test_a_request_declined_by_its_possessive_owner() -> None:
    found = _disputes(
        "SEOUL (Reuters) - Japan on Monday declined South Korea's request that a memorial "
        "ceremony at the Sado mine acknowledge Korean forced labourers."
    )
    assert any({"Japan", "South Korea"} <= p for p, _ in found), found


def test_a_refusal_whose_sentence_before_tells_no_stance_is_no_dispute() -> None:
    found = _disputes(
        "WARSAW (Reuters) - Poland and Germany held talks on border controls on Monday. "
        "Hungary has refused, its foreign minister said."
    )
    assert not any("Hungary" in p for p, _ in found), found


def test_the_refusers_own_stance_is_no_second_side() -> None:
    found = _disputes(
        "OSLO (Reuters) - Norway has long insisted that it alone sets the quota around "
        "Svalbard. Norway has refused, officials said."
    )
    assert not found, found


def test_a_hypothetical_rejection_of_any_request_is_no_dispute() -> None:
    found = _disputes(
        "HELSINKI (Reuters) - Finnish officials have said they would reject any Russian "
        "request to return the tanker's crew, though no such request has been made."
    )
    assert not any({"Finland", "Russia"} <= p for p, _ in found), found


def test_declining_a_request_for_comment_is_no_dispute() -> None:
    found = _disputes(
        "TOKYO (Reuters) - Japan's foreign ministry declined a request for comment on South "
        "Korea's statement on Monday."
    )
    assert not any("Japan" in p for p, _ in found), found


def test_refusing_to_comment_on_plans_is_no_dispute() -> None:
    found = _disputes(
        "BRUSSELS (Reuters) - The European Commission has proposed new rules on cocoa imports. "
        "Ghana refused to comment on plans for a levy, officials said."
    )
    assert not any({"Ghana", "European Commission"} <= p for p, _ in found), found


def test_a_stance_owned_after_the_noun_is_not_taken_from_the_sentence_before() -> None:
    found = _disputes(
        "ACCRA (Reuters) - The European Union has demanded new rules on cocoa traceability. "
        "Ghana rejected the request from Ivory Coast to share customs data, officials said."
    )
    assert not any({"Ghana", "European Union"} <= p for p, _ in found), found


def test_a_refusal_after_an_earlier_clause_does_not_reach_the_sentence_before() -> None:
    found = _disputes(
        "SEOUL (Reuters) - Japan has proposed a regional forum on fishing quotas. South Korea "
        "offered military talks on Monday, but North Korea rejected the offer."
    )
    assert not any({"North Korea", "Japan"} <= p for p, _ in found), found


def test_a_truce_proposal_backed_by_a_mediator_sets_no_row_with_it() -> None:
    found = _disputes(
        "KHARTOUM (Reuters) - Sudan's army-led government on Thursday rejected a U.S.-backed "
        "proposal for a three-month humanitarian truce."
    )
    assert not any("United States" in p for p, _ in found), found
