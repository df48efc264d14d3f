"""Request bodies read with a size limit: refused at the declared length, or as soon as the bytes
received pass the limit (a chunked body declares no length), never read whole first."""

from __future__ import annotations

from fastapi import HTTPException, Request


async def read_bounded(request: Request, limit: int, too_large: str) -> bytes:
    """The request body, if it is at most ``limit`` bytes.

    Raises:
        HTTPException: 413 with the detail ``too_large``, when the body declares or turns out to be longer.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, too_large)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, too_large)
        chunks.append(chunk)
    return b"".join(chunks)
