"""Settings from the environment (``CLAIMGRAPH_*``), read when asked for, not at import."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the store and the articles are, and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="CLAIMGRAPH_")

    store: str = "var/store"
    """``memory:`` or a folder for the embedded Oxigraph store."""
    articles: Path = Path("../shared/articles")
    """The folder holding the articles that claim sets cite."""
    host: str = "127.0.0.1"
    port: int = 8000
