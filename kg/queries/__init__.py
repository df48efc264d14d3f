"""Example SPARQL queries a fact-checker would run."""
