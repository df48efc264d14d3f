"""Rules for errors of a general kind, each on invented sentences: names, money, types, subjects, attribution and times."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.extraction import extract
from claimgraph.claims.extraction.mentions import Mention, Tracker, find_mentions, inside_words, tidy
from claimgraph.claims.extraction.segment import Span, parse, sentences


def claims(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[dict[str, object]]:
    return [c.to_json() for c in extract(text, published)]


def kinds(text: str) -> dict[str, str]:
    return {m.label: m.kind for m in find_mentions(parse(text), Span(0, len(text)))}


def test_a_legal_form_in_lower_case_makes_a_name_a_firm() -> None:
    assert kinds("Results of Tamsin Ropes plc for the year.")["Tamsin Ropes"] == "org"
    assert kinds("Orla Brennan ltd. was dissolved.")["Orla Brennan"] == "org"
    assert kinds("Orla Brennan, a lawyer, spoke.")["Orla Brennan"] == "person"
    text = "Tamsin Ropes plc: annual results\n\nTamsin Ropes plc, the rope maker, reports.\n\n- Revenue of GBP 80 million.\n\nTamsin will spend GBP 5 million on a new mill."
    subjects = {c["quote"]: c["subject"] for c in claims(text)}
    assert subjects["- Revenue of GBP 80 million."] == "Tamsin Ropes"
    assert subjects["Tamsin will spend GBP 5 million on a new mill."] == "Tamsin Ropes"


def test_any_current_iso_code_is_a_currency_in_capitals() -> None:
    found = claims("Mirova Foods had revenue of HUF 52bn last year. Its rival Taskent raised ZAR 300m.")
    assert [(c["value"]["currency"], c["value"]["amount"]) for c in found] == [("HUF", 52e9), ("ZAR", 300e6)]
    assert found[1]["subject"] == "Taskent" and all(c["subject"] != "ZAR" for c in found)
    assert all(c["value"] is None for c in claims("ALL 12 shops were shut, and TOP 10 lists were printed."))


def test_an_amount_restated_in_brackets_is_one_fact() -> None:
    found = claims("Brasa Tech raised ZAR 300m (USD 16m) in a round led by Kalahari Partners.")
    assert [(c["type"], c["value"] and c["value"]["currency"]) for c in found if c["value"]] == [("funding", "ZAR")]
    found = claims("Results of Noven plc\n\n- Operating profit of EUR 12.4 million (2024: EUR 9.1 million).")
    assert [c["value"]["amount"] for c in found if c["value"]] == [12.4e6]
    found = claims("Noven raised EUR 5m in May and EUR 7m (about USD 8m) in June.")
    assert [c["value"]["amount"] for c in found if c["value"]] == [5e6, 7e6]


def test_the_firm_refers_within_its_paragraph() -> None:
    text = (
        "Pellow Mining\nPellow Mining raised $30m. Pellow Mining said its mine in Chile would reopen. Pellow Mining shares rose.\n\n"
        "Funds\nDrayfield Capital, a Boston investor, has closed a fund at $200m. The firm says half of the money will go to Asia."
    )
    last = claims(text)[-1]
    assert last["quote"].startswith("The firm says") and last["subject"] == "Drayfield Capital" and last["attribution"] == "Drayfield Capital"


def test_a_description_in_a_clause_is_not_that_clause_own_subject() -> None:
    text = "Corvane Bio raised $20m. Corvane Bio is based in Ghent. Corvane Bio employs 90 people.\n\nHalden Partners, which owns 9% of Corvane Bio, joined too. Halden has invested in the company since 2019."
    last = claims(text)[-1]
    assert last["quote"].startswith("Halden has invested") and last["subject"] == "Corvane Bio"


def test_a_surname_of_a_person_named_before_is_that_person() -> None:
    text = "Mira Tolland founded Quenby Labs. Tolland said so."
    doc, tracker = parse(text), Tracker()
    first, second = sentences(text, doc)
    tracker.add_sentence(tracker.canonical(find_mentions(doc, first)))
    assert [(m.label, m.kind) for m in tracker.canonical(find_mentions(doc, second))] == [("Mira Tolland", "person")]


def test_a_name_before_a_common_noun_is_where_something_is() -> None:
    assert kinds("Output rose at the Kelbrook plant in May.")["Kelbrook"] == "place"
    assert kinds("Output rose, the Kelbrook reported.")["Kelbrook"] != "place"


def test_the_first_word_of_a_heading_is_no_name() -> None:
    text = "Operational highlights\n- Headcount rose to 900 from 850."
    doc = parse(text)
    heading = sentences(text, doc)[0]
    assert tidy(find_mentions(doc, heading), text, heading, inside_words(doc)) == []


def test_two_words_later_named_by_the_first_are_a_firm() -> None:
    text = "Regulators fined Dunlow Freight and Ketteridge Haulage. Dunlow was fined £3m. Ketteridge did not appeal."
    found = claims(text)
    assert next(c for c in found if c["quote"].startswith("Dunlow was fined"))["subject"] == "Dunlow Freight"
    assert kinds("Mary Grant met Tom Hale. Hale said no.")["Mary Grant"] == "person"


def test_the_government_is_that_of_the_country_the_text_names_most() -> None:
    text = "Chile plans to build two ports. Chilean exporters welcomed it. Trade minister Ana Rojas said the government would spend $2bn on the ports by 2028."
    pledge = claims(text)[-1]
    assert pledge["type"] == "pledge" and pledge["subject"] == "Chilean government"


def test_the_authority_and_the_tribunal_are_bodies_named_before() -> None:
    tracker = Tracker()
    tracker.add_sentence([Mention(0, 22, "Fair Trading Authority", "org"), Mention(30, 43, "Ardwell Foods", "org")])
    tracker.add_sentence([Mention(50, 66, "Appeals Tribunal", "org"), Mention(70, 83, "Ardwell Foods", "org")])
    assert tracker.resolve("the authority", before=90) == "Fair Trading Authority"
    assert tracker.resolve("the tribunal", before=90) == "Appeals Tribunal"


def of(found: list[dict[str, object]], start: str) -> list[dict[str, object]]:
    return [c for c in found if str(c["quote"]).lstrip("- ").startswith(start)]


def test_an_order_won_is_revenue_and_a_contract_worth_money_no_valuation() -> None:
    found = claims("Tarnwell Rail has won an order worth EUR 90m from a Danish rail operator. Tarnwell signed two contracts with port operators, together worth about EUR 30m.")
    assert [c["type"] for c in found if c["value"]] == ["revenue", "revenue"]


def test_balance_sheet_figures_are_other_facts() -> None:
    found = claims("Ossery Mills plc results\n\n- Revenue of EUR 80 million.\n- Order backlog of EUR 1.1 billion.\n- Net debt of EUR 40 million.\n- Final dividend of EUR 12 million.")
    assert [c["type"] for c in found if c["value"]] == ["revenue", "other", "other", "other"]


def test_an_amount_set_against_a_target_is_no_claim_of_its_own() -> None:
    found = claims("Larkfield Capital has closed its second fund at $300m, above its target of $250m.")
    assert [(c["type"], c["value"]["amount"]) for c in found if c["value"]] == [("funding", 300e6)]


def test_commitments_without_a_pledge_verb() -> None:
    found = claims("Vessa Health raised $12m in May. It will use the money to open clinics in Spain next year.")
    assert [(c["type"], c["time"]["value"]) for c in of(found, "It will use")] == [("pledge", "2026")]
    found = claims("Portugal will tighten rules. The minister said the government would also give the agency EUR 5m a year.")
    assert [c["type"] for c in of(found, "The minister said")] == ["pledge"]


def test_a_stake_kept_a_founder_named_and_a_company_set_up() -> None:
    found = claims("Lintra Foods was sold to Aramo. Lintra's founder, Ada Moss, keeps 30%. Moss, who set up the company in 2012, stays on.")
    assert {c["type"] for c in of(found, "Lintra's founder")} == {"ownership", "founding"}
    assert [(c["type"], c["object"]) for c in found if "set up" in str(c["quote"])] == [("founding", "2012")]


def test_where_a_firm_is_from_its_apposition_with_the_or_as_an_investor() -> None:
    found = claims("Kelvaro Systems, the Tampere software maker, raised EUR 5m. Moorgate Partners, a Leeds investor in health start-ups, led it.")
    assert sorted((c["subject"], c["object"]) for c in found if c["type"] == "location") == [("Kelvaro Systems", "Tampere"), ("Moorgate Partners", "Leeds")]


def test_a_regulators_finding_is_a_warning() -> None:
    found = claims("The FCA found that Brisk Loans had broken its lending rules between 2020 and 2023.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("warning", "2023")]


def test_a_deadline_or_an_opening_ahead_dates_a_pledge() -> None:
    found = claims("Dorran plc has started a share buyback of up to GBP 20 million, to be completed by the end of September.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2025-09")]
    found = claims("Dorran will spend GBP 90 million on a plant in Hull, which is due to open in 2027.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2027")]


def test_a_datelines_agency_is_no_name_of_the_story() -> None:
    found = claims("LIMA, 4 May (Newswire) - Andora Mining has raised $40m, the company said on Friday. It is the largest round in its history.")
    assert {c["subject"] for c in found} == {"Andora Mining"} and {c["attribution"] for c in found} <= {"Andora Mining", None}


def test_a_ministers_portfolio_is_no_body() -> None:
    assert "Finance" not in kinds("The Minister for Finance, Ana Silva, spoke.") and "Minister" not in kinds("The Minister for Finance, Ana Silva, spoke.")
    assert "Trade" not in kinds("Trade minister Ana Silva said so.")


def test_a_ministry_with_no_name_is_of_the_country_the_text_names_most() -> None:
    text = "Peru plans to buy ten aircraft. Peruvian airlines agree. Andes Air has won an order worth $80m, the transport ministry said on Friday."
    assert claims(text)[-1]["attribution"] == "Peruvian transport ministry"


def test_a_bracketed_figure_takes_no_time_and_gives_none() -> None:
    found = claims("Results\n\n- Net debt of EUR 40 million (2024: EUR 55 million).\n\nVarro won an order worth PLN 90m (USD 23m) from the army, the ministry said on Friday.")
    assert [c["time"]["value"] for c in found if c["value"]] == [None, "2025-05-09"]


def test_a_public_bodys_finding_and_a_period_of_years_named_by_its_end() -> None:
    found = claims("The Board found that Velk Credit opened 9,000 accounts in the two years to the end of 2023 without checks.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("warning", "2023-12")]


def test_counts_of_any_things_and_events_of_a_plant_or_a_deal() -> None:
    assert [c["type"] for c in claims("Norvik Ferries operates 14 passenger vessels.")] == ["other"]
    assert claims("12:40 Business rates.") == []
    found = claims("Ardley Glass plc results\n\nThe new kiln at the Ardley plant began production in March. The deal is expected to close in the third quarter.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("other", "2025-03"), ("other", "2025-09")]


def test_a_count_of_customers_of_a_kind_and_a_firm_named_by_its_trade() -> None:
    found = claims("Karo Telecom had 2 million mobile broadband customers at the end of March.")
    assert [(c["type"], c["subject"]) for c in found] == [("adoption", "Karo Telecom")]


def test_two_commitments_in_one_sentence_and_one_plan_in_a_relative_clause() -> None:
    found = claims("Its finance chief, Eda Park, said the company expected to hire 40 engineers this year and would open a plant in Lyon in 2026.")
    assert [(c["type"], c["attribution"], c["time"]["value"]) for c in found] == [("pledge", "Eda Park", "2025"), ("pledge", "Eda Park", "2026")]
    found = claims("Dorran will spend GBP 90 million on a plant in Hull, which is due to open in 2027 and will create 300 jobs.")
    assert [c["type"] for c in found] == ["pledge"]


def test_a_largest_shareholder_who_owns_a_share_is_one_stake() -> None:
    found = claims("Ossian Tea was founded in 1990. Ossian's largest shareholder, the fund Tamar Capital, owns 12% of the company.")
    assert [c["type"] for c in found if "Tamar" in str(c["quote"])] == ["ownership"]


def test_the_ministry_after_a_ministry_described_is_the_same() -> None:
    text = "Peru plans to buy jets. Peruvian pilots agree. Andes Air won an order worth $80m, the transport ministry said. The order covers 12 jets, the ministry said."
    assert [c["attribution"] for c in claims(text)[-2:]] == ["Peruvian transport ministry", "Peruvian transport ministry"]


def test_a_source_that_goes_on_to_speak_of_itself_after_a_time() -> None:
    found = claims("Tarro Cement raised $5m. Small makers are growing. Velsa, a Greek maker of tiles, said last week that it would double output by September.")
    assert [(c["subject"], c["attribution"]) for c in found if c["type"] == "pledge"] == [("Velsa", "Velsa")]


def test_a_share_beside_a_stake_is_the_stake() -> None:
    found = claims("Mirelle Foods is 40% owned by the grocer Cantal, which bought its stake in 2021.")
    assert [c["type"] for c in found if "40%" in str(c["quote"])] == ["ownership"]


def test_a_verb_of_saying_in_a_relative_clause_speaks_only_for_it() -> None:
    found = claims("The regulator fined Orrin Haulage. Dunlow Freight, which reported the cartel to the regulator, was not fined.")
    assert [c["attribution"] for c in found if "not fined" in str(c["quote"])] == [None]


def test_a_sentences_first_word_before_a_plural_noun_is_no_name() -> None:
    found = claims("Kestor Group had a good year. Online sales at Kestor Group rose to $40m in 2024.")
    assert [c["subject"] for c in found if c["value"]] == ["Kestor Group"]


def test_the_board_is_the_firm_or_body_at_hand() -> None:
    found = claims("Ossery Mills plc results\n\nOssery Mills plc reports its year. For the current year, the board expects revenue of EUR 90 million.")
    assert [c["attribution"] for c in found if c["value"]] == ["Ossery Mills"]


def test_the_figure_a_forecast_was_cut_from_is_no_claim() -> None:
    found = claims("Shares in Varro fell after it cut its sales forecast to between $310m and $330m, from about $380m.")
    assert [c["value"]["max"] for c in found if c["value"]] == [330e6]


def test_a_stake_given_as_a_fraction_is_in_the_firm_it_is_of() -> None:
    found = claims("Pellam Robotics raised EUR 9m from investors led by Horn Capital, which owns about a fifth of the company.")
    assert [c["subject"] for c in found if c["type"] == "ownership"] == ["Pellam Robotics"]


def test_the_country_is_the_one_the_text_names_most() -> None:
    tracker = Tracker()
    tracker.add_sentence([Mention(0, 7, "Denmark", "place"), Mention(10, 16, "Sweden", "place")])
    tracker.add_sentence([Mention(20, 27, "Denmark", "place")])
    assert tracker.resolve("the country", before=40) == "Denmark"


def test_its_after_a_sentence_opening_with_a_description_is_what_it_describes() -> None:
    text = (
        "The Harbour Policy Centre published a report on ports. Larsen Shipping raised $30m in June. Larsen Shipping is based in Oslo.\n\n"
        "The centre warned that several ports could close. Its director, Eva Lund, said that about one in five of the 60 ports had cut staff since 2023."
    )
    last = claims(text)[-1]
    assert last["subject"] == "Harbour Policy Centre" and last["attribution"] == "Eva Lund"


def test_a_body_named_with_of_is_one_name_and_the_bureau_is_that_body() -> None:
    assert kinds("Figures from the Latvian Bureau of Energy Statistics came out.") == {"Latvian Bureau of Energy Statistics": "org"}
    text = "Flats in Riga used 4% less heat last year, the Latvian Bureau of Energy Statistics said. The bureau warned that older flats were losing heat faster."
    found = claims(text)
    assert [(c["type"], c["subject"], c["attribution"]) for c in found if c["type"] == "warning"] == [
        ("warning", "Latvian Bureau of Energy Statistics", "Latvian Bureau of Energy Statistics")
    ]
    assert all(c["attribution"] == "Latvian Bureau of Energy Statistics" for c in found)
    # "the office" with no office named stands for no body
    assert all(c["attribution"] is None for c in claims("Orsk Foods opened a new plant. The office said it had hired 200 staff."))


def test_a_body_of_a_body_speaks_for_itself() -> None:
    found = claims("The Kelvar Bank's Financial Stability Board warned on Monday that house prices could fall by a tenth.")
    assert [(c["subject"], c["attribution"]) for c in found] == [("Financial Stability Board", "Financial Stability Board")]


def test_a_sentence_opening_with_a_firm_before_an_irregular_past_verb_is_about_the_firm() -> None:
    text = "Orsk shares rose.\n\nOrsk bought the bakery chain Melba in 2023 for £40m. Orsk won a contract worth £9m from the city of Leeds."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Orsk", "Orsk"]
    assert [c["subject"] for c in claims("Tamsin Ropes plc reports.\n\nHeadcount rose to 3,150 from 2,780.")] == ["Tamsin Ropes"]


def test_a_noun_that_introduced_a_firm_stands_for_it_after() -> None:
    text = "Orsk Foods bought the bakery chain Melba last year. The chain, which was founded in 1990, has 140 shops and employs 900 people."
    assert {(c["type"], c["subject"]) for c in claims(text) if c["type"] != "investment"} == {("founding", "Melba"), ("other", "Melba")}


def test_a_person_quoted_on_figures_speaks_for_their_firm_and_a_quotation_that_goes_on_is_theirs() -> None:
    text = (
        "Bram Okoye runs Velder, a Leeds company that makes bike frames.\n\n"
        "\"We sold 12,000 frames last year,\" Okoye said at the workshop. \"Our revenue was £8m. I think the market will recover.\"\n\n"
        "\"We have 90 staff,\" he said. \"Customers are happier than ever.\""
    )
    found = {c["quote"]: (c["subject"], c["attribution"]) for c in claims(text)}
    assert found["\"Our revenue was £8m."] == ("Velder", "Bram Okoye")
    assert found["\"We have 90 staff,\" he said."] == ("Velder", "Bram Okoye")
    assert not any("happier" in quote or "recover" in quote for quote in found)  # a view, with no figure


def test_a_tables_column_in_a_currency_gives_each_row_its_money_and_the_row_is_about_its_first_cell() -> None:
    text = "Venture funding in the Baltics rose last year.\n\nFunding by country, 2024\n\nCountry | Funding (EUR m) | Deals\nEstonia | 410 | 92\nLatvia | 85.5 | 31\nLithuania | 1,020 | 64\n"
    rows = [(c["type"], c["subject"], c["value"]["amount"], c["value"]["currency"]) for c in claims(text) if "|" in c["quote"]]
    assert rows == [("funding", "Estonia", 410e6, "EUR"), ("funding", "Latvia", 85.5e6, "EUR"), ("funding", "Lithuania", 1020e6, "EUR")]
    assert not [c for c in claims("Tally\n\nCountry | Shops (ABC m) | Deals\nEstonia | 410 | 92\n") if c["value"]]  # no currency code


def test_a_word_describing_a_name_at_a_sentences_start_is_not_in_it() -> None:
    assert kinds("Rival Brannock Systems, based in Oulu, raised EUR 60m.")["Brannock Systems"] == "org"
    assert "Former Barclays" not in kinds("Former Barclays banker Jo Hart joined.")
    assert "New York Life" in kinds("New York Life bought Acme.")
    found = claims("Rival Brannock Systems, based in Oulu, raised EUR 60m in May.")
    assert {c["subject"] for c in found} == {"Brannock Systems"}


def test_the_kind_of_a_figure_carries_to_the_next_sentence_of_its_paragraph_only() -> None:
    text = "Shares in Orsk Foods rose 4%, valuing the company at £900m.\n\nChief executive Ada Lunn said its cash pile reached £40m in May."
    assert [c["type"] for c in claims(text)] == ["market_cap", "other"]
    text = "Orsk Foods had revenue of £90m last year. Analysts had expected £85m."
    assert [c["type"] for c in claims(text)] == ["revenue", "revenue"]


def test_a_forecast_revised_a_target_set_and_a_count_that_moved_are_claims_of_their_kinds() -> None:
    found = claims("Orsk Foods lowered its forecast for annual sales on Monday after a wet spring hurt demand more than it had expected.")
    assert [(c["type"], c["subject"]) for c in found] == [("revenue", "Orsk Foods")]
    found = claims("The Latvian government has set a new target for rail freight of 40% of all goods by 2032.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2032")]
    found = claims("Latvia's economy grew. The number of firms exporting to Asia rose to 1,210 from 980, the statistics office said.")
    assert [c["type"] for c in found if "number" in c["quote"]] == ["other"]
    found = claims("The Latvian government plans rail reforms. It said in March it would add EUR 300m a year to the rail budget.")
    assert [c["type"] for c in found if c["value"]] == ["pledge"]


def test_it_said_after_a_sentence_opening_with_a_description_is_what_that_describes() -> None:
    text = "Finland's economy grew. The government has set a new target for rail freight by 2032. It said in March it would add EUR 300m a year to the rail budget."
    assert [(c["subject"], c["attribution"]) for c in claims(text) if c["value"]] == [("Finnish government", "Finnish government")]


def test_where_a_description_places_a_firm_has_no_time_of_its_own() -> None:
    found = claims("Orsk, the Riga software company she started in 2019, sells 40,000 licences a year.")
    assert [(c["object"], c["time"]["value"]) for c in found if c["type"] == "location"] == [("Riga", None)]


def test_a_firms_largest_customer_is_who_uses_it() -> None:
    found = claims("Orsk Foods sells bread in Riga. Its largest customer is the grocer Maxima Baltic.")
    assert [(c["type"], c["subject"]) for c in found if "customer" in c["quote"]] == [("adoption", "Orsk Foods")]


def test_a_comparison_in_quoted_words_is_opinion() -> None:
    assert claims("Analysts at Morrow Securities said the results were \"better than hoped\" and that the outlook looked safe.") == []


def test_an_investor_that_led_a_round_or_holds_a_bare_share_is_not_what_it_is_about() -> None:
    text = "Orsk Foods makes bread in Riga. The founders own 40% of the company. The Tallinn fund Baltvik Partners, which led a EUR 20m round in 2023, holds 22%."
    found = [(c["type"], c["subject"]) for c in claims(text)]
    assert found == [("ownership", "Orsk Foods"), ("funding", "Orsk Foods"), ("ownership", "Orsk Foods")]
    assert [c["subject"] for c in claims("Orsk Foods makes bread in Riga. Baltvik Partners holds 22% of Maxima Foods.")] == ["Maxima Foods"]


def test_a_firm_that_goes_on_to_say_something_is_its_source() -> None:
    found = claims("Orsk Foods cut its prices on Monday after sales fell, and said it would spend £20m on new ovens.")
    assert [(c["type"], c["subject"], c["attribution"]) for c in found if c["value"]] == [("pledge", "Orsk Foods", "Orsk Foods")]
    found = claims("Orsk Foods cut its prices, and Maxima Foods said it would spend £20m on new ovens.")
    assert [c["attribution"] for c in found if c["value"]] == ["Maxima Foods"]


def test_a_half_named_without_a_year_looks_ahead_only_in_the_part_of_a_sentence_that_does() -> None:
    found = claims("Orsk Foods cut its prices after sales in the first half fell more than it had expected, and said it would hire staff.", dt.date(2025, 7, 25))
    assert [t["value"] for c in found if (t := c["time"])["expression"] == "the first half"] in ([], ["2025-06"])
    found = claims("Orsk Foods said sales in the first half rose 4%, and it expects sales of £90m in the fourth quarter.", dt.date(2025, 7, 25))
    assert {c["time"]["value"] for c in found} >= {"2025-06", "2025-12"}


def test_a_firm_someone_started_in_a_year_was_founded_then() -> None:
    found = claims("Orsk, the Riga software company she started in 2019 with her brother, sells 40,000 licences a year.")
    assert [(c["subject"], c["object"], c["time"]["value"]) for c in found if c["type"] == "founding"] == [("Orsk", "2019", "2019")]
    assert not [c for c in claims("The firm she started work at in 2019 was sold to Maxima Foods.") if c["type"] == "founding"]


def test_an_apposition_that_ranks_a_firm_is_a_comparison_of_its_own() -> None:
    found = claims("Orsk Foods, the country's largest bakery group by sales, said in February that it would spend EUR 9m on a new plant.")
    assert [(c["type"], c["subject"], c["quote"]) for c in found if c["type"] == "comparison"] == [
        ("comparison", "Orsk Foods", "Orsk Foods, the country's largest bakery group by sales")
    ]
    assert [c["type"] for c in found if c["value"]] == ["pledge"]


def test_the_government_of_a_text_naming_no_country_is_its_datelines_and_britains_is_the_uk_government() -> None:
    text = "Fine upheld\n\nLondon, 17 September 2025\n\nThe tribunal upheld a fine on Orsk Foods. Minister Tom Hale said on Monday that the government would give the regulator an extra £15m a year."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["UK government"]
    text = "RIGA, 3 May 2025 - Orsk Foods sells bread. The government said it would spend EUR 5m on new ovens."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Latvian government"]
    assert [c["subject"] for c in claims("The British government said it would spend £5m on ovens.")] == ["UK government"]


def test_a_group_named_by_its_country_is_the_subject() -> None:
    assert [c["subject"] for c in claims("Households in Finland spent EUR 2.1bn on heat pumps last year.")] == ["Finnish households"]
    found = claims("Last year, AI start-ups in the Netherlands raised EUR 1.2bn, according to Scaleboard.")
    assert [(c["subject"], c["attribution"]) for c in found] == [("Dutch AI start-ups", "Scaleboard")]
    assert [c["subject"] for c in claims("Orsk Foods sold bread to big firms in Latvia for EUR 5m.")] == ["Orsk Foods"]


def test_a_fine_whose_appeal_was_dismissed_is_about_who_appealed() -> None:
    found = claims("The High Court has dismissed an appeal by Orsk Foods against a £3m fine imposed by the Food Standards Agency.")
    assert [(c["type"], c["subject"]) for c in found] == [("other", "Orsk Foods")]


def test_an_amount_in_a_relative_clause_about_the_main_clauses_deal_takes_its_time() -> None:
    found = claims("Orsk Foods was bought in 2019 by the fund Baltvik Partners, which paid £31m for it.")
    assert [(c["type"], c["time"]["value"]) for c in found if c["value"]] == [("investment", "2019")]
    found = claims("Orsk Foods was sold in 2019 to Maxima Foods, which had raised £31m in 2015.")
    assert [c["time"]["value"] for c in found if c["value"]] == ["2015"]


def test_what_a_source_ranks_is_the_subject_of_the_ranking() -> None:
    text = "Finland spent more on research last year, according to Statsmark. Statsmark ranks the country fifth in Europe for research spending."
    assert [(c["type"], c["subject"], c["attribution"]) for c in claims(text)] == [("comparison", "Finland", "Statsmark")]


def test_opening_or_closing_a_site_is_a_fact_and_may_the_month_is_no_speculation() -> None:
    found = claims("Orsk Foods opened a second bread line in Tartu in May.")
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found] == [("other", "Orsk Foods", "2025-05")]
    assert [c["type"] for c in claims("Orsk Foods closed its Riga office last year.")] == ["other"]


def test_a_firm_that_will_be_profitable_or_break_even_by_a_time_has_made_a_pledge() -> None:
    assert [(c["type"], c["time"]["value"]) for c in claims("Orsk Foods will break even next year, its finance chief said.")] == [("pledge", "2026")]
    assert [c["type"] for c in claims("Orsk Foods was profitable in 2024.")] == ["other"]


def test_a_headlines_first_word_that_starts_a_firms_name_is_that_firm_and_a_forecast_after_a_noun_is_no_source() -> None:
    text = "Orsk raises sales forecast as bread prices fall\n\nRIGA, 3 May 2025 - Orsk Bakery Group raised its forecast for annual sales on Monday."
    found = claims(text)
    assert [(c["type"], c["subject"], c["attribution"]) for c in found] == [("revenue", "Orsk Bakery Group", None), ("revenue", "Orsk Bakery Group", None)]
    assert [c["attribution"] for c in claims("Orsk Foods said revenue rose. It forecasts sales of £9m next year.") if c["value"]] == ["Orsk Foods"]


def test_a_completion_expected_a_network_cut_and_a_count_of_people_by_demonym_are_facts() -> None:
    assert [c["type"] for c in claims("Orsk Foods expects the purchase to be completed in the third quarter.")] == ["other"]
    assert [c["type"] for c in claims("The bank has cut its branch network by half since 2019, it said.")] == ["other"]
    assert [c["type"] for c in claims("The regulator estimates that about 90,000 Latvians held a crypto product last year.")] == ["other"]


def test_a_count_in_words_and_a_share_of_a_total_are_facts_not_comparisons() -> None:
    found = claims("Ada Lunn said the regulator had opened eleven bakery investigations since January 2024, more than in any year before.")
    assert [c["type"] for c in found] == ["other"]
    assert [c["type"] for c in claims("Latvia accounted for more than three quarters of the total.")] == ["other"]
    assert [c["type"] for c in claims("Riga had more shops than Tallinn last year.")] == ["comparison"]


def test_a_country_is_no_short_form_of_a_body_named_after_it() -> None:
    text = "The Finland Data Agency will run the scheme. Households in Finland spent EUR 2bn on heat pumps last year, according to Statsmark."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Finnish households"]
    text = "The Finland Data Agency will run the scheme. Finland spent EUR 2bn on research last year. Statsmark ranks the country fifth in Europe."
    assert [c["subject"] for c in claims(text) if c["type"] == "comparison"] == ["Finland"]


def test_wanting_something_done_by_a_deadline_is_a_pledge() -> None:
    found = claims("Ada Lunn wants the bakery to reach 450 staff by the end of next year.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2026")]


def test_a_purchase_named_with_its_buyer_after_by_is_the_buyers() -> None:
    found = claims("The Latvian Competition Council cleared the purchase of the bakery chain Melba by the Swedish group Orsk Foods for EUR 90m.")
    assert [(c["type"], c["subject"]) for c in found] == [("investment", "Orsk Foods")]


def test_takings_and_income_are_revenue_and_net_or_operating_income_is_not() -> None:
    assert [c["type"] for c in claims("Ostrel Mills said its takings climbed to GBP 14m last year.")] == ["revenue"]
    assert [c["type"] for c in claims("Income at Ostrel Mills fell 4% to EUR 8m in the first half.")] == ["revenue"]
    assert [c["type"] for c in claims("Ostrel Mills had net income of EUR 2m and operating income of EUR 3m.")] == ["other", "other"]


def test_a_town_before_a_trade_describes_the_firm_and_is_not_the_subject() -> None:
    found = claims("Harbour payments start-up Velmora took EUR 12m from Ostrel Ventures.")
    assert [c["subject"] for c in found if c["value"]] == ["Velmora"]
    text = "Ostrel Bakeries supplies 300 cafes. The Tarnow baker made a profit of EUR 4m last year."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Ostrel Bakeries"]


def test_a_public_body_described_in_a_later_paragraph_about_a_firm_is_the_body() -> None:
    text = "The Water Supply Authority fined three utilities, it said.\n\nThe largest of them, Pellow Water, serves 90,000 homes. It will pay EUR 2m, the regulator said."
    found = [c for c in claims(text) if c["value"]]
    assert [(c["subject"], c["attribution"]) for c in found] == [("Pellow Water", "Water Supply Authority")]


def test_a_nationality_that_describes_one_firm_is_not_the_country_of_the_government() -> None:
    text = "RIGA, 3 May (Wire) - The Swedish group Orsk Foods bought a bakery chain.\n\nThe government will spend EUR 10m on rural roads, the minister said."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Latvian government"]


def test_a_hyphenated_backed_describes_the_investor_and_does_not_say_who_is_backed() -> None:
    found = claims("Pellow Robotics said it had raised EUR 9m from the state-backed Harbour Growth Fund in March.")
    assert [(c["type"], c["subject"]) for c in found] == [("funding", "Pellow Robotics")]


def test_in_a_list_of_rounds_the_firm_just_before_an_aside_raised_the_money() -> None:
    found = claims("Two rounds closed on Friday: Tovana raised EUR 8m; and Pellow, which makes drones for farms, raised EUR 5m.")
    assert [c["subject"] for c in found if c["value"]] == ["Tovana", "Pellow"]


def test_the_first_months_of_a_year_end_in_their_last_month() -> None:
    found = claims("Pellow Foods had sales of EUR 40m in the first nine months of the year. Its rival Tovana had sales of EUR 35m in the first eight months of 2024.", dt.date(2025, 11, 3))
    assert [c["time"]["value"] for c in found] == ["2025-09", "2024-08"]


def test_a_group_named_by_nationality_and_money_flowing_in_a_country_are_their_subjects() -> None:
    text = "Tovana raised EUR 8m last year. Greek start-ups raised EUR 90m in the third quarter. Venture funding in Greece reached EUR 400m last year."
    assert [c["subject"] for c in claims(text) if c["value"]] == ["Tovana", "Greek start-ups", "Greece"]


def test_a_count_in_an_apposition_holding_a_relative_clause_is_a_fact_beside_the_money() -> None:
    found = claims("Ostrel Foods, the family-run grocer that operates 52 shops across Wales, has agreed to buy Tovana for EUR 5m.")
    assert sorted((c["type"], c["subject"]) for c in found) == [("investment", "Ostrel Foods"), ("other", "Ostrel Foods")]


def test_a_count_after_and_in_a_clause_with_money_is_a_fact_of_the_same_firm() -> None:
    found = claims("Tovana was spun out of the Dutch group Orsk Holdings in 2015, had sales of EUR 9m last year and employs 300 people.")
    assert sorted((c["type"], c["subject"]) for c in found if c["type"] in ("revenue", "other")) == [("other", "Tovana"), ("revenue", "Tovana")]


def test_a_town_before_a_firms_trade_is_where_the_firm_is_based() -> None:
    found = claims("Orsk Foods agreed to buy the Tarnow baker Pellow Bread for EUR 6m, Orsk said.")
    assert [(c["subject"], c["object"], c["attribution"]) for c in found if c["type"] == "location"] == [("Pellow Bread", "Tarnow", None)]
    text = "Tovana Energy serves 90,000 homes.\n\nThe Cork supplier, owned by Orsk Holdings since 2020, made a profit of EUR 9m last year."
    assert [(c["subject"], c["object"], c["time"]["value"]) for c in claims(text) if c["type"] == "location"] == [("Tovana Energy", "Cork", None)]
    assert [c for c in claims("Orsk Foods bought the Cumbrian developer Pellow Power for EUR 6m.") if c["type"] == "location"] == []


def test_money_drawn_or_taken_from_backers_is_funding() -> None:
    assert [(c["type"], c["subject"]) for c in claims("Week in review: Greek start-ups draw EUR 90m")] == [("funding", "Greek start-ups")]
    assert [c["type"] for c in claims("Velmora took EUR 12m from Ostrel Ventures and two angels.")] == ["funding"]
    assert [c["type"] for c in claims("Velmora took a EUR 12m charge on the closure.")] != ["funding"]


def test_a_trade_body_whose_name_joins_two_trades_with_and_is_one_name() -> None:
    assert "Welsh Cheese and Dairy Association" in kinds("The Welsh Cheese and Dairy Association warned on Monday that farms would close.")
    found = claims("The Welsh Cheese and Dairy Association warned on Monday that one in five dairies could close.")
    assert [c["subject"] for c in found] == ["Welsh Cheese and Dairy Association"]


def test_behind_on_bills_is_no_ranking() -> None:
    assert [c["type"] for c in claims("About 7% of homes in Tarnow are behind on their water bills, the council said.")] != ["comparison"]
    assert [c["type"] for c in claims("Tarnow ranks behind Krakow on water quality.")] == ["comparison"]


def test_something_due_to_be_done_by_a_deadline_is_a_pledge() -> None:
    found = claims("The new ferry terminal is due to be finished by the end of March, Tarnow Ports said.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2026-03")]
    assert [c["type"] for c in claims("Orsk Foods expects the purchase to be completed in the third quarter.")] == ["other"]


def test_money_that_will_go_on_something_is_a_pledge() -> None:
    found = claims("The council said EUR 40m of the budget will go on new tram lines by 2028.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("pledge", "2028")]


def test_backing_a_thing_is_no_funding_round_and_backing_a_firm_is() -> None:
    # the cue's capital letter is tested case-sensitively: "backs the ..." named no firm, yet read as money raised
    assert [c["type"] for c in claims("Lumen Health backs the £2m research programme, its chief executive said.")] != ["funding"]
    assert [c["type"] for c in claims("Northwall backed the £2m buyout of Tessary last year.")] != ["funding"]
    assert [(c["type"], c["subject"]) for c in claims("Kestrel Foods backed Tessary with £2m last year.")] == [("funding", "Tessary")]
    assert [c["type"] for c in claims("Velmora drew the £3m it needed from a bank loan.")] != ["funding"]


def test_a_nationality_before_a_holder_s_name_is_not_the_holder() -> None:
    found = claims("Halvik Bank said its largest shareholder is the Danish pension fund Morvik Capital, which holds 9% of the bank.")
    assert [(c["type"], c["object"]) for c in found] == [("ownership", "Morvik Capital")]
    found = claims("Corlan Energy is owned by the Dutch utility Vessem Groep.")
    assert [(c["type"], c["object"]) for c in found] == [("ownership", "Vessem Groep")]


def test_a_fine_or_order_by_a_body_named_by_description_is_about_the_firm_it_names() -> None:
    text = (
        "Tallow Energy raised prices. Ofwat, the water regulator, warned in May that Tallow had missed its targets.\n\n"
        "The regulator fined the company £14m in 2023. The regulator said Tallow had failed to answer complaints. "
        "It ordered the company to repay customers £3m by the end of the year."
    )
    found = {c["quote"]: c for c in claims(text)}
    assert found["The regulator fined the company £14m in 2023."]["subject"] == "Tallow Energy"
    ordered = found["It ordered the company to repay customers £3m by the end of the year."]
    assert (ordered["type"], ordered["subject"]) == ("other", "Tallow Energy")  # an order to repay is no purchase order
    assert [c["type"] for c in claims("Harrowgate ordered $2bn of turbines from Nordvind.")] == ["investment"]


def test_customers_a_firm_wronged_are_no_users() -> None:
    text = "The Energy Supply Authority fined Tallow Energy £14m after finding that the supplier had overcharged 80,000 customers."
    assert "adoption" not in [c["type"] for c in claims(text)]
    assert [c["type"] for c in claims("Tallow Energy has 80,000 customers in Leinster.")] == ["adoption"]


def test_a_word_for_a_figure_opening_a_sentence_is_no_name() -> None:
    text = "Tessamark makes pharmacy software.\n\nRevenue was SEK 95m last year. Compliance will cost the company around SEK 12m a year."
    assert [c["subject"] for c in claims(text)] == ["Tessamark", "Tessamark"]


def test_a_figure_an_interviewee_gives_of_themself_is_a_fact() -> None:
    text = (
        "An interview with Sofia Lind of Tessamark\n\nWho owns Tessamark?\n\n"
        "Norrsken owns about a quarter of the company and I still hold 31% with my co-founder.\n\nWhat do you love?\n\nI love my job."
    )
    assert [c["type"] for c in claims(text)] == ["ownership"]


def test_a_time_before_the_amount_a_change_is_from_is_the_main_amount_s() -> None:
    found = claims("Chip firms committed EUR 3.1bn to Slovakia last year, down from EUR 4.4bn in 2023.", dt.date(2025, 6, 14))
    assert [(c["value"]["amount"], c["time"]["value"]) for c in found] == [(3.1e9, "2024")]


def test_a_table_s_amount_takes_its_column_s_type_and_its_header_row_is_no_claim() -> None:
    text = (
        "The table below gives each country's AI funding and the state's pledged support.\n\n"
        "Country | Funding raised | Pledged support\nSweden | SEK 4.1bn | SEK 1.0bn\nNorway | NOK 2.2bn | NOK 0.5bn\n"
    )
    found = claims(text)
    assert [(c["subject"], c["type"], c["value"]["amount"]) for c in found] == [
        ("Sweden", "funding", 4.1e9), ("Sweden", "pledge", 1e9), ("Norway", "funding", 2.2e9), ("Norway", "pledge", 0.5e9),
    ]


def test_shares_in_a_name_are_a_firm_s_and_a_speaker_after_after_is_found() -> None:
    found = claims("Shares in Harbour Rail rose 6% after the train operator said annual profit doubled to £88m.")
    assert [(c["subject"], c["attribution"]) for c in found] == [("Harbour Rail", "Harbour Rail")]


def test_a_forecast_cut_to_a_figure_is_a_claim() -> None:
    found = claims("Grantley Homes, the housebuilder, cut its forecast for completions this year to 9,500 from 10,200.")
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found] == [("other", "Grantley Homes", "2025")]
    assert claims("Grantley Homes raises its outlook") == []


def test_ahead_of_an_event_is_no_comparison_and_ahead_of_forecasts_is() -> None:
    text = "Marlow Instruments plc today gives an update on trading ahead of its full-year results in June."
    assert "comparison" not in [c["type"] for c in claims(text)]
    assert "comparison" in [c["type"] for c in claims("Marlow Instruments reported results ahead of forecasts, with a 12% rise in orders.")]


def test_a_bullet_s_change_on_a_year_gives_the_figure_no_time_and_an_order_book_is_no_purchase() -> None:
    text = "Marlow Instruments plc: trading update\n\nHighlights:\n- Revenue of GBP 212 million, up 9% on the previous year\n- Order book of GBP 140 million\n- Net cash of GBP 31 million"
    found = claims(text)
    assert [(c["type"], c["time"]["expression"]) for c in found] == [("revenue", None), ("other", None), ("other", None)]
    assert claims("Its shares rose 6% on Monday, Marlow said.", dt.date(2025, 4, 22))[0]["time"]["value"] == "2025-04-21"


def test_a_fine_imposed_on_a_firm_is_the_firm_s() -> None:
    found = claims("The EU General Court on Thursday upheld a EUR 48 million fine imposed on Dalvik Cement by the European Commission.")
    assert [c["subject"] for c in found] == ["Dalvik Cement"]


def test_a_value_as_a_multiple_of_earnings_is_a_valuation() -> None:
    text = "Pemberton Analytics agreed to buy Arkwell. The price values Arkwell at about 11 times its annual sales."
    found = [c for c in claims(text) if c["type"] == "valuation"]
    assert [(c["subject"], c["value"]) for c in found] == [("Arkwell", None)]
    text = "Brennick bought a unit of Solvane Group. The deal values the unit, Solvane Storage, at about 14 times its annual earnings."
    assert [c["subject"] for c in claims(text) if c["type"] == "valuation"] == ["Solvane Storage"]


def test_a_headline_s_buyer_is_the_subject_and_a_share_price_is_no_market_value() -> None:
    text = (
        "Pemberton buys data firm Arkwell for $640m\n\nPemberton Analytics agreed to buy Arkwell.\n\n"
        "Pemberton's shares fell 4% to $37.20, giving the company a market value of $9.1 billion."
    )
    found = claims(text)
    assert (found[0]["type"], found[0]["subject"]) == ("investment", "Pemberton Analytics")
    assert [(c["type"], c["value"]["amount"]) for c in found if c["value"] and c["value"]["amount"] < 1e3] == [("other", 37.2)]
    assert [c["type"] for c in found if c["value"] and c["value"]["amount"] == 9.1e9] == ["market_cap"]


def test_a_name_ending_in_a_trade_is_a_firm() -> None:
    found = claims("The Commission fined Dalvik Cement EUR 48m on Monday. Corrib Water will invest EUR 2bn in new pipes by 2030.")
    assert [c["subject"] for c in found] == ["Dalvik Cement", "Corrib Water"]
    assert [c["subject"] for c in claims("Paul Meer said on Monday that Vantor had raised $5m.")] == ["Vantor"]


def test_a_government_that_will_raise_its_spending_pledges_and_a_rule_that_will_apply_is_policy() -> None:
    text = (
        "Latvia sets out plan to double AI spending\n\n"
        "Latvia's government will double its spending on AI research to EUR 80m a year by 2028, the minister said on Tuesday.\n\n"
        "A new tax credit for research will apply from January, she said."
    )
    found = claims(text, dt.date(2025, 9, 9))
    assert [(c["type"], c["subject"]) for c in found][:2] == [("pledge", "Latvia"), ("pledge", "Latvian government")]
    assert [(c["type"], c["time"]["value"]) for c in found][2:] == [("policy", "2026-01")]  # from a January still to come


def test_money_put_into_start_ups_is_funding_of_the_group_named() -> None:
    text = "STOCKHOLM, 14 January 2025 - Venture investors put EUR 6.8bn into Nordic start-ups last year, according to Fundvik."
    found = claims(text, dt.date(2025, 1, 14))
    assert [(c["type"], c["subject"]) for c in found] == [("funding", "Nordic start-ups")]
    found = claims("Sweden took the largest share, with EUR 2.9bn invested in start-ups across 410 deals.")
    assert [c["type"] for c in found if c["value"]] == ["funding"]
    assert [c["type"] for c in claims("Climate technology was the only sector to grow, drawing EUR 1.9bn.")] == ["funding"]


def test_a_round_raised_by_a_firm_described_with_its_town_is_that_firm_s() -> None:
    found = claims("The largest round of the year was the EUR 310m raised by the Oslo battery maker Fjellkraft in May.")
    assert [c["subject"] for c in found if c["type"] == "funding"] == ["Fjellkraft"]
    found = claims("Quillon Bank grew fast. Astervale first backed Quillon with a GBP 40m investment in 2018.")
    assert [c["subject"] for c in found if c["type"] == "funding"] == ["Quillon Bank"]


def test_a_founding_in_a_town_and_a_year_by_two_with_one_surname() -> None:
    found = claims("Lumeno was founded in Dublin in 2018 by the brothers Cian and Ronan Hegarty.")
    assert [(c["type"], c["object"]) for c in found] == [
        ("founding", "2018"), ("founding", "Dublin"), ("founding", "Cian Hegarty"), ("founding", "Ronan Hegarty"),
    ]  # and no count read in "2018 by the brothers"


def test_a_prior_period_s_figure_and_a_change_s_base_are_no_claims_of_their_own() -> None:
    text = "Kelda Ferries ASA: results\n\nHighlights\n- Revenue of NOK 2.41 billion, up 7% from NOK 2.25 billion a year earlier\n- Operating profit of NOK 318 million (first half of 2024: NOK 276 million)"
    assert [c["value"]["amount"] for c in claims(text)] == [2.41e9, 318e6]


def test_a_period_between_two_months_of_named_years_ends_in_the_second() -> None:
    found = claims("The regulator warned that the data of 1.4 million teenagers was exposed between July 2022 and March 2024.", dt.date(2025, 11, 5))
    assert [(c["time"]["expression"], c["time"]["value"]) for c in found] == [("between July 2022 and March 2024", "2024-03")]


def test_what_will_happen_in_a_month_is_in_the_coming_one() -> None:
    found = claims("Kelda Ferries will pay an interim dividend of NOK 2.50 per share in September.", dt.date(2025, 8, 21))
    assert [c["time"]["value"] for c in found] == ["2025-09"]
    found = claims("Kelda Ferries paid a dividend of NOK 2 per share in September.", dt.date(2025, 8, 21))
    assert [c["time"]["value"] for c in found] == ["2024-09"]


def test_an_order_to_change_and_a_firm_reporting_its_own_revenue() -> None:
    text = "Tandem Digital owns Lumeno. The regulator fined Lumeno. It ordered Lumeno to change its settings within three months."
    assert [(c["type"], c["subject"]) for c in claims(text)][-1] == ("other", "Lumeno")
    text = "Lumeno says it has 11 million users in Europe. Tandem Digital reported revenue of USD 1.3 billion last year."
    assert [c["subject"] for c in claims(text) if c["type"] == "revenue"] == ["Tandem Digital"]
    text = "Marevia makes software. Its co-founder Ines Moura said revenue would double to EUR 24m next year."
    assert [c["subject"] for c in claims(text) if c["type"] == "revenue"] == ["Marevia"]


def test_a_warning_by_a_body_s_officer_is_the_body_s_and_a_firm_s_warning_on_itself_is_no_warning() -> None:
    found = claims("The Bank of England's deputy governor, Helen Archer, warned that household debt was rising faster than incomes.")
    assert [(c["type"], c["subject"], c["attribution"]) for c in found] == [("warning", "Bank of England", "Helen Archer")]
    found = claims("Shares in the online grocer Basketful fell 12% after it warned that it would miss its profit target for the year.")
    assert "warning" not in [c["type"] for c in found]


def test_a_firm_that_will_build_for_an_amount_pledges_and_a_ship_due_in_service_by_a_date_is_a_plan() -> None:
    found = claims("Ferrisand Energy will build a GBP 300m battery storage site near Doncaster, the company said.")
    assert [(c["type"], c["subject"]) for c in found] == [("pledge", "Ferrisand Energy")]
    found = claims("Kelda Ferries ordered two ferries. A third is due to enter service by the end of 2026.", dt.date(2025, 8, 21))
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found][-1] == ("pledge", "Kelda Ferries", "2026")


def test_codes_name_their_countries_a_stake_of_its_shares_is_the_firm_s_and_a_record_count_is_a_comparison() -> None:
    found = claims("UK inflation fell to 3.4% in September, the Office for National Statistics said.")
    assert [c["subject"] for c in found] == ["United Kingdom"]
    found = claims("Kelda Ferries runs ferries. The Rasmussen family holds 34% of its shares.")
    assert [(c["type"], c["subject"]) for c in found if c["type"] == "ownership"] == [("ownership", "Kelda Ferries")]
    found = claims("Kelda Ferries results\n\n- 3.2 million passengers carried, a record for the period")
    assert sorted(c["type"] for c in found) == ["comparison", "other"]


def test_a_fine_after_finding_something_is_a_fine_and_what_was_found_and_an_inquiry_opened_is_a_fact() -> None:
    text = "The Data Protection Commission fined the app Lumeno EUR 22 million on Tuesday after finding that it had shown teenagers' profiles to strangers."
    assert sorted(c["type"] for c in claims(text)) == ["other", "warning"]
    found = claims("The Data Protection Commission opened its inquiry into Lumeno in September 2024 after complaints from parents.")
    assert [(c["type"], c["subject"]) for c in found] == [("other", "Lumeno")]


def test_new_shares_worth_an_amount_are_funding_a_stake_sold_is_in_the_firm_and_a_market_share_is_no_stake() -> None:
    text = (
        "Verdana Foods plans to list its shares in Amsterdam.\n\n"
        "The company will sell new shares worth about EUR 300m and its owner, the private equity firm Harcastle, will sell part of its 85% stake."
    )
    found = claims(text)
    assert [(c["type"], c["subject"]) for c in found if c["value"]] == [("funding", "Verdana Foods")]
    assert [(c["type"], c["subject"]) for c in found if c["type"] == "ownership"] == [("ownership", "Verdana Foods")]
    found = claims("Verdana Foods had sales of EUR 410m. It holds a 31% share of the Dutch market for oat milk.")
    assert [(c["type"], c["subject"]) for c in found][-1] == ("other", "Verdana Foods")


def test_a_stake_bought_for_a_price_is_one_purchase_and_a_stake_held_since_is_a_fact_beside_a_payment() -> None:
    found = claims("The French utility Velmont has bought a 35% stake in Aubrac Solar for EUR 120m.")
    assert [c["type"] for c in found] == ["investment"]
    found = claims("Hayamoto owns 20% of Tessaly. Hayamoto has held its stake since 2019, when it paid JPY 180bn for the shares.")
    assert "ownership" in [c["type"] for c in found[1:]]


def test_the_government_of_a_text_in_pounds_is_the_uk_s_and_housebuilding_in_a_country_is_that_country_s() -> None:
    text = (
        "The government will spend GBP 1.2bn over four years on a new fund for affordable housing, the housing minister said.\n\n"
        "The fund will open to bids from councils in January and aims to support 5,000 homes by 2029.\n\n"
        "Housebuilding in England fell 8% last year to 190,000 homes, according to official figures."
    )
    found = claims(text, dt.date(2025, 6, 20))
    assert [c["subject"] for c in found] == ["UK government", "UK government", "UK government", "England"]
    assert [c["subject"] for c in claims("The government will spend EUR 2bn on rail by 2030.")] == [None]  # the euro names no one country


def test_a_dated_act_of_a_firm_with_no_cue_is_a_fact() -> None:
    found = claims("Lumeno makes an app. The company changed the default settings in April 2024, it said.", dt.date(2025, 11, 5))
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found] == [("other", "Lumeno", "2024-04")]
    assert claims("Lumeno makes an app. The company changed its logo.") == []  # no date, no fact of its own


def test_a_buyer_s_order_in_a_deal_worth_an_amount_is_an_investment_and_a_rank_by_country_is_a_comparison() -> None:
    text = "Skyline Air, Austria's second-largest airline, has ordered 30 jets from Brenner Aerospace in a deal worth about EUR 1.4bn."
    assert sorted((c["type"], c["subject"]) for c in claims(text)) == [("comparison", "Skyline Air"), ("investment", "Skyline Air")]
    assert [c["type"] for c in claims("Brenner Aerospace won an order worth EUR 1.4bn from Skyline Air.")] == ["revenue"]


def test_a_body_named_with_and_is_one_name_and_what_it_found_is_its_warning() -> None:
    text = ("The Competition and Markets Authority blocked the deal in February, finding that the combined company would have supplied "
            "about 45% of the plasterboard sold in Britain and could have raised prices.")
    found = claims(text, dt.date(2025, 10, 2))
    assert [(c["type"], c["subject"], c["attribution"]) for c in found] == [
        ("warning", "Competition and Markets Authority", "Competition and Markets Authority")
    ]
    assert found[0]["quote"].startswith("The Competition and Markets Authority")


def test_a_headcount_beside_an_amount_and_an_order_book() -> None:
    found = claims("Skyline Air flies jets. It employs 2,300 people and had revenue of EUR 910m last year.", dt.date(2025, 9, 19))
    assert sorted((c["type"], c["time"]["value"]) for c in found) == [("other", None), ("revenue", "2024")]
    found = claims("Brenner Aerospace makes jets. Brenner's order book stood at 410 aircraft at the end of June.", dt.date(2025, 9, 19))
    assert [c["type"] for c in found] == ["other"]


def test_a_share_price_told_after_a_relative_clause_keeps_its_subject_in_the_quote() -> None:
    text = "Shares in Skyline Air, which listed on the Vienna Stock Exchange in 2016, rose 4% to EUR 18.20, valuing the airline at EUR 1.1bn."
    found = claims(text)
    price = next(c for c in found if c["value"] and c["value"]["amount"] == 18.2)
    assert price["type"] == "other" and price["quote"].startswith("Shares in Skyline Air")
    assert [c["type"] for c in found if c["value"] and c["value"]["amount"] == 1.1e9] == ["market_cap"]
    found = claims("Shares in the lens maker Opteryx fell 9% after it cut its sales forecast to $200m.")
    assert [c["type"] for c in found] == ["revenue"]


def test_the_regulator_of_a_text_that_names_no_public_body_is_none_of_its_firms_but_a_firm_s_board_is_its_own() -> None:
    text = "Tallow Energy raised prices. The regulator fined the company GBP 14m on Monday after finding that it had overcharged customers."
    found = claims(text, dt.date(2025, 6, 10))
    assert [(c["type"], c["subject"]) for c in found] == [("other", "Tallow Energy"), ("warning", None)]
    found = claims("Halvard Cables plc makes cables. For the current year, the board expects revenue of GBP 700 million.")
    assert [(c["type"], c["subject"], c["attribution"]) for c in found] == [("revenue", "Halvard Cables", "Halvard Cables")]


def test_a_round_led_by_an_investor_is_a_claim_without_an_amount() -> None:
    found = claims("Kestrel Arm raised GBP 14m on Tuesday. The round was led by the Danish fund Skov Invest.")
    assert [(c["type"], c["subject"], c["object"]) for c in found] == [("funding", "Kestrel Arm", None), ("funding", "Kestrel Arm", "Skov Invest")]
    found = claims("Vantor raised $30m in a round led by the American investor Pike Capital.")
    assert [c["object"] for c in found] == [None, "Pike Capital"]


def test_a_firm_owned_by_a_family_and_a_word_describing_a_name_alone() -> None:
    found = claims("Maltby Foods makes crisps. Brinn Dairies, a family-owned rival, makes cheese.")
    assert [(c["type"], c["subject"]) for c in found] == [("ownership", "Brinn Dairies")]
    assert "New" not in kinds("New rules on labels apply from next year.")
    assert kinds("Ferrand Wind builds farms. Halden Power sells them.") == {"Ferrand Wind": "org", "Halden Power": "org"}


def test_a_rise_every_year_is_a_comparison_and_a_period_to_a_year_ends_in_it() -> None:
    found = claims("Exports of cheese have risen every year since 2019. Sales at Brinn Dairies fell for the third year in a row.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("comparison", "2019"), ("comparison", None)]
    found = claims("Halden Power said its installed capacity doubled to 6GW in the five years to 2024.")
    assert [(c["time"]["value"], c["time"]["expression"]) for c in found] == [("2024", "the five years to 2024")]


def test_a_figure_of_the_whole_economy_is_the_country_s() -> None:
    found = claims("Dunmore Tools makes drills in Ireland. Inflation was 3.2% in October. The economy grew 1.1% last year.")
    assert [(c["subject"], c["time"]["value"]) for c in found] == [("Ireland", "2024-10"), ("Ireland", "2024")]
    found = claims("Dunmore Tools makes drills. It sells them for £40. Unemployment rose to 4.6% in March.")
    assert [c["subject"] for c in found if "Unemployment" in c["quote"]] == ["United Kingdom"]
    found = claims("Dunmore Tools makes drills. Unemployment at Dunmore Tools rose in March to 12%.")
    assert all(c["subject"] == "Dunmore Tools" for c in found)


def test_household_income_is_no_revenue_and_a_firm_s_sales_in_a_market_are_its_own() -> None:
    found = claims("Households owed EUR 96bn at the end of March, or 104% of their disposable income.")
    assert [c["type"] for c in found] == ["other"]
    found = claims("Pellmoor Group sells sofas. Sales in the Republic of Ireland rose 6% to EUR 48m in the 52 weeks to 1 March.", dt.date(2025, 4, 24))
    assert [(c["type"], c["subject"]) for c in found] == [("revenue", "Pellmoor Group")]


def test_a_date_of_what_is_to_be_done_is_still_to_come() -> None:
    found = claims("Pellmoor Group proposes a final dividend of 5.6p per share, to be paid on 4 July.", dt.date(2025, 4, 24))
    assert [c["time"]["value"] for c in found] == ["2025-07-04"]
    found = claims("The Bank of Portugal sets rules. From 1 July, banks will be able to lend no more than 4.5 times a borrower's income.", dt.date(2025, 5, 14))
    assert [(c["type"], c["time"]["value"]) for c in found] == [("policy", "2025-07-01")]
    found = claims("Pellmoor Group said on 3 March it would close two shops.", dt.date(2025, 4, 24))
    assert [c["time"]["value"] for c in found] == ["2025-03-03"]


def test_a_level_and_its_record_are_two_claims() -> None:
    found = claims("Office vacancy in Lisbon reached 14% in the first quarter, the highest in two decades.")
    assert sorted(c["type"] for c in found) == ["comparison", "other"]


def test_rules_announced_and_what_a_rule_allows_are_policy() -> None:
    found = claims("From March, shops may no longer sell vapes to anyone under 21.")
    assert [c["type"] for c in found] == ["policy"]
    found = claims("Banks face a cap under new rules the regulator announced in January.")
    assert [(c["type"], c["time"]["value"]) for c in found] == [("policy", "2025-01")]


def test_a_user_starting_to_use_a_product_is_the_supplier_s_adoption() -> None:
    found = claims("Norrvik makes tests. Vastra Care, a hospital group, will start using the test from January next year, Norrvik said.", dt.date(2025, 9, 9))
    assert [(c["type"], c["subject"], c["object"], c["time"]["value"]) for c in found] == [("adoption", "Norrvik", "Vastra Care", "2026-01")]


def test_a_dated_act_of_a_firm_s_product_is_a_fact() -> None:
    found = claims("Norrvik makes tests. Its blood test for sepsis received a CE mark in March.", dt.date(2025, 9, 9))
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found] == [("other", "Norrvik", "2025-03")]


def test_backers_of_a_round_and_the_use_of_its_money_are_the_funded_firm_s() -> None:
    text = (
        "Norrvik Bio raised SEK 420m on Monday. The round was led by Oresund Partners. Almvik Capital and the US fund Cedar Point Bio also took part. "
        "The money will pay for a clinical study across 12 hospitals."
    )
    found = claims(text, dt.date(2025, 9, 9))
    assert [(c["type"], c["subject"], c["object"]) for c in found] == [
        ("funding", "Norrvik Bio", None), ("funding", "Norrvik Bio", "Oresund Partners"), ("funding", "Norrvik Bio", "Almvik Capital"),
        ("funding", "Norrvik Bio", "Cedar Point Bio"), ("pledge", "Norrvik Bio", None),
    ]  # fmt: skip


def test_a_founder_named_before_the_verb_and_one_named_with_her() -> None:
    text = "Norrvik Bio makes tests. Linnea Dahlqvist, a professor, founded the company in Gothenburg in 2021 with her former doctoral student Oskar Brandt."
    found = claims(text, dt.date(2025, 9, 9))
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "founding"] == [
        ("Norrvik Bio", "2021"), ("Norrvik Bio", "Gothenburg"), ("Norrvik Bio", "Linnea Dahlqvist"), ("Norrvik Bio", "Oskar Brandt")
    ]


def test_a_forecast_opening_with_it_is_the_firm_s_own() -> None:
    found = claims("Norrvik Bio makes tests. It expects its first sales, of between EUR 3m and EUR 5m, next year.", dt.date(2025, 9, 9))
    assert [(c["type"], c["attribution"]) for c in found] == [("revenue", "Norrvik Bio")]
    found = claims("Norrvik Bio will build a plant, which it expects to open by 2027.", dt.date(2025, 9, 9))
    assert all(c["attribution"] is None for c in found)


def test_a_count_beside_family_ownership_is_a_fact_of_its_own() -> None:
    found = claims("Fellbeck Brewing, the family-owned brewer that runs 38 pubs across Cumbria, said on Monday it was buying a rival.")
    assert {"ownership", "other"} <= {c["type"] for c in found}


def test_we_of_a_person_quoted_is_the_firm_the_sentence_says_they_speak_for() -> None:
    text = (
        'Falk Systems lost a case on Monday. Falk Systems will appeal. "We will hire 50 engineers this year," said Jane Roe, chief executive of Acme Robotics. '
        '"We have 120 employees," said Rhian Price, who runs the Newport firm Dyfed Sensors. '
        '"We sold 4,000 units," Delta Foods\' finance chief, Ana Ruiz, told reporters.'
    )
    found = claims(text, dt.date(2025, 6, 12))
    assert [c["subject"] for c in found if c["quote"].startswith('"We')] == ["Acme Robotics", "Dyfed Sensors", "Delta Foods"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Velto secured $12m from investors including Balder Ventures.", "funding"),
        ("Velto landed EUR 8m in fresh capital last month.", "funding"),
        ("The deal puts a $2bn price tag on Velto.", "valuation"),
        ("Velto's shares are worth $9bn in total.", "market_cap"),
        ("Velto is valued at $9bn on the stock market.", "market_cap"),
        ("Velto took over Dorne in a $45m deal.", "investment"),
        ("Velto snapped up Dorne for $45m.", "investment"),
        ("The government allocated GBP 50m to the scheme.", "pledge"),
        ("The fund, which manages $4bn, backed Velto.", "other"),
    ],
)
def test_money_told_in_other_words_takes_its_type(text: str, kind: str) -> None:
    assert [c["type"] for c in claims(text) if c["value"]][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Velto has its head office in Leeds.", "location"),
        ("Velto was started in 2016 by two engineers.", "founding"),
        ("Velto was formed in 2016 through the merger of two firms.", "founding"),
        ("Velto is controlled by the Berg family.", "ownership"),
        ("Velto supplies sensors to Airbus.", "adoption"),
        ("More than 200 councils use Velto's software.", "adoption"),
        ("The watchdog said it was concerned that prices were too high.", "warning"),
        ("Auditors flagged a risk of fraud at Velto.", "warning"),
        ("Velto is committed to hiring 300 people by 2027.", "pledge"),
        ("The government will introduce a bill next year to ban the sale of vapes.", "pledge"),
    ],
)
def test_facts_told_in_other_words_are_found(text: str, kind: str) -> None:
    assert kind in [c["type"] for c in claims(text)]


def test_a_user_of_a_firm_s_software_is_the_object_of_its_adoption() -> None:
    found = claims("Velto makes apps. Ormel uses its software.")
    assert [(c["type"], c["subject"], c["object"]) for c in found] == [("adoption", "Velto", "Ormel")]
    found = claims("The company has set aside GBP 40m to cover the fine. The agency was set up in 2019 to take over the licensing of suppliers.")
    assert [c["type"] for c in found if c["value"]] == ["other"] and "investment" not in [c["type"] for c in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Velto had revenue of GBP 5m in 2024/25.", "2025"),
        ("Velto raised $5m in mid-2023.", "2023"),
        ("Velto raised $5m last autumn.", "2024"),
        ("Velto's capital ratio stood at 19.2% at the end of last year.", "2024-12"),
        ("Velto shares have risen 20% since the start of the year.", None),
    ],
)
def test_years_told_in_other_words(text: str, value: str | None) -> None:
    assert [c["time"]["value"] for c in claims(text, dt.date(2025, 6, 18))][:1] == [value]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The chancellor announced GBP 2bn for roads.", "pledge"),
        ("The Financial Conduct Authority banned Velto from taking new customers.", "other"),
        ("The tax rises to 20% in April.", "policy"),
        ("The levy raised GBP 1.3bn last year.", "policy"),
        ("The scheme has paid out GBP 2bn since it opened.", "policy"),
    ],
)
def test_what_a_government_or_regulator_did_told_in_other_words(text: str, kind: str) -> None:
    assert [c["type"] for c in claims(text)][:1] == [kind]


def test_a_firm_announcing_its_revenue_pledges_nothing() -> None:
    assert [c["type"] for c in claims("Velto announced revenue of $5m for last year.")] == ["revenue"]


def test_groups_a_report_measures_are_the_subjects_of_its_figures() -> None:
    text = (
        "Danish businesses spent DKK 58bn on research in 2024, the Danish Bureau of Business Statistics said. Spending has risen every year since 2015. "
        "Small firms with fewer than 50 staff spent DKK 6.1bn. About 9% of Danish households bought a heat pump, according to the bureau. "
        "Danish hospitals spent DKK 2bn on software. The bureau, which was set up in 1998, counted 4,310 firms doing research."
    )
    found = claims(text, dt.date(2025, 6, 18))
    assert [c["subject"] for c in found] == [
        "Danish businesses", "Danish businesses", "Danish small firms", "Danish households", "Danish hospitals", "Danish Bureau of Business Statistics",
        "Danish businesses",
    ]  # the bureau's own founding is the bureau's; what it counted is the businesses'
    found = claims("LISBON, 14 May 2025 - Households owed about EUR 96bn at the end of March, the report found.", dt.date(2025, 5, 14))
    assert [c["subject"] for c in found] == ["Portuguese households"]


def test_a_results_statement_s_bullets_are_the_reporting_firm_s() -> None:
    text = (
        "Brixley Holdings plc: results for the year\n\nFinancial highlights\n- Basic earnings per share 21.4p (2023: 17.9p)\n- Net cash of GBP 54m at year end\n"
        "- Completed the acquisition of Tamar Pumps for GBP 22m in September\n\nOutlook\nThe board will invest GBP 30m in a new distribution centre."
    )
    found = claims(text, dt.date(2025, 3, 12))
    assert [c["subject"] for c in found] == ["Brixley Holdings"] * 4
    assert found[-1]["attribution"] in (None, "Brixley Holdings")


def test_a_live_blog_s_times_are_no_amounts_and_its_index_keeps_its_number() -> None:
    text = (
        "Markets live\n\n08:05 The FTSE 100 opened 0.4% lower at 8,120 points.\n\n08:20 Shares in Corrow Mining fell 6% after the company cut its forecast.\n\n"
        "09:10 Sterling rose 0.3% against the dollar to $1.27.\n\n10:30 The Office for National Statistics said the economy grew 0.2% in the third quarter "
        "and that wages rose by GBP 4 a week."
    )
    found = claims(text, dt.date(2025, 11, 13))
    assert [c["subject"] for c in found][:2] == ["FTSE 100", "Corrow Mining"]
    assert all(c["value"] is None or c["value"]["amount"] != 10 for c in found)
    assert "United Kingdom" in [c["subject"] for c in found if "economy" in c["quote"]]


def test_an_interview_whose_questions_close_their_own_lines() -> None:
    text = (
        "An interview with Maren Holt\n\nMaren Holt founded Fjordlys, a Bergen maker of marine batteries, in 2017. We asked her about growth.\n\n"
        "You raised NOK 400m last year. What was it for?\nMostly for the new factory. We spent about NOK 250m on the building.\n\n"
        "How big is the market?\nNorway alone will need 5 GWh a year by 2030, according to the Maritime Battery Forum.\n\n"
        "Will you list the company?\nNot yet. Our investors, led by Nordkapp Capital, own about 45% of the company."
    )
    found = {(c["type"], c["subject"], c["object"]) for c in claims(text, dt.date(2025, 6, 20))}
    assert {("founding", "Fjordlys", "2017"), ("founding", "Fjordlys", "Maren Holt"), ("investment", "Fjordlys", None)} <= found
    assert any(kind == "ownership" and subject == "Fjordlys" for kind, subject, _ in found)
    assert ("other", "Norway", None) in found and not any(s == "GWh" for _, s, _ in found)


def test_a_headline_s_firm_named_by_its_trade_is_the_firm_the_story_names_most() -> None:
    text = (
        "Watchdog fines insurer GBP 9m over claims delays\n\nThe Financial Conduct Authority has fined Harwell Insurance GBP 9.2m. "
        "About 38,000 customers were affected. Harwell paid GBP 4.6m in redress."
    )
    found = claims(text, dt.date(2025, 6, 20))
    assert found[0]["subject"] == "Harwell Insurance" and "Harwell Insurance" in found[0]["statement"]
    assert [c["type"] for c in found if c["quote"].startswith("About")] == ["other"]


def test_a_think_tank_s_report_its_table_heading_and_its_warning() -> None:
    text = (
        "Heat pump sales fall\n\nSales of heat pumps in Europe fell 21% last year, according to a report published on Thursday by the Brussels-based "
        "think tank Ember Policy.\n\nCountry | Units sold, 2024 | Change on 2023\nFrance | 310,000 | -8%\n\n"
        "The think tank said the EU would miss its target of 10 million heat pumps by 2027. It estimates that households spent EUR 14bn on heat pumps."
    )
    found = claims(text, dt.date(2025, 3, 14))
    assert [c["attribution"] for c in found if c["quote"].startswith("Sales of") and c["type"] != "location"] == ["Ember Policy"]
    assert [(c["type"], c["attribution"]) for c in found if "would miss" in c["quote"]] == [("warning", "Ember Policy")]
    assert "Units" not in {c["subject"] for c in found} | {c["attribution"] for c in found}


def test_a_source_named_with_an_aside_or_by_its_country_and_trade() -> None:
    text = (
        "Dalmore Industries has agreed to buy Keller Armaturen for $3.4 billion, the U.S. group said on Wednesday. "
        "Dalmore, based in Cleveland, Ohio, said the deal would add about 8% to its earnings per share."
    )
    found = claims(text, dt.date(2025, 10, 2))
    assert [c["attribution"] for c in found if c["type"] != "location"] == ["Dalmore Industries", "Dalmore Industries"]
    assert found[-1]["subject"] == "Dalmore Industries"


def test_a_court_s_dated_ruling_is_a_fact() -> None:
    found = claims("Keller makes valves. A court in Zurich last month rejected a claim by shareholders that Keller had misled investors.", dt.date(2025, 10, 2))
    assert [(c["type"], c["time"]["value"]) for c in found] == [("other", "2025-09")]


def test_a_government_s_plan_told_by_its_headline_its_ministers_and_its_money() -> None:
    text = (
        "Government to spend GBP 22bn on carbon capture\n\nThe government will spend GBP 21.7bn over 25 years on two projects in England, the Treasury said. "
        "The money, which will be spent through grants, is expected to support 4,000 jobs. "
        "Ministers say the projects will capture 8.5 million tonnes of carbon dioxide a year by 2030. "
        "A Treasury spokesperson declined to comment on a levy on imported steel from 2027."
    )
    found = claims(text, dt.date(2025, 10, 3))
    assert [(c["type"], c["subject"]) for c in found] == [
        ("pledge", "UK government"), ("pledge", "UK government"), ("other", "UK government"), ("pledge", "UK government")
    ]
    assert found[-1]["attribution"] == "UK government"


def test_news_briefs_with_their_own_headlines() -> None:
    text = (
        "Business in brief\n\nLumora cuts 300 jobs\nLumora, the Dutch lighting group, will cut 300 jobs in Eindhoven, a union said on Monday.\n\n"
        "Pennant Air orders ten jets\nPennant Air has ordered ten A220 jets from Airbus, worth about $900m at list prices.\n\n"
        "Vexa files for IPO\nVexa, a Berlin-based payments start-up backed by Index Ventures, has filed for a listing in Frankfurt."
    )
    found = claims(text, dt.date(2025, 6, 24))
    assert found[0]["subject"] == "Lumora"
    assert [(c["type"], c["subject"]) for c in found if c["value"]] == [("investment", "Pennant Air")]
    assert [c["subject"] for c in found if c["type"] == "location"] == ["Vexa"]


def test_a_reported_quarter_and_a_poll_compiled_by_the_company() -> None:
    text = (
        "OSLO, 6 Feb (Wire) - Solvik Energy, Norway's third-largest power producer, reported a 14% fall in fourth-quarter operating profit on Thursday, "
        "to NOK 2.1 billion. Analysts had on average expected NOK 2.4 billion, according to a poll compiled by the company."
    )
    found = [c for c in claims(text, dt.date(2025, 2, 6)) if c["value"]]
    assert [(c["time"]["value"], c["attribution"]) for c in found] == [("2024-12", "Solvik Energy"), (None, "Solvik Energy")]


def test_an_answer_that_names_no_one_and_money_lent_to_us_are_the_speaker_s_firm() -> None:
    text = (
        "Interview: Amara Osei\n\nAmara Osei co-founded SunBridge Finance in Accra in 2018. The lender finances solar systems across Ghana and Nigeria.\n\n"
        "How much have you lent so far?\nAbout $140m.\n\nWhere does the money come from?\nThe International Finance Corporation lent us $25m last year."
    )
    found = [c for c in claims(text, dt.date(2025, 6, 20)) if c["value"]]
    assert [c["subject"] for c in found] == ["SunBridge Finance", "SunBridge Finance"]


def test_a_wire_press_release_with_a_title_case_headline() -> None:
    text = (
        "Nimbly Raises $45 Million Series B to Expand AI Scheduling Platform\n\n"
        "SAN FRANCISCO--(BUSINESS WIRE)--Nimbly, Inc., the AI-powered scheduling platform for hospitals, today announced it has raised $45 million "
        "in Series B funding led by Sequoia Capital, with participation from existing investors Accel and Y Combinator.\n\n"
        "Nimbly's platform is used by more than 300 hospitals across 28 U.S. states, including Mercy Health."
    )
    found = claims(text, dt.date(2025, 3, 18))
    assert {c["subject"] for c in found} == {"Nimbly"}
    assert {c["attribution"] for c in found} == {None, "Nimbly"}
    assert [c["attribution"] for c in found if c["value"] and c["time"]["value"]] == ["Nimbly"]


def test_a_central_bank_s_cut_and_the_euro_zone_s_figures() -> None:
    text = (
        "FRANKFURT, 17 October (Wire) - The European Central Bank cut its deposit rate to 3.25% on Thursday, its third cut in a row, "
        "as inflation in the euro zone fell below its 2% target. Euro zone inflation was 1.8% in September, Eurostat said. "
        "The bank now expects inflation to average 2.5% this year."
    )
    found = claims(text, dt.date(2024, 10, 17))
    assert sorted(c["type"] for c in found if c["quote"].startswith("The European")) == ["comparison", "other"]
    assert [c["subject"] for c in found if "uro zone" in c["quote"] or "euro zone" in c["quote"]][-2:] == ["euro zone", "euro zone"]
    assert "Germany" not in {c["subject"] for c in found}


def test_only_a_title_takes_the_story_s_firm_and_a_description_opening_it_is_no_name() -> None:
    found = claims("Watchdog fines insurer GBP 9m\n\nThe Financial Conduct Authority has fined Harwell Insurance GBP 9.2m.", dt.date(2025, 6, 10))
    assert [c["subject"] for c in found] == ["Harwell Insurance", "Harwell Insurance"]
    found = claims("The regulator fined the company GBP 14m after finding that it had overcharged customers. Tallow Energy raised prices.")
    assert [c["subject"] for c in found if c["type"] == "warning"] == [None]  # a first sentence with a stop is no title


def test_a_dateline_city_of_two_words_is_no_source_and_a_short_firm_before_a_comma_is_a_name() -> None:
    text = (
        "HONG KONG, March 4 (Wire) - Tamsui Power, a builder of grid batteries, sold shares at HKD 18 each, raising HKD 2.4 billion, "
        "the company said on Monday."
    )
    found = claims(text, dt.date(2025, 3, 5))
    assert {c["attribution"] for c in found} == {"Tamsui Power"}
    assert {c["subject"] for c in found} == {"Tamsui Power"}
    found = claims("Fibrenet, the cable operator, said it had laid 9,000 km of fibre. KPN, its owner, has a market value of EUR 14 billion.")
    assert [c["subject"] for c in found if c["type"] == "market_cap"] == ["KPN"]


def test_backers_named_after_a_founding_are_no_founders_nor_dated_by_it() -> None:
    found = claims("Ostrava Labs was set up by Petra Novak in 2018 and is backed by Balder Ventures.")
    assert sorted(c["object"] for c in found if c["type"] == "founding") == ["2018", "Petra Novak"]
    found = claims("Wexley Foods was founded by Ann Cole and Ravi Shah in 2011 and is owned by Carrow Group.")
    ownership = [c for c in found if c["type"] == "ownership"]
    assert [c["object"] for c in ownership] == ["Carrow Group"] and ownership[0]["time"]["value"] is None
    assert "Carrow Group" not in {c["object"] for c in found if c["type"] == "founding"}
    found = claims("Tarn Robotics was set up by Ilse Berg and is backed by Fjord Capital.")
    assert sorted((c["type"], c["object"]) for c in found) == [("founding", "Ilse Berg"), ("funding", "Fjord Capital")]


def test_claimants_led_by_a_firm_are_no_funding_round() -> None:
    found = claims("The landlords, led by Pellow Estates, are seeking GBP 25 million from the council.")
    assert [c["type"] for c in found] == ["other"]
    assert {c["type"] for c in claims("Kiro raised $12 million in a round led by Vesper Capital.")} == {"funding"}


def test_a_firm_whose_shares_moved_is_the_one_valued_and_a_seller_is_no_buyer() -> None:
    text = "Rook & Pine had asked for damages. Shares in Halloway fell 3% to 240 pence, valuing the group at about GBP 600 million."
    assert {c["subject"] for c in claims(text) if c["quote"].startswith("Shares")} == {"Halloway"}
    found = claims("Denmark's pension fund ATP agreed to purchase half of a solar park from Enerva for EUR 300 million.")
    assert [c["subject"] for c in found if c["value"]] == ["ATP"]


def test_a_time_a_change_is_measured_against_is_not_the_figure_s() -> None:
    found = claims("Tessel said its order book stood at GBP 90 million, 12% higher than a year ago.")
    assert [c["time"]["expression"] for c in found] == [None]


def test_a_named_country_s_government_and_a_description_in_capitals() -> None:
    found = claims("Rolling mills to shut at Welsh site\n\nThe UK government has offered GBP 300 million towards a new mill.")
    assert [c["subject"] for c in found if c["value"]] == ["UK government"]
    text = 'Tavish Insurance plc ("the Group") reports.\n\nThe Board proposes a dividend of 9 pence. The Group intends to return GBP 50 million to shareholders in 2026.'
    assert {c["subject"] for c in claims(text)} == {"Tavish Insurance"}


def test_a_count_names_no_party_and_a_plural_after_a_name_is_what_it_describes() -> None:
    found = claims("Merrow Water serves 640,000 homes in Kent and Sussex.")
    assert [c["object"] for c in found if c["type"] == "adoption"] == [None]
    found = claims("Tollan, part of Japan's Hoshida Group, makes pumps.")
    assert [c["object"] for c in found if c["type"] == "ownership"] == ["Hoshida Group"]
    found = claims("Set up in 2021 by former Siemens engineers Lena Ruh and Kai Brandt, Voltwerk says its sales doubled last year. It employs 90 people.")
    assert sorted(c["object"] for c in found if c["type"] == "founding") == ["2021", "Kai Brandt", "Lena Ruh"]
    assert {c["subject"] for c in found} == {"Voltwerk"}
    assert {c["attribution"] for c in found if c["type"] == "founding"} == {None}  # what Voltwerk says is its sales, not its founding


def test_a_round_s_name_and_backers_that_also_took_part() -> None:
    text = "Fernhill Robotics raised EUR 20 million in a Series A round led by Aldgate Partners. Existing backers Moor Capital and Seedcamp also took part."
    found = claims("Robotics round: Fernhill\n\n" + text)
    assert {c["subject"] for c in found} == {"Fernhill Robotics"}
    assert sorted(c["object"] for c in found if c["object"]) == ["Aldgate Partners", "Moor Capital", "Seedcamp"]


def test_an_anonymous_source_is_no_subject_and_a_figure_after_an_aside_is_the_country_s() -> None:
    found = claims("Kelso Bank did not give its valuation, but people familiar with the matter said it was about GBP 400 million.")
    assert [c["subject"] for c in found if c["value"]] == ["Kelso Bank"]
    text = "Hungary's inflation fell to 3.1% in May, the statistics office said. Core inflation, which excludes fuel, eased to 4.4%."
    assert [c["subject"] for c in claims(text, dt.date(2025, 6, 10)) if c["quote"].startswith("eased")] == ["Hungary"]


def test_a_record_s_year_and_a_change_s_base_month_are_not_the_figure_s() -> None:
    found = claims("Unemployment in Estonia rose to 7.9% in April from 7.1% in March, the highest rate since 2016.", dt.date(2025, 5, 20))
    assert "2025-04" in {c["time"]["value"] for c in found} and {c["time"]["value"] for c in found} <= {"2025-04", None}


def test_a_stated_appeal_is_a_pledge_and_one_made_is_no_longer() -> None:
    found = claims("Dunmore said it rejected the findings and would appeal to the Court of Session. Ketley did not appeal.")
    assert [(c["type"], c["subject"]) for c in found if "would appeal" in c["quote"]] == [("pledge", "Dunmore")]
    assert "pledge" not in {c["type"] for c in found if "did not" in c["quote"]}


def test_the_rest_of_an_aside_ends_at_its_comma() -> None:
    found = claims("Harlan, which is listed in Paris and employs 9,000 people, had argued that the market was wider.")
    assert "and employs 9,000 people" in [c["quote"] for c in found]


def test_the_nth_of_a_kind_is_a_count() -> None:
    found = claims("The Ofgem fine on Corlen was imposed on Monday. The penalty is the fourth the regulator has issued this year.")
    assert [c["time"]["value"] for c in found if c["quote"].startswith("The penalty")] == ["2025"]


def test_a_firm_s_own_we_with_a_figure_is_a_fact_and_a_quotation_goes_on_as_its_speaker_s() -> None:
    text = (
        'Chief executive Amara Diallo said: "Trading was hard, but we kept our prices down. We opened our 80th branch, in Leeds, in March. '
        'We believe the market will double by 2030."'
    )
    found = claims("Tamsin Bakeries reports.\n\n" + text)
    assert [(c["subject"], c["attribution"], c["time"]["value"]) for c in found if "80th" in c["quote"]] == [("Tamsin Bakeries", "Amara Diallo", "2025-03")]
    assert not [c for c in found if "believe" in c["quote"]]
    found = claims('Nadir Foods makes soups. "Our orders doubled," said Lina Haddad, its founder. "We hired 40 staff in May."')
    assert [c["attribution"] for c in found if "hired" in c["quote"]] == ["Lina Haddad"]


def test_a_figure_s_record_is_about_who_the_figure_is_about() -> None:
    text = "Calder Wind, the Ohio developer, said on Monday it had bought $300m worth of blades from the German maker Vestholm, its largest ever order."
    found = claims(text, dt.date(2025, 6, 10))
    assert {c["subject"] for c in found} == {"Calder Wind"}


def test_a_town_and_its_region_stay_inside_the_aside_that_names_them() -> None:
    found = claims("Mirren, which is headquartered in Reno, Nevada, has committed to spending $4bn on data centres by 2028.")
    assert [c["subject"] for c in found if c["value"]] == ["Mirren"]


def test_than_expected_looks_back_and_an_adviser_or_a_place_after_said_is_no_source() -> None:
    found = claims("Shares in Dorvald fell 4% after the group said sales in the second quarter were weaker than expected.", dt.date(2025, 8, 20))
    assert {c["time"]["value"] for c in found if c["time"]["expression"]} == {"2025-06"}
    found = claims("Kerrow's board, advised by Lazard, said it would recommend the offer to shareholders.")
    assert [c["attribution"] for c in found] == ["Kerrow"]
    found = claims("Windbridge, the trade body, said solar capacity in Ireland would need to double to 8 GW by 2030.")
    assert [(c["type"], c["attribution"]) for c in found] == [("other", "Windbridge")]


def test_a_holder_named_before_its_stake_is_the_owner() -> None:
    found = claims("Brannor Capital holds 18% of Velsen. Velsen, in which Ostra Invest owns a 9% stake, makes valves.")
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "ownership"] == [("Velsen", "Brannor Capital"), ("Velsen", "Ostra Invest")]


def test_a_currency_s_move_is_the_currency_s() -> None:
    found = claims("Kornet rose 4% after its results. The dollar was steady at 0.92 euros. The yen fell 0.5% to JPY 151 per dollar.")
    assert [c["subject"] for c in found if not c["quote"].startswith("Kornet")] == ["dollar", "yen"]


def test_an_aside_that_says_what_its_amount_is_keeps_its_type() -> None:
    found = claims("Pellam Partners, which manages $12 billion of assets, said it would invest £80 million in new plants.")
    assert [(c["type"], c["value"]["amount"]) for c in found] == [("other", 12e9), ("pledge", 80e6)]


def test_a_brief_s_name_before_a_colon_is_its_subject() -> None:
    text = (
        "Briefs\n\nKestrel: The airline named Ana Ruiz as chief executive. Its shares have risen 20% this year.\n\n"
        "Tamsin: The lender, which has 2 million customers, was valued at £3 billion in a share sale."
    )
    assert {c["subject"] for c in claims(text)} == {"Kestrel", "Tamsin"}


def test_a_body_described_before_its_name_and_a_source_s_own_ranking() -> None:
    text = "Portugal's markets regulator, the CMVM, warned on Monday about crypto apps. The regulator said 9 firms had applied for licences."
    assert [c["attribution"] for c in claims(text) if c["quote"].startswith("The regulator")] == ["CMVM"]
    found = claims("Bitvale, the largest Irish exchange, said it had 400,000 users.")
    assert {c["subject"] for c in found} == {"Bitvale"}


def test_amounts_given_respectively_and_an_act_s_own_amount() -> None:
    found = claims("Spain and Portugal will spend EUR 5bn and EUR 2bn respectively on grids by 2030.")
    assert [c["subject"] for c in found] == ["Spain", "Portugal"]
    text = "Spain will spend EUR 5bn on grids. The money comes on top of the EUR 20 billion Grid Renewal Act, which has so far drawn EUR 30 billion of investment."
    assert [c["subject"] for c in claims(text)][1:] == ["Grid Renewal Act", "Grid Renewal Act"]


def test_what_analysts_expected_is_theirs_and_the_figure_beside_it_is_the_firm_s() -> None:
    found = claims("Korvel's sales rose 2% to EUR 4.1 billion in the quarter, below the EUR 4.3 billion analysts had expected.")
    assert [(c["subject"], c["attribution"], c["value"]["amount"]) for c in found] == [("Korvel", None, 4.1e9), ("Korvel", "analysts", 4.3e9)]


def test_a_study_s_author_far_after_according_to_and_a_report_that_estimates() -> None:
    text = (
        "Baltic ports handle a fifth of the region's trade, according to a study published on Monday by the Riga think tank Dzintars Policy, "
        "a research group. The report estimates that the ports will need EUR 4 billion of investment by 2030."
    )
    found = claims(text)
    assert [c["attribution"] for c in found if c["type"] != "location"] == ["Dzintars Policy", "Dzintars Policy"]
    assert {c["attribution"] for c in found if c["type"] == "location"} <= {None}


def test_a_share_price_after_a_fall_and_no_party_after_a_count_or_before_a_verb_of_saying() -> None:
    found = claims("Tollard's shares closed down 3.1% at EUR 11.40, giving the group a market value of EUR 2.2 billion.")
    assert [c["type"] for c in found] == ["other", "market_cap"]
    found = claims("The lender opened accounts for 12,000 customers without proper checks, the regulator found.")
    assert {c["object"] for c in found} == {None}


def test_a_second_predicate_of_the_same_doer_is_a_fact_of_its_own_in_the_same_year() -> None:
    text = "Alpenjet, which is based in Graz and flies to 31 airports, carried 3.1 million passengers last year and made a net profit of EUR 22m."
    found = claims(text)
    assert sorted(c["quote"] for c in found if c["type"] == "other") == [
        "and flies to 31 airports", "and made a net profit of EUR 22m.", "carried 3.1 million passengers last year"]
    assert {c["time"]["value"] for c in found if c["quote"].startswith(("and made", "carried"))} == {"2024"}


def test_a_release_s_dateline_in_title_case_its_measures_and_its_prior_period_in_brackets() -> None:
    text = (
        "Bergen, 4 November 2025 - Havtorn Salmon ASA today reported third-quarter results.\n\n"
        "- Revenue of NOK 1,950 million (NOK 1,700 million in Q3 2024)\n- Operating EBIT of NOK 310 million\n\n"
        "Havtorn expects to harvest 61,000 tonnes in 2026."
    )
    found = claims(text, dt.date(2025, 11, 4))
    assert {c["subject"] for c in found} == {"Havtorn Salmon"}
    assert [c["time"]["value"] for c in found if c["quote"].startswith("- Revenue")] == [None]


def test_a_fund_that_closed_raised_its_money() -> None:
    found = claims("Its third fund closed at EUR 120 million in May, Brume Ventures said.")
    assert [c["type"] for c in found] == ["funding"]


def test_a_source_whose_verb_closes_the_sentence_with_its_day_speaks_for_all_of_it() -> None:
    text = "LISBON, 3 June (Wire) - Tejo Air, Portugal's second airline, has ordered 12 jets worth about $1.1 billion, with options for six more, the carrier said on Tuesday."
    assert {c["attribution"] for c in claims(text, dt.date(2025, 6, 4)) if c["value"]} == {"Tejo Air"}


def test_a_value_on_a_named_stock_exchange_is_a_market_value() -> None:
    found = claims("Korrin Mining, which is valued at A$9 billion on the Australian stock exchange, employs 4,000 people.")
    assert [c["type"] for c in found if c["value"]] == ["market_cap"]


def test_money_in_words_a_stake_raised_and_what_a_deal_adds_to_revenue() -> None:
    text = (
        "Corvale Power raised its stake in Ostgrid to 20%, it said on Friday, paying about half a billion euros for the shares. "
        "Its chief executive, Lena Hart, said the deal would add two billion euros to revenue over five years."
    )
    found = claims(text, dt.date(2025, 6, 14))
    assert [(c["type"], c["value"]["amount"]) for c in found if c["value"]] == [("investment", 5e8), ("revenue", 2e9)]
    assert [c["subject"] for c in found if c["value"]] == ["Corvale Power", "Corvale Power"]


def test_a_fine_for_overcharging_customers_counts_no_users() -> None:
    found = claims("Marlin Energy was fined £2.1m by the regulator in 2023 for overcharging customers.")
    assert "adoption" not in {c["type"] for c in found}


def test_a_body_that_orders_another_to_pay_makes_no_pledge() -> None:
    found = claims("The High Court on Monday ordered Dunmore Haulage to pay £6 million in damages to a group of farmers.")
    assert [c["type"] for c in found] == ["other"]
    assert [c["type"] for c in claims("The court ruled on Monday. Dunmore Haulage to spend £6 million on new lorries.")] == ["pledge"]


def test_a_second_pledge_of_the_same_doer_is_its_own_with_its_own_deadline() -> None:
    found = claims("The government will spend £3bn on buses by 2027 and will train 4,000 drivers by 2030.", dt.date(2025, 6, 14))
    assert [(c["subject"], c["time"]["value"]) for c in found] == [("UK government", "2027"), ("UK government", "2030")]


def test_a_name_after_a_sentence_s_figures_is_not_what_the_next_sentence_goes_on_about() -> None:
    text = (
        "Harlow Athletic made a pre-tax loss of £40 million last year. Revenue rose 9% to £150 million, driven by a cup run against Leeds United. "
        "Wages rose to £120 million, or 80% of revenue, above the 70% that Uefa recommends. The club's owners have lent it £90 million since 2022."
    )
    found = claims(text)
    assert {c["subject"] for c in found} == {"Harlow Athletic"}
    assert [c["type"] for c in found if c["quote"].startswith("Wages")] == ["other"]


def test_an_office_before_a_name_a_package_announced_and_one_lead_for_two_amounts() -> None:
    found = claims('The Ministry of Finance today announced a €900 million package for farmers. Minister Petra Novak said 40,000 farms would apply.')
    assert [c["type"] for c in found if c["value"]] == ["pledge"]
    assert "Petra Novak" in {c["attribution"] for c in found} and {c["subject"] for c in found if c["value"]} == {"Ministry of Finance"}
    found = claims("Brora Robotics has raised £20 million to date, most recently £9 million in a round led by Balder Ventures in March.", dt.date(2025, 5, 14))
    assert [c["object"] for c in found if c["object"]] == ["Balder Ventures"]
    assert [c["time"]["value"] for c in found if c["value"] and c["value"]["amount"] == 9e6] == ["2025-03"]


def test_a_story_s_kind_before_a_colon_is_no_name_and_a_source_cited_after_figures_is_it() -> None:
    text = (
        "Interview: Kofi Mensah on lending to farmers\n\nKofi Mensah co-founded Harvest Credit in Accra in 2019.\n\n"
        "How much have you lent?\nAbout $60m. We closed a $20m round in March."
    )
    assert "Interview" not in {c["subject"] for c in claims(text)}
    text = "Sales fell 12% last year to 1.1 million units, according to a report by the Vienna think tank Danube Policy. It estimates that buyers spent EUR 9bn."
    assert [c["attribution"] for c in claims(text) if c["value"]] == ["Danube Policy"]


def test_the_size_of_a_fund_that_invests_is_no_money_moved() -> None:
    found = claims("Denmark's $600 billion pension fund agreed to buy a stake in Cleanwave for $90 million. Keel Ventures closed a €300 million fund.")
    assert [(c["type"], c["value"]["amount"]) for c in found if c["value"]] == [("other", 6e11), ("investment", 9e7), ("funding", 3e8)]


def test_a_firm_right_after_its_town_based_is_where_it_is() -> None:
    found = claims("Berlin-based Klarwerk secured €8 million from HV Capital to expand its tax app.")
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "location"] == [("Klarwerk", "Berlin")]


def test_a_takeover_told_by_the_target_a_name_ending_in_s_and_a_stake_s_worth() -> None:
    text = (
        "Korrin Chemie AG has agreed to be bought by France's Velis Group for about €2.1bn, the two companies said on Wednesday. "
        "Velis will pay €31 in cash for each Korrin share. "
        "The Lenz family foundation owns 12% of Korrin, a stake worth about €250m at the offer price. "
        "Anne Morel, Velis's chief executive, said the company would invest €300m in Korrin's plants by 2028."
    )
    found = claims(text, dt.date(2025, 5, 15))
    assert [c["subject"] for c in found if c["type"] == "investment"] == ["Velis Group", "Velis Group"]
    assert [(c["type"], c["value"]["amount"]) for c in found if c["quote"].startswith("The Lenz")] == [("ownership", 2.5e8)]
    assert [c["attribution"] for c in found if c["type"] == "pledge"] == ["Anne Morel"]


def test_a_regulator_named_in_full_with_its_initials_and_an_office_and_a_currency_no_names() -> None:
    text = (
        "The Australian Securities and Investments Commission (ASIC) warned on Monday that buy now, pay later users were falling behind. "
        "In March, the Federal Court ordered Kora Pay to pay a penalty of A$9.5m for charging hidden fees. "
        "The Assistant Treasurer, Helen Varga, said the government would give ASIC an extra A$48m by July 2027. "
        "An industry body, the Lending Providers Association, disputed the survey. Its members waived about A$31m in fees, the association said."
    )
    found = claims(text, dt.date(2025, 9, 30))
    assert [(c["attribution"], c["time"]["value"]) for c in found if c["type"] == "warning"] == [("Australian Securities and Investments Commission", "2025-09-29")]
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found if "Kora" in c["quote"]] == [("other", "Kora Pay", "2025-03")]
    assert [c["subject"] for c in found if c["type"] == "pledge"] == ["Australian government"]
    assert [c["attribution"] for c in found if "waived" in c["quote"]] == ["Lending Providers Association"]
    assert not {c["subject"] for c in found} & {"A$", "Assistant Treasurer", "Australian Securities"}


def test_a_known_city_is_a_place_and_a_round_values_the_firm_that_raised_it() -> None:
    text = "Porto start-up Vela lists in Paris\n\nVela, a Porto maker of software for ports, raised €90 million in its listing, valuing the company at €600 million."
    found = claims(text, dt.date(2025, 6, 20))
    assert {c["subject"] for c in found if c["value"]} == {"Vela"}


def test_a_bid_withdrawn_is_a_fact() -> None:
    found = claims("Norvale withdrew its rival proposal on Tuesday, the company said.", dt.date(2025, 5, 15))
    assert [(c["type"], c["subject"], c["time"]["value"]) for c in found] == [("other", "Norvale", "2025-05-13")]


def test_a_prior_figure_in_brackets_a_listing_and_an_investor_who_led_the_round() -> None:
    text = (
        "Varbo Logistics reports.\n\n- Net debt fell to SEK 1.9 billion at 30 June (SEK 2.2 billion at 31 December 2024)\n\n"
        "Its shares have traded on Nasdaq Stockholm since 2012. We raised EUR 9 million in March. Brightwater Ventures led the round."
    )
    found = claims(text, dt.date(2025, 8, 21))
    assert [c["value"]["amount"] for c in found if c["quote"].startswith("- Net debt")] == [1.9e9]
    assert any(c["quote"].startswith("Its shares have traded") for c in found)
    assert [(c["subject"], c["object"]) for c in found if c["quote"].startswith("Brightwater")] == [("Varbo Logistics", "Brightwater Ventures")]


def test_a_figure_compared_with_a_year_takes_its_own_and_an_offer_for_the_whole_company_values_it() -> None:
    found = claims("Last year our revenue was EUR 3.4 million, three times what we made in 2023.", dt.date(2025, 11, 4))
    assert [c["time"]["value"] for c in found] == ["2024"]
    found = claims("Loomvale makes meters. In March a German group offered roughly EUR 60 million for the whole company.", dt.date(2025, 11, 4))
    assert [c["type"] for c in found if c["value"]] == ["valuation"]


def test_an_owner_of_a_kind_names_no_one_and_money_from_a_backer_is_a_backer_s() -> None:
    found = claims("Ferrand Wind, a family-owned developer based in Nantes, said it would build a wind farm off the coast of Brittany.")
    assert [c["object"] for c in found if c["type"] == "ownership"] == [None]
    found = claims("Vantor makes drones. Ostra Capital led the round, which also drew money from Fenwick Partners.")
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "funding"] == [("Vantor", "Ostra Capital")]


def test_a_morning_s_time_a_place_based_group_an_office_before_a_name_and_payments_worth() -> None:
    text = (
        "Hallam Foods reports.\n\n08:05 - The Sheffield-based bakery group said revenue rose 6.3% to £412m. "
        "Hallam shares jumped 7.8% to 386p this morning. Over on the currency markets, the pound is up 0.4% at $1.3385. "
        "Finance Minister Jana Horakova pledged CZK 25 billion to insulate homes by the end of 2027. "
        "The watchdog said the lender's checks had failed to flag payments worth more than £90m."
    )
    found = claims(text, dt.date(2025, 10, 15))
    assert [c["subject"] for c in found if c["type"] == "revenue"] == ["Hallam Foods"]
    assert [c["time"]["value"] for c in found if "386p" in c["quote"]] == ["2025-10-15"]
    assert [c["subject"] for c in found if "pound" in c["quote"]] == ["pound"]
    assert "Finance Minister Jana Horakova" not in {c["subject"] for c in found} | {c["attribution"] for c in found}
    assert [c["type"] for c in found if "payments worth" in c["quote"]] == ["other"]


def test_a_firm_named_short_in_a_headline_and_again_beside_its_full_name_is_one_firm() -> None:
    text = (
        "Corvane ordered to pay Keld Optics £9m over patent\n\n"
        "A judge on Tuesday ordered Corvane Photonics to pay £9m to Keld Optics, finding that Corvane's lasers infringed its patent.\n\n"
        "Corvane, which is based in Reading, reported revenue of £640m in 2024. It employs about 2,300 people."
    )
    found = claims(text, dt.date(2025, 3, 12))
    assert {c["subject"] for c in found if "Reading" in c["quote"] or c["quote"].startswith("It employs")} == {"Corvane Photonics"}


def test_a_firm_s_short_name_stays_the_firm_s_after_a_person_of_that_surname() -> None:
    text = (
        "Keld Optics makes lasers. Keld had claimed £30m. Iain Keld and Ruth Mensah still hold 60% of the company. "
        "Keld said it would use part of the award to double its research team by 2026."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 3, 12)) if c["type"] == "pledge"] == ["Keld Optics"]


def test_the_doer_of_a_passive_is_not_what_the_clause_goes_on_about() -> None:
    text = (
        "Tallis Logistics, the haulier, has collapsed.\n\n"
        "The firm was founded in Leicester in 1978 by haulier Derek Tallis and was bought by Greyfield Capital in 2019 for £150m."
    )
    owned = [(c["subject"], c["object"]) for c in claims(text, dt.date(2025, 6, 12)) if c["type"] == "ownership"]
    assert owned == [("Tallis Logistics", "Greyfield Capital")]


def test_rights_licensed_from_another_firm_are_a_purchase_and_an_offer_s_worth_is_no_sale() -> None:
    found = claims("Velantis Pharma licensed the drug from Norvik Bio in a deal worth up to $640 million.", dt.date(2025, 6, 12))
    assert [c["type"] for c in found if c["value"]] == ["investment"]
    found = claims("Northway Trains said it had offered staff a deal worth £1,900 a year.", dt.date(2025, 6, 12))
    assert [c["type"] for c in found if c["value"]] == ["other"]


def test_a_building_society_builds_nothing() -> None:
    found = claims("Holmfirth Bank, the building society turned bank, reported total lending of £6.2bn in December.", dt.date(2025, 6, 12))
    assert [c["type"] for c in found if c["value"]] == ["other"]


def test_a_period_s_time_ends_before_the_comma_after_it() -> None:
    found = claims("Orsino Foods had revenue of €2.8bn in the year to March, up from €2.6bn.", dt.date(2025, 6, 12))
    assert {c["time"]["expression"] for c in found if c["type"] == "revenue"} == {"the year to March"}


def test_services_kept_running_are_no_stake() -> None:
    text = "Northway Trains is a rail operator. It said it would keep about 60% of services running on strike days."
    assert "ownership" not in [c["type"] for c in claims(text, dt.date(2025, 6, 12))]


def test_no_firm_owns_itself() -> None:
    text = "Arden Holdings sold its Nordic arm to Lumora on Monday. Holmwood Capital will keep 40% of the company after the sale."
    owned = [(c["subject"], c["object"]) for c in claims(text, dt.date(2025, 6, 12)) if c["type"] == "ownership"]
    assert owned == [("Arden Holdings", "Holmwood Capital")]
    found = claims("Veloria makes robots. Atlantico is the largest investor in Nordvind. The QIA already owns stakes in Canary Wharf Group.")
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "ownership"] == [("Nordvind", "Atlantico"), ("Canary Wharf Group", "QIA")]
    found = claims("Corvane was founded by Maya Okonkwo and Daniel Reyes. Okonkwo holds 14.2% of the company and Reyes 9.8%.")
    assert {c["subject"] for c in found if c["type"] == "ownership"} == {"Corvane"}


def test_a_correction_s_account_of_a_withdrawn_figure_is_no_claim() -> None:
    text = (
        "Correction\n\nAn earlier version of this article said that Holmfirth Bank made a pre-tax profit of £84m in 2024. "
        "The correct figure is £48m."
    )
    assert [c["value"]["amount"] for c in claims(text, dt.date(2025, 6, 12)) if c["value"]] == [48e6]


def test_a_demonym_of_the_gulf_names_no_one() -> None:
    found = claims("Tower sold to Qatari fund for £410m\n\nBrookline Realty sold the tower on Monday.", dt.date(2025, 6, 12))
    assert "Qatari" not in {c["subject"] for c in found}


def test_a_round_s_lead_investor_is_not_the_firm_funded() -> None:
    text = "Fintech deals this week\n\n• Paylane: €18m Series A led by Northzone.\n• Kassavo (Amsterdam) — €12m Series A led by Balderton."
    funded = [c["subject"] for c in claims(text, dt.date(2025, 6, 12)) if c["type"] == "funding" and c["value"]]
    assert funded == [None, "Kassavo"]


def test_a_sector_s_funding_named_by_its_nationality_is_the_sector_s() -> None:
    text = "Pagaqui secured €4m.\n\nEuropean fintech funding fell 38% last year to $9.7bn, according to Dealroom."
    assert [c["subject"] for c in claims(text, dt.date(2025, 6, 12)) if c["value"] and c["value"]["amount"] == 9.7e9] == ["European fintech"]


def test_the_workers_of_a_trade_are_no_firm_and_foreign_investors_are_no_one_s_own() -> None:
    text = "Rail workers vote to strike over 4% pay offer\n\nMembers of the RMT union at Northway Trains have voted to strike, the union said on Tuesday."
    assert "Rail" not in {c["subject"] for c in claims(text, dt.date(2025, 6, 12))}
    text = "Portugal's economy grew 2% last year. Foreign investors bought USD 1.2bn of Portuguese commercial property last year."
    assert [c["subject"] for c in claims(text, dt.date(2025, 6, 12)) if c["value"]] == ["foreign investors"]


def test_a_listed_rival_is_no_source_listing() -> None:
    text = (
        "Kitestring seeks listing\n\nRevenue at Kitestring rose 61% to $412m in 2024, the filing shows.\n\n"
        "Sentrel, Kitestring's larger listed rival, is worth about $17bn on the stock market."
    )
    assert [c["attribution"] for c in claims(text, dt.date(2025, 10, 14)) if c["type"] == "market_cap"] == [None]


def test_a_day_later_in_the_month_of_publication_is_this_year_s() -> None:
    text = "Kitestring is listing. The company plans to set the final price on 29 October."
    assert [c["time"]["value"] for c in claims(text, dt.date(2025, 10, 14)) if c["time"]["value"]] == ["2025-10-29"]


def test_a_letter_naming_a_kind_of_share_or_band_is_no_name() -> None:
    text = (
        "Ashbridge City Council approved its budget. For a Band D property the increase adds £97 a year. "
        "At the heart of the plan is a promise to spend £85m building council homes by March 2028."
    )
    assert {c["subject"] for c in claims(text, dt.date(2025, 2, 27))} == {"Ashbridge City Council"}
    text = "Maya Okonkwo founded Kitestring. The founders' class B shares carry ten votes apiece, the filing shows."
    assert "B" not in {c["subject"] for c in claims(text, dt.date(2025, 10, 14))}


def test_a_body_named_after_its_members_keeps_its_apostrophe() -> None:
    assert kinds("The Public Service Workers' Union says the budget will cost jobs.") == {"Public Service Workers' Union": "org"}


def test_a_description_with_an_adjective_and_one_that_speaks_of_itself_are_what_follows_is_about() -> None:
    text = (
        "The Central Bank of Aldoria raised its main rate on Wednesday. Inflation rose to 5.8% in May, according to Aldstat, the statistics office.\n\n"
        "In its quarterly report, the bank said it now expects inflation to average 5.9% in the second quarter. "
        "It sees inflation returning to the 3% target only by the end of 2026.\n\n"
        "The central bank also cut its forecast for economic growth this year to 1.6%, citing weak demand for Aldorian machinery, "
        "and expects the economy to expand by 2.3% in 2026."
    )
    found = claims(text, dt.date(2025, 6, 19))
    assert {c["subject"] for c in found if c["quote"].startswith(("It sees", "The central bank", "and expects"))} == {"Central Bank of Aldoria"}


def test_a_union_named_after_its_members_is_the_source_and_a_council_told_by_description_is_what_it_means() -> None:
    text = (
        "Ashbridge City Council approved its budget on Wednesday. Jobs are just as contentious. "
        "The Public Service Workers' Union says the budget will cost up to 180 jobs, mostly in back-office teams."
    )
    found = claims(text, dt.date(2025, 2, 27))
    assert [(c["subject"], c["attribution"]) for c in found if "180 jobs" in c["quote"]] == [("Ashbridge City Council", "Public Service Workers' Union")]
    text = (
        "Ashbridge City Council approved its budget on Wednesday. Kestrel Logistics, a parcel carrier, opened a depot in 2019. Kestrel employs 300 people. "
        "The council insists the true figure is fewer than sixty posts. Another £6.5m will go on resurfacing roads."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 2, 27)) if c["value"]] == ["Ashbridge City Council"]


def test_a_titled_surname_is_the_person_named_in_full_before() -> None:
    text = "The Retail Finance Authority fined Harbourside Bank £27m, said Helen Marsh, its director. Ms Marsh warned that other lenders had similar weaknesses."
    assert [c["attribution"] for c in claims(text, dt.date(2025, 5, 13)) if c["type"] == "warning"] == ["Helen Marsh"]


def test_a_law_and_a_forum_keep_the_whole_of_their_names() -> None:
    assert kinds("Under the Financial Conduct and Redress Act 2014 the regulator can fine banks.").get("Financial Conduct and Redress Act") is not None
    text = "The Meridian Producers' Forum agreed on Wednesday to hold output steady. The forum, set up in 1987, accounts for 36% of supply."
    assert {c["subject"] for c in claims(text, dt.date(2025, 11, 6))} == {"Meridian Producers' Forum"}


def test_what_a_figure_rose_from_is_no_claim_and_takes_no_time_before_it() -> None:
    text = "Alderveld Pension Fund reports.\n\nAssets under management rose to €312.4bn at the end of December from €288.9bn a year earlier."
    found = [(c["value"]["amount"], c["time"]["value"]) for c in claims(text, dt.date(2025, 4, 30)) if c["value"]]
    assert found == [(312.4e9, "2024-12")]


def test_a_figure_by_a_source_s_count_is_the_source_s_and_it_goes_on_warning() -> None:
    text = (
        "Alderveld Pension Fund reported a 9% return. The Pension Cost Monitor, an independent watchdog, criticised its fees. "
        "Fees paid to outside managers rose 18% to €1.46bn in 2024, by the watchdog's count. "
        "It warned that a typical member would retire with a pension about 7% smaller."
    )
    found = claims(text, dt.date(2025, 4, 30))
    assert [c["attribution"] for c in found if c["value"]] == ["Pension Cost Monitor"]
    assert [c["attribution"] for c in found if c["quote"].startswith("It warned")] == ["Pension Cost Monitor"]


def test_a_rate_decision_a_tax_cut_and_a_quota_are_policy_and_raising_a_tax_is_no_funding() -> None:
    text = (
        "The Central Bank of Aldoria raised its main interest rate for the second time this year on Wednesday. "
        "The government will also extend a fuel-tax cut until the end of the year. "
        "Under the new quotas Qalmar Petroleum will be allowed to pump up to 9.8 million barrels a day."
    )
    assert [c["type"] for c in claims(text, dt.date(2025, 6, 19))] == ["policy", "policy", "policy"]
    text = "Ashbridge City Council on Wednesday approved a £612m budget that will raise council tax by 4.99%."
    assert "funding" not in [c["type"] for c in claims(text, dt.date(2025, 2, 27))]


def test_a_sentence_opening_with_its_is_about_what_its_means_and_a_plural_after_a_first_word_is_no_name() -> None:
    text = (
        "Corvane Labs files for a listing. Corvane Labs sells threat-detection software.\n\n"
        "Its software is used by about 3,400 organisations, from hospital groups to the retailer Halvorsen. The company has some 1,650 employees."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 10, 14)) if c["quote"].startswith("The company")] == ["Corvane Labs"]
    text = "Ashbridge City Council approved its budget. Finance officers told councillors that the grant closes a gap of roughly £11m."
    assert "Finance" not in {c["attribution"] for c in claims(text, dt.date(2025, 2, 27))}


def test_a_firm_whose_name_ends_in_ing_is_found_at_a_sentence_s_start() -> None:
    text = (
        "Kitestring files for a listing\n\nKitestring, the Austin-based cyber-security company, is seeking a valuation of $6.2bn. "
        "Boeing said it would buy parts worth $2bn. Manufacturing was hit hardest, falling 3% in May."
    )
    subjects = [c["subject"] for c in claims(text, dt.date(2025, 10, 14))]
    assert "Kitestring" in subjects and "Boeing" in subjects and "Manufacturing" not in subjects


def test_an_adviser_to_a_deal_is_a_fact() -> None:
    text = "Orvalle to buy Brenner\n\nOrvalle SA agreed to buy Brenner. Delorme Partners is acting as exclusive financial adviser to Orvalle."
    assert [(c["type"], c["subject"]) for c in claims(text, dt.date(2025, 9, 3)) if "Delorme" in c["quote"]] == [("other", "Delorme Partners")]


def test_a_description_before_an_apposition_speaks_and_a_lead_label_before_a_firm_only_says_where() -> None:
    text = (
        "Battery briefs\n\nZaragoza: Volterra Batteries opened its cell factory outside the Spanish city on Tuesday. "
        "The company, a joint venture between the carmaker Astrella and the chemicals group Hanseo, said it would hire "
        "a further four hundred people when a second production line starts in 2027. Astrella holds 60% of the venture."
    )
    found = claims(text, dt.date(2025, 6, 5))
    assert {c["subject"] for c in found} == {"Volterra Batteries"}
    assert [c["attribution"] for c in found if c["quote"].startswith("The company")] == ["Volterra Batteries"]


def test_its_after_a_founding_lead_and_a_description_is_the_firm_not_a_place_named_after_them() -> None:
    text = (
        'Orvalle SA will buy Kelmar Pumps. "We intend to keep its Stuttgart headquarters," said Claire Montagne, chief executive of Orvalle.\n\n'
        '"Joining a larger group gives us reach," said Jana Richter, who has run Kelmar Pumps since 2016.\n\n'
        "Founded in 1953 by engineer Walter Kelmar in Esslingen am Neckar, the company moved to its present site in Stuttgart in 1987. "
        "Its pumps are used by more than 1,200 customers in the drug industry."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 9, 3)) if c["quote"].startswith("Its pumps")] == ["Kelmar Pumps"]


def test_an_office_in_capitals_is_no_one_s_name() -> None:
    text = (
        '"We had been looking for a firm like Brenner," said Claire Montagne, Chief Executive Officer of Orvalle. '
        '"We will invest EUR 60 million in its plants by 2028," she added.'
    )
    assert [c["attribution"] for c in claims(text, dt.date(2025, 9, 3)) if c["value"]] == ["Claire Montagne"]


def test_a_legal_form_ending_a_sentence_leaves_its_stop_out_of_the_name() -> None:
    text = "Orvalle SA agreed to buy Kelmar Pumps GmbH. Kelmar Pumps had sales of EUR 40 million last year."
    assert [c["subject"] for c in claims(text, dt.date(2025, 9, 3)) if c["type"] == "revenue"] == ["Kelmar Pumps"]


def test_a_list_s_heading_names_no_one_and_a_place_s_region_is_no_firm() -> None:
    text = (
        "Harwell Robotics makes forklifts.\n\nKey facts:\n- Founded in 2019 by Priya Natarajan\n"
        "- Headquartered in Boston, Massachusetts\n- Customers include the grocer FreshWay\n\n"
        "Based in Austin, Texas, Kitestring sells software."
    )
    found = claims(text, dt.date(2025, 3, 6))
    assert {c["subject"] for c in found} == {"Harwell Robotics", "Kitestring"}
    assert [(c["subject"], c["object"]) for c in found if c["type"] == "location"] == [("Harwell Robotics", "Boston"), ("Kitestring", "Austin")]


def test_a_body_named_for_what_it_oversees_is_one_name_and_speaks_whole() -> None:
    text = (
        "The Office of Gas and Electricity Markets fined Pellow Energy £12m. "
        "The supplier has already refunded £8.6m to households, the regulator said. "
        "The Department for Business and Trade said exports rose 3% in May."
    )
    found = claims(text, dt.date(2025, 6, 5))
    assert [(c["subject"], c["attribution"]) for c in found if c["quote"].startswith("The supplier")] == [
        ("Pellow Energy", "Office of Gas and Electricity Markets")
    ]
    assert [c["attribution"] for c in found if c["quote"].startswith("The Department")] == ["Department for Business and Trade"]


def test_money_paid_for_failing_is_no_purchase() -> None:
    text = "In 2022 Pellow Energy paid £2.5m for failing to answer customer calls promptly."
    assert "investment" not in [c["type"] for c in claims(text, dt.date(2025, 6, 5))]


def test_a_q_and_a_label_and_a_dateline_s_agency_are_no_names() -> None:
    text = (
        "Q&A: Lisbon founder on raising money\n\nMarta Figueira founded the payments start-up Pagalume in Lisbon in 2020. "
        "It processed €2.1bn of payments last year."
    )
    assert {c["subject"] for c in claims(text, dt.date(2025, 6, 10))} == {"Pagalume"}
    text = "Housing approvals slow\n\nDUBLIN (Wire) - Ireland completed 28,900 homes last year. The statistics office said completions fell 12%."
    assert "Wire" not in {c["subject"] for c in claims(text, dt.date(2025, 3, 10))}


def test_a_minister_s_pledge_is_the_government_s() -> None:
    text = (
        "Minister pledges €400m to speed up Irish housing approvals\n\n"
        "Ireland's housing minister, Aoife Brennan, pledged on Monday to spend €400m over three years to hire planners."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 3, 10))] == ["Irish government", "Irish government"]


def test_the_same_period_a_change_is_measured_against_is_not_the_figure_s_time() -> None:
    text = "Northwall Air flies from Oslo. The airline carried 11.2 million passengers, 6% more than in the same period of 2024."
    assert "2024" not in [(c["time"] or {}).get("value") for c in claims(text, dt.date(2025, 8, 14))]


def test_a_live_blog_s_times_official_figures_and_a_month_before_a_comma_read_right() -> None:
    text = (
        "Business live: markets steady\n\n10:45 Fenwick Energy cut its profit forecast. Its shares are down 9%.\n\n"
        "11:30 The pound is flat against the dollar at $1.27.\n\n"
        "12:02 Official figures show UK retail sales fell 0.8% in May, the biggest drop since December, "
        "according to the Office for National Statistics.\n\n"
        "12:10 Halden Bank's chief economist, Ruth Okafor, says the Bank of England is likely to cut rates in August."
    )
    found = claims(text, dt.date(2025, 6, 20))
    assert [c["subject"] for c in found if "pound" in c["quote"]] == ["pound"]
    assert [(c["subject"], c["attribution"]) for c in found if c["quote"].startswith("Official")] == [("United Kingdom", "Office for National Statistics")]
    assert [c["time"]["value"] for c in found if "August" in c["quote"]] == ["2025-08"]
    assert not any(c["quote"][:1].isdigit() for c in found)


def test_names_a_release_defines_in_brackets_mean_the_firm() -> None:
    text = (
        'Marlowe Vale Bank plc ("Marlowe Vale" or "the Bank") today reports its results. Pellham Finance, a car-finance lender, '
        "became part of the Bank in March. The Bank closed 22 branches. Marlowe Vale employs 9,850 people.\n\n"
        'Nimbly Inc. (the "Company") raised $5m. The Company has 40 staff.'
    )
    found = claims(text, dt.date(2025, 7, 24))
    assert [c["subject"] for c in found if c["quote"].startswith(("The Bank", "Marlowe Vale employs"))] == ["Marlowe Vale Bank"] * 2
    assert [c["subject"] for c in found if "Nimbly" in c["quote"] or "Company" in c["quote"]] == ["Nimbly", "Nimbly"]


def test_a_speaker_named_with_a_hyphen_and_an_office_in_capitals_goes_on_speaking_in_the_quotation() -> None:
    text = (
        "Marlowe Vale Bank reports results.\n\n"
        'Helena Marsh-Okoro, Chief Executive, said: "This is a good set of results. We lent £1.7 billion to small businesses '
        'in the first half of 2025."\n\nRolls-Royce said profit rose 10% to £2bn.'
    )
    found = claims(text, dt.date(2025, 7, 24))
    assert [(c["subject"], c["attribution"]) for c in found] == [
        ("Marlowe Vale Bank", "Helena Marsh-Okoro"), ("Rolls-Royce", "Rolls-Royce")
    ]


def test_a_list_of_commitments_after_a_colon_is_its_doer_s_pledges() -> None:
    text = (
        "Regulator clears Veltro's takeover of Kairon\n\nVeltro Mobile will buy Kairon Telecom. "
        "To address these concerns, Veltro Mobile has offered the following binding commitments:\n\n"
        "- to sell 1,400 mast sites to Pulso Mobile within 12 months of completion;\n"
        "- to keep the prices of all existing retail tariffs unchanged until 31 December 2027;\n"
        "- to invest €1.2bn in extending 5G coverage to 97% of the population by 2029.\n\n"
        "Pulso Mobile has 2.1 million customers."
    )
    found = claims(text, dt.date(2025, 6, 12))
    assert [(c["type"], c["subject"]) for c in found if c["quote"].startswith("- to")] == [("pledge", "Veltro Mobile")] * 3
    assert [c["type"] for c in found if c["quote"].startswith("Pulso")] != ["pledge"]


def test_an_index_a_numbered_fund_and_a_currency_s_close_are_not_taken_for_the_firm() -> None:
    text = (
        "Markets live: FTSE 100 slips\n\nPellbrook Engineering reported revenue of £2.31bn. "
        "The group now expects 2025 revenue of between £4.7bn and £4.8bn. Sterling closed at $1.3108.\n\n"
        "Figures from the Office for National Statistics showed regular pay growth of 5.1% in the three months to August."
    )
    found = claims(text, dt.date(2025, 11, 6))
    assert [c["subject"] for c in found if c["quote"].startswith(("The group", "Sterling", "Figures"))] == [
        "Pellbrook Engineering", "sterling", "United Kingdom"
    ]
    text = (
        "Corrowin Ventures, the Manchester-based investor, today announced the final close of Corrowin Fund III at £210m. "
        "Corrowin was founded in 2016 by Aisha Rahman. Corrowin Fund II closed at £140m in 2021. Corrowin has backed 47 companies."
    )
    found = claims(text, dt.date(2025, 4, 2))
    assert {c["subject"] for c in found if c["quote"].startswith(("Corrowin was", "Corrowin has"))} == {"Corrowin Ventures"}


def test_a_short_form_stays_with_the_firm_the_story_is_about() -> None:
    text = (
        "Aldermann Line profit falls\n\nAldermann Line said on Wednesday that its profit fell. Aldermann Line cut its forecast. "
        "Aldermann Line carried 2.1 million containers. The Aldermann family owns 46% of it through its holding company "
        "Aldermann Beteiligungen. Aldermann employs about 19,500 people worldwide."
    )
    assert [c["subject"] for c in claims(text, dt.date(2025, 8, 6)) if c["quote"].startswith("Aldermann employs")] == ["Aldermann Line"]


def test_a_workforce_that_numbers_a_count_is_a_fact() -> None:
    text = "Kelso Optics makes lasers in Edinburgh. Its workforce numbers 140."
    assert [(c["type"], c["subject"]) for c in claims(text, dt.date(2025, 3, 11))] == [("other", "Kelso Optics")]


@pytest.mark.parametrize("text", ['Acme Ltd (" ") raised $5m.', 'Acme Ltd (the "") raised $5m.', 'Acme ("the ") raised $5m. The Company grew.'])
def test_brackets_that_define_nothing_are_read_without_failing(text: str) -> None:
    assert [c["subject"] for c in claims(text, dt.date(2025, 5, 1)) if c["value"]] == ["Acme"]
