"""The JSON Schemas in ``schemas/`` are contracts: files are validated against them."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from observer_app.errors import InputError
from observer_app.paths import schemas_dir

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


@cache
def _schema(name: str) -> Any:
    path = schemas_dir() / f"{name}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    """jsonschema's validator: the reference, and the source of readable messages."""
    # jsonschema takes 0.1 s to import: paid only when a file breaks a schema (or a
    # caller wants the messages), not by every process that validates a good file
    from jsonschema import Draft202012Validator

    schema = _schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def fast_validator(name: str) -> Any:
    """The same schema compiled by jsonschema-rs: a yes/no answer, 20-200× faster.

    Good data (nearly all of it) is accepted here without loading jsonschema; only
    data it rejects goes to :func:`errors` for jsonschema's messages.
    """
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema(name))


def errors(data: Any, name: str) -> list[str]:
    """Every violation of schema ``name``, as "at <json path>: <message>"."""
    out = []
    for err in sorted(validator(name).iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"at {path}: {err.message}")
    return out


def validate(data: Any, name: str, where: str) -> None:
    """Raise :class:`InputError` naming ``where`` and the first few violations."""
    if fast_validator(name).is_valid(data):
        return
    found = errors(data, name)
    if found:
        more = f" (and {len(found) - 5} more)" if len(found) > 5 else ""
        raise InputError(
            f"does not match {name} schema: " + "; ".join(found[:5]) + more, where=where
        )
