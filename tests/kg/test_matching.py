"""Claim matching: every expected group of the two Veloria articles with its independent claimants, no group joining
different subjects or incompatible values, only claims on the record, and properties over many values."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.claims.model import Literal, Money, TimeRef
from claimgraph.kg import analysis, matching, resolution
from claimgraph.kg.curation import curate
from claimgraph.kg.network import read_network
from claimgraph.kg.projection import ClaimRecord, read_claims
from claimgraph.kg.reviews import add_review
from claimgraph.kg.store import Store
from tests.conftest import ingest_veloria

# Claims by (article, number): article 0 is Harbour Wire's, 1 The Ledger's (tests/data/matching).
EXPECTED = [
    # the $40m round: Veloria Robotics itself, and an anonymous source
    ({(0, 1), (1, 1)}, 2),
    # the valuation: about $300m and roughly $310m, each from an anonymous source: one source, not two
    ({(0, 3), (1, 2)}, 1),
    # the £2bn research spending of the UK / Britain: Tallyfield Data in both
    ({(0, 6), (1, 3)}, 1),
    # made once: the location, the founding year and founder; the extractor read the Ledger's closing sentence
    # (a rival valued at $1.2bn last year) as Veloria's, a value no other valuation of Veloria is compatible with
    ({(0, 2)}, 1), ({(0, 4)}, 1), ({(0, 5)}, 1), ({(1, 4)}, 1),
]


@pytest.fixture
def merged(store: Store) -> tuple[Store, dict[str, tuple[int, int]]]:
    """Both articles on the record, Veloria and Britain merged into Veloria Robotics and United Kingdom."""
    reports = ingest_veloria(store)
    resolution.confirm(store, "veloria-robotics--veloria", "ann")
    resolution.confirm(store, "united-kingdom--britain", "ann")
    labels = {claim.id: (article, number) for article, report in enumerate(reports) for number, claim in enumerate(report.claims, 1)}
    return store, labels


def _found(store: Store, labels: dict[str, tuple[int, int]]) -> list[tuple[set[tuple[int, int]], int]]:
    network = read_network(store)
    types = {entity_id: entity.type for entity_id, entity in network.entities.items()}
    return [({labels[claim.id] for claim in group}, matching.independent_claimants(group, types)) for group in matching.groups(network.claims)]


def test_every_expected_group_and_no_other(merged) -> None:
    store, labels = merged
    found = _found(store, labels)
    assert sorted(found, key=lambda g: sorted(g[0])) == sorted(EXPECTED, key=lambda g: sorted(g[0]))


def test_no_group_joins_different_subjects_or_incompatible_values(merged) -> None:
    store, _ = merged
    for group in matching.groups(read_network(store).claims):
        assert len({(claim.subject, claim.predicate) for claim in group}) == 1
        for a, b in combinations(group, 2):
            assert matching.values_compatible(matching.object_of(a), matching.object_of(b)) and matching.times_compatible(a, b)


def test_before_the_merge_nothing_is_matched_across_documents(store: Store) -> None:
    ingest_veloria(store)
    assert all(len({claim.document for claim in group}) == 1 for group in matching.groups(read_network(store).claims))


def test_a_group_as_readers_see_it(merged) -> None:
    store, labels = merged
    network = read_network(store)
    number = {value: key for key, value in labels.items()}
    shown = analysis.claim_matches(network, network.claims[number[(1, 2)]])
    group = shown["group"]
    assert shown["on_record"] and group["documents"] == 2 and group["independent_claimants"] == 1
    assert group["earliest"] == {"claim": number[(0, 3)], "document": network.claims[number[(0, 3)]].document, "stated": "2025-05-05"}
    assert group["values_differ"] and [v["value"] for v in group["values"]] == ["about 300m USD", "about 310m USD"]
    assert [claim["verdict"] for claim in group["claims"]] == ["none", "none"]
    (anonymous,) = group["claimants"]
    assert anonymous["anonymous"] and set(anonymous["claims"]) == {number[(0, 3)], number[(1, 2)]}
    corroborated = analysis.source_dependence(network)["corroborated"]
    assert [(g["subject"]["id"], g["predicate"], g["independent_claimants"]) for g in corroborated] == [
        ("veloria-robotics", "fundingRaised", 2), ("veloria-robotics", "valuation", 1), ("united-kingdom", "investmentAmount", 1),
    ]  # fmt: skip


def test_only_claims_on_the_record_count(store: Store) -> None:
    first, second = ingest_veloria(store, accept=False)
    resolution.confirm(store, "veloria-robotics--veloria", "ann")
    for claim in first.claims:
        curate(store, claim.id, "accept", "ann")
    funding = next(claim.id for claim in second.claims if claim.type == "funding")
    curate(store, funding, "reject", "ann")
    network = read_network(store)
    assert all(len(group) == 1 for group in matching.groups(network.claims))  # the rejected claim matches nothing
    kept = next(claim.id for claim in first.claims if claim.type == "funding")
    curate(store, kept, "retract", "ann", note="the round was called off")
    assert kept not in {claim.id for group in matching.groups(read_network(store).claims) for claim in group}


def test_a_verdict_is_offered_to_a_candidate_not_copied(store: Store) -> None:
    first, second = ingest_veloria(store, accept=False)
    for claim in first.claims:
        curate(store, claim.id, "accept", "ann")
    spending = next(claim.id for claim in first.claims if claim.subject == "united-kingdom")
    add_review(store, spending, "true", "Tallyfield's annual report gives £2bn", [], "rita")
    resolution.confirm(store, "united-kingdom--britain", "ann")
    candidate = next(claim.id for claim in second.claims if claim.subject == "britain")
    network = read_network(store)
    record = read_claims(store, [candidate])[candidate]
    shown = analysis.claim_matches(network, record)
    assert not shown["on_record"] and [claim["id"] for claim in shown["group"]["claims"]] == [spending]
    assert [(offer["claim"], offer["verdict"]) for offer in shown["offered_verdicts"]] == [(spending, "true")]
    assert record.status == "candidate" and record.review is None  # offered, not copied


_CURRENCIES = st.sampled_from(["USD", "GBP", "EUR"])
_AMOUNTS = st.one_of(
    st.floats(min_value=0, max_value=1e13, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.5, 1.0, 9.5e8, 1e9, 1.04e9, 1.05e9, 1.1e9, 1.2e9, 2e9]),  # close amounts, where groups are decided
)


@st.composite
def money(draw) -> Money:
    currency, approximate = draw(_CURRENCIES), draw(st.booleans())
    if draw(st.booleans()):
        return Money(currency, draw(_AMOUNTS), approximate=approximate)
    low, high = sorted((draw(_AMOUNTS), draw(_AMOUNTS)))
    return Money(currency, minimum=low, maximum=high, approximate=approximate)


_VALUES = st.one_of(money(), st.sampled_from(["firm-a", "firm-b"]), st.builds(Literal, st.sampled_from(["2019", "2020"]), st.sampled_from(["gYear", "string"])))


@settings(max_examples=500, deadline=None)
@given(_VALUES, _VALUES)
def test_compatibility_is_symmetric_and_never_across_currencies(a, b) -> None:
    assert matching.values_compatible(a, b) == matching.values_compatible(b, a)
    if isinstance(a, Money) and isinstance(b, Money) and a.currency != b.currency:
        assert not matching.values_compatible(a, b)
    if type(a) is not type(b):
        assert not matching.values_compatible(a, b)


@settings(max_examples=300, deadline=None)
@given(money())
def test_money_matches_itself_and_an_amount_inside_its_range(value: Money) -> None:
    assert matching.values_compatible(value, value)
    low, high = matching.money_range(value)
    assert matching.values_compatible(value, Money(value.currency, (low + high) / 2))


def _record(number: int, subject: str, value: Money, interval: tuple[str, str] | None, claimant: str) -> ClaimRecord:
    return ClaimRecord(
        id=f"c{number:03d}", iri=f"c{number}", type="valuation", statement="s", status="unverified", subject=subject,
        predicate="https://w3id.org/claimgraph/ns#valuation", claimant=claimant, document=f"d{number % 4}", anchor=None,
        about=TimeRef(), about_interval=interval, stated=TimeRef(f"2025-0{1 + number % 9}-01", "day"), value=value,
    )  # fmt: skip


_INTERVALS = st.one_of(st.none(), st.sampled_from([("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31"), ("2024-06-01", "2025-05-31")]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["firm-a", "firm-b"]), money(), _INTERVALS, st.sampled_from(["x", "y", "anon-1", "anon-2"])), max_size=25))
def test_groups_partition_the_claims_into_sets_that_all_match(drawn) -> None:
    claims = {record.id: record for record in (_record(number, *fields) for number, fields in enumerate(drawn))}
    found = matching.groups(claims)
    assert sorted(claim.id for group in found for claim in group) == sorted(claims)  # each claim in exactly one group
    for group in found:
        assert all(matching.compatible(a, b) for a, b in combinations(group, 2))
        types = {"anon-1": "anonymous_source", "anon-2": "anonymous_source"}
        assert 1 <= matching.independent_claimants(group, types) <= len({claim.claimant for claim in group})
        if {claim.claimant for claim in group} == {"anon-1", "anon-2"}:
            assert matching.independent_claimants(group, types) == 1


def _first_fit(claims: dict[str, ClaimRecord]) -> list[list[str]]:
    """Groups as the definition reads, member by member: each claim, earliest stated first, joins the first group of
    its subject and predicate all of whose members it matches."""
    found: list[list[ClaimRecord]] = []
    for claim in sorted(claims.values(), key=matching.stated_order):
        group = next((group for group in found if all(matching.compatible(claim, member) for member in group)), None)
        if group is None:
            found.append([claim])
        else:
            group.append(claim)
    return sorted(sorted(claim.id for claim in group) for group in found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["firm-a", "firm-b"]), money(), _INTERVALS, st.sampled_from(["x", "anon-1"])), max_size=30))
def test_groups_are_the_first_fit_of_the_definition(drawn) -> None:
    claims = {record.id: record for record in (_record(number, *fields) for number, fields in enumerate(drawn))}
    assert sorted(sorted(claim.id for claim in group) for group in matching.groups(claims)) == _first_fit(claims)
