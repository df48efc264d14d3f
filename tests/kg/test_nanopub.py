"""Claims as nanopublications: every one exported is checked by nanopub-sign (trusty URI and signature), a change of
one triple fails the check, the key file is private and kept, and a retracted claim's retraction points at the
nanopublication it had."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from pathlib import Path

import pytest
from nanopub_sign import Nanopub
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from claimgraph.claims.errors import ClaimStatusError
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import nanopub
from claimgraph.kg.build import build
from claimgraph.kg.curation import curate
from claimgraph.kg.errors import NotFoundError, StoreError
from claimgraph.kg.ingest import ingest
from claimgraph.kg.reviews import add_review
from claimgraph.kg.store import Store
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"
NPX_RETRACTS = URIRef("http://purl.org/nanopub/x/retracts")
WHEN = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> nanopub.ServiceKey:
    """One key for the module (generating one takes a second or two)."""
    return nanopub.service_key(tmp_path_factory.mktemp("key") / "store.nanopub-key")


@pytest.fixture
def record(store: Store, bundled: ClaimSet) -> Store:
    """The bundled claims, built as the command builds them (so each has the time it entered the record)."""
    build(store, [bundled], agent="builder", now=WHEN)
    return store


def checked(trig: str) -> dict:
    """nanopub-sign's check of one signed nanopublication (it raises when the trusty URI or the signature is wrong)."""
    return Nanopub(trig).check().info()


def split(text: str) -> list[str]:
    """An export's nanopublications, each as nanopub-sign wrote it (each starts with its own prefixes)."""
    return [part for part in re.split(r"(?m)^(?=@prefix sub: )", text) if part.strip()]


def _plain(term: object) -> object:
    """``"x"^^xsd:string`` as ``"x"``: one literal in RDF 1.1, two to rdflib's comparison."""
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term


def graphs(trig: str) -> dict[str, set[tuple]]:
    """A nanopublication's graphs by their last path step (Head, assertion, provenance, pubinfo)."""
    dataset = Dataset()
    dataset.parse(data=trig, format="trig")
    return {str(g.identifier).rsplit("/", 1)[-1]: set(g) for g in dataset.graphs() if len(g)}


def test_every_exported_nanopublication_has_a_valid_trusty_uri_and_signature(record: Store, key: nanopub.ServiceKey) -> None:
    text = nanopub.export_text(record, key)
    parts = split(text)
    claims = record.query("SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }")
    assert len(parts) == int(next(iter(claims))[0]) > 20
    uris = set()
    for part in parts:
        info = checked(part)
        assert info["public_key"] == key.public and info["trusty_hash"].startswith("RA")
        assert info["uri"]["value"].startswith(nanopub.PUBLISHED + "RA")
        uris.add(info["uri"]["value"])
        assert set(graphs(part)) == {"Head", "assertion", "provenance", "pubinfo"}
    assert len(uris) == len(parts)


def test_a_claims_nanopublication_holds_its_assertion_provenance_and_pubinfo(record: Store, key: nanopub.ServiceKey) -> None:
    found = nanopub.claim_nanopub(record, CLAIM, key)
    parts = graphs(found.trig)
    claim = URIRef(f"https://w3id.org/claimgraph/id/claim/{CLAIM}")
    stored = {(s, p, _plain(o)) for s, p, o, g in record.quads() if g == claim}
    assert parts["assertion"] == stored and stored
    predicates = {p for _, p, _ in parts["provenance"]}
    assert {URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef("http://www.w3.org/ns/prov#wasAttributedTo"),
            URIRef("http://www.w3.org/ns/oa#exact"), URIRef("http://www.w3.org/ns/prov#alternateOf")} <= predicates  # fmt: skip
    assert URIRef("https://w3id.org/claimgraph/ns#status") not in predicates
    created = [o for _, p, o in parts["pubinfo"] if str(p) == "http://purl.org/dc/terms/created"]
    assert [value.toPython() for value in created] == [WHEN], "the time the claim entered the record"


