"""count_claims counts the claims the claim list lists: a claim missing any part the list needs is left out by both."""

from __future__ import annotations

import pytest

from claimgraph.kg import resources
from claimgraph.kg.namespaces import claim_iri, entity_iri, sparql_prefixes
from claimgraph.kg.store import Store

REMOVALS = (
    "DELETE WHERE { <%(c)s> a cg:Claim }",
    "DELETE WHERE { <%(c)s> cg:claimType ?x }",
    "DELETE WHERE { <%(c)s> cg:statement ?x }",
    "DELETE WHERE { <%(c)s> cg:status ?x }",
    "DELETE { <%(c)s> cg:status ?x } INSERT { <%(c)s> cg:status cgs:rejected } WHERE { <%(c)s> cg:status ?x }",
    "DELETE WHERE { <%(c)s> schema:about ?x }",
    "DELETE WHERE { <%(c)s> cg:predicate ?x }",
    "DELETE WHERE { <%(c)s> prov:wasAttributedTo ?x }",
    "DELETE WHERE { <%(c)s> prov:wasDerivedFrom ?x }",
    "DELETE WHERE { <%(c)s> cg:anchor ?x }",
    "DELETE { ?s oa:start ?x } WHERE { <%(c)s> cg:anchor/oa:hasSelector ?s . ?s oa:start ?x }",
)
"""Every part of a claim the list needs, removed from one claim, and its place on the record (a time-about is not needed:
it may be unknown; labels and the quote are shown when there, and the shapes keep a claim without them out of the store)."""

CLAIM = "uk-ai-sector-vc-funding-2024"


def _listed(store: Store) -> list[str]:
    return [claim["id"] for claim in resources.find_claims(store, resources.ClaimFilter(), None).items]


def test_the_bundled_claims_are_counted(built_store: Store) -> None:
    listed = _listed(built_store)
    assert resources.count_claims(built_store) == len(listed) == len(set(listed)) == 32


@pytest.mark.parametrize("removal", REMOVALS)
def test_a_claim_the_list_leaves_out_is_not_counted(built_store: Store, removal: str) -> None:
    built_store.update(sparql_prefixes() + removal % {"c": claim_iri(CLAIM)})
    listed = _listed(built_store)
    assert CLAIM not in listed and len(listed) < 32
    assert resources.count_claims(built_store) == len(listed) == len(set(listed))


def test_a_claim_with_two_objects_is_counted_once(built_store: Store) -> None:
    """One record per claim, whatever it holds twice; the count is of claims."""
    claim = "anthropic-founded-by-dario-amodei"
    built_store.update(sparql_prefixes() + f"INSERT DATA {{ <{claim_iri(claim)}> schema:mentions <{entity_iri('daniela-amodei')}> }}")
    listed = _listed(built_store)
    assert listed.count(claim) == 1 and resources.count_claims(built_store) == len(set(listed)) == 32


def test_a_claim_whose_time_is_unknown_is_listed_and_counted(built_store: Store) -> None:
    built_store.update(sparql_prefixes() + "DELETE WHERE { <%(c)s> cg:timeAbout ?node . ?node ?p ?o }" % {"c": claim_iri(CLAIM)})
    listed = {claim["id"]: claim for claim in resources.find_claims(built_store, resources.ClaimFilter(), None).items}
    assert set(listed[CLAIM]["time_about"].values()) == {None} and listed[CLAIM]["stated"]
    assert resources.count_claims(built_store) == len(listed) == 32
    assert resources.get_claim(built_store, CLAIM)["time_about"]["value"] is None
