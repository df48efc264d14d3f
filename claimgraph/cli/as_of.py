"""``--as-of WHEN``: the record as it stood at a time, for the commands that read it."""

from __future__ import annotations

import argparse
import datetime as dt


def add_as_of(command: argparse.ArgumentParser, what: str) -> None:
    """Add ``--as-of WHEN`` to a command; ``what`` says what it does there."""
    command.add_argument("--as-of", metavar="WHEN", help=f"{what}: YYYY-MM-DD (the end of that day, UTC) or YYYY-MM-DDTHH:MM:SSZ")


def as_of_option(value: str | None) -> dt.datetime | None:
    """The time ``--as-of`` names (None without one).

    Raises:
        InputError: neither form, or no such day.
    """
    from claimgraph.kg.history import parse_since

    return None if value is None else parse_since(value, "--as-of", end_of_day=True)
