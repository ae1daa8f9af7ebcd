"""A tally's figures packed as integers in protocol order: ``tally.packed_figures``.

``values_json`` is the record: canonical JSON, what every revision keeps and
every package carries. Reading it back costs a JSON parse per tally, and a
national reconciliation needs the official figures of 97,699 protocols as
numbers (sums, control relations): most of its time went into that parse. So
every write of a tally's figures also writes them packed, ``"1520,1300,0,-1"``:
one decimal integer per figure of the station's protocol, in protocol order
(``ElectionContext.keys_of_station``), ``-1`` for a blank. The database
concatenates these texts for a whole election and numpy reads the result as one
integer matrix.

A tally whose figures hold a key outside its protocol (a candidate of another
contest, a line of another form) has no packed form (``None``): readers then
parse its JSON, as they always could. The keys of a contest never change once
its election is stored, so a packed text stays in its protocol's order.

Migration 0005 fills the column for tallies stored by earlier versions with the
same rule, spelt out in the migration itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final

BLANK: Final = -1  # a blank figure (counts are never negative); forms.matrix.BLANK is the same


def pack_figures(values: Mapping[str, int | None], order: Sequence[str]) -> str | None:
    """``values`` as their packed text over ``order``; None when a key is outside ``order``."""
    if not key_set(tuple(order)).issuperset(values):
        return None
    return ",".join([str(BLANK if (v := values.get(k)) is None else int(v)) for k in order])


def blank_row(order: Sequence[str]) -> str:
    """The packed text of a protocol with every figure blank."""
    return ",".join([str(BLANK)] * len(order))


def packed_template(present: Sequence[str], order: Sequence[str]) -> str | None:
    """A ``%``-template that packs the cells of the keys ``present`` (given in protocol order)
    with the others blank: the importer fills it with cell texts it has proved to be plain
    counts. None when a key of ``present`` is outside ``order``."""
    known = set(present)
    if not known <= key_set(tuple(order)):
        return None
    return ",".join("%s" if key in known else str(BLANK) for key in order)


@lru_cache(maxsize=256)
def key_set(order: tuple[str, ...]) -> frozenset[str]:
    """The keys of a protocol order as a set (cached: the same few orders, 100,000 times)."""
    return frozenset(order)
