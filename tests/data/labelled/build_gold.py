"""Write NAME.gold.json for the hand-labelled articles of this folder.

The labels below were written by hand, following
/work/shared/extraction-conventions.md and the style of the curated claim sets
(one claim per subject, predicate and object; a claim whose sentence gives it no
time words has no time, and "now" or "so far" is the publication date). Offsets are computed here, from each
quote's position in the article (``occurrence`` picks a repeated quote), and
checked: ``text[start:end] == quote``. Run from anywhere:
``python tests/data/labelled/build_gold.py [NAME ...]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def money(currency, amount=None, low=None, high=None, approximate=False):
    return {"amount": amount, "min": low, "max": high, "currency": currency, "approximate": approximate}


def when(value=None, precision=None, expression=None):
    return {"value": value, "precision": precision, "expression": expression}


def claim(type, quote, subject, predicate, statement, obj=None, value=None, time=None, attribution=None, hedges=(), occurrence=0, aliases=()):
    """One gold claim; ``aliases`` are other names of the claimant that count as the same attribution."""
    return {
        **({"attribution_aliases": list(aliases)} if aliases else {}),
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


def veloria_half_year():
    v = "Veloria Robotics"
    about = "Veloria Robotics was founded in 2018 by Ines Carvalho and Rui Matos and is headquartered in Lisbon."
    return "2025-07-24", [
        claim("revenue", "Revenue of EUR 48.2m, up 61% year on year.", v, "revenue", "Veloria Robotics had revenue of EUR 48.2m, up 61%", value=money("EUR", 48.2e6)),
        claim("revenue", "Annual recurring revenue of EUR 71m at the end of June.", v, "recurring revenue", "Veloria Robotics had recurring revenue of EUR 71m at the end of June 2025",
              value=money("EUR", 71e6), time=when("2025-06", "month", "at the end of June")),
        claim("other", "Net loss narrowed to EUR 9.4m.", v, "net loss", "Veloria Robotics' net loss narrowed to EUR 9.4m", value=money("EUR", 9.4e6)),
        claim("other", "Cash and equivalents of EUR 133m.", v, "cash", "Veloria Robotics held cash of EUR 133m", value=money("EUR", 133e6)),
        claim("other", "212 robots deployed in the period, bringing the installed fleet to 1,430 units.", v, "installed fleet",
              "Veloria Robotics deployed 212 robots, for a fleet of 1,430"),
        claim("revenue", "Veloria now expects revenue for 2025 of EUR 105-115m, up from guidance of EUR 90-100m given in March.", v, "revenue forecast",
              "Veloria Robotics expects 2025 revenue of EUR 105m to 115m", value=money("EUR", low=105e6, high=115e6), time=when("2025", "year", "2025"),
              attribution=v, hedges=["expects"]),
        claim("revenue", "Second-quarter revenue rose from EUR 19.5m in Q1 to EUR 28.7m.", v, "revenue", "Veloria Robotics' second-quarter revenue was EUR 28.7m",
              value=money("EUR", 28.7e6), time=when("2025-06", "month", "Second-quarter")),
        claim("funding", "In March, Veloria closed a EUR 120m Series D round led by Atlantico Growth Partners, with participation from Havenstad Bank of Rotterdam.",
              v, "raised", "Veloria Robotics raised EUR 120m in a Series D round led by Atlantico Growth Partners", "Atlantico Growth Partners",
              value=money("EUR", 120e6), time=when("2025-03", "month", "In March")),
        claim("valuation", "The round valued Veloria at EUR 1.1bn.", v, "valued at", "The Series D valued Veloria Robotics at EUR 1.1bn", value=money("EUR", 1.1e9)),
        claim("other", "We opened a second assembly line in Setubal in May.", v, "opened", "Veloria Robotics opened a second assembly line in Setubal in May 2025",
              "Setubal", time=when("2025-05", "month", "in May"), attribution="Ines Carvalho"),
        claim("other", "The company's staff rose to 640 at the end of June, from 455 a year earlier.", v, "employs", "Veloria Robotics had 640 staff at the end of June 2025",
              time=when("2025-06", "month", "at the end of June")),
        claim("pledge", "Veloria plans to spend EUR 35m on a third plant in northern Portugal, which it aims to open by 2027.", v, "plans to spend",
              "Veloria Robotics plans to spend EUR 35m on a third plant, to open by 2027", value=money("EUR", 35e6), time=when("2027", "year", "by 2027"),
              hedges=["plans"]),
        claim("other", "Warehouse automation is a market worth an estimated USD 41bn worldwide, according to the research firm Stackline Insights.",
              "warehouse automation", "market size", "Warehouse automation is a market of about USD 41bn", value=money("USD", 41e9, approximate=True),
              attribution="Stackline Insights", hedges=["an estimated"]),
        claim("founding", about, v, "founded", "Veloria Robotics was founded in 2018 by Ines Carvalho and Rui Matos", "2018", time=when("2018", "year", "2018")),
        claim("location", about, v, "based in", "Veloria Robotics is headquartered in Lisbon", "Lisbon"),
        claim("adoption", "Its robots are used by retailers including Marmelo and the German grocer Feldkorb.", v, "used by",
              "Marmelo and Feldkorb use Veloria Robotics' robots", "Marmelo"),
    ]


def nordic_crypto_warning():
    board = "Norwegian Financial Conduct Board"
    nfcb = ("NFCB",)
    return "2025-10-08", [
        claim("warning", "The Norwegian Financial Conduct Board (NFCB), the country's markets regulator, today warned that retail investors lost an estimated NOK 2.3bn on leveraged crypto products in the first half of this year.",
              board, "warned", "The NFCB warned that retail investors lost about NOK 2.3bn on leveraged crypto products in the first half of 2025",
              value=money("NOK", 2.3e9, approximate=True), time=when("2025-06", "month", "the first half of this year"), attribution=board, aliases=nfcb,
              hedges=["an estimated"]),
        claim("warning", "The Board found that four in five retail accounts trading such products lost money over the twelve months to the end of June.", board, "found",
              "The NFCB found that four in five retail accounts trading leveraged crypto products lost money in the year to June 2025",
              time=when("2025-06", "month", "the twelve months to the end of June"), attribution=board, aliases=nfcb),
        claim("other", "It said the losses were concentrated among investors under 30.", board, "found", "The losses were concentrated among investors under 30",
              attribution=board, aliases=nfcb),
        claim("policy", "From next year, firms that sell leveraged crypto products in Norway will have to cap leverage at two times the stake and show a standard risk warning on every screen.",
              board, "rule", "From 2026 leveraged crypto products sold in Norway must cap leverage at two times", time=when("2026", "year", "From next year")),
        claim("policy", "The rule applies from 1 January 2026 and was adopted by the Board on Monday.", board, "rule applies from",
              "The leverage rule applies from 1 January 2026", time=when("2026-01-01", "day", "1 January 2026")),
        claim("other", "The Board also fined the trading platform Kryptovik AS NOK 18m for marketing such products to customers who had failed its own suitability tests.",
              "Kryptovik", "fined", "The NFCB fined Kryptovik NOK 18m", board, value=money("NOK", 18e6)),
        claim("location", "Kryptovik, which is based in Bergen", "Kryptovik", "based in", "Kryptovik is based in Bergen", "Bergen"),
        claim("other", "Separately, the Board ordered Fjordmint, a smaller broker, to stop taking new customers until it has fixed failures in its complaint handling.",
              "Fjordmint", "ordered", "The NFCB ordered Fjordmint to stop taking new customers", board),
        claim("pledge", "Finance minister Astrid Solberg-Lie said the government would put NOK 40m into a national financial literacy programme by 2027.",
              "Norwegian government", "pledged", "The Norwegian government will put NOK 40m into financial literacy by 2027", value=money("NOK", 40e6),
              time=when("2027", "year", "by 2027"), attribution="Astrid Solberg-Lie"),
        claim("other", "The Board estimates that about 210,000 Norwegians held a leveraged crypto product at some point last year, up from 90,000 in 2022.",
              board, "estimated", "About 210,000 Norwegians held a leveraged crypto product in 2024", time=when("2024", "year", "last year"), attribution=board, aliases=nfcb),
        claim("warning", "The NFCB, Norway's regulator, warned that it would publish the names of firms that fail to comply.", board, "warned",
              "The NFCB warned it would name firms that fail to comply", attribution=board, aliases=nfcb),
    ]


def baltic_ai_readiness():
    bpi = "Baltic Policy Institute"
    report = ("the report", "the institute")
    finland = "Finland's government committed EUR 250m to AI research in 2024, the most per head in the region, while Poland spent the least relative to its economy, according to the report."
    lithuania = "Lithuania, which ranks sixth, aims to triple public AI spending to EUR 90m by 2028, the report noted."
    return "2025-04-17", [
        claim("location", "The Baltic Policy Institute, a Riga think tank", bpi, "based in", "The Baltic Policy Institute is based in Riga", "Riga"),
        claim("comparison", "Estonia tops the ranking for the third year running, the report found, ahead of Finland and Denmark.", "Estonia", "ranked first",
              "Estonia tops the Baltic AI readiness ranking", attribution=bpi, aliases=report),
        claim("comparison", "Latvia climbed two places to fifth.", "Latvia", "ranked", "Latvia ranks fifth in the Baltic AI readiness ranking"),
        *[
            claim("funding", row, country, "raised", f"{country}'s AI start-ups raised EUR {amount:g} in venture funding", value=money("EUR", amount))
            for row, country, amount in (
                ("Sweden | EUR 1.9bn | +12%", "Sweden", 1.9e9), ("Denmark | EUR 840m | +31%", "Denmark", 840e6), ("Finland | EUR 610m | -8%", "Finland", 610e6),
                ("Poland | EUR 450m | +22%", "Poland", 450e6), ("Estonia | EUR 290m | +54%", "Estonia", 290e6),
            )
        ],
        claim("comparison", "Sweden leads on money, the institute said.", "Sweden", "ranked first", "Sweden leads on AI venture funding", attribution=bpi, aliases=report),
        claim("funding", "Denmark was next, with EUR 840m, much of it in two large rounds for drug discovery companies.", "Denmark", "raised",
              "Danish AI start-ups raised EUR 840m", value=money("EUR", 840e6)),
        claim("pledge", finland, "Finnish government", "committed", "Finland's government committed EUR 250m to AI research in 2024", value=money("EUR", 250e6),
              time=when("2024", "year", "in 2024"), attribution=bpi, aliases=report),
        claim("comparison", finland, "Poland", "ranked last", "Poland spent the least on AI research relative to its economy", time=when("2024", "year", "in 2024"),
              attribution=bpi, aliases=report),
        claim("warning", "The institute warned that the region risked losing its best engineers to the United States unless governments raised research salaries.",
              bpi, "warned", "The Baltic Policy Institute warned the region risks losing engineers to the US", attribution=bpi, aliases=report),
        claim("other", "Its director, Marta Ozolina, said the gap in pay had widened since 2021.", bpi, "said", "The pay gap has widened since 2021",
              time=when("2021", "year", "since 2021"), attribution="Marta Ozolina"),
        claim("other", "The report counts forty-two AI start-ups in Estonia with more than 50 employees, twice as many as three years earlier.", "Estonia", "counted",
              "Estonia has 42 AI start-ups with more than 50 employees", attribution=bpi, aliases=report),
        claim("comparison", "Lithuania, which ranks sixth", "Lithuania", "ranked", "Lithuania ranks sixth", attribution=bpi, aliases=report),
        claim("pledge", lithuania, "Lithuania", "aims", "Lithuania aims to triple public AI spending to EUR 90m by 2028", value=money("EUR", 90e6),
              time=when("2028", "year", "by 2028"), attribution=bpi, aliases=report),
        claim("pledge", "Latvia's government has promised to open a national AI centre in Riga next year.", "Latvian government", "promised",
              "Latvia's government promised a national AI centre in Riga in 2026", "Riga", time=when("2026", "year", "next year")),
    ]


def carvalho_interview():
    v, ines = "Veloria Robotics", "Ines Carvalho"
    now = when("2025-09-03", "day", "now")
    return "2025-09-03", [
        claim("founding", "Ines Carvalho co-founded Veloria Robotics in Lisbon in 2018.", v, "founded", "Veloria Robotics was founded in Lisbon in 2018 by Ines Carvalho",
              "2018", time=when("2018", "year", "2018")),
        claim("comparison", "The company, which builds robots that pick goods in warehouses, is now one of Portugal's most valuable start-ups.", v, "ranked",
              "Veloria Robotics is one of Portugal's most valuable start-ups", time=now),
        claim("funding", "You raised EUR 120m in March.", v, "raised", "Veloria Robotics raised EUR 120m in March 2025", value=money("EUR", 120e6),
              time=when("2025-03", "month", "in March")),
        claim("other", "We had 455 staff a year ago and we are at 640 now.", v, "employs", "Veloria Robotics has 640 staff", time=now, attribution=ines),
        claim("pledge", "Half of the new round goes into production.", v, "plans to spend", "Half of Veloria Robotics' new round goes into production", attribution=ines),
        claim("valuation", "According to people familiar with the talks, the Boston robotics group Pallidyne offered about USD 1.5bn for the company earlier this year.",
              v, "offer", "Pallidyne offered about USD 1.5bn for Veloria Robotics in 2025", "Pallidyne", value=money("USD", 1.5e9, approximate=True),
              time=when("2025", "year", "earlier this year"), attribution="people familiar with the talks", hedges=["about"]),
        claim("adoption", "Veloria says its robots are now in 94 warehouses in nine countries.", v, "used by", "Veloria Robotics' robots are in 94 warehouses",
              time=now, attribution=v),
        claim("adoption", "The Lisbon company confirmed that it signed its first customer in Japan in August, the logistics group Hanamori.", v, "used by",
              "Hanamori became Veloria Robotics' first customer in Japan in August 2025", "Hanamori", time=when("2025-08", "month", "in August"), attribution=v),
        claim("ownership", "The founders still hold about 30% between us.", v, "stake held by", "Veloria Robotics' founders hold about 30%", "founders", attribution=ines),
        claim("ownership", "Atlantico is the largest outside investor.", v, "stake held by", "Atlantico Growth Partners is Veloria Robotics' largest outside investor",
              "Atlantico Growth Partners", attribution=ines),
        claim("ownership", "Atlantico Growth Partners owns 18% of Veloria, according to filings at the Portuguese business registry.", v, "stake held by",
              "Atlantico Growth Partners owns 18% of Veloria Robotics", "Atlantico Growth Partners", attribution="Portuguese business registry",
              aliases=("filings at the Portuguese business registry",)),
        claim("pledge", "We expect to break even on an operating basis by the end of next year.", v, "aims", "Veloria Robotics expects to break even by the end of 2026",
              time=when("2026", "year", "by the end of next year"), attribution=ines, hedges=["expect"]),
        claim("other", "Veloria lost EUR 9.4m in the first half of this year, down from EUR 15.1m a year earlier.", v, "net loss",
              "Veloria Robotics lost EUR 9.4m in the first half of 2025", value=money("EUR", 9.4e6), time=when("2025-06", "month", "the first half of this year")),
    ]


def budget_day_live():
    uk, chancellor = "UK government", "the chancellor"
    return "2025-11-26", [
        claim("other", "The Office for Budget Responsibility now expects the economy to grow by 1.1% next year, down from 1.6% in its spring forecast, the chancellor told MPs.",
              "United Kingdom", "growth forecast", "The OBR expects UK growth of 1.1% in 2026", time=when("2026", "year", "next year"), attribution=chancellor,
              aliases=("Office for Budget Responsibility",)),
        claim("pledge", "A new British Investment Fund will put GBP 5bn into infrastructure and clean energy over five years, with the first projects chosen by the end of 2026.",
              "British Investment Fund", "will invest", "The British Investment Fund will put GBP 5bn into infrastructure over five years", value=money("GBP", 5e9),
              time=when("2026", "year", "by the end of 2026")),
        claim("policy", "The fund would take stakes alongside private investors, the chancellor said.", "British Investment Fund", "takes stakes",
              "The British Investment Fund will take stakes alongside private investors", attribution=chancellor),
        claim("policy", "Fuel duty frozen for another year.", uk, "froze", "Fuel duty is frozen for another year", "fuel duty"),
        claim("policy", "The freeze costs the Treasury about GBP 3bn a year, according to the Institute for Fiscal Studies.", "fuel duty", "costs",
              "The fuel duty freeze costs about GBP 3bn a year", value=money("GBP", 3e9, approximate=True), attribution="Institute for Fiscal Studies", hedges=["about"]),
        claim("pledge", "Spending will rise to 2.6% of GDP by 2027, the chancellor confirmed.", uk, "pledged", "UK defence spending will rise to 2.6% of GDP by 2027",
              time=when("2027", "year", "by 2027"), attribution=chancellor),
        claim("policy", "Small shops and pubs get a discount of 40% on their rates from April 2026, a cut worth GBP 1.4bn to the sector, the Treasury said.", uk,
              "rates discount", "Small shops and pubs get a 40% business rates discount worth GBP 1.4bn from April 2026", value=money("GBP", 1.4e9),
              time=when("2026-04", "month", "from April 2026"), attribution="Treasury"),
        claim("warning", "The CBI, the employers' lobby, warned that the new levy on large employers would cost firms GBP 4.8bn a year and could slow hiring.", "CBI",
              "warned", "The CBI warned the levy would cost firms GBP 4.8bn a year", value=money("GBP", 4.8e9), attribution="CBI"),
        claim("other", "The pound was little changed after the speech, and the FTSE 100 was up 0.3% in afternoon trading.", "FTSE 100", "rose", "The FTSE 100 rose 0.3%"),
        claim("other", "The chancellor spoke for seventy-four minutes.", chancellor, "spoke for", "The budget speech lasted 74 minutes"),
    ]


def harrowgate_turbine_order():
    h = "Harrowgate Energy"
    order = "Harrowgate Energy Corp, the Texas wind and solar developer, said on Wednesday it had ordered $2bn worth of turbines from the Danish maker Nordvind, its largest ever purchase, as it reported second-quarter results ahead of forecasts."
    wednesday = when("2025-08-06", "day", "on Wednesday")
    plants = "Harrowgate, which was founded in 2009 and is based in Houston, has 7.4 gigawatts of plants in operation."
    return "2025-08-07", [
        claim("investment", "Harrowgate Energy orders $2bn of turbines as profit beats forecasts", h, "ordered", "Harrowgate Energy ordered USD 2bn of turbines",
              "Nordvind", value=money("USD", 2e9)),
        claim("investment", order, h, "ordered", "Harrowgate Energy ordered USD 2bn of turbines from Nordvind", "Nordvind", value=money("USD", 2e9), time=wednesday,
              attribution=h),
        claim("comparison", order, h, "largest purchase", "The turbine order is Harrowgate Energy's largest purchase", time=wednesday, attribution=h),
        claim("revenue", "Harrowgate's quarterly revenue rose 18% to $1.34 billion, the company said.", h, "revenue", "Harrowgate Energy's quarterly revenue was USD 1.34bn",
              value=money("USD", 1.34e9), attribution=h),
        claim("revenue", "Analysts polled by the data firm Consenso had expected $1.29 billion.", h, "revenue forecast", "Analysts expected revenue of USD 1.29bn",
              value=money("USD", 1.29e9), attribution="Consenso", aliases=("analysts polled by the data firm Consenso", "analysts")),
        claim("other", "Net income for the second quarter climbed from $61 million in Q1 to $90 million, helped by higher power prices in Texas.", h, "net income",
              "Harrowgate Energy's second-quarter net income was USD 90m", value=money("USD", 90e6), time=when("2025-06", "month", "the second quarter")),
        claim("investment", "The company raised its forecast for full-year capital spending to between $3.6 billion and $3.9 billion.", h, "capital spending forecast",
              "Harrowgate Energy expects capital spending of USD 3.6bn to 3.9bn", value=money("USD", low=3.6e9, high=3.9e9)),
        claim("other", "It also narrowed its estimate of storm repair costs from USD 10-12 million to USD 8-9 million, after insurers agreed to cover part of the damage from a hailstorm.",
              h, "storm costs", "Harrowgate Energy expects storm repair costs of USD 8m to 9m", value=money("USD", low=8e6, high=9e6)),
        claim("founding", "Harrowgate, which was founded in 2009", h, "founded in", "Harrowgate Energy was founded in 2009", "2009", time=when("2009", "year", "2009")),
        claim("location", "is based in Houston", h, "based in", "Harrowgate Energy is based in Houston", "Houston"),
        claim("other", plants, h, "capacity", "Harrowgate Energy has 7.4 GW of plants in operation"),
        claim("market_cap", "Its shares rose 4% in early trading, giving the company a market value of about $11.2 billion.", h, "market value",
              "Harrowgate Energy's market value is about USD 11.2bn", value=money("USD", 11.2e9, approximate=True), hedges=["about"]),
        claim("other", "Nordvind said the order covered 240 turbines to be delivered by 2028.", h, "turbines ordered", "The order covers 240 turbines due by 2028",
              time=when("2028", "year", "by 2028"), attribution="Nordvind"),
        claim("pledge", "Chief executive Dana Whitlock said the company would build 3 gigawatts of new capacity by 2030.", h, "plans to build",
              "Harrowgate Energy will build 3 GW of new capacity by 2030", time=when("2030", "year", "by 2030"), attribution="Dana Whitlock"),
        claim("other", "Harrowgate's workforce rose to 2,150 from 1,900 a year earlier.", h, "employs", "Harrowgate Energy employs 2,150 people"),
        claim("ownership", "Two people familiar with the matter said Harrowgate was also in talks to buy a 49% stake in a Nevada solar project from the private equity firm Calder Ridge.",
              "Nevada solar project", "stake", "Harrowgate Energy is in talks to buy 49% of a Nevada solar project", h,
              attribution="people familiar with the matter", aliases=("two people familiar with the matter",)),
    ]


def brennick_storage_deal():
    b, unit, group = "Brennick Energy", "Solvane Storage", "Solvane Group"
    monday = when("2025-05-12", "day", "on Monday")
    debt = "Solvane, which is majority owned by the Dutch pension fund PGV Vermogen, said it would use the proceeds to cut its debt, which stood at £1.3bn at the end of March."
    kestrel = "Kestrel Bank, which is owned by the Caledonia Development Agency, has lent more than £2bn to renewable energy projects since 2020."
    return "2025-05-13", [
        claim("investment", "Brennick Energy to buy Solvane's storage arm for £410m", b, "agreed to buy", "Brennick Energy is buying Solvane Storage for GBP 410m", unit,
              value=money("GBP", 410e6)),
        claim("investment", "Brennick Energy, the Glasgow-based utility, has agreed to buy the battery storage arm of Solvane Group for £410m in cash, Brennick said on Monday.",
              b, "agreed to buy", "Brennick Energy agreed to buy Solvane Storage for GBP 410m", unit, value=money("GBP", 410e6), time=monday, attribution=b),
        claim("location", "Brennick Energy, the Glasgow-based utility", b, "based in", "Brennick Energy is based in Glasgow", "Glasgow"),
        claim("valuation", "The deal values the unit, Solvane Storage, at about 14 times its annual earnings.", unit, "valued at",
              "The deal values Solvane Storage at about 14 times its annual earnings", hedges=["about"]),
        claim("other", "Solvane Storage runs 38 sites across Scotland and northern England with a combined capacity of 1.2 gigawatts.", unit, "capacity",
              "Solvane Storage runs 38 sites with 1.2 GW of capacity"),
        claim("other", "Brennick said it would pay with existing cash and a new £150m loan from Kestrel Bank.", b, "loan", "Brennick Energy takes a GBP 150m loan from Kestrel Bank",
              "Kestrel Bank", value=money("GBP", 150e6), attribution=b),
        claim("other", "The company expects the purchase to be completed in the third quarter.", b, "expects completion",
              "Brennick Energy expects the purchase to be completed in Q3 2025", time=when("2025-09", "month", "the third quarter"), attribution=b, hedges=["expects"]),
        claim("ownership", "Solvane, which is majority owned by the Dutch pension fund PGV Vermogen", group, "owned by", "PGV Vermogen owns a majority of Solvane Group",
              "PGV Vermogen"),
        claim("pledge", debt, group, "will use proceeds", "Solvane Group will use the proceeds to cut its debt", attribution=group),
        claim("other", debt, group, "debt", "Solvane Group's debt was GBP 1.3bn at the end of March 2025", value=money("GBP", 1.3e9),
              time=when("2025-03", "month", "at the end of March"), attribution=group),
        claim("pledge", "She said Brennick aimed to double its storage capacity to 2.5 gigawatts by 2028.", b, "aims", "Brennick Energy aims to double its storage capacity by 2028",
              time=when("2028", "year", "by 2028"), attribution="Mairi Dunlop"),
        claim("valuation", "Two people familiar with the talks said the Spanish utility Iberval had offered about £380m for the unit in March but was turned down.", unit,
              "offer", "Iberval offered about GBP 380m for Solvane Storage in March 2025", "Iberval", value=money("GBP", 380e6, approximate=True),
              time=when("2025-03", "month", "in March"), attribution="people familiar with the talks", aliases=("two people familiar with the talks",), hedges=["about"]),
        claim("ownership", "Kestrel Bank, which is owned by the Caledonia Development Agency", "Kestrel Bank", "owned by", "The Caledonia Development Agency owns Kestrel Bank",
              "Caledonia Development Agency"),
        claim("investment", kestrel, "Kestrel Bank", "lent", "Kestrel Bank has lent more than GBP 2bn to renewable energy projects since 2020", value=money("GBP", low=2e9),
              time=when("2020", "year", "since 2020")),
        claim("investment", "Brennick last bought a storage business in 2022, when it paid £95m for the Cumbrian developer Lowfell Power.", b, "bought",
              "Brennick Energy bought Lowfell Power for GBP 95m in 2022", "Lowfell Power", value=money("GBP", 95e6), time=when("2022", "year", "in 2022")),
        claim("market_cap", "Shares in Brennick closed 3% higher on Monday, valuing the company at roughly £6.8bn.", b, "market value",
              "Brennick Energy's market value was about GBP 6.8bn", value=money("GBP", 6.8e9, approximate=True), time=monday, hedges=["roughly"]),
        claim("founding", "Solvane was founded in 2009 by the engineer Hugo Reyes", group, "founded", "Solvane Group was founded in 2009 by Hugo Reyes", "2009",
              time=when("2009", "year", "in 2009")),
        claim("location", "is based in Aberdeen", group, "based in", "Solvane Group is based in Aberdeen", "Aberdeen"),
        claim("other", "The group put its storage business up for sale after its shares fell by more than a third in 2024.", group, "shares fell",
              "Solvane Group's shares fell by more than a third in 2024", time=when("2024", "year", "in 2024")),
        claim("warning", "Britain's energy regulator, Ofgem, warned last month that the country did not have enough battery storage to meet its target of clean power by 2030.",
              "Ofgem", "warned", "Ofgem warned Britain lacks the battery storage for clean power by 2030", time=when("2030", "year", "by 2030"), attribution="Ofgem"),
        claim("other", "Brennick employs about 4,200 people.", b, "employs", "Brennick Energy employs about 4,200 people", hedges=["about"]),
        claim("revenue", "Its revenue rose 9% to £3.9bn in the year to March 2025, it said in its annual results last week.", b, "revenue",
              "Brennick Energy's revenue was GBP 3.9bn in the year to March 2025", value=money("GBP", 3.9e9), time=when("2025-03", "month", "the year to March 2025"),
              attribution=b),
    ]


def quayline_payments_fine():
    pso, q = "Payments Supervisory Office", "Quayline Payments"
    aka = ("PSO", "the regulator")
    aside = "Quayline, a Cork-based payments firm owned by the American group Ardent Pay"
    spent = "In a statement, Quayline said it had spent EUR 6m on new compliance systems since 2023 and had doubled its compliance team to 85 people."
    february = "In February the regulator warned that payment start-ups were growing faster than their fraud controls, and said it would review twelve firms this year."
    return "2025-06-03", [
        claim("other", "Payments Supervisory Office fines Quayline EUR 2.4m over weak customer checks", q, "fined", "The PSO fined Quayline Payments EUR 2.4m", pso,
              value=money("EUR", 2.4e6)),
        claim("other", "The Payments Supervisory Office (PSO) has fined Quayline Payments Ltd EUR 2.4m for failing to check the identity of thousands of business customers.",
              q, "fined", "The PSO fined Quayline Payments EUR 2.4m for failing to check customers", pso, value=money("EUR", 2.4e6)),
        claim("warning", "An investigation by the PSO found that Quayline opened 11,800 merchant accounts in the two years to the end of 2023 without completing the checks its own policies required.",
              pso, "found", "The PSO found Quayline Payments opened 11,800 accounts without the required checks", time=when("2023-12", "month", "the two years to the end of 2023"),
              attribution=pso, aliases=aka),
        claim("other", "Around 900 of those accounts were later used to receive the proceeds of fraud, the regulator said.", q, "accounts used for fraud",
              "About 900 Quayline Payments accounts received the proceeds of fraud", attribution=pso, aliases=aka, hedges=["Around"]),
        claim("location", "Quayline, a Cork-based payments firm", q, "based in", "Quayline Payments is based in Cork", "Cork"),
        claim("ownership", aside, q, "owned by", "Ardent Pay owns Quayline Payments", "Ardent Pay"),
        claim("other", "Quayline, a Cork-based payments firm owned by the American group Ardent Pay, cooperated with the investigation and agreed to settle, which qualified it for a 30% discount.",
              q, "settled", "Quayline Payments settled and received a 30% discount on its fine"),
        claim("other", "Without the discount, the fine would have been EUR 3.4m.", q, "fine before discount", "Quayline Payments' fine before discount was EUR 3.4m",
              value=money("EUR", 3.4e6)),
        claim("other", "The PSO has also required the firm to appoint an independent reviewer, who must report on its controls by the end of March next year.", q, "ordered",
              "The PSO required Quayline Payments to appoint an independent reviewer, to report by March 2026", pso, time=when("2026-03", "month", "by the end of March next year")),
        claim("investment", spent, q, "spent", "Quayline Payments spent EUR 6m on compliance systems since 2023", value=money("EUR", 6e6), time=when("2023", "year", "since 2023"),
              attribution=q),
        claim("other", spent, q, "employs", "Quayline Payments doubled its compliance team to 85 people", attribution=q),
        claim("comparison", "The penalty is the largest the PSO has imposed on a payments firm.", pso, "largest fine", "The fine is the largest the PSO has imposed on a payments firm"),
        claim("founding", "The office was set up in 2019.", pso, "founded in", "The PSO was set up in 2019", "2019", time=when("2019", "year", "in 2019")),
        claim("warning", february, pso, "warned", "The PSO warned in February 2025 that payment start-ups were outgrowing their fraud controls",
              time=when("2025-02", "month", "In February"), attribution=pso, aliases=aka),
        claim("pledge", february, pso, "will review", "The PSO will review twelve firms in 2025", time=when("2025", "year", "this year"), attribution=pso, aliases=aka),
        claim("pledge", "Separately, the Minister for Finance, Conor Walsh, said the government would bring forward a bill by October giving the PSO power to suspend the licences of firms that repeatedly break the rules.",
              "Irish government", "pledged", "The Irish government will bring forward a bill by October 2025 letting the PSO suspend licences",
              time=when("2025-10", "month", "by October"), attribution="Conor Walsh"),
        claim("policy", "The new powers would apply from January 2026, he said.", pso, "powers apply from", "The PSO's new powers would apply from January 2026",
              time=when("2026-01", "month", "from January 2026"), attribution="Conor Walsh"),
        claim("investment", "Ardent Pay, which is listed in New York, bought Quayline in 2022 for USD 210m.", "Ardent Pay", "bought", "Ardent Pay bought Quayline Payments for USD 210m in 2022",
              q, value=money("USD", 210e6), time=when("2022", "year", "in 2022")),
        claim("other", "Quayline processed EUR 14bn of card payments last year, according to its annual report.", q, "payments processed",
              "Quayline Payments processed EUR 14bn of card payments in 2024", value=money("EUR", 14e9), time=when("2024", "year", "last year"), attribution=q,
              aliases=("its annual report", "annual report")),
        claim("other", "The PSO supervises 214 payment and e-money firms.", pso, "supervises", "The PSO supervises 214 payment and e-money firms"),
        claim("other", "Firms supervised by the PSO processed EUR 96bn of payments in 2024.", pso, "payments processed",
              "Firms supervised by the PSO processed EUR 96bn of payments in 2024", value=money("EUR", 96e9), time=when("2024", "year", "in 2024")),
        claim("policy", "Fines collected by the PSO are paid into the central fund of the Exchequer.", pso, "fines paid to", "PSO fines are paid into the Exchequer's central fund"),
    ]


def tech_briefs_friday():
    o, v, s, m, f = "Osterby Labs", "Varnis", "Strato Nimbus", "Mirecourt", "Fenmore Bank"
    led = "The round was led by the Swedish fund Granholm Ventures, and existing backer Tidewater Capital also invested."
    varnis = "Shares in the chip designer Varnis fell 11% after it cut its sales forecast for the current quarter to between USD 310m and USD 330m, from about USD 380m."
    vans = "Mirecourt, the Paris-based maker of electric delivery vans, said it had delivered 4,100 vans in 2024, twice as many as a year earlier."
    return "2025-02-21", [
        claim("funding", "Osterby Labs, a Copenhagen maker of software for hospital scheduling, has raised DKK 310m in a Series B round.", o, "raised",
              "Osterby Labs raised DKK 310m in a Series B round", value=money("DKK", 310e6)),
        claim("location", "Osterby Labs, a Copenhagen maker of software for hospital scheduling", o, "based in", "Osterby Labs is based in Copenhagen", "Copenhagen"),
        claim("funding", led, o, "round led by", "Granholm Ventures led Osterby Labs' Series B", "Granholm Ventures"),
        claim("funding", led, o, "investor", "Tidewater Capital invested in Osterby Labs' Series B", "Tidewater Capital"),
        claim("pledge", "Osterby said it would use the money to enter Germany and the Netherlands before the end of the year.", o, "plans",
              "Osterby Labs will enter Germany and the Netherlands by the end of 2025", time=when("2025", "year", "before the end of the year"), attribution=o),
        claim("founding", "The company was founded in 2020 by two former nurses, Karen Holm and Sofie Lund.", o, "founded", "Osterby Labs was founded in 2020 by Karen Holm and Sofie Lund",
              "2020", time=when("2020", "year", "in 2020")),
        claim("revenue", varnis, v, "revenue forecast", "Varnis expects sales of USD 310m to 330m this quarter", value=money("USD", low=310e6, high=330e6),
              time=when("2025-03", "month", "the current quarter")),
        claim("other", varnis, v, "shares fell", "Varnis shares fell 11%"),
        claim("other", "Varnis blamed weaker orders from carmakers.", v, "blamed", "Varnis blamed weaker orders from carmakers", attribution=v),
        claim("other", "The European Commission said it had opened an investigation into whether the cloud provider Strato Nimbus abused its dominance in the market for government cloud contracts.",
              s, "investigated", "The European Commission opened an investigation into Strato Nimbus", "European Commission", attribution="European Commission"),
        claim("revenue", "Strato Nimbus won contracts worth EUR 1.7bn from public bodies in the EU last year, according to the Commission.", s, "contracts won",
              "Strato Nimbus won EUR 1.7bn of public contracts in the EU in 2024", value=money("EUR", 1.7e9), time=when("2024", "year", "last year"),
              attribution="European Commission", aliases=("the Commission",)),
        claim("location", "Mirecourt, the Paris-based maker of electric delivery vans", m, "based in", "Mirecourt is based in Paris", "Paris"),
        claim("other", vans, m, "delivered", "Mirecourt delivered 4,100 vans in 2024", time=when("2024", "year", "in 2024"), attribution=m),
        claim("other", "It now expects to deliver 7,000 this year.", m, "delivery forecast", "Mirecourt expects to deliver 7,000 vans in 2025", time=when("2025", "year", "this year"),
              attribution=m, hedges=["expects"]),
        claim("ownership", "Mirecourt is 40% owned by the carmaker Auvance, which bought its stake in 2021.", m, "stake held by", "Auvance owns 40% of Mirecourt", "Auvance",
              time=when("2021", "year", "in 2021")),
        claim("investment", "Britain's Competition and Markets Authority cleared the purchase of the ticketing platform Gatewise by the American events group Lumora for GBP 640m.",
              "Lumora", "bought", "Lumora is buying Gatewise for GBP 640m", "Gatewise", value=money("GBP", 640e6)),
        claim("other", "The deal was announced in October.", "Lumora", "announced", "Lumora's purchase of Gatewise was announced in October 2024",
              time=when("2024-10", "month", "in October")),
        claim("adoption", "About 62% of small firms in Germany now use at least one generative AI tool, up from 35% a year ago, according to a poll of 1,200 companies by the business association Digitalverband Nord.",
              "small firms in Germany", "use", "About 62% of small German firms use a generative AI tool", time=when("2025-02-21", "day", "now"),
              attribution="Digitalverband Nord", aliases=("a poll of 1,200 companies by the business association Digitalverband Nord",), hedges=["About"]),
        claim("pledge", "Fenmore Bank said it would close 40 of its 260 branches by the end of June and move 300 staff into its call centres.", f, "will close",
              "Fenmore Bank will close 40 of its 260 branches by the end of June 2025", time=when("2025-06", "month", "by the end of June"), attribution=f),
        claim("other", "The lender has cut its branch network by half since 2019, it said.", f, "branches cut", "Fenmore Bank has halved its branch network since 2019",
              time=when("2019", "year", "since 2019"), attribution=f),
    ]


def okafor_interview():
    lum, ada = "Lumenfield", "Adaeze Okafor"
    series_b = "The biggest outside shareholder is Corvid Partners, which led our Series B in 2021."
    return "2025-06-12", [
        claim("location", "Lumenfield, a Leeds-based maker of software that plans routes for delivery fleets", lum, "based in", "Lumenfield is based in Leeds", "Leeds"),
        claim("founding", "Adaeze Okafor set it up with a former colleague, Tom Pryce, in 2017", lum, "founded", "Lumenfield was founded in 2017 by Adaeze Okafor and Tom Pryce",
              "2017", time=when("2017", "year", "in 2017")),
        claim("adoption", "It now counts Royal Parcel and the supermarket chain Greenhill among its customers.", lum, "used by",
              "Royal Parcel and Greenhill are Lumenfield customers", "Royal Parcel", time=when("2025-06-12", "day", "now")),
        claim("other", "We spoke to its chief executive a week after the company agreed a partnership with the Dutch logistics group Vanderlee.", lum, "partnership",
              "Lumenfield agreed a partnership with Vanderlee", "Vanderlee"),
        claim("valuation", "You turned down an offer from Vanderlee last year.", lum, "offer", "Lumenfield turned down an offer from Vanderlee in 2024", "Vanderlee",
              time=when("2024", "year", "last year")),
        claim("valuation", "The offer was about £220m.", lum, "offer", "Vanderlee offered about GBP 220m for Lumenfield", "Vanderlee", value=money("GBP", 220e6, approximate=True),
              attribution=ada, hedges=["about"]),
        claim("revenue", "We had revenue of £31m in the year to March, up from £19m the year before.", lum, "revenue", "Lumenfield's revenue was GBP 31m in the year to March 2025",
              value=money("GBP", 31e6), time=when("2025-03", "month", "the year to March"), attribution=ada),
        claim("other", "We are not yet profitable.", lum, "profitable", "Lumenfield is not yet profitable", attribution=ada),
        claim("pledge", "We expect to break even by the end of 2026.", lum, "aims", "Lumenfield expects to break even by the end of 2026", time=when("2026", "year", "by the end of 2026"),
              attribution=ada, hedges=["expect"]),
        claim("other", "According to filings at Companies House, Lumenfield lost £6.2m in the year to March 2024.", lum, "net loss", "Lumenfield lost GBP 6.2m in the year to March 2024",
              value=money("GBP", 6.2e6), time=when("2024-03", "month", "the year to March 2024"), attribution="Companies House", aliases=("filings at Companies House",)),
        claim("other", "Okafor said the loss had narrowed since then but declined to give a figure.", lum, "net loss", "Lumenfield's loss has narrowed since the year to March 2024",
              attribution=ada),
        claim("other", "We have 240 staff, most of them engineers in Leeds and Gdansk.", lum, "employs", "Lumenfield has 240 staff", attribution=ada),
        claim("other", "We opened the Gdansk office in 2022 because we could not hire enough engineers in Britain.", lum, "opened", "Lumenfield opened an office in Gdansk in 2022",
              "Gdansk", time=when("2022", "year", "in 2022"), attribution=ada),
        claim("ownership", "Tom and I still hold about 35% between us.", lum, "stake held by", "Lumenfield's founders hold about 35%", "founders", attribution=ada, hedges=["about"]),
        claim("ownership", series_b, lum, "stake held by", "Corvid Partners is Lumenfield's largest outside shareholder", "Corvid Partners", attribution=ada),
        claim("funding", series_b, lum, "round led by", "Corvid Partners led Lumenfield's Series B in 2021", "Corvid Partners", time=when("2021", "year", "in 2021"), attribution=ada),
        claim("funding", "Lumenfield raised £45m in that round, according to the data provider Tallyrock.", lum, "raised", "Lumenfield raised GBP 45m in its Series B",
              value=money("GBP", 45e6), attribution="Tallyrock", aliases=("the data provider Tallyrock",)),
        claim("adoption", "Vanderlee will use our software across its 3,000 vans in the Netherlands and Belgium from September.", lum, "used by",
              "Vanderlee will use Lumenfield's software across 3,000 vans from September 2025", "Vanderlee", time=when("2025-09", "month", "from September"), attribution=ada),
        claim("comparison", "It is the largest contract we have signed.", lum, "largest contract", "The Vanderlee contract is Lumenfield's largest", attribution=ada),
        claim("revenue", "The company said the contract was worth about £12m over four years.", lum, "contract value", "Lumenfield's Vanderlee contract is worth about GBP 12m over four years",
              value=money("GBP", 12e6, approximate=True), attribution=lum, hedges=["about"]),
        claim("policy", "Fuel prices, and the government's plan to ban new diesel vans from 2030.", "UK government", "plans to ban", "The UK government plans to ban new diesel vans from 2030",
              time=when("2030", "year", "from 2030"), attribution=ada),
        claim("warning", "The Fleet Operators Federation has warned that only a fifth of the public chargers needed for vans are in place.", "Fleet Operators Federation", "warned",
              "The Fleet Operators Federation warned only a fifth of the public chargers needed for vans are in place", attribution="Fleet Operators Federation"),
        claim("pledge", "Not before 2027.", lum, "plans to list", "Lumenfield will not list before 2027", time=when("2027", "year", "before 2027"), attribution=ada),
    ]


def iberian_fintech_report():
    cefa, group = "Centro de Estudios Financieros Atlanticos", "Spanish and Portuguese fintech start-ups"
    aka = ("CEFA", "the report", "the institute")
    cobalto = "The largest single round was the EUR 95m raised in June by Cobalto, a Barcelona payments company, which was led by the American investor Redline Capital."
    june = when("2025-06", "month", "in June")
    portugal = "Portugal's government said in July that it would put EUR 50m into a fund for early-stage fintech firms, to be managed by the state development bank, Banco de Fomento."
    cefa_about = "CEFA, which was founded in 2011, is funded by a group of Spanish savings banks."
    return "2025-10-09", [
        claim("funding", "Venture investment in Spanish and Portuguese financial technology start-ups fell by half in the first nine months of the year, according to a report published on Thursday by the Centro de Estudios Financieros Atlanticos (CEFA), a Madrid think tank.",
              group, "raised", "Venture investment in Spanish and Portuguese fintech start-ups halved in the first nine months of 2025",
              time=when("2025-09", "month", "the first nine months of the year"), attribution=cefa, aliases=aka),
        claim("location", "the Centro de Estudios Financieros Atlanticos (CEFA), a Madrid think tank", cefa, "based in", "CEFA is based in Madrid", "Madrid"),
        claim("funding", "Start-ups in the two countries raised EUR 610m between January and September, down from EUR 1.22bn in the same period of 2024, the report found.",
              group, "raised", "Spanish and Portuguese fintech start-ups raised EUR 610m in January to September 2025", value=money("EUR", 610e6),
              time=when("2025-09", "month", "between January and September"), attribution=cefa, aliases=aka),
        claim("other", "The number of deals fell to 148 from 231.", group, "deals", "Spanish and Portuguese fintech deals fell to 148"),
        claim("funding", "Spain | EUR 470m | 109", "Spain", "raised", "Spanish fintech start-ups raised EUR 470m", value=money("EUR", 470e6)),
        claim("funding", "Portugal | EUR 140m | 39", "Portugal", "raised", "Portuguese fintech start-ups raised EUR 140m", value=money("EUR", 140e6)),
        claim("other", "Spain accounted for more than three quarters of the total.", "Spain", "share", "Spain had more than three quarters of Iberian fintech funding"),
        claim("funding", cobalto, "Cobalto", "raised", "Cobalto raised EUR 95m in June 2025", value=money("EUR", 95e6), time=june),
        claim("comparison", cobalto, "Cobalto", "largest round", "Cobalto's round was the largest Iberian fintech round of 2025", time=june),
        claim("location", "Cobalto, a Barcelona payments company", "Cobalto", "based in", "Cobalto is based in Barcelona", "Barcelona"),
        claim("funding", cobalto, "Cobalto", "round led by", "Redline Capital led Cobalto's round", "Redline Capital", time=june),
        claim("warning", "The institute warned that rising interest rates had made it harder for lending start-ups to fund their loan books, and that several could fail within a year.",
              cefa, "warned", "CEFA warned that lending start-ups find it harder to fund their loan books and several could fail", time=when(None, None, "within a year"),
              attribution=cefa, aliases=aka),
        claim("other", "Its director, Lucia Ferrer, said that about one in five of the region's 300 fintech lenders had cut staff since January.", cefa, "said",
              "About one in five of the region's 300 fintech lenders have cut staff since January 2025", time=when("2025-01", "month", "since January"),
              attribution="Lucia Ferrer", hedges=["about"]),
        claim("pledge", portugal, "Portuguese government", "pledged", "The Portuguese government will put EUR 50m into an early-stage fintech fund", value=money("EUR", 50e6),
              time=when("2025-07", "month", "in July"), attribution="Portuguese government"),
        claim("pledge", "The first investments are due by March 2026.", "Portuguese government", "due by", "The fund's first investments are due by March 2026",
              time=when("2026-03", "month", "by March 2026")),
        claim("policy", "In Spain, the National Financial Innovation Office's sandbox for financial technology, which opened in 2024, has admitted 36 firms so far, according to the office.",
              "National Financial Innovation Office", "sandbox admitted", "The Spanish fintech sandbox has admitted 36 firms", time=when("2025-10-09", "day", "so far"),
              attribution="National Financial Innovation Office", aliases=("the office",)),
        claim("comparison", "The report counts Madrid and Lisbon among Europe's ten largest fintech hubs by the number of firms, behind London, Paris and Berlin.", "Madrid",
              "ranked", "Madrid and Lisbon are among Europe's ten largest fintech hubs", attribution=cefa, aliases=aka),
        claim("founding", "CEFA, which was founded in 2011", cefa, "founded in", "CEFA was founded in 2011", "2011", time=when("2011", "year", "in 2011")),
        claim("funding", cefa_about, cefa, "funded by", "CEFA is funded by Spanish savings banks", "Spanish savings banks"),
    ]


def solent_offshore_wire():
    s = "Solent Offshore Holdings"
    thursday = when("2025-05-15", "day", "on Thursday")
    staff = "Its staff rose to 4,300 from 3,650 a year earlier after it bought a yard in Hull."
    q1 = when("2025-03", "month", "the first quarter")
    return "2025-05-16", [
        claim("investment", "Solent Offshore books $1.2bn of cables, lifts full-year outlook", s, "ordered", "Solent Offshore ordered USD 1.2bn of cables",
              value=money("USD", 1.2e9)),
        claim("investment", "Solent Offshore Holdings, the British builder of offshore wind foundations, said on Thursday it had agreed to buy $1.2bn worth of subsea cables from the Italian group Cavimar, and raised its revenue forecast for the year.",
              s, "ordered", "Solent Offshore agreed to buy USD 1.2bn of subsea cables from Cavimar", "Cavimar", value=money("USD", 1.2e9), time=thursday, attribution=s),
        claim("revenue", "Solent now expects revenue of GBP 2.1bn to GBP 2.3bn in 2025, up from an earlier range of GBP 1.9bn to GBP 2.1bn.", s, "revenue forecast",
              "Solent Offshore expects 2025 revenue of GBP 2.1bn to 2.3bn", value=money("GBP", low=2.1e9, high=2.3e9), time=when("2025", "year", "in 2025"),
              attribution=s, hedges=["expects"]),
        claim("revenue", "Revenue in the first quarter grew 22% to GBP 512 million.", s, "revenue", "Solent Offshore's first-quarter revenue was GBP 512m",
              value=money("GBP", 512e6), time=q1),
        claim("other", "Its order book stood at GBP 6.8bn at the end of March, the company said, a record.", s, "order book",
              "Solent Offshore's order book was GBP 6.8bn at the end of March 2025", value=money("GBP", 6.8e9), time=when("2025-03", "month", "at the end of March"),
              attribution=s),
        claim("other", "The company raised its dividend target from GBP 80-90 million to GBP 95-105 million for the year.", s, "dividend target",
              "Solent Offshore's dividend target is GBP 95m to 105m", value=money("GBP", low=95e6, high=105e6)),
        claim("market_cap", "Solent, which is listed in London, has a market capitalisation of roughly GBP 3.4bn.", s, "market capitalisation",
              "Solent Offshore's market capitalisation is about GBP 3.4bn", value=money("GBP", 3.4e9, approximate=True), hedges=["roughly"]),
        claim("other", staff, s, "employs", "Solent Offshore has 4,300 staff"),
        claim("investment", staff, s, "bought", "Solent Offshore bought a yard in Hull", "Hull"),
        claim("other", "Operating profit climbed from GBP 31 million in Q4 to GBP 44 million in the first quarter.", s, "operating profit",
              "Solent Offshore's first-quarter operating profit was GBP 44m", value=money("GBP", 44e6), time=q1),
        claim("other", "Offshore wind is a market worth about USD 55bn a year worldwide, according to the consultancy Brightwater Analytics.", "offshore wind",
              "market size", "Offshore wind is a market of about USD 55bn a year", value=money("USD", 55e9, approximate=True), attribution="Brightwater Analytics",
              hedges=["about"]),
        claim("other", "The Cavimar cables are for the Dogger Reach project, which Solent is building with the Norwegian utility Fjellkraft.", "Dogger Reach",
              "built by", "Solent Offshore is building Dogger Reach with Fjellkraft", s),
        claim("ownership", "Fjellkraft owns 51% of the project.", "Dogger Reach", "stake held by", "Fjellkraft owns 51% of Dogger Reach", "Fjellkraft"),
        claim("pledge", "Chief executive Martin Quayle said Solent would cut its emissions by half by 2030.", s, "pledged", "Solent Offshore will halve its emissions by 2030",
              time=when("2030", "year", "by 2030"), attribution="Martin Quayle"),
        claim("founding", "Solent was founded in 1998 in Southampton.", s, "founded", "Solent Offshore was founded in 1998 in Southampton", "1998",
              time=when("1998", "year", "1998")),
    ]


def tallinn_payments_wire():
    k = "Kestrel Pay"
    founded = "Kestrel, which was founded in 2020 by Liis Tamm and Jaan Kruus, processed EUR 7.5bn of payments last year."
    baltika = "Existing investor Baltika Ventures, which holds a 15% stake in Kestrel, also took part in the round."
    plans = "The company said it would open offices in Warsaw and Vilnius this year and aims to be profitable by 2026."
    return "2025-02-20", [
        claim("funding", "Estonian payments start-up Kestrel Pay raises EUR 65m", k, "raised", "Kestrel Pay raised EUR 65m", value=money("EUR", 65e6)),
        claim("funding", "Kestrel Pay, an Estonian start-up that processes card payments for small shops, has raised EUR 65m in a Series B round led by the London investor Greyfold Partners, the Tallinn company confirmed on Wednesday.",
              k, "raised", "Kestrel Pay raised EUR 65m in a Series B led by Greyfold Partners", "Greyfold Partners", value=money("EUR", 65e6),
              time=when("2025-02-19", "day", "on Wednesday"), attribution=k),
        claim("valuation", "The round values Kestrel Pay at about EUR 420m, two people familiar with the deal said.", k, "valued at",
              "The Series B values Kestrel Pay at about EUR 420m", value=money("EUR", 420e6, approximate=True), attribution="people familiar with the deal",
              aliases=("two people familiar with the deal",), hedges=["about"]),
        claim("comparison", "That is three times its valuation in 2023.", k, "compared with", "Kestrel Pay's valuation tripled since 2023", time=when("2023", "year", "in 2023")),
        claim("founding", "Kestrel, which was founded in 2020 by Liis Tamm and Jaan Kruus", k, "founded", "Kestrel Pay was founded in 2020 by Liis Tamm and Jaan Kruus",
              "2020", time=when("2020", "year", "2020")),
        claim("other", founded, k, "payment volume", "Kestrel Pay processed EUR 7.5bn of payments in 2024", value=money("EUR", 7.5e9), time=when("2024", "year", "last year")),
        claim("revenue", "Its revenue rose to EUR 31m in 2024 from EUR 14m in 2023, Tamm said.", k, "revenue", "Kestrel Pay's revenue was EUR 31m in 2024",
              value=money("EUR", 31e6), time=when("2024", "year", "in 2024"), attribution="Liis Tamm"),
        claim("pledge", "The company said it would open offices in Warsaw and Vilnius this year", k, "plans to open", "Kestrel Pay will open offices in Warsaw and Vilnius in 2025",
              time=when("2025", "year", "this year"), attribution=k),
        claim("pledge", plans, k, "aims", "Kestrel Pay aims to be profitable by 2026", time=when("2026", "year", "by 2026"), attribution=k),
        claim("ownership", baltika, k, "stake held by", "Baltika Ventures holds 15% of Kestrel Pay", "Baltika Ventures"),
        claim("funding", baltika, k, "investor", "Baltika Ventures took part in Kestrel Pay's Series B", "Baltika Ventures"),
        claim("adoption", "Kestrel's payment terminals are used by more than 40,000 merchants in the Baltics, including the supermarket chain Rimi.", k, "used by",
              "More than 40,000 Baltic merchants, including Rimi, use Kestrel Pay", "Rimi"),
        claim("other", "Its terminals handled 120 million transactions in 2024, the company said.", k, "transactions", "Kestrel Pay handled 120 million transactions in 2024",
              time=when("2024", "year", "in 2024"), attribution=k),
        claim("funding", "Estonian start-ups raised EUR 1.2bn in 2024, according to the state agency Startup Estonia.", "Estonia", "raised",
              "Estonian start-ups raised EUR 1.2bn in 2024", value=money("EUR", 1.2e9), time=when("2024", "year", "in 2024"), attribution="Startup Estonia"),
        claim("funding", "Lithuania was next, with EUR 640m.", "Lithuania", "raised", "Lithuanian start-ups raised EUR 640m", value=money("EUR", 640e6)),
        claim("other", "Kestrel's staff rose to 310 in January, from 190 a year earlier.", k, "employs", "Kestrel Pay had 310 staff in January 2025",
              time=when("2025-01", "month", "in January")),
        claim("other", "In December, the start-up was fined EUR 200,000 by the Estonian Financial Supervision Authority over weaknesses in its anti-money laundering checks, which it said had since been fixed.",
              k, "fined", "Kestrel Pay was fined EUR 200,000 by the Estonian Financial Supervision Authority", "Estonian Financial Supervision Authority",
              value=money("EUR", 200e3), time=when("2024-12", "month", "In December")),
        claim("other", "Payments in the Baltics are a market worth an estimated EUR 9bn in revenue a year, according to the consultancy Nordlight.", "Baltic payments",
              "market size", "Baltic payments are a market of about EUR 9bn a year", value=money("EUR", 9e9, approximate=True), attribution="Nordlight",
              hedges=["an estimated"]),
    ]


def arbor_health_results():
    a = "Arbor Health"
    about = "Arbor Health was founded in 2012 and is based in Boston."
    return "2025-11-05", [
        claim("revenue", "Total revenue of USD 214.6 million, up 27% from a year earlier.", a, "revenue", "Arbor Health's quarterly revenue was USD 214.6m",
              value=money("USD", 214.6e6)),
        claim("revenue", "Subscription revenue of USD 188.1 million.", a, "subscription revenue", "Arbor Health's subscription revenue was USD 188.1m",
              value=money("USD", 188.1e6)),
        claim("other", "Operating cash flow of USD 41.3 million.", a, "operating cash flow", "Arbor Health's operating cash flow was USD 41.3m", value=money("USD", 41.3e6)),
        claim("adoption", "1,120 hospitals on the platform, up from 930.", a, "used by", "1,120 hospitals use Arbor Health's platform"),
        claim("other", "Net loss of USD 6.2 million, compared with USD 19.8 million a year earlier.", a, "net loss", "Arbor Health's quarterly net loss was USD 6.2m",
              value=money("USD", 6.2e6)),
        claim("revenue", "For the fourth quarter, Arbor Health expects revenue of USD 222-226 million.", a, "revenue forecast",
              "Arbor Health expects fourth-quarter revenue of USD 222m to 226m", value=money("USD", low=222e6, high=226e6),
              time=when("2025-12", "month", "the fourth quarter"), attribution=a, hedges=["expects"]),
        claim("revenue", "For the full year 2025, the company now expects revenue of USD 830-834 million, up from USD 815-825 million.", a, "revenue forecast",
              "Arbor Health expects 2025 revenue of USD 830m to 834m", value=money("USD", low=830e6, high=834e6), time=when("2025", "year", "the full year 2025"),
              attribution=a, hedges=["expects"]),
        claim("other", "Our platform now schedules more than two million shifts a week.", a, "shifts scheduled", "Arbor Health schedules more than two million shifts a week",
              time=when("2025-11-05", "day", "now"), attribution="Rebecca Lindqvist"),
        claim("investment", "During the quarter, Arbor acquired Shiftwise, a Chicago maker of nurse rostering software, for USD 145 million in cash.", a, "bought",
              "Arbor Health bought Shiftwise for USD 145m", "Shiftwise", value=money("USD", 145e6), time=when(None, None, "During the quarter")),
        claim("location", "Shiftwise, a Chicago maker of nurse rostering software", "Shiftwise", "based in", "Shiftwise is based in Chicago", "Chicago"),
        claim("pledge", "The Board of Directors has authorised a share buyback of up to USD 300 million, to be completed by the end of 2026.", a, "buyback",
              "Arbor Health will buy back up to USD 300m of shares by the end of 2026", value=money("USD", high=300e6), time=when("2026", "year", "by the end of 2026")),
        claim("other", "Arbor's workforce rose to 2,480 at the end of September from 2,010 a year earlier.", a, "employs",
              "Arbor Health had 2,480 staff at the end of September 2025", time=when("2025-09", "month", "at the end of September")),
        claim("founding", about, a, "founded in", "Arbor Health was founded in 2012", "2012", time=when("2012", "year", "2012")),
        claim("location", about, a, "based in", "Arbor Health is based in Boston", "Boston"),
        claim("adoption", "Its software is used by the Cleveland Heart Institute and more than a thousand other hospitals.", a, "used by",
              "The Cleveland Heart Institute uses Arbor Health's software", "Cleveland Heart Institute"),
        claim("market_cap", "Arbor Health's market capitalisation was about USD 9.8 billion at the close of trading on November 4.", a, "market capitalisation",
              "Arbor Health's market capitalisation was about USD 9.8bn on 4 November 2025", value=money("USD", 9.8e9, approximate=True),
              time=when("2025-11-04", "day", "November 4"), hedges=["about"]),
    ]


def grenfell_foods_statement():
    g = "Grenfell Foods"
    return "2025-03-12", [
        claim("revenue", "Group revenue of GBP 1.42bn, up 9%.", g, "revenue", "Grenfell Foods' revenue was GBP 1.42bn", value=money("GBP", 1.42e9)),
        claim("revenue", "Like-for-like sales up 6%.", g, "sales growth", "Grenfell Foods' like-for-like sales rose 6%"),
        claim("other", "Net debt of GBP 310m, down from GBP 355m.", g, "net debt", "Grenfell Foods' net debt was GBP 310m", value=money("GBP", 310e6)),
        claim("investment", "Capital expenditure of GBP 74m, mainly on the new kitchen in Wigan.", g, "capital expenditure", "Grenfell Foods spent GBP 74m, mainly on a kitchen in Wigan",
              value=money("GBP", 74e6)),
        claim("other", "Adjusted operating profit expected to be GBP 96-99m.", g, "operating profit", "Grenfell Foods expects adjusted operating profit of GBP 96m to 99m",
              value=money("GBP", low=96e6, high=99e6), hedges=["expected"]),
        claim("pledge", "Grenfell will invest GBP 120m over the next three years in automation at its four sites, the company said.", g, "will invest",
              "Grenfell Foods will invest GBP 120m in automation over three years", value=money("GBP", 120e6), time=when(None, None, "over the next three years"),
              attribution=g),
        claim("pledge", "The programme would cut energy use by a quarter by 2028.", g, "pledged", "Grenfell Foods' automation will cut energy use by a quarter by 2028",
              time=when("2028", "year", "by 2028")),
        claim("adoption", "The group supplies three of Britain's four largest supermarkets, including Marlowe's and Peckham Fresh.", g, "supplies",
              "Grenfell Foods supplies Marlowe's and Peckham Fresh", "Marlowe's"),
        claim("investment", "Grenfell said it had agreed to buy Tapas Mia, a Spanish maker of chilled snacks, for EUR 58m.", g, "bought",
              "Grenfell Foods agreed to buy Tapas Mia for EUR 58m", "Tapas Mia", value=money("EUR", 58e6), attribution=g),
        claim("other", "Headcount rose to 9,800 during the year.", g, "employs", "Grenfell Foods employs 9,800 people"),
        claim("market_cap", "Grenfell's shares have risen 18% since January, giving the company a stock-market value of about GBP 880m.", g, "market capitalisation",
              "Grenfell Foods' market value is about GBP 880m", value=money("GBP", 880e6, approximate=True), hedges=["about"]),
        claim("other", "Chilled ready meals are a GBP 4.2bn market in the UK, according to the research firm Kantara.", "chilled ready meals", "market size",
              "Chilled ready meals are a GBP 4.2bn market in the UK", value=money("GBP", 4.2e9), attribution="Kantara"),
        claim("founding", "Grenfell Foods was founded in 1974 in Salford by the Price family", g, "founded", "Grenfell Foods was founded in 1974 in Salford by the Price family",
              "1974", time=when("1974", "year", "1974")),
        claim("ownership", "the Price family, which still owns 22% of the shares", g, "stake held by", "The Price family owns 22% of Grenfell Foods", "Price family"),
        claim("pledge", "The company aims to reach net zero in its own operations by 2035.", g, "aims", "Grenfell Foods aims for net zero by 2035",
              time=when("2035", "year", "by 2035")),
    ]


def cma_cloud_fine():
    mca = "Markets and Competition Authority"
    aka = ("MCA", "the authority")
    both = "Stratocore, the larger of the two, was fined EUR 31m, and Nimbly EUR 15m."
    nimbly = "Nimbly, which is based in Cork, said it had already removed the fees in January."
    return "2025-06-18", [
        claim("other", "Competition authority fines two cloud providers over exit fees", mca, "fined", "The MCA fined two cloud providers over exit fees"),
        claim("other", "The Markets and Competition Authority (MCA), Ireland's competition regulator, said on Tuesday that it had fined the cloud providers Stratocore and Nimbly a combined EUR 46m for charging customers unfair fees to move their data elsewhere.",
              "Stratocore", "fined", "The MCA fined Stratocore and Nimbly a combined EUR 46m", mca, value=money("EUR", 46e6), time=when("2025-06-17", "day", "on Tuesday"),
              attribution=mca, aliases=aka),
        claim("other", both, "Stratocore", "fined", "Stratocore was fined EUR 31m", mca, value=money("EUR", 31e6)),
        claim("other", both, "Nimbly", "fined", "Nimbly was fined EUR 15m", mca, value=money("EUR", 15e6)),
        claim("other", "Both firms must scrap the fees within six months.", "Stratocore", "ordered", "Stratocore and Nimbly must scrap the fees within six months",
              time=when(None, None, "within six months")),
        claim("warning", "The authority found that the fees, which reached EUR 90,000 for a single mid-sized customer, had locked thousands of businesses into contracts since 2021.",
              mca, "found", "The MCA found the exit fees locked businesses into contracts since 2021", value=money("EUR", 90e3), time=when("2021", "year", "since 2021"),
              attribution=mca, aliases=aka),
        claim("ownership", "Stratocore, a subsidiary of the American group Helion Systems", "Stratocore", "owned by", "Helion Systems owns Stratocore", "Helion Systems"),
        claim("location", "Nimbly, which is based in Cork", "Nimbly", "based in", "Nimbly is based in Cork", "Cork"),
        claim("other", nimbly, "Nimbly", "removed fees", "Nimbly removed its exit fees in January 2025", time=when("2025-01", "month", "in January"), attribution="Nimbly"),
        claim("warning", "The MCA warned that smaller providers that copied such fees would face the same treatment.", mca, "warned",
              "The MCA warned smaller providers copying the fees", attribution=mca, aliases=aka),
        claim("other", "Cloud services in Ireland are a market worth EUR 3.1bn a year, the authority estimated.", "Irish cloud services", "market size",
              "Cloud services in Ireland are a EUR 3.1bn market", value=money("EUR", 3.1e9), attribution=mca, aliases=aka),
        claim("other", "It said Stratocore and Nimbly held a combined market share of about 58%.", "Stratocore", "market share",
              "Stratocore and Nimbly hold about 58% of the Irish cloud market", attribution=mca, aliases=aka, hedges=["about"]),
        claim("policy", "From next year, providers will also have to publish their exit charges on a single page, under rules the government adopted in March.",
              "Irish government", "rule", "From 2026 cloud providers must publish their exit charges", time=when("2026", "year", "From next year")),
        claim("other", "The authority opened 14 competition investigations last year, up from nine in 2023, its annual report showed.", mca, "investigations",
              "The MCA opened 14 investigations in 2024", time=when("2024", "year", "last year"), attribution=mca, aliases=aka),
        claim("pledge", "The enterprise minister, Peadar Flynn, said the government would give the MCA an extra EUR 6m a year from 2026 to hire technical staff.",
              "Irish government", "pledged", "The Irish government will give the MCA EUR 6m a year from 2026", mca, value=money("EUR", 6e6),
              time=when("2026", "year", "from 2026"), attribution="Peadar Flynn"),
        claim("other", "The fines will go to the exchequer.", mca, "fines to", "The fines go to the exchequer"),
    ]


def court_ruling_datahaven():
    d = "DataHaven"
    dpa = "Dutch Data Protection Authority"
    owned = "DataHaven, which is owned by the Luxembourg investment group Corvana, said it was studying the judgment and had set aside EUR 260m for the fine in its 2024 accounts."
    utrecht = "DataHaven, based in Utrecht, had revenue of EUR 410m last year."
    return "2025-10-11", [
        claim("other", "Court upholds record data fine against DataHaven", d, "fined", "A court upheld a record data fine against DataHaven"),
        claim("other", "The Court of Appeal on Friday upheld a EUR 260m fine imposed on DataHaven BV, the Dutch operator of consumer credit scoring, for processing the financial records of millions of people without a lawful basis.",
              d, "fined", "The Court of Appeal upheld a EUR 260m fine on DataHaven", dpa, value=money("EUR", 260e6), time=when("2025-10-10", "day", "on Friday")),
        claim("other", "In a 64-page ruling, three judges rejected all seven grounds of DataHaven's appeal against the decision of the Dutch Data Protection Authority.",
              d, "appeal rejected", "The court rejected all seven grounds of DataHaven's appeal"),
        claim("comparison", "The fine is the largest ever imposed by the Dutch authority.", d, "largest fine", "The DataHaven fine is the largest ever imposed by the Dutch authority"),
        claim("other", "The court found that DataHaven had kept records of about 9.2 million people for longer than the law allows, some of them for more than a decade.",
              d, "found", "DataHaven kept records of about 9.2 million people too long", attribution="Court of Appeal", aliases=("the court",), hedges=["about"]),
        claim("ownership", "DataHaven, which is owned by the Luxembourg investment group Corvana", d, "owned by", "Corvana owns DataHaven", "Corvana"),
        claim("other", owned, d, "provision", "DataHaven set aside EUR 260m for the fine in its 2024 accounts", value=money("EUR", 260e6), time=when("2024", "year", "2024"),
              attribution=d),
        claim("warning", "Its chair, Eva Hoekstra, warned that other scoring firms were under investigation.", dpa, "warned",
              "The Dutch Data Protection Authority warned that other scoring firms are under investigation", attribution="Eva Hoekstra"),
        claim("other", "Under the court's order, DataHaven must delete the records of people who have had no credit agreement for five years by March 2026.", d, "ordered",
              "DataHaven must delete old records by March 2026", time=when("2026-03", "month", "by March 2026")),
        claim("location", "DataHaven, based in Utrecht", d, "based in", "DataHaven is based in Utrecht", "Utrecht"),
        claim("revenue", utrecht, d, "revenue", "DataHaven's revenue was EUR 410m in 2024", value=money("EUR", 410e6), time=when("2024", "year", "last year")),
        claim("other", "It employs 1,150 people.", d, "employs", "DataHaven employs 1,150 people"),
        claim("pledge", "The consumer group Geldwijzer said it would file a class action on behalf of 400,000 people in the coming weeks.", "Geldwijzer", "plans",
              "Geldwijzer will file a class action against DataHaven for 400,000 people", d, time=when(None, None, "in the coming weeks"), attribution="Geldwijzer"),
        claim("investment", "Corvana bought DataHaven in 2019 for EUR 1.3bn.", "Corvana", "bought", "Corvana bought DataHaven in 2019 for EUR 1.3bn", d,
              value=money("EUR", 1.3e9), time=when("2019", "year", "in 2019")),
    ]


def hydrogen_institute_table():
    iets = "Institute for Energy Transition Studies"
    aka = ("IETS", "the institute", "the report")
    eu = "Across the European Union, 480 megawatts of electrolysers were running at the end of 2024, against a combined target of 40 gigawatts for 2030, according to the institute."
    cancelled = "Seventeen large projects were cancelled or put on hold in 2024, the report said, including a EUR 1.1bn plant near Rotterdam."
    iets_about = "The IETS, founded in 2011, is funded by foundations and the European Commission."
    rows = (("Germany | 160 MW | 10 GW", "Germany"), ("Spain | 110 MW | 12 GW", "Spain"), ("Netherlands | 70 MW | 4 GW", "Netherlands"),
            ("France | 55 MW | 6.5 GW", "France"), ("Italy | 20 MW | 3 GW", "Italy"))  # fmt: skip
    return "2025-01-22", [
        claim("comparison", "Europe's governments have pledged far more green hydrogen than industry is building, the Institute for Energy Transition Studies (IETS) found in a report published on Tuesday.",
              "European governments", "compared with", "European hydrogen pledges far exceed what is being built", attribution=iets, aliases=aka),
        *[claim("other", row, country, "electrolyser capacity", f"{country} had {row.split(' | ')[1]} of electrolysers in operation") for row, country in rows],
        *[claim("pledge", row, country, "target", f"{country} targets {row.split(' | ')[2]} of electrolysers by 2030") for row, country in rows],
        claim("comparison", "Germany has the most capacity in operation, the report found.", "Germany", "ranked first", "Germany has the most electrolyser capacity",
              attribution=iets, aliases=aka),
        claim("comparison", "Spain was next, with 110 MW, and the Netherlands third.", "Spain", "ranked second", "Spain ranks second on electrolyser capacity"),
        claim("other", eu, "European Union", "electrolyser capacity", "The EU had 480 MW of electrolysers running at the end of 2024",
              time=when("2024-12", "month", "at the end of 2024"), attribution=iets, aliases=aka),
        claim("pledge", eu, "European Union", "target", "EU countries target 40 GW of electrolysers by 2030", time=when("2030", "year", "for 2030"),
              attribution=iets, aliases=aka),
        claim("policy", "Public subsidies announced since 2020 total EUR 18.5bn, of which less than a fifth has been paid out.", "European governments", "subsidies",
              "Hydrogen subsidies announced since 2020 total EUR 18.5bn, less than a fifth paid", value=money("EUR", 18.5e9), time=when("2020", "year", "since 2020")),
        claim("investment", "Private investment in electrolyser projects reached EUR 2.7bn last year, the IETS estimated.", "European Union", "private investment",
              "Private investment in electrolysers was EUR 2.7bn in 2024", value=money("EUR", 2.7e9), time=when("2024", "year", "last year"), attribution=iets, aliases=aka),
        claim("warning", "The institute warned that most national targets would be missed unless governments guaranteed a price for green hydrogen.", iets, "warned",
              "The IETS warned most national hydrogen targets will be missed", attribution=iets, aliases=aka),
        claim("pledge", "Spain aims to produce 12 GW by 2030", "Spain", "aims", "Spain aims for 12 GW of electrolysers by 2030", time=when("2030", "year", "by 2030")),
        claim("pledge", "has set aside EUR 3.2bn for hydrogen valleys in Andalusia and Aragon", "Spain", "budget", "Spain set aside EUR 3.2bn for hydrogen valleys",
              value=money("EUR", 3.2e9)),
        claim("pledge", "Italy would cut its target if projects did not start by 2026, according to its energy ministry.", "Italy", "would cut target",
              "Italy would cut its hydrogen target if projects do not start by 2026", time=when("2026", "year", "by 2026"), attribution="Italian energy ministry",
              aliases=("energy ministry", "its energy ministry")),
        claim("other", cancelled, "European Union", "projects cancelled", "Seventeen large hydrogen projects were cancelled or paused in 2024",
              time=when("2024", "year", "in 2024"), attribution=iets, aliases=aka),
        claim("investment", cancelled, "Rotterdam hydrogen plant", "cancelled", "A EUR 1.1bn hydrogen plant near Rotterdam was cancelled or paused",
              value=money("EUR", 1.1e9), time=when("2024", "year", "in 2024"), attribution=iets, aliases=aka),
        claim("founding", "The IETS, founded in 2011", iets, "founded in", "The IETS was founded in 2011", "2011", time=when("2011", "year", "2011")),
        claim("other", iets_about, iets, "funded by", "The IETS is funded by foundations and the European Commission", "European Commission"),
    ]


def southern_venture_report():
    f = "Fundacion Horizonte"
    aka = ("the foundation", "the report")
    rows = (("Spain | EUR 3.9bn | 612", "Spain", 3.9e9, 612), ("Italy | EUR 2.6bn | 488", "Italy", 2.6e9, 488), ("Portugal | EUR 1.7bn | 251", "Portugal", 1.7e9, 251),
            ("Greece | EUR 0.9bn | 143", "Greece", 0.9e9, 143), ("Croatia | EUR 0.7bn | 64", "Croatia", 0.7e9, 64))  # fmt: skip
    tessera = "Its largest round of the period was the EUR 250m raised by the Lisbon software company Tessera in June."
    return "2024-10-10", [
        claim("location", "Key findings of the Mediterranean Venture Monitor 2024, published by the Fundacion Horizonte, a Madrid research institute.", f, "based in",
              "Fundacion Horizonte is based in Madrid", "Madrid"),
        claim("funding", "Start-ups in Southern Europe raised EUR 9.8bn in the first nine months of 2024, up 14% on the same period of 2023, the foundation found.",
              "Southern Europe", "raised", "Southern European start-ups raised EUR 9.8bn in the first nine months of 2024", value=money("EUR", 9.8e9),
              time=when("2024-09", "month", "the first nine months of 2024"), attribution=f, aliases=aka),
        claim("comparison", "The rest of Europe saw a fall of 6% over the same months.", "rest of Europe", "fell", "Venture funding in the rest of Europe fell 6%"),
        *[claim("funding", row, country, "raised", f"{country}'s start-ups raised EUR {amount:g}", value=money("EUR", amount)) for row, country, amount, _ in rows],
        *[claim("other", row, country, "deals", f"{country}'s start-ups closed {deals} deals") for row, country, _, deals in rows],
        claim("funding", "Spain raised the most, at EUR 3.9bn.", "Spain", "raised", "Spain raised the most, EUR 3.9bn", value=money("EUR", 3.9e9)),
        claim("funding", "Italy was next, with EUR 2.6bn.", "Italy", "raised", "Italian start-ups raised EUR 2.6bn", value=money("EUR", 2.6e9)),
        claim("funding", "Croatia, with EUR 0.7bn, grew fastest, more than doubling its total of a year earlier.", "Croatia", "raised",
              "Croatian start-ups raised EUR 0.7bn, the fastest growth", value=money("EUR", 0.7e9)),
        claim("comparison", "Portugal had the highest funding per head in the region, the report found.", "Portugal", "ranked first",
              "Portugal had the highest venture funding per head", attribution=f, aliases=aka),
        claim("funding", tessera, "Tessera", "raised", "Tessera raised EUR 250m in June 2024", value=money("EUR", 250e6), time=when("2024-06", "month", "in June")),
        claim("location", "the Lisbon software company Tessera", "Tessera", "based in", "Tessera is based in Lisbon", "Lisbon"),
        claim("warning", "The foundation warned that late-stage funding still depended heavily on American investors, who took part in 62% of rounds above EUR 50m.",
              f, "warned", "Fundacion Horizonte warned late-stage funding depends on American investors", attribution=f, aliases=aka),
        claim("investment", "The Italian government's National Innovation Fund committed EUR 400m to venture funds this year, according to the report.",
              "National Innovation Fund", "committed", "Italy's National Innovation Fund committed EUR 400m to venture funds in 2024", value=money("EUR", 400e6),
              time=when("2024", "year", "this year"), attribution=f, aliases=aka),
        claim("pledge", "Greece plans to spend EUR 150m on a fund of funds by 2026.", "Greece", "plans to spend", "Greece plans to spend EUR 150m on a fund of funds by 2026",
              value=money("EUR", 150e6), time=when("2026", "year", "by 2026"), hedges=["plans"]),
        claim("other", "Two hundred and six start-ups in the region have reached a valuation of EUR 100m or more, the foundation counted.", "Southern Europe",
              "count", "206 Southern European start-ups are valued at EUR 100m or more", attribution=f, aliases=aka),
    ]


def minister_interview():
    holm, dk = "Mette Holm", "Danish government"
    ministry = ("ministry's budget papers", "Holm's ministry", "ministry")
    papers = "The state will put DKK 2.1bn into the machine, according to the ministry's budget papers, with the Novo Fonden foundation adding DKK 1.5bn."
    return "2025-04-02", [
        claim("other", "Mette Holm became Denmark's minister for digital affairs in 2023.", holm, "became minister", "Mette Holm became digital minister in 2023",
              time=when("2023", "year", "in 2023")),
        claim("pledge", "Your government has promised a national AI supercomputer.", dk, "promised", "The Danish government promised a national AI supercomputer"),
        claim("pledge", "It will be switched on by the end of 2026.", dk, "will switch on", "Denmark's AI supercomputer will be switched on by the end of 2026",
              time=when("2026", "year", "by the end of 2026"), attribution=holm),
        claim("other", "The contract is signed and the building in Aarhus is finished.", dk, "built", "The supercomputer building in Aarhus is finished", "Aarhus",
              attribution=holm),
        claim("pledge", papers, dk, "will invest", "The Danish state will put DKK 2.1bn into the supercomputer", value=money("DKK", 2.1e9),
              attribution="ministry for digital affairs", aliases=ministry),
        claim("pledge", papers, "Novo Fonden", "will invest", "Novo Fonden will add DKK 1.5bn to the supercomputer", value=money("DKK", 1.5e9),
              attribution="ministry for digital affairs", aliases=ministry),
        claim("other", "Data centres used about 7% of our electricity last year.", "Denmark", "data centre power use", "Data centres used about 7% of Danish electricity in 2024",
              time=when("2024", "year", "last year"), attribution=holm, hedges=["about"]),
        claim("pledge", "That will rise, and we will make them pay for the grid they need.", dk, "will charge", "Denmark will make data centres pay for grid connections",
              attribution=holm),
        claim("other", "The Danish Energy Agency estimates that data centres could use 15% of the country's power by 2030.", "Denmark", "data centre power forecast",
              "Data centres could use 15% of Danish power by 2030", time=when("2030", "year", "by 2030"), attribution="Danish Energy Agency", hedges=["could"]),
        claim("investment", "Microsoft alone has invested more than DKK 30bn in Denmark since 2019.", "Microsoft", "invested", "Microsoft has invested more than DKK 30bn in Denmark since 2019",
              "Denmark", value=money("DKK", low=30e9), time=when("2019", "year", "since 2019"), attribution=holm),
        claim("policy", "Holm's ministry said in September that Denmark would require every public body to publish a register of the AI systems it uses, starting in 2026.",
              dk, "rule", "Danish public bodies must publish a register of their AI systems from 2026", time=when("2026", "year", "in 2026"),
              attribution="ministry for digital affairs", aliases=ministry),
        claim("other", "We lost two of our best AI companies to California last year.", "Denmark", "lost companies", "Two Danish AI companies moved to California in 2024",
              time=when("2024", "year", "last year"), attribution=holm),
        claim("funding", "Danish AI start-ups raised DKK 4.3bn in 2024, according to the industry group Dansk Tech.", "Denmark", "raised",
              "Danish AI start-ups raised DKK 4.3bn in 2024", value=money("DKK", 4.3e9), time=when("2024", "year", "in 2024"), attribution="Dansk Tech"),
        claim("pledge", "The government aims to double that by 2030.", dk, "aims", "The Danish government aims to double AI start-up funding by 2030",
              time=when("2030", "year", "by 2030")),
        claim("other", "Holm, 47, previously ran the digital agency of the city of Copenhagen.", holm, "previously ran", "Mette Holm ran Copenhagen's digital agency"),
    ]


def news_briefs():
    lumina = "Lumina Labs, a Dublin maker of chip-testing software, has raised USD 40m from the American fund Cobalt Peak, the company said on Monday."
    vantor = "Shares in the Oslo-listed fish farmer Vantor rose 11% on Thursday after it reported quarterly revenue of NOK 3.2bn, up from NOK 2.6bn a year earlier."
    brightpath = "Brightpath Capital, a Warsaw venture firm, closed its second fund at EUR 180m, above its EUR 150m target."
    qorvane = "The Munich software group Qorvane will cut 400 jobs, about 6% of its staff, by the end of the year, it said."
    fso = "Financial Services Ombudsman"
    started = "The start-up was founded in 2021 and employs 85 people."
    return "2025-09-19", [
        claim("funding", "Lumina Labs raises USD 40m", "Lumina Labs", "raised", "Lumina Labs raised USD 40m", value=money("USD", 40e6)),
        claim("funding", lumina, "Lumina Labs", "raised", "Lumina Labs raised USD 40m from Cobalt Peak", "Cobalt Peak", value=money("USD", 40e6),
              time=when("2025-09-15", "day", "on Monday"), attribution="Lumina Labs"),
        claim("location", "Lumina Labs, a Dublin maker of chip-testing software", "Lumina Labs", "based in", "Lumina Labs is based in Dublin", "Dublin"),
        claim("founding", started, "Lumina Labs", "founded in", "Lumina Labs was founded in 2021", "2021", time=when("2021", "year", "2021")),
        claim("other", started, "Lumina Labs", "employs", "Lumina Labs employs 85 people"),
        claim("pledge", "Lumina said it would use the money to open an office in Austin.", "Lumina Labs", "plans to open", "Lumina Labs will open an office in Austin",
              "Austin", attribution="Lumina Labs"),
        claim("investment", "Fenwick Rail picks Spanish trains", "Fenwick Rail", "ordered", "Fenwick Rail chose Spanish trains"),
        claim("investment", "Fenwick Rail, the Scottish train operator, has ordered 32 trains from the Spanish maker Talvaro for GBP 610m, the company said.", "Fenwick Rail",
              "ordered", "Fenwick Rail ordered 32 trains from Talvaro for GBP 610m", "Talvaro", value=money("GBP", 610e6), attribution="Fenwick Rail"),
        claim("pledge", "The trains will enter service by 2028.", "Fenwick Rail", "plans", "Fenwick Rail's new trains will enter service by 2028", time=when("2028", "year", "by 2028")),
        claim("ownership", "Fenwick is owned by the Dutch investor Zeelander Infra.", "Fenwick Rail", "owned by", "Zeelander Infra owns Fenwick Rail", "Zeelander Infra"),
        claim("other", vantor, "Vantor", "share price", "Vantor's shares rose 11%", time=when("2025-09-18", "day", "on Thursday")),
        claim("revenue", vantor, "Vantor", "revenue", "Vantor's quarterly revenue was NOK 3.2bn", value=money("NOK", 3.2e9)),
        claim("market_cap", "The company is now worth about NOK 41bn on the stock market.", "Vantor", "market capitalisation", "Vantor's market value is about NOK 41bn",
              value=money("NOK", 41e9, approximate=True), time=when("2025-09-19", "day", "now"), hedges=["about"]),
        claim("warning", "Regulator warns on buy-now-pay-later", fso, "warned", "A regulator warned on buy-now-pay-later loans"),
        claim("warning", "The Financial Services Ombudsman, Finland's consumer finance watchdog, warned on Wednesday that complaints about buy-now-pay-later loans had tripled in the first half of the year.",
              fso, "warned", "Complaints about buy-now-pay-later loans in Finland tripled in the first half of 2025", time=when("2025-06", "month", "the first half of the year"),
              attribution=fso),
        claim("pledge", "It said it would set new rules for lenders from next year.", fso, "plans rules", "The Financial Services Ombudsman will set new lender rules from 2026",
              time=when("2026", "year", "from next year"), attribution=fso),
        claim("funding", "Brightpath closes fund", "Brightpath Capital", "closed fund", "Brightpath Capital closed a fund"),
        claim("location", "Brightpath Capital, a Warsaw venture firm", "Brightpath Capital", "based in", "Brightpath Capital is based in Warsaw", "Warsaw"),
        claim("funding", brightpath, "Brightpath Capital", "closed fund", "Brightpath Capital closed its second fund at EUR 180m", value=money("EUR", 180e6)),
        claim("funding", "above its EUR 150m target", "Brightpath Capital", "fund target", "Brightpath Capital's second fund had a EUR 150m target", value=money("EUR", 150e6)),
        claim("pledge", "The firm said about a third would go to climate start-ups in Central Europe.", "Brightpath Capital", "plans to invest",
              "Brightpath Capital will put about a third of its fund into climate start-ups", attribution="Brightpath Capital"),
        claim("other", "Qorvane cuts jobs", "Qorvane", "cuts jobs", "Qorvane is cutting jobs"),
        claim("pledge", qorvane, "Qorvane", "will cut jobs", "Qorvane will cut 400 jobs by the end of 2025", time=when("2025", "year", "by the end of the year"), attribution="Qorvane"),
        claim("location", "The Munich software group Qorvane", "Qorvane", "based in", "Qorvane is based in Munich", "Munich"),
        claim("revenue", "Its sales fell to EUR 1.9bn in 2024.", "Qorvane", "revenue", "Qorvane's sales were EUR 1.9bn in 2024", value=money("EUR", 1.9e9),
              time=when("2024", "year", "in 2024")),
        claim("other", "The European market for heat pumps was worth EUR 14bn last year, according to the industry association EHPA.", "European heat pumps",
              "market size", "The European heat pump market was worth EUR 14bn in 2024", value=money("EUR", 14e9), time=when("2024", "year", "last year"), attribution="EHPA"),
    ]


def halvard_annual_results():
    h = "Halvard Cables"
    about = "Halvard Cables was founded in 1962 and is based in Sheffield."
    return "2025-05-21", [
        claim("revenue", "Revenue of GBP 612.4 million, up 23% on the prior year.", h, "revenue", "Halvard Cables had revenue of GBP 612.4m, up 23%", value=money("GBP", 612.4e6)),
        claim("other", "Adjusted operating profit of GBP 58.1 million (2024: GBP 41.7 million).", h, "operating profit", "Halvard Cables' adjusted operating profit was GBP 58.1m",
              value=money("GBP", 58.1e6)),
        claim("other", "Order backlog of GBP 2.3 billion at 31 March 2025.", h, "order backlog", "Halvard Cables had an order backlog of GBP 2.3bn at 31 March 2025",
              value=money("GBP", 2.3e9), time=when("2025-03-31", "day", "31 March 2025")),
        claim("other", "Net debt of GBP 96 million.", h, "net debt", "Halvard Cables' net debt was GBP 96m", value=money("GBP", 96e6)),
        claim("other", "Final dividend of 6.2 pence per share.", h, "dividend", "Halvard Cables pays a final dividend of 6.2p a share", value=money("GBP", 0.062)),
        claim("revenue", "Two new contracts with North Sea wind farm developers, together worth about GBP 480 million.", h, "contracts won",
              "Halvard Cables won two contracts worth about GBP 480m", value=money("GBP", 480e6, approximate=True), hedges=["about"]),
        claim("other", "The second extrusion line at the Teesside plant began production in January.", h, "began production",
              "Halvard Cables' second Teesside extrusion line began production in January 2025", time=when("2025-01", "month", "in January")),
        claim("other", "Headcount rose to 3,150 from 2,780.", h, "employs", "Halvard Cables employs 3,150 people"),
        claim("pledge", "Halvard will spend GBP 210 million over the next three years on a new plant in Blyth, Northumberland, which is due to open in 2027 and will create around 400 jobs.",
              h, "plans to spend", "Halvard Cables will spend GBP 210m on a plant in Blyth, to open in 2027", value=money("GBP", 210e6), time=when("2027", "year", "in 2027")),
        claim("pledge", "The company has also started a share buyback of up to GBP 25 million, to be completed by the end of September.", h, "share buyback",
              "Halvard Cables will buy back up to GBP 25m of shares by the end of September 2025", value=money("GBP", high=25e6),
              time=when("2025-09", "month", "by the end of September")),
        claim("revenue", "For the current financial year, the board expects revenue of between GBP 680 million and GBP 720 million.", h, "revenue forecast",
              "Halvard Cables expects revenue of GBP 680m to 720m this financial year", value=money("GBP", low=680e6, high=720e6),
              time=when(None, None, "the current financial year"), attribution=h, hedges=["expects"]),
        claim("investment", "In February, Halvard agreed to buy the Norwegian cable-laying company Fjellsund Marine for NOK 1.1 billion.", h, "agreed to buy",
              "Halvard Cables agreed to buy Fjellsund Marine for NOK 1.1bn in February 2025", "Fjellsund Marine", value=money("NOK", 1.1e9),
              time=when("2025-02", "month", "In February")),
        claim("other", "The deal is expected to close in the third quarter, subject to approval by competition authorities.", h, "expects completion",
              "Halvard Cables' purchase of Fjellsund Marine is expected to close in Q3 2025", time=when("2025-09", "month", "the third quarter"), hedges=["expected"]),
        claim("ownership", "Halvard's largest shareholder, the Canadian pension fund Laurentide Capital, owns 14.8% of the company.", h, "stake held by",
              "Laurentide Capital owns 14.8% of Halvard Cables", "Laurentide Capital"),
        claim("founding", about, h, "founded in", "Halvard Cables was founded in 1962", "1962", time=when("1962", "year", "in 1962")),
        claim("location", about, h, "based in", "Halvard Cables is based in Sheffield", "Sheffield"),
        claim("market_cap", "At the close on 20 May its market value was about GBP 1.9 billion.", h, "market value", "Halvard Cables' market value was about GBP 1.9bn on 20 May 2025",
              value=money("GBP", 1.9e9, approximate=True), time=when("2025-05-20", "day", "on 20 May"), hedges=["about"]),
        claim("adoption", "Its cables are used by grid operators in eleven countries, including Northern Grid Link and the Dutch operator Voltnet.", h, "used by",
              "Grid operators in eleven countries, including Northern Grid Link and Voltnet, use Halvard Cables' cables", "Northern Grid Link"),
    ]


def corran_tribunal_fine():
    c, cma, cat = "Corran Logistics", "Competition and Markets Authority", "Competition Appeal Tribunal"
    aka = ("CMA", "the authority", "the regulator")
    return "2025-09-17", [
        claim("other", "Tribunal upholds £38m fine on Corran Logistics for price fixing", c, "fined", "The CMA's GBP 38m fine on Corran Logistics was upheld", cma,
              value=money("GBP", 38e6)),
        claim("other", "The Competition Appeal Tribunal has dismissed an appeal by Corran Logistics Ltd against a £38m fine imposed by the Competition and Markets Authority for fixing the prices of pallet delivery services.",
              c, "fined", "The Competition Appeal Tribunal upheld the CMA's GBP 38m fine on Corran Logistics for price fixing", cma, value=money("GBP", 38e6)),
        claim("warning", "The CMA found in March last year that Corran and two rivals, Brightwater Freight and Ostley Haulage, had agreed minimum prices for deliveries to supermarkets between 2019 and 2022.",
              cma, "found", "The CMA found Corran Logistics, Brightwater Freight and Ostley Haulage fixed minimum prices from 2019 to 2022",
              time=when("2022", "year", "between 2019 and 2022"), attribution=cma, aliases=aka),
        claim("other", "Brightwater, which reported the cartel to the authority", "Brightwater Freight", "reported cartel", "Brightwater Freight reported the cartel to the CMA"),
        claim("other", "Brightwater, which reported the cartel to the authority, was not fined.", "Brightwater Freight", "not fined", "Brightwater Freight was not fined"),
        claim("other", "Ostley was fined £6.5m and did not appeal.", "Ostley Haulage", "fined", "The CMA fined Ostley Haulage GBP 6.5m", cma, value=money("GBP", 6.5e6)),
        claim("other", "In a judgment handed down on Tuesday, the tribunal said the evidence of the cartel was \"overwhelming\" and that the fine was proportionate.", c, "ruling",
              "The tribunal found the cartel evidence overwhelming and Corran Logistics' fine proportionate", time=when("2025-09-16", "day", "on Tuesday"),
              attribution=cat, aliases=("the tribunal",)),
        claim("other", "Corran had argued that the CMA overstated the size of the market affected, which the tribunal put at about £900m a year.", "pallet delivery services",
              "market size", "The pallet delivery market affected is worth about GBP 900m a year", value=money("GBP", 900e6, approximate=True), attribution=cat,
              aliases=("the tribunal",), hedges=["about"]),
        claim("location", "Corran, which is based in Northampton", c, "based in", "Corran Logistics is based in Northampton", "Northampton"),
        claim("other", "Corran, which is based in Northampton and employs around 2,600 people", c, "employs", "Corran Logistics employs about 2,600 people", hedges=["around"]),
        claim("other", "The company has set aside £40m to cover the fine and legal costs, according to its latest accounts.", c, "provision",
              "Corran Logistics set aside GBP 40m for the fine and legal costs", value=money("GBP", 40e6), attribution=c, aliases=("its latest accounts", "latest accounts")),
        claim("other", "She said the authority had opened eleven cartel investigations since January 2024, more than in any comparable period.", cma, "investigations opened",
              "The CMA has opened eleven cartel investigations since January 2024", time=when("2024-01", "month", "since January 2024"), attribution="Helen Marsh"),
        claim("pledge", "Business minister Tom Ashworth said on Monday that the government would introduce a bill before the end of the year letting the CMA fine company directors who take part in cartels.",
              "UK government", "pledged", "The UK government will introduce a bill by the end of 2025 letting the CMA fine directors in cartels",
              time=when("2025", "year", "before the end of the year"), attribution="Tom Ashworth"),
        claim("pledge", "He said the government would also give the authority an extra £15m a year to pursue cartels.", "UK government", "pledged",
              "The UK government will give the CMA an extra GBP 15m a year to pursue cartels", value=money("GBP", 15e6), attribution="Tom Ashworth"),
        claim("investment", "Corran was bought in 2021 by the private equity firm Greyfield Partners, which paid £310m for it.", "Greyfield Partners", "bought",
              "Greyfield Partners bought Corran Logistics for GBP 310m in 2021", c, value=money("GBP", 310e6), time=when("2021", "year", "in 2021")),
    ]


def friday_markets_briefing():
    t, o, a, hw, cx, k = "Tessara Bio", "Orsk Shipping", "Aubrac Solar", "Harwick Capital", "Centrix", "Karvel Telecom"
    centrix = "Online sales at Britain's largest electricals retailer, Centrix, rose 14% to GBP 1.2bn in the six months to the end of October."
    return "2025-11-14", [
        claim("funding", "Tessara Bio, a Basel start-up that designs antibodies with machine learning, has raised $65m in a Series B round led by the American fund Northgate Ventures.",
              t, "raised", "Tessara Bio raised USD 65m in a Series B round led by Northgate Ventures", "Northgate Ventures", value=money("USD", 65e6)),
        claim("location", "Tessara Bio, a Basel start-up", t, "based in", "Tessara Bio is based in Basel", "Basel"),
        claim("founding", "The company was founded in 2020 by the chemist Lena Vogt and the data scientist Marc Dubois.", t, "founded",
              "Tessara Bio was founded in 2020 by Lena Vogt and Marc Dubois", "2020", time=when("2020", "year", "in 2020")),
        claim("pledge", "It will use the money to take its first drug into clinical trials next year.", t, "plans", "Tessara Bio will take its first drug into clinical trials in 2026",
              time=when("2026", "year", "next year")),
        claim("pledge", "Orsk Shipping, the Oslo-listed tanker operator, said it would cut about 300 of its 2,100 shore-based jobs by March after a fall in freight rates.",
              o, "will cut", "Orsk Shipping will cut about 300 of its 2,100 shore-based jobs by March 2026", time=when("2026-03", "month", "by March"), attribution=o, hedges=["about"]),
        claim("other", "Third-quarter profit fell 58% to USD 41m, the company said on Thursday.", o, "profit", "Orsk Shipping's third-quarter profit fell 58% to USD 41m",
              value=money("USD", 41e6), time=when("2025-09", "month", "Third-quarter"), attribution=o),
        claim("other", "Its shares dropped 7%.", o, "shares fell", "Orsk Shipping's shares fell 7%"),
        claim("investment", "The French utility Velmont has bought a 35% stake in Aubrac Solar, a developer of solar farms in southern France, for EUR 120m.", "Velmont", "bought",
              "Velmont bought 35% of Aubrac Solar for EUR 120m", a, value=money("EUR", 120e6)),
        claim("valuation", "The deal values Aubrac at EUR 340m including debt, according to two people familiar with the matter.", a, "valued at",
              "The deal values Aubrac Solar at EUR 340m including debt", value=money("EUR", 340e6), attribution="people familiar with the matter",
              aliases=("two people familiar with the matter",)),
        claim("founding", "Aubrac's founder, Julien Peyrat", a, "founded by", "Aubrac Solar was founded by Julien Peyrat", "Julien Peyrat"),
        claim("ownership", "Aubrac's founder, Julien Peyrat, keeps 40%.", a, "stake held by", "Julien Peyrat keeps 40% of Aubrac Solar", "Julien Peyrat"),
        claim("funding", "Harwick Capital, a London investor in climate technology, has closed its third fund at GBP 450m, above its target of GBP 400m.", hw, "raised",
              "Harwick Capital closed its third fund at GBP 450m", value=money("GBP", 450e6)),
        claim("location", "Harwick Capital, a London investor in climate technology", hw, "based in", "Harwick Capital is based in London", "London"),
        claim("pledge", "The firm says about a third of the money will go to companies in Germany and the Nordic countries.", hw, "plans",
              "Harwick Capital will put about a third of its third fund into companies in Germany and the Nordic countries", attribution=hw, hedges=["about"]),
        claim("comparison", "Britain's largest electricals retailer, Centrix", cx, "ranked first", "Centrix is Britain's largest electricals retailer"),
        claim("revenue", centrix, cx, "online sales", "Centrix's online sales were GBP 1.2bn in the six months to October 2025", value=money("GBP", 1.2e9),
              time=when("2025-10", "month", "the six months to the end of October")),
        claim("other", "Centrix employs twelve thousand people in 180 stores.", cx, "employs", "Centrix employs 12,000 people in 180 stores"),
        claim("adoption", "Karvel Telecom had 1.4 million fibre broadband customers in Portugal at the end of September", k, "customers",
              "Karvel Telecom had 1.4 million fibre broadband customers in Portugal at the end of September 2025", time=when("2025-09", "month", "at the end of September")),
        claim("pledge", "and aims to reach 2 million by the end of next year.", k, "aims", "Karvel Telecom aims to reach 2 million fibre customers by the end of 2026",
              time=when("2026", "year", "by the end of next year")),
        claim("ownership", "The Lisbon company is 60% owned by the Spanish group Redes Iberia.", k, "owned by", "Redes Iberia owns 60% of Karvel Telecom", "Redes Iberia"),
    ]


def skyfold_drone_order():
    s, mod = "Skyfold Aerospace", "Polish defence ministry"
    aka = ("defence ministry", "the ministry")
    first = "Skyfold Aerospace, the Gdansk drone maker founded by former air force pilot Marek Zielinski, has won an order worth PLN 480m (USD 121m) from the Polish army, the defence ministry said on Wednesday."
    raised = "It raised PLN 150m in 2023 from a group of investors led by the Warsaw fund Baltyk Capital, which owns about a fifth of the company."
    approaches = "Zielinski, who set up the company in 2016 with two engineers from Gdansk University of Technology, said he had turned down approaches from larger groups."
    poland = "Poland plans to spend 4.7% of its economic output on defence this year, the highest share in NATO."
    nowak = "Skyfold's chief financial officer, Ewa Nowak, said the company expected to hire 150 engineers this year and would open a second plant, in Rzeszow, in 2026."
    vodra = "The Czech group Vodra Defence, which listed in Prague in 2024, has a market value of CZK 14bn."
    return "2025-03-06", [
        claim("revenue", "Skyfold wins PLN 480m Polish army drone order", s, "contract won", "Skyfold Aerospace won a PLN 480m drone order from the Polish army",
              value=money("PLN", 480e6)),
        claim("revenue", first, s, "contract won", "Skyfold Aerospace won a PLN 480m order from the Polish army", value=money("PLN", 480e6),
              time=when("2025-03-05", "day", "on Wednesday"), attribution=mod, aliases=aka),
        claim("location", "Skyfold Aerospace, the Gdansk drone maker", s, "based in", "Skyfold Aerospace is based in Gdansk", "Gdansk"),
        claim("founding", "the Gdansk drone maker founded by former air force pilot Marek Zielinski", s, "founded by", "Skyfold Aerospace was founded by Marek Zielinski",
              "Marek Zielinski"),
        claim("other", "The order covers 350 reconnaissance drones to be delivered by the end of 2026, the ministry said.", s, "drones ordered",
              "The order covers 350 drones due by the end of 2026", time=when("2026", "year", "by the end of 2026"), attribution=mod, aliases=aka),
        claim("comparison", "It is the largest contract Skyfold has signed.", s, "largest contract", "The army order is Skyfold Aerospace's largest contract"),
        claim("other", "Skyfold, which employs 520 people", s, "employs", "Skyfold Aerospace employs 520 people"),
        claim("revenue", "Skyfold, which employs 520 people, had revenue of PLN 210m last year.", s, "revenue", "Skyfold Aerospace's revenue was PLN 210m in 2024",
              value=money("PLN", 210e6), time=when("2024", "year", "last year")),
        claim("funding", raised, s, "raised", "Skyfold Aerospace raised PLN 150m in 2023 in a round led by Baltyk Capital", "Baltyk Capital", value=money("PLN", 150e6),
              time=when("2023", "year", "in 2023")),
        claim("ownership", "Baltyk Capital, which owns about a fifth of the company", s, "stake held by", "Baltyk Capital owns about a fifth of Skyfold Aerospace",
              "Baltyk Capital", hedges=["about"]),
        claim("founding", "Zielinski, who set up the company in 2016 with two engineers from Gdansk University of Technology", s, "founded in",
              "Skyfold Aerospace was founded in 2016", "2016", time=when("2016", "year", "in 2016")),
        claim("other", approaches, s, "turned down approaches", "Skyfold Aerospace turned down approaches from larger groups", attribution="Marek Zielinski"),
        claim("pledge", "Aerolan, a Lithuanian maker of drone engines, said last week that it would double production at its Kaunas plant by September.", "Aerolan",
              "will double production", "Aerolan will double production at its Kaunas plant by September 2025", time=when("2025-09", "month", "by September"), attribution="Aerolan"),
        claim("market_cap", vodra, "Vodra Defence", "market value", "Vodra Defence has a market value of CZK 14bn", value=money("CZK", 14e9)),
        claim("other", "Vodra Defence, which listed in Prague in 2024", "Vodra Defence", "listed", "Vodra Defence listed in Prague in 2024", "Prague",
              time=when("2024", "year", "in 2024")),
        claim("pledge", poland, "Poland", "plans to spend", "Poland plans to spend 4.7% of its GDP on defence in 2025", time=when("2025", "year", "this year")),
        claim("comparison", poland, "Poland", "ranked first", "Poland's defence spending share is the highest in NATO", time=when("2025", "year", "this year")),
        claim("pledge", "The government has said that at least PLN 3bn of that will go on drones and counter-drone systems by 2027.", "Polish government", "pledged",
              "The Polish government will spend at least PLN 3bn on drones and counter-drone systems by 2027", value=money("PLN", low=3e9),
              time=when("2027", "year", "by 2027"), attribution="Polish government"),
        claim("pledge", nowak, s, "plans to hire", "Skyfold Aerospace expects to hire 150 engineers in 2025", time=when("2025", "year", "this year"), attribution="Ewa Nowak",
              hedges=["expected"]),
        claim("pledge", nowak, s, "will open", "Skyfold Aerospace will open a second plant, in Rzeszow, in 2026", "Rzeszow", time=when("2026", "year", "in 2026"),
              attribution="Ewa Nowak"),
    ]


def castellan_bank_results():
    c, fpc = "Castellan Banking Group", "Financial Policy Committee"
    first = "Castellan Banking Group raised its forecast for net interest income on Thursday after mortgage lending in the first half rose faster than it had expected, and said it would return another £150m to shareholders through a share buyback."
    thu = when("2025-07-24", "day", "on Thursday")
    about = "Castellan, which is based in Leeds and has about 6.1 million customers"
    cuts = "The bank has cut 900 jobs since January as it moves more of its services online, and it plans to close a further 35 branches by March next year, Ferreira said."
    app = "The app, which was founded in 2018 by Owen Lacey and Mira Sandhu, now has 800,000 users, the group said."
    founded = "The app, which was founded in 2018 by Owen Lacey and Mira Sandhu"
    y2018 = when("2018", "year", "in 2018")
    return "2025-07-25", [
        claim("revenue", "Castellan raises income forecast as mortgage lending picks up", c, "revenue forecast", "Castellan Banking Group raised its net interest income forecast"),
        claim("revenue", "Castellan Banking Group raised its forecast for net interest income on Thursday after mortgage lending in the first half rose faster than it had expected",
              c, "revenue forecast", "Castellan Banking Group raised its net interest income forecast on 24 July 2025", time=thu),
        claim("pledge", first, c, "share buyback", "Castellan Banking Group will return GBP 150m to shareholders through a share buyback", value=money("GBP", 150e6),
              time=thu, attribution=c),
        claim("revenue", "The lender now expects net interest income of between £1.32bn and £1.36bn this year, up from a previous range of £1.25bn to £1.30bn.", c,
              "revenue forecast", "Castellan Banking Group expects net interest income of GBP 1.32bn to 1.36bn in 2025", value=money("GBP", low=1.32e9, high=1.36e9),
              time=when("2025", "year", "this year"), attribution=c, hedges=["expects"]),
        claim("other", "Pre-tax profit for the six months to June rose 18% to £412m, the group said.", c, "pre-tax profit",
              "Castellan Banking Group's pre-tax profit was GBP 412m in the six months to June 2025", value=money("GBP", 412e6),
              time=when("2025-06", "month", "the six months to June"), attribution=c),
        claim("location", "Castellan, which is based in Leeds", c, "based in", "Castellan Banking Group is based in Leeds", "Leeds"),
        claim("adoption", about, c, "customers", "Castellan Banking Group has about 6.1 million customers", hedges=["about"]),
        claim("other", "Castellan, which is based in Leeds and has about 6.1 million customers, will pay an interim dividend of 4.8p a share, up from 4.1p a year earlier.", c,
              "dividend", "Castellan Banking Group will pay an interim dividend of 4.8p a share", value=money("GBP", 0.048)),
        claim("pledge", "The buyback is due to be completed by the end of December.", c, "share buyback", "Castellan Banking Group's buyback is due to be completed by the end of December 2025",
              time=when("2025-12", "month", "by the end of December")),
        claim("market_cap", "Its shares rose 6% by midday, valuing the bank at about £5.4bn.", c, "market value", "Castellan Banking Group's market value was about GBP 5.4bn",
              value=money("GBP", 5.4e9, approximate=True), hedges=["about"]),
        claim("other", "Chief executive Nadia Ferreira said new mortgage lending reached £3.9bn in the first half, the most since 2021.", c, "mortgage lending",
              "Castellan Banking Group's new mortgage lending was GBP 3.9bn in H1 2025", value=money("GBP", 3.9e9), time=when("2025-06", "month", "in the first half"),
              attribution="Nadia Ferreira"),
        claim("other", cuts, c, "jobs cut", "Castellan Banking Group has cut 900 jobs since January 2025", time=when("2025-01", "month", "since January"), attribution="Nadia Ferreira"),
        claim("pledge", cuts, c, "plans to close", "Castellan Banking Group plans to close 35 more branches by March 2026", time=when("2026-03", "month", "by March next year"),
              attribution="Nadia Ferreira", hedges=["plans"]),
        claim("investment", "Castellan bought the savings app Pennyway in 2022 for £140m.", c, "bought", "Castellan Banking Group bought Pennyway for GBP 140m in 2022", "Pennyway",
              value=money("GBP", 140e6), time=when("2022", "year", "in 2022")),
        claim("founding", founded, "Pennyway", "founded in", "Pennyway was founded in 2018", "2018", time=y2018),
        claim("founding", founded, "Pennyway", "founded by", "Pennyway was founded by Owen Lacey", "Owen Lacey", time=y2018),
        claim("founding", founded, "Pennyway", "founded by", "Pennyway was founded by Mira Sandhu", "Mira Sandhu", time=y2018),
        claim("adoption", app, "Pennyway", "users", "Pennyway has 800,000 users", time=when("2025-07-25", "day", "now"), attribution=c),
        claim("comparison", "Rival lender Tamworth Mutual said this week that its own mortgage approvals rose 11% in the second quarter.", "Tamworth Mutual", "mortgage approvals",
              "Tamworth Mutual's mortgage approvals rose 11% in Q2 2025", time=when("2025-06", "month", "the second quarter"), attribution="Tamworth Mutual"),
        claim("warning", "The Bank of England's Financial Policy Committee warned this month that one in five borrowers coming off fixed-rate deals would face payments at least 30% higher.",
              fpc, "warned", "The Financial Policy Committee warned one in five borrowers leaving fixed-rate deals face payments at least 30% higher",
              time=when("2025-07", "month", "this month"), attribution=fpc, aliases=("Bank of England's Financial Policy Committee",)),
        claim("ownership", "Castellan's largest shareholder is the Norwegian sovereign fund Fjordvik Investment, which holds 7.2% of the company.", c, "stake held by",
              "Fjordvik Investment owns 7.2% of Castellan Banking Group", "Fjordvik Investment"),
    ]


def danish_research_spending():
    biz, bureau, gov = "Danish businesses", "Danish Bureau of Business Statistics", "Danish government"
    aka = ("the bureau",)
    helvik = "Helvik Pharma, the country's largest drug maker by sales, said in February that it would spend DKK 9bn on a new research centre in Aarhus over five years."
    return "2025-06-03", [
        claim("comparison", "Business spending on research rises 7% as drug makers expand", biz, "research spending", "Danish business research spending rose 7%"),
        claim("investment", "Businesses in Denmark spent DKK 58.2bn on research and development in 2024, up 7% from the year before, the Danish Bureau of Business Statistics said.",
              biz, "research spending", "Businesses in Denmark spent DKK 58.2bn on R&D in 2024", value=money("DKK", 58.2e9), time=when("2024", "year", "in 2024"),
              attribution=bureau, aliases=aka),
        claim("comparison", "Spending has risen every year since 2015.", biz, "research spending", "Danish business research spending has risen every year since 2015",
              time=when("2015", "year", "since 2015")),
        claim("comparison", "Pharmaceutical companies accounted for 46% of the total, more than any other industry.", "Danish pharmaceutical companies", "ranked first",
              "Pharmaceutical companies made 46% of Danish business research spending, more than any other industry"),
        claim("investment", "Spending by software and IT firms grew fastest, by 19%, to DKK 7.4bn.", "Danish software and IT firms", "research spending",
              "Danish software and IT firms spent DKK 7.4bn on research", value=money("DKK", 7.4e9)),
        claim("other", "The number of businesses doing research rose to 4,310 from 4,180, the bureau said.", biz, "firms doing research",
              "4,310 Danish businesses do research", attribution=bureau, aliases=aka),
        claim("other", "About 52,000 people worked in research jobs at the end of 2024.", biz, "research jobs", "About 52,000 people worked in business research jobs at end-2024",
              time=when("2024-12", "month", "at the end of 2024"), hedges=["About"]),
        claim("investment", "Capital Region | 34.1 | 14.6", "Capital Region", "research spending", "Businesses in the Capital Region spent DKK 34.1bn on research", value=money("DKK", 34.1e9)),
        claim("investment", "Central Jutland | 9.8 | 11.2", "Central Jutland", "research spending", "Businesses in Central Jutland spent DKK 9.8bn on research", value=money("DKK", 9.8e9)),
        claim("investment", "Southern Denmark | 7.2 | 9.7", "Southern Denmark", "research spending", "Businesses in Southern Denmark spent DKK 7.2bn on research", value=money("DKK", 7.2e9)),
        claim("investment", "Zealand | 4.3 | 8.1", "Zealand", "research spending", "Businesses in Zealand spent DKK 4.3bn on research", value=money("DKK", 4.3e9)),
        claim("investment", "North Jutland | 2.8 | 7.4", "North Jutland", "research spending", "Businesses in North Jutland spent DKK 2.8bn on research", value=money("DKK", 2.8e9)),
        claim("comparison", "The Capital Region ranked first on both measures.", "Capital Region", "ranked first", "The Capital Region ranked first on research spending and share of firms"),
        claim("comparison", "North Jutland had the lowest share of firms doing research", "North Jutland", "ranked last", "North Jutland had the lowest share of firms doing research"),
        claim("comparison", "though its spending grew 12%, the second-fastest rise", "North Jutland", "research spending", "North Jutland's research spending grew 12%, the second-fastest rise"),
        claim("investment", "Small firms with fewer than 50 staff spent DKK 6.1bn, or about a tenth of the total.", "Danish small firms", "research spending",
              "Danish firms with fewer than 50 staff spent DKK 6.1bn on research", value=money("DKK", 6.1e9)),
        claim("warning", "The bureau warned that small firms had cut research jobs for a second year and that survey responses from them had fallen, making their figures less reliable.",
              bureau, "warned", "The bureau warned small firms cut research jobs for a second year and their figures are less reliable", attribution=bureau, aliases=aka),
        claim("pledge", "The government has set a target for total research spending, public and private, of 3.5% of economic output by 2030.", gov, "target",
              "The Danish government targets research spending of 3.5% of GDP by 2030", time=when("2030", "year", "by 2030")),
        claim("pledge", "It said in March it would add DKK 1.5bn a year to a tax credit for research from next year.", gov, "pledged",
              "The Danish government will add DKK 1.5bn a year to a research tax credit from 2026", value=money("DKK", 1.5e9), time=when("2026", "year", "from next year"),
              attribution=gov),
        claim("comparison", "Helvik Pharma, the country's largest drug maker by sales", "Helvik Pharma", "ranked first", "Helvik Pharma is Denmark's largest drug maker by sales"),
        claim("pledge", helvik, "Helvik Pharma", "plans to spend", "Helvik Pharma will spend DKK 9bn on a research centre in Aarhus over five years", value=money("DKK", 9e9),
              time=when("2025-02", "month", "in February"), attribution="Helvik Pharma"),
        claim("founding", "The bureau, which was set up in 1998", bureau, "founded in", "The Danish Bureau of Business Statistics was set up in 1998", "1998",
              time=when("1998", "year", "in 1998")),
    ]


def tessary_founder_profile():
    t, m = "Tessary", "Marta Lindqvist"
    started = "the Gothenburg company she started in 2019 with her brother Johan"
    y2019 = when("2019", "year", "in 2019")
    alvik = "The Stockholm venture firm Alvik Partners, which led a SEK 350m round in 2023, holds 22%."
    factory = "Lindqvist wants that to reach 450 by the end of next year, and is building a second factory in Poznan, Poland, which will cost about EUR 40m."
    return "2025-10-14", [
        claim("location", "Tessary, the Gothenburg company", t, "based in", "Tessary is based in Gothenburg", "Gothenburg"),
        claim("founding", started, t, "founded in", "Tessary was founded in 2019", "2019", time=y2019),
        claim("founding", started, t, "founded by", "Tessary was founded by Marta Lindqvist", m, time=y2019),
        claim("founding", started, t, "founded by", "Tessary was founded by Johan Lindqvist", "Johan Lindqvist", time=y2019),
        claim("other", "Tessary, the Gothenburg company she started in 2019 with her brother Johan, makes robots that sort recycled plastic by colour and type", t, "makes",
              "Tessary makes robots that sort recycled plastic"),
        claim("valuation", "We turned down two offers this year", t, "offers", "Tessary turned down two offers in 2025", time=when("2025", "year", "this year"), attribution=m),
        claim("valuation", "One of them valued us at about SEK 1.2bn.", t, "valued at", "One offer valued Tessary at about SEK 1.2bn", value=money("SEK", 1.2e9, approximate=True),
              attribution=m, hedges=["about"]),
        claim("revenue", "Tessary had sales of SEK 214m last year, up from SEK 131m in 2023, according to its annual report.", t, "revenue", "Tessary's sales were SEK 214m in 2024",
              value=money("SEK", 214e6), time=when("2024", "year", "last year"), attribution=t, aliases=("its annual report", "annual report")),
        claim("other", "It made an operating loss of SEK 38m.", t, "operating loss", "Tessary made an operating loss of SEK 38m", value=money("SEK", 38e6)),
        claim("pledge", "We will be profitable in 2026", t, "aims", "Tessary will be profitable in 2026", time=when("2026", "year", "in 2026"), attribution=m),
        claim("other", "The company has installed 140 sorting lines, most of them in Sweden and Germany.", t, "installed", "Tessary has installed 140 sorting lines"),
        claim("adoption", "Its largest customer is the German waste group Rekon Umwelt, which has ordered 30 lines since 2022.", t, "used by",
              "Rekon Umwelt is Tessary's largest customer", "Rekon Umwelt"),
        claim("other", "the German waste group Rekon Umwelt, which has ordered 30 lines since 2022", "Rekon Umwelt", "ordered", "Rekon Umwelt has ordered 30 Tessary lines since 2022",
              time=when("2022", "year", "since 2022")),
        claim("other", "Tessary employs 310 people.", t, "employs", "Tessary employs 310 people"),
        claim("pledge", factory, t, "headcount target", "Tessary aims to employ 450 people by the end of 2026", time=when("2026", "year", "by the end of next year")),
        claim("investment", factory, t, "building", "Tessary is building a second factory in Poznan, to cost about EUR 40m", value=money("EUR", 40e6, approximate=True),
              hedges=["about"]),
        claim("ownership", "The siblings own 41% of the company between them.", t, "stake held by", "Tessary's founders own 41% of it", "founders"),
        claim("ownership", alvik, t, "stake held by", "Alvik Partners owns 22% of Tessary", "Alvik Partners"),
        claim("funding", "The Stockholm venture firm Alvik Partners, which led a SEK 350m round in 2023", t, "raised", "Tessary raised SEK 350m in 2023 in a round led by Alvik Partners",
              "Alvik Partners", value=money("SEK", 350e6), time=when("2023", "year", "in 2023")),
        claim("policy", "New EU packaging rules, which require plastic bottles to contain at least 30% recycled material by 2030", "European Union", "packaging rules",
              "EU packaging rules require plastic bottles to contain at least 30% recycled material by 2030", time=when("2030", "year", "by 2030")),
        claim("warning", "The Swedish Recycling Council warned in May that only 14% of plastic packaging collected in Sweden last year was recycled into new packaging.",
              "Swedish Recycling Council", "warned", "The Swedish Recycling Council warned only 14% of plastic packaging collected in Sweden in 2024 was recycled into packaging",
              time=when("2025-05", "month", "in May"), attribution="Swedish Recycling Council"),
        claim("funding", "Rival Optisort Systems, based in Tampere, raised EUR 60m in September.", "Optisort Systems", "raised", "Optisort Systems raised EUR 60m in September 2025",
              value=money("EUR", 60e6), time=when("2025-09", "month", "in September")),
        claim("location", "Optisort Systems, based in Tampere", "Optisort Systems", "based in", "Optisort Systems is based in Tampere", "Tampere"),
    ]


def fellbeck_brewery_wire():
    f, sk, bbpa = "Fellbeck Brewing Company", "Skiddaw Ales", "British Beer and Pub Association"
    first = "Fellbeck Brewing Company, the family-owned brewer that runs 38 pubs across Cumbria, has agreed to buy the Keswick brewer Skiddaw Ales for £12.5m, the company said on Monday."
    founded = "Fellbeck, which was founded in 1874 by the Armitage family"
    skf = "Skiddaw Ales, set up in 1998 by former teacher Colin Ashby"
    skd = "Skiddaw Ales, set up in 1998 by former teacher Colin Ashby, had sales of £9.4m last year and brews 40,000 barrels a year."
    harriet = "Chief executive Harriet Armitage said Fellbeck would spend £6m over the next two years refurbishing the pubs it is buying and would keep all 140 of Skiddaw's staff."
    own = "The family holds 82% of the company; the rest is owned by staff."
    wind = "Rival Windermere Inns, which is listed in London and has a market value of about £210m, said on Friday that it would open five pubs in Cumbria next year."
    y1874, y1998 = when("1874", "year", "in 1874"), when("1998", "year", "in 1998")
    return "2025-10-14", [
        claim("investment", "Fellbeck Brewing buys Keswick rival as takings rise", f, "bought", "Fellbeck Brewing Company is buying Skiddaw Ales", sk),
        claim("investment", first, f, "bought", "Fellbeck Brewing Company agreed to buy Skiddaw Ales for GBP 12.5m", sk, value=money("GBP", 12.5e6),
              time=when("2025-10-13", "day", "on Monday"), attribution=f),
        claim("other", "Fellbeck Brewing Company, the family-owned brewer that runs 38 pubs across Cumbria", f, "pubs run", "Fellbeck Brewing Company runs 38 pubs in Cumbria"),
        claim("location", "the Keswick brewer Skiddaw Ales", sk, "based in", "Skiddaw Ales is based in Keswick", "Keswick"),
        claim("founding", founded, f, "founded in", "Fellbeck Brewing Company was founded in 1874", "1874", time=y1874),
        claim("founding", founded, f, "founded by", "Fellbeck Brewing Company was founded by the Armitage family", "Armitage family", time=y1874),
        claim("other", "Fellbeck, which was founded in 1874 by the Armitage family, employs 640 staff.", f, "employs", "Fellbeck Brewing Company employs 640 staff"),
        claim("revenue", "Its takings rose 9% to £71m in the year to August, helped by a warm summer.", f, "revenue", "Fellbeck Brewing Company's takings were GBP 71m in the year to August 2025",
              value=money("GBP", 71e6), time=when("2025-08", "month", "the year to August")),
        claim("other", "It also cut its debt to £18m.", f, "debt", "Fellbeck Brewing Company cut its debt to GBP 18m", value=money("GBP", 18e6)),
        claim("other", "The brewer said the deal would add three breweries and 22 pubs to its estate.", f, "pubs added",
              "The Skiddaw Ales deal adds three breweries and 22 pubs to Fellbeck Brewing Company's estate", attribution=f),
        claim("founding", skf, sk, "founded in", "Skiddaw Ales was founded in 1998", "1998", time=y1998),
        claim("founding", skf, sk, "founded by", "Skiddaw Ales was founded by Colin Ashby", "Colin Ashby", time=y1998),
        claim("revenue", skd, sk, "revenue", "Skiddaw Ales had sales of GBP 9.4m in 2024", value=money("GBP", 9.4e6), time=when("2024", "year", "last year")),
        claim("other", skd, sk, "output", "Skiddaw Ales brews 40,000 barrels a year"),
        claim("pledge", harriet, f, "will spend", "Fellbeck Brewing Company will spend GBP 6m over two years refurbishing the pubs it is buying", value=money("GBP", 6e6),
              time=when(None, None, "over the next two years"), attribution="Harriet Armitage"),
        claim("pledge", harriet, f, "will keep staff", "Fellbeck Brewing Company will keep all 140 of Skiddaw Ales's staff", attribution="Harriet Armitage"),
        claim("other", harriet, sk, "employs", "Skiddaw Ales employs 140 staff", attribution="Harriet Armitage"),
        claim("pledge", "The deal is due to be completed by the end of November.", f, "purchase completion", "Fellbeck Brewing Company's purchase of Skiddaw Ales is due by the end of November 2025",
              time=when("2025-11", "month", "by the end of November")),
        claim("ownership", own, f, "stake held by", "The Armitage family owns 82% of Fellbeck Brewing Company", "Armitage family"),
        claim("ownership", own, f, "stake held by", "Staff own the rest of Fellbeck Brewing Company", "staff"),
        claim("warning", "The British Beer and Pub Association warned last month that one in ten pubs in the region could close within two years.", bbpa, "warned",
              "The British Beer and Pub Association warned one in ten pubs in the north of England could close within two years", time=when("2025-09", "month", "last month"),
              attribution=bbpa),
        claim("revenue", "Income at the region's pubs slipped 3% to £1.1bn in the first half, it said.", "pubs in the north of England", "revenue",
              "Income at pubs in the north of England was GBP 1.1bn in H1 2025", value=money("GBP", 1.1e9), time=when("2025-06", "month", "in the first half"), attribution=bbpa),
        claim("other", "Rival Windermere Inns, which is listed in London", "Windermere Inns", "listed", "Windermere Inns is listed in London", "London"),
        claim("market_cap", "Rival Windermere Inns, which is listed in London and has a market value of about £210m", "Windermere Inns", "market value",
              "Windermere Inns has a market value of about GBP 210m", value=money("GBP", 210e6, approximate=True), hedges=["about"]),
        claim("pledge", wind, "Windermere Inns", "will open", "Windermere Inns will open five pubs in Cumbria in 2026", time=when("2026", "year", "next year"), attribution="Windermere Inns"),
    ]


def irish_power_price_cap():
    esa, gov, corrib = "Energy Supply Authority", "Irish government", "Corrib Power"
    aka = ("the authority", "the regulator")
    cap = "The Energy Supply Authority will cap the price households pay for electricity at 31 cents a kilowatt-hour from January next year, 4 cents below the current level, it said on Monday."
    brennan = "Energy minister Aoife Brennan said the government would spend €400m over three years on grants for heat pumps, with half reserved for homes in rural counties, and would bring forward a bill on supplier licences by June next year."
    galway = "The Galway supplier, owned by the Canadian utility Norhaven Energy since 2021, made an operating profit of €122m last year, up from €95m."
    bright = "Brightwater Energy, a Cork start-up with 45,000 customers, said it had raised €20m from investors including the state-backed Atlantic Innovation Fund in September."
    return "2025-12-02", [
        claim("policy", "Regulator caps household power prices as minister pledges €400m for heat pumps", esa, "price cap", "The Energy Supply Authority caps household power prices"),
        claim("pledge", "Regulator caps household power prices as minister pledges €400m for heat pumps", gov, "will spend", "The Irish government pledges EUR 400m for heat pumps",
              value=money("EUR", 400e6)),
        claim("policy", cap, esa, "price cap", "The Energy Supply Authority will cap household electricity prices at EUR 0.31 a kWh from January 2026", value=money("EUR", 0.31),
              time=when("2026-01", "month", "from January next year"), attribution=esa, aliases=aka),
        claim("policy", "The cap covers 2.1 million homes on standard tariffs.", esa, "price cap", "The Energy Supply Authority's price cap covers 2.1 million homes"),
        claim("founding", "The authority, which was set up in 2019", esa, "founded in", "The Energy Supply Authority was set up in 2019", "2019", time=when("2019", "year", "in 2019")),
        claim("other", "The authority, which was set up in 2019 to take over the licensing of suppliers, said suppliers had overcharged customers by a combined €86m in the past two years.",
              "Irish energy suppliers", "overcharged", "Irish energy suppliers overcharged customers by EUR 86m in two years", value=money("EUR", 86e6),
              time=when(None, None, "in the past two years"), attribution=esa, aliases=aka),
        claim("pledge", "It will review the cap every six months.", esa, "will review", "The Energy Supply Authority will review the price cap every six months"),
        claim("adoption", "The largest of them, Corrib Power, serves 780,000 homes.", corrib, "customers", "Corrib Power serves 780,000 homes"),
        claim("other", "It will repay €31m, the regulator said.", corrib, "will repay", "Corrib Power will repay EUR 31m", value=money("EUR", 31e6), attribution=esa, aliases=aka),
        claim("location", "The Galway supplier", corrib, "based in", "Corrib Power is based in Galway", "Galway"),
        claim("ownership", "The Galway supplier, owned by the Canadian utility Norhaven Energy since 2021", corrib, "stake held by", "Norhaven Energy has owned Corrib Power since 2021",
              "Norhaven Energy", time=when("2021", "year", "since 2021")),
        claim("other", galway, corrib, "operating profit", "Corrib Power made an operating profit of EUR 122m in 2024", value=money("EUR", 122e6), time=when("2024", "year", "last year")),
        claim("other", "Its chief executive, Liam Doherty, said the company had already frozen prices for 60,000 customers on prepay meters.", corrib, "prices frozen",
              "Corrib Power has frozen prices for 60,000 prepay customers", attribution="Liam Doherty"),
        claim("pledge", brennan, gov, "will spend", "The Irish government will spend EUR 400m over three years on heat pump grants", value=money("EUR", 400e6),
              time=when(None, None, "over three years"), attribution="Aoife Brennan"),
        claim("pledge", brennan, gov, "will bring forward", "The Irish government will bring forward a bill on supplier licences by June 2026",
              time=when("2026-06", "month", "by June next year"), attribution="Aoife Brennan"),
        claim("warning", "The Irish Fiscal Council warned in October that the cost of energy support schemes had reached €1.9bn and was not sustainable.", "Irish Fiscal Council", "warned",
              "The Irish Fiscal Council warned the EUR 1.9bn cost of energy support schemes was not sustainable", value=money("EUR", 1.9e9),
              time=when("2025-10", "month", "in October"), attribution="Irish Fiscal Council"),
        claim("other", "About 9% of Irish households are behind on their power bills, according to the authority.", "Irish households", "in arrears",
              "About 9% of Irish households are behind on their power bills", attribution=esa, hedges=["about"], aliases=aka),
        claim("location", "Brightwater Energy, a Cork start-up", "Brightwater Energy", "based in", "Brightwater Energy is based in Cork", "Cork"),
        claim("adoption", "Brightwater Energy, a Cork start-up with 45,000 customers", "Brightwater Energy", "customers", "Brightwater Energy has 45,000 customers"),
        claim("funding", bright, "Brightwater Energy", "raised", "Brightwater Energy raised EUR 20m in September 2025 from investors including the Atlantic Innovation Fund",
              "Atlantic Innovation Fund", value=money("EUR", 20e6), time=when("2025-09", "month", "in September"), attribution="Brightwater Energy"),
    ]


def portugal_venture_roundup():
    pt, tagus, mar, bras = "Portuguese start-ups", "Tagus Insights", "Marevia", "Brasapay"
    first = "Portuguese start-ups raised €140m in five deals this week, the most in a single week since March, according to data from the research firm Tagus Insights."
    marevia = "The largest went to Marevia, a Porto maker of software for fishing fleets, which raised €55m in a round led by the London fund Keel Ventures."
    set_up = "Marevia, set up in 2019 by Moura and Rui Tavares"
    y2019 = when("2019", "year", "in 2019")
    total = "Venture investment in Portugal reached €1.6bn in the first ten months of the year, Tagus Insights said, against €1.2bn in all of 2024."
    return "2025-11-21", [
        claim("funding", "Deals of the week: Portuguese start-ups draw €140m", pt, "raised", "Portuguese start-ups raised EUR 140m in a week", value=money("EUR", 140e6)),
        claim("funding", first, pt, "raised", "Portuguese start-ups raised EUR 140m in five deals in the week to 21 November 2025", value=money("EUR", 140e6),
              time=when("2025-11", "month", "this week"), attribution=tagus),
        claim("funding", marevia, mar, "raised", "Marevia raised EUR 55m in a round led by Keel Ventures", "Keel Ventures", value=money("EUR", 55e6)),
        claim("location", "Marevia, a Porto maker of software for fishing fleets", mar, "based in", "Marevia is based in Porto", "Porto"),
        claim("adoption", "The company, whose tools track a fleet of 1,900 vessels", mar, "users", "Marevia's tools track 1,900 vessels"),
        claim("valuation", "The company, whose tools track a fleet of 1,900 vessels, was valued at €300m.", mar, "valued at", "Marevia was valued at EUR 300m",
              value=money("EUR", 300e6)),
        claim("revenue", "Its co-founder Ines Moura said revenue would double to €24m next year.", mar, "revenue forecast", "Marevia expects revenue to double to EUR 24m in 2026",
              value=money("EUR", 24e6), time=when("2026", "year", "next year"), attribution="Ines Moura"),
        claim("founding", set_up, mar, "founded in", "Marevia was founded in 2019", "2019", time=y2019),
        claim("founding", set_up, mar, "founded by", "Marevia was founded by Ines Moura", "Ines Moura", time=y2019),
        claim("founding", set_up, mar, "founded by", "Marevia was founded by Rui Tavares", "Rui Tavares", time=y2019),
        claim("other", "Marevia, set up in 2019 by Moura and Rui Tavares, employs 210 people in Porto and Vigo.", mar, "employs", "Marevia employs 210 people"),
        claim("funding", "Lisbon payments start-up Brasapay took €38m from Sunstone Capital and existing backers.", bras, "raised",
              "Brasapay raised EUR 38m from Sunstone Capital and existing backers", "Sunstone Capital", value=money("EUR", 38e6)),
        claim("location", "Lisbon payments start-up Brasapay", bras, "based in", "Brasapay is based in Lisbon", "Lisbon"),
        claim("founding", "Brasapay, founded in 2020", bras, "founded in", "Brasapay was founded in 2020", "2020", time=when("2020", "year", "in 2020")),
        claim("adoption", "Brasapay, founded in 2020, processes payments for 14,000 shops", bras, "customers", "Brasapay processes payments for 14,000 shops"),
        claim("revenue", "its income grew to €11m in the first half", bras, "revenue", "Brasapay's income was EUR 11m in H1 2025", value=money("EUR", 11e6),
              time=when("2025-06", "month", "in the first half")),
        claim("funding", "Vinhal, a wine logistics firm, raised €21m", "Vinhal", "raised", "Vinhal raised EUR 21m", value=money("EUR", 21e6)),
        claim("funding", "the robotics start-up Atrio raised €16m", "Atrio", "raised", "Atrio raised EUR 16m", value=money("EUR", 16e6)),
        claim("funding", "Quilha, which makes sensors for ports, raised €10m", "Quilha", "raised", "Quilha raised EUR 10m", value=money("EUR", 10e6)),
        claim("location", "Atrio, based in Braga", "Atrio", "based in", "Atrio is based in Braga", "Braga"),
        claim("adoption", "Atrio, based in Braga, builds robots for warehouses and counts the grocer Minho Retalho among its customers.", "Atrio", "used by",
              "Minho Retalho is a customer of Atrio", "Minho Retalho"),
        claim("funding", "Meanwhile, Alfama Partners closed its third fund at €250m, above its target of €200m.", "Alfama Partners", "fund closed",
              "Alfama Partners closed its third fund at EUR 250m", value=money("EUR", 250e6)),
        claim("other", "The firm, which has backed 60 start-ups since 2012", "Alfama Partners", "start-ups backed", "Alfama Partners has backed 60 start-ups since 2012",
              time=when("2012", "year", "since 2012")),
        claim("pledge", "The firm, which has backed 60 start-ups since 2012, said it would invest a third of the fund outside Portugal.", "Alfama Partners", "will invest",
              "Alfama Partners will invest a third of its third fund outside Portugal", attribution="Alfama Partners"),
        claim("funding", total, "Portugal", "venture investment", "Venture investment in Portugal was EUR 1.6bn in January to October 2025", value=money("EUR", 1.6e9),
              time=when("2025-10", "month", "the first ten months of the year"), attribution=tagus),
        claim("funding", total, "Portugal", "venture investment", "Venture investment in Portugal was EUR 1.2bn in 2024", value=money("EUR", 1.2e9),
              time=when("2024", "year", "in all of 2024"), attribution=tagus),
        claim("other", "The country had 2,900 start-ups at the end of September, it said, a third of them in Lisbon.", "Portugal", "start-ups",
              "Portugal had 2,900 start-ups at the end of September 2025", time=when("2025-09", "month", "at the end of September"), attribution=tagus),
    ]


def kelda_ferries_results():
    kelda = "Kelda Ferries"
    staff = "Kelda, founded in 1919 and listed on the Oslo Stock Exchange since 2007, employs 1,850 people."
    passengers = "- 3.2 million passengers carried, a record for the period"
    contract = "The Norwegian Public Roads Administration renewed Kelda's contract for the Hordaland routes in March"
    return "2025-08-21", [
        claim("other", "Kelda Ferries ASA, which runs passenger and freight routes along the Norwegian coast", kelda, "operates",
              "Kelda Ferries runs passenger and freight routes along the Norwegian coast"),
        claim("revenue", "- Revenue of NOK 2.41 billion, up 7% from NOK 2.25 billion a year earlier", kelda, "revenue",
              "Kelda Ferries had revenue of NOK 2.41bn in the first half of 2025", value=money("NOK", 2.41e9)),
        claim("other", "- Operating profit of NOK 318 million (first half of 2024: NOK 276 million)", kelda, "operating profit",
              "Kelda Ferries made an operating profit of NOK 318m in the first half of 2025", value=money("NOK", 318e6)),
        claim("other", passengers, kelda, "passengers carried", "Kelda Ferries carried 3.2 million passengers in the first half of 2025"),
        claim("comparison", passengers, kelda, "record passengers", "Kelda Ferries carried more passengers than in any earlier first half"),
        claim("other", "- Net debt of NOK 1.9 billion at 30 June", kelda, "net debt", "Kelda Ferries had net debt of NOK 1.9bn on 30 June 2025",
              value=money("NOK", 1.9e9), time=when("2025-06-30", "day", "at 30 June")),
        claim("investment", "Kelda ordered the two battery-powered ferries from the Turkish shipyard Aydin Tersanesi in 2022 for a combined NOK 1.1 billion.",
              kelda, "ordered", "Kelda Ferries ordered two electric ferries from Aydin Tersanesi for NOK 1.1bn", "Aydin Tersanesi",
              value=money("NOK", 1.1e9), time=when("2022", "year", "in 2022")),
        claim("pledge", "A third is due to enter service by the end of 2026.", kelda, "will bring into service",
              "A third electric ferry of Kelda Ferries is due in service by the end of 2026", time=when("2026", "year", "by the end of 2026")),
        claim("revenue", "The company expects full-year revenue of between NOK 4.9 billion and NOK 5.1 billion.", kelda, "revenue forecast",
              "Kelda Ferries expects revenue of NOK 4.9bn to 5.1bn for 2025", value=money("NOK", low=4.9e9, high=5.1e9), attribution=kelda,
              hedges=["expects"]),
        claim("other", "It will pay an interim dividend of NOK 2.50 per share in September.", kelda, "dividend",
              "Kelda Ferries will pay an interim dividend of NOK 2.50 a share in September 2025", value=money("NOK", 2.5),
              time=when("2025-09", "month", "in September")),
        claim("other", "Fuel costs fell 11% in the period as the electric ships replaced two diesel vessels on the Bergen-Stord route.", kelda, "fuel costs",
              "Kelda Ferries' fuel costs fell 11% in the first half of 2025"),
        claim("pledge", "Kelda said it would spend NOK 450 million over the next three years on charging points at 12 ports.", kelda, "will spend",
              "Kelda Ferries will spend NOK 450m on charging points at 12 ports", value=money("NOK", 450e6),
              time=when(None, None, "over the next three years"), attribution=kelda),
        claim("founding", "Kelda, founded in 1919", kelda, "founded in", "Kelda Ferries was founded in 1919", "1919", time=when("1919", "year", "in 1919")),
        claim("other", "listed on the Oslo Stock Exchange since 2007", kelda, "listed on", "Kelda Ferries has been listed in Oslo since 2007",
              "Oslo Stock Exchange", time=when("2007", "year", "since 2007")),
        claim("other", staff, kelda, "employs", "Kelda Ferries employs 1,850 people"),
        claim("ownership", "The Rasmussen family holds 34% of its shares.", kelda, "stake held by", "The Rasmussen family owns 34% of Kelda Ferries",
              "Rasmussen family"),
        claim("other", contract, kelda, "contract renewed by", "The Norwegian Public Roads Administration renewed Kelda Ferries' Hordaland contract",
              "Norwegian Public Roads Administration", time=when("2025-03", "month", "in March")),
        claim("revenue", "the ten-year contract is worth about NOK 6 billion", kelda, "contract value",
              "Kelda Ferries' ten-year Hordaland contract is worth about NOK 6bn", value=money("NOK", 6e9, approximate=True), hedges=["about"]),
    ]


def data_watchdog_fine():
    lumeno, dpc = "Lumeno", "Data Protection Commission"
    fine = ("The Data Protection Commission fined the social media app Lumeno EUR 22 million on Tuesday after finding that it had shown the "
            "profiles of users aged 13 to 17 to strangers by default.")
    tue = when("2025-11-04", "day", "on Tuesday")
    appeal = "Lumeno, which is owned by the Singapore group Tandem Digital, said it disagreed with the decision and would appeal to the High Court."
    founded, y2018 = "Lumeno was founded in Dublin in 2018 by the brothers Cian and Ronan Hegarty.", when("2018", "year", "in 2018")
    return "2025-11-05", [
        claim("other", "Watchdog fines Lumeno EUR 22m over children's data", lumeno, "fined by", "Lumeno was fined EUR 22m", dpc,
              value=money("EUR", 22e6)),
        claim("other", fine, lumeno, "fined by", "The Data Protection Commission fined Lumeno EUR 22m", dpc, value=money("EUR", 22e6), time=tue),
        claim("warning", fine, dpc, "found", "The Data Protection Commission found that Lumeno showed teenagers' profiles to strangers by default",
              time=tue, attribution=dpc),
        claim("warning", "The commission said the settings had exposed the data of about 1.4 million teenagers in the European Union between July 2022 and March 2024.",
              dpc, "found", "Lumeno's settings exposed the data of about 1.4 million teenagers in the EU from July 2022 to March 2024",
              time=when("2024-03", "month", "between July 2022 and March 2024"), attribution=dpc),
        claim("other", "It ordered Lumeno to change its settings for young users within three months.", lumeno, "ordered by",
              "The Data Protection Commission ordered Lumeno to change its settings for young users within three months", dpc,
              time=when(None, None, "within three months")),
        claim("ownership", "Lumeno, which is owned by the Singapore group Tandem Digital", lumeno, "owned by", "Lumeno is owned by Tandem Digital", "Tandem Digital"),
        claim("pledge", appeal, lumeno, "will appeal", "Lumeno will appeal the fine to the High Court", attribution=lumeno),
        claim("other", "The company changed the default settings in April 2024, it said.", lumeno, "changed settings",
              "Lumeno changed its default settings in April 2024", time=when("2024-04", "month", "in April 2024"), attribution=lumeno),
        claim("other", "The commission opened its inquiry into Lumeno in September 2024 after complaints from parents in Ireland and France.", lumeno,
              "investigated by", "The Data Protection Commission opened an inquiry into Lumeno in September 2024", dpc, time=when("2024-09", "month", "in September 2024")),
        claim("investment", "Tandem Digital bought Lumeno in 2021 for USD 480 million.", "Tandem Digital", "bought", "Tandem Digital bought Lumeno for USD 480m in 2021",
              lumeno, value=money("USD", 480e6), time=when("2021", "year", "in 2021")),
        claim("other", "The fine is the third the commission has imposed on a social media firm this year.", dpc, "fines imposed",
              "The Data Protection Commission has fined three social media firms in 2025", time=when("2025", "year", "this year")),
        claim("other", "It fined the photo-sharing app Pixora EUR 9 million in May.", "Pixora", "fined by", "The Data Protection Commission fined Pixora EUR 9m",
              dpc, value=money("EUR", 9e6), time=when("2025-05", "month", "in May")),
        claim("policy", "Under the EU's Digital Services Act, platforms that break the rules face fines of up to 6% of their global turnover.",
              "Digital Services Act", "fines", "The Digital Services Act allows fines of up to 6% of a platform's global turnover"),
        claim("founding", founded, lumeno, "founded in", "Lumeno was founded in 2018", "2018", time=y2018),
        claim("founding", founded, lumeno, "founded in", "Lumeno was founded in Dublin", "Dublin", time=y2018),
        claim("founding", founded, lumeno, "founded by", "Lumeno was founded by Cian Hegarty", "Cian Hegarty", time=y2018),
        claim("founding", founded, lumeno, "founded by", "Lumeno was founded by Ronan Hegarty", "Ronan Hegarty", time=y2018),
        claim("adoption", "Lumeno says it has 11 million users in Europe.", lumeno, "users", "Lumeno has 11 million users in Europe", attribution=lumeno),
        claim("revenue", "Tandem Digital reported revenue of USD 1.3 billion last year.", "Tandem Digital", "revenue", "Tandem Digital had revenue of USD 1.3bn in 2024",
              value=money("USD", 1.3e9), time=when("2024", "year", "last year"), attribution="Tandem Digital"),
    ]


def harbour_city_live():
    corvell, marston, ferrisand = "Corvell", "Marston Group", "Ferrisand Energy"
    sales = "Corvell, the Leeds-based maker of garden furniture, said its sales rose 5% to GBP 188m in the year to August."
    skyvale = ("The airline Skyvale said it carried 4.1 million passengers in September, up 6% on a year earlier, and that it would add 14 routes "
               "from Manchester by June next year.")
    return "2025-10-15", [
        claim("other", "UK inflation fell to 3.4% in September from 3.8% in August, the Office for National Statistics said.", "United Kingdom", "inflation",
              "UK inflation was 3.4% in September 2025", time=when("2025-09", "month", "in September"), attribution="Office for National Statistics"),
        claim("revenue", sales, corvell, "revenue", "Corvell's sales were GBP 188m in the year to August 2025", value=money("GBP", 188e6),
              time=when("2025-08", "month", "the year to August"), attribution=corvell),
        claim("location", "Corvell, the Leeds-based maker of garden furniture", corvell, "based in", "Corvell is based in Leeds", "Leeds"),
        claim("other", "Profit before tax fell to GBP 11m from GBP 14m, hit by higher shipping costs.", corvell, "pre-tax profit",
              "Corvell's profit before tax fell to GBP 11m", value=money("GBP", 11e6)),
        claim("valuation", "The Marston Group has rejected a GBP 540m offer from the private equity firm Halberd Capital, saying it undervalues the company.",
              marston, "offer from", "Halberd Capital offered GBP 540m for the Marston Group, which rejected it", "Halberd Capital", value=money("GBP", 540e6)),
        claim("other", "Marston shares rose 9% to 212p.", marston, "share price", "Marston Group's shares rose 9% to 212p", value=money("GBP", 2.12)),
        claim("pledge", "Ferrisand Energy will build a GBP 300m battery storage site near Doncaster, the company said.", ferrisand, "will build",
              "Ferrisand Energy will build a GBP 300m battery storage site near Doncaster", value=money("GBP", 300e6), attribution=ferrisand),
        claim("pledge", "The site should open in 2027 and will create 60 jobs.", ferrisand, "will open",
              "Ferrisand Energy's battery site should open in 2027 and create 60 jobs", time=when("2027", "year", "in 2027")),
        claim("warning", "The Bank of England's deputy governor, Helen Archer, warned that household debt was rising faster than incomes.",
              "Bank of England", "warned", "The Bank of England warned that household debt was rising faster than incomes", attribution="Helen Archer"),
        claim("ownership", "It already owns 8% of Marston.", marston, "stake held by", "Halberd Capital owns 8% of the Marston Group", "Halberd Capital"),
        claim("other", skyvale, "Skyvale", "passengers carried", "Skyvale carried 4.1 million passengers in September 2025", time=when("2025-09", "month", "in September"),
              attribution="Skyvale"),
        claim("pledge", skyvale, "Skyvale", "will add routes", "Skyvale will add 14 routes from Manchester by June 2026", time=when("2026-06", "month", "by June next year"),
              attribution="Skyvale"),
        claim("other", "Shares in the online grocer Basketful fell 12%", "Basketful", "share price", "Basketful's shares fell 12%"),
        claim("other", "after it warned that it would miss its profit target for the year", "Basketful", "will miss profit target",
              "Basketful expects to miss its profit target for 2025", time=when("2025", "year", "the year"), attribution="Basketful"),
        claim("pledge", "Tillbury Bank will close 35 branches by March, the lender said, leaving it with 210.", "Tillbury Bank", "will close branches",
              "Tillbury Bank will close 35 branches by March 2026", time=when("2026-03", "month", "by March"), attribution="Tillbury Bank"),
    ]


def brannock_interview():
    bt, ab = "Brannock Textiles", "Aoife Brannock"
    started, y2011 = "Aoife Brannock started Brannock Textiles in a converted mill in Galway in 2011.", when("2011", "year", "in 2011")
    sells = "The company, which makes flame-resistant fabrics for firefighters and factory workers, now sells in 31 countries and employs 260 people."
    now = when("2025-05-20", "day", "now")
    van_loon = "Van Loon had sales of about EUR 9m last year and 70 staff, and we will keep all of them."
    results = "Revenue grew 14% to EUR 64m and we made a profit of EUR 5.2m."
    owners = "My family owns 70% of the business and the staff own 10%, so it is our decision, and we said no."
    return "2025-05-20", [
        claim("founding", started, bt, "founded in", "Brannock Textiles was founded in 2011", "2011", time=y2011),
        claim("founding", started, bt, "founded by", "Brannock Textiles was founded by Aoife Brannock", ab, time=y2011),
        claim("founding", started, bt, "founded in", "Brannock Textiles was founded in Galway", "Galway", time=y2011),
        claim("other", "The company, which makes flame-resistant fabrics for firefighters and factory workers", bt, "makes",
              "Brannock Textiles makes flame-resistant fabrics"),
        claim("other", sells, bt, "sells in countries", "Brannock Textiles sells in 31 countries", time=now),
        claim("other", sells, bt, "employs", "Brannock Textiles employs 260 people", time=now),
        claim("investment", "Last month it bought the Dutch weaver Van Loon for EUR 18m.", bt, "bought", "Brannock Textiles bought Van Loon for EUR 18m",
              "Van Loon", value=money("EUR", 18e6), time=when("2025-04", "month", "Last month")),
        claim("revenue", van_loon, "Van Loon", "revenue", "Van Loon had sales of about EUR 9m in 2024", value=money("EUR", 9e6, approximate=True),
              time=when("2024", "year", "last year"), attribution=ab, hedges=["about"]),
        claim("other", van_loon, "Van Loon", "employs", "Van Loon has 70 staff", attribution=ab),
        claim("pledge", van_loon, bt, "will keep staff", "Brannock Textiles will keep all of Van Loon's staff", attribution=ab),
        claim("revenue", results, bt, "revenue", "Brannock Textiles' revenue grew 14% to EUR 64m", value=money("EUR", 64e6), attribution=ab),
        claim("other", results, bt, "profit", "Brannock Textiles made a profit of EUR 5.2m", value=money("EUR", 5.2e6), attribution=ab),
        claim("other", "Exports are 85% of our sales.", bt, "exports share", "Exports are 85% of Brannock Textiles' sales", attribution=ab),
        claim("valuation", "We had two approaches in 2024, one from an American private equity firm that valued us at around EUR 150m.", bt, "valued at",
              "An American private equity firm valued Brannock Textiles at about EUR 150m in 2024", value=money("EUR", 150e6, approximate=True),
              time=when("2024", "year", "in 2024"), attribution=ab, hedges=["around"]),
        claim("ownership", owners, bt, "stake held by", "The Brannock family owns 70% of Brannock Textiles", "Brannock family", attribution=ab),
        claim("ownership", owners, bt, "stake held by", "Brannock Textiles' staff own 10% of it", "staff", attribution=ab),
        claim("pledge", "We plan to spend EUR 12m on a new dye house in Galway by the end of 2026.", bt, "plans to spend",
              "Brannock Textiles plans to spend EUR 12m on a dye house in Galway by the end of 2026", value=money("EUR", 12e6),
              time=when("2026", "year", "by the end of 2026"), attribution=ab),
        claim("pledge", "It will create 40 jobs.", bt, "will create jobs", "Brannock Textiles' dye house will create 40 jobs", attribution=ab),
        claim("revenue", "We want revenue of EUR 100m by 2028.", bt, "revenue target", "Brannock Textiles aims for revenue of EUR 100m by 2028",
              value=money("EUR", 100e6), time=when("2028", "year", "by 2028"), attribution=ab),
        claim("other", "We opened a sales office in Boston in March, and the United States should give us half of that.", bt, "opened office",
              "Brannock Textiles opened a sales office in Boston in March 2025", time=when("2025-03", "month", "in March"), attribution=ab),
        claim("other", "Enterprise Ireland gave us a grant of EUR 1.5m towards the dye house.", bt, "grant from",
              "Enterprise Ireland gave Brannock Textiles a EUR 1.5m grant", "Enterprise Ireland", value=money("EUR", 1.5e6), attribution=ab),
        claim("comparison", "But energy costs are the highest in Europe, and that is a real risk for manufacturers like us, Brannock said.", "Ireland",
              "energy costs", "Ireland's energy costs are the highest in Europe", attribution=ab),
    ]


def baltic_ports_report():
    centre = "Baltic Transport Research Centre"
    handled = ("The centre, a think tank funded by the three countries' port authorities, said the Baltic ports had handled 1.9 million containers "
               "in 2024, down from 2.02 million in 2023.")
    tallink = "Tallink Cargo, the largest operator at Tallinn's Muuga harbour, cut 180 jobs in March."
    return "2025-06-12", [
        claim("comparison", "Baltic ports lose ground to Polish rivals, study finds", "Baltic ports", "compared with",
              "Baltic ports are losing traffic to Polish ports", "Polish ports", attribution=centre),
        claim("comparison", "Container traffic at the ports of Estonia, Latvia and Lithuania fell 6% last year while Polish ports grew 9%", "Baltic ports",
              "compared with", "Baltic ports' container traffic fell 6% in 2024 while Polish ports' grew 9%", "Polish ports",
              time=when("2024", "year", "last year"), attribution=centre),
        claim("other", "The centre, a think tank funded by the three countries' port authorities", centre, "funded by",
              "The Baltic Transport Research Centre is funded by the port authorities of Estonia, Latvia and Lithuania"),
        claim("other", handled, "Baltic ports", "containers handled", "The Baltic ports handled 1.9 million containers in 2024",
              time=when("2024", "year", "in 2024"), attribution=centre),
        claim("other", "Gdansk alone handled 2.4 million.", "Gdansk", "containers handled", "Gdansk handled 2.4 million containers"),
        claim("investment", "It estimates that the three Baltic states need to spend EUR 2.3bn on port and rail projects by 2030 to win back traffic.",
              "Baltic states", "spending needed", "The Baltic states need to spend EUR 2.3bn on ports and rail by 2030", value=money("EUR", 2.3e9),
              time=when("2030", "year", "by 2030"), attribution=centre, hedges=["estimates"]),
        claim("comparison", "Klaipeda was the only Baltic port to grow, with traffic up 3%.", "Klaipeda", "only port to grow",
              "Klaipeda was the only Baltic port whose traffic grew"),
        claim("comparison", "Riga's volumes fell 15%, the steepest drop in the region.", "Riga", "steepest drop",
              "Riga's container volumes fell 15%, the steepest drop in the region"),
        claim("pledge", "Lithuania's government has already pledged EUR 400m for a new deep-water terminal at Klaipeda, due to open in 2028.",
              "Lithuanian government", "pledged", "Lithuania's government pledged EUR 400m for a deep-water terminal at Klaipeda", value=money("EUR", 400e6),
              time=when("2028", "year", "in 2028")),
        claim("other", "Port operators in the three countries employ about 11,000 people, the centre said.", "Baltic port operators", "employs",
              "Port operators in Estonia, Latvia and Lithuania employ about 11,000 people", attribution=centre),
        claim("other", tallink, "Tallink Cargo", "cut jobs", "Tallink Cargo cut 180 jobs in March 2025", time=when("2025-03", "month", "in March")),
        claim("comparison", "Tallink Cargo, the largest operator at Tallinn's Muuga harbour", "Tallink Cargo", "largest operator",
              "Tallink Cargo is the largest operator at Muuga harbour"),
        claim("warning", "The report warns that without new spending the region could lose a further 300,000 containers a year by 2027.", centre, "warned",
              "The Baltic Transport Research Centre warns the region could lose 300,000 more containers a year by 2027",
              time=when("2027", "year", "by 2027"), attribution=centre),
        claim("other", "Lithuania | 790,000 | +3%", "Lithuania", "containers handled", "Lithuanian ports handled 790,000 containers in 2024"),
        claim("other", "Latvia | 620,000 | -15%", "Latvia", "containers handled", "Latvian ports handled 620,000 containers in 2024"),
        claim("other", "Estonia | 490,000 | -4%", "Estonia", "containers handled", "Estonian ports handled 490,000 containers in 2024"),
    ]


def skyline_airline_deal():
    sky, bren, feldner = "Skyline Air", "Brenner Aerospace", "Markus Feldner"
    order = ("Skyline Air, Austria's second-largest airline, has ordered 30 regional jets from the Canadian planemaker Brenner Aerospace in a deal "
             "worth about EUR 1.4bn at list prices, the two companies said on Thursday.")
    linz = "Skyline, which is based in Linz and flies to 48 airports, carried 6.2 million passengers last year and made a net profit of EUR 74m."
    staff = "It employs 2,300 people and had revenue of EUR 910m last year."
    planemaker = "The planemaker, founded in Montreal in 1968, employs 9,800 people."
    shares = ("Shares in Skyline, which listed on the Vienna Stock Exchange in 2016, rose 4% to EUR 18.20 after the announcement, valuing the "
              "airline at EUR 1.1bn.")
    y2024, y1968 = when("2024", "year", "last year"), when("1968", "year", "in 1968")
    return "2025-09-19", [
        claim("investment", "Skyline Air agrees EUR 1.4bn order for 30 Brenner jets", sky, "ordered", "Skyline Air ordered 30 jets from Brenner Aerospace for EUR 1.4bn",
              bren, value=money("EUR", 1.4e9)),
        claim("investment", order, sky, "ordered", "Skyline Air ordered 30 regional jets from Brenner Aerospace worth about EUR 1.4bn at list prices", bren,
              value=money("EUR", 1.4e9, approximate=True), time=when("2025-09-18", "day", "on Thursday"), attribution=sky, hedges=["about"], aliases=[bren]),
        claim("comparison", "Skyline Air, Austria's second-largest airline", sky, "second-largest airline", "Skyline Air is Austria's second-largest airline"),
        claim("other", "The first of the 110-seat jets will be delivered in 2027 and the last by 2030, replacing the airline's fleet of older turboprops.", sky,
              "deliveries", "Skyline Air's new jets will be delivered from 2027 to 2030", time=when("2030", "year", "by 2030")),
        claim("other", "Skyline has options to buy 15 more.", sky, "options", "Skyline Air has options to buy 15 more Brenner jets"),
        claim("location", "Skyline, which is based in Linz", sky, "based in", "Skyline Air is based in Linz", "Linz"),
        claim("other", linz, sky, "airports served", "Skyline Air flies to 48 airports"),
        claim("other", linz, sky, "passengers carried", "Skyline Air carried 6.2 million passengers in 2024", time=y2024),
        claim("other", linz, sky, "net profit", "Skyline Air made a net profit of EUR 74m in 2024", value=money("EUR", 74e6), time=y2024),
        claim("other", staff, sky, "employs", "Skyline Air employs 2,300 people"),
        claim("revenue", staff, sky, "revenue", "Skyline Air had revenue of EUR 910m in 2024", value=money("EUR", 910e6), time=y2024),
        claim("ownership", "The Austrian state holds 28% of the airline through the holding company OEBAG.", sky, "stake held by",
              "The Austrian state owns 28% of Skyline Air through OEBAG", "Austrian state"),
        claim("other", "Brenner's order book stood at 410 aircraft at the end of June, it said in August.", bren, "order book",
              "Brenner Aerospace had 410 aircraft on order at the end of June 2025", time=when("2025-06", "month", "at the end of June"), attribution=bren),
        claim("founding", planemaker, bren, "founded in", "Brenner Aerospace was founded in 1968", "1968", time=y1968),
        claim("founding", planemaker, bren, "founded in", "Brenner Aerospace was founded in Montreal", "Montreal", time=y1968),
        claim("other", planemaker, bren, "employs", "Brenner Aerospace employs 9,800 people"),
        claim("comparison", "Chief executive Markus Feldner said the new jets would burn 20% less fuel per seat than the turboprops they replace.", sky,
              "fuel use compared", "Skyline Air's new jets burn 20% less fuel per seat than its turboprops", attribution=feldner),
        claim("other", "Skyline will fund the purchase with cash and a EUR 600m loan from a group of Austrian banks led by Donauinvest, he said.", sky,
              "loan from", "Skyline Air will fund the jets with cash and a EUR 600m bank loan led by Donauinvest", "Donauinvest",
              value=money("EUR", 600e6), attribution=feldner),
        claim("other", "Shares in Skyline, which listed on the Vienna Stock Exchange in 2016, rose 4% to EUR 18.20", sky, "share price",
              "Skyline Air's shares rose 4% to EUR 18.20", value=money("EUR", 18.2)),
        claim("other", "which listed on the Vienna Stock Exchange in 2016", sky, "listed on", "Skyline Air listed on the Vienna Stock Exchange in 2016",
              "Vienna Stock Exchange", time=when("2016", "year", "in 2016")),
        claim("market_cap", shares, sky, "market value", "Skyline Air's market value was EUR 1.1bn after the order", value=money("EUR", 1.1e9)),
        claim("other", "Brenner is also in talks with the Polish carrier LotNova over an order for up to 20 jets, according to two people familiar with the matter.",
              bren, "in talks with", "Brenner Aerospace is in talks with LotNova over an order for up to 20 jets", "LotNova",
              attribution="people familiar with the matter", aliases=["two people familiar with the matter"]),
    ]


def merger_block_ruling():
    farrow, quist, cma, cat = "Farrow Holdings", "Quist", "Competition and Markets Authority", "Competition Appeal Tribunal"
    wed = when("2025-10-01", "day", "on Wednesday")
    blocked = ("The authority blocked the deal in February, finding that the combined company would have supplied about 45% of the plasterboard "
               "sold in Britain and could have raised prices for housebuilders.")
    feb = when("2025-02", "month", "in February")
    farrow_staff = "Farrow, which is listed in London and employs 14,000 people"
    founded = "Quist, a family-owned firm founded in Bristol in 1921, had sales of GBP 1.8bn last year."
    y1921 = when("1921", "year", "in 1921")
    return "2025-10-02", [
        claim("other", "Court upholds block on Farrow and Quist merger", farrow, "block upheld by", "The tribunal upheld the block on Farrow's merger with Quist", cat),
        claim("other", "The Competition Appeal Tribunal on Wednesday upheld the Competition and Markets Authority's decision to block the GBP 3.2bn merger of "
              "the building-materials groups Farrow Holdings and Quist.", farrow, "block upheld by",
              "The Competition Appeal Tribunal upheld the block on the GBP 3.2bn merger of Farrow Holdings and Quist", cat, value=money("GBP", 3.2e9), time=wed),
        claim("other", blocked, farrow, "merger blocked by", "The Competition and Markets Authority blocked Farrow's merger with Quist in February 2025", cma, time=feb),
        claim("warning", blocked, cma, "found", "The authority found the merged firm would have supplied about 45% of Britain's plasterboard", time=feb, attribution=cma),
        claim("other", farrow_staff, farrow, "listed in", "Farrow Holdings is listed in London", "London"),
        claim("other", farrow_staff, farrow, "employs", "Farrow Holdings employs 14,000 people"),
        claim("other", "The tribunal rejected that argument, saying imports made up less than 10% of the market.", "British plasterboard market", "imports share",
              "Imports make up less than 10% of Britain's plasterboard market", attribution=cat),
        claim("pledge", "Farrow said it was disappointed and would not appeal.", farrow, "will not appeal", "Farrow Holdings will not appeal the ruling",
              attribution=farrow),
        claim("other", "It will pay Quist a break fee of GBP 60m under the terms of the deal, the company said.", farrow, "break fee",
              "Farrow Holdings will pay Quist a GBP 60m break fee", quist, value=money("GBP", 60e6), attribution=farrow),
        claim("founding", founded, quist, "founded in", "Quist was founded in 1921", "1921", time=y1921),
        claim("founding", founded, quist, "founded in", "Quist was founded in Bristol", "Bristol", time=y1921),
        claim("ownership", "Quist, a family-owned firm", quist, "owned by", "Quist is owned by a family"),
        claim("revenue", founded, quist, "revenue", "Quist had sales of GBP 1.8bn in 2024", value=money("GBP", 1.8e9), time=when("2024", "year", "last year")),
        claim("pledge", "Its chairman, Robert Quist, said the company would now pursue its own plan to open two plasterboard plants by 2028.", quist,
              "plans to open", "Quist plans to open two plasterboard plants by 2028", time=when("2028", "year", "by 2028"), attribution="Robert Quist"),
        claim("other", "The ruling is the second time this year the tribunal has backed the authority on a blocked merger.", cat, "rulings",
              "The tribunal has backed the authority on two blocked mergers in 2025", time=when("2025", "year", "this year")),
        claim("other", "The authority has blocked four deals since 2023.", cma, "deals blocked", "The Competition and Markets Authority has blocked four deals since 2023",
              time=when("2023", "year", "since 2023")),
        claim("other", "Quist employs about 3,500 people at its nine sites.", quist, "employs", "Quist employs about 3,500 people at nine sites"),
        claim("other", "The authority said on Wednesday that it had opened 12 merger inquiries this year, up from nine in 2024.", cma, "inquiries opened",
              "The Competition and Markets Authority opened 12 merger inquiries in 2025", time=when("2025", "year", "this year"), attribution=cma),
        claim("other", "Shares in Farrow fell 3% in London", farrow, "share price", "Farrow Holdings' shares fell 3%"),
    ]


def pellmoor_trading_update():
    p = "Pellmoor Group"
    head = "Pellmoor lifts profit and launches £40m share buyback"
    founded = "Pellmoor was founded in 1987 by the brothers Alan and Derek Pell."
    y1987 = when("1987", "year", "in 1987")
    leicester = "The group is based in Leicester, where it opened a new distribution centre in October."
    return "2025-04-24", [
        claim("other", head, p, "profit", "Pellmoor Group's profit rose"),
        claim("pledge", head, p, "share buyback", "Pellmoor Group launches a GBP 40m share buyback", value=money("GBP", 40e6)),
        claim("comparison", "- Like-for-like sales up 3.8%", p, "like-for-like sales", "Pellmoor Group's like-for-like sales rose 3.8%"),
        claim("revenue", "- Revenue of £1.26 billion (prior year: £1.19 billion)", p, "revenue", "Pellmoor Group had revenue of GBP 1.26bn",
              value=money("GBP", 1.26e9)),
        claim("other", "- Adjusted pre-tax profit up 11% to £84.5 million", p, "adjusted pre-tax profit", "Pellmoor Group's adjusted pre-tax profit rose 11% to GBP 84.5m",
              value=money("GBP", 84.5e6)),
        claim("other", "- Net debt, excluding leases, of £112 million, down from £150 million", p, "net debt", "Pellmoor Group's net debt excluding leases was GBP 112m",
              value=money("GBP", 112e6)),
        claim("other", "- 214 stores, after nine openings and four closures", p, "stores", "Pellmoor Group has 214 stores"),
        claim("other", "- About 11,400 colleagues, up from 10,900", p, "employs", "Pellmoor Group employs about 11,400 people", hedges=["About"]),
        claim("revenue", "Sales in the Republic of Ireland rose 6% to €48 million in the 52 weeks to 1 March.", p, "revenue in Ireland",
              "Pellmoor Group's sales in the Republic of Ireland were EUR 48m in the 52 weeks to 1 March 2025", value=money("EUR", 48e6),
              time=when("2025-03", "month", "the 52 weeks to 1 March")),
        claim("other", "Online orders accounted for 21% of group revenue.", p, "online share of revenue", "Online orders made up 21% of Pellmoor Group's revenue"),
        claim("other", "We opened our 200th store, in Derby, in November.", p, "opened", "Pellmoor Group opened its 200th store, in Derby, in November 2024", "Derby",
              time=when("2024-11", "month", "in November"), attribution="Fiona Marchetti"),
        claim("other", "The board expects adjusted pre-tax profit of between £88 million and £94 million in the year to February 2026.", p, "profit forecast",
              "Pellmoor Group expects adjusted pre-tax profit of GBP 88m to 94m in the year to February 2026", value=money("GBP", low=88e6, high=94e6),
              time=when("2026-02", "month", "the year to February 2026"), attribution=p, hedges=["expects"]),
        claim("pledge", "Pellmoor plans to open 10 to 12 stores by the end of next year, most of them in the south of England.", p, "plans to open",
              "Pellmoor Group plans to open 10 to 12 stores by the end of 2026", time=when("2026", "year", "by the end of next year"), hedges=["plans"]),
        claim("other", "The board proposes a final dividend of 5.6p per share, to be paid on 4 July.", p, "dividend",
              "Pellmoor Group proposes a final dividend of 5.6p a share, to be paid on 4 July 2025", value=money("GBP", 0.056),
              time=when("2025-07-04", "day", "on 4 July")),
        claim("pledge", "The company will also buy back up to £40 million of its shares over the next twelve months", p, "share buyback",
              "Pellmoor Group will buy back up to GBP 40m of its shares over the next twelve months", value=money("GBP", high=40e6),
              time=when(None, None, "over the next twelve months")),
        claim("founding", founded, p, "founded in", "Pellmoor Group was founded in 1987", "1987", time=y1987),
        claim("founding", founded, p, "founded by", "Pellmoor Group was founded by Alan Pell", "Alan Pell", time=y1987),
        claim("founding", founded, p, "founded by", "Pellmoor Group was founded by Derek Pell", "Derek Pell", time=y1987),
        claim("location", "The group is based in Leicester", p, "based in", "Pellmoor Group is based in Leicester", "Leicester"),
        claim("other", leicester, p, "opened", "Pellmoor Group opened a new distribution centre in Leicester in October 2024", "Leicester",
              time=when("2024-10", "month", "in October")),
        claim("other", "It sells furniture, lighting, plants and outdoor living products in stores across the UK and Ireland and online.", p, "sells",
              "Pellmoor Group sells furniture, lighting, plants and outdoor products in the UK and Ireland and online"),
    ]


def portugal_stability_report():
    b, gov = "Bank of Portugal", "Portuguese government"
    aka = ("the bank", "the central bank", "the report", "Portugal's central bank")
    head = "Portugal's central bank warns of household debt and office slump"
    first = ("The Bank of Portugal warned on Tuesday that heavy household borrowing and a slide in commercial property values were the main threats "
             "to the country's financial system, in its twice-yearly financial stability report.")
    office = "Office vacancy in Lisbon reached 14% in the first quarter, the highest in two decades."
    q1 = when("2025-03", "month", "in the first quarter")
    lti = ("From 1 July, banks will be able to lend no more than 4.5 times a borrower's gross annual income for a home loan, "
           "under rules the bank announced in January.")
    valdes = ("Finance minister Teodora Valdes said the government would set aside EUR 300m for a scheme to help struggling homeowners extend "
              "their mortgages, and would put a bill before parliament by September.")
    return "2025-05-14", [
        claim("warning", head, b, "warned", "The Bank of Portugal warns of household debt and an office slump", attribution=b, aliases=aka),
        claim("warning", first, b, "warned", "The Bank of Portugal warned that household borrowing and falling commercial property values are the main threats to Portugal's financial system",
              time=when("2025-05-13", "day", "on Tuesday"), attribution=b, aliases=aka),
        claim("other", "Households owed about EUR 96bn at the end of March, or 104% of their disposable income, the report found.", "Portuguese households", "debt",
              "Portuguese households owed about EUR 96bn, 104% of disposable income, at the end of March 2025", value=money("EUR", 96e9, approximate=True),
              time=when("2025-03", "month", "at the end of March"), attribution=b, hedges=["about"], aliases=aka),
        claim("comparison", "Among European Union countries only the Netherlands and Denmark had a higher ratio, according to the central bank.", "Portugal", "ranked third",
              "Portugal's household debt ratio is the third-highest in the EU, behind the Netherlands and Denmark", attribution=b, aliases=aka),
        claim("warning", "The bank said that about one in eight mortgage borrowers, some 140,000 households, would face monthly repayments more than 20% higher "
              "when their fixed-rate deals end over the next two years.", b, "warned",
              "The Bank of Portugal said about 140,000 mortgage borrowers face repayments more than 20% higher as fixed-rate deals end within two years",
              time=when(None, None, "over the next two years"), attribution=b, hedges=["about", "some"], aliases=aka),
        claim("comparison", "Commercial property prices have fallen 18% since their peak in 2022, the report said.", "Portuguese commercial property", "prices",
              "Portuguese commercial property prices have fallen 18% since their 2022 peak", time=when("2022", "year", "since their peak in 2022"),
              attribution=b, aliases=aka),
        claim("other", office, "Lisbon office market", "vacancy", "Office vacancy in Lisbon was 14% in the first quarter of 2025", time=q1),
        claim("comparison", office, "Lisbon office market", "highest vacancy", "Office vacancy in Lisbon is the highest in two decades", time=q1),
        claim("other", "Portuguese banks have lent EUR 21bn to property developers and landlords, a fifth of all their lending to businesses.", "Portuguese banks",
              "commercial property lending", "Portuguese banks have lent EUR 21bn to property developers and landlords", value=money("EUR", 21e9)),
        claim("warning", "The bank warned that losses on those loans could reach between EUR 2.5bn and EUR 3bn in a severe downturn.", b, "warned",
              "The Bank of Portugal warned losses on commercial property loans could reach EUR 2.5bn to 3bn in a severe downturn",
              value=money("EUR", low=2.5e9, high=3e9), attribution=b, aliases=aka),
        claim("comparison", "Lenders' capital ratio stood at 19.2% at the end of last year, well above the euro-area average of 16.1%, the report said.",
              "Portuguese banks", "capital ratio", "Portuguese banks' capital ratio of 19.2% at end-2024 was above the euro-area average of 16.1%",
              time=when("2024-12", "month", "at the end of last year"), attribution=b, aliases=aka),
        claim("policy", lti, b, "rule", "From 1 July 2025 Portuguese banks may lend no more than 4.5 times a borrower's gross income for a home loan",
              time=when("2025-07-01", "day", "From 1 July")),
        claim("policy", "under rules the bank announced in January", b, "announced", "The Bank of Portugal announced the mortgage lending limit in January 2025",
              time=when("2025-01", "month", "in January")),
        claim("pledge", valdes, gov, "will spend", "The Portuguese government will set aside EUR 300m to help homeowners extend their mortgages",
              value=money("EUR", 300e6), attribution="Teodora Valdes"),
        claim("pledge", valdes, gov, "will bring forward", "The Portuguese government will put a bill before parliament by September 2025",
              time=when("2025-09", "month", "by September"), attribution="Teodora Valdes"),
        claim("investment", "Foreign investors bought USD 1.2bn of Portuguese commercial property last year, less than half the 2023 total, according to the broker Harlan Voss.",
              "foreign investors", "bought", "Foreign investors bought USD 1.2bn of Portuguese commercial property in 2024", "Portuguese commercial property",
              value=money("USD", 1.2e9), time=when("2024", "year", "last year"), attribution="Harlan Voss"),
        claim("comparison", "Lendora, the country's largest mortgage lender", "Lendora", "largest mortgage lender", "Lendora is Portugal's largest mortgage lender"),
    ]


def norrvik_biotech_spinout():
    n, uni = "Norrvik Biotherapeutics", "Linnestad University"
    first = "Norrvik Biotherapeutics, a Gothenburg company spun out of Linnestad University, has raised SEK 420m in a Series A round, the company said on Monday."
    backers = "Almvik Capital and the US fund Cedar Point Bio also took part."
    founded = "Linnea Dahlqvist, a professor of microbiology, founded the company in Gothenburg in 2021 with her former doctoral student Oskar Brandt."
    y2021 = when("2021", "year", "in 2021")
    vastra = ("Vastra Care, a private hospital group with 14 hospitals in Sweden and Norway, will start using the test in its emergency departments "
              "from January next year, Norrvik said.")
    return "2025-09-09", [
        claim("funding", "Norrvik Biotherapeutics raises SEK 420m for rapid sepsis test", n, "raised", "Norrvik Biotherapeutics raised SEK 420m",
              value=money("SEK", 420e6)),
        claim("funding", first, n, "raised", "Norrvik Biotherapeutics raised SEK 420m in a Series A round", value=money("SEK", 420e6),
              time=when("2025-09-08", "day", "on Monday"), attribution=n),
        claim("location", "Norrvik Biotherapeutics, a Gothenburg company", n, "based in", "Norrvik Biotherapeutics is based in Gothenburg", "Gothenburg"),
        claim("founding", "Norrvik Biotherapeutics, a Gothenburg company spun out of Linnestad University", n, "spun out of",
              "Norrvik Biotherapeutics was spun out of Linnestad University", uni),
        claim("funding", "The round was led by Oresund Health Partners, a Danish life-sciences investor.", n, "round led by",
              "Oresund Health Partners led Norrvik Biotherapeutics' Series A round", "Oresund Health Partners"),
        claim("funding", backers, n, "investor", "Almvik Capital took part in Norrvik Biotherapeutics' Series A", "Almvik Capital"),
        claim("funding", backers, n, "investor", "Cedar Point Bio took part in Norrvik Biotherapeutics' Series A", "Cedar Point Bio"),
        claim("valuation", "The deal values Norrvik at roughly SEK 1.6bn including the new money, according to people familiar with the matter.", n, "valued at",
              "The round values Norrvik Biotherapeutics at about SEK 1.6bn", value=money("SEK", 1.6e9, approximate=True),
              attribution="people familiar with the matter", hedges=["roughly"]),
        claim("founding", founded, n, "founded in", "Norrvik Biotherapeutics was founded in 2021", "2021", time=y2021),
        claim("founding", founded, n, "founded in", "Norrvik Biotherapeutics was founded in Gothenburg", "Gothenburg", time=y2021),
        claim("founding", founded, n, "founded by", "Norrvik Biotherapeutics was founded by Linnea Dahlqvist", "Linnea Dahlqvist", time=y2021),
        claim("founding", founded, n, "founded by", "Norrvik Biotherapeutics was founded by Oskar Brandt", "Oskar Brandt", time=y2021),
        claim("other", "Its blood test for sepsis received a CE mark in March, allowing it to be sold across the European Union.", n, "CE mark",
              "Norrvik Biotherapeutics' sepsis blood test received a CE mark in March 2025", time=when("2025-03", "month", "in March")),
        claim("adoption", vastra, n, "used by", "Vastra Care will use Norrvik Biotherapeutics' test in its emergency departments from January 2026", "Vastra Care",
              time=when("2026-01", "month", "from January next year"), attribution=n),
        claim("other", "Vastra Care, a private hospital group with 14 hospitals in Sweden and Norway", "Vastra Care", "hospitals",
              "Vastra Care runs 14 hospitals in Sweden and Norway"),
        claim("pledge", "The money will pay for a clinical study across 12 hospitals and a small production line outside the city.", n, "will spend on",
              "Norrvik Biotherapeutics will spend the new money on a clinical study at 12 hospitals and a production line"),
        claim("other", "Norrvik, which employs 38 people", n, "employs", "Norrvik Biotherapeutics employs 38 people"),
        claim("pledge", "Norrvik, which employs 38 people, plans to hire about 25 more, mostly engineers and clinical staff, by the end of 2026.", n, "plans to hire",
              "Norrvik Biotherapeutics plans to hire about 25 more people by the end of 2026", time=when("2026", "year", "by the end of 2026"),
              hedges=["plans", "about"]),
        claim("revenue", "It expects its first sales, of between EUR 3m and EUR 5m, next year.", n, "revenue forecast",
              "Norrvik Biotherapeutics expects first sales of EUR 3m to 5m in 2026", value=money("EUR", low=3e6, high=5e6),
              time=when("2026", "year", "next year"), attribution=n, hedges=["expects"]),
        claim("ownership", "Linnestad University holds about 9% of the company through its holding company, Linnestad Innovation AB.", n, "stake held by",
              "Linnestad University owns about 9% of Norrvik Biotherapeutics", uni, hedges=["about"]),
        claim("funding", "Swedish life-sciences start-ups raised more than USD 600m in the first half, down a third from a year earlier, according to the data provider Nordic Deal Tracker.",
              "Swedish life-sciences start-ups", "raised", "Swedish life-sciences start-ups raised more than USD 600m in H1 2025", value=money("USD", low=600e6),
              time=when("2025-06", "month", "in the first half"), attribution="Nordic Deal Tracker"),
    ]


ARTICLES = {
    "helixgrid-series-c": helixgrid,
    "quillon-listing": quillon,
    "orvane-chip-order": orvane,
    "dutch-compute-pledge": dutch,
    "veloria-half-year": veloria_half_year,
    "nordic-crypto-warning": nordic_crypto_warning,
    "baltic-ai-readiness": baltic_ai_readiness,
    "carvalho-interview": carvalho_interview,
    "budget-day-live": budget_day_live,
    "harrowgate-turbine-order": harrowgate_turbine_order,
    "brennick-storage-deal": brennick_storage_deal,
    "quayline-payments-fine": quayline_payments_fine,
    "tech-briefs-friday": tech_briefs_friday,
    "okafor-interview": okafor_interview,
    "iberian-fintech-report": iberian_fintech_report,
    "solent-offshore-wire": solent_offshore_wire,
    "tallinn-payments-wire": tallinn_payments_wire,
    "arbor-health-results": arbor_health_results,
    "grenfell-foods-statement": grenfell_foods_statement,
    "cma-cloud-fine": cma_cloud_fine,
    "court-ruling-datahaven": court_ruling_datahaven,
    "hydrogen-institute-table": hydrogen_institute_table,
    "southern-venture-report": southern_venture_report,
    "minister-interview": minister_interview,
    "news-briefs": news_briefs,
    "halvard-annual-results": halvard_annual_results,
    "corran-tribunal-fine": corran_tribunal_fine,
    "friday-markets-briefing": friday_markets_briefing,
    "skyfold-drone-order": skyfold_drone_order,
    "castellan-bank-results": castellan_bank_results,
    "danish-research-spending": danish_research_spending,
    "tessary-founder-profile": tessary_founder_profile,
    "fellbeck-brewery-wire": fellbeck_brewery_wire,
    "irish-power-price-cap": irish_power_price_cap,
    "portugal-venture-roundup": portugal_venture_roundup,
    "kelda-ferries-results": kelda_ferries_results,
    "data-watchdog-fine": data_watchdog_fine,
    "harbour-city-live": harbour_city_live,
    "brannock-interview": brannock_interview,
    "baltic-ports-report": baltic_ports_report,
    "skyline-airline-deal": skyline_airline_deal,
    "merger-block-ruling": merger_block_ruling,
    "pellmoor-trading-update": pellmoor_trading_update,
    "portugal-stability-report": portugal_stability_report,
    "norrvik-biotech-spinout": norrvik_biotech_spinout,
}


def build(names: list[str]) -> None:
    """Write the gold of the named articles, or of all when none is named."""
    for name in names or ARTICLES:
        labels = ARTICLES[name]
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
    build(sys.argv[1:])
