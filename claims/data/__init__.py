"""Curated claim sets bundled with the package."""
