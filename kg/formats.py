"""The formats by name: of a query's answer on the command line, and of a whole store's export, with rdflib's
name for each RDF one. No RDF library here: the command line lists them in its help."""

from __future__ import annotations

QUERY_FORMATS = ("table", "csv", "tsv", "json")
RDF_FORMATS = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "jsonld": "json-ld"}
RECORD_FORMATS = ("claimreview", "csv", "pledges-json", "pledges-csv")
"""The exports that are a reading of the record, and so can be read as of a time."""
SIGNED_FORMATS = ("nanopub",)
"""The exports signed with the service's key: the claims on the record (and the retracted ones) as nanopublications."""
EXPORT_FORMATS = (*RDF_FORMATS, *RECORD_FORMATS, *SIGNED_FORMATS)
