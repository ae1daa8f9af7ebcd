"""Signed report packages: export by an observer, verification and merge by a coordinator.

``export`` writes one zip per hand-over; ``verify`` checks every byte of one
before anything is written; ``merge`` adds it to the database all-or-nothing
(idempotent, order-independent, never destructive); ``register`` holds the
observers' accepted keys and the quarantine; ``content`` is what two databases
are compared on.
"""

from observer_app.packages.export import ExportResult, export_package, exportable_stations
from observer_app.packages.merge import MergeReport, PackageResult, merge_one, merge_packages
from observer_app.packages.verify import REASONS, PackageRefused, VerifiedPackage, open_package

__all__ = [
    "REASONS",
    "ExportResult",
    "MergeReport",
    "PackageRefused",
    "PackageResult",
    "VerifiedPackage",
    "export_package",
    "exportable_stations",
    "merge_one",
    "merge_packages",
    "open_package",
]
