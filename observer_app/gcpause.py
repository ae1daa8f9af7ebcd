"""Python's cyclic garbage collector paused for a bulk pass (kept free of heavy imports, so
that a command can pause it before loading its modules)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic collector off for the block, back on afterwards.

    A national import makes millions of small lists and tuples that never form
    cycles; as the heap grows the collector walks every live one of them again
    and again (a fifth of the import's Python time, measured). Cycles made
    meanwhile are collected once it is back on. Nested uses leave it to the
    outermost one; a collector someone else turned off stays off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
