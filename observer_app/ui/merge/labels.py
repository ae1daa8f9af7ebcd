"""Words shared by the coordinator's windows: merge outcomes, refusal reasons, field names.

The core names outcomes and refusal reasons with stable codes; these tables
say them in the interface language (the core's English detail stays in a
tooltip, for the record).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase

from observer_app.storage.elections import ElectionContext

CONTEXT = "MergeLabels"

OUTCOMES = {
    "merged": QT_TRANSLATE_NOOP("MergeLabels", "Merged"),
    "already-merged": QT_TRANSLATE_NOOP("MergeLabels", "Already merged"),
    "quarantined": QT_TRANSLATE_NOOP("MergeLabels", "In quarantine"),
    "refused": QT_TRANSLATE_NOOP("MergeLabels", "Refused"),
    "cancelled": QT_TRANSLATE_NOOP("MergeLabels", "Not merged (cancelled)"),
}

REASONS = {
    "unreadable": QT_TRANSLATE_NOOP("MergeLabels", "The file cannot be read"),
    "not-zip": QT_TRANSLATE_NOOP("MergeLabels", "Not a report package"),
    "truncated": QT_TRANSLATE_NOOP("MergeLabels", "The file is incomplete (cut off)"),
    "path-escape": QT_TRANSLATE_NOOP("MergeLabels", "A file inside points outside the package"),
    "duplicate-member": QT_TRANSLATE_NOOP("MergeLabels", "A file inside appears twice"),
    "encrypted": QT_TRANSLATE_NOOP("MergeLabels", "Encrypted contents"),
    "too-large": QT_TRANSLATE_NOOP("MergeLabels", "Would expand beyond the size limit"),
    "missing-member": QT_TRANSLATE_NOOP("MergeLabels", "A part of the package is missing"),
    "extra-member": QT_TRANSLATE_NOOP("MergeLabels", "Holds a file the signature does not cover"),
    "malformed-json": QT_TRANSLATE_NOOP("MergeLabels", "Damaged contents (malformed JSON)"),
    "not-package": QT_TRANSLATE_NOOP("MergeLabels", "Not an Observer App report package"),
    "newer-format": QT_TRANSLATE_NOOP("MergeLabels", "Made by a newer version of the app"),
    "schema": QT_TRANSLATE_NOOP("MergeLabels", "Contents do not match the package format"),
    "bad-signature": QT_TRANSLATE_NOOP("MergeLabels", "The signature does not verify"),
    "hash-mismatch": QT_TRANSLATE_NOOP("MergeLabels", "Changed after signing (hash mismatch)"),
    "wrong-election": QT_TRANSLATE_NOOP("MergeLabels", "For another election"),
    "unknown-station": QT_TRANSLATE_NOOP("MergeLabels", "Names a station not in this election"),
    "bad-content": QT_TRANSLATE_NOOP("MergeLabels", "Inconsistent contents"),
    "conflict": QT_TRANSLATE_NOOP("MergeLabels", "Contradicts figures already merged"),
    "revoked": QT_TRANSLATE_NOOP("MergeLabels", "The observer's key was revoked"),
}

STATUSES = {
    "accepted": QT_TRANSLATE_NOOP("MergeLabels", "Accepted"),
    "quarantined": QT_TRANSLATE_NOOP("MergeLabels", "Waiting for acceptance"),
    "revoked": QT_TRANSLATE_NOOP("MergeLabels", "Revoked"),
}

ACTIONS = {
    "demo.create": QT_TRANSLATE_NOOP("MergeLabels", "Demo created"),
    "demo.discarded": QT_TRANSLATE_NOOP("MergeLabels", "Demo discarded"),
    "draft.delete": QT_TRANSLATE_NOOP("MergeLabels", "Draft deleted"),
    "election.create": QT_TRANSLATE_NOOP("MergeLabels", "Election created"),
    "observer.add": QT_TRANSLATE_NOOP("MergeLabels", "Observer registered"),
    "observer.accept": QT_TRANSLATE_NOOP("MergeLabels", "Observer's key accepted"),
    "observer.revoke": QT_TRANSLATE_NOOP("MergeLabels", "Observer's key revoked"),
    "package.merge": QT_TRANSLATE_NOOP("MergeLabels", "Package merged"),
    "package.quarantine": QT_TRANSLATE_NOOP("MergeLabels", "Package put in quarantine"),
    "photo.add": QT_TRANSLATE_NOOP("MergeLabels", "Photo added"),
    "photo.attach": QT_TRANSLATE_NOOP("MergeLabels", "Photo attached"),
    "resolution.double-entry": QT_TRANSLATE_NOOP("MergeLabels", "Double-entry decision"),
    "resolution.observers": QT_TRANSLATE_NOOP("MergeLabels", "Decision on differing copies"),
    "tallies.import": QT_TRANSLATE_NOOP("MergeLabels", "Figures imported"),
    "tally.save": QT_TRANSLATE_NOOP("MergeLabels", "Protocol saved"),
    "totals.import": QT_TRANSLATE_NOOP("MergeLabels", "Official totals imported"),
}

COLOURS = {
    "merged": "#1e7b34",
    "already-merged": "#5f6368",
    "quarantined": "#a05a00",
    "refused": "#b00020",
    "cancelled": "#5f6368",
    "accepted": "#1e7b34",
    "revoked": "#b00020",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_text(code: str) -> str:
    return _tr(OUTCOMES.get(code, code))


def reason_text(code: str) -> str:
    return _tr(REASONS[code]) if code in REASONS else ""


def action_text(code: str) -> str:
    """An audit action in words; an action this table does not know is shown as recorded."""
    return _tr(ACTIONS[code]) if code in ACTIONS else code


def subject_text(entity: str, uid: str) -> str:
    """What an entry is about, with long hashes shortened (the full one is in the tooltip)."""
    short = f"{uid[:16]}…" if len(uid) == 64 else uid
    return f"{entity} {short}".strip()


def status_text(code: str) -> str:
    return _tr(STATUSES.get(code, code))


def colour(code: str) -> QColor:
    return QColor(COLOURS.get(code, "#202124"))


def fingerprint_font(point_size: int = 0) -> QFont:
    """Fixed-width, so groups line up when two fingerprints are compared by eye."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def field_label(ctx: ElectionContext, station_code: str, key: str, lang: str) -> str:
    """A figure's name as the protocol says it: the form's line, or the candidate's name."""
    if key.startswith("#"):
        contest = ctx.contests[ctx.stations[station_code].contest_id]
        for cand in contest.candidates:
            if cand.key == key:
                return f"{cand.ballot_number}. {cand.name}"
    label = ctx.form.term_label(key, lang)
    return f"{key} · {label}" if label and label != key else key
