"""Small elections built in code, for tests that need one."""

from __future__ import annotations

from observer_app.domain.inputs import ElectionIn, validated
from observer_app.forms import load_form
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, create_election, load_context


def kz_values(**overrides: int) -> dict[str, int]:
    """A consistent kz-akim-2023 protocol for a two-candidate contest."""
    values = {
        "V": 1000,
        "R": 900,
        "I": 640,
        "I_out": 20,
        "C": 260,
        "B": 640,
        "N": 10,
        "#1": 400,
        "#2": 200,
        "A": 30,
    }
    values.update(overrides)
    return values


def small_kz_election(db: Database, code: str = "kz-test", stations: int = 4) -> ElectionContext:
    """Two contests (two and three candidates), ``stations`` stations each."""
    data = {
        "code": code,
        "name": "Test akim election",
        "country": "KZ",
        "held_on": "2023-11-05",
        "form": "kz-akim-2023",
        "synthetic": True,
        "contests": [
            {
                "code": "C1",
                "name": "Alpha District",
                "region": "North",
                "candidates": [
                    {"ballot_number": 1, "name": "Candidate One"},
                    {"ballot_number": 2, "name": "Candidate Two"},
                ],
            },
            {
                "code": "C2",
                "name": "Beta District",
                "region": "South",
                "candidates": [
                    {"ballot_number": 1, "name": "Candidate Three"},
                    {"ballot_number": 2, "name": "Candidate Four"},
                    {"ballot_number": 3, "name": "Candidate Five"},
                ],
            },
        ],
        "stations": [
            {
                "code": f"{c}-{i:03d}",
                "contest": c,
                "name": f"School {i}",
                "address": f"{i} Main Street",
                "registered_voters": 1000,
            }
            for c in ("C1", "C2")
            for i in range(1, stations + 1)
        ],
    }
    election = validated(ElectionIn, data, "test election")
    create_election(db, election, load_form("kz-akim-2023"))
    return load_context(db, code)
