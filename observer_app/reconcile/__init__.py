"""Reconciliation of observer copies with official results (Qt-free).

``reconcile(db, ctx)`` returns a :class:`Report` with the six kinds of
findings (station discrepancy, observers disagree, arithmetic, contest totals,
outcome impact, coverage), per-contest summaries and the official revisions;
``report_json`` turns it into the document of ``schemas/reconcile-report``.
"""

from observer_app.reconcile.engine import reconcile
from observer_app.reconcile.findings import KINDS
from observer_app.reconcile.report import Report
from observer_app.reconcile.snapshots import list_snapshots, official_revisions, revised_stations

__all__ = [
    "KINDS",
    "Report",
    "list_snapshots",
    "official_revisions",
    "reconcile",
    "revised_stations",
]
