"""Choices that argparse reads only when it checks an argument or shows a command's help, so that building the
parser does not read the data they come from (the rating scale, for instance).

Give the argument a ``metavar``: without one, ``add_argument`` lists the choices to check the usage line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator


class LazyChoices:
    """The choices ``load`` returns, loaded on first use.

    >>> choices = LazyChoices(lambda: ("a", "b"))
    >>> "a" in choices, list(choices)
    (True, ['a', 'b'])
    """

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._names: tuple[str, ...] | None = None

    def _get(self) -> tuple[str, ...]:
        if self._names is None:
            self._names = tuple(self._load())
        return self._names

    def __contains__(self, name: object) -> bool:
        return name in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())
