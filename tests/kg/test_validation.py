"""SHACL rejects malformed claims with a message naming them, and nothing is written."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SH, XSD

from claimgraph.kg.errors import ValidationError
from claimgraph.claims.model import ClaimSet, TimeRef
from claimgraph.kg.build import build
from claimgraph.kg.mapping import claim_set_quads
from claimgraph.kg.namespaces import CG, OA, SCHEMA, claim_iri
from claimgraph.kg.validation import problems, violations
from tests.conftest import snapshot


@pytest.fixture
def store(any_store):
    """The behaviour below holds on the embedded store and on a remote SPARQL store alike."""
    return any_store


def _with_claim(claim_set: ClaimSet, index: int, **changes) -> ClaimSet:
    claims = list(claim_set.claims)
    claims[index] = dataclasses.replace(claims[index], **changes)
    return dataclasses.replace(claim_set, claims=tuple(claims))


def _anchor(claim_set: ClaimSet, index: int, **changes) -> ClaimSet:
    return _with_claim(claim_set, index, anchor=dataclasses.replace(claim_set.claims[index].anchor, **changes))


def test_the_bundled_claim_set_is_valid(bundled_quads) -> None:
    assert problems(bundled_quads) == []


def test_claim_without_document(mini: ClaimSet) -> None:
    quads = [q for q in claim_set_quads(mini) if not (q[1] == PROV.wasDerivedFrom and "zephyr-staff-pledge" in q[0])]
    found = problems(quads)
    assert any(line.startswith("claim 'zephyr-staff-pledge'") and "derived from" in line for line in found), found


def test_claim_pointing_at_a_document_that_is_not_there(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_with_claim(mini, 0, document="elsewhere")))
    assert any(line.startswith("claim 'zephyr-valuation-2024'") and "document" in line for line in found), found


def test_currency_not_in_iso_4217(mini: ClaimSet) -> None:
    money = dataclasses.replace(mini.claims[0].object_money, currency="XYZ")
    found = problems(claim_set_quads(_with_claim(mini, 0, object_money=money)))
    assert found == ["claim 'zephyr-valuation-2024' (value) at schema:currency: currency must be one ISO 4217 code (value: XYZ)"]


def test_offsets_outside_the_text(mini: ClaimSet) -> None:
    length = len(mini.document.text)
    found = problems(claim_set_quads(_anchor(mini, 1, start=length - 2, end=length + 40)))
    assert any(line.startswith("claim 'zephyr-staff-pledge' (target)") and "ends outside the text" in line for line in found), found


def test_exact_quote_that_disagrees_with_the_offsets(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_anchor(mini, 0, exact="Zephyr Robotics was valued at £999m")))
    assert (
        "claim 'zephyr-valuation-2024' (target): anchor exact quote disagrees with the offsets: "
        "offsets 0..142 of a text of 195 characters"
    ) in found


def test_prefix_that_disagrees_with_the_text(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_anchor(mini, 1, prefix="something else ")))
    assert any("prefix disagrees" in line for line in found), found


def test_predicate_missing_from_the_vocabulary(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_with_claim(mini, 0, predicate="rumouredWorth")))
    assert "claim 'zephyr-valuation-2024' at cg:predicate: the predicate is not declared in the vocabulary (value: cg:rumouredWorth)" in found, found


def test_money_without_any_amount(mini: ClaimSet) -> None:
    quads = [q for q in claim_set_quads(mini) if q[1] != SCHEMA.value]
    assert any("needs a value, a minimum or a maximum" in line for line in problems(quads))


def test_statement_must_not_be_empty(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_with_claim(mini, 1, statement="")))
    assert any(line.startswith("claim 'zephyr-staff-pledge'") for line in found)


def test_rejected_build_leaves_the_store_unchanged(store, mini: ClaimSet) -> None:
    build(store, [mini])
    before = snapshot(store)
    broken = _anchor(_with_claim(mini, 0, statement="changed"), 1, end=10_000)
    with pytest.raises(ValidationError) as caught:
        build(store, [broken])
    assert "claim 'zephyr-staff-pledge'" in str(caught.value)
    assert snapshot(store) == before
    assert not [quad for quad in store.quads() if quad[2] == Literal("changed")]


def test_a_claim_with_no_time_about_is_valid_and_has_no_time_node(mini: ClaimSet) -> None:
    quads = claim_set_quads(_with_claim(mini, 1, about=TimeRef()))
    assert problems(quads) == []
    pledge = claim_iri("zephyr-staff-pledge")
    assert not [q for q in quads if q[0] == pledge and q[1] == CG.timeAbout]
    assert [q for q in quads if q[0] == pledge and q[1] == CG.stated]


def test_a_time_node_with_neither_value_nor_words_is_rejected(mini: ClaimSet) -> None:
    node = URIRef(f"{claim_iri('zephyr-staff-pledge')}#about")
    quads = [q for q in claim_set_quads(mini) if q[0] != node or q[1] == RDF.type]
    found = problems(quads)
    assert any(line.startswith("claim 'zephyr-staff-pledge'") and "time" in line for line in found), found


def test_a_constraint_without_its_own_message_is_described_from_the_shapes(mini: ClaimSet) -> None:
    about = URIRef(f"{claim_iri('zephyr-staff-pledge')}#about")
    quads = [(s, p, Literal("decade") if (s, p) == (about, CG.precision) else o, g) for s, p, o, g in claim_set_quads(mini)]
    found = problems(quads)
    assert "claim 'zephyr-staff-pledge' (about) at cg:precision: value must be one of \"year\", \"month\", \"day\" (value: decade)" in found
    assert any(line.startswith("claim 'zephyr-staff-pledge' at cg:timeAbout: a claim has at most one time") for line in found), found


def test_a_sequence_path_is_named_in_sparql_notation(mini: ClaimSet) -> None:
    found = problems(claim_set_quads(_anchor(mini, 0, start=-1)))
    assert "claim 'zephyr-valuation-2024' (target) at oa:hasSelector/oa:start: value must be >= 0 (value: -1)" in found


def test_a_missing_value_names_its_node_for_readers(mini: ClaimSet) -> None:
    quads = [q for q in claim_set_quads(mini) if q[1] != URIRef("http://purl.org/dc/terms/language")]
    assert problems(quads) == ["document 'zephyr-test-article' at dcterms:language: needs at least 1 value"]


def test_validation_runs_in_several_threads_at_once(mini: ClaimSet) -> None:
    """No lock: each thread's data gets its own answer while the others validate."""
    cases = [claim_set_quads(mini)] + [claim_set_quads(_with_claim(mini, 0, statement="")),
                                        claim_set_quads(_anchor(mini, 1, prefix="something else "))]
    expected = [problems(quads) for quads in cases]
    assert expected[0] == [] and expected[1] and expected[2] and expected[1] != expected[2]
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda number: (number % 3, problems(cases[number % 3])), range(60)))
    assert all(found == expected[case] for case, found in answers)


