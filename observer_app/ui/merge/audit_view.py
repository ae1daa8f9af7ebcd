"""The audit history of the whole database, newest first, and a one-click verification.

Verification re-checks the hash chain (naming the first broken entry) and the
signed evidence of every merged package; it runs off the GUI thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from observer_app.domain import tables as t
from observer_app.packages.evidence import EvidenceReport, verify_evidence
from observer_app.progress import Progress
from observer_app.storage import audit
from observer_app.storage.db import Database
from observer_app.ui import workers
from observer_app.ui.merge.labels import action_text, subject_text

SHOWN = 2000


@dataclass(frozen=True)
class Verification:
    chain: audit.ChainReport
    evidence: EvidenceReport


def verify_all(db: Database, progress: Progress) -> Verification:
    with db.session() as s:
        chain = audit.verify(s)
    return Verification(chain, verify_evidence(db, progress))


class AuditLogDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLog")
        self.db = db
        self.task: workers.Task | None = None
        self.verification: Verification | None = None
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.currentIndexChanged.connect(self.reload)
        self.tree = QTreeWidget()
        self.tree.setObjectName("auditEntries")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.filter_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.action)
        top.addStretch(1)
        top.addWidget(self.verify_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verdict, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.resize(1000, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit history"))
        self.filter_label.setText(self.tr("Show:"))
        self.verify_button.setText(self.tr("&Verify the history"))
        self.close_button.setText(self.tr("Close"))
        self.tree.setHeaderLabels(
            [
                self.tr("Entry"),
                self.tr("When (UTC)"),
                self.tr("By"),
                self.tr("Machine"),
                self.tr("Action"),
                self.tr("About"),
                self.tr("Details"),
            ]
        )
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("every change"), "")
        with self.db.session() as s:
            for code in s.scalars(
                select(t.audit_entry.c.action).distinct().order_by(t.audit_entry.c.action)
            ):
                self.action.addItem(action_text(code), code)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)
        self.reload()
        if self.verification is not None:
            self._verified(self.verification)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, *_: object) -> None:
        action = self.action.currentData() or None
        with self.db.session() as s:
            found = audit.entries(s, action=action, limit=SHOWN, newest_first=True)
        self.tree.clear()
        for e in found:
            details = json.dumps(e.details, ensure_ascii=False, sort_keys=True)
            item = QTreeWidgetItem(
                [
                    f"#{e.id}",
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    e.actor,
                    e.machine,
                    action_text(e.action),
                    subject_text(e.entity, e.entity_uid),
                    details[:160],
                ]
            )
            item.setToolTip(4, e.action)
            item.setToolTip(5, f"{e.entity} {e.entity_uid}")
            item.setToolTip(6, details[:4000])
            self.tree.addTopLevelItem(item)

    def verify(self) -> workers.Task:
        db = self.db
        self.verify_button.setEnabled(False)
        self.task = workers.run_task(
            lambda progress: verify_all(db, progress),
            parent=self,
            title=self.tr("Verifying the audit history"),
            on_done=self._verified,
        )
        self.task.finished.connect(lambda: self.verify_button.setEnabled(True))
        return self.task

    def _verified(self, v: Verification) -> None:
        self.verification = v
        lines = []
        if v.chain.ok:
            lines.append(self.tr("The chain of {n} entries is intact.").format(n=v.chain.entries))
        else:
            lines.append(
                self.tr("The chain is BROKEN at entry #{id}: it was changed or removed.").format(
                    id=v.chain.broken_at
                )
            )
        if v.evidence.ok:
            lines.append(
                self.tr(
                    "Every merged figure matches what its observer signed ({p} packages, "
                    "{r} revisions, {f} photos)."
                ).format(p=v.evidence.packages, r=v.evidence.revisions, f=v.evidence.photos)
            )
        else:
            lines.append(
                self.tr("Merged data no longer matches the signed packages:")
                + "\n"
                + "\n".join(v.evidence.problems[:10])
            )
        ok = v.chain.ok and v.evidence.ok
        self.verdict.setStyleSheet(f"color: {'#1e7b34' if ok else '#b00020'}; font-weight: bold;")
        self.verdict.setText("\n".join(lines))
