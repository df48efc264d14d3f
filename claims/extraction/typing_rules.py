"""Claim typing: which of the conventions' types a clause states.

Each type has cue patterns. Money takes the type of the money cue nearest to
it (so "raised $40m in a round that valued it at $300m" gives a funding and a
valuation claim); a sentence without money gets at most one main type
(warning, pledge, comparison, policy, funding, other) plus any founding,
ownership, location and adoption facts it states, a value put as a multiple
and a headcount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

_ORDERED_TO = r"(?:(?:the|its) (?:[\w-]+ )?(?:company|firm|group|bank|lender|supplier|business|operator|utility|platform|insurer|airline|owner)s?|it|them|(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,3}) to (?:[a-z]+)\b"
"""Whom an order tells to do something ("ordered the company to repay", "ordered Fjordmint to stop"): a directive, not a purchase."""

LARGEST_HOLDER = r"(?:largest|biggest|main|single largest) (?:outside |institutional |external )?(?:shareholder|investor|owner|backer)"
"""A holder named by its rank ("the largest outside investor")."""

MONEY_CUES: dict[str, re.Pattern[str]] = {
    "market_cap": re.compile(r"\bmarket (?:cap|capitalisation|capitalization|value)\b|\bstock[- ]market value\b", _I),
    "valuation": re.compile(
        r"\bvaluations?\b|\bvalu(?:ed|es|ing)\b|\bvalue (?:\w+ ){0,3}at\b|(?<!market )(?<!cut )(?<!saving )(?<!shares )(?<!stock )(?<!stake )(?<!payments )(?<!transactions )(?<!goods )(?<!loans )(?<!assets )\bworth\b(?! of\b)|\bpre-money\b|\bpost-money\b|\bprice tag\b|"
        r"\b(?:offer(?:ed|s)?|bid|bids)\b(?=(?:[^.;]|\.(?=\d)){0,40}\bfor (?:the (?:whole |entire )?(?:company|firm|start-?up|business|group|unit|arm|division)|it)\b)|"
        r"\b(?:the|its|an?|that) (?:offer|bid) (?:was|is|of|worth)\b", _I
    ),
    "funding": re.compile(
        r"(?i:\brais(?:ed|es|e|ing)\b(?! (?:its|their|the|a) (?:\w+ )?(?:stake|holding|shareholding|offer|bid|prices?|forecast|guidance|outlook|dividend|target|rates?)\b"
        r"| (?:council |income |sales )?tax(?:es)?\b| (?:interest )?rates\b| prices\b| fees\b| rents?\b)|\bfunding\b|\bfinancing\b|\bfund-?raising\b|\bventure (?:capital|funding|debt)\b|\bVC\b|"
        r"\bseries [a-h]\b|\bseed\b|\b(?:funding )?round\b|\bbacked by\b|\b(?:round|funding|investment|financing|raise),? (?:was |is |has been )?(?:co-)?led by\b|\bclosed (?:a|its)\b[^.]{0,40}\bfund\b|\bfund (?:has |had )?closed\b|\bnew fund\b)|"
        r"\binvest(?:ed|s|ing)? (?:\S+ )?in(?:to)? (?:[A-Z][\w-]*)|(?i:\bback(?:ed|s|ing)? (?-i:(?=[A-Z]))|\bexisting (?:backer|investor)s?\b)|"
        r"(?i:\b(?:draws?|drew|drawn|drawing|attract(?:s|ed|ing)?) (?:about |nearly |some |more than |almost )?(?-i:(?=[$£€¥]|[A-Z]{3} ?\d))|"
        r"\b(?:took|takes|take) (?-i:(?=[$£€¥]|[A-Z]{3} ?\d))(?=[^.;]{0,30}\bfrom\b)|"
        r"\b(?:secured|secures|landed|lands|bagged|bags|picked up|pulled in) (?:about |nearly |some |more than |almost )?(?-i:(?=[$£€¥]|[A-Z]{3} ?\d))"
        r"(?=[^.;]{0,60}\b(?:investors?|backers?|capital|funding|round|venture)\b)|\b(?:sell|sells|sold|selling|issue|issues|issued|issuing) (?:about |some )?new shares\b)",
    ),
    "investment": re.compile(
        r"\binvest(?:ed|s|ing|ment|ments)?\b|\bspen(?:d|ds|t|ding)\b|\blen(?:t|ds|ding) (?:\S+ ){0,4}to\b|\bpump(?:ed|s|ing)?\b|\bpour(?:ed|s|ing)?\b|\bcapex\b|"
        r"\bcapital (?:expenditure|spending)\b|\bdata cent(?:re|er)s?\b|\bbuild(?:ing|s)?\b(?!-| societ(?:y|ies)\b)|\bacqui(?:red?|sition|res)\b|\b(?:took|takes|take|taking) over (?-i:(?=[A-Z]))|\bsnap(?:ped|s)? up\b|"
        r"\b(?:buys?|buying|bought|purchase[sd]?|order(?:s|ed)?(?!\s+" + _ORDERED_TO + r"|\s+book)|pa(?:id|ys?|ying) (?!(?:a |the )?(?:penalty|fine|damages|compensation)\b)(?:\S+ ){0,5}for(?! (?:failing|breaching|breaking|misleading|overcharging|mis-selling)\b))\b|\binfrastructure\b|"
        r"\b(?:put|puts|putting)\b(?=(?:[^.;]|\.(?=\d)){0,40}\binto\b)|"
        r"\b(?:project|plant|factory|facility|campus|site|programme|package)s?,? (?:\w+ ){0,2}worth\b",
        _I,
    ),
    "revenue": re.compile(
        r"(?<!% of )(?<!per cent of )\brevenues?\b|(?<!% of )\bsales\b|(?<!% of )\bturnover\b|\btakings\b|(?<!net )(?<!operating )(?<!pre-tax )(?<!investment )(?<!national )(?<!disposable )(?<!household )(?<!gross annual )(?<!annual )(?<!gross )\bincome\b(?! tax)|\b(?:annual(?:ised|ized)? )?recurring revenue\b|\bARR\b|\bbookings\b|"
        r"\b(?:net )?(?:interest|fee) income\b|\b(?:contract|order|deal)s? (?:[^.;]){0,60}?\b(?:worth|valued at)\b|"
        r"\b(?:wins?|won|winning|secure[sd]?|securing|land(?:s|ed)|awarded)\b(?:[^.;]){0,60}?\b(?:orders?|contracts?)\b(?:\s+(?:worth|valued at)\b)?",
        _I,
    ),
    "pledge": re.compile(
        r"\bpledg(?:ed|es|e|ing)\b|\bpromis(?:ed|es|e)\b|\bvow(?:ed|s)?\b|"
        r"\b(?:will|would|is to|are to|plans? to|aims? to) (?:also |still |now )?(?:double|triple|raise|increase|lift|boost|cut|reduce|halve)\b (?:its|their|the) (?:[\w-]+ ){0,3}?(?:spending|budget|investment|funding|support)\b|\bcommit(?:ted|s)?\b(?= (?:[^.;]|\.(?=\d)){0,30}?\bto\b)|\b(?:will|would) (?:also |still |now )?(?:spend|invest|provide|allocate|fund|put|give|grant|add(?![^.;]{0,40}\bto (?:its |annual |the group's )?(?:revenue|sales|earnings|profits?|turnover|income)\b)|contribute|inject|build|open)\b|\baims? to\b|"
        r"\bplans? to (?:spend|invest)\b|\bearmark(?:ed|s)?\b|\ballocat(?:ed|es|ing)\b|\b(?:will|would) (?:also )?go (?:on|to|into|towards)\b|\bexpect(?:s|ed)? to (?:award|spend|invest|provide|allocate)\b|\b(?:share )?buy-?backs?\b|\bbuy back\b|"
        r"\bannounc(?:ed|es|ing)\b(?= (?:an? (?:(?:extra|further|additional|new) )?)?(?:[$£€¥]|(?-i:[A-Z]{3}) ?\d))|"
        r"\b(?-i:[A-Z])[\w&'’-]* to (?:spend|invest|put|give|pay)\b",
        _I,
    ),
    "other": re.compile(
        r"\b(?:pre-tax |net |operating )?(?:profits?|loss(?:es)?|earnings|ebitda)\b|\bnet income\b|\b(?:repair|restructuring|legal|one-off) costs\b|\bloan book\b|\bdeposits\b|\b(?:net )?debt\b|\bborrowings\b|\bbacklog\b|\border book\b|\bnet cash\b|\bcash (?:pile|reserves?|balance)\b|\bdividends?\b|\bfines?d?\b|\bpenalt(?:y|ies)\b|"
        r"\bagainst (?:bad|loan) (?:debts|losses)\b|\bprovisions?\b|\bsalar(?:y|ies)\b|\bwages\b|\bwage bill\b|\blost\b|\bmarket (?:\w+ ){0,2}worth\b|\bmarket (?:size|sized)\b|\bassets under management\b|\bmanag(?:es|ed|ing) (?:about |some |more than |nearly )?(?=[$£€¥]|[A-Z]{3} ?\d)",
        _I,
    ),
}
"""Cues of the types money can have, in order of precedence on a tie."""

FACT_CUES: dict[str, re.Pattern[str]] = {
    "founding": re.compile(
        r"\b(?:co-?)?founded\b|\bestablished in\b|\bset up in\b|\b(?:was|were) (?:set up|established)(?= by\b)|\b(?:was|were) (?:started|formed|created) in (?=(?:19|20)\d\d\b)|\bset up (?:the|a|an|its|their) (?:company|firm|business|start-?up|group|bank|fund|lab)\b|"
        r"(?<=['’]s )(?:co-?)?founders?,? (?-i:(?=[A-Z]))|\bset (?:it|them|the (?:company|firm|business)) up\b|\bspun (?:out|off) (?:of|from)\b|\bspin-?(?:out|off) (?:of|from)\b|"
        r"\b(?:body|agency|company|firm|start-?up|group|fund|unit|institute|lab) (?:that was |which was )?(?:created|formed|launched|set up)\b|"
        r"\b(?:company|firm|business|start-?up|group|bank|lab|maker|brand) (?:that |which )?(?:she|he|they|we|I|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)) "
        r"(?:co-?founded|founded|started|set up|launched)(?= in (?:19|20)\d\d\b)",
        _I,
    ),
    "ownership": re.compile(
        r"\bowned by\b|\bowns?(?: (?:about|nearly|some|around|roughly|more than|almost))?(?: an?)? \d[\d.]*%(?: stake)?|\bowns\b|\bstake in\b|\b(?:a|an|its|their) \d[\d.]*% stake\b|"
        r"\b(?:hold|holds|held)(?: (?:about|nearly|some|around|roughly|more than|almost))?(?: an?)? \d[\d.]*%(?! share of\b)|"
        r"\b(?:keeps?|kept|retains?|retained)(?: (?:about|nearly|some|around|roughly|more than|almost))?(?: an?)? \d[\d.]*%"
        r"(?= stake| of (?:the |its |their )?(?:shares|company|firm|group|business|equity|voting|(?-i:[A-Z]))|[,.;]| in\b)|"
        r"\b" + LARGEST_HOLDER + r"s?\b|"
        r"\b(?:majority|wholly|state|family|employee|founder|government|privately)[- ]owned\b|\bsubsidiary\b|\bparent company\b|\bnow part of\b|"
        r"\bpart of (?=[A-Z])|\b(?:held|holds|hold) (?:its|a|the|their) (?:\d+(?:\.\d+)?% )?stake\b|\b(?:[Ii]ts|[Tt]heir|[A-Z][\w-]*(?:'s|’s)) [A-Z][\w-]* (?:family|range|line|series|suite) of\b|\b(?:was|were|been|is being) (?:acquired|bought) by\b|\bacquired\b|\bcontrolling (?:stake|interest)\b|\bmajority owner\b|\bcontrolled by\b",
    ),
    "location": re.compile(
        r"(?<=, )(?:a|an|the) [A-Z][\w'’]+(?: [A-Z][\w'’]+)? (?:[a-z-]+ ){0,2}(?:company|firm|start-?up|group|bank|lender|maker|think tank|developer|"
        r"platform|provider|utility|insurer|retailer|fund|lab|broker|operator|manufacturer|producer|supplier|designer|carmaker|chipmaker|consultancy|investor|"
        r"asset manager|manager)\b|"
        r"(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\n)|(?<=[.!?] ))(?<!, the )(?<!, an )(?<!, a )(?![A-Za-z]+(?:ian|ish|ese|ern|ic)\b)(?-i:[A-Z][\w'’]+(?: [A-Z][\w'’]+)?) (?:[a-z-]+ ){0,2}"
        r"(?:brewer|distiller|baker|airline|carrier|miner|shipper|builder|publisher|grocer|supplier|start-?up|lender|insurer|retailer|utility|"
        r"carmaker|chipmaker|manufacturer|producer|operator|developer|provider)(?= (?-i:[A-Z])| ?,)|"
        r"[A-Z][\w.&'’]*-(?:based|headquartered)\b|\b(?:[Bb]ased|[Hh]eadquartered|[Hh]eadquarters) in\b|\bHQ in\b|\bout of (?=[A-Z])|\b(?:opened|opens|has|with) (?:an? |its )?(?:new )?(?:office|offices|headquarters|base|hub) in\b|\b(?:head office|main office|head office is|headquarters are|headquarters is) in\b"),
    "valuation": re.compile(
        r"\bvalu(?:es|ed|ing)\b[^.;]{0,50}?\bat (?:about |around |roughly |nearly |some |almost |more than |less than )?(?:\d[\d.]*|[a-z]+) times\b", _I
    ),
    "other": re.compile(
        r"\bemploy(?:s|ed)\s+(?:about |some |more than |nearly |around |roughly |over |almost )?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
        r"(?:people|staff|workers|employees)\b",
        _I,
    ),
    "adoption": re.compile(
        r"\b(?:been |was |were )?adopted by (?!the (?:board|government|parliament|council|authority|regulator|commission|ministry|assembly|senate|congress)\b)|"
        r"\badopt(?:s|ing)\b|\badopted (?!by\b|in\b|on\b|last\b|this\b)|\bused by\b|\b(?:customers|clients|users) (?:include|such as|range)\b|\bamong (?:its|their) (?:customers|clients|users)\b|\b(?:largest|biggest|main|first|key) (?:customers?|clients?) (?:is|are|was|were|include[sd]?)\b|"
        r"\bsigned (?:up )?(?:its|a|an|their|the) (?:first |new |biggest |largest )?(?:customers?|clients?)\b|\bdeployed (?:by|at|across)\b|\brolled out (?:to|across)\b|\bsigned up\b|"
        r"(?<![\d,.])(?<!survey of )(?<!poll of )(?<!study of )(?<!overcharged )(?<!overbilled )(?<!misled )(?<!affected )(?<!compensate )(?<!refund )(?<!repay )(?<!owed )\b(?!(?:19|20)\d\d\b)\d[\d,.]*\s?(?:m|million|bn|billion|k)?\s?(?:(?!(?:for|by|to|of|in|on|at|from|with)\s)(?!\w+ing\s)[a-z-]+\s){0,2}(?:users|customers|subscribers)\b(?!\s+(?:were|was|have been|had been|are|who were)\s+(?:affected|overcharged|hit|harmed|misled|owed|exposed))|"
        r"\bserv(?:es|ed|ing) (?:more than |over |about |some )?(?=\d)|\brent(?:s|ed|ing)? (?:\w+ ){0,2}from\b|"
        r"\b(?:will |would |to )?(?:start|starts|started|begin|begins|began|starting|beginning) using\b|"
        r"\b(?:use|uses) (?:its|their|(?-i:[A-Z][\w-]*)(?:['’]s?)) (?:[\w-]+ )?(?:software|platform|app|system|services?|products?|tools?|technology|chips|sensors|robots)\b|"
        r"\bsuppl(?:ies|ied|ying) (?:[\w-]+ ){0,3}to (?-i:(?=[A-Z]))|\b(?:has|have) (?:been )?us(?:ed|ing) (?:the|its|their) (?:[\w-]+ ){0,2}(?:software|system|platform|app|service|test|tools?|product)s?\b",
        _I,
    ),
}
"""Cues of facts that may stand beside another claim in the same sentence."""

MAIN_CUES: dict[str, re.Pattern[str]] = {
    "warning": re.compile(r"\b(?:regulator|watchdog|authority|commission|ombudsman|inspectorate|board|office|agency|auditor|tribunal|court|(?-i:[A-Z]{2,6}))\s+(?:has\s+|had\s+)?(?:found|concluded)\b|"
        r"(?<=\bafter )finding that\b|(?<=, )finding that\b|\bwarn(?:ed|s)?\b|\b(?:investigation|inquiry|probe|review|audit)\b[^.;]{0,40}\bfound\b|\bwarning (?:that|of|about)\b|\bcaution(?:ed|s)\b|\braised (?:concerns|the alarm|alarm)\b|\bsounded (?:the|an) alarm\b|"
        r"\b(?:said|says) (?:it|they) (?:was|were|is|are|remained|remains) (?:concerned|worried) (?:that|about|by)\b|"
        r"\b(?:would|will|could|is set to|are set to|is on course to|are on course to|risks?|is likely to|are likely to) (?:miss|fall short of|fail to (?:meet|reach|hit))\b|\bflagged (?:an? |the )?(?:[\w-]+ )?(?:risks?|concerns?|weakness(?:es)?|failings?)\b", _I),
    "pledge": re.compile(
        r"\bpledged\b|\bpledges? to\b|\bpledging\b|\bpromis(?:ed|es)\b|\bvow(?:ed|s)\b|(?<!is )(?<!are )(?<!remains )(?<!remain )\bcommit(?:ted|s) to\b|\bhas committed\b|"
        r"\bwill (?:also |still |now )?(?:spend|invest|cap|build|create|hire|open|provide|fund|give|grant|introduce|ban|launch|scrap|abolish|set up)\b|"
        r"\b(?:is|are|remains) committed to [a-z]+ing\b(?=[^.;]{0,60}\b(?:by|before) (?:the end of )?(?:19|20)\d\d\b)|"
        r"\b(?-i:[A-Z])[\w&'’-]* to (?:spend|invest|build|hire|open|create|close|cut|ban|cap|scrap|raise)\b|"
        r"\bwould (?:also |still |now )?(?:open|build|hire|launch|close|double|triple)\b|\b(?:will|would) (?:not )?appeal\b|\bwill have (?:opened|built|hired|launched|closed|doubled|spent|invested)\b|"
        r"\b(?:will|would|plans? to|intends? to) (?:also |still |now )?use (?:the|its|their|that|this|all|most|part|some|half) (?:of (?:the|its) )?(?:money|proceeds|funds|funding|cash|capital)\b|\b(?:money|proceeds|funds|funding|cash|capital) (?:raised )?will (?:also )?(?:pay for|fund|finance|go (?:to|towards)|be (?:used|spent|invested))\b|\bearmark(?:ed|s)\b|\bplans? to [a-z]+|\bintends? to [a-z]+|"
        r"\b(?:is|are|was) due to (?:open|launch|start|begin|complete|enter)\b|\b(?:is|are|was|were) due to be [a-z]+ed\b(?=[^.;]{0,40}\b(?:by|before)\s)|\bdue to open\b|\b(?:is|are) due (?:by|before) (?:the end of )?(?:19|20|[A-Z])|\b(?:will|would) go (?:in)?to\b|\b(?:will|would) (?:list|float)\b|"
        r"\bexpect(?:s|ed)? to (?:award|spend|invest|provide|allocate|open|hire)\b|\baim(?:s|ed)? to [a-z]+|"
        r"\b(?:set|sets|setting|adopted|announced)\s+(?:an?|its|the|their)\s+(?:[\w-]+\s+){0,2}target\b|"
        r"\b(?:will|expects? to|aims? to|plans? to) (?:be (?:profitable|cash-flow positive)|break even|turn a profit)\b|"
        r"\b(?:will|would|expects? to|wants? (?:[a-z]+ ){0,2}to) (?!need\b|have to\b|require\b|face\b)[a-z]+\b(?:[^.;]|\.(?=\d)){0,60}\b(?:by|before) (?:the end of )?(?:(?:19|20)\d\d|the year|this year|next year|"
        r"January|February|March|April|May|June|July|August|September|October|November|December)\b|"
        r"(?:(?<=\bsaid )|(?<=\bsays )|(?<=\bsaid that )|(?<=\bsays that ))(?:it|they|the (?:company|firm|group|bank|lender|government|regulator|board|authority)) "
        r"would (?!(?:have|be|not|cooperate|co-operate|comment|respond|consider|appeal)\b)[a-z]+",
        _I,
    ),
    "revenue": re.compile(
        r"\b(?:rais|lift|cut|lower|trimm|upgrad|downgrad|increas|reduc)\w*\s+(?:its|their|the)\s+(?:full-year\s+|annual\s+)?(?:forecast|guidance|outlook)\s+"
        r"for\s+(?:[\w-]+\s+){0,2}(?:revenue|sales|income|turnover)\b|\b(?:revenue|sales|income|turnover)\s+(?:forecast|guidance|outlook)\b",
        _I,
    ),
    "funding": re.compile(
        r"\bled the (?:round|investment)\b|\b(?:round|funding|investment|financing|raise) (?:was |is |has been )?(?:co-)?led by\b|\bseries [a-h] round\b|\bseed round\b|\b(?:backed|funded|financed) by\b|\bco-led\b|\bbids? from\b|"
        r"\battract(?:ed|s|ing)? (?:\w+ ){0,3}(?:bids|investors|backers|backing)\b|\b(?:also )?took part\b|\bparticipated in\b|"
        r"\bexisting (?:backer|investor)s?\b|\binvest(?:ed|s)? in (?:the company|the firm|the start-?up)\b",
        _I,
    ),
    "comparison": re.compile(
        r"\b(?:the same|a similar) (?:[\w-]+ ){0,2}as\b|(?<!rather )(?<!more )(?<!less )(?<!fewer )\bthan\b|\b(?:more|less|fewer) than (?![$£€\d]|(?:a|one|two|three|half|twice)\s+(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\b)|\bexceed(?:s|ed|ing)?\b|\bsurpass(?:es|ed)?\b|\boutstrip(?:s|ped)?\b|"
        r"\b(?:risen|grown|fallen|increased|declined|rose|grew|fell) (?:in )?(?:every|each) year\b|\bfor the (?:\w+ )?(?:year|quarter|month) in a row\b|\b(?:first|second|third|fourth|fifth|sixth|\w+th) (?:[\w-]+ )?(?:cut|rise|increase|fall|decline|hike|drop|gain)s? in a row\b|\bfor the \w+ (?:consecutive|straight) (?:year|quarter|month)\b|"
        r"\bovert(?:ook|akes?|aken)\b|\boutpac(?:es|ed)\b|\bahead of\b(?! (?:its|their|the|a|an|next|this) (?:[\w-]+ ){0,2}(?:results|meeting|vote|election|listing|launch|publication|talks|summit|deadline|hearing|decision|budget|announcement|speech|update|report)\b)|\btrail(?:s|ed|ing)\b|\blag(?:s|ged)? behind\b|\brank(?:s|ed|ing)?\b|"
        r"\bthe (?:largest|biggest|highest|lowest|smallest|most valuable|fastest[- ]growing|second[- ](?:largest|biggest))\b|"
        r"\bone of (?:the |[A-Z][\w-]*(?:'s|’s) )(?:most|largest|biggest|fastest|highest)\b|"
        r"\bclimbed (?:\w+ ){0,3}to (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\bleads? (?:on|in) (?!the round\b)|"
        r"\bbehind (?=(?-i:[A-Z]))|\btimes (?:more|larger|bigger|as)\b|\bcompared (?:with|to)\b|\bversus\b|\btwice as\b|(?<!first )(?<!second )\bhalf (?:of|as)\b|\bfraction of\b|\bdoubl(?:ed|es)\b|\btripl(?:ed|es)\b",
        _I,
    ),
    "policy": re.compile(
        r"\b(?:[A-Z][\w'’-]* )+(?:Act|Bill|Directive|Regulation|Strategy|Programme|Program|Scheme|Plan|Taskforce|Initiative|Framework)\b|"
        r"\b(?:government|ministry|department|regulator|parliament|congress|commission|treasury|state)(?:'s|’s) (?:[\w-]+ ){0,2}"
        r"(?:policy|policies|scheme|programmes?|programs?|taskforce|task force|strategy|law|ban|rules|tax|subsid(?:y|ies)|tariffs?|regulations?|grants?|credits?)\b|"
        r"\b(?:law|legislation|regulations?|rules|tax credits?|tariffs?)\b(?= (?:was|were|has|have|came|comes|require|requires|took|takes|will))|"
        r"\b(?:programme|program|scheme|initiative|plan)\b[^.]{0,40}\b(?:will be|would be|is|are|was) (?:run|administered|managed|overseen) by\b|"
        r"(?i:\b(?:rules?|laws?|regulations?|bans?|caps?|levy|levies|tax|taxes|credits?|duty|duties|schemes?|requirements?)\b(?: (?!(?:and|or|but|that|which)\b)[\w-]+){0,3}? (?:will |would )?(?:applies|apply|takes? effect|comes? into force)\b|"
        r"\bfrom (?:next year|next month|the start of \d{4}|(?:19|20)\d\d|(?:\d{1,2} )?(?-i:[A-Z][a-z]+)(?: \d{1,2})?(?:,? (?:19|20)\d\d)?)\b[^.;]{0,100}"
        r"\b(?:will have to|must|will (?:only )?be able to|will no longer|may (?:only|no longer))\b|"
        r"\b(?:under|new) (?:new )?(?:rules|regulations|laws?|limits?|powers) (?:that |which )?(?:the |its |their )?(?:[\w-]+ ){0,2}"
        r"(?:announced|introduced|adopted|passed|approved|set out|unveiled|published|proposed)\b|"
        r"\b(?:fuel|stamp|import|excise) duty\b|\bduty (?:frozen|freeze)\b|\b(?:the|a|this) freeze\b|\blevy\b|"
        r"\b(?:tax|vat|duty|levy|(?:minimum|living) wage)\b (?:will )?(?:rises?|rose|falls?|fell|goes up|went up|increases?|increased|is cut|was cut|will be cut) (?:from [^.;]{1,20} )?to \d|"
        r"\b(?:raised|raises|lifted|lifts|hiked|hikes|cut|cuts|lowered|lowers|held|holds|kept|keeps|left|leaves)\s+(?:its\s+|the\s+|their\s+)?"
        r"(?:(?:main|key|benchmark|policy|base|official|one-week|overnight|deposit|repo|lending)\s+)*(?:interest\s+)?rates?\b(?!\s+(?:of|on)\s+(?:its|their|the)\s+(?:loans|mortgages|accounts|savings))|"
        r"\b(?:[\w-]+-)?tax (?:cut|cuts|breaks?|relief|credits?|holiday|rise|rises)\b|\b(?:output |production |import |export )?quotas?\b)",
    ),
    "other": re.compile(
        r"\bprofitable\b|\bprofits?\b|\bloss-making\b|\bbroke even\b|\bfined\b|\b(?:banned|barred|suspended) (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)* from\b|\b(?:opened|launched|began|started) (?:an? |its |the )?(?:formal )?(?:investigation|inquiry|probe)\b|"
        r"\bordered\b(?=[^.;]{0,60}\bto (?:stop|pay|halt|suspend|cease|repay|refund|close|sell|divest|compensate|change|fix|remove|delete|end|publish|notify|recall|withdraw|return|appoint|improve)\b)|\brequired\b(?=[^.;]{0,40}\bto [a-z]+\b)|"
        r"\b\d[\d,.]*\s+of\s+(?:those|these|the|its|their)\s+[\w-]+\s+(?:were|was|are|is|had|have)\b|\bsigned (?:a|an) (?:deal|contract|agreement)\b|\bwho (?:leads|runs|heads|chairs)\b|"
        r"\b(?:listed|floated|went public) (?:in|on)\b|\b(?:have|has) traded on\b|\b(?:a|one|two|three|four)[ -](?:third|quarter|fifth|tenth)s? of\b|\baccount(?:ed|s)? for (?:about |nearly |almost |more than |less than )?(?:\d[\d.]*%|half) of\b|"
        r"\d(?:[\d,.]*\d)?\s?(?:%|per ?cent)|\b(?:\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: hundred(?: and [a-z-]+)?)?)\s?(?:m|million|bn|billion|k)?\s?(?:[\w-]+\s(?:and\s[\w-]+\s)?)?(?:employees|staff|workers|people|jobs|deals|start-?ups|companies|firms|investors|members|GPUs|chips|countries|offices|patents|stores|"
        r"gigawatts|megawatts|GW|MW|robots|turbines|units|sites|vehicles|plants|factories|transactions|shifts)\b|"
        r"\b(?:deliver(?:ed|s)?|ship(?:ped|s)?|sold|produced|installed|deployed) (?:more than |about |nearly |almost |some )?\d[\d,.]*\b(?! ?%)|"
        r"\b(?:workforce|headcount|staff) (?:numbers|totals|stands at|stood at|of) (?:about |around |some |nearly |almost |more than )?\d|"
        r"\b(?:was|were|has been|have been) (?:announced|completed|agreed|signed|approved|cleared) (?:in|on|last)\b|"
        r"\b(?:began|begins|begin|started|starts|start) (?:production|operations|trading|deliveries|construction|shipping)\b|"
        r"\b(?:is|are|was|were) (?:acting as|advising)\b|\b(?:financial|legal|lead) advis[eo]rs? (?:to|on)\b|"
        r"\b(?:opened|opens|closed|closes|shut) (?:a|an|its|the|their|our) (?:(?:new|first|second|third|fourth|fifth)\s+)?(?:[\w-]+\s+)?"
        r"(?:office|plant|factory|line|store|shop|branch|hub|centre|center|site|warehouse|lab|laboratory)s?\b|"
        r"\b(?:expected|expects?|due) (?:(?:the|its) [\w-]+ )?to (?:close|complete|be completed|be finali[sz]ed|go through)\b|"
        r"\b(?:cut|cuts|reduced|reduces|halved|shrank|trimmed) (?:its|their|the) (?:[\w-]+ ){0,2}(?:network|workforce|staff|headcount|branches|stores|offices|costs|debt)\b|"
        r"\b(?:cut|cuts|lowered|lowers|raised|raises|reduced|reduces|trimmed|trims|upgraded|downgraded|withdrew|scrapped) (?:its|their|the) (?:[\w-]+ ){0,2}(?:forecast|guidance|outlook|target)s?\b(?=[^.;]{0,60}\d)|"
        r"(?<![:.])\b\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?-i:[A-Z][a-z]+(?:ians|ans|ons|ese|es))\b|"
        r"(?<![\d:.,])\b(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|(?-i:eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens))\s+"
        r"(?-i:(?:[a-z-]+\s+){0,2}(?!(?:years|months|weeks|days|hours|minutes|times|points|percent|shares)\b)[a-z]{3,}s)\b|"
        r"\b(?:will|would) need to [a-z]+\b(?=[^.;]{0,60}\b(?:by|before) (?:19|20)\d\d\b)|\b(?:will|would) need (?=[^.;]{0,60}\b(?:by|before) (?:19|20)\d\d\b)|"
        r"\b(?:withdrew|withdraws|withdrawn|abandoned|dropped|scrapped)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:proposal|offer|bid|approach|takeover plans?|plans? to (?:buy|list|merge))\b|"
        r"\b(?:is|was|marks|marked) the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:time|such|fine|deal|ruling|case|cut|rise)?\b|"
        r"\bmarket share\b|\b\d[\d.]*% share of (?:the|its)\b[^.;]{0,40}\bmarket\b|\bheadcount\b|\b(?:order book|backlog)\b[^.;]{0,20}\b(?:stood|was|rose|fell|reached)\b|\bthe number of [\w\s-]{1,40}?\b(?:rose|fell|grew|increased|decreased|dropped|climbed|reached|stood at|halved)\b|\b(?:staff|workforce|headcount|employees)\b[^.;]{0,20}\b(?:rose|grew|fell|climbed|increased|reached|stood at|totalled)\b",
        _I,
    ),
}
"""Cues of a sentence's main claim when it has no money, in order of precedence."""


