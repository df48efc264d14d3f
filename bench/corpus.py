"""A deterministic synthetic corpus shaped like the curated claim sets.

Documents are news articles of a few paragraphs; each carries about ten
claims over a shared entity population in which a few hubs (the big AI firms,
the large investors, the main data providers) collect most claims and a long
tail of small firms, people and funds collects the rest (Zipf weights). Claims
are valuations, funding totals, investments, bids, warnings, pledges,
comparisons, foundings and locations; every claim has a claimant (the
publisher in its own voice, a named data provider or institution, or an
anonymous source), a time it is about and an anchor whose offsets, quote,
prefix and suffix agree with the document's text, so the SHACL shapes accept
it. The output is ``ClaimSet`` objects: ``kg.mapping`` turns them into quads
exactly as it does the curated data.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from claimgraph.claims.model import Anchor, Claim, ClaimSet, Document, Entity, Literal, Money, TimeRef

CLAIMS_PER_DOCUMENT = 10
CONTEXT = 32
"""Characters of prefix and suffix kept around a quote, as in the curated sets."""

_SYLLABLES = ("an", "bel", "cor", "dra", "el", "fen", "gri", "hal", "ix", "jor", "ka", "lum", "mor", "nex",
              "ol", "pra", "quin", "ros", "sol", "tev", "ul", "vox", "wen", "xi", "yar", "zen")
_KINDS = {
    "firm": 0.40, "investor": 0.14, "person": 0.14, "institution": 0.07, "government_body": 0.05,
    "policy": 0.04, "country": 0.03, "data_provider": 0.03, "anonymous_source": 0.04, "group": 0.03,
    "sector": 0.03,
}
_CURRENCIES = ("USD", "USD", "USD", "GBP", "EUR")
_SYMBOL = {"USD": "$", "GBP": "£", "EUR": "€"}
_HEDGES = ("roughly", "reportedly", "about", "projected", "briefly")
_EXPRESSIONS = {"year": ("last year", "this year", None), "month": ("last month", "in March", None), "day": (None,)}
_TOPICS = ("chip export rules", "compute shortages", "the cost of compliance", "a funding gap", "energy prices",
           "the loss of research talent", "concentration of market power")
_PLEDGES = ("fund new computing centres", "cut the time to approve data centres", "train ten thousand engineers",
            "open public data to start-ups", "double the research budget")


@dataclass(frozen=True)
class Population:
    """The entities claims are drawn from, with cumulative Zipf weights per type."""

    entities: tuple[Entity, ...]
    by_type: dict[str, list[Entity]]
    cumulative: dict[str, list[float]]
    publishers: tuple[Entity, ...]

    def pick(self, rng: random.Random, kind: str) -> Entity:
        """An entity of this type; hubs (low ranks) come up far more often."""
        weights = self.cumulative[kind]
        return self.by_type[kind][bisect.bisect_left(weights, rng.random() * weights[-1])]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def population(size: int, seed: int = 0) -> Population:
    """``size`` entities plus twenty publishers; the same seed gives the same population."""
    rng = random.Random(seed)
    by_type: dict[str, list[Entity]] = {kind: [] for kind in _KINDS}
    kinds, shares = zip(*_KINDS.items())
    counts = {kind: max(3, round(size * share)) for kind, share in zip(kinds, shares)}
    for kind in kinds:
        for rank in range(counts[kind]):
            label = f"{_name(rng)} {kind.replace('_', ' ').title()} {rank}"
            aliases = (label.split(" ")[0],) if rng.random() < 0.3 else ()
            by_type[kind].append(Entity(f"bench-{kind.replace('_', '-')}-{rank}", kind, label, aliases))
    cumulative = {kind: list(itertools.accumulate(1.0 / (rank + 1) ** 1.1 for rank in range(len(members))))
                  for kind, members in by_type.items()}
    publishers = tuple(Entity(f"bench-publisher-{n}", "publication", f"The {_name(rng)} Times") for n in range(20))
    everything = tuple(entity for members in by_type.values() for entity in members) + publishers
    return Population(everything, by_type, cumulative, publishers)


def _time(rng: random.Random, year: int) -> TimeRef:
    roll = rng.random()
    if roll < 0.08:
        return TimeRef(None, None, "recently")
    if roll < 0.55:
        return TimeRef(str(year - rng.randint(0, 1)), "year", rng.choice(_EXPRESSIONS["year"]))
    if roll < 0.85:
        return TimeRef(f"{year}-{rng.randint(1, 12):02d}", "month", rng.choice(_EXPRESSIONS["month"]))
    return TimeRef(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "day")


def _amount(rng: random.Random, low: float, high: float) -> float:
    return float(f"{rng.uniform(low, high):.3g}")


def _money_text(money: Money) -> str:
    symbol = _SYMBOL[money.currency]
    if money.amount is not None:
        return f"{symbol}{money.amount / 1e9:.3g}bn"
    return f"{symbol}{money.minimum / 1e9:.3g}bn to {symbol}{money.maximum / 1e9:.3g}bn"


@dataclass(frozen=True)
class _Draft:
    """A claim before it has a place in the text."""

    type: str
    predicate: str
    subject: Entity
    sentence: str
    statement: str
    object_entity: Entity | None = None
    object_money: Money | None = None
    object_literal: Literal | None = None
    claimant: Entity | None = None


def _valuation(rng: random.Random, people: Population) -> _Draft:
    firm = people.pick(rng, "firm")
    currency = rng.choice(_CURRENCIES)
    if rng.random() < 0.3:
        low = _amount(rng, 1e8, 5e11)
        money = Money(currency, minimum=low, maximum=float(f"{low * rng.uniform(1.1, 1.5):.3g}"), approximate=True)
    else:
        money = Money(currency, amount=_amount(rng, 1e7, 1e12), approximate=rng.random() < 0.4)
    text = _money_text(money)
    return _Draft("valuation", "valuation", firm, f"{firm.label} is valued at {text} after its latest share sale.",
                  f"{firm.label} is valued at {text}.", object_money=money)


def _funding(rng: random.Random, people: Population) -> _Draft:
    subject = people.pick(rng, rng.choice(("firm", "firm", "sector")))
    money = Money(rng.choice(_CURRENCIES), amount=_amount(rng, 1e6, 5e10), approximate=rng.random() < 0.3)
    text = _money_text(money)
    return _Draft("funding", "fundingRaised", subject, f"{subject.label} raised {text} in venture funding.",
                  f"{subject.label} raised {text}.", object_money=money)


def _investment(rng: random.Random, people: Population) -> _Draft:
    investor = people.pick(rng, "investor")
    money = Money(rng.choice(_CURRENCIES), amount=_amount(rng, 1e6, 1e10))
    text = _money_text(money)
    return _Draft("investment", "investmentAmount", investor, f"{investor.label} has committed {text} to new AI bets.",
                  f"{investor.label} committed {text}.", object_money=money)


def _bid(rng: random.Random, people: Population) -> _Draft:
    firm, investor = people.pick(rng, "firm"), people.pick(rng, rng.choice(("investor", "investor", "group")))
    return _Draft("funding", "receivedBidsFrom", firm, f"{firm.label} attracted bids from {investor.label}.",
                  f"{investor.label} bid for {firm.label} shares.", object_entity=investor)


def _warning(rng: random.Random, people: Population) -> _Draft:
    body = people.pick(rng, rng.choice(("institution", "government_body")))
    topic = rng.choice(_TOPICS)
    return _Draft("warning", "warnedAbout", body, f"{body.label} warned that {topic} could harm research.",
                  f"{body.label} warned about {topic}.", object_literal=Literal(topic), claimant=body)


def _pledge(rng: random.Random, people: Population) -> _Draft:
    body = people.pick(rng, "government_body")
    promise = rng.choice(_PLEDGES)
    return _Draft("pledge", "pledged", body, f"{body.label} has pledged to {promise}.",
                  f"{body.label} pledged to {promise}.", object_literal=Literal(promise), claimant=body)


def _comparison(rng: random.Random, people: Population) -> _Draft:
    first, second = people.pick(rng, "firm"), people.pick(rng, "firm")
    return _Draft("comparison", "comparedWith", first, f"{first.label} now plays in the same league as {second.label}.",
                  f"{first.label} is compared with {second.label}.", object_entity=second)


def _founding(rng: random.Random, people: Population) -> _Draft:
    firm, person = people.pick(rng, "firm"), people.pick(rng, "person")
    return _Draft("founding", "foundedBy", firm, f"{firm.label} was founded by {person.label}.",
                  f"{person.label} founded {firm.label}.", object_entity=person)


def _location(rng: random.Random, people: Population) -> _Draft:
    firm, place = people.pick(rng, "firm"), people.pick(rng, "country")
    return _Draft("location", "location", firm, f"{firm.label} is based in {place.label}.",
                  f"{firm.label} is based in {place.label}.", object_entity=place)


def _ownership(rng: random.Random, people: Population) -> _Draft:
    child, parent = people.pick(rng, "firm"), people.pick(rng, "firm")
    return _Draft("ownership", "parentOrganization", child, f"{child.label} is owned by {parent.label}.",
                  f"{parent.label} owns {child.label}.", object_entity=parent)


_TEMPLATES: tuple[tuple[Callable[[random.Random, Population], _Draft], float], ...] = (
    (_valuation, 0.18), (_funding, 0.15), (_investment, 0.08), (_bid, 0.14), (_warning, 0.08), (_pledge, 0.05),
    (_comparison, 0.10), (_founding, 0.08), (_location, 0.07), (_ownership, 0.07),
)
_TEMPLATE_WEIGHTS = list(itertools.accumulate(weight for _, weight in _TEMPLATES))


def _claimant(rng: random.Random, people: Population, publisher: Entity, draft: _Draft) -> Entity:
    if draft.claimant is not None:
        return draft.claimant
    roll = rng.random()
    if roll < 0.5:
        return publisher
    if roll < 0.75:
        return people.pick(rng, "data_provider")
    if roll < 0.9:
        return people.pick(rng, "anonymous_source")
    return people.pick(rng, "institution")


def claim_set(number: int, claims: int, people: Population, seed: int = 0) -> ClaimSet:
    """Document ``number`` with ``claims`` claims; the same arguments give the same claim set."""
    rng = random.Random(f"{seed}/{number}")
    year = 2020 + number % 6
    publisher = people.publishers[number % len(people.publishers)]
    drafts = [_TEMPLATES[bisect.bisect_left(_TEMPLATE_WEIGHTS, rng.random() * _TEMPLATE_WEIGHTS[-1])][0](rng, people)
              for _ in range(claims)]
    title = f"{drafts[0].subject.label} and the race for AI money"
    parts, spans = [title + "\n\n"], []
    offset = len(parts[0])
    for draft in drafts:
        spans.append((offset, offset + len(draft.sentence)))
        parts.append(draft.sentence + " ")
        offset += len(draft.sentence) + 1
    text = "".join(parts).rstrip() + "\n"
    document_id = f"bench-doc-{seed}-{number:07d}"
    published = TimeRef(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "day")
    document = Document(
        id=document_id, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), published=published,
        language="en", file=f"{document_id}.txt", title=title, publisher=publisher.id, text=text,
    )
    built = []
    used = {publisher.id: publisher}
    for index, (draft, (start, end)) in enumerate(zip(drafts, spans)):
        claimant = _claimant(rng, people, publisher, draft)
        for entity in (draft.subject, draft.object_entity, claimant):
            if entity is not None:
                used[entity.id] = entity
        built.append(Claim(
            id=f"{document_id}-c{index:02d}", document=document_id, type=draft.type, statement=draft.statement,
            subject=draft.subject.id, predicate=draft.predicate, claimant=claimant.id,
            anchor=Anchor(start, end, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]),
            about=_time(rng, year), stated=TimeRef(published.value, "day"),
            object_entity=None if draft.object_entity is None else draft.object_entity.id,
            object_money=draft.object_money, object_literal=draft.object_literal,
            hedges=(rng.choice(_HEDGES),) if rng.random() < 0.25 else (),
            status="unverified" if rng.random() < 0.8 else "in_review",
        ))
    return ClaimSet(document=document, entities=tuple(sorted(used.values(), key=lambda e: e.id)), claims=tuple(built))


def entities_for(claims: int) -> int:
    """The size of the entity population for a corpus: one entity per twenty claims, at least 200."""
    return max(200, claims // 20)


def corpus(claims: int, seed: int = 0, per_document: int = CLAIMS_PER_DOCUMENT) -> Iterator[ClaimSet]:
    """Claim sets holding ``claims`` claims in all, generated lazily (a 1M corpus never sits in memory whole)."""
    people = population(entities_for(claims), seed)
    documents, rest = divmod(claims, per_document)
    for number in range(documents + (1 if rest else 0)):
        yield claim_set(number, per_document if number < documents else rest, people, seed)


def _with_sentence(claim_set: ClaimSet, restatement: Claim, sentence: str) -> ClaimSet:
    """A claim set with one more sentence at the end of its text and the claim it holds; every anchor read again from
    the new text, so their prefixes and suffixes agree with it."""
    text = claim_set.document.text.rstrip("\n") + " "
    start = len(text)
    text += sentence + "\n"
    added = replace(restatement, anchor=Anchor(start, start + len(sentence), sentence, "", ""))
    document = replace(claim_set.document, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    claims = tuple(replace(claim, anchor=_anchor(text, claim.anchor.start, claim.anchor.end)) for claim in (*claim_set.claims, added))
    return replace(claim_set, document=document, claims=claims)


def _anchor(text: str, start: int, end: int) -> Anchor:
    return Anchor(start, end, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def restated_corpus(claims: int, share: float = 0.1, seed: int = 0) -> tuple[list[ClaimSet], list[set[str]]]:
    """A corpus in which ``share`` of the claims are said again in another document, and the truth: the sets of
    claims that are the same claim (each original with its restatements).

    A restatement keeps the subject, predicate and value, and varies what a second article varies: its claimant
    (the same one, the second article's own voice, or an anonymous source), an exact amount said as approximate,
    and a time its sentence does not give. Every other claim is a claim of its own in the truth, even where the
    generator drew the same fact twice by chance (such pairs count against precision).
    """
    sets = list(corpus(claims, seed))
    people = population(entities_for(claims), seed)
    rng = random.Random(f"{seed}/restated")
    everything = [(number, claim) for number, claim_set in enumerate(sets) for claim in claim_set.claims]
    truth: dict[str, set[str]] = {}
    known = {entity.id: entity for entity in people.entities}
    for number, claim in rng.sample(everything, round(len(everything) * share)):
        target = rng.choice([n for n in range(len(sets)) if n != number]) if len(sets) > 1 else number
        roll = rng.random()
        if roll < 0.4:
            claimant = claim.claimant
        elif roll < 0.7:
            claimant = sets[target].document.publisher
        else:
            claimant = people.pick(rng, "anonymous_source").id
        money = claim.object_money
        if money is not None and money.amount is not None and rng.random() < 0.5:
            money = replace(money, approximate=True)
        copy = replace(claim, id=f"{sets[target].document.id}-r{len(sets[target].claims):02d}", document=sets[target].document.id,
                       claimant=claimant, object_money=money, about=TimeRef() if rng.random() < 0.25 else claim.about,
                       stated=sets[target].document.published)  # fmt: skip
        sets[target] = _with_sentence(sets[target], copy, claim.anchor.exact)
        used = {entity.id: entity for entity in sets[target].entities}
        used.setdefault(claimant, known[claimant])
        sets[target] = replace(sets[target], entities=tuple(sorted(used.values(), key=lambda e: e.id)))
        truth.setdefault(claim.id, {claim.id}).add(copy.id)
    return sets, list(truth.values())
