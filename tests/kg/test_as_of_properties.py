"""A property of the record as of a time: after any sequence of writes, the record read as of each moment is the record
that was read at that moment, claims, statuses and verdicts alike, and so is the claim list's order the service derives
from what it keeps; and after each write, what the claim list's filters offer, derived from what was kept, is what the
store gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.claims.errors import ClaimStatusError
from claimgraph.kg import projection, resources, reviews
from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store
from claimgraph.kg.updates import validated_update
from tests.kg.test_ingest import PUBLISHED, TEXT

START = dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
VERDICTS = ("true", "false", "unverifiable")

WRITES = st.one_of(
    st.tuples(st.just("accept"), st.integers(0, 3)),
    st.tuples(st.just("reject"), st.integers(0, 3)),
    st.tuples(st.just("retract"), st.integers(0, 3)),
    st.tuples(st.just("review"), st.integers(0, 3), st.sampled_from(VERDICTS)),
    st.tuples(st.just("update"), st.integers(0, 3), st.sampled_from(("unverified", "retracted"))),
)


def _write(store, claims: list[str], write: tuple, when: dt.datetime) -> None:
    action, index, *rest = write
    claim = claims[index % len(claims)]
    try:
        if action == "review":
            reviews.add_review(store, claim, rest[0], "checked", [], "Ann", now=when)
        elif action == "update":
            iri = claim_iri(claim)
            validated_update(store, f"DELETE {{ <{iri}> cg:status ?s }} INSERT {{ <{iri}> cg:status cgs:{rest[0]} }} WHERE {{ <{iri}> cg:status ?s }}",
                             agent="Eve", now=when)  # fmt: skip
        else:
            curate(store, claim, action, "Ed", note="why", now=when)
    except ClaimStatusError:
        pass  # the lifecycle refused it: nothing was written


def _record(store, as_of: dt.datetime | None = None) -> dict[str, tuple[str, str]]:
    return {claim_id: (record.status, record.verdict) for claim_id, record in projection.every_claim(store, as_of=as_of).items()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WRITES, min_size=1, max_size=8))
def test_the_record_as_of_each_moment_is_the_record_read_then(writes: list[tuple]) -> None:
    store = open_store(MEMORY)
    try:
        derived = DerivedCache(store)
        claims = [claim.id for claim in ingest(store, TEXT, PUBLISHED, agent="Ian", now=START).claims]
        seen = [(START, _record(store), resources.claim_order(store))]
        for number, write in enumerate(writes, start=1):
            when = START + dt.timedelta(hours=number)
            derived.claim_order(), derived.claim_filter_choices()  # kept before the write, so that what follows reads from what was kept
            _write(store, claims, write, when)
            assert {name: list(pairs) for name, pairs in derived.claim_filter_choices().items()} == resources.claim_filter_choices(store)
            seen.append((when, _record(store), resources.claim_order(store)))
        for when, record, order in seen:
            assert _record(store, when) == record
            assert _record(store, when + dt.timedelta(minutes=30)) == record, "nothing changes between writes"
            assert derived.claim_order(when) == order == resources.claim_order(store, when)
        assert _record(store, START - dt.timedelta(seconds=1)) == {}
        assert derived.claim_order(START - dt.timedelta(seconds=1)) == ()
    finally:
        store.close()
