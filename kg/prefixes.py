"""The prefixes of the project's queries, as plain strings: what Oxigraph takes, with no RDF library to import.

``kg.namespaces`` builds rdflib's namespaces from these; the command line and the query workers use them as they are.
"""

from __future__ import annotations

BASE = "https://w3id.org/claimgraph/id/"
"""Where the IRIs claimgraph mints live."""

PREFIX_IRIS = {
    "cg": "https://w3id.org/claimgraph/ns#",
    "cgt": "https://w3id.org/claimgraph/ns/claim-type#",
    "cgs": "https://w3id.org/claimgraph/ns/status#",
    "schema": "http://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "claim": BASE + "claim/",
    "entity": BASE + "entity/",
    "document": BASE + "document/",
}
"""Every prefix the project's queries may use without declaring it."""
