"""A candidate claim proposed by the extractor, and its fixed JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.claims.extraction.money import money_json
from claimgraph.claims.extraction.timex import EMPTY_TIME, TimeMention
from claimgraph.claims.model import Money


@dataclass(frozen=True)
class Candidate:
    """One proposed claim; ``quote`` is always ``text[start:end]`` of the input."""

    type: str
    statement: str
    subject: str | None
    predicate: str
    object: str | None
    value: Money | None
    time: TimeMention | None
    attribution: str | None
    start: int
    end: int
    quote: str
    score: float
    hedges: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        """The fixed JSON form (keys ``type`` ... ``score``) that callers rely on."""
        return {
            "type": self.type,
            "statement": self.statement,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "value": None if self.value is None else money_json(self.value),
            "time": dict(EMPTY_TIME) if self.time is None else self.time.to_json(),
            "attribution": self.attribution,
            "hedges": list(self.hedges),
            "span": {"start": self.start, "end": self.end},
            "quote": self.quote,
            "score": self.score,
        }
