"""Exports of reconciliation results (the Excel discrepancy workbook), Qt-free."""

from observer_app.export.workbook import write_workbook

__all__ = ["write_workbook"]
