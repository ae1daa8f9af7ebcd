"""The protocol entry workflow without Qt: drafts, photos, saving, history, blind double entry.

The GUI (``observer_app.ui.entry``) is a thin layer over these functions, so
the CLI and the tests use exactly the same rules.
"""

from observer_app.entry.double_entry import (
    DoubleEntry,
    compare,
    double_entry_states,
    load_pairs,
    pair_states,
)
from observer_app.entry.drafts import (
    DraftState,
    PendingDraft,
    delete_draft,
    load_draft,
    pending_drafts,
    save_draft,
)
from observer_app.entry.error_rates import ErrorReport, OperatorRate, error_rates
from observer_app.entry.history import FieldChange, RevisionEntry, diff_values, tally_history
from observer_app.entry.photos import PhotoError, PhotoInfo, store_photo
from observer_app.entry.resolution import Decision, resolve_double_entry
from observer_app.entry.saving import find_tally, readiness, save_entry

__all__ = [
    "Decision",
    "DoubleEntry",
    "DraftState",
    "ErrorReport",
    "FieldChange",
    "OperatorRate",
    "PendingDraft",
    "PhotoError",
    "PhotoInfo",
    "RevisionEntry",
    "compare",
    "delete_draft",
    "diff_values",
    "double_entry_states",
    "error_rates",
    "find_tally",
    "load_draft",
    "load_pairs",
    "pair_states",
    "pending_drafts",
    "readiness",
    "resolve_double_entry",
    "save_draft",
    "save_entry",
    "store_photo",
    "tally_history",
]
