"""Non-table models: everything from a user or a file is validated here first.

Table models skip validation, so these models are the gate: a negative count,
an empty name or an unknown source never reaches the database.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from observer_app.errors import InputError

Count = Annotated[int, Field(ge=0, le=100_000_000)]
Code = Annotated[str, Field(min_length=1, max_length=200)]
Source = Literal["observer", "second-entry", "official"]
M = TypeVar("M", bound=BaseModel)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class CandidateIn(_In):
    ballot_number: int = Field(ge=1, le=999)
    name: str = Field(min_length=1, max_length=300)
    nomination: str = ""


class ContestIn(_In):
    code: Code
    name: str = Field(min_length=1, max_length=300)
    region: str = ""
    placeholder: bool = False
    candidates: tuple[CandidateIn, ...] = Field(min_length=1)

    @field_validator("candidates")
    @classmethod
    def _unique_ballot_numbers(cls, v: tuple[CandidateIn, ...]) -> tuple[CandidateIn, ...]:
        numbers = [c.ballot_number for c in v]
        if len(set(numbers)) != len(numbers):
            raise ValueError("ballot numbers must be unique within a contest")
        names = [c.name for c in v]
        if len(set(names)) != len(names):
            raise ValueError("candidate names must be unique within a contest")
        return v


class StationIn(_In):
    code: Code
    contest: Code
    name: str = ""
    address: str = ""
    registered_voters: Count | None = None


class ElectionIn(_In):
    code: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    name: str = Field(min_length=1, max_length=300)
    country: str = ""
    held_on: str = Field(default="", pattern=r"^(\d{4}-\d{2}-\d{2})?$")
    form: str = Field(min_length=1)  # form id or path, resolved by the importer
    synthetic: bool = False
    note: str = ""
    contests: tuple[ContestIn, ...] = Field(min_length=1)
    stations: tuple[StationIn, ...] = Field(min_length=1)


class TallyIn(_In):
    """One row of protocol figures as read from a file or typed in."""

    station: Code
    source: Source
    observer: str = ""
    values: dict[str, Count]


class ContestTotalIn(_In):
    contest: Code
    values: dict[str, Count]


def validated(model: type[M], data: Any, where: str) -> M:
    """``model.model_validate`` with errors turned into an :class:`InputError` naming ``where``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
            problems.append(f"{loc}: {err['msg']}")
        more = f" (and {exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
        raise InputError("; ".join(problems) + more, where=where) from None
