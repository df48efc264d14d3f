"""Export a whole store as TriG, N-Quads, Turtle (graphs merged) or JSON-LD; or its reviews
as schema.org ClaimReview JSON-LD, its claims as a CSV spreadsheet or as signed nanopublications, or its pledges as JSON or CSV.

The last four are readings of the record, and can be read as of a time. An RDF dump is the store itself, every write
and its times included: as of a time it would have to drop what was written later and put back what was retracted,
which is a reading, not a dump, so it is refused (``kg/queries/record-as-of.rq`` is that reading in SPARQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import Dataset, Graph

from claimgraph.claims.errors import InputError
from claimgraph.kg.claimreview import claimreview_json, claims_csv
from claimgraph.kg.formats import EXPORT_FORMATS as FORMATS
from claimgraph.kg.formats import RDF_FORMATS, RECORD_FORMATS
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import PREFIXES
from claimgraph.kg.store import Store


def export(store: Store, fmt: str, as_of: dt.datetime | None = None, key: Path | None = None) -> str:
    """Serialise every quad of the store (Turtle has no graphs, so it merges them), or write the ClaimReview JSON-LD
    (``claimreview``), the claims CSV (``csv``) or the pledges (``pledges-json``, ``pledges-csv``), now or ``as_of`` a time;
    or the claims as nanopublications signed with the key in ``key`` (``nanopub``; generated there on first use).

    Raises:
        ValueError: an unknown format.
        InputError: ``as_of`` with an RDF format or nanopublications.
        StoreError: nanopublications without a usable key file.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "nanopub":
        if as_of is not None:
            raise InputError("nanopublications are signed as the record stands now, not as of a time")
        from claimgraph.kg import nanopub

        return nanopub.export_text(store, nanopub.service_key(key))
    if as_of is not None and fmt not in RECORD_FORMATS:
        raise InputError(
            f"an {fmt} export is the whole store, every write included, and is not read as of a time; as of a time, "
            f"export {', '.join(RECORD_FORMATS)}, or query kg/queries/record-as-of.rq"
        )
    if fmt == "claimreview":
        return claimreview_json(store, as_of=as_of)
    if fmt == "csv":
        return claims_csv(store, as_of)
    if fmt in ("pledges-json", "pledges-csv"):
        from claimgraph.kg import pledges  # its fulfilment states pull in what an RDF export does not need

        found = pledges.pledges(store, as_of)
        return pledges.pledges_json(found, as_of) if fmt == "pledges-json" else pledges.pledges_csv(found)
    if fmt == "turtle":
        target = Graph()
        for s, p, o, _ in store.quads():
            target.add((s, p, o))
    elif store.remote:  # read once over SPARQL, rather than one request per graph
        target = Dataset()
        for s, p, o, g in store.quads():
            target.add((s, p, o) if g == DEFAULT else (s, p, o, g))
    else:
        target = store.dataset
    for name, namespace in PREFIXES.items():
        target.bind(name, namespace, replace=True)
    return target.serialize(format=RDF_FORMATS[fmt])
