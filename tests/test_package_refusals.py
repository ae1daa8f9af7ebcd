"""Every way a package is refused: a clear reason naming the file, and the database unchanged."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from observer_app.domain import tables as t
from observer_app.packages import format as f
from observer_app.packages import merge_packages
from observer_app.packages.content import database_content
from observer_app.packages.register import add_observer, revoke
from observer_app.storage.db import Database
from observer_app.storage.elections import load_context
from tests.factories import kz_values, small_kz_election
from tests.packages_support import (
    Members,
    attach_photo,
    edit_json,
    enter,
    export,
    fake_jpeg,
    make_identity,
    read_members,
    tamper,
    write_members,
)


class Setup:
    def __init__(self, db: Database, tmp: Path) -> None:
        self.tmp = tmp
        self.odb = Database.open(tmp / "observer.sqlite3")
        self.octx = small_kz_election(self.odb)
        self.me = make_identity(tmp / "key", "Aigerim")
        a = enter(self.odb, self.octx, "C1-001", "Aigerim")
        enter(self.odb, self.octx, "C1-001", "Aigerim", kz_values(N=11, B=641), uid=a.uid)
        self.uid = a.uid
        attach_photo(self.odb, a.uid, fake_jpeg("protocol"))
        self.good = export(self.odb, self.octx, self.me, tmp / "good.oapkg")
        self.db = db
        self.ctx = small_kz_election(db)
        add_observer(db, self.me.fingerprint, "Aigerim")

    def state(self) -> tuple[dict[str, Any], int]:
        with self.db.session() as s:
            n = s.execute(select(func.count()).select_from(t.audit_entry)).scalar_one()
        return database_content(self.db), int(n)

    def refused(self, path: Path, reason: str, *, limit: int | None = None) -> str:
        before = self.state()
        kwargs = {"max_uncompressed": limit} if limit else {}
        report = merge_packages(self.db, [path], **kwargs)
        [r] = report.results
        assert (r.outcome, r.reason) == ("refused", reason), r.message
        assert path.name in r.message
        assert report.backup is None or reason in ("conflict", "revoked")
        assert self.state() == before, "a refused package must leave the database unchanged"
        return r.message

    def bad(self, name: str, change: Callable[[Members], None], **kw: Any) -> Path:
        return tamper(self.good, self.tmp / name, change, **kw)


@pytest.fixture
def setup(db: Database, tmp_path: Path) -> Setup:
    return Setup(db, tmp_path)


def _manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[Members], None]:
    return lambda m: edit_json(m, f.MANIFEST, change)


def _tallies(change: Callable[[dict[str, Any]], None]) -> Callable[[Members], None]:
    return lambda m: edit_json(m, f.TALLIES, change)


def test_the_good_package_merges(setup: Setup) -> None:
    assert merge_packages(setup.db, [setup.good]).results[0].outcome == "merged"


def test_bad_signature(setup: Setup) -> None:
    changed = setup.bad(
        "edited.oapkg", _manifest(lambda d: d.update(created_at="2020-01-01T00:00:00+00:00"))
    )
    assert "signature does not verify" in setup.refused(changed, "bad-signature")
    mallory = make_identity(setup.tmp / "mallory", "Mallory")

    def foreign_signature(m: Members) -> None:
        import base64

        m[f.SIGNATURE] = base64.b64encode(mallory.sign(m[f.MANIFEST]))

    setup.refused(setup.bad("foreign.oapkg", foreign_signature), "bad-signature")
    setup.refused(
        setup.bad("garbled.oapkg", lambda m: m.update({f.SIGNATURE: b"not base64!"})),
        "bad-signature",
    )
    wrong_fp = setup.bad(
        "fp.oapkg",
        _manifest(lambda d: d["observer"].update(fingerprint="AAAA-AAAA-AAAA-AAAA-AAAA")),
    )
    assert "fingerprint" in setup.refused(wrong_fp, "bad-signature")


def test_hash_mismatch(setup: Setup) -> None:
    changed = setup.bad(
        "figures.oapkg", _tallies(lambda d: d["tallies"][0]["revisions"][0]["values"].update(N=99))
    )
    setup.refused(changed, "hash-mismatch")  # size differs or hash differs: both are mismatches

    def same_size_photo(m: Members) -> None:
        name = next(k for k in m if k.startswith("photos/"))
        m[name] = m[name][:-3] + b"XYZ"

    msg = setup.refused(setup.bad("photo.oapkg", same_size_photo), "hash-mismatch")
    assert "SHA-256" in msg


def test_extra_member(setup: Setup) -> None:
    msg = setup.refused(
        setup.bad("extra.oapkg", lambda m: m.update({"readme.txt": b"hi"})), "extra-member"
    )
    assert "'readme.txt' is not in the manifest" in msg


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/cron.d/evil", "photos/../../evil.jpg", "C:/evil.txt", "a\\..\\b"]
)
def test_path_escaping_the_archive(setup: Setup, name: str) -> None:
    msg = setup.refused(setup.bad("escape.oapkg", lambda m: m.update({name: b"x"})), "path-escape")
    assert "outside the archive" in msg


def test_zip_bomb_is_refused_before_anything_is_inflated(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = setup.bad("bomb.oapkg", lambda m: m.update({"photos/zero.bin": bytes(20 * 2**20)}))
    assert bomb.stat().st_size < 200_000  # 20 MB of zeros deflate to a few KB
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, *a: Any, **kw: Any) -> Any:
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *a, **kw)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    msg = setup.refused(bomb, "too-large", limit=10 * 2**20)
    assert "would expand to more than 10 MB" in msg
    assert opened == []


def test_oversized_manifest_is_refused(setup: Setup) -> None:
    huge = setup.bad(
        "fat.oapkg", lambda m: m.update({f.MANIFEST: b" " * (f.MAX_MANIFEST_BYTES + 1)})
    )
    setup.refused(huge, "too-large")


def test_wrong_election(setup: Setup, tmp_path: Path) -> None:
    other = Database.open(tmp_path / "other.sqlite3")
    octx = small_kz_election(other, code="kz-other")
    enter(other, octx, "C1-001", "Aigerim")
    pkg = export(other, octx, setup.me, tmp_path / "other.oapkg")
    assert "not in this database" in setup.refused(pkg, "wrong-election")


def test_same_code_but_a_different_election(setup: Setup, tmp_path: Path) -> None:
    other = Database.open(tmp_path / "lookalike.sqlite3")
    octx = small_kz_election(other)
    with other.session() as s:  # the same code, another candidate list
        s.execute(update(t.candidate).where(t.candidate.c.ballot_number == 2).values(name="Other"))
    octx = load_context(other, octx.code)
    enter(other, octx, "C1-001", "Aigerim")
    pkg = export(other, octx, setup.me, tmp_path / "lookalike.oapkg")
    assert "different election" in setup.refused(pkg, "wrong-election")


def test_malformed_json(setup: Setup) -> None:
    msg = setup.refused(
        setup.bad("manifest.oapkg", lambda m: m.update({f.MANIFEST: b'{"format": '})),
        "malformed-json",
    )
    assert "manifest.json" in msg and "line 1" in msg
    # A package whose signed tallies.json is broken (a buggy exporter, not an attacker).
    broken = setup.bad(
        "tallies.oapkg", lambda m: m.update({f.TALLIES: b"[{]"}), rehash=True, resign=setup.me
    )
    assert "tallies.json" in setup.refused(broken, "malformed-json")


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_file(setup: Setup, keep: float) -> None:
    data = setup.good.read_bytes()
    cut = setup.tmp / "cut.oapkg"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert "incomplete" in setup.refused(cut, "truncated")


def test_empty_file_and_not_a_zip(setup: Setup) -> None:
    empty = setup.tmp / "empty.oapkg"
    empty.write_bytes(b"")
    setup.refused(empty, "truncated")
    jpeg = setup.tmp / "photo.oapkg"
    jpeg.write_bytes(fake_jpeg("not a package"))
    assert "not a zip" in setup.refused(jpeg, "not-zip")
    missing = setup.tmp / "missing.oapkg"
    setup.refused(missing, "unreadable")


def test_schema_violations(setup: Setup) -> None:
    setup.refused(setup.bad("schema.oapkg", _manifest(lambda d: d.pop("counts"))), "schema")
    negative = setup.bad(
        "negative.oapkg",
        _tallies(lambda d: d["tallies"][0]["revisions"][0]["values"].update(V=-5)),
        rehash=True,
        resign=setup.me,
    )
    assert "minimum" in setup.refused(negative, "schema")
    setup.refused(
        setup.bad("future.oapkg", _manifest(lambda d: d.update(format_version=99))),
        "newer-format",
    )
    setup.refused(
        setup.bad("other.oapkg", _manifest(lambda d: d.update(format="something-else"))),
        "not-package",
    )


def test_missing_members(setup: Setup) -> None:
    def drop_photo(m: Members) -> None:
        del m[next(k for k in m if k.startswith("photos/"))]

    setup.refused(setup.bad("nophoto.oapkg", drop_photo), "missing-member")
    setup.refused(setup.bad("nosig.oapkg", lambda m: m.pop(f.SIGNATURE)), "missing-member")


def test_content_inconsistent_with_the_election(setup: Setup) -> None:
    def station(d: dict[str, Any]) -> None:
        d["tallies"][0]["station"] = "ZZ-999"

    unknown = setup.bad("station.oapkg", _tallies(station), rehash=True, resign=setup.me)
    assert "ZZ-999" in setup.refused(unknown, "unknown-station")

    def figure(d: dict[str, Any]) -> None:
        d["tallies"][0]["revisions"][0]["values"]["#7"] = 3

    setup.refused(
        setup.bad("figure.oapkg", _tallies(figure), rehash=True, resign=setup.me), "bad-content"
    )


def test_revoked_key(setup: Setup) -> None:
    revoke(setup.db, setup.me.fingerprint, "lost laptop")
    assert "revoked" in setup.refused(setup.good, "revoked")


def test_contradicting_revision_is_refused(setup: Setup) -> None:
    assert merge_packages(setup.db, [setup.good]).results[0].outcome == "merged"

    def rewrite(d: dict[str, Any]) -> None:
        d["tallies"][0]["revisions"][0]["values"]["N"] = 13

    forged = setup.bad(
        "rewritten.oapkg",
        lambda m: (edit_json(m, f.TALLIES, rewrite), _new_package_uid(m)),
        rehash=True,
        resign=setup.me,
    )
    assert "differs from the one already merged" in setup.refused(forged, "conflict")
    mallory = make_identity(setup.tmp / "mallory", "Mallory")
    add_observer(setup.db, mallory.fingerprint, "Mallory")
    stolen = setup.bad("stolen.oapkg", lambda m: _new_package_uid(m), rehash=True, resign=mallory)
    assert "already here" in setup.refused(stolen, "conflict")


def _new_package_uid(m: Members) -> None:
    edit_json(m, f.MANIFEST, lambda d: d.update(package_uid="f" * 32))


def test_one_bad_package_does_not_stop_the_others(setup: Setup) -> None:
    cut = setup.tmp / "cut.oapkg"
    cut.write_bytes(setup.good.read_bytes()[:100])
    report = merge_packages(setup.db, [cut, setup.good])
    assert [r.outcome for r in report.results] == ["refused", "merged"]
    assert not report.ok


def test_refusal_messages_are_json_safe(setup: Setup) -> None:
    members = read_members(setup.good)
    members["../x"] = b""
    path = write_members(setup.tmp / "x.oapkg", members)
    r = merge_packages(setup.db, [path]).results[0]
    json.dumps(r.__dict__)
