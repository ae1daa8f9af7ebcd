"""Control-relation expressions, parsed through an ``ast`` whitelist (never ``eval``).

A relation compares two linear sums over protocol line keys, the candidate
total ``sum(candidates)`` and integer constants::

    R = I + C
    L2 == L3 + L4 + L5 + L6 + L11 - L12
    L7 + L8 <= L3 + L4 + L5
    2 * X <= Y

Each side compiles to a list of terms ``(coefficient, key)`` so that a relation
evaluates with a handful of integer operations and can be explained term by
term ("Ballots in boxes 812 ≠ invalid 12 + candidates 790 + against all 8").
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

CANDIDATES = "sum(candidates)"

OPS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<=": operator.le,
    ">=": operator.ge,
    "<": operator.lt,
    ">": operator.gt,
}
# The symbol that describes a broken relation: "812 ≠ 800", "1020 > 1000".
NEGATED = {"==": "≠", "!=": "=", "<=": ">", ">=": "<", "<": "≥", ">": "≤"}
_AST_OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.LtE: "<=", ast.GtE: ">=", ast.Lt: "<", ast.Gt: ">"}
_SINGLE_EQ = re.compile(r"(?<![<>=!])=(?!=)")


class ExpressionError(ValueError):
    """An expression that is not a linear comparison over known keys."""


@dataclass(frozen=True, slots=True)
class Term:
    coef: int
    key: str  # a line key, CANDIDATES, or "" for a constant (coef is then the constant)


@dataclass(frozen=True, slots=True)
class Comparison:
    lhs: tuple[Term, ...]
    op: str
    rhs: tuple[Term, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for term in (*self.lhs, *self.rhs):
            if term.key:
                seen.setdefault(term.key, None)
        return tuple(seen)

    def side_value(self, side: tuple[Term, ...], values: Mapping[str, int]) -> int:
        total = 0
        for term in side:
            total += term.coef * (values[term.key] if term.key else 1)
        return total

    def holds(self, values: Mapping[str, int]) -> bool:
        """Evaluate with every key present in ``values`` (CANDIDATES pre-summed)."""
        return OPS[self.op](self.side_value(self.lhs, values), self.side_value(self.rhs, values))


def parse(text: str, known_keys: set[str] | frozenset[str]) -> Comparison:
    """Compile ``text`` or raise :class:`ExpressionError` saying what is wrong."""
    source = _SINGLE_EQ.sub("==", text.strip())
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression: {text!r} ({exc.msg})") from None
    node = tree.body
    if not isinstance(node, ast.Compare) or len(node.ops) != 1:
        raise ExpressionError(f"{text!r} must be exactly one comparison (=, <=, >=, <, >, !=)")
    op = _AST_OPS.get(type(node.ops[0]))
    if op is None:
        raise ExpressionError(f"{text!r}: unsupported comparison")
    lhs = tuple(_linear(node.left, 1, known_keys, text))
    rhs = tuple(_linear(node.comparators[0], 1, known_keys, text))
    return Comparison(_merge(lhs), op, _merge(rhs))


def _merge(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Fold constants into one trailing term; keep key terms in written order."""
    const = sum(t.coef for t in terms if not t.key)
    out = [t for t in terms if t.key]
    if const:
        out.append(Term(const, ""))
    return tuple(out)


def _linear(node: ast.AST, sign: int, known: set[str] | frozenset[str], text: str) -> list[Term]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        right_sign = sign if isinstance(node.op, ast.Add) else -sign
        return _linear(node.left, sign, known, text) + _linear(node.right, right_sign, known, text)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _linear(node.operand, -sign if isinstance(node.op, ast.USub) else sign, known, text)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for const_node, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(const_node, ast.Constant) and type(const_node.value) is int:
                return [
                    Term(t.coef * const_node.value, t.key)
                    for t in _linear(other, sign, known, text)
                ]
        raise ExpressionError(f"{text!r}: multiplication needs an integer constant")
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return [Term(sign * node.value, "")]
    if isinstance(node, ast.Name):
        if node.id not in known:
            raise ExpressionError(f"{text!r}: unknown line key {node.id!r}")
        return [Term(sign, node.id)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "sum"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == "candidates"
    ):
        return [Term(sign, CANDIDATES)]
    raise ExpressionError(
        f"{text!r}: only line keys, integers, +, -, integer * and sum(candidates) are allowed"
    )
