"""Which two "the two" means when the sentence before names more (round pairs30, issue 11):
the story's own pair, the one its lede names, not the first two names of a background line."""

from __future__ import annotations

from offline_support import brief

_KOSOVO = (
    "BELGRADE (Wire) - Serbia and Kosovo traded accusations on Monday over the arrest of two "
    "Serbian police officers near the Jarinje crossing, the latest flare-up in a region where "
    "tension has simmered for years.\n\nKosovo police said the officers had crossed the line "
    "carrying unregistered firearms, while Serbia's interior ministry said they had been "
    "seized on the Serbian side while on a routine patrol and demanded their release.\n\n"
    "Kosovo declared independence in 2008, almost a decade after a war between Serbian forces "
    "and ethnic Albanian separatists. Belgrade and its allies Russia and China do not recognise "
    "its statehood, while most Western countries do.\n\nThe two will hold talks in Brussels "
    "on Thursday, a spokesperson for the bloc said, adding that both leaders had been urged to "
    "refrain from any step that could raise tensions further."
)


def test_the_two_are_the_storys_pair_not_the_background_lines_first_names() -> None:
    deals = brief(_KOSOVO).deals
    assert not any("Russia" in d.parties or "China" in d.parties for d in deals), deals
    assert any({"Serbia", "Kosovo"} <= set(d.parties) for d in deals), deals


def test_the_two_named_just_before_as_the_only_pair_stay_the_pair() -> None:
    deals = brief(
        "MANILA (Wire) - The Philippines protested on Monday after a Chinese coast guard ship "
        "fired a water cannon at a supply boat. Vietnam and Malaysia also claim parts of the "
        "sea. The two signed a fisheries pact in March."
    ).deals
    assert [set(d.parties) for d in deals] == [{"Vietnam", "Malaysia"}], deals
