"""Peer: read every cell of an XLSX with openpyxl's read-only mode."""

import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    rows += 1 if any(v is not None for v in row) else 0
print(rows)
