"""Peer: xlsxwriter in constant-memory mode writing given cells, sheet by sheet.

The cells come from a pickle the runner made by reading our workbook back
(every sheet, every cell), so the peer writes exactly the same cells: header
row bold with a frozen pane and an autofilter, whole numbers with a thousands
format, everything else as a string (never a formula).

    xlsxwriter_write.py CELLS.pickle OUT.xlsx
"""

import pickle
import sys

import xlsxwriter

with open(sys.argv[1], "rb") as f:
    sheets = pickle.load(f)
wb = xlsxwriter.Workbook(
    sys.argv[2],
    {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False},
)
head = wb.add_format({"bold": True, "bg_color": "#DDDDDD", "text_wrap": True})
number = wb.add_format({"num_format": "#,##0"})
cells = 0
for name, rows in sheets:
    ws = wb.add_worksheet(name)
    ws.freeze_panes(1, 0)
    width = max((len(r) for r in rows), default=1)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, int | float):
                ws.write_number(r, c, v, head if r == 0 else number)
            else:
                ws.write_string(r, c, v, head if r == 0 else None)
            cells += 1
    ws.autofilter(0, 0, max(len(rows) - 1, 0), width - 1)
wb.close()
print(cells)
