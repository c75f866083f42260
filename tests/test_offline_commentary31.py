"""Commentary pages as scraped: a page that walks through several affairs ("First, ...
Second, ...") keeps each affair's sides; a bare bio line ("NAME is a contributing editor.")
names no actor; talks a clause agrees to resume are not stalled by an aside on their past;
a guess at what a side may hope or expect is no outlook signal."""

from __future__ import annotations

from offline_support import brief, names

_TWO_AFFAIRS = (
    "It's been a busy month for Asian foreign ministries. First, China has rejected the ruling "
    'of the tribunal in The Hague, and Beijing called the award "null and void". President '
    "Rodrigo Duterte has named former president Fidel Ramos as his special envoy to open talks "
    "with Beijing.\n\n"
    'Second, South Korea and Japan are again quarrelling over the "comfort women" deal. But '
    "Japan demands that a statue of a girl symbolizing the victims be removed from outside its "
    "embassy in Seoul, and South Korea says the statue was put up by citizens and is not the "
    "government's to move.\n"
)


def test_an_act_in_the_second_affair_is_not_aimed_at_the_sides_of_the_first() -> None:
    briefing = brief(_TWO_AFFAIRS)
    for item in briefing.disputes:
        if "Japan" in item.parties:
            assert "China" not in item.parties, item
            assert "Rodrigo Duterte" not in item.parties, item


def test_a_bare_bio_line_at_the_end_names_no_actor() -> None:
    text = (
        "Japan and South Korea agreed in Seoul on Monday to resume their security dialogue, "
        "the two foreign ministries said in a joint statement.\n\n"
        "Catherine Lim is a contributing editor. Follow her on Twitter.\n"
    )
    assert "Catherine Lim" not in names(brief(text))


def test_talks_agreed_to_be_resumed_are_not_stalled_by_an_aside_on_their_past() -> None:
    text = (
        "Greek Foreign Minister Nikos Dendias and his Turkish counterpart Mevlut Cavusoglu met "
        "in Brussels on Monday and agreed to resume confidence-building talks between their "
        "defence ministries, suspended since 2020."
    )
    statuses = [d.status for d in brief(text).deals]
    assert statuses, statuses
    assert "stalled" not in statuses, statuses


def test_a_guess_at_what_a_side_may_hope_is_no_signal() -> None:
    text = (
        "Venezuela froze its relations with Colombia on Tuesday over the bases agreement. "
        "Chavez may well hope that the quarrel rallies his supporters before next year's "
        "legislative vote. Brazil's president is due in Bogota in early September."
    )
    outlook = [s.description for s in brief(text).outlook.signals]
    assert not any("may well hope" in s for s in outlook), outlook
    assert any("early September" in s for s in outlook), outlook


def test_what_an_accusation_says_in_quotes_is_no_side() -> None:
    text = (
        "Greenland formed a new government in April. Naleraq leader Pele Broberg has accused "
        'the coalition of "hiding behind Copenhagen".'
    )
    for item in brief(text).disputes:
        assert "Denmark" not in item.parties, item
