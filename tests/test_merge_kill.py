"""A merge killed halfway leaves the database as it was before that package.

A real ``observer-app``-like process is killed with SIGKILL in the middle of a
package's transaction (after its rows were written, before the commit), and
another at a random moment of a longer run; the database then holds exactly
the packages that had committed, the audit chain and the signed evidence
verify, and merging again completes the job.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from observer_app.packages import merge_packages
from observer_app.packages.content import database_content
from observer_app.packages.evidence import verify_evidence
from observer_app.packages.register import add_observer
from observer_app.storage import audit
from observer_app.storage.db import Database
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from observer_app.packages import merge as m
    from observer_app.storage.db import Database

    url, kill_at, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    real_apply, done = m._apply, []

    def apply_then_die(session, pkg):
        counts = real_apply(session, pkg)  # the rows of this package are written...
        done.append(pkg.name)
        if len(done) == kill_at:
            print("dying in", pkg.name, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)  # ...and the process dies before the commit
        return counts

    m._apply = apply_then_die
    m.merge_packages(Database.open(url), files)
    """
)


def _packages(tmp: Path, n: int) -> tuple[list[Path], str]:
    odb = Database.open(tmp / "observer.sqlite3")
    ctx = small_kz_election(odb, stations=n)
    me = make_identity(tmp / "key", "Aigerim")
    paths = []
    for i in range(1, n + 1):
        code = f"C1-{i:03d}"
        t = enter(odb, ctx, code, "Aigerim", kz_values(N=10 + i, B=640 + i))
        attach_photo(odb, t.uid, fake_jpeg(code, 20_000))
        paths.append(export(odb, ctx, me, tmp / f"p{i:02d}.oapkg", [code]))
    odb.close()
    return paths, me.fingerprint


def _coordinator(url: str, fingerprint: str) -> Database:
    db = Database.open(url)
    small_kz_election(db, stations=40)
    add_observer(db, fingerprint, "Aigerim")
    return db


def _run(url: str, args: list[str], data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "OBSERVER_APP_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", KILLER, url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _consistent(db: Database) -> None:
    with db.session() as s:
        assert audit.verify(s).ok
    assert verify_evidence(db).ok
    content = database_content(db)
    merged = [sha for sha, row in content["packages"].items() if row[0] == "merged"]
    assert len(content["tallies"]) == len(merged)  # one tally per package: none half-merged
    assert len(content["photos"]) == len(merged)


def test_killed_inside_a_package_leaves_the_packages_before_it(db_url: str, tmp_path: Path) -> None:
    paths, fp = _packages(tmp_path, 3)
    db = _coordinator(db_url, fp)
    proc = _run(db_url, ["2", *map(str, paths)], tmp_path / "data")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    assert "dying in p02.oapkg" in out
    db.close()
    db = Database.open(db_url)  # as the coordinator would after the crash
    _consistent(db)
    expected_db = _coordinator(str(tmp_path / "expected.sqlite3"), fp)
    merge_packages(expected_db, paths[:1])
    expected = database_content(expected_db)
    got = database_content(db)
    assert got["tallies"] == expected["tallies"] and got["revisions"] == expected["revisions"]
    assert got["photos"] == expected["photos"] and got["packages"] == expected["packages"]
    report = merge_packages(db, paths)
    assert [r.outcome for r in report.results] == ["already-merged", "merged", "merged"]
    merge_packages(expected_db, paths)
    assert database_content(db) == database_content(expected_db)
    db.close()
    expected_db.close()


def test_killed_at_a_random_moment(db_url: str, tmp_path: Path) -> None:
    paths, fp = _packages(tmp_path, 24)
    db = _coordinator(db_url, fp)
    proc = _run(db_url, ["0", *map(str, paths)], tmp_path / "data")  # 0: never dies by itself
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        with db.session() as s:
            if len(audit.entries(s, action="package.merge")) >= 5:
                break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    db.close()
    db = Database.open(db_url)
    _consistent(db)
    report = merge_packages(db, paths)
    assert all(r.outcome in ("merged", "already-merged") for r in report.results)
    _consistent(db)
    assert len(database_content(db)["tallies"]) == 24
    with db.session() as s:
        merges = audit.entries(s, action="package.merge")
    assert len({json.dumps(e.details["tallies"], sort_keys=True) for e in merges}) == 24
    db.close()
