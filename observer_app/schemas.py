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
def validator(name: str) -> Draft202012Validator:
    # jsonschema takes 0.1 s to import: paid when a file is first validated, not by
    # every process that merely loads the forms module (the GUI's start, for one)
    from jsonschema import Draft202012Validator

    path = schemas_dir() / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(data: Any, name: str) -> list[str]:
    """Every violation of schema ``name``, as "at <json path>: <message>"."""
    out = []
    for err in sorted(validator(name).iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"at {path}: {err.message}")
    return out


def validate(data: Any, name: str, where: str) -> None:
    """Raise :class:`InputError` naming ``where`` and the first few violations."""
    found = errors(data, name)
    if found:
        more = f" (and {len(found) - 5} more)" if len(found) > 5 else ""
        raise InputError(
            f"does not match {name} schema: " + "; ".join(found[:5]) + more, where=where
        )
