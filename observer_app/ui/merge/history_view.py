"""The history of any tally: every revision with its provenance, and every audit entry about it.

Opened for a station, it lists the station's tallies (each observer's copy,
the second entry, the official figures); for the chosen one it shows who
entered which figures when, on which machine, from which file or package,
with which photos, and the audit entries that recorded those changes.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.entry.history import tally_history
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from observer_app.ui.i18n import current_language
from observer_app.ui.merge.labels import action_text, field_label


def _v(value: int | None) -> str:
    return "—" if value is None else str(value)


def tally_history_files(db: Database, uid: str) -> list[str]:
    """The SHA-256 of every file the tally's revisions came from."""
    tc, rc = t.tally.c, t.tally_revision.c
    with db.session() as s:
        return list(
            s.scalars(
                select(rc.origin_sha256)
                .join(t.tally, tc.id == rc.tally_id)
                .where(tc.uid == uid, rc.origin_sha256 != "")
                .distinct()
            )
        )


def station_tallies(
    db: Database, ctx: ElectionContext, code: str
) -> list[tuple[str, str, str, str, int]]:
    """(uid, source, observer, fingerprint, revision) of every tally of the station."""
    tc = t.tally.c
    with db.session() as s:
        rows = s.execute(
            select(tc.uid, tc.source, tc.observer, tc.observer_fingerprint, tc.revision)
            .where(tc.station_id == ctx.stations[code].id)
            .order_by(tc.source, tc.observer, tc.uid)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


class TallyHistoryDialog(QDialog):
    def __init__(
        self,
        db: Database,
        ctx: ElectionContext,
        station: str,
        parent: QWidget | None = None,
        *,
        tally_uid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tallyHistory")
        self.db, self.ctx, self.station = db, ctx, station
        self.tallies = station_tallies(db, ctx, station)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("tallyChoice")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.currentIndexChanged.connect(self._show)
        self.tabs = QTabWidget()
        self.revisions = QTreeWidget()
        self.revisions.setObjectName("revisionTree")
        self.entries = QTreeWidget()
        self.entries.setObjectName("auditTree")
        for tree in (self.revisions, self.entries):
            tree.setRootIsDecorated(True)
            tree.setAlternatingRowColors(True)
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.revisions, "")
        self.tabs.addTab(self.entries, "")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.choice)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1000, 600)
        self.retranslate()
        if tally_uid is not None:
            uids = [row[0] for row in self.tallies]
            if tally_uid in uids:
                self.choice.setCurrentIndex(uids.index(tally_uid))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of station {code}").format(code=self.station))
        self.tabs.setTabText(0, self.tr("Revisions"))
        self.tabs.setTabText(1, self.tr("Audit entries"))
        self.revisions.setHeaderLabels(
            [
                self.tr("Revision"),
                self.tr("When (UTC)"),
                self.tr("Entered by"),
                self.tr("Machine"),
                self.tr("Origin"),
                self.tr("Changes"),
                self.tr("Note"),
            ]
        )
        self.entries.setHeaderLabels(
            [
                self.tr("Entry"),
                self.tr("When (UTC)"),
                self.tr("By"),
                self.tr("Action"),
                self.tr("Details"),
            ]
        )
        self.close_button.setText(self.tr("Close"))
        sources = {
            "observer": self.tr("observer"),
            "second-entry": self.tr("second entry"),
            "official": self.tr("official"),
        }
        index = self.choice.currentIndex()
        self.choice.blockSignals(True)
        self.choice.clear()
        for uid, source, observer, fp, revision in self.tallies:
            who = " ".join(x for x in (observer, f"[{fp}]" if fp else "") if x)
            self.choice.addItem(
                self.tr("{source} {who} · revision {n}").format(
                    source=sources.get(source, source), who=who, n=revision
                ),
                uid,
            )
        self.choice.blockSignals(False)
        self.choice.setCurrentIndex(max(index, 0) if self.tallies else -1)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def tally_uid(self) -> str | None:
        uid = self.choice.currentData()
        return str(uid) if uid else None

    def _show(self, *_: object) -> None:
        self.revisions.clear()
        self.entries.clear()
        uid = self.tally_uid
        if uid is None:
            self.heading.setText(
                self.tr("Station {code} has no tally yet.").format(code=self.station)
            )
            return
        self.heading.setText(
            self.tr("Station {code}: every saved state of the figures, oldest first.").format(
                code=self.station
            )
        )
        lang = current_language()
        st = self.ctx.stations[self.station]
        order = self.ctx.all_keys(self.ctx.contests[st.contest_id])
        for rev in tally_history(self.db, uid, order):
            changes = ", ".join(f"{c.key}: {_v(c.before)} → {_v(c.after)}" for c in rev.changes)
            origin = " ".join(x for x in (rev.origin, rev.origin_file) if x)
            item = QTreeWidgetItem(
                [
                    str(rev.revision),
                    rev.entered_at.strftime("%Y-%m-%d %H:%M:%S"),
                    rev.entered_by,
                    rev.machine,
                    origin,
                    changes if rev.revision > 1 else self.tr("first entry"),
                    rev.note,
                ]
            )
            for c in rev.changes:
                label = field_label(self.ctx, self.station, c.key, lang)
                text = f"{label}: {_v(c.before)} → {_v(c.after)}"
                QTreeWidgetItem(item, ["", "", "", "", "", text, ""])
            for sha in rev.photos_added:
                QTreeWidgetItem(
                    item, ["", "", "", "", "", self.tr("photo {sha}").format(sha=sha[:16]), ""]
                )
            if rev.protocol_faulty:
                item.setToolTip(5, self.tr("The paper protocol itself is faulty"))
            self.revisions.addTopLevelItem(item)
        files = set(tally_history_files(self.db, uid))
        with self.db.session() as s:
            found = {e.id: e for e in audit.entries(s, mentioning=uid)}
            for sha in files:  # an import is recorded once per file, naming its hash
                found.update({e.id: e for e in audit.entries(s, mentioning=sha)})
        for e in sorted(found.values(), key=lambda x: x.id):
            details = json.dumps(e.details, ensure_ascii=False, sort_keys=True)
            item = QTreeWidgetItem(
                [
                    f"#{e.id}",
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    e.actor,
                    action_text(e.action),
                    details[:200],
                ]
            )
            item.setToolTip(3, e.action)
            item.setToolTip(4, details[:4000])
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            self.entries.addTopLevelItem(item)
