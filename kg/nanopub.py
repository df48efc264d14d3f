"""Claims as nanopublications, signed with the service's key.

Each claim on the record is one nanopublication, in the four graphs the nanopublication guidelines define: the
head (which names the other three), the assertion (the claim's own triples, as its named graph holds them), the
provenance (about the assertion: the claim's provenance as the store holds it, the document, the claimant, the
quote and its times, with the assertion marked ``prov:alternateOf`` the claim) and the publication info (its
``dcterms:created``, the time the claim entered the record, so that the same claim signed again is the same
nanopublication; for a claim no write put on the record, the signer puts the time of signing; its statement as a
label; and the signature). A claim that was retracted gives the
nanopublication it had, and a retraction nanopublication that ``npx:retracts`` it, dated when it left the record.

Trusty URIs and signatures are made by nanopub-sign (the nanopub-rs toolkit, in Rust): we write the unsigned
nanopublication under a temporary namespace, and it canonicalises, signs (RSA) and puts the trusty URI in place,
``https://w3id.org/np/RA…``. A claim's status is not in its nanopublication, so a review changes
nothing of it.

The key pair is generated on first use and kept in one file beside the store (``var/store.nanopub-key``, mode
0600); the service publishes the public key at ``/.well-known/claimgraph-nanopub-key``.
"""

from __future__ import annotations

import json
import os
import stat
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import ClaimStatusError
from claimgraph.kg import projection
from claimgraph.kg.projection import require_claim
from claimgraph.kg.errors import StoreError
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import BASE, CG, STATUS, short_id, sparql_prefixes
from claimgraph.kg.store import Store, nquads

NP = Namespace("http://www.nanopub.org/nschema#")
NPX = Namespace("http://purl.org/nanopub/x/")
DCTERMS_CREATED = URIRef("http://purl.org/dc/terms/created")
TEMPORARY = "http://purl.org/nanopub/temp/np/"
"""The namespace an unsigned nanopublication is written in; signing puts its trusty URI in its place, under
:data:`PUBLISHED` (not under the temporary namespace itself: a retraction names the URI it retracts, which the signer
would otherwise take for one of its own)."""
PUBLISHED = "https://w3id.org/np/"
"""Where signed nanopublications' trusty URIs live: the nanopublication network's namespace (the service signs them;
it does not publish them to the network)."""
SERVICE = URIRef(f"{BASE}agent/service")
"""The agent that signs: this service, whose public key is published at :data:`PUBLIC_KEY_PATH`."""
PUBLIC_KEY_PATH = "/.well-known/claimgraph-nanopub-key"
KEY_SUFFIX = ".nanopub-key"
EXPORTED = (*lifecycle.ON_RECORD, "retracted")
"""The states whose claims have a nanopublication: those on the record, and those retracted from it."""


def key_path(store_location: str) -> Path | None:
    """The key file of a store on disk; None for an in-memory or a remote store (give it with ``CLAIMGRAPH_NANOPUB_KEY``).

    >>> key_path("var/store"), key_path("memory:")
    (PosixPath('var/store.nanopub-key'), None)
    """
    if store_location == "memory:" or store_location.startswith(("http://", "https://")):
        return None
    path = Path(store_location)
    return path.with_name(path.name + KEY_SUFFIX)


@dataclass(frozen=True)
class ServiceKey:
    """The service's RSA key pair, each half as base64 DER (PKCS #8 private, X.509 public), as nanopub-sign writes them."""

    private: str
    public: str


