"""Cell-level rules shared by the importers: counts, header names, collected problems.

Importers validate every row before storing anything and report up to
:data:`MAX_PROBLEMS` problems together, each naming file, row and column, so
that one pass over a bad file shows the user most of what to fix.
"""

from __future__ import annotations

import re

from observer_app.errors import InputError

MAX_COUNT = 100_000_000  # the bound of observer_app.domain.inputs.Count (a test keeps them equal)
MAX_PROBLEMS = 20

_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")  # "1 234" as Russian tables print it
_WHOLE_DECIMAL = re.compile(r"(\d+)\.0")  # "12.0" as pandas writes integer columns with gaps
_NEGATIVE = re.compile(r"[-−–]\s*\d+(?:[.,]\d+)?")
_DECIMAL = re.compile(r"\d*[.,]\d+")


def normalise(name: str) -> str:
    """A header as compared: case, surrounding and repeated whitespace and a BOM ignored."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def count_problem(text: str) -> str:
    """Why ``text`` (already stripped, not plain digits) is not a count."""
    if _NEGATIVE.fullmatch(text):
        return f"a count cannot be negative: {text!r}"
    if _DECIMAL.fullmatch(text):
        return f"a count must be a whole number, not {text!r}"
    return f"not a number: {text!r}"


def parse_count(text: str) -> int | str:
    """The count in a cell, or a message saying why it is not one.

    Plain ASCII digits are the fast path; "1 234" (grouped with spaces) and
    "12.0" are accepted as the same whole numbers. Blank cells are the caller's
    business (they mean "not filled in").
    """
    s = text.strip()
    if s.isdigit() and s.isascii():
        value = int(s)
    elif _GROUPED.fullmatch(s):
        value = int(re.sub(r"\D", "", s))
    elif m := _WHOLE_DECIMAL.fullmatch(s):
        value = int(m.group(1))
    else:
        return count_problem(s)
    if value > MAX_COUNT:
        return f"{value:,} is more than any protocol count can be (limit {MAX_COUNT:,})"
    return value


class ImportRefused(InputError):
    """A file refused with every problem found (up to :data:`MAX_PROBLEMS`); nothing was stored."""

    def __init__(self, file: str, problems: list[tuple[str, str]], *, complete: bool) -> None:
        self.file = file
        self.problems = list(problems)
        n = len(problems)
        head = (
            f"{n} problem{'s' if n != 1 else ''}"
            if complete
            else f"stopped after {n} problems (there may be more)"
        )
        lines = "\n".join(f"  {where}: {message}" for where, message in problems)
        super().__init__(f"{head}; nothing was stored:\n{lines}", where=file)


class TooManyProblems(Exception):
    """Internal: the collector is full; the importer stops scanning."""


class Problems:
    """Collects ``(where, message)`` pairs; raises :class:`TooManyProblems` when full."""

    def __init__(self, file: str, limit: int = MAX_PROBLEMS) -> None:
        self.file = file
        self.limit = limit
        self.items: list[tuple[str, str]] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, where: str, message: str) -> None:
        self.items.append((where, message))
        if len(self.items) >= self.limit:
            raise TooManyProblems

    def refused(self, *, complete: bool = True) -> ImportRefused:
        return ImportRefused(self.file, self.items, complete=complete)

    def raise_if_any(self) -> None:
        if self.items:
            raise self.refused()
