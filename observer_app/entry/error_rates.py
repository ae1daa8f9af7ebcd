"""Per-operator error rates from blind double entry.

An operator's error rate is the share of the fields they keyed that differed
from the final value: the value both entries agreed on, or the resolved one.
Stations with unresolved differences are left out (their final values are not
known yet) and counted separately.
"""

from __future__ import annotations

from dataclasses import dataclass

from observer_app.entry.double_entry import DoubleEntry, load_pairs
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext


@dataclass
class OperatorRate:
    operator: str
    stations: int = 0
    fields: int = 0
    errors: int = 0

    @property
    def rate(self) -> float:
        return self.errors / self.fields if self.fields else 0.0


@dataclass(frozen=True)
class ErrorReport:
    rates: list[OperatorRate]  # worst first
    compared: int  # stations with both entries
    pending: int  # of which still differing (not counted in the rates)


def final_values(cmp: DoubleEntry) -> dict[str, int]:
    """The agreed or resolved value of every field that has one."""
    out: dict[str, int] = {}
    resolved = {d.key: d.resolution.value for d in cmp.differences if d.resolution is not None}
    for k in cmp.keys:
        a, b = cmp.first.values.get(k), cmp.second.values.get(k)
        if a == b and a is not None:
            out[k] = a
        elif k in resolved:
            out[k] = resolved[k]
    return out


def tally_errors(comparisons: list[DoubleEntry]) -> ErrorReport:
    by_op: dict[str, OperatorRate] = {}
    pending = 0
    for cmp in comparisons:
        if cmp.state == "differing":
            pending += 1
            continue
        final = final_values(cmp)
        for entry in (cmp.first, cmp.second):
            rate = by_op.setdefault(entry.operator, OperatorRate(entry.operator))
            rate.stations += 1
            rate.fields += len(final)
            rate.errors += sum(1 for k, v in final.items() if entry.values.get(k) != v)
    rates = sorted(by_op.values(), key=lambda r: (-r.rate, -r.fields, r.operator))
    return ErrorReport(rates, len(comparisons), pending)


def error_rates(db: Database, ctx: ElectionContext) -> ErrorReport:
    return tally_errors(list(load_pairs(db, ctx).values()))