def _typed(term: object) -> object:
    """A plain literal written with its datatype, ``"x"^^xsd:string``: RDF 1.1's same literal."""
    return Literal(str(term), datatype=XSD.string) if isinstance(term, Literal) and term.datatype is None and not term.language else term


def test_a_plain_literal_and_its_xsd_string_form_validate_alike(mini: ClaimSet) -> None:
    """The engine reads the data from a store, where both forms are one; the shapes' ``sh:in`` lists of plain
    strings (precision, currency) accept either, and refuse a value outside them in either form."""
    quads = claim_set_quads(mini)
    assert problems([(s, p, _typed(o), g) for s, p, o, g in quads]) == []
    money = dataclasses.replace(mini.claims[0].object_money, currency="XYZ")
    broken = claim_set_quads(_with_claim(mini, 0, object_money=money))
    assert problems([(s, p, _typed(o), g) for s, p, o, g in broken]) == problems(broken) != []


def test_a_language_tagged_statement_is_not_a_string(mini: ClaimSet) -> None:
    claim = claim_iri("zephyr-staff-pledge")
    quads = [(s, p, Literal(str(o), lang="en") if (s, p) == (claim, CG.statement) else o, g) for s, p, o, g in claim_set_quads(mini)]
    assert any(line.startswith("claim 'zephyr-staff-pledge' at cg:statement:") for line in problems(quads)), problems(quads)


def test_a_blank_node_in_the_data_is_validated_and_named(mini: ClaimSet) -> None:
    """An editor's update may bring blank nodes: a blank anchor target is checked like a named one."""
    claim = claim_iri("zephyr-staff-pledge")
    target, blank = URIRef(f"{claim}#target"), BNode("b0")
    quads = [(blank if s == target else s, p, blank if o == target else o, g) for s, p, o, g in claim_set_quads(mini)
             if not (s == target and p == OA.hasSource)]
    found = problems(quads)
    assert any(line.startswith("b0 at oa:hasSource: needs at least 1 value") for line in found), found


def test_a_result_about_a_literal_is_left_out_only_when_nested_in_another() -> None:
    """A report that does not conform always lists something: only a nested result about a literal (a literal given where
    a node was expected, reported by the result it is nested in) is left out."""
    report, outer, inner = Graph(), BNode(), BNode()
    report.add((outer, SH.focusNode, claim_iri("x")))
    report.add((outer, SH.sourceConstraintComponent, SH.NodeConstraintComponent))
    report.add((outer, SH.detail, inner))
    report.add((inner, SH.focusNode, Literal("valuation")))
    report.add((inner, SH.sourceConstraintComponent, SH.MinCountConstraintComponent))
    assert [v.focus for v in violations(report)] == [claim_iri("x")]
    report.remove((outer, SH.detail, inner))
    assert sorted(map(str, (v.focus for v in violations(report)))) == sorted([str(claim_iri("x")), "valuation"])
