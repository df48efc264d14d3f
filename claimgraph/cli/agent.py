"""``--by NAME``: who a writing command records as the agent of its activity."""

from __future__ import annotations

import argparse
import getpass


def os_user() -> str:
    """The operating system's name for the user running the command (``claimgraph`` when it has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a bare container) and no LOGNAME/USER
        return "claimgraph"


def add_by(command: argparse.ArgumentParser, what: str) -> None:
    """Add ``--by NAME`` to a writing command; ``what`` is the write, as in "who ingests"."""
    user = os_user()
    command.add_argument(
        "--by", default=user, metavar="NAME",
        help=f"who {what}, recorded as the agent of the change (default: the OS user name, {user}); "
        "through a running service, the token's name is recorded instead",
    )  # fmt: skip
