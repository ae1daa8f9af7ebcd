"""The protocol entry screens: the entry form, double-entry resolution, error rates, restore.

The shell embeds :class:`EntryWidget` and :class:`DoubleEntryView`, opens
:class:`ErrorRatesDialog` from a menu, and calls :func:`offer_draft_restore`
at start-up (after opening the election) to bring back unsaved entries.
"""

from observer_app.ui.entry.double_entry_view import DoubleEntryView
from observer_app.ui.entry.entry_widget import EntryWidget
from observer_app.ui.entry.error_rates_dialog import ErrorRatesDialog
from observer_app.ui.entry.restore import RestoreDraftsDialog, offer_draft_restore

__all__ = [
    "DoubleEntryView",
    "EntryWidget",
    "ErrorRatesDialog",
    "RestoreDraftsDialog",
    "offer_draft_restore",
]
