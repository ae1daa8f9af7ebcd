"""Benchmark: the discrepancy workbook with 100,000 discrepancy rows.

Ours: ``write_workbook`` (every sheet; rows written as XML text straight into
their zip entries, the parts around them by openpyxl). Peer in the same run:
xlsxwriter in constant-memory mode writing the same Discrepancies cells with
the same number formats. The national workbook, whose bulk is the Stations
sheet, is measured by ``python -m bench --only workbook``.
The report is synthetic (a national-size Russian election with 100,000
differing lines), so the benchmark does not need the real file.

    python bench/workbook.py [--rows 100000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from observer_app.export.workbook import SheetWriter, write_workbook  # noqa: E402
from observer_app.forms import load_form  # noqa: E402
from observer_app.reconcile.findings import (  # noqa: E402
    PhotoRef,
    SnapshotRef,
    StationDiscrepancy,
    TallyRef,
)
from observer_app.reconcile.report import Report  # noqa: E402
from observer_app.storage.elections import (  # noqa: E402
    CandidateInfo,
    ContestInfo,
    ElectionContext,
    StationInfo,
)

CANDIDATES = ("Бабурин", "Грудинин", "Жириновский", "Путин", "Собчак", "Сурайкин", "Титов")


def synthetic_report(rows: int) -> Report:
    form = load_form("ru-uik-2018")
    cands = tuple(CandidateInfo(i, i, n, "") for i, n in enumerate(CANDIDATES, 1))
    contest = ContestInfo(1, "RU", "Россия", "", False, cands)
    n_stations = rows // 2
    stations = {
        f"77 Москва/{i}": StationInfo(i, f"77 Москва/{i}", 1, 1500) for i in range(n_stations)
    }
    ctx = ElectionContext(
        1, "ru-2018", "Выборы Президента 2018", True, form, {1: contest}, stations
    )
    snap = SnapshotRef(
        1, "stations", "2018.csv", "ab" * 32, "CEC", datetime(2018, 3, 19, tzinfo=UTC)
    )
    rep = Report(ctx, datetime.now(UTC), {}, {1: snap})
    rep.station_names = {code: f"ТИК Центральный, УИК № {i}" for i, code in enumerate(stations)}
    keys = ["L9", "L10", *contest.candidate_keys]
    codes = list(stations)
    for i in range(rows):
        code = codes[i // 2]
        key = keys[i % len(keys)]
        photo = PhotoRef(f"IMG_{i:06d}.jpg", hashlib.sha256(str(i).encode()).hexdigest())
        obs = TallyRef(i, f"{i:032x}", "observer", "Иванова А. П.", 1, False, (photo,), None)
        off = TallyRef(i, f"{i + 1:032x}", "official", "", 1, False, (), 1)
        value = 100 + i % 900
        rep.discrepancies.append(
            StationDiscrepancy(code, "RU", key, key, value, value + 1 + i % 7, (obs,), off)
        )
    return rep


def xlsxwriter_peer(rep: Report, out: Path) -> None:
    """The same Discrepancies cells, header included, with xlsxwriter in constant-memory mode."""
    import xlsxwriter

    writer = SheetWriter(rep, "ru", None)
    wb = xlsxwriter.Workbook(
        str(out),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False},
    )
    ws = wb.add_worksheet("Расхождения")
    head = wb.add_format({"bold": True, "bg_color": "#DDDDDD", "text_wrap": True})
    fmt = {4: wb.add_format({"num_format": "#,##0"}), 5: wb.add_format({"num_format": "#,##0"})}
    fmt[6] = wb.add_format({"num_format": "+#,##0;-#,##0;0"})
    ws.freeze_panes(1, 0)
    ws.write_row(0, 0, [f"column {i}" for i in range(14)], head)
    r = 0
    for r, row in enumerate(writer.discrepancy_rows(), start=1):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, int):
                ws.write_number(r, c, v, fmt.get(c))
            else:
                ws.write_string(r, c, str(v))
    ws.autofilter(0, 0, r, 13)
    wb.close()


def timed(fn: object, repeats: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    rep = synthetic_report(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        ours = timed(lambda: write_workbook(rep, Path(tmp) / "ours.xlsx", lang="ru"), args.repeats)
        peer = timed(lambda: xlsxwriter_peer(rep, Path(tmp) / "peer.xlsx"), args.repeats)
        size_ours = (Path(tmp) / "ours.xlsx").stat().st_size
        size_peer = (Path(tmp) / "peer.xlsx").stat().st_size
    ratio = ours[0] / peer[0]
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'step':48} {'wall s':>7} {'cpu s':>7} {'ratio':>6} {'MB':>6}")
    label = f"write_workbook, {args.rows:,} discrepancy rows (ours)"
    print(f"{label:48} {ours[0]:7.2f} {ours[1]:7.2f} {ratio:6.2f} {size_ours / 1e6:6.1f}")
    label = "xlsxwriter constant_memory, same cells (peer)"
    print(f"{label:48} {peer[0]:7.2f} {peer[1]:7.2f} {1:6.2f} {size_peer / 1e6:6.1f}")
    print(f"goal: <= 1.2x xlsxwriter: {'met' if ratio <= 1.2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