@dataclass(frozen=True)
class Cue:
    """A cue for a claim type and where it sits."""

    type: str
    start: int
    end: int


def find_cues(patterns: dict[str, re.Pattern[str]], text: str, start: int, end: int) -> list[Cue]:
    """All cues of ``patterns`` in ``text[start:end]``, in order of pattern then position."""
    return [Cue(kind, m.start(), m.end()) for kind, pattern in patterns.items() for m in pattern.finditer(text, start, end)]


def money_type(text: str, clause_start: int, clause_end: int, money_start: int, money_end: int) -> tuple[str, Cue | None]:
    """The type of a money mention: the nearest money cue in its clause.

    A pledge cue anywhere in the clause wins ("pledged £2bn to build ..."); a
    warning, a policy or a comparison without a type cue gives that type; no
    cue gives ``other``.

    >>> text = "Acme raised $40m in a round that valued it at $300m."
    >>> money_type(text, 0, len(text), 12, 16)[0], money_type(text, 0, len(text), 45, 50)[0]
    ('funding', 'valuation')
    """
    if _STAKE_WORTH.search(text, max(clause_start, money_start - 30), money_start):
        return "ownership", None  # "owns 18.4% of the company, a stake worth about €773m": one ownership claim with its value
    if _FUND_SIZE.match(text, money_end):
        return "other", None  # "Norway's $1.6 trillion sovereign wealth fund": what the fund holds, no money moved
    cues = find_cues(MONEY_CUES, text, clause_start, clause_end)
    pledges = [c for c in cues if c.type == "pledge" and not _MADE_TO.search(text, max(clause_start, c.start - 60), c.end)]
    if pledges:  # but "the tribunal ordered Kestrel Freight to pay £14m": a ruling on another, no pledge
        return "pledge", pledges[0]
    cues = [c for c in cues if c.type != "pledge"]
    if not cues:
        for kind in ("warning", "policy", "comparison"):
            found = next(iter(find_cues({kind: MAIN_CUES[kind]}, text, clause_start, clause_end)), None)
            if found:
                return kind, found
        return "other", None

    def distance(cue: Cue) -> tuple[int, int, int]:
        gap = money_start - cue.end if cue.end <= money_start else cue.start - money_end if cue.start >= money_end else 0
        return (max(gap, 0), cue.start - cue.end, list(MONEY_CUES).index(cue.type))  # nearest, then most specific

    best = min(cues, key=distance)
    if best.type == "revenue" and _DEAL_WORTH.match(text, best.start, best.end) and _OFFERED.search(text, clause_start, best.start):
        return "other", best  # "had offered staff a deal worth £1,900 a year": an offer's terms, no one's sales
    if best.type == "revenue" and _DEAL_WORTH.match(text, best.start, best.end) and _BOUGHT.search(text, clause_start, best.start):
        return "investment", best  # "has ordered 30 jets ... in a deal worth EUR 1.4bn": the buyer's purchase, not a sale
    if best.type == "valuation" and text[best.start : best.end].lower() == "worth" and _BOUGHT.search(text, clause_start, best.start):
        return "investment", best  # "has ordered ten jets from Airbus, worth about $900m": what the order is worth, no firm's value
    if best.type == "investment" and _INTO_COMPANY.search(text, clause_start, clause_end):
        return "funding", best  # money put into a company is a funding round, not an investment in assets
    return best.type, best


