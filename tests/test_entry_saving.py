"""Saving typed figures: final saves need a clean protocol or an explained faulty copy."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.entry.drafts import DraftState
from observer_app.entry.saving import find_tally, readiness, save_entry
from observer_app.errors import InputError
from observer_app.storage.db import Database
from observer_app.storage.tallies import revisions
from tests.factories import kz_values, small_kz_election


def test_clean_protocol_saves_final_and_revises(db: Database) -> None:
    ctx = small_kz_election(db)
    first = save_entry(db, ctx, "C1-001", "observer", "Айгерим", DraftState(kz_values()))
    assert (first.status, first.revision, first.observer) == ("final", 1, "Айгерим")
    found = find_tally(db, ctx, "C1-001", "observer", "Айгерим")
    assert found is not None and found.uid == first.uid
    assert find_tally(db, ctx, "C1-001", "second-entry", "Айгерим") is None
    assert find_tally(db, ctx, "C1-001", "observer", "someone else") is None
    second = save_entry(
        db,
        ctx,
        "C1-001",
        "observer",
        "Айгерим",
        DraftState(kz_values(N=11, **{"#1": 399})),
        tally_uid=first.uid,
    )
    assert second.revision == 2 and second.values["N"] == 11
    revs = revisions(db, first.uid)
    assert [(r.revision, r.entered_by, r.origin) for r in revs] == [
        (1, "Айгерим", "gui"),
        (2, "Айгерим", "gui"),
    ]


def test_errors_and_blanks_block_a_final_save_but_not_a_draft(db: Database) -> None:
    ctx = small_kz_election(db)
    bad = DraftState(kz_values(B=630))
    ready = readiness(ctx, "C1-001", bad.values)
    assert [v.rule for v in ready.errors] == ["B=N+cand+A"]
    assert [v.rule for v in ready.warnings] == []
    with pytest.raises(InputError, match=r"ballots in boxes 630 ≠ invalid 10"):
        save_entry(db, ctx, "C1-001", "observer", "a", bad)
    partial = DraftState({"V": 1000, "R": 900})
    assert readiness(ctx, "C1-001", partial.values).blanks[:3] == ["I", "I_out", "C"]
    with pytest.raises(InputError, match="blank: I, I_out, C"):
        save_entry(db, ctx, "C1-001", "observer", "a", partial)
    with db.session() as s:
        assert s.execute(select(t.tally.c.id)).first() is None
    draft = save_entry(db, ctx, "C1-001", "observer", "a", bad, final=False)
    assert draft.status == "draft" and draft.values["B"] == 630


def test_faulty_copy_saves_as_it_is_only_with_a_note(db: Database) -> None:
    ctx = small_kz_election(db)
    no_note = DraftState(kz_values(B=650), protocol_faulty=True, note="  ")
    with pytest.raises(InputError, match="note describing what is wrong is required"):
        save_entry(db, ctx, "C1-001", "observer", "a", no_note)
    state = DraftState(kz_values(B=650), protocol_faulty=True, note="line 5 overwritten in pen")
    tally = save_entry(db, ctx, "C1-001", "observer", "a", state)
    assert tally.protocol_faulty and tally.status == "final" and tally.values["B"] == 650
    rev = revisions(db, tally.uid)[0]
    assert rev.protocol_faulty and rev.note == "line 5 overwritten in pen"


def test_warnings_do_not_block(db: Database) -> None:
    ctx = small_kz_election(db)
    # more ballots in the boxes than issued: a warning, the figures add up otherwise
    values = kz_values(I=600, C=300, B=640)
    ready = readiness(ctx, "C1-001", values)
    assert ready.clean and [v.rule for v in ready.warnings] == ["B<=I"]
    assert save_entry(db, ctx, "C1-001", "observer", "a", DraftState(values)).status == "final"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"V": -1}, "not a count"),
        ({"V": 100_000_001}, "not a count"),
        ({"L99": 5}, "not a figure of this protocol"),
        ({"#3": 5}, "not a figure of this protocol"),  # contest C1 has two candidates
    ],
)
def test_bad_figures_are_refused_and_nothing_stored(
    db: Database, values: dict[str, int], message: str
) -> None:
    ctx = small_kz_election(db)
    with pytest.raises(InputError, match=message):
        save_entry(db, ctx, "C1-001", "observer", "a", DraftState(values), final=False)
    with db.session() as s:
        assert s.execute(select(t.tally.c.id)).first() is None
        assert s.execute(select(t.audit_entry.c.id)).first() is None


def test_unknown_station_and_source(db: Database) -> None:
    ctx = small_kz_election(db)
    with pytest.raises(InputError, match="no station"):
        save_entry(db, ctx, "X-1", "observer", "a", DraftState({}), final=False)
    with pytest.raises(InputError, match="official"):
        save_entry(db, ctx, "C1-001", "official", "a", DraftState({}), final=False)
