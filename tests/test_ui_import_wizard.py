"""The import wizard offscreen: preview, guessed columns (Russian headers), saved mapping,
import with progress, and a refused file listing its problems with nothing stored."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from observer_app.domain import tables as t
from observer_app.schemas import errors as schema_errors
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui import i18n
from observer_app.ui.import_wizard import ImportWizard
from tests.factories import kz_values, small_kz_election
from tests.ui_helpers import docs_dir

pytestmark = pytest.mark.gui
RU_HEADER = [
    "Участок",
    "Число избирателей, включённых в список избирателей",
    "Число бюллетеней, полученных участковой избирательной комиссией",
    "Число избирателей, получивших бюллетени",
    "в том числе проголосовавших вне помещения для голосования",
    "Число погашенных (неиспользованных) бюллетеней",
    "Число бюллетеней, обнаруженных в урнах для голосования",
    "Число недействительных бюллетеней",
    "Candidate One",
    "Candidate Two",
    "Против всех",
    "Примечание",
]
KEYS = ["V", "R", "I", "I_out", "C", "B", "N", "#1", "#2", "A"]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def ctx(sqlite_db: Database) -> ElectionContext:
    return small_kz_election(sqlite_db)


def write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def official_file(tmp: Path, bad: bool = False) -> Path:
    rows: list[list[object]] = [RU_HEADER]
    for i in range(1, 5):
        values = kz_values()
        rows.append([f"C1-00{i}", *(values[k] for k in KEYS), "ок"])
    if bad:
        rows[2][3] = "-5"
        rows[3][0] = "C9-999"
    return write(tmp / ("bad.csv" if bad else "official.csv"), rows)


def tallies(db: Database) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(t.tally)).scalar_one())


def go_to_columns(wizard: ImportWizard, path: Path, kind: str = "official") -> None:
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.path.setText(str(path))
    page.label.setText("https://election.gov.kz/results")
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page


def test_guesses_columns_saves_mapping_and_imports(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    wizard = ImportWizard(sqlite_db, ctx.code, "official")
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_columns(wizard, official_file(tmp_path))
    page = wizard.columns_page
    assert [r.code for r in page.roles()] == [
        "station",
        "line:V",
        "line:R",
        "line:I",
        "line:I_out",
        "line:C",
        "line:B",
        "line:N",
        "candidate:#1",
        "candidate:#2",
        "against_all",
        "",
    ]
    assert page.table.rowCount() == 5  # the role row and four preview rows
    saved = page.save_mapping(str(tmp_path / "saved.mapping.json"))
    assert saved is not None
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert schema_errors(doc, "mapping") == []
    assert doc["lines"]["V"] == RU_HEADER[1] and doc["against_all"] == "Против всех"
    assert wizard.grab().save(str(docs_dir(tmp_path) / "import-wizard-columns-en.png"))
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as blocker:
        wizard.next()
    outcome = blocker.args[0]
    assert outcome.stored and outcome.created == 4
    assert "4 new" in wizard.result_page.details.toPlainText()
    assert wizard.result_page.isComplete()
    assert "Stored" in wizard.result_page.status.text()
    assert tallies(sqlite_db) == 4
    # the saved mapping is reusable from the command line
    from observer_app.cli import main

    assert sqlite_db.sqlite_path is not None
    again = official_file(tmp_path)
    code = main(
        [
            "--db",
            str(sqlite_db.sqlite_path),
            "tallies",
            "import",
            str(again),
            "--source",
            "official",
            "--mapping",
            str(saved),
        ]
    )
    assert code == 0


def test_refused_file_lists_problems_and_stores_nothing(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    wizard = ImportWizard(sqlite_db, ctx.code, "official")
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_columns(wizard, official_file(tmp_path, bad=True))
    task_done = []
    wizard.next()
    assert wizard.task is not None
    with qtbot.waitSignal(wizard.task.finished, timeout=20_000):
        task_done.append(True)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=5_000)
    details = wizard.result_page.details.toPlainText()
    assert "Refused" in wizard.result_page.status.text()
    assert "bad.csv" in details and "row 3" in details and "C9-999" in details
    assert tallies(sqlite_db) == 0
    assert wizard.grab().save(str(docs_dir(tmp_path) / "import-wizard-refused-en.png"))


def test_contest_totals_through_the_wizard(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "totals.csv",
        [
            ["Округ", "Число избирателей, включённых в список избирателей", "#1", "#2"],
            ["C1", 4000, 1600, 800],
        ],
    )
    wizard = ImportWizard(sqlite_db, ctx.code, "totals")
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_columns(wizard, path, "totals")
    assert [r.code for r in wizard.columns_page.roles()] == [
        "contest",
        "line:V",
        "candidate:#1",
        "candidate:#2",
    ]
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    with sqlite_db.session() as s:
        assert s.execute(select(func.count()).select_from(t.contest_total)).scalar_one() == 1


def test_unreadable_file_stays_on_the_first_page(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, tmp_path: Path
) -> None:
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"\x00\x01" * 50)
    wizard = ImportWizard(sqlite_db, ctx.code)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "binary" in wizard.file_page.error.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_label_with_an_access_key_has_a_buddy(
    qtbot: QtBot, sqlite_db: Database, ctx: ElectionContext, lang: str
) -> None:
    """A label without a buddy shows its '&' literally instead of underlining the key."""
    i18n.install_language(lang)
    wizard = ImportWizard(sqlite_db, ctx.code)
    qtbot.addWidget(wizard)
    wizard.show()
    labels = [
        lb
        for lb in wizard.file_page.findChildren(QLabel)
        if "&" in lb.text().replace("&&", "") and lb.isVisible()
    ]
    assert len(labels) >= 3
    assert [lb.text() for lb in labels if lb.buddy() is None] == []
