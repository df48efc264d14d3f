"""SPARQL text as the engine will read it: one lexer that checks a request and rewrites it.

A check that parses a query with one grammar while the engine executes the
text with another can be fooled wherever the two lexers disagree (a comment
ended by a bare carriage return, an escape, a keyword glued to the next word).
So the text is not checked and then passed on: it is split into the
terminals of the SPARQL 1.1 grammar, checked, and written out again in a
canonical form (no comments, single spaces, strings with plain escapes, IRIs
with their escapes decoded), and that canonical text is what the engine
runs. Whatever the engine makes of it, it is made of the very tokens that
were checked.

The checks are linear in the length of the text and never recurse:

- ``SERVICE`` and ``LOAD`` are refused in any bare word or prefix, also
  inside a longer one: Oxigraph reads ``SERVICESILENT`` as ``SERVICE SILENT``,
  and ``SERVICE:x`` can be the keyword before ``:x``. Elsewhere the engine
  cannot start a keyword: a variable, a local name or a blank node label is
  read whole, a string canonically quoted cannot end early, and an IRI cannot
  hold the ``{`` that a ``SERVICE`` pattern needs;
- brackets may nest at most :data:`MAX_DEPTH` deep (Oxigraph's parser
  recurses per level and crashes the process a few thousand levels down).
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pyoxigraph

from claimgraph.kg.errors import QueryError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError, excerpt

MAX_DEPTH = 64
"""The deepest nesting of brackets (``{``, ``(``, ``[``, ``<<``) a request may have."""

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_ESCAPE = r"\\(?:[tbnrf\"'\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"

_ALTERNATIVES = (
    r"(?P<space>[ \t\r\n]+)",
    r"(?P<comment>#[^\r\n]*)",
    rf"(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)",
    rf'(?P<long>"""(?:(?:"|"")?(?:[^"\\]|{_ESCAPE}))*"""|\'\'\'(?:(?:\'|\'\')?(?:[^\'\\]|{_ESCAPE}))*\'\'\')',
    rf'(?P<string>"(?:[^"\\\r\n]|{_ESCAPE})*"|\'(?:[^\'\\\r\n]|{_ESCAPE})*\')',
    rf"(?P<var>[?$][{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)",
    rf"(?P<bnode>_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
    rf"(?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)",
    r"(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)",
    r"(?P<number>[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+))",
    r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)",
    r"(?P<punct>\^\^|<<\(|\)>>|<<|>>|\{\||\|\}|&&|\|\||!=|<=|>=|[{}()\[\];,.=<>!+\-*/^|?~])",
)
_TOKEN = re.compile("|".join(_ALTERNATIVES))
_TOKEN_UNPREFIXED = re.compile("|".join(_ALTERNATIVES).replace(f"(?:{_PREFIX})?:", ":"))
"""The terminals where no prefixed name can start: the same, less the prefix's scan (see :func:`_tokens`)."""
_NAME_START = re.compile(f"[{_BASE}]")
_NAME_RUN = re.compile(f"[{_CHARS}.]*")
_OPEN = frozenset(("{", "(", "[", "<<", "<<(", "{|"))
_CLOSE = frozenset(("}", ")", "]", ">>", ")>>", "|}"))
_NAMES = frozenset(("word", "pname"))
"""Tokens in which a keyword could hide (in a prefixed name, its prefix); see the module's docstring."""
_REFUSED = {
    "SERVICE": "SERVICE is refused: this endpoint does not fetch other endpoints on a caller's behalf; "
    "query them yourself and combine the results",
    "LOAD": "LOAD is refused: this endpoint does not fetch documents from addresses a caller gives",
}
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_IRI_FORBIDDEN = re.compile(r"[<>\"{}|^`\\\x00-\x20]")
_UNESCAPE = re.compile(rf"{_ESCAPE}")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Token(NamedTuple):  # a tuple, not a dataclass: a mebibyte can hold a million tokens
    kind: str
    text: str
    """The token as it is written out (strings and IRIs in their canonical form)."""
    breaks: int
    """Line breaks between this token and the one before."""
    start: int = -1
    """Where the token begins in the client's text (-1 for one added here)."""
    joined: bool = False
    """An opening bracket the client wrote right after the token before (``COALESCE(``): written so again, since
    Oxigraph reads some function names followed by a space as another keyword and refuses the call."""


def _where(text: str, position: int) -> str:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"line {line}, column {column}"


def _unescape(body: str, text: str, position: int) -> str:
    def one(match: re.Match[str]) -> str:
        escape = match.group()
        if escape[1] in "uU":
            point = int(escape[2:], 16)
            if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
                raise QuerySyntaxError(f"malformed query: {escape} is not a character, at {_where(text, position)}")
            return chr(point)
        return _ECHAR[escape[1]]

    return _UNESCAPE.sub(one, body)


def literal(value: str) -> str:
    r"""Any text as a SPARQL string literal: the one way text from outside enters a query of ours.

    >>> print(literal('say "hi" \\ then\n'))
    "say \"hi\" \\ then\n"
    """
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _string(source: str, text: str, position: int) -> str:
    quote = 3 if source[:3] in ('"""', "'''") else 1
    return literal(_unescape(source[quote:-quote], text, position))


def iri(value: str, what: str = "an IRI") -> str:
    """An IRI in SPARQL syntax, checked to hold none of the characters an IRI may not.

    Raises:
        QuerySyntaxError: it holds one.

    >>> iri("http://example.org/a")
    '<http://example.org/a>'
    """
    found = _IRI_FORBIDDEN.search(value)
    if found:
        raise QuerySyntaxError(f"{what} may not hold {found.group()!r}: {excerpt(value)}")
    return f"<{value}>"


def values_batches(iris: Sequence[str], size: int) -> Iterator[str]:
    """Our own IRIs ``size`` at a time, each batch written as the terms of a ``VALUES`` block.

    >>> list(values_batches(["http://a", "http://b", "http://c"], 2))
    ['<http://a> <http://b>', '<http://c>']
    """
    for start in range(0, len(iris), size):
        yield " ".join(f"<{one}>" for one in iris[start : start + size])


def data_operation(quads: Iterable[pyoxigraph.Quad], operation: str = "INSERT DATA") -> str:
    """A SPARQL ``INSERT DATA`` (or ``operation``: ``DELETE DATA``) of pyoxigraph quads, as parsed from N-Quads."""
    lines = []
    for quad in quads:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        lines.append(triple if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else f"GRAPH {quad.graph_name} {{ {triple} }}")
    return operation + " {\n" + "\n".join(lines) + "\n}"


def has_blank_node(quad: pyoxigraph.Quad) -> bool:
    """Whether a quad holds a blank node, which a ``DELETE DATA`` cannot name."""
    return any(isinstance(term, pyoxigraph.BlankNode) for term in (quad.subject, quad.object, quad.graph_name))


YIELD = 0.0002
"""Seconds a check with a deadline sleeps every 256 tokens, so that the service's other threads get the
interpreter lock at once rather than at Python's switch interval (5 ms, several times per request)."""


def _tokens(text: str, deadline: float | None = None) -> list[_Token]:
    """The terminals of a request, checked: no hidden keyword, nesting bounded.

    With a ``deadline`` (``time.monotonic()``), the check ends there, and it yields the processor every
    256 tokens (:data:`YIELD`).
    """
    tokens: list[_Token] = []
    breaks = depth = position = 0
    spaced = False
    run_end = read = 0
    while position < len(text):
        read += 1
        if deadline is not None and not read % 256:  # a few hundred microseconds of checking
            if time.monotonic() > deadline:
                raise QueryTimeoutError("the request was still being checked at its time limit; send a shorter one")
            time.sleep(YIELD)
        # A prefixed name's prefix is a run of name characters and dots ending, not on a dot, right before
        # a colon. Scanning the run from every token inside it (``a.a.a.a…`` is a word and a dot, over and
        # over) would be quadratic, so each run is scanned once, and inside one that ends in no colon
        # the tokens are read without trying a prefix: the same tokens, in linear time.
        scan = _TOKEN.match
        if _NAME_START.match(text, position):
            if position >= run_end:
                run_end = _NAME_RUN.match(text, position).end()
            if not (text.startswith(":", run_end) and text[run_end - 1] != "."):
                scan = _TOKEN_UNPREFIXED.match
        match = scan(text, position)
        if match is None:
            raise QuerySyntaxError(f"malformed query: unexpected {excerpt(text[position])} at {_where(text, position)}")
        kind, source = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            breaks += len(_LINE_BREAK.findall(source))
            spaced = True
        else:
            if kind == "iri":
                source = iri(_unescape(source[1:-1], text, position), f"the IRI at {_where(text, position)}")
            elif kind in ("string", "long"):
                source, kind = _string(source, text, position), "string"
            elif kind in _NAMES:
                upper = source.partition(":")[0].upper()
                for keyword, message in _REFUSED.items():
                    if keyword in upper:
                        hidden = "" if source.upper() == keyword else f" (also inside a name such as {excerpt(source)})"
                        raise QueryRefusedError(message + hidden)
            elif source in _OPEN:
                depth += 1
                if depth > MAX_DEPTH:
                    raise QuerySyntaxError(f"the request nests brackets more than {MAX_DEPTH} deep, at {_where(text, position)}")
            elif source in _CLOSE:
                depth -= 1
            tokens.append(_Token(kind, source, breaks, position, source == "(" and not spaced and bool(tokens)))
            breaks, spaced = 0, False
        position = match.end()
    return tokens


def _write(tokens: Iterable[_Token], original: str, form: str | None = None) -> Checked:
    """Tokens as text: one space apart, or as many line breaks as the request had there."""
    parts: list[str] = []
    written = 0
    spans: list[tuple[int, int]] = []
    for token in tokens:
        if parts:
            parts.append("\n" * token.breaks if token.breaks else "" if token.joined else " ")
            written += len(parts[-1])
        if token.start >= 0:
            spans.append((written, token.start))
        parts.append(token.text)
        written += len(token.text)
    return Checked("".join(parts), form, original, tuple(spans))


_POSITION = re.compile(r"\b(\d+):(\d+)\b")


@dataclass(frozen=True)
class Checked:
    """A request as the engine is to run it."""

    text: str
    """The canonical text."""
    form: str | None
    """A query's form: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``; None for an update."""
    original: str = ""
    """The text the client sent."""
    spans: tuple[tuple[int, int], ...] = ()
    """(offset in ``text``, offset in ``original``) of each token the client wrote."""

    def locate(self, message: str) -> str:
        """An engine's message with its ``line:column`` (of the canonical text) given in the client's text.

        >>> query("ASK {\\n  ?s ?p }").locate("error at 2:7: expected an object")
        'error at line 2, column 9 of the request: expected an object'
        """
        match = _POSITION.search(message)
        if match is None or not self.spans:
            return message
        line, column = int(match.group(1)), int(match.group(2))
        offset = sum(len(text) + 1 for text in self.text.split("\n")[: line - 1]) + column - 1
        index = max(0, bisect.bisect_right(self.spans, (offset, len(self.original))) - 1)
        written, start = self.spans[index]
        where = min(start + max(offset - written, 0), len(self.original))
        return f"{message[: match.start()]}{_where(self.original, where)} of the request{message[match.end() :]}"


def _form(tokens: list[_Token]) -> str:
    """The query form after the prologue (``BASE``, ``PREFIX``, ``VERSION``)."""
    index = 0
    while index < len(tokens) and tokens[index].kind == "word" and tokens[index].text.upper() in ("BASE", "PREFIX", "VERSION"):
        index += 3 if tokens[index].text.upper() == "PREFIX" else 2
    first = tokens[index].text.upper() if index < len(tokens) and tokens[index].kind == "word" else None
    if first not in FORMS:
        found = excerpt(tokens[index].text) if index < len(tokens) else "nothing"
        raise QuerySyntaxError(f"malformed query: a query is a SELECT, ASK, CONSTRUCT or DESCRIBE (after BASE and PREFIX), not {found}")
    return first


def _based(tokens: list[_Token], base: str | None) -> list[_Token]:
    return tokens if base is None else [_Token("word", "BASE", 0), _Token("iri", iri(base, "the base IRI"), 0), *tokens]


def query(text: str, base: str | None = None, deadline: float | None = None) -> Checked:
    """Check a query and give the text the engine is to run.

    Args:
        text: the query as the client sent it.
        base: the IRI relative IRIs resolve against (a ``BASE`` of the query's own comes after it).
        deadline: a ``time.monotonic()`` instant by which the check must be done.

    Raises:
        QuerySyntaxError: the text is not made of SPARQL's terminals, nests too deep, or is not a query.
        QueryRefusedError: it holds ``SERVICE`` or ``LOAD``.
        QueryTimeoutError: the deadline passed while the text was being checked.

    >>> query("ASK { ?s ?p 'SERVICE <http://example.org/>' } # SERVICE").text
    'ASK { ?s ?p "SERVICE <http://example.org/>" }'
    """
    tokens = _tokens(text, deadline)
    return _write(_based(tokens, base), text, _form(tokens))


def bind(text: str, variable: str, term: str) -> Checked:
    """A query with every use of one variable (``?name`` or ``$name``) replaced by a term, such as a time literal.

    Raises:
        QueryError: the query does not use the variable.
        QuerySyntaxError, QueryRefusedError: as :func:`query`.

    >>> bind("ASK { ?s ?p ?o FILTER (?o <= $asOf) }", "asOf", '"2026-01-01"^^xsd:date').text
    'ASK { ?s ?p ?o FILTER ( ?o <= "2026-01-01"^^xsd:date ) }'
    """
    tokens = _tokens(text)
    uses = [token.kind == "var" and token.text[1:] == variable for token in tokens]
    if not any(uses):
        raise QueryError(f"the query does not use ?{variable}, so there is nothing to bind")
    swapped = [token._replace(text=term) if use else token for token, use in zip(tokens, uses)]
    return _write(swapped, text, _form(tokens))


def update(text: str, base: str | None = None, using: Iterable[str] = (), using_named: Iterable[str] = ()) -> Checked:
    """Check an update and give the text the engine is to run.

    ``using`` and ``using_named`` (the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri``) become ``USING`` and ``USING NAMED`` clauses of
    every operation with a ``WHERE`` and a template (``DELETE``/``INSERT``).

    Raises:
        QuerySyntaxError: as :func:`query`; or the protocol's graphs were given
            while the update names its own with ``USING`` or ``WITH``.
        QueryRefusedError: it holds ``SERVICE`` or ``LOAD``.
    """
    tokens = _tokens(text)
    clauses = [token for graph in using for token in (_Token("word", "USING", 0), _Token("iri", iri(graph, "a using-graph-uri"), 0))]
    clauses += [
        token for graph in using_named
        for token in (_Token("word", "USING", 0), _Token("word", "NAMED", 0), _Token("iri", iri(graph, "a using-named-graph-uri"), 0))
    ]  # fmt: skip
    if clauses:
        if any(token.kind == "word" and token.text.upper() in ("USING", "WITH") for token in tokens):
            raise QuerySyntaxError("give the graphs either as using-graph-uri/using-named-graph-uri or with USING/WITH in the update, not both")
        tokens = _with_clauses(tokens, clauses)
    return _write(_based(tokens, base), text)


def _with_clauses(tokens: list[_Token], clauses: list[_Token]) -> list[_Token]:
    """``clauses`` put before every ``WHERE`` that follows a template at the top level."""
    out: list[_Token] = []
    depth = 0
    for token in tokens:
        if token.text in _OPEN:
            depth += 1
        elif token.text in _CLOSE:
            depth -= 1
        elif depth == 0 and token.kind == "word" and token.text.upper() == "WHERE" and out and out[-1].text == "}":
            out += clauses
        out.append(token)
    return out
