"""SHACL validation of quads before they enter a store.

The engine is pyshacl-turbo, a SHACL engine written in Rust with pySHACL's
API; the shapes are compiled once per process. It evaluates the shapes'
SPARQL constraints itself, so validation neither parses SPARQL with rdflib's
grammar nor holds a lock: calls from several threads run side by side.

The data reaches it as N-Triples text read the way the engine reads a
pyoxigraph Store (which it dumps to N-Quads and parses natively; an rdflib
graph it converts term by term, in Python): building the store only for the
engine to dump it again cost a fifth of validation. Read that way a plain
literal is ``xsd:string``, which RDF 1.1 makes the same literal, but the
engine compares the two forms as different; so the shapes are compiled with
their plain literals written as ``xsd:string`` too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyshacl_turbo import CompiledShapes, compile_shapes
from pyshacl_turbo.rdf import Input
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD, Namespace, NamespaceManager

from claimgraph.kg.errors import ValidationError
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, PREFIXES
from claimgraph.kg.store import ntriples
from claimgraph.kg.vocabulary import shapes, vocabulary


@cache
def _program() -> CompiledShapes:
    """The shapes compiled, their plain literals as ``xsd:string`` (the form a store gives the data's; blank nodes
    kept, so a report's shapes are found in :func:`~claimgraph.kg.vocabulary.shapes`)."""
    typed = Graph()
    for s, p, o in shapes():
        typed.add((s, p, Literal(str(o), datatype=_STRING) if isinstance(o, Literal) and o.datatype is None and not o.language else o))
    return compile_shapes(typed, advanced=True)


SHAPES = Namespace("https://w3id.org/claimgraph/shapes#")


@cache
def _names() -> NamespaceManager:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in {**PREFIXES, "sh": SH, "cgsh": SHAPES}.items():
        names.bind(prefix, namespace, replace=True)
    return names


_STRING = XSD.string


def _plain(term: object) -> object:
    """RDF 1.1 makes ``"x"^^xsd:string`` and ``"x"`` one literal; stores return the
    first, rdflib compares them as different, so pySHACL's graph holds the plain form."""
    if isinstance(term, Literal) and term.datatype == _STRING:
        return Literal(str(term))
    return term


@cache
def _vocabulary_text() -> str:
    return ntriples((s, p, o, DEFAULT) for s, p, o in vocabulary())


_STORE_TEXT = "oxigraph-nquads"
"""The engine's name for the N-Quads it dumps a pyoxigraph Store to: plain literals read as ``xsd:string``."""


def data_input(quads: Iterable[Quad], written: str = "") -> Input:
    """What the shapes see: the vocabulary, the quads and ``written`` (more quads, already N-Quads text, such as a build's
    chunk as spooled), their graphs merged, as the engine reads a store's text (blank nodes keep their labels, so a
    report names them as given)."""
    return Input(_vocabulary_text() + written + ntriples(quads), _STORE_TEXT, None, {}, preserve_ids=True)


def data_graph(quads: Iterable[Quad]) -> Graph:
    """The same as :func:`data_input` in an rdflib graph, as pySHACL (the differential tests' reference) reads it.

    The triples go to rdflib's simplest store straight (``Graph.add`` checks
    each term's type, a third of the time at 500 claims; ours are terms already).
    """
    data = Graph(store="SimpleMemory")
    add = data.store.add
    for s, p, o in vocabulary():
        add((s, p, o), data)
    for s, p, o, _ in quads:
        add((s, p, _plain(o)), data)
    return data


def path_text(report: Graph, path: object) -> str | None:
    """A property path of a report in SPARQL's notation (``oa:hasSelector/oa:exact``), or None."""
    if isinstance(path, URIRef):
        return path.n3(_names())
    if isinstance(path, BNode):
        if report.value(path, SH.inversePath) is not None:
            inner = path_text(report, report.value(path, SH.inversePath))
            return None if inner is None else f"^{inner}"
        steps = [path_text(report, step) for step in Collection(report, path)]
        if steps and None not in steps:
            return "/".join(steps)  # type: ignore[arg-type]
    return None


def _name(node: object) -> str:
    """A reader's name for a focus node: ``claim 'x'`` for our IRIs, else the IRI."""
    text = str(node)
    if text.startswith(BASE):
        kind, _, rest = text[len(BASE):].partition("/")
        ident, _, part = rest.partition("#")
        return f"{kind} {ident!r}" + (f" ({part})" if part else "")
    return text


_KINDS = {SH.IRI: "an IRI", SH.Literal: "a literal", SH.BlankNode: "a blank node", SH.BlankNodeOrIRI: "an IRI or a blank node",
          SH.BlankNodeOrLiteral: "a blank node or a literal", SH.IRIOrLiteral: "an IRI or a literal"}
_BOUNDS = {SH.MinInclusiveConstraintComponent: (SH.minInclusive, ">="), SH.MaxInclusiveConstraintComponent: (SH.maxInclusive, "<="),
           SH.MinExclusiveConstraintComponent: (SH.minExclusive, ">"), SH.MaxExclusiveConstraintComponent: (SH.maxExclusive, "<")}
_PARAMETERS = {
    SH.ClassConstraintComponent: SH["class"], SH.DatatypeConstraintComponent: SH.datatype, SH.NodeKindConstraintComponent: SH.nodeKind,
    SH.MinCountConstraintComponent: SH.minCount, SH.MaxCountConstraintComponent: SH.maxCount,
    SH.MinLengthConstraintComponent: SH.minLength, SH.MaxLengthConstraintComponent: SH.maxLength,
    SH.PatternConstraintComponent: SH.pattern, SH.InConstraintComponent: SH["in"], SH.OrConstraintComponent: SH["or"],
    SH.NodeConstraintComponent: SH.node, **{component: bound for component, (bound, _) in _BOUNDS.items()},
}
"""The parameter of each constraint component that our messages name."""
_LISTED = 8
"""Values of an ``sh:in`` list named in a message; the rest are counted."""


def _term(term: object) -> str:
    return f'"{term}"' if isinstance(term, Literal) else term.n3(_names()) if isinstance(term, URIRef) else str(term)


def _alternative(graph: Graph, shape: object) -> str:
    """One shape of an ``sh:or`` list in a few words: ``datatype xsd:gYear``."""
    parts = [f"{p.n3(_names()).removeprefix('sh:')} {_term(o)}" for p, o in graph.predicate_objects(shape) if p != SH.path]
    return ", ".join(sorted(parts)) or _term(shape)


def described(component: object, shape: object) -> str:
    """What a constraint without ``sh:message`` asks, from its parameters in the shapes."""
    graph = shapes()
    parameter = _PARAMETERS.get(component)
    value = None if parameter is None else graph.value(shape, parameter)
    if value is None:
        return f"violates {_term(component).removeprefix('sh:').removesuffix('ConstraintComponent')}"
    if component == SH.ClassConstraintComponent:
        return f"value must be an instance of {_term(value)}"
    if component == SH.DatatypeConstraintComponent:
        return f"value must be a literal of datatype {_term(value)}"
    if component == SH.NodeKindConstraintComponent:
        return f"value must be {_KINDS.get(value, _term(value))}"
    if component in (SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent):
        least = component == SH.MinCountConstraintComponent
        return f"{'needs at least' if least else 'may have at most'} {value} value{'' if int(value) == 1 else 's'}"
    if component in (SH.MinLengthConstraintComponent, SH.MaxLengthConstraintComponent):
        return f"value must be {'at least' if component == SH.MinLengthConstraintComponent else 'at most'} {value} characters long"
    if component == SH.PatternConstraintComponent:
        return f"value must match the pattern {value}"
    if component == SH.InConstraintComponent:
        members = [_term(member) for member in Collection(graph, value)]
        rest = f" and {len(members) - _LISTED} more" if len(members) > _LISTED else ""
        return f"value must be one of {', '.join(members[:_LISTED])}{rest}"
    if component == SH.OrConstraintComponent:
        return "value must be one of: " + "; ".join(_alternative(graph, member) for member in Collection(graph, value))
    if component == SH.NodeConstraintComponent:
        return f"value does not conform to {_term(value)}"
    return f"value must be {_BOUNDS[component][1]} {value}"


@dataclass(frozen=True)
class Violation:
    """One result of a validation report."""

    focus: object
    path: str | None
    component: URIRef
    message: str
    value: object

    def line(self) -> str:
        """One readable line: ``claim 'x' (value) at schema:currency: currency must be ... (value: XYZ)``; an IRI value
        of a vocabulary in its prefixed form (``(value: cg:rumouredWorth)``)."""
        where = f" at {self.path}" if self.path else ""
        shown = str(self.value) if isinstance(self.value, Literal) and len(self.value) < 80 else _term(self.value) if isinstance(self.value, URIRef) else ""
        got = f" (value: {shown})" if shown and not shown.startswith("<") else ""
        return f"{_name(self.focus)}{where}: {self.message}{got}"


def _message(report: Graph, result: object, component: object) -> str:
    """The shape's own ``sh:message`` as the report gives it, else what the constraint asks in our words
    (the engines' own wording differs and names nodes by full IRI)."""
    shape, constraint = report.value(result, SH.sourceShape), report.value(result, SH.sourceConstraint)
    if any(node is not None and (node, SH.message, None) in shapes() for node in (shape, constraint)):
        return str(report.value(result, SH.resultMessage))
    return described(component, shape)


def violations(report: Graph) -> list[Violation]:
    """The results of a SHACL validation report (pySHACL's or pyshacl-turbo's), nested ones too (an anchor's, under its
    claim's); but not a nested one about a literal given where a node was expected, which the result it is nested in
    reports (a result of the report itself is always listed, so a report that does not conform never lists none)."""
    found = []
    for result, focus in report.subject_objects(SH.focusNode):
        if isinstance(focus, Literal) and (None, SH.detail, result) in report:
            continue
        component = report.value(result, SH.sourceConstraintComponent)
        found.append(Violation(
            focus=focus,
            path=path_text(report, report.value(result, SH.resultPath)),
            component=component,
            message=_message(report, result, component),
            value=report.value(result, SH.value),
        ))
    return found


def engine_report(quads: Iterable[Quad], focus: list[URIRef] | None = None, written: str = "") -> tuple[bool, Graph, str]:
    """The engine's answer for the quads and the ``written`` N-Quads (graphs merged): conforms, the report graph, the
    report as text."""
    return _program().validate(data_input(quads, written), allow_warnings=True, focus_nodes=focus)


def report(quads: Iterable[Quad], focus: list[URIRef] | None = None, written: str = "") -> list[Violation]:
    """Every SHACL violation of the quads and the ``written`` N-Quads (graphs merged); only those of the ``focus``
    nodes when given."""
    conforms, graph, _ = engine_report(quads, focus, written)
    return [] if conforms else violations(graph)


def problems(quads: Iterable[Quad], focus: list[URIRef] | None = None, written: str = "") -> list[str]:
    """Every SHACL violation of the quads and the ``written`` N-Quads (graphs merged), one readable line each;
    only those of the ``focus`` nodes when given."""
    return sorted({violation.line() for violation in report(quads, focus, written)})


def check(quads: list[Quad]) -> None:
    """Raise ``ValidationError`` listing every violation, if there is any."""
    found = problems(quads)
    if found:
        raise ValidationError(found)
