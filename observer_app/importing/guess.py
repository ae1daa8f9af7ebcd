"""Guessing what each column of someone else's table holds, from its header (en/ru/kk).

The import wizard proposes a role for every column ("Число избирателей,
включенных в список избирателей" → line L1, "Путин Владимир Владимирович" →
candidate 4) and the person corrects what is wrong; the result is saved as a
mapping file (``schemas/mapping.schema.json``) for the next file of the same kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from observer_app.forms import ProtocolForm
from observer_app.importing.cells import normalise
from observer_app.schemas import validate
from observer_app.storage.context import ElectionContext

IGNORE, STATION, CONTEST, AGAINST_ALL = "", "station", "contest", "against_all"
_STATION_WORDS = ("station", "uik", "уик", "участ", "учаске", "precinct", "polling")
_CONTEST_WORDS = ("contest", "округ", "district", "constituency", "аудан", "район")
_AGAINST = ("against all", "против всех", "барлығына қарсы")
_BALLOT = re.compile(r"#\s*(\d{1,3})")


@dataclass(frozen=True, slots=True)
class Role:
    """What a column is: ``kind`` station | contest | line | candidate | against_all | "" (skip)."""

    kind: str
    key: str = ""  # the line key or the candidate key ("#3")

    @property
    def code(self) -> str:
        return f"{self.kind}:{self.key}" if self.key else self.kind


def _clean(text: str) -> str:
    return re.sub(r"[«»\"'.,:;()№]", " ", normalise(text).replace("ё", "е"))


def _similar(a: str, b: str) -> float:
    a, b = _clean(a), _clean(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b).ratio()


def guess_roles(
    header: Sequence[str], ctx: ElectionContext, *, contest_level: bool = False
) -> list[Role]:
    """A role for every column; each line and candidate is given to one column at most."""
    form = ctx.form
    candidates = [(c.key, c.name) for contest in ctx.contests.values() for c in contest.candidates]
    roles: list[Role] = []
    taken: set[str] = set()
    for h in header:
        role = _guess_one(h, form, candidates, contest_level)
        if role.key and role.code in taken:
            role = Role(IGNORE)
        if role.key:
            taken.add(role.code)
        if role.kind in (STATION, CONTEST) and role.kind in taken:
            role = Role(IGNORE)
        if role.kind in (STATION, CONTEST, AGAINST_ALL):
            taken.add(role.kind)
        roles.append(role)
    return roles


def _guess_one(
    header: str, form: ProtocolForm, candidates: list[tuple[str, str]], contest_level: bool
) -> Role:
    h = _clean(header)
    if not h:
        return Role(IGNORE)
    if hit := _BALLOT.fullmatch(header.strip()):
        return Role("candidate", f"#{int(hit.group(1))}")
    keys = {k.casefold(): k for k in form.line_keys}
    if h in keys:
        return Role("line", keys[h])
    if any(h.startswith(w) for w in _AGAINST) or h == AGAINST_ALL.replace("_", " "):
        return Role(AGAINST_ALL)
    best: tuple[float, Role] = (0.0, Role(IGNORE))
    for line in form.lines:
        for lang in ("en", "ru", "kk"):
            for text in (line.label.get(lang), (line.short or line.label).get(lang)):
                score = _similar(header, text)
                if score > best[0]:
                    best = (score, Role("line", line.key))
    for key, name in candidates:
        score = max(_similar(header, name), _surname_match(header, name))
        if score > best[0]:
            best = (score, Role("candidate", key))
    if best[0] >= 0.8:
        return best[1]
    if any(w in h for w in _CONTEST_WORDS) and contest_level:
        return Role(CONTEST)
    if any(w in h for w in _STATION_WORDS) and not contest_level:
        return Role(STATION)
    if any(w in h for w in _CONTEST_WORDS):
        return Role(CONTEST)
    return Role(IGNORE)


def _surname_match(header: str, name: str) -> float:
    """1.0 when the header's first word is the candidate's surname (tables print "Путин В. В.")."""
    first = _clean(header).split()
    other = _clean(name).split()
    return 0.9 if first and other and first[0] == other[0] and len(first[0]) > 2 else 0.0


def mapping_from_roles(
    mapping_id: str,
    header: Sequence[str],
    roles: Sequence[Role],
    form: ProtocolForm,
    *,
    title: str = "",
) -> dict[str, Any]:
    """A mapping document (validated against its schema) from the chosen roles."""
    station = [h for h, r in zip(header, roles, strict=True) if r.kind == STATION]
    contest = [h for h, r in zip(header, roles, strict=True) if r.kind == CONTEST]
    doc: dict[str, Any] = {"id": mapping_id, "title": title, "form": form.id}
    if station:
        doc["station"] = station[0] if len(station) == 1 else {"columns": station}
    elif contest:
        doc["station"] = contest[0]  # contest totals: one row per contest
    if contest:
        doc["contest"] = contest[0]
    lines = {r.key: h for h, r in zip(header, roles, strict=True) if r.kind == "line"}
    if lines:
        doc["lines"] = lines
    cands = [
        {"column": h, "ballot_number": int(r.key[1:])}
        for h, r in zip(header, roles, strict=True)
        if r.kind == "candidate"
    ]
    if cands:
        doc["candidates"] = {"columns": cands}
    against = [h for h, r in zip(header, roles, strict=True) if r.kind == AGAINST_ALL]
    if against:
        doc["against_all"] = against[0]
    validate(doc, "mapping", f"mapping {mapping_id}")
    return doc
