"""Claim matching: the same claim made in several documents, and who independently makes it.

Two claims on the record match when they have the same subject (after entity resolution,
:mod:`claimgraph.kg.resolution`) and the same predicate, and their values and times are
compatible (:func:`compatible`):

- money: the same currency and amounts that can be the same, that is ranges that overlap (an
  amount said to be approximate stretches by ``APPROXIMATE_TOLERANCE``); money without an
  amount matches nothing;
- an entity: the same entity; a literal: the same datatype and the same words (case and
  spacing aside);
- times: both unknown, one unknown, or known and sharing a day.

Compatibility is not transitive ($1.0bn and about $1.1bn match, as do about $1.1bn and $1.2bn,
but $1.0bn and $1.2bn do not), so a group is a set of claims that all match each other
(:func:`groups`): claims are taken earliest stated first, and each joins the first group all of
whose members it matches. No group joins claims with different subjects, predicates or
incompatible values. A claim said first with less (an approximate amount, no time) may gather
claims that the more exact one would not join: the first claim decides, as a reader meets them.

Claimants are counted as independent sources (:func:`source_key`): two articles quoting an
anonymous source may quote the same people, so every anonymous source of a group counts once;
a named claimant (a data provider, an institute, a firm, a publisher in its own voice) counts
once however many documents quote it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimgraph.claims.model import ANONYMOUS_SOURCE, Literal, Money
from claimgraph.kg.projection import ClaimRecord

APPROXIMATE_TOLERANCE = 0.1
"""How far (as a fraction) an amount said to be approximate ("about", "roughly") may stretch."""
ANONYMOUS = "anonymous"
"""The one source every anonymous source of a group counts as."""


def money_range(value: Money | Literal | str | None) -> tuple[float, float] | None:
    """The least and greatest amount money may stand for (an approximate one stretched by
    ``APPROXIMATE_TOLERANCE``); None for no money, or no amount.

    >>> money_range(Money("USD", 100.0, approximate=True)), money_range(Money("USD", minimum=1.0, maximum=2.0))
    ((90.0, 110.00000000000001), (1.0, 2.0))
    """
    if not isinstance(value, Money):
        return None
    low = value.amount if value.amount is not None else value.minimum
    high = value.amount if value.amount is not None else value.maximum
    if low is None or high is None:
        return None
    if value.approximate:
        low, high = low * (1 - APPROXIMATE_TOLERANCE), high * (1 + APPROXIMATE_TOLERANCE)
    return low, high


def values_compatible(a: Money | Literal | str | None, b: Money | Literal | str | None) -> bool:
    """Whether two claims' objects (money, a literal, or an entity id) can be the same.

    >>> values_compatible(Money("USD", 2e9), Money("USD", minimum=1.8e9, maximum=2.2e9))
    True
    >>> values_compatible(Money("USD", 2e9), Money("GBP", 2e9)), values_compatible(Money("USD", 2e9), Money("USD", 2.1e9))
    (False, False)
    """
    if isinstance(a, Money) and isinstance(b, Money):
        range_a, range_b = money_range(a), money_range(b)
        if a.currency != b.currency or range_a is None or range_b is None:
            return False
        return range_a[0] <= range_b[1] and range_b[0] <= range_a[1]
    if isinstance(a, Literal) and isinstance(b, Literal):
        return a.datatype == b.datatype and " ".join(a.text.casefold().split()) == " ".join(b.text.casefold().split())
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return False


def object_of(claim: ClaimRecord) -> Money | Literal | str | None:
    """A claim's object: its money or literal value, else its object entity's id."""
    return claim.value if claim.value is not None else claim.object


def times_compatible(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two claims can be about the same time: one's time or both unknown, or days in common."""
    if a.about_interval is None or b.about_interval is None:
        return True
    return a.about_interval[0] <= b.about_interval[1] and b.about_interval[0] <= a.about_interval[1]


