"""The command line of the observer (identity, export) and the coordinator (register, verify,
merge, list), end to end, on each backend for the coordinator's database."""

from __future__ import annotations

from pathlib import Path

import pytest

from observer_app import identity
from observer_app.cli import main
from observer_app.storage.db import Database
from tests.factories import small_kz_election
from tests.packages_support import enter


@pytest.fixture
def observer_db(tmp_path: Path) -> str:
    path = tmp_path / "observer.sqlite3"
    db = Database.open(path)
    ctx = small_kz_election(db)
    enter(db, ctx, "C1-001", "Aigerim")
    enter(db, ctx, "C2-003", "Aigerim", {"V": 1000, "#3": 4})
    db.close()
    return str(path)


def test_identity_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["identity", "show"]) == 2
    assert "no signing key yet" in capsys.readouterr().err
    assert main(["identity", "init", "--name", "Aigerim", "--organisation", "Erkin"]) == 0
    out = capsys.readouterr().out
    fp = identity.read_profile().fingerprint  # type: ignore[union-attr]
    assert f"fingerprint:   {fp}" in out and "protected:     no" in out
    assert main(["identity", "set", "--name", "Aigerim S."]) == 0
    assert "name:          Aigerim S." in capsys.readouterr().out
    assert main(["identity", "init"]) == 2  # never replaced
    assert "already exists" in capsys.readouterr().err


def test_protected_key_needs_the_passphrase(
    observer_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OBSERVER_APP_KEY_PASSPHRASE", "s3cret words")
    assert main(["identity", "init", "--name", "Aigerim", "--protect"]) == 0
    assert "protected:     yes" in capsys.readouterr().out
    monkeypatch.delenv("OBSERVER_APP_KEY_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", observer_db, "package", "export", str(tmp_path / "x.oapkg")]) == 2
    assert "OBSERVER_APP_KEY_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("OBSERVER_APP_KEY_PASSPHRASE", "wrong")
    assert main(["--db", observer_db, "package", "export", str(tmp_path / "x.oapkg")]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("OBSERVER_APP_KEY_PASSPHRASE", "s3cret words")
    assert main(["--db", observer_db, "package", "export", str(tmp_path / "x.oapkg")]) == 0
    monkeypatch.setenv("OBSERVER_APP_KEY_PASSPHRASE_NEW", "other words")
    assert main(["identity", "passphrase"]) == 0
    monkeypatch.setenv("OBSERVER_APP_KEY_PASSPHRASE", "other words")
    assert main(["--db", observer_db, "package", "export", str(tmp_path / "y.oapkg")]) == 0
    assert main(["identity", "passphrase", "--remove"]) == 0
    assert "protected:     no" in capsys.readouterr().out.splitlines()[-2]


def test_observer_to_coordinator(
    observer_db: str, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pkg = tmp_path / "aigerim.oapkg"
    # First use: the key is created, the name saved with it.
    assert main(["--db", observer_db, "package", "export", str(pkg), "--name", "Aigerim"]) == 0
    captured = capsys.readouterr()
    fp = identity.read_profile().fingerprint  # type: ignore[union-attr]
    assert f"fingerprint is {fp}" in captured.err
    assert "2 tallies of 2 stations" in captured.out and fp in captured.out
    one = tmp_path / "one.oapkg"
    assert main(["--db", observer_db, "package", "export", str(one), "--station", "C2-003"]) == 0
    assert "1 tallies of 1 stations" in capsys.readouterr().out

    coordinator = Database.open(db_url)
    small_kz_election(coordinator)
    coordinator.close()
    assert main(["--db", db_url, "package", "verify", str(pkg)]) == 0
    assert "ok      aigerim.oapkg: 2 tallies" in capsys.readouterr().out
    bad = tmp_path / "bad.oapkg"
    bad.write_bytes(pkg.read_bytes()[:-200])
    assert main(["--db", db_url, "package", "verify", str(bad)]) == 1
    assert "refused bad.oapkg" in capsys.readouterr().out

    # Unknown key: quarantined; the coordinator checks the fingerprint and accepts it.
    assert main(["--db", db_url, "package", "merge", str(pkg), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "quarantined     aigerim.oapkg" in out and "refused         bad.oapkg" in out
    assert main(["--db", db_url, "observers", "list"]) == 0
    assert f"quarantined {fp}  Aigerim" in capsys.readouterr().out
    assert main(["--db", db_url, "observers", "accept", fp.lower()]) == 0
    assert "merged          aigerim.oapkg" in capsys.readouterr().out
    assert main(["--db", db_url, "package", "merge", str(tmp_path)]) == 1  # a folder: bad again
    out = capsys.readouterr().out
    assert "already-merged  aigerim.oapkg" in out and "merged          one.oapkg" in out
    assert main(["--db", db_url, "package", "list"]) == 0
    assert "2 packages" in capsys.readouterr().out
    assert main(["--db", db_url, "observers", "revoke", fp, "--reason", "lost phone"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "package", "merge", "--json", str(pkg)]) == 0
    assert '"outcome": "already-merged"' in capsys.readouterr().out
    assert main(["--db", db_url, "audit", "verify"]) == 0
    assert "signed evidence OK: 2 packages" in capsys.readouterr().out


def test_register_by_phone_before_the_package_arrives(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Database.open(db_url).close()
    code = main(["--db", db_url, "observers", "add", "abcd efgh ijkl mnop qrst", "--name", "B"])
    assert code == 0 and "accepted ABCD-EFGH-IJKL-MNOP-QRST B" in capsys.readouterr().out
    assert main(["--db", db_url, "observers", "add", "ABCD-EFGH", "--name", "B"]) == 2
    assert "not a fingerprint" in capsys.readouterr().err
    assert main(["--db", db_url, "observers", "accept", "AAAA-AAAA-AAAA-AAAA-AAAA"]) == 2
    assert "give --name" in capsys.readouterr().err


def test_merge_without_files(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Database.open(db_url).close()
    assert main(["--db", db_url, "package", "merge", str(tmp_path)]) == 2
    assert "no package files" in capsys.readouterr().err
