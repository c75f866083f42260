"""One side told as two (issue 11, ownside31): a body, party or titled person the text ties to a
state is on that state's side, never the other side of a row with it; a row inside one state is
no row of the state against its own parts."""

from __future__ import annotations

from offline_support import brief, names


def _sides(item: object) -> set[str]:
    return set(getattr(item, "parties", []))


def test_a_party_of_a_one_state_story_is_not_set_against_that_state() -> None:
    disputes = brief(
        "LISBON (Wire) - Portugal's minority government survived a censure motion in parliament "
        "on Thursday after the opposition Socialists agreed to abstain in return for changes to "
        "a contested housing law.\n\n"
        "The Socialists' parliamentary leader, Duarte Nogueira, said the party had objected to a "
        "tax cut for landlords and would keep pressing for more public housing."
    ).disputes
    assert not any({"Portugal", "Socialists"} <= _sides(d) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_body_the_text_calls_a_party_is_its_state_s_own() -> None:
    disputes = brief(
        "BRUSSELS (Wire) - Belgium's governing coalition was thrown into crisis on Wednesday "
        "after the Flemish socialist party Vooruit said it would not vote for the pension bill "
        "unless a planned penalty for early retirement was softened.\n\n"
        '"We will not put our names to a law that punishes a nurse," a Vooruit lawmaker said, '
        "voicing the party's objections in a committee hearing."
    ).disputes
    assert not any({"Vooruit", "Belgium"} <= _sides(d) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_council_named_as_a_nation_s_own_is_no_un_body() -> None:
    briefing = brief(
        "MOGADISHU (Wire) - Somalia recalled its ambassador from Nairobi on Tuesday and accused "
        "Kenya of arming a militia in the Gedo border area.\n\n"
        "The president told lawmakers that the country's National Security Council had ordered "
        "the foreign ministry to lodge a formal protest with Kenya."
    )
    assert "UN Security Council" not in names(briefing), names(briefing)


def test_a_body_international_by_name_may_stand_against_the_story_s_one_state() -> None:
    disputes = brief(
        "COLOMBO (Wire) - The International Cricket Council suspended Sri Lanka on Friday over "
        "government interference in the running of the national board, ending a 14-month "
        "dispute over the sports ministry's decision to sack the board.\n\n"
        "Sri Lanka's sports minister said the government would appeal against the suspension."
    ).disputes
    assert any({"Sri Lanka", "International Cricket Council"} <= _sides(d) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_party_s_leader_has_no_row_with_his_own_party() -> None:
    disputes = brief(
        "LISBON (Wire) - The far-right Chega party tabled a censure motion over what it called "
        "the government's failure on housing costs; it was defeated on Thursday.\n\n"
        "Chega's leader in parliament, Henrique Lopes Barata, accused the two largest parties "
        'of "a backroom deal to protect the system" and said his party would keep every '
        "instrument of opposition on the table."
    ).disputes
    assert not any({"Chega", "Henrique Lopes Barata"} == _sides(d) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_firm_the_state_nationalised_is_no_side_against_it() -> None:
    disputes = brief(
        "NIAMEY (Wire) - Niger began moving uranium from the Somair mine on Tuesday despite an "
        "arbitration ruling that ordered it not to sell the stockpile, French group Orano "
        "said.\n\n"
        "Niger nationalised Somair in June, six months after the junta stripped Orano of "
        "control of the mine. Orano took the dispute to an international tribunal, which ruled "
        "that the uranium must not be sold, and Somair's new managers defied the ruling."
    ).disputes
    assert not any({"Somair", "Niger"} <= _sides(d) for d in disputes), [
        (d.title, d.parties) for d in disputes
    ]


def test_a_region_s_government_the_text_places_in_a_state_is_that_state_s() -> None:
    briefing = brief(
        "DHAKA (Wire) - Bangladesh and India opened talks on Monday on renewing the treaty "
        "that shares the waters of the Ganges, which expires at the end of the month.\n\n"
        "The Farakka Barrage in India's West Bengal state diverts water from the river. "
        "An Indian official said New Delhi wanted a fair arrangement but that the West Bengal "
        "government, which has objected to giving up more water, must be consulted."
    )
    for item in (*briefing.disputes, *briefing.deals):
        assert not ({"India"} <= _sides(item) and any("Bengal" in p for p in _sides(item))), (
            item.title,
            item.parties,
        )
