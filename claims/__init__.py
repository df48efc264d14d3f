"""The claim model, curated claim sets and extraction from text (no RDF here)."""
