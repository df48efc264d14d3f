"""Data the graph layer reads: the mapping of other fact-checkers' rating labels to our verdicts."""