@pytest.mark.parametrize("graph", ["assertion", "provenance", "pubinfo"])
def test_changing_one_triple_fails_the_check(record: Store, key: nanopub.ServiceKey, graph: str) -> None:
    signed = nanopub.claim_nanopub(record, CLAIM, key).trig
    checked(signed)
    block = re.search(rf"(?ms)^sub:{graph} \{{\n(.*?)^\}}", signed)
    assert block is not None
    literal = re.search(r'"([^"\\]{3,})"', block.group(1))
    assert literal is not None, f"no literal to change in {graph}"
    start = block.start(1) + literal.start(1)
    tampered = signed[:start] + "X" + signed[start + 1 :]
    with pytest.raises(Exception, match="hash|signature|Invalid"):
        checked(tampered)


def test_a_signature_by_another_key_fails_the_check(record: Store, key: nanopub.ServiceKey, tmp_path: Path) -> None:
    signed = nanopub.claim_nanopub(record, CLAIM, key).trig
    other = nanopub.service_key(tmp_path / "other.nanopub-key")
    assert other.public != key.public
    with pytest.raises(Exception):
        checked(signed.replace(key.public, other.public))


def test_the_same_claim_gives_the_same_uri_and_a_review_changes_nothing_of_it(record: Store, key: nanopub.ServiceKey) -> None:
    first = nanopub.claim_nanopub(record, CLAIM, key)
    add_review(record, CLAIM, "mostly_true", "Dealroom's report says so.", [], "rita")
    assert nanopub.claim_nanopub(record, CLAIM, key).uri == first.uri


def test_a_retracted_claim_exports_a_retraction_that_points_at_its_nanopublication(record: Store, key: nanopub.ServiceKey) -> None:
    before = nanopub.claim_nanopub(record, CLAIM, key)
    assert before.retraction_trig is None
    retracted_at = WHEN + dt.timedelta(days=3)
    curate(record, CLAIM, "retract", "ed", note="the publisher corrected the figure", now=retracted_at)
    after = nanopub.claim_nanopub(record, CLAIM, key)
    assert after.uri == before.uri and after.trig == before.trig
    info = checked(after.retraction_trig)
    assert info["uri"]["value"] == after.retraction_uri != after.uri
    retraction = graphs(after.retraction_trig)
    assert retraction["assertion"] == {(nanopub.SERVICE, NPX_RETRACTS, URIRef(before.uri))}
    assert any("corrected the figure" in str(o) for _, _, o in retraction["provenance"])
    created = [o.toPython() for _, p, o in retraction["pubinfo"] if str(p) == "http://purl.org/dc/terms/created"]
    assert created == [retracted_at], "dated when the claim left the record"
    exported = split(nanopub.export_text(record, key))
    assert after.trig in exported and after.retraction_trig in exported


def test_claims_never_on_the_record_have_none(store: Store, key: nanopub.ServiceKey) -> None:
    report = ingest(store, TEXT, PUBLISHED, title="Nimbus")
    candidate, rejected = report.claims[0].id, report.claims[1].id
    curate(store, rejected, "reject", "ed")
    for claim_id in (candidate, rejected):
        with pytest.raises(ClaimStatusError, match="no nanopublication"):
            nanopub.claim_nanopub(store, claim_id, key)
    assert nanopub.export_text(store, key) == ""
    with pytest.raises(NotFoundError):
        nanopub.claim_nanopub(store, "no-such-claim", key)


def test_the_key_is_generated_once_private_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.nanopub-key"
    first = nanopub.service_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert nanopub.service_key(path) == first, "the same key on the next use"
    assert set(json.loads(path.read_text())) == {"algorithm", "private", "public"}
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no draft left beside it"
    os.chmod(path, 0o644)
    with pytest.raises(StoreError, match="0600"):
        nanopub.service_key(path)
    with pytest.raises(StoreError, match="CLAIMGRAPH_NANOPUB_KEY"):
        nanopub.service_key(None)


def test_both_kinds_of_store_give_nanopublications_that_check(any_built_store: Store, key: nanopub.ServiceKey) -> None:
    """The embedded store and a remote one over SPARQL 1.1 give the same assertion for a claim, signed and checked."""
    found = nanopub.claim_nanopub(any_built_store, CLAIM, key)
    checked(found.trig)
    claim = URIRef(f"https://w3id.org/claimgraph/id/claim/{CLAIM}")
    assert graphs(found.trig)["assertion"] == {(s, p, _plain(o)) for s, p, o, g in any_built_store.quads() if g == claim}
