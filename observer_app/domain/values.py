"""Plain values the table models and the Core paths share, importable without SQLModel."""

from __future__ import annotations

from datetime import UTC, datetime

SOURCES = ("observer", "second-entry", "official")
TALLY_STATUSES = ("draft", "final")


def utcnow() -> datetime:
    return datetime.now(UTC)
