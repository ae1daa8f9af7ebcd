"""History: every revision with who, when and what changed, photos included."""

from __future__ import annotations

import pytest

from observer_app.entry.drafts import DraftState
from observer_app.entry.history import FieldChange, diff_values, tally_history
from observer_app.entry.photos import store_photo
from observer_app.entry.saving import save_entry
from observer_app.errors import InputError
from observer_app.storage.db import Database
from tests.entry_support import image_bytes
from tests.factories import kz_values, small_kz_election


def test_diff_values_in_protocol_order_with_blanks() -> None:
    before = {"V": 1000, "B": 640, "#1": 400}
    after = {"V": 1000, "B": 641, "#2": 5, "N": 3}
    assert diff_values(before, after, ["V", "B", "N", "#1", "#2"]) == [
        FieldChange("B", 640, 641),
        FieldChange("N", None, 3),
        FieldChange("#1", 400, None),
        FieldChange("#2", None, 5),
    ]
    assert diff_values(before, dict(before)) == []
    assert [c.key for c in diff_values({}, {"Z": 1, "A": 2})] == ["A", "Z"]


def test_history_lists_who_when_and_what_changed(db: Database) -> None:
    ctx = small_kz_election(db)
    order = ctx.all_keys(ctx.contest_of(ctx.stations["C1-001"]))
    photo = store_photo(db, image_bytes(), "p.jpg")
    draft = save_entry(
        db, ctx, "C1-001", "observer", "aigerim", DraftState({"V": 1000}), final=False
    )
    save_entry(
        db,
        ctx,
        "C1-001",
        "observer",
        "aigerim",
        DraftState(kz_values(), photos=(photo.sha256,)),
        tally_uid=draft.uid,
    )
    save_entry(
        db,
        ctx,
        "C1-001",
        "observer",
        "bolat",
        DraftState(kz_values(B=641, N=11), protocol_faulty=True, note="pen corrections"),
        tally_uid=draft.uid,
    )
    hist = tally_history(db, draft.uid, order)
    assert [(h.revision, h.entered_by, h.origin) for h in hist] == [
        (1, "aigerim", "gui"),
        (2, "aigerim", "gui"),
        (3, "bolat", "gui"),
    ]
    assert hist[0].changes == (FieldChange("V", None, 1000),)
    assert [c.key for c in hist[1].changes] == [k for k in order if k != "V"]
    assert hist[1].photos_added == (photo.sha256,)
    assert hist[2].changes == (FieldChange("B", 640, 641), FieldChange("N", 10, 11))
    assert hist[2].protocol_faulty and hist[2].note == "pen corrections"
    assert hist[0].entered_at <= hist[1].entered_at <= hist[2].entered_at


def test_history_of_unknown_tally(db: Database) -> None:
    with pytest.raises(InputError, match="no tally"):
        tally_history(db, "nope")
