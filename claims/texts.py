"""Checking and reading the text that claims are extracted from."""

from __future__ import annotations

import re
from pathlib import Path

from claimgraph.claims.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError

MAX_BYTES = 5 * 1024 * 1024
"""Default size limit of a text, in bytes of its UTF-8 encoding (5 MB)."""

_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def check_text(text: str | bytes, max_bytes: int = MAX_BYTES) -> str:
    """Return ``text`` as ``str`` if it is fit for extraction, else raise.

    Args:
        text: the article text; bytes are decoded strictly as UTF-8.
        max_bytes: the size limit in bytes of UTF-8.

    Raises:
        EncodingError: bytes that are not UTF-8, text that cannot be encoded
            as UTF-8 (lone surrogates) or text holding NUL or other control
            characters of binary data.
        InputTooLargeError: text over ``max_bytes``.
        EmptyInputError: empty or whitespace-only text.

    >>> check_text(b"Acme raised $5m.")
    'Acme raised $5m.'
    """
    if isinstance(text, (bytes, bytearray)):
        if len(text) > max_bytes:
            raise InputTooLargeError(f"text of {len(text)} bytes is over the limit of {max_bytes} bytes")
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise EncodingError(f"text is not UTF-8 ({error.reason} at byte {error.start})") from None
    elif not isinstance(text, str):
        raise EncodingError(f"expected text (str or UTF-8 bytes), got {type(text).__name__}")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        raise EncodingError(f"text holds a character that is not valid Unicode at offset {error.start}") from None
    if size > max_bytes:
        raise InputTooLargeError(f"text of {size} bytes is over the limit of {max_bytes} bytes")
    if not text.strip():
        raise EmptyInputError("text is empty")
    control = _BINARY_CONTROL.search(text)
    if control:
        raise EncodingError(f"text holds binary data (control character U+{ord(control.group()):04X} at offset {control.start()})")
    return text


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """Read an article file as strictly decoded UTF-8 text.

    The text is returned exactly as decoded (no newline translation, no BOM
    stripping) so that offsets into it match offsets into the file's text.

    Raises:
        InputError: a file that cannot be read; see also :func:`check_text`.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    try:
        return check_text(raw, max_bytes)
    except (EncodingError, EmptyInputError) as error:
        raise type(error)(f"{path}: {error}") from None