def compatible(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Whether two claims can be the same claim: same subject and predicate, compatible values and times."""
    return a.subject == b.subject and a.predicate == b.predicate and values_compatible(object_of(a), object_of(b)) and times_compatible(a, b)


def stated_order(claim: ClaimRecord) -> tuple[str, str]:
    """Earliest stated first (a year before its days, as its first day), then by id."""
    return claim.stated.value or "9999", claim.id


@dataclass
class _Group:
    """A group being gathered, with what a claim must agree with to join it. Intervals on a line that overlap pair by
    pair share a common part (Helly's theorem in one dimension), so a claim overlaps every member's amounts (or
    time) exactly when it overlaps their common part: one comparison per group, not one per member."""

    members: list[ClaimRecord]
    amounts: tuple[float, float] | None
    days: tuple[str, str] | None


def _joins(claim: ClaimRecord, amounts: tuple[float, float] | None, group: _Group) -> bool:
    if group.amounts is not None and (amounts is None or amounts[0] > group.amounts[1] or group.amounts[0] > amounts[1]):
        return False
    days = claim.about_interval
    return group.days is None or days is None or (days[0] <= group.days[1] and group.days[0] <= days[1])


AMOUNT_STEP = 1.05
"""The ratio of one bin of amounts to the next: a group is found among the groups of the bins its amounts span."""


def _bins(amounts: tuple[float, float]) -> range:
    """The bins a range of amounts spans (every amount up to 1 in the first): ranges that overlap share one."""
    low, high = (math.floor(math.log(max(amount, 1.0), AMOUNT_STEP)) for amount in amounts)
    return range(low, high + 1)


def _cluster(claims: Iterable[ClaimRecord]) -> list[list[ClaimRecord]]:
    """Claims of one subject and predicate in groups whose members all match each other: each claim, earliest stated
    first, joins the first group all of whose members it matches (:func:`compatible`), else starts one. Groups are
    looked for among those of the same object, and for money of the same currency and overlapping bins of amounts."""
    found: list[_Group] = []
    near: dict[object, list[int]] = defaultdict(list)
    for claim in sorted(claims, key=stated_order):
        value = object_of(claim)
        amounts = money_range(value)
        if isinstance(value, Money):
            keys: list[object] = [("money", value.currency, step) for step in _bins(amounts)] if amounts is not None else []
        elif isinstance(value, Literal):
            keys = [("literal", value.datatype, " ".join(value.text.casefold().split()))]
        else:
            keys = [("entity", value)] if value is not None else []
        candidates = sorted({number for key in keys for number in near[key]})
        number = next((number for number in candidates if _joins(claim, amounts, found[number])), None)
        days = claim.about_interval
        if number is None:
            found.append(_Group([claim], amounts, days))
            for key in keys:  # a group's amounts only narrow, so the bins of its first claim hold it for good
                near[key].append(len(found) - 1)
            continue
        group = found[number]
        if amounts is not None:
            group.amounts = (max(group.amounts[0], amounts[0]), min(group.amounts[1], amounts[1]))
        if days is not None:
            group.days = days if group.days is None else (max(group.days[0], days[0]), min(group.days[1], days[1]))
        group.members.append(claim)
    return [group.members for group in found]


def by_subject_and_predicate(claims: Iterable[ClaimRecord]) -> dict[tuple[str, str], list[ClaimRecord]]:
    """Claims by their subject and predicate."""
    keyed: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        keyed[claim.subject, claim.predicate].append(claim)
    return keyed


def groups(claims: Mapping[str, ClaimRecord]) -> list[list[ClaimRecord]]:
    """Every group of matching claims (one claim alone is a group of one), each earliest stated first; the groups in
    the order of their first claim."""
    found = [group for members in by_subject_and_predicate(claims.values()).values() for group in _cluster(members)]
    return sorted(found, key=lambda group: stated_order(group[0]))


def group_of(claims: Mapping[str, ClaimRecord], claim: ClaimRecord) -> list[ClaimRecord]:
    """The group a claim belongs to among ``claims`` (those on the record): its own group when it is one of them; else
    the claims of the first group all of whose members it matches (empty when none), as a claim not on the record
    (a candidate) would join them."""
    same = [other for other in claims.values() if other.subject == claim.subject and other.predicate == claim.predicate]
    if claim.id in claims:
        return next(group for group in _cluster(same) if any(member.id == claim.id for member in group))
    return next((group for group in _cluster(same) if all(compatible(claim, member) for member in group)), [])


def source_key(claim: ClaimRecord, types: Mapping[str, str]) -> str:
    """Who a claim counts as, as an independent source: its claimant, or ``anonymous`` for any anonymous source
    (``types``: entity id -> entity type)."""
    return ANONYMOUS if types.get(claim.claimant) == ANONYMOUS_SOURCE else claim.claimant


def independent_claimants(group: Iterable[ClaimRecord], types: Mapping[str, str]) -> int:
    """How many independent sources make the claims of a group."""
    return len({source_key(claim, types) for claim in group})
