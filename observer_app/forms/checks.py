"""Evaluate a form's control relations on one set of protocol figures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from observer_app.forms.expr import CANDIDATES, NEGATED, Comparison, Term
from observer_app.forms.model import ProtocolForm, Relation


def candidate_key(ballot_number: int) -> str:
    return f"#{ballot_number}"


def is_candidate_key(key: str) -> bool:
    return key.startswith("#") and key[1:].isdigit()


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken relation with every value that took part in it."""

    rule: str
    severity: str
    lhs: int
    op: str
    rhs: int
    values: dict[str, int]  # every key of the relation (CANDIDATES as "sum(candidates)")
    relation: Relation
    comparison: Comparison

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def keys(self) -> tuple[str, ...]:
        return self.comparison.keys

    def explain(self, form: ProtocolForm, lang: str = "en") -> str:
        """ "Ballots in boxes 812 ≠ invalid 12 + candidates 790 + against all 8"."""
        left = _side(self.comparison.lhs, self.values, form, lang)
        right = _side(self.comparison.rhs, self.values, form, lang)
        return f"{left} {NEGATED[self.op]} {right}"

    def message(self, lang: str = "en") -> str:
        return self.relation.message.get(lang)


def _side(terms: tuple[Term, ...], values: Mapping[str, int], form: ProtocolForm, lang: str) -> str:
    parts: list[str] = []
    for i, term in enumerate(terms):
        if term.key:
            mag = abs(term.coef)
            text = f"{form.term_label(term.key, lang)} {values[term.key]}"
            if mag != 1:
                text = f"{mag} × {text}"
        else:
            mag = abs(term.coef)
            text = str(mag)
        negative = term.coef < 0
        if i == 0:
            parts.append(f"−{text}" if negative else text)
        else:
            parts.append(f"{'−' if negative else '+'} {text}")
    return " ".join(parts) if parts else "0"


def candidate_total(values: Mapping[str, int], candidate_keys: Iterable[str]) -> int | None:
    total = 0
    for key in candidate_keys:
        value = values.get(key)
        if value is None:
            return None
        total += value
    return total


def check(
    form: ProtocolForm,
    values: Mapping[str, int | None],
    candidate_keys: Iterable[str],
) -> list[Violation]:
    """Every violated relation of ``form`` for ``values``.

    A relation with a blank (missing or ``None``) operand is not evaluated:
    an incomplete entry is not an arithmetic error.
    """
    env: dict[str, int] = {k: v for k, v in values.items() if v is not None}
    cands = candidate_total(env, candidate_keys)
    if cands is not None:
        env[CANDIDATES] = cands
    found: list[Violation] = []
    for relation, comp in form.compiled:
        keys = comp.keys
        if any(k not in env for k in keys):
            continue
        lhs = comp.side_value(comp.lhs, env)
        rhs = comp.side_value(comp.rhs, env)
        if not _holds(comp.op, lhs, rhs):
            found.append(
                Violation(
                    rule=relation.id,
                    severity=relation.severity,
                    lhs=lhs,
                    op=comp.op,
                    rhs=rhs,
                    values={k: env[k] for k in keys},
                    relation=relation,
                    comparison=comp,
                )
            )
    return found


def _holds(op: str, lhs: int, rhs: int) -> bool:
    if op == "==":
        return lhs == rhs
    if op == "<=":
        return lhs <= rhs
    if op == ">=":
        return lhs >= rhs
    if op == "<":
        return lhs < rhs
    if op == ">":
        return lhs > rhs
    return lhs != rhs
