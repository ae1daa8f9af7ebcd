"""Translated names shared by the entry screens: figures, origins, sources, photo problems.

Form labels come from the protocol form in the interface language; the words
around them go through Qt's translation (context ``EntryTexts``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from observer_app.entry.photos import PhotoError
from observer_app.forms import is_candidate_key
from observer_app.storage.elections import ContestInfo, ElectionContext
from observer_app.ui import i18n


def lang() -> str:
    return i18n.current_language()


def legal_ref(ref: str) -> str:
    """ "art. 43(3)" with the abbreviation in the interface language."""
    return re.sub(
        r"\bart\.\s*", QCoreApplication.translate("EntryTexts", "art.") + " ", ref
    ).strip()


def figure_number(ctx: ElectionContext, key: str) -> str:
    line = ctx.form.lines_by_key.get(key)
    return line.number if line else ""


def figure_name(ctx: ElectionContext, contest: ContestInfo, key: str, *, short: bool) -> str:
    """A figure's label: the form's line label, or the candidate's ballot number and name."""
    line = ctx.form.lines_by_key.get(key)
    if line is not None:
        return line.short_label(lang()) if short else line.label.get(lang())
    if is_candidate_key(key):
        for cand in contest.candidates:
            if cand.key == key:
                return f"{cand.ballot_number}. {cand.name}"
    return key


def figure_tooltip(ctx: ElectionContext, contest: ContestInfo, key: str) -> str:
    """The full legal label and the law it comes from (shown on hover)."""
    line = ctx.form.lines_by_key.get(key)
    if line is not None:
        head = line.label.get(lang())
        if line.number:
            head = QCoreApplication.translate("EntryTexts", "Line {number}: {label}").format(
                number=line.number, label=head
            )
        ref = line.legal_ref
    else:
        block = ctx.form.candidates
        head = f"{block.label.get(lang())}: {figure_name(ctx, contest, key, short=False)}"
        ref = block.legal_ref
    basis = ctx.form.legal_basis.get(lang())
    law = f"{basis}, {legal_ref(ref)}" if ref else basis
    return f"{head}\n{law}"


def origin_name(origin: str) -> str:
    names = {
        "gui": QCoreApplication.translate("EntryTexts", "typed in"),
        "second-entry": QCoreApplication.translate("EntryTexts", "second entry"),
        "resolution": QCoreApplication.translate("EntryTexts", "double-entry resolution"),
        "import": QCoreApplication.translate("EntryTexts", "imported from a file"),
        "package": QCoreApplication.translate("EntryTexts", "from an observer's package"),
    }
    return names.get(origin, origin)


def source_name(source: str) -> str:
    names = {
        "observer": QCoreApplication.translate("EntryTexts", "Observer's entry"),
        "second-entry": QCoreApplication.translate("EntryTexts", "Second entry (blind)"),
        "official": QCoreApplication.translate("EntryTexts", "Official figures"),
    }
    return names.get(source, source)


def when(at: datetime) -> str:
    """A stored UTC time in the user's local time and the interface's date format."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def moment(at: datetime) -> str:
    """The time of day (with seconds) for today, the full date and time otherwise."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    if local.date() == QDateTime.currentDateTime().date():
        return local.time().toString("HH:mm:ss")
    return when(at)


def photo_problem(err: PhotoError) -> str:
    """Why a photo was refused, in the interface language, naming the file."""
    name = err.where.replace("\\", "/").rsplit("/", 1)[-1]
    reasons = {
        "unreadable": QCoreApplication.translate("EntryTexts", "{file}: the file cannot be read."),
        "empty": QCoreApplication.translate("EntryTexts", "{file}: the file is empty."),
        "too-large": QCoreApplication.translate(
            "EntryTexts", "{file}: the file is too large for a photo."
        ),
        "not-image": QCoreApplication.translate("EntryTexts", "{file}: not a JPEG or PNG photo."),
        "corrupt": QCoreApplication.translate(
            "EntryTexts", "{file}: the image is damaged or incomplete."
        ),
    }
    return reasons.get(err.reason, "{file}: " + str(err)).format(file=name)


def blank_count(n: int) -> str:
    return QCoreApplication.translate("EntryTexts", "%n field(s) still blank", "", n)
