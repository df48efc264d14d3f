"""Extraction of candidate claims from text."""
