"""An entity's claim counts and aliases, as the REST resources give them, checked against the claim sets they were built from."""

from __future__ import annotations

from collections import Counter

from bench.corpus import corpus
from claimgraph.kg.build import build
from claimgraph.kg.resources import get_entity, list_entities
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store


def test_counts_and_aliases_are_those_of_the_claim_sets() -> None:
    claim_sets = list(corpus(400))
    claims = [claim for claim_set in claim_sets for claim in claim_set.claims]
    about = Counter(claim.subject for claim in claims)
    mentioning = Counter(claim.object_entity for claim in claims if claim.object_entity)
    attributed = Counter(claim.claimant for claim in claims)
    aliases = {entity.id: sorted(entity.aliases) for claim_set in claim_sets for entity in claim_set.entities}
    store = open_store(MEMORY)
    try:
        build(store, claim_sets)
        listed = list_entities(store, limit=10_000).items
        assert {entity["id"] for entity in listed} == set(aliases)
        for entity in listed:
            expected = (about[entity["id"]], mentioning[entity["id"]], attributed[entity["id"]], aliases[entity["id"]])
            assert (entity["claims_about"], entity["claims_mentioning"], entity["claims_attributed"], entity["aliases"]) == expected, entity["id"]
        for counter, listing, count in ((about, "about", "claims_about"), (mentioning, "mentioned_in", "claims_mentioning"),
                                    (attributed, "attributed", "claims_attributed")):
            hub = counter.most_common(1)[0][0]
            one = get_entity(store, hub)
            assert one[count] == counter[hub] == len(one[listing]) > 10, (listing, hub)  # every claim listed, none cut off
            assert {key: one[key] for key in listed[0]} == next(entity for entity in listed if entity["id"] == hub)
        assert any(entity["claims_attributed"] and entity["claims_about"] for entity in listed), "counts of several kinds at once"
        assert any(not entity["aliases"] for entity in listed) and any(entity["aliases"] for entity in listed)
    finally:
        store.close()
