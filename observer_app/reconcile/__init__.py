"""Reconciliation of observer copies with official results (Qt-free).

``reconcile(db, ctx)`` returns a :class:`Report` with the six kinds of
findings (station discrepancy, observers disagree, arithmetic, contest totals,
outcome impact, coverage), per-contest summaries and the official revisions;
``report_json`` turns it into the document of ``schemas/reconcile-report``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from observer_app.reconcile.engine import reconcile
    from observer_app.reconcile.findings import KINDS
    from observer_app.reconcile.report import Report
    from observer_app.reconcile.snapshots import (
        list_snapshots,
        official_revisions,
        revised_stations,
    )

# Imported on first use: the reconcile command starts reading the database in a
# thread (``loading.ScanAhead``) before it pays for numpy and the forms.
_WHERE = {
    "KINDS": "findings",
    "Report": "report",
    "list_snapshots": "snapshots",
    "official_revisions": "snapshots",
    "reconcile": "engine",
    "revised_stations": "snapshots",
}

__all__ = [
    "KINDS",
    "Report",
    "list_snapshots",
    "official_revisions",
    "reconcile",
    "revised_stations",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
