"""Write NAME.gold.json for the hand-labelled articles of this folder.

The labels below were written by hand, following
/work/shared/extraction-conventions.md and the style of the curated claim sets
(one claim per subject, predicate and object; a claim whose sentence gives it no
time words has no time, and "now" or "so far" is the publication date). Offsets are computed here, from each
quote's position in the article (``occurrence`` picks a repeated quote), and
checked: ``text[start:end] == quote``. Run from anywhere:
``python tests/data/labelled/build_gold.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def money(currency, amount=None, low=None, high=None, approximate=False):
    return {"amount": amount, "min": low, "max": high, "currency": currency, "approximate": approximate}


def when(value=None, precision=None, expression=None):
    return {"value": value, "precision": precision, "expression": expression}


def claim(type, quote, subject, predicate, statement, obj=None, value=None, time=None, attribution=None, hedges=(), occurrence=0):
    return {
        "type": type, "statement": statement, "subject": subject, "predicate": predicate, "object": obj, "value": value,
        "time": time or when(), "attribution": attribution, "hedges": list(hedges), "quote": quote, "occurrence": occurrence,
    }  # fmt: skip


def helixgrid():
    tue = when("2025-03-11", "day", "on Tuesday")
    full = "Helixgrid, the Manchester-based battery analytics start-up, has raised €85m in a Series C round led by Northwall Capital, the company said on Tuesday."
    larch = "Existing backer Larchmont Ventures, which owns a 12% stake in Helixgrid, also took part."
    nair = "Founded in 2019 by Priya Nair and Tomas Berg"
    y2019 = when("2019", "year", "2019")
    fraction = "That is still a fraction of the $11bn raised by their American rivals."
    users = "Helixgrid's software is already used by three of Britain's six largest grid operators, including Pennine Power."
    return "2025-03-14", [
        claim("location", "Helixgrid, the Manchester-based battery analytics start-up", "Helixgrid", "based in", "Helixgrid is based in Manchester", "Manchester"),
        claim("funding", full, "Helixgrid", "raised", "Helixgrid raised EUR 85m in a Series C round", value=money("EUR", 85e6), time=tue, attribution="Helixgrid"),
        claim("funding", full, "Helixgrid", "round led by", "Northwall Capital led Helixgrid's Series C round", "Northwall Capital", time=tue, attribution="Helixgrid"),
        claim("valuation", "The round values Helixgrid at roughly €600m, according to people familiar with the matter", "Helixgrid", "valued at",
              "The round values Helixgrid at about EUR 600m", value=money("EUR", 600e6, approximate=True),
              attribution="people familiar with the matter", hedges=["roughly"]),
        claim("comparison", "more than double the valuation it secured in its previous round", "Helixgrid", "compared with",
              "Helixgrid's new valuation is more than double its previous one", attribution="people familiar with the matter"),
        claim("founding", nair, "Helixgrid", "founded in", "Helixgrid was founded in 2019", "2019", time=y2019),
        claim("founding", nair, "Helixgrid", "founded by", "Helixgrid was founded by Priya Nair", "Priya Nair", time=y2019),
        claim("founding", nair, "Helixgrid", "founded by", "Helixgrid was founded by Tomas Berg", "Tomas Berg", time=y2019),
        claim("other", "Helixgrid sells software that predicts when grid-scale batteries will fail.", "Helixgrid", "sells",
              "Helixgrid sells battery failure prediction software"),
        claim("revenue", "Its revenue doubled last year to €42m", "Helixgrid", "revenue", "Helixgrid's revenue doubled to EUR 42m in 2024",
              value=money("EUR", 42e6), time=when("2024", "year", "last year")),
        claim("revenue", "the company expects sales of between €70m and €80m this year", "Helixgrid", "revenue forecast",
              "Helixgrid expects sales of EUR 70m to 80m in 2025", value=money("EUR", low=70e6, high=80e6), time=when("2025", "year", "this year"),
              attribution="Helixgrid", hedges=["expects"]),
        claim("other", "Nair said the business had been profitable in the fourth quarter of 2024.", "Helixgrid", "profitable",
              "Helixgrid was profitable in Q4 2024", time=when("2024-12", "month", "the fourth quarter of 2024"), attribution="Priya Nair"),
        claim("pledge", "The new money will go into hiring and into a factory for sensor hardware.", "Helixgrid", "will spend on",
              "Helixgrid will spend the new money on hiring and a sensor factory"),
        claim("pledge", "Helixgrid plans to spend up to €30m on the plant in Leeds, which it expects to open by 2027.", "Helixgrid", "plans to spend",
              "Helixgrid plans to spend up to EUR 30m on a plant in Leeds, to open by 2027", value=money("EUR", high=30e6),
              time=when("2027", "year", "by 2027"), hedges=["plans"]),
        claim("other", "The company employs 310 people", "Helixgrid", "employs", "Helixgrid employs 310 people"),
        claim("other", "Nair told reporters that headcount would pass 500 within two years", "Helixgrid", "headcount forecast",
              "Helixgrid's headcount will pass 500 within two years", time=when(None, None, "within two years"), attribution="Priya Nair"),
        claim("ownership", larch, "Helixgrid", "stake held by", "Larchmont Ventures owns 12% of Helixgrid", "Larchmont Ventures"),
        claim("funding", larch, "Helixgrid", "investor", "Larchmont Ventures took part in Helixgrid's Series C", "Larchmont Ventures"),
        claim("funding", "Larchmont first invested in the company in 2021.", "Helixgrid", "investor", "Larchmont first invested in Helixgrid in 2021",
              "Larchmont Ventures", time=when("2021", "year", "2021")),
        claim("funding", "European start-ups working on energy storage raised $3.1bn in 2024, up 40% from a year earlier, according to PitchBook.",
              "European energy storage start-ups", "raised", "European energy storage start-ups raised USD 3.1bn in 2024",
              value=money("USD", 3.1e9), time=when("2024", "year", "2024"), attribution="PitchBook"),
        claim("funding", fraction, "American energy storage start-ups", "raised", "American energy storage start-ups raised USD 11bn",
              value=money("USD", 11e9)),
        claim("comparison", fraction, "European energy storage start-ups", "compared with",
              "European energy storage start-ups raised a fraction of what American rivals raised", "American energy storage start-ups"),
        claim("market_cap", "Helixgrid's closest competitor, Frankfurt-listed Voltaic Systems, has a market capitalisation of about €3.2bn.",
              "Voltaic Systems", "market capitalisation", "Voltaic Systems has a market capitalisation of about EUR 3.2bn",
              value=money("EUR", 3.2e9, approximate=True), hedges=["about"]),
        claim("investment", "Voltaic bought the Danish sensor maker Kessel for €210m last month.", "Voltaic Systems", "bought",
              "Voltaic Systems bought Kessel for EUR 210m in February 2025", "Kessel", value=money("EUR", 210e6), time=when("2025-02", "month", "last month")),
        claim("warning", "Earlier this month, the Energy Storage Council warned that software faults were behind more than a third of battery fires recorded in Britain last year.",
              "Energy Storage Council", "warned", "The Energy Storage Council warned that software faults caused over a third of UK battery fires in 2024",
              time=when("2025-03", "month", "Earlier this month"), attribution="Energy Storage Council"),
        claim("policy", "The government's Clean Grid Grant Scheme, which opened in January", "Clean Grid Grant Scheme", "opened",
              "The Clean Grid Grant Scheme opened in January 2025", time=when("2025-01", "month", "January")),
        claim("policy", "The government's Clean Grid Grant Scheme, which opened in January, has so far paid out less than half of its £400m budget.",
              "Clean Grid Grant Scheme", "budget", "The Clean Grid Grant Scheme has paid out less than half of its GBP 400m budget",
              value=money("GBP", 400e6), time=when("2025-03-14", "day", "so far")),
        claim("adoption", users, "Helixgrid", "used by", "Three of Britain's six largest grid operators use Helixgrid's software",
              "three of Britain's six largest grid operators"),
        claim("adoption", users, "Helixgrid", "used by", "Pennine Power uses Helixgrid's software", "Pennine Power"),
        claim("other", "The company said its monitoring covers about 14 gigawatt-hours of storage, roughly a quarter of the capacity installed in the UK.",
              "Helixgrid", "monitors", "Helixgrid monitors about 14 GWh of storage, a quarter of UK capacity", attribution="Helixgrid"),
        claim("adoption", "Customers in Spain and Italy signed up in recent months", "Helixgrid", "used by", "Customers in Spain and Italy signed up to Helixgrid",
              "customers in Spain and Italy", time=when(None, None, "in recent months")),
        claim("location", "the start-up opened an office in Madrid in February", "Helixgrid", "office in", "Helixgrid opened an office in Madrid in February 2025",
              "Madrid", time=when("2025-02", "month", "February")),
    ]


def quillon():
    next_year = when("2025", "year", "early next year")
    prospectus = "Quillon"
    return "2024-11-07", [
        claim("location", "Quillon, the Edinburgh-based digital lender", "Quillon", "based in", "Quillon is based in Edinburgh", "Edinburgh"),
        claim("pledge", "Quillon, the Edinburgh-based digital lender, said on Monday that it would list its shares in London early next year", "Quillon",
              "plans to list", "Quillon will list its shares in London early in 2025", "London", time=next_year, attribution="Quillon"),
        claim("valuation", "in a float that could value the business at between £1.8bn and £2.2bn", "Quillon", "valued at",
              "Quillon's float could value it at GBP 1.8bn to 2.2bn", value=money("GBP", low=1.8e9, high=2.2e9), time=next_year,
              attribution="Quillon", hedges=["could"]),
        claim("founding", "The bank, which was founded in 2016", "Quillon", "founded in", "Quillon was founded in 2016", "2016", time=when("2016", "year", "2016")),
        claim("adoption", "now has 2.4 million customers, up from 1.1 million two years ago", "Quillon", "customers", "Quillon has 2.4 million customers", time=when("2024-11-07", "day", "now")),
        claim("ownership", "Quillon's largest shareholder, the U.S. investment firm Astervale Holdings, owns 38% of the company", "Quillon", "stake held by",
              "Astervale Holdings owns 38% of Quillon", "Astervale Holdings", attribution=prospectus),
        claim("pledge", "plans to sell about a third of its stake in the offering, according to a prospectus published on Monday", "Astervale Holdings",
              "plans to sell", "Astervale Holdings plans to sell about a third of its Quillon stake in the float", time=when("2024-11-04", "day", "on Monday"),
              attribution=prospectus),
        claim("funding", "Astervale first backed Quillon with a GBP 40m investment in 2018.", "Quillon", "raised", "Astervale invested GBP 40m in Quillon in 2018",
              "Astervale Holdings", value=money("GBP", 40e6), time=when("2018", "year", "2018")),
        claim("other", "Okafor said the lender had made a pre-tax profit of £96m in the first half of this year", "Quillon", "pre-tax profit",
              "Quillon made a pre-tax profit of GBP 96m in H1 2024", value=money("GBP", 96e6), time=when("2024-06", "month", "the first half of this year"),
              attribution="Miriam Okafor"),
        claim("other", "compared with £51m a year earlier", "Quillon", "pre-tax profit", "Quillon made a pre-tax profit of GBP 51m in H1 2023",
              value=money("GBP", 51e6), time=when(None, None, "a year earlier"), attribution="Miriam Okafor"),
        claim("other", "Quillon's loan book grew to roughly £6.5bn by the end of September.", "Quillon", "loan book", "Quillon's loan book was about GBP 6.5bn at end-September 2024",
              value=money("GBP", 6.5e9, approximate=True), time=when("2024-09", "month", "by the end of September"), hedges=["roughly"]),
        claim("revenue", "Its net interest income was USD 310m in the first half, the prospectus showed", "Quillon", "net interest income",
              "Quillon's net interest income was USD 310m in H1 2024", value=money("USD", 310e6), time=when("2024-06", "month", "the first half"),
              attribution=prospectus),
        claim("other", "London has lost more than 80 listed companies so far this year, according to Dealwatch", "London Stock Exchange", "delistings",
              "London has lost more than 80 listed companies in 2024", time=when("2024", "year", "so far this year"), attribution="Dealwatch"),
        claim("other", "Rival Brightmoor Bank, which listed in 2022", "Brightmoor Bank", "listed in", "Brightmoor Bank listed in 2022", "2022",
              time=when("2022", "year", "2022")),
        claim("market_cap", "Rival Brightmoor Bank, which listed in 2022, trades at a market value of about £3bn.", "Brightmoor Bank", "market capitalisation",
              "Brightmoor Bank has a market value of about GBP 3bn", value=money("GBP", 3e9, approximate=True), hedges=["about"]),
        claim("other", "Quillon employs about 1,900 staff, most of them in Scotland", "Quillon", "employs", "Quillon employs about 1,900 staff"),
        claim("pledge", "plans to open a technology hub in Lisbon next year", "Quillon", "plans to open", "Quillon plans to open a technology hub in Lisbon in 2025",
              "Lisbon", time=when("2025", "year", "next year")),
        claim("ownership", "Its mortgage arm, Quillon Homes, is wholly owned by the bank", "Quillon Homes", "owned by", "Quillon Homes is wholly owned by Quillon",
              "Quillon"),
        claim("other", "accounts for nearly a third of new lending", "Quillon Homes", "share of lending", "Quillon Homes accounts for nearly a third of Quillon's new lending"),
        claim("comparison", "The bank was ranked the UK's most trusted lender in a consumer survey by Which Money in March.", "Quillon", "ranked",
              "Quillon was ranked the UK's most trusted lender in March 2024", time=when("2024-03", "month", "March"), attribution="Which Money"),
        claim("warning", "The Prudential Oversight Board warned last month that fast-growing digital lenders were underestimating credit losses on unsecured loans.",
              "Prudential Oversight Board", "warned", "The Prudential Oversight Board warned that digital lenders underestimate credit losses",
              time=when("2024-10", "month", "last month"), attribution="Prudential Oversight Board"),
        claim("other", "Quillon has set aside £140m against bad debts, the prospectus showed.", "Quillon", "provisions", "Quillon has set aside GBP 140m against bad debts",
              value=money("GBP", 140e6), attribution=prospectus),
    ]


def orvane():
    now = when("2025-09-22", "day", "now")
    customers = "Orvane's cloud division now serves more than 9,000 corporate customers, including the retailer Marlow & Finch."
    tessaly = "Tessaly, in which the Japanese conglomerate Hayamoto owns a 20% stake, reported revenue of ¥1.9tn for the financial year to March."
    spun = "Tessaly was spun out of the Osaka-based electronics group Kurobe in 2012 and employs 14,000 people."
    familiar = "people familiar with the company"
    return "2025-09-22", [
        claim("investment", "Orvane Inc. agreed on Friday to buy 40,000 AI accelerators from chipmaker Tessaly for an estimated $2.6bn, in one of the largest hardware orders of the year.",
              "Orvane", "bought", "Orvane agreed to buy 40,000 AI accelerators from Tessaly for about USD 2.6bn", "Tessaly",
              value=money("USD", 2.6e9, approximate=True), time=when("2025-09-19", "day", "on Friday"), hedges=["an estimated"]),
        claim("investment", "The deal, first reported by the Financial Ledger, will supply a data centre campus that Orvane is building outside Dallas.",
              "Orvane", "building", "Orvane is building a data centre campus outside Dallas", "Dallas"),
        claim("location", "Orvane, which is headquartered in Austin, Texas", "Orvane", "based in", "Orvane is headquartered in Austin, Texas", "Austin"),
        claim("pledge", "has committed to spending more than $20bn on computing infrastructure by 2027, its finance chief, Rahul Desai, said in July.",
              "Orvane", "committed to spend", "Orvane committed to spending more than USD 20bn on computing infrastructure by 2027",
              value=money("USD", low=20e9), time=when("2027", "year", "by 2027"), attribution="Rahul Desai"),
        claim("market_cap", "The company's market capitalisation has climbed to roughly $410bn, up 65% since January.", "Orvane", "market capitalisation",
              "Orvane's market capitalisation is about USD 410bn", value=money("USD", 410e9, approximate=True), hedges=["roughly"]),
        claim("adoption", customers, "Orvane", "used by", "Orvane's cloud serves more than 9,000 corporate customers", "more than 9,000 corporate customers", time=now),
        claim("adoption", customers, "Orvane", "used by", "Marlow & Finch uses Orvane's cloud", "Marlow & Finch", time=now),
        claim("ownership", "Tessaly, in which the Japanese conglomerate Hayamoto owns a 20% stake", "Tessaly", "stake held by", "Hayamoto owns 20% of Tessaly",
              "Hayamoto"),
        claim("revenue", tessaly, "Tessaly", "revenue", "Tessaly's revenue was JPY 1.9tn in the year to March 2025", value=money("JPY", 1.9e12),
              time=when("2025-03", "month", "the financial year to March"), attribution="Tessaly"),
        claim("other", "Its shares rose 6% in Tokyo on Monday.", "Tessaly", "share price", "Tessaly's shares rose 6% in Tokyo",
              time=when("2025-09-15", "day", "on Monday")),
        claim("ownership", "Hayamoto has held its stake since 2019", "Tessaly", "stake held by", "Hayamoto has held its Tessaly stake since 2019", "Hayamoto",
              time=when("2019", "year", "since 2019")),
        claim("investment", "Hayamoto has held its stake since 2019, when it paid ¥180bn for the shares.", "Hayamoto", "bought",
              "Hayamoto paid JPY 180bn for its Tessaly stake in 2019", "Tessaly", value=money("JPY", 180e9), time=when("2019", "year", "2019")),
        claim("founding", spun, "Tessaly", "spun out of", "Tessaly was spun out of Kurobe in 2012", "Kurobe", time=when("2012", "year", "2012")),
        claim("location", "the Osaka-based electronics group Kurobe", "Kurobe", "based in", "Kurobe is based in Osaka", "Osaka"),
        claim("other", spun, "Tessaly", "employs", "Tessaly employs 14,000 people"),
        claim("investment", "Analysts at Greyfield Research estimate that global spending on AI data centres will reach $1.1tn to $1.3tn a year by 2030.",
              "AI data centres", "spending forecast", "Global AI data centre spending will reach USD 1.1tn to 1.3tn a year by 2030",
              value=money("USD", low=1.1e12, high=1.3e12), time=when("2030", "year", "by 2030"), attribution="Greyfield Research", hedges=["estimate"]),
        claim("warning", "The International Energy Panel cautioned in its latest report that data centres could consume 8% of U.S. electricity by 2030, up from about 4% today.",
              "International Energy Panel", "warned", "The International Energy Panel warned data centres could use 8% of US electricity by 2030",
              time=when("2030", "year", "by 2030"), attribution="International Energy Panel"),
        claim("policy", "In Europe, the EU's Data Centre Efficiency Directive requires operators of large sites to report their energy use from next year.",
              "Data Centre Efficiency Directive", "requires", "The EU's Data Centre Efficiency Directive requires large sites to report energy use from 2026",
              time=when("2026", "year", "next year")),
        claim("location", "Coldwater AI, a Dublin-based cloud provider", "Coldwater AI", "based in", "Coldwater AI is based in Dublin", "Dublin"),
        claim("funding", "Coldwater AI, a Dublin-based cloud provider, raised €150m last quarter", "Coldwater AI", "raised",
              "Coldwater AI raised EUR 150m in Q2 2025", value=money("EUR", 150e6), time=when("2025-06", "month", "last quarter"), attribution=familiar),
        claim("other", "but has struggled to secure chips, people familiar with the company said", "Coldwater AI", "struggled to secure",
              "Coldwater AI has struggled to secure chips", attribution=familiar),
        claim("adoption", "It now rents capacity from Orvane.", "Orvane", "used by", "Coldwater AI rents capacity from Orvane", "Coldwater AI", time=now),
    ]


def dutch():
    by2027 = when("2027", "year", "by 2027")
    scaleboard = "Scaleboard ranks the country fifth in Europe for AI investment, behind Britain, France, Germany and Sweden."
    vaal = "Vaalbrug is backed by the pension fund PFZN, which holds a minority stake in the firm."
    return "2025-05-28", [
        claim("pledge", "The Dutch government has pledged €2.5bn over five years to build national AI computing capacity", "Dutch government", "pledged",
              "The Dutch government pledged EUR 2.5bn over five years for national AI compute", value=money("EUR", 2.5e9), time=by2027),
        claim("pledge", "with the first supercomputer due to open in Eindhoven by 2027", "Dutch government", "plans to open",
              "The first Dutch national AI supercomputer is due to open in Eindhoven by 2027", "Eindhoven", time=by2027),
        claim("pledge", "Economy minister Dr. Lotte van Aken announced the plan on Tuesday, saying that roughly 60% of the money would go to hardware and the rest to research grants.",
              "Dutch government", "budget split", "About 60% of the Dutch compute budget goes to hardware, the rest to research grants",
              time=when("2025-05-27", "day", "on Tuesday"), attribution="Lotte van Aken"),
        claim("policy", "The programme, known as RekenNL, will be run by the Netherlands Compute Agency", "RekenNL", "run by",
              "RekenNL will be run by the Netherlands Compute Agency", "Netherlands Compute Agency"),
        claim("founding", "the Netherlands Compute Agency, a body created earlier this year", "Netherlands Compute Agency", "founded in",
              "The Netherlands Compute Agency was created in 2025", time=when("2025", "year", "earlier this year")),
        claim("pledge", "The agency said it expected to award up to EUR 400m in grants in the first round.", "Netherlands Compute Agency", "plans to award",
              "The Netherlands Compute Agency expects to award up to EUR 400m in grants in the first round", value=money("EUR", high=400e6),
              attribution="Netherlands Compute Agency"),
        claim("investment", "The pledge follows a report by the Amstel Institute for Economic Policy, which found last month that Dutch companies spent nearly €900m on foreign cloud computing in 2024, more than twice as much as five years earlier.",
              "Dutch companies", "spent", "Dutch companies spent nearly EUR 900m on foreign cloud computing in 2024", value=money("EUR", 900e6, approximate=True),
              time=when("2024", "year", "2024"), attribution="Amstel Institute for Economic Policy", hedges=["nearly"]),
        claim("warning", "The institute warned that dependence on a handful of American providers left the country exposed to price rises and outages.",
              "Amstel Institute for Economic Policy", "warned", "The Amstel Institute warned that reliance on US cloud providers exposes the Netherlands", attribution="Amstel Institute for Economic Policy"),
        claim("location", "Vaalbrug Capital, an Amsterdam-based venture firm", "Vaalbrug Capital", "based in", "Vaalbrug Capital is based in Amsterdam", "Amsterdam"),
        claim("funding", "Vaalbrug Capital, an Amsterdam-based venture firm, closed its third fund at €320m in April", "Vaalbrug Capital", "closed fund",
              "Vaalbrug Capital closed its third fund at EUR 320m in April 2025", value=money("EUR", 320e6), time=when("2025-04", "month", "April")),
        claim("funding", "well above its €250m target", "Vaalbrug Capital", "fund target", "Vaalbrug Capital's third fund had a EUR 250m target",
              value=money("EUR", 250e6), time=when("2025-04", "month", "April")),
        claim("pledge", "The firm's partners said about half of it would go to AI start-ups.", "Vaalbrug Capital", "plans to invest",
              "Vaalbrug Capital will put about half of its third fund into AI start-ups", attribution="Vaalbrug Capital"),
        claim("funding", vaal, "Vaalbrug Capital", "backed by", "PFZN backs Vaalbrug Capital", "PFZN"),
        claim("ownership", vaal, "Vaalbrug Capital", "stake held by", "PFZN holds a minority stake in Vaalbrug Capital", "PFZN"),
        claim("location", "the Rotterdam-based chip designer Nevik", "Nevik", "based in", "Nevik is based in Rotterdam", "Rotterdam"),
        claim("other", "Elsewhere, the Rotterdam-based chip designer Nevik said on Friday that it had signed a deal to supply processors to the new supercomputer.",
              "Nevik", "supplies", "Nevik will supply processors to the new Dutch supercomputer", time=when("2025-05-23", "day", "on Friday"), attribution="Nevik"),
        claim("ownership", "Nevik, which is owned by the Belgian group Solvane", "Nevik", "owned by", "Nevik is owned by Solvane", "Solvane"),
        claim("revenue", "Nevik, which is owned by the Belgian group Solvane, expects the contract to be worth as much as €120m.", "Nevik", "contract value",
              "Nevik expects the supercomputer contract to be worth up to EUR 120m", value=money("EUR", high=120e6), attribution="Nevik"),
        claim("funding", "Last year, AI start-ups in the Netherlands raised between €1.1bn and €1.3bn, according to estimates from the data provider Scaleboard",
              "Dutch AI start-ups", "raised", "Dutch AI start-ups raised EUR 1.1bn to 1.3bn in 2024", value=money("EUR", low=1.1e9, high=1.3e9),
              time=when("2024", "year", "Last year"), attribution="Scaleboard", hedges=["estimates"]),
        claim("funding", "down from a peak of €2bn in 2021", "Dutch AI start-ups", "raised", "Dutch AI start-ups raised EUR 2bn in 2021",
              value=money("EUR", 2e9), time=when("2021", "year", "2021"), attribution="Scaleboard"),
        *[
            claim("comparison", scaleboard, "Netherlands", "ranked behind", f"The Netherlands ranks behind {country} in Europe for AI investment", country, attribution="Scaleboard")
            for country in ("Britain", "France", "Germany", "Sweden")
        ],
        claim("other", "Sanne Kuipers, who leads the Tech Sovereignty Forum", "Tech Sovereignty Forum", "led by", "Sanne Kuipers leads the Tech Sovereignty Forum",
              "Sanne Kuipers"),
    ]


ARTICLES = {
    "helixgrid-series-c": helixgrid,
    "quillon-listing": quillon,
    "orvane-chip-order": orvane,
    "dutch-compute-pledge": dutch,
}


def build() -> None:
    for name, labels in ARTICLES.items():
        text = (HERE / f"{name}.txt").read_bytes().decode("utf-8")
        published, claims = labels()
        out = []
        for item in claims:
            quote, occurrence = item.pop("quote"), item.pop("occurrence")
            start = -1
            for _ in range(occurrence + 1):
                start = text.index(quote, start + 1)
            end = start + len(quote)
            assert text[start:end] == quote and quote == quote.strip(), quote
            out.append({**item, "span": {"start": start, "end": end}, "quote": quote})
        (HERE / f"{name}.gold.json").write_text(json.dumps({"published": published, "claims": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(out)} claims")


if __name__ == "__main__":
    build()
