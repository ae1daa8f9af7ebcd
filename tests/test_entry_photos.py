"""Photos: JPEG/PNG checked by decoding, stored in the database once per content, linked on save."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from observer_app.domain import tables as t
from observer_app.entry.drafts import DraftState
from observer_app.entry.photos import (
    PhotoError,
    import_photo_files,
    photo_data,
    read_photo_file,
    station_photos,
    store_photo,
    tally_photos,
)
from observer_app.entry.saving import save_entry
from observer_app.storage.db import Database
from tests.entry_support import image_bytes
from tests.factories import kz_values, small_kz_election


def _count(db: Database, table: object) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_photo_is_stored_in_the_database_once_and_linked_on_save(
    db: Database, tmp_path: Path
) -> None:
    ctx = small_kz_election(db)
    jpeg, png = image_bytes("JPEG"), image_bytes("PNG", text="641")
    (tmp_path / "p1.jpg").write_bytes(jpeg)
    (tmp_path / "p2.png").write_bytes(png)
    stored, refused = import_photo_files(db, [tmp_path / "p1.jpg", tmp_path / "p2.png"], actor="a")
    assert refused == []
    assert [p.mime for p in stored] == ["image/jpeg", "image/png"]
    assert stored[0].sha256 == hashlib.sha256(jpeg).hexdigest()
    again = store_photo(db, jpeg, "copy.jpg")  # same content, another name
    assert again.id == stored[0].id
    (tmp_path / "p1.jpg").unlink()  # the file may move: the database holds the bytes
    assert photo_data(db, stored[0].sha256) == jpeg
    state = DraftState(kz_values(), photos=tuple(p.sha256 for p in stored))
    tally = save_entry(db, ctx, "C1-001", "observer", "a", state)
    assert [p.sha256 for p in tally_photos(db, tally.uid)] == [p.sha256 for p in stored]
    assert [p.file_name for p in station_photos(db, ctx.stations["C1-001"].id)] == [
        "p1.jpg",
        "p2.png",
    ]
    # a revision re-listing the same photos links nothing twice
    save_entry(db, ctx, "C1-001", "observer", "a", state, tally_uid=tally.uid)
    assert _count(db, t.tally_photo) == 2
    with db.session() as s:
        actions = list(s.execute(select(t.audit_entry.c.action)).scalars())
    assert actions.count("photo.add") == 2 and actions.count("photo.attach") == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.4 not a photo at all", "not-image"),
        (image_bytes("JPEG")[:1500], "corrupt"),
        (image_bytes("PNG")[:-40], "corrupt"),
        (image_bytes("GIF"), "not-image"),
    ],
    ids=["empty", "pdf", "truncated-jpeg", "truncated-png", "gif"],
)
def test_bad_files_are_refused_with_a_reason_and_nothing_stored(
    db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "protocol.jpg"
    path.write_bytes(content)
    with pytest.raises(PhotoError) as err:
        read_photo_file(path)
    assert err.value.reason == reason and "protocol.jpg" in str(err.value)
    stored, refused = import_photo_files(db, [path])
    assert stored == [] and [e.reason for e in refused] == [reason]
    assert _count(db, t.photo) == 0 and _count(db, t.audit_entry) == 0


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as err:
        read_photo_file(tmp_path / "gone.jpg")
    assert err.value.reason == "unreadable"


def test_linking_an_unknown_photo_rolls_the_whole_save_back(db: Database) -> None:
    ctx = small_kz_election(db)
    with pytest.raises(Exception, match="not stored"):
        save_entry(db, ctx, "C1-001", "observer", "a", DraftState(kz_values(), photos=("ab",)))
    assert _count(db, t.tally) == 0 and _count(db, t.tally_revision) == 0
