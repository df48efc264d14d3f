"""The extractor as a whole: the fixed JSON form, typing, scoring, input errors, and properties on any text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.claims.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError
from claimgraph.claims.extraction import extract
from claimgraph.claims.texts import read_article
from claimgraph.claims.extraction.timex import EMPTY_TIME
from claimgraph.claims.extraction.mentions import find_mentions
from claimgraph.claims.extraction.segment import Span, parse
from claimgraph.claims.model import CLAIM_TYPES

ARTICLES = Path(__file__).resolve().parents[2].parent / "shared" / "articles"
KEYS = ["type", "statement", "subject", "predicate", "object", "value", "time", "attribution", "hedges", "span", "quote", "score"]


def types(text: str) -> list[str]:
    return [c.type for c in extract(text, dt.date(2025, 5, 1))]


def test_fixed_json_form() -> None:
    text = "Acme, the Leeds-based start-up, raised roughly $900bn to $1.1tn in a round led by Beta Capital last year."
    for candidate in extract(text, dt.date(2025, 5, 1)):
        data = candidate.to_json()
        assert list(data) == KEYS
        assert data["type"] in CLAIM_TYPES
        assert set(data["time"]) == {"value", "precision", "expression"}
        assert set(data["span"]) == {"start", "end"}
        assert text[data["span"]["start"] : data["span"]["end"]] == data["quote"]
        assert 0.0 <= data["score"] <= 1.0
        assert data["value"] is None or set(data["value"]) == {"amount", "min", "max", "currency", "approximate"}
    funding = [c.to_json() for c in extract(text, dt.date(2025, 5, 1)) if c.type == "funding" and c.value]
    assert funding[0]["value"] == {"amount": None, "min": 9e11, "max": 1.1e12, "currency": "USD", "approximate": True}
    assert funding[0]["time"] == {"value": "2024", "precision": "year", "expression": "last year"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's valuation rose to $2bn in a share sale last month.", "valuation"),
        ("Nvidia briefly touched a $3tn market cap.", "market_cap"),
        ("Acme raised $40m in a Series B round.", "funding"),
        ("Microsoft will pump $100bn into data centres, the company said.", "investment"),
        ("Its revenue doubled last year to €42m.", "revenue"),
        ("The government has pledged £2bn to build compute by 2027.", "pledge"),
        ("The regulator warned last month that lenders were exposed.", "warning"),
        ("Acme was founded in 2019 by Ann Lee.", "founding"),
        ("DeepMind, now part of Google, publishes research.", "ownership"),
        ("Acme is headquartered in Leeds.", "location"),
        ("Its models have been adopted by hedge funds.", "adoption"),
        ("Acme employs 310 people.", "other"),
    ],
)
def test_types(text: str, expected: str) -> None:
    assert expected in types(text)


def test_two_amounts_in_one_sentence_get_their_own_types() -> None:
    assert types("Acme raised $40m in a round that valued it at $300m.") == ["funding", "valuation"]


def test_coordinated_objects_give_one_claim_each() -> None:
    found = extract("Acme was founded in 2021 by Ann Lee and Bo Chan.", dt.date(2025, 5, 1))
    assert sorted(c.object for c in found if c.type == "founding") == ["2021", "Ann Lee", "Bo Chan"]


@pytest.mark.parametrize(
    "text",
    [
        "Can a bank that did not exist a decade ago really be worth £2bn?",
        "We must do far more to keep these companies at home.",
        "Anthropic's rise has been nothing short of meteoric.",
        "The float would be one of the largest in London since 2021.",
        "But time is running out.",
        '"We are proud of the team. We believe the market will double by 2030," Doe said.',  # a quoted view, capitalised "We"
        "Acme is committed to protecting the data of its customers.",  # a stance, not a pledge
        "The chancellor spoke at noon. That had been promised in the spring.",  # a remark on the sentence before
        "Textile mills use a lot of power, and they deserve better than that.",  # a view in a comparison's words
    ],
)
def test_opinion_rhetoric_and_questions_are_not_proposed(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme is headquartered in Leeds.",
        "Acme employs 310 people.",
        "Nvidia briefly touched a $3tn market cap.",
        "The company has pledged to cap its profits.",
        "Acme, which opened in January, has paid out half of its £400m budget.",
    ],
)
@pytest.mark.parametrize("published", [dt.date(2025, 5, 1), "2025-05", "2025"])
def test_no_time_phrase_of_its_own_gives_no_time(text: str, published: object) -> None:
    """Not the publication date: a claim whose clause gives no time is about an unknown time."""
    found = extract(text, published)
    assert found and all(c.time is None and c.to_json()["time"] == EMPTY_TIME for c in found)


def test_a_time_phrase_in_the_same_sentence_still_dates_its_claim() -> None:
    (found,) = extract("Acme raised $5m last year.", dt.date(2025, 5, 1))
    assert found.to_json()["time"] == {"value": "2024", "precision": "year", "expression": "last year"}


def test_a_time_in_an_aside_dates_only_the_aside() -> None:
    """The "now" of an aside dates the ownership the aside tells, not the location the sentence states."""
    found = {c.type: c.time for c in extract("Acme, now part of Globex, is headquartered in Leeds.", dt.date(2025, 5, 1))}
    assert found["ownership"].expression == "now" and found["ownership"].value == "2025-05-01"
    assert found["location"] is None
    (funding,) = [c for c in extract("Acme, which now employs 300 people, raised $5m in a round.", "2025") if c.type == "funding"]
    assert funding.time is None


def test_bytes_are_decoded_strictly() -> None:
    assert types("Acme raised $5m in a round.".encode()) == ["funding"]
    with pytest.raises(EncodingError, match="not UTF-8"):
        extract(b"Acme raised \xff$5m.", dt.date(2025, 5, 1))


@pytest.mark.parametrize(
    ("text", "error"),
    [("", EmptyInputError), ("  \n\t ", EmptyInputError), ("binary\x00data", EncodingError), ("lone \ud800 surrogate", EncodingError)],
)
def test_bad_input(text: str, error: type[InputError]) -> None:
    with pytest.raises(error):
        extract(text, dt.date(2025, 5, 1))


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit of 100 bytes"):
        extract("Acme raised $5m. " * 10, dt.date(2025, 5, 1), max_bytes=100)
    big = "x" * (5 * 1024 * 1024 + 1)
    with pytest.raises(InputTooLargeError):
        extract(big, dt.date(2025, 5, 1))


def test_read_article(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes("Acme raised £5m.\r\n\n".encode())
    assert read_article(good) == "Acme raised £5m.\r\n\n"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(EncodingError, match="bad.txt"):
        read_article(bad)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        read_article(empty)
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "missing.txt")


def test_bundled_article_anchors() -> None:
    text = read_article(ARTICLES / "uk-ai-gap-anthropic-valuation.txt")
    found = extract(text, "2025")
    assert found
    for candidate in found:
        assert text[candidate.start : candidate.end] == candidate.quote


news_words = st.sampled_from(
    ["Acme", "raised", "$4.7bn", "£1.2 trillion", "€250m", "U.S.", "Dr.", "said", "according to", "last year", "by 2027",
     "on Tuesday", "—", '"', "“", "”", "'", ",", ".", "?", ";", "\n", "between", "and", "roughly", "up to", "founded", "in",
     "2021", "Inc.", "the company", "warned", "-based", "valued at", "%", "more than", "fined", "ordered", "the regulator", "|", "GBP 14m",
     "UK", "in September", "between July 2022 and March 2024", "of its shares", "(first half of 2024:", ")", "a record", "after finding that",
     "The round was led by", "also took part", "founded the company in", "with her former student", "to be paid on 4 July", "From 1 July",
     "will start using", "the highest in two decades", "The money will pay for", "It expects", "Sales in", "family-owned", "Inflation",
     "respectively", "half a billion euros", "two billion dollars", "advised by", "Series B", "Oslo, 4 May 2025 -", "Founded in 2019 by",
     "which is listed in London", "and made", "than expected", "Briefs:", "said:", "(NOK 1,870 million in Q3 2024)", "Austin, Texas,"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(min_size=1, max_size=300), st.lists(news_words, min_size=1, max_size=60).map(" ".join)))
def test_never_crashes_and_anchors_hold(text: str) -> None:
    try:
        found = extract(text, dt.date(2025, 5, 1))
    except InputError:
        return
    for candidate in found:
        data = candidate.to_json()
        assert text[data["span"]["start"] : data["span"]["end"]] == data["quote"]
        assert data["quote"] and data["type"] in CLAIM_TYPES


def subjects(text: str) -> list[str | None]:
    return [c.subject for c in extract(text, dt.date(2025, 7, 24))]


def test_a_firm_named_in_full_then_short_is_one_entity() -> None:
    text = "Veloria Robotics S.A. sells robots to warehouses. The round valued Veloria at EUR 1.1bn. Veloria now expects revenue of EUR 105m."
    assert set(subjects(text)) == {"Veloria Robotics"}


def test_currency_codes_legal_forms_and_sentence_initial_words_are_no_names() -> None:
    text = (
        "LISBON, 24 July 2025 - Veloria Robotics S.A. published results.\n"
        "- Net loss narrowed to EUR 9.4m.\n- Cash and equivalents of EUR 133m.\n"
        "The Board also fined the trading platform Kryptovik AS NOK 18m last year."
    )
    found = set(subjects(text))
    assert found and not found & {"LISBON", "Net", "Cash", "EUR", "NOK", "Kryptovik AS NOK", "Kryptovik AS"}
    assert "Kryptovik" in found


def test_a_name_that_starts_a_sentence_stays_a_name() -> None:
    assert set(subjects("Lithuania, which ranks sixth, aims to triple public spending to EUR 90m by 2028.")) == {"Lithuania"}


def test_a_firms_description_is_the_writers_fact_even_in_a_hedged_sentence() -> None:
    text = "Quillon is a lender. Quillon, the Edinburgh-based digital lender, said on Monday that it would list its shares in London early next year."
    found = {c.type: c for c in extract(text, dt.date(2024, 11, 7))}
    assert (found["location"].subject, found["location"].attribution, found["location"].object) == ("Quillon", None, "Edinburgh")
    assert found["pledge"].time.value == "2025"  # a plan's time is when it is to happen, not the day it was announced


def test_a_place_describing_a_firm_is_no_subject() -> None:
    assert "Rotterdam" not in subjects("The bank invested EUR 120m in Veloria, a Rotterdam firm.")


def test_a_source_behind_a_dateline_is_the_claimant() -> None:
    text = "HOUSTON, Aug 7 (Wire) - Harrowgate Energy Corp said on Wednesday it had ordered $2bn worth of turbines from Nordvind."
    assert [(c.attribution, c.subject) for c in extract(text, dt.date(2025, 8, 7))] == [("Harrowgate Energy", "Harrowgate Energy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harrowgate Energy orders $2bn of turbines.", ["investment"]),
        ("Harrowgate Energy said it had ordered $2bn worth of turbines from Nordvind.", ["investment"]),  # "worth of" is no valuation
        ("Warehouse automation is a market worth an estimated USD 41bn worldwide, according to Stackline.", ["other"]),  # a market's size
        ("The CBI warned that the new levy would cost firms GBP 4.8bn a year.", ["warning"]),  # a warning that carries an amount
        ("Lithuania aims to triple public AI spending to EUR 90m by 2028.", ["pledge"]),
        ("Chief executive Dana Whitlock said the company would build 3 gigawatts of new capacity by 2030.", ["pledge"]),
        ("Defence spending will rise to 2.6% of GDP by 2027, the chancellor confirmed.", ["pledge"]),
        ("The company's staff rose to 640 at the end of June.", ["other"]),  # the noun before the number
        ("The report counts forty-two AI start-ups in Estonia.", ["other"]),  # a count in words
        ("From next year, firms that sell such products in Norway will have to cap leverage at two times the stake.", ["policy"]),
        ("The rule applies from 1 January 2026 and was adopted by the Board on Monday.", ["policy"]),  # a rule adopted is no adoption
        ("Veloria lost EUR 9.4m in the first half of this year, down from EUR 15.1m a year earlier.", ["other"]),  # the base of a change
        ("Swedish start-ups raised EUR 1.9bn last year. Denmark was next, with EUR 840m.", ["funding", "funding"]),  # down a list
        ("Atlantico Growth Partners owns 18% of Veloria.", ["ownership"]),  # the stake's percentage is no fact of its own
        ("Larchmont Ventures owns a 12% stake in Helixgrid.", ["ownership"]),
        ("Harrowgate is in talks to buy a 49% stake in a solar project.", ["ownership"]),
        ("Atlantico is the largest outside investor.", ["ownership"]),  # a holder's rank is ownership, not a comparison
        ("The founders still hold about 30% of the company.", ["ownership"]),
        ("The company confirmed that it signed its first customer in Japan in August.", ["adoption"]),
        ("The company is now one of Portugal's most valuable start-ups.", ["comparison"]),
        ("Pallidyne offered about USD 1.5bn for the company earlier this year.", ["valuation"]),  # an offer for a firm values it
        ("The plan would create 400 jobs by 2027.", ["pledge"]),  # "would" with a deadline is the commitment, not speculation
        ("Acme sells robots. The project, worth $300m, was cancelled in May.", ["investment"]),  # a project's worth is no valuation
        ("Finland's government committed EUR 250m to AI research in 2024.", ["pledge"]),  # money committed to a cause
        ("The report counts forty-two AI start-ups in Estonia, twice as many as three years earlier.", ["other"]),  # a count with its change
        ("Acme sells robots. The regulator fined Acme for failing to protect customer data.", ["other"]),  # a fine without an amount
        ("Acme sells robots. The Board ordered Fjordmint, a smaller broker, to stop taking new customers.", ["other"]),
        ("Acme sells robots. Acme put $50m into a climate fund last year.", ["investment"]),  # money into a fund
    ],
)
def test_types_from_context_and_cues(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_a_table_row_takes_the_type_of_its_caption() -> None:
    text = (
        "The institute counted the money.\n\nVenture funding for AI start-ups, 2024\n\n"
        "Country | AI funding | Change on 2023\nSweden | EUR 1.9bn | +12%\nDenmark | EUR 840m | +31%\n\nThat was all."
    )
    found = [c for c in extract(text, dt.date(2025, 5, 1)) if c.value]
    assert [(c.type, c.subject, c.value.amount) for c in found] == [("funding", "Sweden", 1.9e9), ("funding", "Denmark", 840e6)]


def test_a_table_s_caption_is_the_line_just_above_it() -> None:
    """The line above the caption is another sentence: its words say nothing of what the table counts."""
    text = (
        "Acme's revenue rose to EUR 2m in 2024.\nAI start-ups by country, 2024\n"
        "Country | Amount | Change on 2023\nSweden | EUR 1.9bn | +12%\nDenmark | EUR 840m | +31%\n"
    )
    found = [c for c in extract(text, dt.date(2025, 5, 1)) if c.value]
    assert [(c.type, c.subject) for c in found] == [("revenue", "Acme"), ("other", "Sweden"), ("other", "Denmark")]


def test_a_long_line_with_a_bar_in_it_is_prose_not_a_table() -> None:
    """A page flattened to one line: a "|" in it makes no table, so no sentence of the line types another's amount (and
    the line is not read again for each of its amounts)."""
    text = "Acme's revenue rose to EUR 2m last year. " + "The weather was mild in the spring. " * 12 + "Beta | a note. Beta's figure reached EUR 3m."
    found = [c for c in extract(text, dt.date(2025, 5, 1)) if c.value]
    assert [(c.type, c.subject) for c in found] == [("revenue", "Acme"), ("other", "Beta")]


@pytest.mark.parametrize(
    ("text", "claim_type", "subject"),
    [
        ("Orvane Inc. agreed on Friday to buy chips from chipmaker Tessaly for $2.6bn.", "investment", "Orvane"),  # the buyer, not the seller
        ("Helixgrid's closest competitor, Frankfurt-listed Voltaic Systems, has a market capitalisation of about €3.2bn.", "market_cap", "Voltaic Systems"),
        ("Quillon Bank is a lender. Its largest shareholder, Astervale Holdings, owns 38% of the company.", "ownership", "Quillon Bank"),  # what is owned
        ("Helixgrid Labs raised €85m. Larchmont Ventures first invested in the company in 2021.", "funding", "Helixgrid Labs"),  # who was backed
        ("The Board also fined the trading platform Kryptovik NOK 18m last year.", "other", "Kryptovik"),  # who was fined
        ("Kryptovik AS sells crypto products. Kryptovik, which is based in Bergen, was fined NOK 18m.", "location", "Kryptovik"),  # an aside's firm
        ("Orvane buys chips from Tessaly. Tessaly, in which the conglomerate Hayamoto owns a 20% stake, reported revenue of ¥1.9tn.", "ownership", "Tessaly"),
        ("Orvane buys chips from Tessaly. Tessaly, in which the conglomerate Hayamoto owns a 20% stake, reported revenue of ¥1.9tn.", "revenue", "Tessaly"),
        ("HOUSTON, Aug 7 (Wire) - Harrowgate Energy Corp said on Wednesday it had ordered $2bn worth of turbines from Nordvind.", "investment", "Harrowgate Energy"),
        ("Helixgrid raised €85m. Existing backer Larchmont Ventures, which owns a 12% stake in Helixgrid, also took part.", "ownership", "Helixgrid"),
        ("Helixgrid raised €85m in 2024. Customers in Spain and Italy signed up to its software in recent months.", "adoption", "Helixgrid"),  # not where
        ("Quillon is a lender. Quillon employs 1,900 staff. Its mortgage arm, Quillon Homes, is wholly owned by the bank.", "ownership", "Quillon Homes"),
        ("Anthropic makes models. Sources close to the deal confirm that the company, founded by former OpenAI staff, has attracted bids of $5bn.", "other", "Anthropic"),
        ("Orvane builds data centres. In Europe, the EU's Data Centre Efficiency Directive requires operators to report their energy use.", "policy", "Data Centre Efficiency Directive"),
        ("Helixgrid sells software. The government's Clean Grid Grant Scheme, which opened in January, has paid out GBP 40m.", "policy", "Clean Grid Grant Scheme"),
        ("Veloria makes robots. Pallidyne offered about USD 1.5bn for the company earlier this year.", "valuation", "Veloria"),  # what the offer is for
        ("Quillon is a lender. It plans a float that could value the business at between £1.8bn and £2.2bn.", "valuation", "Quillon"),
        ("Veloria makes robots. Atlantico is the largest outside investor.", "ownership", "Veloria"),  # of the firm at hand
        ("Acme sells robots. Separately, the Board ordered Fjordmint, a smaller broker, to stop taking new customers.", "other", "Fjordmint"),
        ("Veloria makes robots. The Lisbon company confirmed that it raised EUR 20m.", "funding", "Veloria"),  # not the city
        ("Orvane buys chips. Elsewhere, the Rotterdam-based chip designer Nevik said on Friday that it had signed a deal.", "location", "Nevik"),
        ("Veloria's chief speaks. Ines Carvalho co-founded Veloria Robotics in Lisbon in 2018.", "founding", "Veloria Robotics"),  # what was founded
        ("Latvia's government has promised to open a national AI centre in Riga next year.", "pledge", "Latvian government"),  # one name for one body
        ("Orvane buys chips. Tessaly, a chipmaker, was spun out of the Osaka-based electronics group Kurobe.", "location", "Kurobe"),
        ("Veloria makes robots. Atlantico is the largest investor in Nordvind.", "ownership", "Nordvind"),
        ("Veloria Robotics makes robots. The company is now one of Portugal's most valuable start-ups.", "comparison", "Veloria Robotics"),
        ("Markets\n\n10:05 - Shares in the lens maker Opteryx fell 9% after it cut its sales forecast to $200m.", "revenue", "Opteryx"),  # not "Shares"
        ("Harlow Retail Group, which is listed in Paris, bought the bakery chain Crumbe in 2023 for EUR 80m.", "investment", "Harlow Retail Group"),  # the buyer
        ("The regulator said the cloud host Cirrovale won contracts worth EUR 1bn last year.", "revenue", "Cirrovale"),  # a firm, not a person
        ("Kelda Holdings sells power. The group's unit, Kelda Energy Storage, runs 20 sites. Kelda was founded in 1998.", "founding", "Kelda Holdings"),  # the group
        ("Osmund Health makes scanners. The round was led by the fund Fernhill Capital, and existing backer Tidewater Partners also invested.", "funding",
         "Osmund Health"),  # not an investor
        ("The watchdog opened an investigation into whether the app maker Pixlane misled customers.", "other", "Pixlane"),  # what it looks into
        ("Brightwater Bank is a lender. Its shares rose 4% on Monday.", "other", "Brightwater Bank"),  # the sentence before's firm
    ],
)
def test_the_subject_is_what_the_claim_is_about(text: str, claim_type: str, subject: str) -> None:
    assert subject in [c.subject for c in extract(text, dt.date(2025, 5, 1)) if c.type == claim_type]


@pytest.mark.parametrize(
    ("text", "claim_type", "time"),
    [
        ("Founded in 2019, Acme Labs raised $5m in 2024.", "funding", "2024"),  # the nearer phrase, even after the amount
        ("Veloria Robotics was founded in 2018 by Ines Carvalho and is headquartered in Lisbon.", "location", None),  # the founding's year
        ("Net income for the second quarter climbed from $61 million in Q1 to $90 million.", "other", "2025-06"),  # Q1 is the base
        ("The regulator today warned that investors lost NOK 2.3bn in the first half of this year.", "warning", "2025-06"),  # not the day of the warning
        ("A report by the Amstel Institute, which found last month that Dutch firms spent €900m on cloud services in 2024.", "investment", "2024"),
        ("The regulator warned on Tuesday that investors lost NOK 2.3bn.", "warning", "2025-08-05"),  # the only time given
        ("Marlow Bank said it would close 30 branches by the end of March.", "pledge", "2026-03"),  # a deadline still to come
        ("Opteryx cut its sales forecast for the current quarter to $200m.", "revenue", "2025-09"),
    ],
)
def test_the_time_is_the_claims_own(text: str, claim_type: str, time: str | None) -> None:
    found = [c for c in extract(text, dt.date(2025, 8, 7)) if c.type == claim_type]
    assert found and {c.time.value if c.time else None for c in found} == {time}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator warned that retail investors lost an estimated NOK 2.3bn in the first half of this year.", ["warning"]),
        ("Acme Energy said it had ordered $2bn of turbines, its largest ever purchase.", ["investment", "comparison"]),  # a record of its own
        ("Acme Energy's revenue rose 18% to $1.34 billion. Analysts polled by Consenso had expected $1.29 billion.", ["revenue", "revenue"]),
        ("Acme Energy's revenue rose to $1.34 billion. Net income climbed to $90 million.", ["revenue", "other"]),  # a kind of its own
        ("The freeze costs the Treasury about GBP 3bn a year, according to the Institute for Fiscal Studies.", ["policy"]),
        ("Latvia climbed two places to fifth.", ["comparison"]),
    ],
)
def test_types_of_amounts_from_their_sentence_and_the_one_before(text: str, expected: list[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Highlights for the first half of 2025:", []),  # a period, no comparison
        ("Acme now expects revenue for 2025 of EUR 105-115m, up from guidance of EUR 90-100m given in March.", ["revenue"]),  # the old guidance
        ("Acme plans to spend EUR 35m on a third plant in northern Portugal, which it aims to open by 2027.", ["pledge"]),  # one plan
        ('"Our customers are ordering faster than we can build," said Ines Carvalho, the chief executive.', []),  # a quoted view
        ('"We raised $5m last year," said Ines Carvalho, the chief executive.', ["funding"]),  # a quoted fact stays
    ],
)
def test_no_claim_of_a_period_a_base_a_relative_clause_or_a_quoted_view(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_a_live_blog_heading_after_its_time_is_no_name() -> None:
    text = "Budget day: live updates\n\n12:26 Defence. Spending will rise to 2.6% of GDP by 2027, the chancellor confirmed."
    assert [c.subject for c in extract(text, dt.date(2025, 11, 26))] == [None]


def test_a_demonym_before_government_names_the_government() -> None:
    text = "The Dutch government has pledged €2.5bn over five years to build national AI computing capacity."
    assert subjects(text) == ["Dutch government"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ardwell said it would use the proceeds to repay its bonds.", ["pledge"]),  # a commitment without a pledge verb
        ("Chief executive Jo Hale said the group aimed to double its fleet to 900 vans by 2028.", ["pledge"]),
        ("Shares in Ardwell closed 2% higher on Monday, valuing the company at about £3bn.", ["market_cap"]),  # a market value
        ("Ardwell's shares were sold to Beta in a deal valuing the company at about £3bn.", ["valuation"]),  # a sale, no trading
        ("Without the settlement discount, the penalty would have been EUR 5m.", ["other"]),  # no speculation
        ("The company said it would cooperate fully.", []),  # a routine line
        ("The largest single round was the EUR 95m raised in June by Brisal.", ["funding", "comparison"]),  # a record named first
        ("The first payments from the fund are due by March 2026.", ["pledge"]),
        ("An investigation by the watchdog found that Pellam opened 900 accounts without checks.", ["warning"]),  # a finding of failure
        ("The Markets Office has also required Pellam to appoint an auditor.", ["other"]),
        ("About 300 of those accounts were later used for fraud, the watchdog said.", ["other"]),
        ("The institute, which was set up in 2011, is funded by a group of savings banks.", ["founding", "funding"]),
    ],
)
def test_commitments_market_values_and_figures_before_a_discount(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_a_firm_named_short_before_it_is_named_in_full_is_one_entity() -> None:
    text = "Watchdog fines Pellam EUR 2m\n\nThe Payments Office has fined Pellam Transfers Ltd EUR 2m for weak checks."
    assert subjects(text) == ["Pellam Transfers", "Pellam Transfers"]


def test_an_interview_answer_is_the_person_interviewed_speaking_for_the_firm() -> None:
    text = (
        "Maya Lind on building Corvane\n\nCorvane, a Bergen-based maker of ferry software, was set up by Maya Lind. "
        "It now works for Arctic Lines.\n\nHow big is the business?\n\nWe had revenue of NOK 90m last year, up from NOK 60m.\n\n"
        "Who owns it?\n\nTom and I still hold about 40% between us.\n\nCorvane lost NOK 12m in 2023, according to its accounts."
    )
    found = [(c.type, c.subject, c.attribution) for c in extract(text, dt.date(2025, 6, 1)) if c.type in ("revenue", "ownership")]
    assert found == [("revenue", "Corvane", "Maya Lind"), ("ownership", "Corvane", "Maya Lind")]
    assert [c.attribution for c in extract(text, dt.date(2025, 6, 1)) if c.value and c.value.amount == 12e6] == ["Corvane"]  # not an answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ardent Pay, a payments group, grew quickly.", "org"),  # an apposition names a firm
        ("Harlow Foods bought Crumbe last year.", "org"),  # what a firm does
        ("Osmund Health raised $40m.", "org"),
        ("Maya Lind raised concerns about the deal.", "person"),  # raised no money
        ("Jane Doe, a partner at the firm, agreed.", "person"),  # a person at a firm
        ("Tom Pryce, the company's founder, agreed.", "person"),
    ],
)
def test_a_two_word_name_is_a_firm_by_what_follows_it(text: str, kind: str) -> None:
    assert find_mentions(parse(text), Span(0, len(text)))[0].kind == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Britain's Competition and Markets Authority cleared the deal.", ["Britain", "Competition and Markets Authority"]),
        ("The Securities and Exchange Commission fined Acme.", ["Securities and Exchange Commission", "Acme"]),
        ("The Food and Drug Administration approved it.", ["Food and Drug Administration"]),
        ("Spain and Portugal raised more.", ["Spain", "Portugal"]),  # two places
        ("Northwall and Redline Capital invested.", ["Northwall", "Redline Capital"]),  # a firm is no public body
        ("The Bank of England and Financial Conduct Authority met.", ["Bank of England", "Financial Conduct Authority"]),
    ],
)
def test_and_inside_a_public_body_s_name_joins_one_word_to_the_rest(text: str, names: list[str]) -> None:
    assert [mention.label for mention in find_mentions(parse(text), Span(0, len(text)))] == names


def test_counts_of_goods_and_events_with_a_date_are_facts_and_it_is_the_firm_the_sentence_before_opens_with() -> None:
    text = "Velmar, the Lyon-based van maker, said it had delivered 4,100 vans in 2024. It now expects to deliver 7,000 this year."
    assert [(c.type, c.subject) for c in extract(text, dt.date(2025, 2, 21))] == [("location", "Velmar"), ("other", "Velmar"), ("other", "Velmar")]
    text = "Lumora agreed to buy Gatewise for GBP 640m. The deal was announced in October."
    assert [(c.type, c.time.value if c.time else None) for c in extract(text, dt.date(2025, 2, 21))] == [("investment", None), ("other", "2024-10")]
    text = "Corlan Energy makes power. Net income rose on higher prices in Texas. It also cut its estimate of repair costs to $8m."
    assert subjects(text) == ["Corlan Energy"]  # not the place the sentence before ends with


def test_a_founder_who_set_it_up_and_customers_counted_by_it() -> None:
    text = ("Lumenfield makes routing software. Adaeze Okafor set it up with a former colleague, Tom Pryce, in 2017. "
            "It now counts Royal Parcel and the supermarket chain Greenhill among its customers.")
    found = [(c.type, c.subject, c.object, c.time.value if c.time else None) for c in extract(text, dt.date(2025, 6, 12))]
    assert found == [
        ("founding", "Lumenfield", "2017", "2017"), ("founding", "Lumenfield", "Adaeze Okafor", "2017"), ("adoption", "Lumenfield", None, "2025-06-12")
    ]  # the year and the founder who set it up, one claim each


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Acme makes vans. It now counts Royal Parcel among its customers.", "Acme"),  # "It" does the counting
        ("Acme makes vans. It said Corlan had raised $5m.", "Corlan"),  # what it said is about another
    ],
)
def test_a_sentence_that_opens_with_it_and_a_verb_is_about_the_firm_before(text: str, subject: str) -> None:
    assert subjects(text)[-1] == subject


def test_a_think_tank_report_s_dateline_apposition_period_and_author() -> None:
    text = (
        "LISBON, 2 May 2025 - Venture funding for Portuguese start-ups fell, according to a report published on Monday by the Instituto "
        "Rendeiro, a Porto think tank. Start-ups raised EUR 90m between January and March, the report found. The largest round was the "
        "EUR 20m raised in February by Brisal, a Braga software company. The institute warned that several lenders could fail."
    )
    found = [(c.type, c.subject, c.object, c.time.value if c.time else None, c.attribution) for c in extract(text, dt.date(2025, 5, 2))]
    assert ("location", "Instituto Rendeiro", "Porto", None, None) in found  # "X, a Porto think tank"
    assert ("location", "Brisal", "Braga", None, None) in found
    assert ("funding", "Brisal", None, "2025-02", None) in found  # "raised in February by Brisal"
    assert [f[3:] for f in found if f[0] == "funding" and f[3] == "2025-03"] == [("2025-03", "Instituto Rendeiro")]  # the period's end
    assert [f[1] for f in found if f[0] == "warning"] == ["Instituto Rendeiro"]  # the report's author
    assert "Venture" not in {f[1] for f in found}  # the word after a dateline is no name
