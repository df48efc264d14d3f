"""Settings from the environment (``CLAIMGRAPH_*``), read when asked for, not at import."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the store and the articles are, and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="CLAIMGRAPH_")

    store: str = "var/store"
    """``memory:``, a folder for the embedded Oxigraph store, or the query URL of a remote SPARQL 1.1 service."""
    update_url: str | None = None
    """The SPARQL 1.1 Update URL of a remote store (by default its query URL)."""
    articles: Path = Path("../shared/articles")
    """The folder holding the articles that claim sets cite."""
    host: str = "127.0.0.1"
    port: int = 8000
    query_time_limit: float = 10.0
    """Seconds a SPARQL query may run before it is answered 503 and stopped."""
    query_max_rows: int = 10_000
    """At most this many rows (or triples) in a SPARQL answer; the rest is cut off."""
    query_max_bytes: int = 1024 * 1024
    """The size limit of a SPARQL request body (a query, an update or a form holding one), in bytes (1 MiB)."""
    query_workers: int = 6
    """Worker processes answering SPARQL queries at once (on the embedded store); more wait their turn within their time limit."""
    query_worker_memory_mib: int = 2048
    """Memory one SPARQL query may take in its worker process; a query that needs more is answered 400."""
    query_workers_per_client: int = 2
    """Of those, at most this many for one client address, so that one client cannot hold them all."""
    tokens: Path | None = None
    """The token file; by default beside the store folder (``var/store.tokens.json``), none for ``memory:``."""
    public_url: str | None = None
    """The service's public address, for links in exports; by default the address a request came to."""
    max_document_bytes: int = 5 * 1024 * 1024
    """The size limit of a document to extract from or ingest, in bytes of UTF-8 (5 MB)."""
