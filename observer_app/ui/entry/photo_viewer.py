"""The photo beside the form: zoom, pan and rotate so figures can be read while typing.

Photos are decoded off the GUI thread (a 12-megapixel JPEG takes a moment);
the view shows one photo at a time, chosen in the strip of thumbnails below.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.entry.photos import PhotoInfo, photo_data
from observer_app.progress import Progress
from observer_app.storage.db import Database
from observer_app.ui.workers import Task, run_task

ZOOM_STEP = 1.25
THUMB = QSize(96, 72)


class PhotoView(QGraphicsView):
    """One photo, scaled and rotated; drag to pan, wheel to zoom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the form
        self.zoom = 1.0
        self.rotation = 0
        self._fitted = True

    @property
    def has_image(self) -> bool:
        return not self._item.pixmap().isNull()

    def set_image(self, image: QImage | None) -> None:
        self._item.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        self.scene().setSceneRect(self._item.boundingRect())
        self.rotation = 0
        self.fit()

    def _apply(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        self.scale(self.zoom, self.zoom)

    def fit(self) -> None:
        """Whole photo in view (the zoom that does it becomes the current zoom)."""
        self._fitted = True
        if not self.has_image:
            self.zoom = 1.0
            self._apply()
            return
        self.resetTransform()
        self.rotate(self.rotation)
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        m = self.transform()
        self.zoom = math.hypot(m.m11(), m.m12())

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        self.zoom = max(0.02, min(16.0, self.zoom * factor))
        self._apply()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fitted = False
        self.zoom = 1.0
        self._apply()

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        if self._fitted:
            self.fit()
        else:
            self._apply()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.has_image:
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit()


@dataclass
class _Loaded:
    sha256: str
    image: QImage


def _decode(db: Database, sha: str) -> Callable[[Progress], _Loaded]:
    def work(progress: Progress) -> _Loaded:
        progress.check()
        image = QImage.fromData(photo_data(db, sha))
        return _Loaded(sha, image)

    return work


def _thumbs(db: Database, shas: Sequence[str]) -> Callable[[Progress], list[_Loaded]]:
    def work(progress: Progress) -> list[_Loaded]:
        out = []
        for i, sha in enumerate(shas):
            progress.update(i, len(shas))
            image = QImage.fromData(photo_data(db, sha))
            out.append(_Loaded(sha, image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
        return out

    return work


class PhotoPanel(QWidget):
    """Viewer, its tools, and the thumbnails of every photo of the entry.

    ``files_dropped`` carries the local files dropped on the panel; the owner
    decides what to do with them (the entry form stores them).
    """

    files_dropped = Signal(list)
    attach_requested = Signal()
    photo_shown = Signal(str)  # sha256 of the photo now in the view

    def __init__(self, db: Database, *, can_attach: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.db = db
        self.photos: list[PhotoInfo] = []
        self.current = ""
        self.tasks: list[Task] = []
        self.setAcceptDrops(can_attach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, slot in (
            ("zoom_out", lambda: self.view.zoom_out()),
            ("zoom_in", lambda: self.view.zoom_in()),
            ("fit", lambda: self.view.fit()),
            ("rotate_left", lambda: self.view.rotate_by(-90)),
            ("rotate_right", lambda: self.view.rotate_by(90)),
        ):
            button = QToolButton()
            button.setObjectName(f"photo_{name}")
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            tools.addWidget(button)
            self.buttons[name] = button
        tools.addStretch(1)
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attachPhotos")
        self.attach_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.attach_button.clicked.connect(self.attach_requested)
        self.attach_button.setVisible(can_attach)
        tools.addWidget(self.attach_button)
        layout.addLayout(tools)
        self.view = PhotoView()
        self.view.setMinimumSize(320, 300)
        layout.addWidget(self.view, 1)
        self.empty = QLabel()
        self.empty.setObjectName("photoEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setMinimumHeight(300)
        layout.addWidget(self.empty, 1)
        self.strip = QListWidget()
        self.strip.setObjectName("photoStrip")
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(THUMB)
        self.strip.setFixedHeight(THUMB.height() + 34)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip.currentItemChanged.connect(self._picked)
        layout.addWidget(self.strip)
        self.retranslate()
        self._show_empty()

    def retranslate(self) -> None:
        tips = {
            "zoom_out": ("−", self.tr("Zoom out (wheel down)")),
            "zoom_in": ("+", self.tr("Zoom in (wheel up)")),
            "fit": (self.tr("Fit"), self.tr("Show the whole photo")),
            "rotate_left": ("⟲", self.tr("Rotate left")),
            "rotate_right": ("⟳", self.tr("Rotate right")),
        }
        for name, (text, tip) in tips.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.attach_button.setText(self.tr("Attach &photos…"))
        self.attach_button.setToolTip(
            self.tr("Add JPEG or PNG photos of the protocol; you can also drop files here")
        )
        if self.acceptDrops():
            self.empty.setText(
                self.tr(
                    "No photo yet.\nAttach a photo of the protocol (JPEG or PNG) "
                    "or drop the files here, then type the figures while looking at it."
                )
            )
        else:
            self.empty.setText(self.tr("No photo of this protocol."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_empty(self) -> None:
        has = bool(self.photos)
        self.view.setVisible(has)
        self.empty.setVisible(not has)
        self.strip.setVisible(len(self.photos) > 1)
        for button in self.buttons.values():
            button.setEnabled(has)

    def set_photos(self, photos: Sequence[PhotoInfo], show: str = "") -> None:
        """Show these photos; ``show`` picks the one to display (default: the first)."""
        known = {p.sha256 for p in self.photos}
        self.photos = list(photos)
        self.strip.blockSignals(True)
        self.strip.clear()
        for p in self.photos:
            item = QListWidgetItem(p.file_name or p.sha256[:8])
            item.setData(Qt.ItemDataRole.UserRole, p.sha256)
            item.setToolTip(f"{p.file_name}\nSHA-256 {p.sha256}")
            self.strip.addItem(item)
        self.strip.blockSignals(False)
        self._show_empty()
        if not self.photos:
            self.current = ""
            self.view.set_image(None)
            return
        new = [p.sha256 for p in self.photos if p.sha256 not in known]
        target = show or (self.current if self.current in {p.sha256 for p in photos} else "")
        target = target or (new[-1] if new and known else self.photos[0].sha256)
        self.show_photo(target)
        self.tasks.append(
            run_task(_thumbs(self.db, [p.sha256 for p in self.photos]), parent=self,
                     dialog=False, on_done=self._set_thumbs, on_error=lambda _e: None)
        )  # fmt: skip

    def _set_thumbs(self, loaded: list[_Loaded]) -> None:
        icons = {x.sha256: QIcon(QPixmap.fromImage(x.image)) for x in loaded}
        for i in range(self.strip.count()):
            item = self.strip.item(i)
            sha = str(item.data(Qt.ItemDataRole.UserRole))
            if sha in icons:
                item.setIcon(icons[sha])

    def _picked(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_photo(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_photo(self, sha: str) -> None:
        self.current = sha
        for i in range(self.strip.count()):
            item = self.strip.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sha and self.strip.currentItem() is not item:
                self.strip.blockSignals(True)
                self.strip.setCurrentItem(item)
                self.strip.blockSignals(False)
        self.tasks.append(
            run_task(_decode(self.db, sha), parent=self, dialog=False, on_done=self._decoded)
        )

    def _decoded(self, loaded: _Loaded) -> None:
        if loaded.sha256 == self.current:
            self.view.set_image(loaded.image)
            self.photo_shown.emit(loaded.sha256)

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
