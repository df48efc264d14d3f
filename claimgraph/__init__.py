"""claimgraph: factual claims of news articles as an RDF graph with provenance."""
