"""Showing errors the way the user needs them (qutebrowser's split).

- :class:`~observer_app.errors.UserError` and its kinds (``InputError``,
  ``DatabaseError``): a problem with the user's file or environment. A plain
  message box says what is wrong and where; no traceback, nothing to report.
- :class:`~observer_app.errors.Cancelled`: the user stopped the work; a note in
  the status bar at most.
- Anything else is a bug: :class:`BugDialog` shows what happened with the full
  traceback in a read-only, copyable details area.

:func:`install_excepthook` routes uncaught exceptions of the GUI thread (slots,
event handlers) to :func:`show_error` instead of letting Qt print and carry on
silently. Worker threads report their exceptions through
:mod:`observer_app.ui.workers`, which calls :func:`show_error` too.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from observer_app import APP_NAME, __version__
from observer_app.errors import Cancelled, DatabaseError, InputError, UserError


def error_kind(exc: BaseException) -> str:
    """``"cancelled"``, ``"input"``, ``"database"``, ``"user"`` or ``"bug"``."""
    if isinstance(exc, Cancelled):
        return "cancelled"
    if isinstance(exc, InputError):
        return "input"
    if isinstance(exc, DatabaseError):
        return "database"
    if isinstance(exc, UserError):
        return "user"
    return "bug"


def _user_title(kind: str) -> str:
    if kind == "input":
        return QCoreApplication.translate("Errors", "The file or value was refused")
    if kind == "database":
        return QCoreApplication.translate("Errors", "The database cannot be used")
    return QCoreApplication.translate("Errors", "Cannot do that")


def details_text(exc: BaseException) -> str:
    """The traceback and versions, as a user pastes them into a bug report."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    from PySide6 import __version__ as pyside_version

    head = (
        f"{APP_NAME} {__version__}; Python {platform.python_version()}; "
        f"PySide6 {pyside_version}; {platform.platform()}\n\n"
    )
    return head + "".join(lines)


class BugDialog(QDialog):
    """ "Something went wrong in the app": the message and a copyable traceback."""

    def __init__(self, exc: BaseException, context: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bugDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        intro = QLabel(
            self.tr(
                "Observer App met an error it did not expect. This is a bug in the app, "
                "not a mistake of yours. Your saved data is safe: the unfinished step "
                "was rolled back."
            )
            + ("\n\n" + context if context else "")
            + "\n\n"
            + f"{type(exc).__name__}: {exc}"
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(intro, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Details (copy them into a bug report):")))
        self.details = QPlainTextEdit(details_text(exc))
        self.details.setObjectName("bugDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(220)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def user_message_box(exc: UserError, parent: QWidget | None) -> QMessageBox:
    kind = error_kind(exc)
    box = QMessageBox(parent)
    box.setObjectName("userErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(_user_title(kind))
    box.setInformativeText(str(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def _run_modal(dialog: QDialog) -> int:
    return dialog.exec()


# How dialogs are shown; tests replace it to look at the dialog instead of blocking on exec().
_exec: Callable[[QDialog], int] = _run_modal


def show_error(exc: BaseException, parent: QWidget | None = None, context: str = "") -> str:
    """Tell the user about ``exc`` in the form its kind deserves; returns the kind."""
    kind = error_kind(exc)
    if kind == "cancelled":
        return kind
    if QApplication.instance() is None:  # no GUI (yet): the terminal is all there is
        print(details_text(exc) if kind == "bug" else f"observer-app: {exc}", file=sys.stderr)
        return kind
    parent = parent or QApplication.activeWindow()
    if isinstance(exc, UserError):
        _exec(user_message_box(exc, parent))
    else:
        print(details_text(exc), file=sys.stderr)
        _exec(BugDialog(exc, context, parent))
    return kind


_showing = False


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if _showing:  # an error while showing an error: do not loop
        sys.__excepthook__(kind, exc, tb)
        return
    _showing = True
    try:
        show_error(exc.with_traceback(tb))
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions of the GUI thread to :func:`show_error`."""
    sys.excepthook = _excepthook