_STAKE_WORTH = re.compile(r"\bstake (?:now |then )?(?:worth|valued at)\s+(?:about |around |roughly |some |nearly |almost |more than )?$", re.IGNORECASE)
"""The words before the value of a stake just told."""
_FUND_SIZE = re.compile(r"(?:\s+(?:sovereign|wealth|pension|state|oil))+\s+funds?\b")
"""What follows an amount that is the size of a fund that invests ("a $1.6 trillion sovereign wealth fund"), unlike one
being raised ("closed a €300m fund")."""
_MADE_TO = re.compile(r"\b(?:order(?:s|ed)?|forc(?:es|ed)|requir(?:es|ed)|told)\s+" + _ORDERED_TO + r"$", re.IGNORECASE)
"""A body making another act ("ordered Kestrel Freight to pay"): what it must do is no pledge of its own."""
_DEAL_WORTH = re.compile(r"(?:contract|order|deal)s?\b", re.IGNORECASE)
_BOUGHT = re.compile(r"\b(?:ordered|orders|bought|buys|buy|purchased|purchases|acquired|acquires|licen[cs](?:ed|es)\b(?=[^.;]{0,60}\bfrom\b))\b", re.IGNORECASE)
"""A deal's worth told after the buyer's verb: a purchase (rights licensed from another firm are bought too)."""
_OFFERED = re.compile(r"\b(?:offer(?:ed|s)?|proposed|tabled)\b", re.IGNORECASE)
"""A deal's worth told after an offer's verb: the offer's terms."""


TRADING = re.compile(
    r"\b(?:shares|stock)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:rose|fell|closed|jumped|dropped|gained|slipped|traded|opened|climbed|soared|slumped|ended)\b|"
    r"\bshares are (?:now )?worth\b", _I
)
"""Shares trading on a market: a value put on the company there is its market value ("Shares closed 3% higher, valuing it at $6bn")."""
ON_A_MARKET = re.compile(r"\s*(?:in total\s+)?on the (?:(?:[A-Z][\w-]*\s+){0,2}(?:stock ?market|stock exchange|bourse)|Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|Euronext|Xetra)\b", _I)
"""A value put on a market right after its amount ("valued at $9bn on the stock market"): a market value."""
_INTO_COMPANY = re.compile(
    r"\bback(?:ed|s|ing)\b|\binvest(?:ed|ment|s)? in(?:to)? (?:[A-Z]|the company\b|the firm\b|the start-?up\b)|"
    r"\b(?:invest(?:ed|ment|s)?|put|puts|pumped|poured)\b(?:[^.;]|\.(?=\d)){0,40}?\bin(?:to)? (?:[\w-]+ ){0,2}?(?:start-?ups|scale-?ups)\b"
)
