"""Protocol forms: what lines a result protocol has and which relations bind them.

A form is a JSON document validated by ``schemas/protocol-form.schema.json``.
Built-in forms live in ``observer_app/data/forms``; users can load their own.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from observer_app.errors import InputError
from observer_app.forms.expr import CANDIDATES, Comparison, ExpressionError, parse
from observer_app.paths import data_dir
from observer_app.schemas import validate

LANGS = ("en", "ru", "kk")
# defer_build: pydantic builds a model's validators when it first validates one, not on
# import (a tenth of a second): commands that only read a stored form never validate
_CONFIG = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Text(BaseModel):
    """A text in the three UI languages."""

    model_config = _CONFIG
    en: str
    ru: str
    kk: str

    def get(self, lang: str) -> str:
        return str(getattr(self, lang, None) or self.en)


class Line(BaseModel):
    model_config = _CONFIG
    key: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    number: str = ""  # the line's number on the paper protocol ("1", "7")
    label: Text
    short: Text | None = None  # used when explaining violations
    legal_ref: str = ""

    def short_label(self, lang: str) -> str:
        return (self.short or self.label).get(lang)


class CandidateBlock(BaseModel):
    model_config = _CONFIG
    label: Text
    short: Text | None = None
    legal_ref: str = ""


class Relation(BaseModel):
    model_config = _CONFIG
    id: str
    expr: str
    severity: Literal["error", "warning"]
    message: Text
    legal_ref: str = ""


class ProtocolForm(BaseModel):
    model_config = _CONFIG
    schema_: str | None = Field(default=None, alias="$schema")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: int = 1
    title: Text
    country: str = ""
    legal_basis: Text
    provisional: bool = False
    provisional_note: Text | None = None
    lines: tuple[Line, ...]
    candidates: CandidateBlock
    against_all: Line | None = None
    relations: tuple[Relation, ...]

    @cached_property
    def line_keys(self) -> tuple[str, ...]:
        """Line keys in protocol order, against-all last (it follows the candidates)."""
        keys = tuple(line.key for line in self.lines)
        return (*keys, self.against_all.key) if self.against_all else keys

    @cached_property
    def lines_by_key(self) -> dict[str, Line]:
        out = {line.key: line for line in self.lines}
        if self.against_all:
            out[self.against_all.key] = self.against_all
        return out

    @cached_property
    def compiled(self) -> tuple[tuple[Relation, Comparison], ...]:
        known = frozenset(self.line_keys)
        return tuple((rel, parse(rel.expr, known)) for rel in self.relations)

    def term_label(self, key: str, lang: str) -> str:
        if key == CANDIDATES:
            block = self.candidates
            return (block.short or block.label).get(lang)
        line = self.lines_by_key.get(key)
        return line.short_label(lang) if line else key

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_none=True)


def form_from_data(data: object, where: str) -> ProtocolForm:
    """Validate a parsed JSON document as a form; ``where`` names it in messages."""
    validate(data, "protocol-form", where)
    form = ProtocolForm.model_validate(data)
    keys = [line.key for line in form.lines] + ([form.against_all.key] if form.against_all else [])
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise InputError(f"{where}: line key(s) used twice: {', '.join(dupes)}")
    ids = [r.id for r in form.relations]
    if len(set(ids)) != len(ids):
        raise InputError(f"{where}: relation ids must be unique")
    try:
        form.compiled  # noqa: B018 - compile now to report bad expressions at load time
    except ExpressionError as exc:
        raise InputError(f"{where}: {exc}") from None
    return form


def builtin_form_ids() -> list[str]:
    return sorted(p.stem for p in (data_dir() / "forms").glob("*.json"))


def load_form(id_or_path: str | Path) -> ProtocolForm:
    """A built-in form by id, or a user's form file by path."""
    path = Path(id_or_path)
    builtin = data_dir() / "forms" / f"{id_or_path}.json"
    if isinstance(id_or_path, str) and builtin.is_file():
        path = builtin
    elif not path.is_file():
        known = ", ".join(builtin_form_ids())
        raise InputError(
            f"no protocol form {str(id_or_path)!r}: not a built-in ({known}) nor a file"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a JSON file ({exc})") from None
    return form_from_data(data, str(path))


def form_from_json(text: str) -> ProtocolForm:
    """The form frozen inside an election record."""
    return form_from_data(json.loads(text), "stored form")


def form_from_stored(text: str) -> ProtocolForm:
    """The form frozen inside an election record, as stored, without validating it again.

    ``create_election`` stored it after :func:`form_from_data` validated it (schema,
    model, unique keys, relations); validating it once more on every read builds
    pydantic's validators, a tenth of a second of each command that reads an
    election. Its relations are compiled here all the same, so that a form that
    does not compile is refused as :func:`form_from_json` refuses it.
    """
    data = json.loads(text)
    fields = {k: v for k, v in data.items() if k != "$schema"}
    if "$schema" in data:
        fields["schema_"] = data["$schema"]
    cands = data["candidates"]
    form = ProtocolForm.model_construct(
        **{
            **fields,
            "title": _text(data["title"]),
            "legal_basis": _text(data["legal_basis"]),
            "provisional_note": _text(data.get("provisional_note")),
            "lines": tuple(map(_line, data["lines"])),
            "candidates": CandidateBlock.model_construct(
                **{**cands, "label": _text(cands["label"]), "short": _text(cands.get("short"))}
            ),
            "against_all": _line(data["against_all"]) if data.get("against_all") else None,
            "relations": tuple(
                Relation.model_construct(**{**r, "message": _text(r["message"])})
                for r in data["relations"]
            ),
        }
    )
    try:
        form.compiled  # noqa: B018 - as form_from_data
    except ExpressionError as exc:
        raise InputError(f"stored form: {exc}") from None
    return form


def _text(data: dict[str, str] | None) -> Text | None:
    return None if data is None else Text.model_construct(None, **data)


def _line(data: dict[str, Any]) -> Line:
    label, short = _text(data["label"]), _text(data.get("short"))
    return Line.model_construct(**{**data, "label": label, "short": short})
