"""The two rules every reader of claims follows, as SPARQL: which claims are on the record, and which review is current.

Every query that lists, counts, links or exports claims joins :func:`on_record`;
every one that shows a verdict takes it from :func:`current_review`. The same
fragments are in the example queries, so a SPARQL user reads the record as
the service does.
"""

from __future__ import annotations

from claimgraph.claims import lifecycle
from claimgraph.kg.namespaces import STATUS

ON_RECORD_STATUSES = " ".join(f"<{STATUS[status]}>" for status in lifecycle.ON_RECORD)


def on_record(claim: str = "?claim") -> str:
    """Graph patterns that keep only claims on the record (unverified, in review, reviewed).

    >>> print(on_record())
    ?claim cg:status ?onRecord . VALUES ?onRecord { <https://w3id.org/claimgraph/ns/status#unverified> <https://w3id.org/claimgraph/ns/status#in_review> <https://w3id.org/claimgraph/ns/status#reviewed> }
    """
    return f"{claim} cg:status ?onRecord . VALUES ?onRecord {{ {ON_RECORD_STATUSES} }}"


def with_status(status: str, claim: str = "?claim") -> str:
    """A graph pattern that keeps claims in one state of the lifecycle."""
    return f"{claim} cg:status <{STATUS[status]}> ."


def current_review(claim: str = "?claim", review: str = "?review") -> str:
    """Graph patterns binding a claim's current review: one of its reviews that no other review revises.

    A new review always revises the current one (the service writes it so and
    refuses an update that does otherwise), so a claim has at most one.
    """
    return f"{review} a schema:ClaimReview ; schema:itemReviewed {claim} . FILTER NOT EXISTS {{ ?revision prov:wasRevisionOf {review} }}"
