"""Reconciliation in the GUI: Discrepancies and Contests views, station comparison, Excel export,
and the import wizard for official results and contest totals."""
