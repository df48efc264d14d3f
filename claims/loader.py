"""Load curated claim sets from YAML, with errors that name file, claim and field."""

from __future__ import annotations

import hashlib
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from claimgraph.claims.errors import ClaimSetError, InputError
from claimgraph.claims.model import (
    CLAIM_TYPES,
    ENTITY_TYPES,
    PRECISIONS,
    Anchor,
    Claim,
    ClaimSet,
    Document,
    Entity,
    Literal,
    Money,
    TimeRef,
)
from claimgraph.claims.times import parse_time

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LITERAL_TYPES = ("string", "gYear", "gYearMonth", "date")


class _Reader:
    """Reads one mapping of the YAML file, naming the place of every error."""

    def __init__(self, file: str, where: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ClaimSetError(file, where, "(whole entry)", "expected a mapping")
        self.file, self.where, self.data = file, where, data

    def fail(self, field: str, problem: str) -> ClaimSetError:
        return ClaimSetError(self.file, self.where, field, problem)

    def get(self, field: str, kind: type | tuple[type, ...], required: bool = True) -> Any:
        value = self.data.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is missing")
            return None
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(field, f"expected {_kind_name(kind)}, got {value!r}")
        if not isinstance(value, kind):
            raise self.fail(field, f"expected {_kind_name(kind)}, got {value!r}")
        return value

    def choice(self, field: str, allowed: tuple[str, ...], required: bool = True) -> Any:
        value = self.get(field, str, required)
        if value is not None and value not in allowed:
            raise self.fail(field, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def ident(self, field: str) -> str:
        value = self.get(field, str)
        if not _ID.match(value):
            raise self.fail(field, f"{value!r} is not a lower-case id (letters, digits, '-')")
        return value

    def child(self, field: str, required: bool = True) -> _Reader | None:
        value = self.data.get(field)
        if value is None and not required:
            return None
        if value is None:
            raise self.fail(field, "is missing")
        return _Reader(self.file, f"{self.where}.{field}", value)

    def unknown_keys(self, allowed: set[str]) -> None:
        extra = sorted((key for key in self.data if key not in allowed), key=str)
        if extra:
            raise self.fail(repr(extra[0]), f"unknown field (expected one of {', '.join(sorted(allowed))})")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", int: "an integer", float: "a number", bool: "true or false", list: "a list", dict: "a mapping"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _time(reader: _Reader) -> TimeRef:
    reader.unknown_keys({"value", "precision", "expression", "basis"})
    value = reader.get("value", (str, int), required=False)
    value = None if value is None else str(value)
    precision = reader.choice("precision", PRECISIONS, required=value is not None)
    if value is not None:
        try:
            read = parse_time(value)
        except InputError:
            raise reader.fail("value", f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
        if read.precision != precision:
            raise reader.fail("value", f"{value!r} does not fit precision {precision!r}")
    if value is None and precision is not None:
        raise reader.fail("precision", "is set but value is empty")
    return TimeRef(
        value=value,
        precision=precision,
        expression=reader.get("expression", str, required=False),
        basis=reader.get("basis", str, required=False),
    )


def _number(reader: _Reader, field: str) -> float | None:
    """A number; ``9.0e11`` is accepted although YAML 1.1 reads it as text."""
    value = reader.get(field, (int, float, str), required=False)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            raise reader.fail(field, f"expected a number, got {value!r}") from None
    return None if value is None else float(value)


def _money(reader: _Reader) -> Money:
    reader.unknown_keys({"amount", "min", "max", "currency", "approximate"})
    money = Money(
        currency=reader.get("currency", str),
        amount=_number(reader, "amount"),
        minimum=_number(reader, "min"),
        maximum=_number(reader, "max"),
        approximate=bool(reader.get("approximate", bool, required=False)),
    )
    if money.amount is None and money.minimum is None and money.maximum is None:
        raise reader.fail("amount", "money needs an amount, a min or a max")
    if money.amount is not None and (money.minimum is not None or money.maximum is not None):
        raise reader.fail("amount", "give either an amount or a min/max range, not both")
    return money


def _entity(file: str, index: int, data: Any) -> Entity:
    reader = _Reader(file, f"entities[{index}]", data)
    reader.where = f"entity {data.get('id', index)!r}" if isinstance(data, dict) else reader.where
    reader.unknown_keys({"id", "type", "label", "aliases", "description"})
    aliases = reader.get("aliases", list, required=False) or []
    if not all(isinstance(alias, str) for alias in aliases):
        raise reader.fail("aliases", "expected a list of texts")
    return Entity(
        id=reader.ident("id"),
        type=reader.choice("type", ENTITY_TYPES),
        label=reader.get("label", str),
        aliases=tuple(aliases),
        description=reader.get("description", str, required=False),
    )


def _claim(file: str, index: int, data: Any, document: Document, entity_ids: set[str]) -> Claim:
    reader = _Reader(file, f"claims[{index}]", data)
    reader.where = f"claim {data.get('id', index)!r}" if isinstance(data, dict) else reader.where
    reader.unknown_keys(
        {"id", "type", "statement", "subject", "predicate", "object", "claimant", "about", "stated", "hedges", "anchor", "status"}
    )

    def entity_ref(field: str, source: _Reader = reader) -> str:
        value = source.ident(field)
        if value not in entity_ids:
            raise source.fail(field, f"unknown entity {value!r}")
        return value

    obj = reader.child("object")
    obj.unknown_keys({"entity", "money", "literal"})
    if len(obj.data) != 1:
        raise obj.fail("(object)", "give exactly one of entity, money or literal")
    literal = None
    if "literal" in obj.data:
        lit = obj.child("literal")
        lit.unknown_keys({"text", "datatype"})
        literal = Literal(text=str(lit.get("text", (str, int))), datatype=lit.choice("datatype", _LITERAL_TYPES, False) or "string")
    anchor = reader.child("anchor")
    anchor.unknown_keys({"start", "end", "exact", "prefix", "suffix"})
    hedges = reader.get("hedges", list, required=False) or []
    if not all(isinstance(hedge, str) for hedge in hedges):
        raise reader.fail("hedges", "expected a list of texts")
    about = reader.child("about", required=False)
    stated = reader.child("stated", required=False)
    return Claim(
        id=reader.ident("id"),
        document=document.id,
        type=reader.choice("type", CLAIM_TYPES),
        statement=reader.get("statement", str),
        subject=entity_ref("subject"),
        predicate=reader.get("predicate", str),
        claimant=entity_ref("claimant"),
        object_entity=entity_ref("entity", obj) if "entity" in obj.data else None,
        object_money=_money(obj.child("money")) if "money" in obj.data else None,
        object_literal=literal,
        about=_time(about) if about else TimeRef(),
        stated=_time(stated) if stated else document.published,
        hedges=tuple(hedges),
        anchor=Anchor(
            start=anchor.get("start", int),
            end=anchor.get("end", int),
            exact=anchor.get("exact", str),
            prefix=anchor.get("prefix", str, required=False) or "",
            suffix=anchor.get("suffix", str, required=False) or "",
        ),
        status=reader.get("status", str, required=False) or "unverified",
    )


def _document(file: str, data: Any, articles_dir: Path) -> Document:
    reader = _Reader(file, "document", data)
    reader.unknown_keys({"id", "file", "sha256", "title", "publisher", "url", "language", "published"})
    doc_id = reader.ident("id")
    reader.where = f"document {doc_id!r}"
    article = articles_dir / reader.get("file", str)
    try:
        raw = article.read_bytes()
    except OSError as error:
        raise reader.fail("file", f"cannot read the article {article}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise reader.fail("file", f"the article {article} is not UTF-8 ({error.reason} at byte {error.start})") from None
    sha256 = reader.get("sha256", str).lower()
    actual = hashlib.sha256(raw).hexdigest()
    if actual != sha256:
        raise reader.fail("sha256", f"the article {article} has SHA-256 {actual}, not {sha256}")
    return Document(
        id=doc_id,
        sha256=sha256,
        published=_time(reader.child("published")),
        language=reader.get("language", str),
        file=article.name,
        title=reader.get("title", str, required=False),
        publisher=reader.get("publisher", str, required=False),
        url=reader.get("url", str, required=False),
        text=text,
    )


def _unique(file: str, kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ClaimSetError(file, f"{kind} {item_id!r}", "id", "duplicate id")
        seen.add(item_id)


def load_claim_set(path: Path | str, articles_dir: Path | str) -> ClaimSet:
    """Read a claim set and the article it cites (whose SHA-256 must match).

    Args:
        path: the YAML file.
        articles_dir: the folder holding the article named by ``document.file``.

    Raises:
        ClaimSetError: the first problem found, naming file, claim and field.
    """
    path = Path(path)
    file = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ClaimSetError(file, "(file)", "(file)", f"cannot read: {error.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ClaimSetError(file, "(file)", "(syntax)", f"not valid YAML: {error}") from None
    top = _Reader(file, "(top level)", data)
    top.unknown_keys({"document", "entities", "claims"})
    document = _document(file, top.get("document", dict), Path(articles_dir))
    entities = [_entity(file, i, item) for i, item in enumerate(top.get("entities", list))]
    _unique(file, "entity", [entity.id for entity in entities])
    entity_ids = {entity.id for entity in entities}
    if document.publisher is not None and document.publisher not in entity_ids:
        raise ClaimSetError(file, f"document {document.id!r}", "publisher", f"unknown entity {document.publisher!r}")
    raw_claims = top.get("claims", list)
    _unique(file, "claim", [c.get("id") for c in raw_claims if isinstance(c, dict) and isinstance(c.get("id"), str)])
    claims = [_claim(file, i, item, document, entity_ids) for i, item in enumerate(raw_claims)]
    return ClaimSet(document=document, entities=tuple(entities), claims=tuple(claims))


def bundled_claim_sets() -> list[Path]:
    """The claim sets shipped with the package."""
    folder = files("claimgraph.claims.data")
    return sorted(Path(str(item)) for item in folder.iterdir() if item.name.endswith(".yaml"))

