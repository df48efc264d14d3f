"""One lock for every write this process makes to a store.

Reviews, ingest, curation and editors' SPARQL updates each read what they need
(a claim's status, its current review, the entities to link), decide, and then
write in one transaction. Holding one shared lock from the read to the write
keeps any other write of this process from coming in between, which separate
locks per kind of write did not: a review could change a claim's status while a
curation was deciding on the old one. Other processes cannot open an embedded
store while it is in use.
"""

from __future__ import annotations

import threading

WRITE_LOCK = threading.Lock()
"""Held by every read-decide-write sequence on a store in this process."""
