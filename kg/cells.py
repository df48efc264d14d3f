"""SELECT results as plain Python cells, read natively from the embedded Oxigraph store or through rdflib from any other.

Converting every result term into an rdflib term costs more than the query
itself on large results (about 30 µs a term); a cell converts only what is
read, and each distinct term once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pyoxigraph
from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from claimgraph.kg.namespaces import sparql_prefixes
from claimgraph.kg.store import Store


_XSD_STRING = str(XSD.string)
_NUMBERS = frozenset(str(XSD[name]) for name in (
    "decimal", "double", "float", "integer", "long", "int", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte",
))
"""Datatypes whose values rdflib makes with ``int()``, ``float()`` or ``Decimal()``: as a float, the same as ``float(lexical)``."""


class Cell:
    """One term of a result row, as rdflib has it.

    IRIs, blank nodes and plain or language-tagged strings are their text;
    other literals are converted as rdflib converts them (lexical form
    normalised, Python value), on first use: most are amounts, only ever
    read as numbers, and rdflib takes tens of microseconds on a decimal.
    """

    __slots__ = ("lexical", "datatype", "_rdflib")

    def __init__(self, lexical: str, datatype: str | None, converted: tuple[str, object] | None = None) -> None:
        self.lexical = lexical
        self.datatype = datatype
        """The literal's datatype IRI; None for IRIs, blank nodes and language-tagged strings."""
        self._rdflib = converted

    def _converted(self) -> tuple[str, object]:
        if self._rdflib is None:
            if self.datatype is None or self.datatype == _XSD_STRING:
                self._rdflib = (self.lexical, self.lexical)
            else:
                literal = Literal(self.lexical, datatype=URIRef(self.datatype))
                self._rdflib = (str(literal), literal.toPython())
        return self._rdflib

    @property
    def text(self) -> str:
        """``str()`` of the rdflib term: the IRI, the blank node's id or the literal's (normalised) lexical form."""
        return self._converted()[0]

    @property
    def value(self) -> object:
        """The rdflib term's Python value (``toPython()``); the text for IRIs, blank nodes and strings."""
        return self._converted()[1]

    def number(self) -> float:
        """The value as a float."""
        return float(self.lexical) if self.datatype in _NUMBERS and self._rdflib is None else float(self.value)


def text(cell: Cell | None) -> str | None:
    """The Python value of a cell as a string."""
    return None if cell is None else str(cell.value)


def number(cell: Cell | None) -> float | None:
    """The value of a cell as a float."""
    return None if cell is None else cell.number()


def moment(cell: Cell | None) -> dt.datetime | None:
    """An ``xsd:dateTime`` cell as an aware datetime (``Z`` read as UTC).

    >>> moment(Cell("2026-03-01T09:00:00Z", str(XSD.dateTime)))
    datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.timezone.utc)
    """
    return None if cell is None else dt.datetime.fromisoformat(cell.lexical.replace("Z", "+00:00"))


def select_cells(store: Store, query: str) -> list[dict[str, Cell | None]]:
    """The rows of a SELECT (with the project's prefixes), every term as a cell.

    The embedded Oxigraph store is read natively, every distinct term
    converted once; other stores answer through rdflib. Both give the same cells.
    """
    if store.oxigraph is not None:
        return list(each_row(store, query))
    result = store.query(sparql_prefixes() + query)
    names = [str(var) for var in result.vars]
    return [{name: None if term is None else _term_cell(term) for name, term in zip(names, row)} for row in result]


class Memo(dict):
    """A dict that computes a missing key's value once, with ``make``."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


MEMO_TERMS = 100_000
"""Distinct terms whose cells :func:`each_row` keeps while it reads, to convert each once; past this many it starts
again (the rows already given keep their cells)."""


def each_row(store: Store, query: str) -> Iterator[dict[str, Cell | None]]:
    """The rows of a SELECT as :func:`select_cells` gives them, one at a time (read whole, a million rows are gigabytes).

    On Oxigraph itself, consume it on one thread: pyoxigraph's objects are released there when it ends or is closed.
    """
    if store.oxigraph is None:
        yield from select_cells(store, query)
        return
    solutions = store.native_query(query)
    cells = Memo(_native_cell)
    cells[None] = None  # an unbound variable
    try:
        names = [variable.value for variable in solutions.variables]
        for solution in solutions:
            yield dict(zip(names, map(cells.__getitem__, solution)))
            if len(cells) > MEMO_TERMS:  # a term of every row (a claim's IRI) would be kept to the end
                cells.clear()
                cells[None] = None
    finally:
        solutions = None
        cells.clear()


def _native_cell(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> Cell:
    """A pyoxigraph term as the cell of the rdflib term ``oxrdflib`` would make of it."""
    if not isinstance(term, pyoxigraph.Literal):
        return Cell(term.value, None)
    if term.language:
        return _term_cell(Literal(term.value, lang=term.language))
    return Cell(term.value, term.datatype.value)


def _term_cell(term: Identifier) -> Cell:
    """An rdflib term as a cell; a simple literal is an ``xsd:string`` (RDF 1.1), as Oxigraph has it.

    (rdflib leaves simple literals of remote JSON results without a datatype.)
    """
    if not isinstance(term, Literal):
        return Cell(str(term), None)
    datatype = term.datatype
    if datatype is None and term.language is None:
        datatype = XSD.string
    return Cell(str(term), None if datatype is None else str(datatype), (str(term), term.toPython()))
