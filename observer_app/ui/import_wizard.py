"""The import wizard (official results, observer copies, contest totals); it lives with the
reconciliation screens so its texts sit in their translation catalogue."""

from observer_app.ui.reconcile.import_wizard import ImportWizard, Outcome, import_work

__all__ = ["ImportWizard", "Outcome", "import_work"]
