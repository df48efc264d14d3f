"""Fewer arenas for the C allocator in the service.

glibc's malloc gives threads that allocate at the same time arenas of their own, up to eight a core, and memory
freed in one arena serves later allocations in that arena only. The service reads a network of a million claims
on one thread (the warmer) and the claim list's places on another (a request's): each kept the other's freed working
memory from being reused, and the service reached 5.6 GB resident where two arenas hold it at 4.0 GB (the same
requests, ``MALLOC_ARENA_MAX=2``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

ARENAS = 2
"""Arenas the service's allocator may use."""
_M_ARENA_MAX = -8
"""glibc's ``mallopt`` parameter for the most arenas (``malloc.h``)."""


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Ask glibc's allocator for at most ``arenas`` arenas, best before threads start; False where the C library is not
    glibc, or ``MALLOC_ARENA_MAX`` in the environment has already said how many."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c")).mallopt
    except (OSError, AttributeError, TypeError):
        return False
    return mallopt(_M_ARENA_MAX, arenas) == 1
