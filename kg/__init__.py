"""RDF: claims as triples with provenance, stores, validation, queries, analyses."""
