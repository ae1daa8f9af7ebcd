"""The import commands end to end through ``observer_app.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from observer_app.cli import main
from observer_app.storage.db import Database
from tests.factories import small_kz_election
from tests.import_support import DATA, RU_SYNTHETIC, db_state, kz_canonical, write_csv


def test_election_and_tallies_import_then_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "election", "import", str(DATA / "election-example.json")]) == 0
    out = capsys.readouterr().out
    assert "Created election 'kz-example'" in out and "4 stations" in out
    code = main(
        [
            "--db",
            db,
            "election",
            "import",
            str(RU_SYNTHETIC),
            "--mapping",
            "ru-cik-wide",
            "--code",
            "ru-synth",
            "--name",
            "Synthetic RU",
        ]
    )
    assert code == 0
    assert "Created election 'ru-synth' (Synthetic RU), built from a results table" in (
        capsys.readouterr().out
    )
    args = ["--db", db, "tallies", "import", str(RU_SYNTHETIC), "--mapping", "ru-cik-wide"]
    args += ["--source", "official", "--election", "ru-synth", "--label", "test run"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Imported 5 rows of official figures from ru-cik-wide-synthetic.csv, snapshot #1" in out
    assert main(args) == 0
    assert "was imported before: snapshot #1" in capsys.readouterr().out
    assert main(["--db", db, "check", "--election", "ru-synth", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 0 and report["tallies_checked"] == 5


def test_refused_tally_file_exits_2_names_the_place_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite3"
    database = Database.open(path)
    ctx = small_kz_election(database)
    header, rows = kz_canonical(ctx)
    rows[2][header.index("B")] = "12.7"
    rows[5][0] = "C7-777"
    bad = write_csv(tmp_path / "obs.csv", header, rows, delimiter="\t", encoding="cp1251")
    before = db_state(database)
    args = ["--db", str(path), "tallies", "import", str(bad), "--source", "observer"]
    assert main([*args, "--observer", "Asel", "--delimiter", "tab"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("observer-app: obs.csv: 2 problems; nothing was stored")
    assert 'obs.csv, row 4, column "B": line B' in err and "whole number, not '12.7'" in err
    assert "obs.csv, row 7, column \"station\": unknown station 'C7-777'" in err
    assert main(args) == 2
    assert "--observer" in capsys.readouterr().err
    assert db_state(database) == before
    rows[2][header.index("B")] = 640
    rows[5][0] = "C2-002"
    good = write_csv(tmp_path / "obs.csv", header, rows, encoding="cp1251")
    code = main(
        [
            "--db",
            str(path),
            "tallies",
            "import",
            str(good),
            "--source",
            "observer",
            "--observer",
            "Asel",
            "--encoding",
            "cp1251",
        ]
    )
    assert code == 0
    assert "8 new tallies" in capsys.readouterr().out
    database.close()


def test_election_import_refusal_and_help(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "election", "import", str(RU_SYNTHETIC)]) == 2
    assert "give its protocol form with --form" in capsys.readouterr().err
    assert main(["--db", db, "election", "import", str(tmp_path / "none.json")]) == 2
    assert "none.json: no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["tallies", "import", "--help"])
    assert "--source" in capsys.readouterr().out
