"""Drafts: written while typing, listed for restore after a crash, deleted with an audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from observer_app.domain import tables as t
from observer_app.entry.drafts import (
    DraftState,
    delete_draft,
    load_draft,
    pending_drafts,
    save_draft,
)
from observer_app.entry.saving import save_entry
from observer_app.errors import InputError
from observer_app.storage import audit
from observer_app.storage.db import Database
from tests.factories import kz_values, small_kz_election


def _audit_actions(db: Database) -> list[str]:
    with db.session() as s:
        return list(
            s.execute(select(t.audit_entry.c.action).order_by(t.audit_entry.c.id)).scalars()
        )


def test_draft_round_trip_and_overwrite(db: Database) -> None:
    ctx = small_kz_election(db)
    state = DraftState({"V": 1000, "R": 900}, protocol_faulty=True, note="стёрто", focus="I")
    save_draft(db, ctx, "C1-001", "observer", "Айгерим", state)
    got = load_draft(db, ctx, "C1-001", "observer", "Айгерим")
    assert got is not None and got.state == state and got.tally_uid == ""
    newer = DraftState({"V": 1000, "R": 900, "I": 640})
    save_draft(db, ctx, "C1-001", "observer", "Айгерим", newer, tally_uid="abc")
    got = load_draft(db, ctx, "C1-001", "observer", "Айгерим")
    assert got is not None and got.state == newer and got.tally_uid == "abc"
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(t.draft)).scalar_one() == 1
    assert _audit_actions(db) == []  # typing is not a change of data
    assert load_draft(db, ctx, "C1-001", "second-entry", "Айгерим") is None


def test_pending_drafts_lists_every_unsaved_entry_newest_first(db: Database) -> None:
    ctx = small_kz_election(db)
    other = small_kz_election(db, code="kz-other")
    save_draft(db, ctx, "C1-001", "observer", "a", DraftState({"V": 1}))
    save_draft(db, ctx, "C2-003", "second-entry", "b", DraftState({"V": 2}))
    save_draft(db, other, "C1-001", "observer", "a", DraftState({"V": 3}))
    pending = pending_drafts(db, ctx)
    assert [(p.station_code, p.source, p.operator, p.state.values) for p in pending] == [
        ("C2-003", "second-entry", "b", {"V": 2}),
        ("C1-001", "observer", "a", {"V": 1}),
    ]
    assert [p.state.values for p in pending_drafts(db, other)] == [{"V": 3}]


def test_saving_the_entry_drops_its_draft_in_the_same_transaction(db: Database) -> None:
    ctx = small_kz_election(db)
    save_draft(db, ctx, "C1-001", "observer", "a", DraftState({"V": 1000}))
    save_entry(db, ctx, "C1-001", "observer", "a", DraftState(kz_values()))
    assert pending_drafts(db, ctx) == []
    assert _audit_actions(db) == ["tally.save", "draft.delete"]


def test_a_failed_save_keeps_the_draft(db: Database) -> None:
    ctx = small_kz_election(db)
    save_draft(db, ctx, "C1-001", "observer", "a", DraftState({"V": 1000}))
    with pytest.raises(InputError, match="cannot save as final"):
        save_entry(db, ctx, "C1-001", "observer", "a", DraftState(kz_values(B=999)))
    assert [p.state.values for p in pending_drafts(db, ctx)] == [{"V": 1000}]
    assert _audit_actions(db) == []


def test_discarding_a_draft_is_audited_with_what_was_thrown_away(db: Database) -> None:
    ctx = small_kz_election(db)
    save_draft(db, ctx, "C1-002", "observer", "a", DraftState({"V": 77}))
    assert delete_draft(db, ctx, "C1-002", "observer", "a") is True
    assert delete_draft(db, ctx, "C1-002", "observer", "a") is False
    assert pending_drafts(db, ctx) == []
    with db.session() as s:
        row = s.execute(select(t.audit_entry.c.action, t.audit_entry.c.details_json)).one()
        assert audit.verify(s).ok
    assert row[0] == "draft.delete"
    details = json.loads(row[1])
    assert details["reason"] == "discarded" and details["state"]["values"] == {"V": 77}


def test_a_damaged_stored_draft_is_reported_not_crashed_on(db: Database) -> None:
    ctx = small_kz_election(db)
    save_draft(db, ctx, "C1-001", "observer", "a", DraftState({"V": 1}))
    with db.session() as s:
        s.execute(t.draft.update().values(state_json='{"values": {"V": -5}}'))
    with pytest.raises(InputError, match="draft of station C1-001"):
        pending_drafts(db, ctx)


def test_bad_source_is_refused(db: Database) -> None:
    ctx = small_kz_election(db)
    with pytest.raises(InputError):
        save_draft(db, ctx, "C1-001", "official", "a", DraftState({"V": 1}))
    assert pending_drafts(db, ctx) == []
