"""``tally.packed_figures``: every path that writes a tally's figures writes them packed too,
older databases are packed by migration 0005, and a reconciliation reads the same either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from observer_app.demo import create_demo
from observer_app.forms.matrix import BLANK as MATRIX_BLANK
from observer_app.identity import Identity
from observer_app.importing.tally_import import import_tallies
from observer_app.packages import merge_packages
from observer_app.packages.register import add_observer
from observer_app.reconcile import reconcile
from observer_app.reconcile.report_json import report_json
from observer_app.storage.context import read_election
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.storage.migrate import base_revision, upgrade
from observer_app.storage.packed import BLANK, blank_row, pack_figures, packed_template
from observer_app.storage.tallies import Provenance, load_values, save_tally
from tests.factories import kz_values, small_kz_election
from tests.import_support import kz_canonical
from tests.packages_support import enter, export, make_identity
from tests.test_reconcile_support import all_kinds_election, write_csv

ORDER = ("V", "B", "#1", "#2", "AA")


def test_pack_figures_in_protocol_order_with_blanks() -> None:
    assert BLANK == MATRIX_BLANK
    assert pack_figures({"#2": 5, "V": 100, "B": None}, ORDER) == "100,-1,-1,5,-1"
    assert pack_figures({}, ORDER) == blank_row(ORDER) == "-1,-1,-1,-1,-1"
    assert pack_figures({"V": 1, "#9": 2}, ORDER) is None  # a key outside the protocol


def test_packed_template_fills_the_present_cells_in_order() -> None:
    template = packed_template(["V", "#1", "AA"], ORDER)
    assert template is not None
    assert template % ("10", "7", "0") == "10,-1,7,-1,0"
    assert packed_template(["V", "#9"], ORDER) is None


def packed_state(db: Database, ctx: ElectionContext) -> list[tuple[int, str | None, str | None]]:
    """(tally id, packed as stored, packed as the rule makes it from the JSON) of every tally."""
    contest_of = {st.id: st.contest_id for st in ctx.stations.values()}
    keys = {cid: ctx.all_keys(c) for cid, c in ctx.contests.items()}
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, station_id, values_json, packed_figures FROM tally ORDER BY id")
        ).all()
    return [
        (tid, packed, pack_figures(load_values(vj), keys[contest_of[sid]]))
        for tid, sid, vj, packed in rows
    ]


def assert_all_packed(db: Database, ctx: ElectionContext, at_least: int) -> None:
    state = packed_state(db, ctx)
    assert len(state) >= at_least
    assert [(tid, stored) for tid, stored, _ in state] == [(tid, made) for tid, _, made in state]
    assert all(stored is not None for _, stored, _ in state)


def test_imports_and_their_revisions_write_packed_figures(db: Database, tmp_path: Path) -> None:
    ctx = small_kz_election(db)
    header, rows = kz_canonical(ctx, by_number=True)
    official = write_csv(tmp_path / "official.csv", header, rows)
    import_tallies(db, ctx, official, source="official")  # complete figures: the fast path
    assert_all_packed(db, ctx, len(rows))
    rows[0][header.index("R")] = 901  # a revision
    rows[1][header.index("N")] = ""  # a blank: the row is read cell by cell
    again = write_csv(tmp_path / "v2.csv", header, rows)
    import_tallies(db, ctx, again, source="official", allow_blank=True)
    import_tallies(db, ctx, again, source="observer", observer="Aigul", allow_blank=True)
    state = packed_state(db, ctx)
    assert state[0][1] is not None and state[0][1].split(",")[1] == "901"
    assert state[1][1] is not None and state[1][1].split(",")[6] == "-1"
    assert_all_packed(db, ctx, 2 * len(rows))


def test_saves_and_merges_write_packed_figures(db: Database, tmp_path: Path) -> None:
    ctx = small_kz_election(db)
    odb = Database.open(tmp_path / "observer.sqlite3")
    octx = small_kz_election(odb)
    me: Identity = make_identity(tmp_path / "key", "Aigerim")
    add_observer(db, me.fingerprint, "Aigerim")
    a = enter(odb, octx, "C1-001", "Aigerim")
    first = export(odb, octx, me, tmp_path / "1.oapkg")
    enter(odb, octx, "C1-001", "Aigerim", kz_values(N=12, B=642), uid=a.uid)
    enter(odb, octx, "C2-002", "Aigerim", {"V": 1000, "R": 900, "#3": 12})  # blanks
    second = export(odb, octx, me, tmp_path / "2.oapkg")
    assert_all_packed(odb, octx, 2)
    assert merge_packages(db, [first]).results[0].outcome == "merged"
    assert merge_packages(db, [second]).results[0].outcome == "merged"  # a revision, a new one
    assert_all_packed(db, ctx, 2)
    odb.close()
    prov = Provenance(entered_by="coordinator", origin="gui")
    saved = save_tally(db, ctx, "C1-003", "official", kz_values(), prov)
    save_tally(db, ctx, "C1-003", "official", {"V": 1000, "B": 640}, prov, tally_uid=saved.uid)
    assert_all_packed(db, ctx, 3)


def test_a_figure_outside_the_protocol_is_left_unpacked(db: Database) -> None:
    ctx = small_kz_election(db)
    prov = Provenance(entered_by="coordinator", origin="gui")
    save_tally(db, ctx, "C1-001", "observer", {"V": 1000, "#3": 5}, prov, observer="A")
    [(_, stored, made)] = packed_state(db, ctx)  # #3 stands in C2, not in C1
    assert stored is None and made is None


def test_the_demo_is_packed(sqlite_db: Database) -> None:
    create_demo(sqlite_db)
    assert_all_packed(sqlite_db, read_election(sqlite_db), 500)


def _report(db: Database) -> dict[str, object]:
    found = report_json(reconcile(db, read_election(db, stations=False)), "en")
    found.pop("created_at")
    return found


@pytest.mark.parametrize(
    "change",
    [
        "packed_figures = NULL",  # as if stored by an older version and never migrated
        "packed_figures = '1,2' WHERE id = (SELECT max(id) FROM tally WHERE source = 'official')",
        "packed_figures = '1,2;3' WHERE source = 'official'",
    ],
)
def test_reconcile_reads_the_same_packed_or_not(db: Database, tmp_path: Path, change: str) -> None:
    """Packed figures missing, or of the wrong length: the JSON is read, the report is the
    same (it is never read from a wrong packed text)."""
    all_kinds_election(db, tmp_path)
    packed = _report(db)
    with db.engine.begin() as conn:
        conn.execute(text(f"UPDATE tally SET {change}"))
    assert _report(db) == packed


def test_migration_0005_packs_what_older_versions_stored(tmp_path: Path) -> None:
    """A database at 0004 (no packed figures) upgrades to the same packed texts the writers
    make, leaving figures outside the protocol unpacked; the report does not change."""
    made = Database.open(tmp_path / "made.sqlite3")
    ctx = all_kinds_election(made, tmp_path)
    prov = Provenance(entered_by="coordinator", origin="gui")
    save_tally(made, ctx, "C1-004", "observer", {"V": 1000, "#3": 5}, prov, observer="Z")
    expected = packed_state(made, ctx)
    report = _report(made)
    made.close()
    path = tmp_path / "old.sqlite3"
    old = Database.open(path, migrate=False)
    upgrade(old.engine, "0004")
    with old.engine.begin() as conn:
        conn.execute(text(f"ATTACH DATABASE '{tmp_path / 'made.sqlite3'}' AS made"))
        for table in _TABLES:
            columns = [r[1] for r in conn.execute(text(f"PRAGMA main.table_info({table})")).all()]
            names = ", ".join(columns)
            conn.execute(
                text(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM made.{table}")
            )
    old.close()
    upgraded = Database.open(path)
    assert upgraded.schema_revision() == "0005"
    assert packed_state(upgraded, read_election(upgraded)) == expected
    assert [stored for _, stored, _ in expected].count(None) == 1
    assert _report(upgraded) == report
    upgraded.close()


# every table with data in all_kinds_election, parents first
_TABLES = (
    "election",
    "contest",
    "candidate",
    "station",
    "snapshot",
    "tally",
    "tally_revision",
    "photo",
    "tally_photo",
    "contest_total",
    "resolution",
    "audit_entry",
)


def test_base_revision_is_older(tmp_path: Path) -> None:
    """The migration chain reaches 0005 from the first schema (the rule above is 0005's)."""
    db = Database.open(tmp_path / "x.sqlite3", migrate=False)
    upgrade(db.engine, base_revision())
    db.close()
    assert Database.open(tmp_path / "x.sqlite3").schema_revision() == "0005"


@pytest.mark.parametrize("form_json", ["{}", "not json"])
def test_migration_0005_with_an_odd_stored_form(tmp_path: Path, form_json: str) -> None:
    path = tmp_path / "odd.sqlite3"
    old = Database.open(path, migrate=False)
    upgrade(old.engine, "0004")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO election (id, code, name, country, held_on, form_id, form_json,"
                " synthetic, note, created_at) VALUES (1, 'e1', 'Old', 'KZ', '', 'kz-akim-2023',"
                " :form, 0, '', '2023-11-05 10:00:00.000000')"
            ),
            {"form": form_json},
        )
        conn.execute(
            text(
                "INSERT INTO contest (id, election_id, code, name, region, placeholder, position)"
                " VALUES (1, 1, 'c1', 'Contest', '', 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO candidate (contest_id, ballot_number, name, nomination)"
                " VALUES (1, 1, 'A', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO station (id, election_id, contest_id, code, name, address,"
                " registered_voters) VALUES (1, 1, 1, '001', 'School 1', '', 900)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tally (id, uid, station_id, source, observer, observer_fingerprint,"
                " status, revision, values_json, protocol_faulty, created_at, updated_at) VALUES"
                " (1, 'u1', 1, 'official', '', '', 'final', 1, :figures, 0,"
                " '2023-11-05 10:00:00.000000', '2023-11-05 10:00:00.000000')"
            ),
            {"figures": '{"#1":5}'},
        )
    old.close()
    upgraded = Database.open(path)
    packed = upgraded.execute_scalar("SELECT packed_figures FROM tally")
    assert packed == ("5" if form_json == "{}" else None)  # '{}': no lines, candidate #1 only
    upgraded.close()
