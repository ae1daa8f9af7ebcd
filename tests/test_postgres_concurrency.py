"""A coordinator team on one PostgreSQL database: four processes merge at the same time.

Each process runs the real command line on its own share of the packages;
observers' copies of the same stations and a photo forwarded between observers
make them contend for the same rows, and one package is given to two processes
at once. Afterwards every tally is there once, the audit chain and the signed
evidence verify, and the content equals one sequential merge on SQLite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from observer_app.domain import tables as t
from observer_app.packages import merge_packages
from observer_app.packages.content import database_content
from observer_app.packages.evidence import verify_evidence
from observer_app.packages.register import add_observer
from observer_app.storage import audit
from observer_app.storage.db import Database
from tests.factories import kz_values, small_kz_election
from tests.packages_support import attach_photo, enter, export, fake_jpeg, make_identity

pytestmark = pytest.mark.postgres

OBSERVERS = 4
PER_OBSERVER = 6


def _packages(root: Path) -> tuple[list[list[Path]], list[str]]:
    forwarded = fake_jpeg("the photo everyone forwarded", 50_000)
    shares: list[list[Path]] = []
    fingerprints = []
    for o in range(OBSERVERS):
        odb = Database.open(root / f"o{o}.sqlite3")
        ctx = small_kz_election(odb, stations=PER_OBSERVER)
        me = make_identity(root / f"key{o}", f"Observer {o}")
        fingerprints.append(me.fingerprint)
        mine = []
        for i in range(1, PER_OBSERVER + 1):
            code = f"C1-{i:03d}"  # every observer covers the same stations
            tally = enter(odb, ctx, code, me.profile.name, kz_values(N=10 + o, B=640 + o))
            attach_photo(odb, tally.uid, forwarded if i == 1 else fake_jpeg(f"{o}-{i}", 30_000))
            mine.append(export(odb, ctx, me, root / f"o{o}-p{i}.oapkg", [code]))
        odb.close()
        shares.append(mine)
    shares[1].append(shares[0][0])  # the same package in two processes at once
    return shares, fingerprints


def test_four_processes_merge_into_one_postgresql_database(pg_url: str, tmp_path: Path) -> None:
    shares, fingerprints = _packages(tmp_path)
    db = Database.open(pg_url)
    small_kz_election(db, stations=PER_OBSERVER)
    for i, fp in enumerate(fingerprints):
        add_observer(db, fp, f"Observer {i}")
    env = {**os.environ, "OBSERVER_APP_DATA_DIR": str(tmp_path / "data")}
    start_at = time.time() + 3  # all four start merging together, after their imports
    code = (
        "import sys, time; from observer_app.cli import main;"
        f"time.sleep(max(0, {start_at} - time.time()));"
        "sys.exit(main(sys.argv[1:]))"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, "--db", pg_url, "package", "merge", *map(str, share)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for share in shares
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, out + err
    lines = "".join(out for out, _ in outputs).splitlines()
    assert sum(line.startswith("merged ") for line in lines) == OBSERVERS * PER_OBSERVER
    assert sum(line.startswith("already-merged") for line in lines) == 1
    with db.session() as s:
        tallies = s.execute(select(func.count()).select_from(t.tally)).scalar_one()
        uids = s.execute(select(func.count(t.tally.c.uid.distinct()))).scalar_one()
        chain = audit.verify(s)
    assert tallies == uids == OBSERVERS * PER_OBSERVER
    assert chain.ok and chain.entries == OBSERVERS + OBSERVERS * PER_OBSERVER
    assert verify_evidence(db).ok
    sequential = Database.open(tmp_path / "sequential.sqlite3")
    small_kz_election(sequential, stations=PER_OBSERVER)
    for i, fp in enumerate(fingerprints):
        add_observer(sequential, fp, f"Observer {i}")
    merge_packages(sequential, [p for share in shares for p in share])
    assert database_content(db) == database_content(sequential)
    db.close()
    sequential.close()