def service_key(path: Path | None) -> ServiceKey:
    """The signing key kept in ``path``, generated there on first use (mode 0600, never replaced once written).

    Raises:
        StoreError: no path (a store with no folder), a key file others may read, or one that is not a key file.
    """
    if path is None:
        raise StoreError("nanopublications need the service's key file: this store has no folder, so set CLAIMGRAPH_NANOPUB_KEY")
    if not path.exists():
        _generate(path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise StoreError(f"the key file {path} may be read by others (mode {mode:o}); it must be 0600 (chmod 600 {path})")
    try:
        pair = json.loads(path.read_text(encoding="utf-8"))
        return ServiceKey(private=str(pair["private"]), public=str(pair["public"]))
    except (ValueError, KeyError, TypeError):
        raise StoreError(f"{path} is not a claimgraph key file") from None


def _generate(path: Path) -> None:
    """Write a new key pair to ``path`` unless another process writes one first: to a private file beside it, then
    linked into place, so that no reader ever sees half a key and the first pair written is the one kept."""
    from nanopub_sign import KeyPair

    pair = KeyPair()
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    handle = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump({"algorithm": "RSA", "private": pair.private, "public": pair.public}, file)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
    finally:
        draft.unlink()


def _trig(graphs: dict[str, list[tuple[object, object, object]]]) -> str:
    """Graphs as TriG, each triple written as N-Triples writes it."""
    return "".join(
        f"<{TEMPORARY}{name}> {{\n" + "".join(nquads((s, p, o, DEFAULT) for s, p, o in triples)) + "}\n"
        for name, triples in graphs.items()
    )  # fmt: skip


def _unsigned(assertion: Iterable[tuple], provenance: Iterable[tuple], pubinfo: Iterable[tuple]) -> str:
    this, sub = URIRef(TEMPORARY), Namespace(TEMPORARY)
    head = [(this, RDF.type, NP.Nanopublication), (this, NP.hasAssertion, sub.assertion),
            (this, NP.hasProvenance, sub.provenance), (this, NP.hasPublicationInfo, sub.pubinfo)]  # fmt: skip
    return _trig({"Head": head, "assertion": list(assertion), "provenance": list(provenance), "pubinfo": list(pubinfo)})


def signer(key: ServiceKey) -> object:
    """nanopub-sign's profile for the key (reading the key once for many signatures)."""
    from nanopub_sign import NpProfile

    return NpProfile(private_key=key.private, orcid_id=None, name="claimgraph", introduction_nanopub_uri=None)


def sign(unsigned: str, profile: object) -> tuple[str, str]:
    """Sign an unsigned nanopublication (TriG) with a :func:`signer`: its trusty URI and its signed TriG."""
    from nanopub_sign import Nanopub

    signed = Nanopub(unsigned).sign(profile=profile)
    return signed.info()["uri"]["value"], signed.rdf()


@dataclass(frozen=True)
class Exported:
    """A claim's nanopublications: the claim's own, and its retraction when it was retracted."""

    claim: str
    uri: str
    trig: str
    retraction_uri: str | None = None
    retraction_trig: str | None = None

    @property
    def text(self) -> str:
        """Both as one TriG text, the claim's first."""
        return self.trig + (self.retraction_trig or "")


_CLAIMS = """
SELECT ?claim ?status ?statement (MAX(?entered) AS ?onRecord) WHERE {
  %(claims)s
  ?claim a cg:Claim ; cg:status ?status ; cg:statement ?statement . VALUES ?status { %(statuses)s }
  OPTIONAL { ?entry cg:putOnRecord ?claim ; prov:endedAtTime ?entered }
}
GROUP BY ?claim ?status ?statement
ORDER BY ?claim
"""
_EXITS = """
SELECT ?claim ?exit ?left ?reason WHERE {
  VALUES ?claim { %(claims)s }
  ?exit cg:takenOffRecord ?claim ; prov:endedAtTime ?left .
  OPTIONAL { ?exit a cg:Curation ; rdfs:comment ?reason }
}
"""
"""The writes that took claims off the record, with the reason a retraction gave."""
_ASSERTIONS = "SELECT ?g ?s ?p ?o WHERE { VALUES ?g { %(claims)s } GRAPH ?g { ?s ?p ?o } }"
_PROVENANCE = """
SELECT ?claim ?s ?p ?o WHERE {
  VALUES ?claim { %(claims)s }
  { BIND (?claim AS ?s) } UNION { ?claim cg:stated|cg:timeAbout|cg:anchor ?s } UNION { ?claim cg:anchor/oa:hasSelector ?s }
  ?s ?p ?o .
  FILTER (STRSTARTS(STR(?s), STR(?claim)))
}
"""


def _triples(store: Store, query: str, key: str) -> dict[str, list[tuple]]:
    """Rows of ``?s ?p ?o`` grouped by the claim in ``key``."""
    grouped: dict[str, list[tuple]] = {}
    for row in _native(store, query):
        grouped.setdefault(row[key], []).append((row["s"], row["p"], row["o"]))
    return grouped


def _native(store: Store, query: str) -> list[dict[str, object]]:
    """A SELECT's rows as rdflib terms (datatypes and language tags kept), None where unbound."""
    result = store.query(sparql_prefixes() + query)
    names = [str(var) for var in result.vars]
    return [{name: value for name, value in zip(names, row)} for row in result]


def nanopublications(store: Store, key: ServiceKey, claim_ids: list[str] | None = None) -> list[Exported]:
    """The nanopublications of these claims (every claim on the record or retracted when None), in id order; claims in
    other states have none and are left out."""
    statuses = " ".join(f"<{STATUS[name]}>" for name in EXPORTED)
    profile = signer(key)
    exported = []
    scope = None if claim_ids is None else [f"<{BASE}claim/{claim_id}>" for claim_id in claim_ids]
    values = "" if scope is None else "VALUES ?claim { " + " ".join(scope) + " }"
    claims = _native(store, _CLAIMS % {"claims": values, "statuses": statuses})
    for start in range(0, len(claims), projection.LOOKUP_BATCH):
        batch = claims[start : start + projection.LOOKUP_BATCH]
        iris = " ".join(f"<{row['claim']}>" for row in batch)
        assertions = _triples(store, _ASSERTIONS % {"claims": iris}, "g")
        provenance = _triples(store, _PROVENANCE % {"claims": iris}, "claim")
        retracted = " ".join(f"<{row['claim']}>" for row in batch if str(row["status"]) == str(STATUS.retracted))
        exits: dict[object, dict[str, object]] = {}
        for exit_row in _native(store, _EXITS % {"claims": retracted}) if retracted else []:
            latest = exits.get(exit_row["claim"])
            if latest is None or exit_row["left"].toPython() > latest["left"].toPython():
                exits[exit_row["claim"]] = exit_row
        for row in batch:
            exported.append(_claim_nanopubs(
                row, assertions.get(row["claim"], []), provenance.get(row["claim"], []), exits.get(row["claim"]), profile))  # fmt: skip
    return exported


def _claim_nanopubs(
    row: dict[str, object], assertion: list[tuple], provenance: list[tuple], leaving: dict[str, object] | None, profile: object
) -> Exported:
    """A claim's nanopublication, and for a retracted claim the retraction, from ``leaving``: the write that retracted it."""
    claim = row["claim"]
    sub = Namespace(TEMPORARY)
    this = URIRef(TEMPORARY)
    prov = [(sub.assertion, PROV.alternateOf, claim)]
    for s, p, o in provenance:
        if p == CG.status:
            continue
        prov.append((sub.assertion if s == claim else s, p, o))
    pubinfo = [(this, RDFS.label, Literal(f"Claim: {row['statement']}")), (this, PROV.wasAttributedTo, SERVICE)]
    if row["onRecord"] is not None:
        pubinfo.append((this, DCTERMS_CREATED, _datetime(row["onRecord"])))
    uri, trig = sign(_unsigned(assertion, prov, pubinfo), profile)
    if str(row["status"]) != str(STATUS.retracted):
        return Exported(short_id(str(claim)), uri, trig)
    retraction = [(SERVICE, NPX.retracts, URIRef(uri))]
    why = [(sub.assertion, PROV.wasDerivedFrom, claim)]
    info = [(this, RDFS.label, Literal(f"Retraction of the claim: {row['statement']}")), (this, PROV.wasAttributedTo, SERVICE)]
    if leaving is not None:
        why.append((sub.assertion, PROV.wasGeneratedBy, leaving["exit"]))
        if leaving["reason"] is not None:
            why.append((sub.assertion, RDFS.comment, leaving["reason"]))
        info.append((this, DCTERMS_CREATED, _datetime(leaving["left"])))
    retraction_uri, retraction_trig = sign(_unsigned(retraction, why, info), profile)
    return Exported(short_id(str(claim)), uri, trig, retraction_uri, retraction_trig)


def _datetime(value: object) -> Literal:
    """A moment as the store holds it (``xsd:dateTime``)."""
    return value if isinstance(value, Literal) else Literal(str(value), datatype=XSD.dateTime)


def claim_nanopub(store: Store, claim_id: str, key: ServiceKey) -> Exported:
    """One claim's nanopublications.

    Raises:
        NotFoundError: no claim has this id.
        ClaimStatusError: the claim never was on the record (a candidate or a rejected claim).
    """
    require_claim(store, claim_id)
    found = nanopublications(store, key, [claim_id])
    if not found:
        raise ClaimStatusError(f"claim {claim_id!r} is not on the record and was never retracted from it: it has no nanopublication")
    return found[0]


def export_text(store: Store, key: ServiceKey) -> str:
    """Every claim on the record (and every retracted one, with its retraction) as signed nanopublications, in one TriG text."""
    return "".join(item.text for item in nanopublications(store, key))
