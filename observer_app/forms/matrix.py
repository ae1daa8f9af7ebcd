"""Figures of many tallies as one integer matrix, for sums and control relations at 100k scale.

Summing 100,000 protocols key by key in Python dicts costs seconds; as a
numpy matrix (one row per tally, one column per figure in protocol order,
-1 for a blank) the sums and every control relation are a few vector
operations. Only the rows that break a relation go back to the explained,
per-tally :func:`observer_app.forms.check`.
"""

from __future__ import annotations

import itertools
import operator
import warnings
from collections.abc import Sequence

import numpy as np
import orjson

from observer_app.forms import ProtocolForm, Violation
from observer_app.forms.expr import CANDIDATES, Term

BLANK = -1
_OPS = {
    "==": np.equal,
    "!=": np.not_equal,
    "<=": np.less_equal,
    ">=": np.greater_equal,
    "<": np.less,
    ">": np.greater,
}


def _column_sums(m: np.ndarray, present: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column: the sum of the non-blank figures, and how many there are."""
    if present.all():  # no blank (the usual national case): no counting
        return m.sum(axis=0), np.full(m.shape[1], m.shape[0])
    counts = np.count_nonzero(present, axis=0)
    return m.sum(axis=0) - BLANK * (m.shape[0] - counts), counts  # each blank added BLANK


class Figures:
    """``values`` (dicts of figures) and ``texts`` (their canonical JSON) as a matrix over ``keys``.

    Texts are parsed a chunk at a time: 100,000 protocols as dicts at once are 80 MB.
    """

    CHUNK = 8192

    def __init__(
        self,
        keys: Sequence[str],
        values: Sequence[dict[str, int]] = (),
        *,
        texts: Sequence[str | bytes] = (),
    ) -> None:
        self.keys = tuple(keys)
        self.index = {k: i for i, k in enumerate(self.keys)}
        parts = [self._matrix(values)]
        for i in range(0, len(texts), self.CHUNK):
            parts.append(self._matrix(list(map(orjson.loads, texts[i : i + self.CHUNK]))))
        self.m = parts[0] if len(parts) == 1 else np.concatenate(parts)
        self.present = self.m != BLANK
        self._all: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def of_matrix(cls, keys: Sequence[str], m: np.ndarray) -> Figures:
        """Figures already read as a matrix over ``keys`` (BLANK: blank), e.g. by the database."""
        fig = cls.__new__(cls)
        fig.keys = tuple(keys)
        fig.index = {k: i for i, k in enumerate(fig.keys)}
        fig.m = m
        fig.present = m != BLANK
        fig._all = None
        return fig

    def _matrix(self, values: Sequence[dict[str, int]]) -> np.ndarray:
        rows: list[tuple[int, ...]] = []
        if len(self.keys) == 1:
            only = self.keys[0]
            rows = [(v.get(only, BLANK),) for v in values]
        else:
            getter = operator.itemgetter(*self.keys)
            try:
                rows = list(map(getter, values))  # every figure present: the usual case
            except KeyError:
                for v in values:
                    try:
                        rows.append(getter(v))
                    except KeyError:
                        rows.append(tuple(v.get(k, BLANK) for k in self.keys))
        flat = itertools.chain.from_iterable(rows)  # fromiter: 3x faster than np.array(rows)
        size = len(rows) * len(self.keys)
        return np.fromiter(flat, dtype=np.int64, count=size).reshape(len(rows), len(self.keys))

    def __len__(self) -> int:
        return int(self.m.shape[0])

    def sums(
        self, rows: np.ndarray | None = None, plus: Figures | None = None
    ) -> tuple[dict[str, int], dict[str, int]]:
        """Per key: the sum of the non-blank figures, and how many there are.

        ``rows``: only the rows this boolean mask marks; ``plus``: add another matrix over
        the same keys.
        """
        if rows is None:
            totals, counts = self._all_sums()
        elif 2 * np.count_nonzero(rows) > len(self):  # most: all of them less the few others
            left = ~rows
            totals, counts = self._all_sums()
            less, less_counts = _column_sums(self.m[left], self.present[left])
            totals, counts = totals - less, counts - less_counts
        else:
            totals, counts = _column_sums(self.m[rows], self.present[rows])
        if plus is not None and len(plus):
            more, more_counts = _column_sums(plus.m, plus.present)
            totals, counts = totals + more, counts + more_counts
        return (
            {k: int(totals[i]) for k, i in self.index.items() if counts[i]},
            {k: int(counts[i]) for k, i in self.index.items() if counts[i]},
        )

    def _all_sums(self) -> tuple[np.ndarray, np.ndarray]:
        """:func:`_column_sums` of every row, computed once."""
        if self._all is None:
            self._all = _column_sums(self.m, self.present)
        return self._all

    def failing_rows(self, form: ProtocolForm, candidate_keys: Sequence[str]) -> list[int]:
        """Rows that break at least one relation (blank operands: the relation is skipped)."""
        if not len(self):
            return []
        bad = np.zeros(len(self), dtype=bool)
        blanks = not self.present.all()
        cand_cols = [self.index[k] for k in candidate_keys if k in self.index]
        for _relation, comp in form.compiled:
            coefs: dict[int, int] = {}
            const = 0
            needed: set[int] = set()
            usable = True
            for sign, side in ((1, comp.lhs), (-1, comp.rhs)):
                for term in side:
                    if not term.key:
                        const += sign * term.coef
                    elif term.key == CANDIDATES:
                        if len(cand_cols) != len(candidate_keys) or not cand_cols:
                            usable = False
                        for c in cand_cols:
                            coefs[c] = coefs.get(c, 0) + sign * term.coef
                            needed.add(c)
                    elif term.key in self.index:
                        c = self.index[term.key]
                        coefs[c] = coefs.get(c, 0) + sign * term.coef
                        needed.add(c)
                    else:
                        usable = False
            if not usable:
                continue
            cols = sorted(needed)
            weights = np.zeros(len(self.keys), dtype=np.int64)  # the whole row: no column copy
            weights[cols] = [coefs[c] for c in cols]
            broken = ~_OPS[comp.op](self.m @ weights + const, 0)
            if blanks:
                broken &= self.present[:, cols].all(axis=1)
            bad |= broken
        return [int(i) for i in np.flatnonzero(bad)]

    def violations(
        self, form: ProtocolForm, candidate_keys: Sequence[str], rows: Sequence[int]
    ) -> list[list[Violation]]:
        """What :func:`~observer_app.forms.check` finds in each of these rows, in its order.

        A relation at a time over all the rows: explaining the few thousand protocols of
        a national case that break a relation one dict at a time was most of the
        reconciliation's own work. The figures are the matrix's (a key outside ``keys``
        counts as blank); as in ``check``, the candidates' sum of a contest without
        candidates is 0.
        """
        found: list[list[Violation]] = [[] for _ in rows]
        if not found:
            return found
        m = self.m[np.asarray(rows, dtype=np.intp)]
        present = m != BLANK
        cand_cols = [self.index.get(k, -1) for k in candidate_keys]
        if -1 in cand_cols:  # a candidate's figure is blank in every row
            cand_present, cand_sum = np.zeros(len(m), dtype=bool), np.zeros(len(m), np.int64)
        else:
            cand_present, cand_sum = present[:, cand_cols].all(axis=1), m[:, cand_cols].sum(axis=1)
        for relation, comp in form.compiled:
            keys = comp.keys
            if any(k != CANDIDATES and k not in self.index for k in keys):
                continue
            values = {k: cand_sum if k == CANDIDATES else m[:, self.index[k]] for k in keys}
            usable = np.ones(len(m), dtype=bool)
            for k in keys:
                usable &= cand_present if k == CANDIDATES else present[:, self.index[k]]
            lhs, rhs = _side(comp.lhs, values, len(m)), _side(comp.rhs, values, len(m))
            broken = np.flatnonzero(usable & ~_OPS[comp.op](lhs, rhs))
            if not len(broken):
                continue
            lhs_of, rhs_of = lhs[broken].tolist(), rhs[broken].tolist()
            columns = [values[k][broken].tolist() for k in keys]
            rule, severity, op = relation.id, relation.severity, comp.op
            for j, row in enumerate(broken.tolist()):
                values_j = {k: column[j] for k, column in zip(keys, columns, strict=True)}
                # by position: keywords make a Violation cost twice as much
                v = Violation(rule, severity, lhs_of[j], op, rhs_of[j], values_j, relation, comp)
                found[row].append(v)
        return found


def _side(terms: tuple[Term, ...], values: dict[str, np.ndarray], n: int) -> np.ndarray:
    """One side of a relation over ``n`` rows (``values``: the figures of its keys)."""
    total = np.zeros(n, dtype=np.int64)
    for term in terms:
        total += term.coef * values[term.key] if term.key else term.coef
    return total


# -- many texts at once ---------------------------------------------------------------------

_QUOTE, _NEWLINE, _BACKSLASH, _ZERO, _MINUS = 34, 10, 92, 48, 45
_CHUNK_BYTES = 1 << 20  # a MB of text at a time: the masks below are one byte per byte
# every byte but a digit or a minus becomes the comma numpy reads numbers between
_COMMAS = bytes(c if chr(c) in "0123456789-" else ord(",") for c in range(256))


def matrix_of_lines(keys: Sequence[str], blob: bytes) -> np.ndarray:
    """The matrix of figures texts joined by newlines (``blob``), one row per text.

    Figures are stored as canonical JSON (``dump_values``): a national import
    writes every protocol with every figure in protocol order, so all texts have
    the same skeleton ``{"k1":…,"k2":…}`` and differ only in their numbers. Such
    texts are read with a few vector operations (numbers: the digits outside
    quotes; the skeleton checked byte for byte) instead of a JSON parse and a
    dict per text; any other text (a blank, another order, a key outside
    ``keys``) is parsed as JSON, as :class:`Figures` does. Same result either way.
    """
    keys = tuple(keys)
    out = np.empty((blob.count(b"\n") + 1, len(keys)), dtype=np.int64)
    template = orjson.dumps(dict.fromkeys(keys, 0)).replace(b":0", b":")
    view = memoryview(blob)
    start = row = 0
    while start <= len(blob):
        end = blob.find(b"\n", start + _CHUNK_BYTES)
        end = len(blob) if end < 0 else end
        found = _chunk_matrix(keys, template, view[start:end])
        out[row : row + len(found)] = found
        start, row = end + 1, row + len(found)
    return out


def _chunk_matrix(keys: tuple[str, ...], template: bytes, chunk: memoryview) -> np.ndarray:
    a = np.frombuffer(chunk, dtype=np.uint8)
    n = int(np.count_nonzero(a == _NEWLINE)) + 1
    if len(keys) and not (a == _BACKSLASH).any():  # an escape would upset the quote count
        quote = a == _QUOTE
        inside = np.cumsum(quote, dtype=np.uint8)  # odd from an opening quote on (mod 256)
        inside &= 1
        skip = inside.view(bool) | quote  # keys and their quotes
        number = np.subtract(a, _ZERO, dtype=np.uint8) < 10  # digits (the rest wrap round)
        number |= a == _MINUS
        number &= ~skip
        skeleton = a[~number].tobytes()
        if memoryview((template + b"\n") * n)[:-1] == skeleton:  # all canonical: one comparison
            canonical = [True] * n
        else:
            canonical = [s == template for s in skeleton.split(b"\n")]
        if any(canonical):
            keep = number.copy()  # each number and the byte after it (its separator)
            keep[1:] |= number[:-1]
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # numpy warns (and stops) at what it cannot read
                try:
                    text = a[keep].tobytes().translate(_COMMAS)
                    found = np.fromstring(text, dtype=np.int64, sep=",")
                except (ValueError, DeprecationWarning):
                    found = None
            if found is not None:
                if all(canonical) and len(found) == n * len(keys):
                    return found.reshape(n, len(keys))
                return _mixed(keys, bytes(chunk), a, number, found, canonical)
    return Figures(keys, texts=bytes(chunk).split(b"\n")).m


def _mixed(
    keys: tuple[str, ...],
    chunk: bytes,
    a: np.ndarray,
    number: np.ndarray,
    found: np.ndarray,
    canonical: list[bool],
) -> np.ndarray:
    """Canonical rows from the numbers read, the others through JSON."""
    starts = np.flatnonzero(number & ~np.concatenate(([False], number[:-1])))
    line_starts = np.concatenate(([0], np.flatnonzero(a == _NEWLINE) + 1))
    first = np.searchsorted(starts, line_starts)  # index of each line's first number
    if len(found) != len(starts):
        return Figures(keys, texts=chunk.split(b"\n")).m
    texts = chunk.split(b"\n")
    out = Figures(keys, texts=[t for t, ok in zip(texts, canonical, strict=True) if not ok]).m
    m = np.empty((len(texts), len(keys)), dtype=np.int64)
    rows = np.flatnonzero(canonical)
    m[rows] = found[first[rows, None] + np.arange(len(keys))]
    m[np.flatnonzero(~np.asarray(canonical))] = out
    return m
