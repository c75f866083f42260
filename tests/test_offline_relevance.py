"""What kind of news an article is (offline): world news, news of one country, or neither."""

from __future__ import annotations

import re
from pathlib import Path

from offline_support import brief

from summarizer._engines.offline._relevance import _tokens as cue_words
from summarizer._engines.offline._relevance import foreign_language

_FIXTURES = Path(__file__).parent / "fixtures"

_SUMMIT = (
    "Foreign ministers of Kenya and Ethiopia met in Nairobi on Thursday to discuss the sharing "
    "of water from rivers that cross their border, as a drought strains supplies in both "
    "countries. Kenya's foreign minister said the talks had been constructive and that a joint "
    "commission would draw up proposals for a treaty. Ethiopia has accused downstream states of "
    "ignoring its development needs, while Kenya wants guarantees that dams upstream will not "
    "cut flows. The African Union has offered to host further rounds of talks. Diplomats said "
    "an agreement was unlikely before the end of the year."
)
_MATCH = (
    "The home side scored twice in the last ten minutes to win the cup final 3-1 on Saturday, "
    "ending a run of four lost finals. The striker, signed from a rival club in a record "
    "transfer deal last summer, scored the winning goal with a header before the captain added "
    "a third from the penalty spot. The coach said the players had shown great character after "
    "conceding early. Fans celebrated in the city centre until late at night, and the team "
    "will parade the trophy on an open-top bus on Monday. The season ends next week with a "
    "league match against the champions, and the club hopes to sign two more players."
)
_COUNCIL = (
    "The city council voted on Tuesday to raise local property taxes by four percent to pay "
    "for repairs to schools and roads, after a heated debate in which opposition members "
    "accused the mayor of mismanaging the budget. The mayor said the increase was needed to "
    "close a deficit left by falling revenue from parking fees. Opposition councillors said "
    "they would challenge the decision in court and called for an audit of the city's "
    "finances. The new rate takes effect in January, and residents can appeal their "
    "assessments at the town hall until the end of March."
)


def test_two_states_negotiating_is_international() -> None:
    assert brief(_SUMMIT).relevance == "international"


def test_a_cup_final_with_a_transfer_deal_is_off_topic_and_states_no_claims() -> None:
    briefing = brief(_MATCH)
    assert briefing.relevance == "off_topic"
    # A "record transfer deal" is no deal of world affairs, and the parade no signal to watch.
    assert not briefing.disputes and not briefing.deals and not briefing.outlook.signals
    assert "not public-affairs news" in briefing.outlook.summary


def test_a_city_council_tax_vote_is_domestic() -> None:
    assert brief(_COUNCIL).relevance == "domestic"


def test_a_deal_between_two_states_is_international_however_short() -> None:
    assert brief("Norway and Iceland agreed a fishing quota.").relevance == "international"


def test_a_text_in_another_language_is_named_and_read_for_names_only() -> None:
    german = (
        "Die Regierung in Berlin hat am Montag neue Gespräche mit Polen angekündigt. Der "
        "Außenminister sagte, dass die Verhandlungen über die Grenze noch in diesem Jahr "
        "beginnen sollen, und dass man mit einer Einigung rechne."
    )
    assert foreign_language(german) == "German"
    assert foreign_language(_SUMMIT) is None
    briefing = brief(german)
    assert not briefing.disputes and not briefing.deals
    assert "not in English" in briefing.outlook.summary


_STAGE_RACE = (
    "Colombia's leading rider took the yellow jersey on Tuesday after a mountain stage that his "
    "team director called a war of attrition against the Ecuadorean riders. He attacked on the "
    "final climb and crossed the finish line 40 seconds ahead of Ecuador's champion. The race "
    "signed a sponsorship deal with a water company this week, and a Venezuelan rider was "
    "suspended for four years for doping; he said he would appeal to the Court of Arbitration "
    "for Sport. The Ecuadorean said the war was not over before Saturday's time trial."
)
_FARE_WAR = (
    "Malaysia's two budget airlines launched a fare war on Wednesday after their merger talks "
    "broke up, cutting fares on domestic routes. Analysts called it the fiercest price war in "
    "the sector in years and said the carriers were building a war chest for a long fight. "
    "The tourism minister said the government welcomed lower fares but hoped the price war "
    "would not cost jobs, and the aviation regulator said it was watching prices."
)


def test_a_stage_race_with_war_words_and_a_doping_ban_is_off_topic() -> None:
    # Rivalry "war", a sponsorship "deal", a doping "suspension" and an appeal to a sport
    # court are a sport report's words, not a quarrel between Colombia and Ecuador.
    briefing = brief(_STAGE_RACE)
    assert briefing.relevance == "off_topic"
    assert not briefing.disputes and not briefing.deals


def test_a_fare_war_between_two_airlines_of_one_country_is_not_international() -> None:
    # A "price war" is competition; only the word "war" made it cross borders.
    briefing = brief(_FARE_WAR)
    assert briefing.relevance == "domestic"
    assert not briefing.disputes


_COFFEE_PRICE_WAR = (
    "Two coffee chains cut prices again on Monday in a price war over commuters. Roastwell, "
    "which runs 900 stores, cut the price of its latte by a fifth and said it would not give up "
    "market share. Its rival brand answered with a loyalty offer for customers in every store. "
    "Analysts said same-store sales rose but quarterly profit would fall at both chains, and "
    "shares fell 3 percent. Smaller chains said they would close stores, and blamed a coffee "
    "import tax and the city's rent policy."
)


def test_a_price_war_between_chains_with_no_state_acting_is_off_topic() -> None:
    briefing = brief(_COFFEE_PRICE_WAR)
    assert briefing.relevance == "off_topic"
    assert not briefing.disputes and not briefing.deals


def test_a_takeover_a_competition_regulator_blocks_is_public_affairs() -> None:
    # The same business words, but a public body acts: news of the state's economy.
    briefing = brief(
        "The national competition commission on Tuesday blocked a takeover of a coffee chain "
        "by its largest rival, saying the merger would raise prices for customers. The "
        "regulator said the deal would give the buyer half of all stores. The government said "
        "it respected the ruling, and lawmakers called for a new competition law."
    )
    assert briefing.relevance == "domestic"


def test_a_walking_feature_is_off_topic_and_states_no_claims() -> None:
    briefing = brief(
        "The trail runs for 120 kilometres between two lakes and is popular with British "
        "walkers. Hikers sleep in mountain huts and guesthouses, and a cable car saves the "
        "first climb. German hikers favour the quieter stretches in the south, and tour groups "
        "come in September, when the larches turn. A bed with half board costs 70 euros, and "
        "the regional government runs a bus from the airport. The writer travelled as a guest "
        "of the regional tourist board."
    )
    assert briefing.relevance == "off_topic"
    assert not briefing.disputes and not briefing.deals


def test_cue_words_are_cut_alike_in_ascii_and_in_any_script() -> None:
    # The reference: the pattern for any script, over every text.
    any_script = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
    texts = [p.read_text(encoding="utf-8") for p in sorted(_FIXTURES.rglob("*.txt"))]
    texts += ["Côte d’Ivoire’s café owners, 2024", "Ⅻ² ½ naïve", "Zürich-based O’Neill's"]
    for text in texts:
        expected = [w.casefold() for w in any_script.findall(text.replace("’", "'"))]
        assert cue_words(text) == expected, text[:80]
    assert cue_words("Côte d’Ivoire’s café") == ["côte", "d'ivoire", "s", "café"]
