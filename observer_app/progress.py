"""Progress and cancellation for long core work, without Qt.

Core functions that can take more than a moment accept ``progress: Progress | None``.
They call :meth:`Progress.update` now and then; when the user has cancelled, it
raises :class:`~observer_app.errors.Cancelled`, so the caller's transaction
rolls back and nothing of the unfinished step is stored. The GUI wraps this in
a worker thread and connects the callback to a progress dialog.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from observer_app.errors import Cancelled

Callback = Callable[[int, int, str], None]  # done, total (0 = unknown), what is being done


class Progress:
    def __init__(
        self,
        callback: Callback | None = None,
        cancel_event: threading.Event | None = None,
        *,
        min_interval: float = 0.05,
    ) -> None:
        self._callback = callback
        self.cancel_event = cancel_event or threading.Event()
        self._min_interval = min_interval
        self._last = 0.0

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self.cancel_event.is_set():
            raise Cancelled("cancelled by the user; nothing of this step was stored")

    def update(self, done: int, total: int = 0, message: str = "", *, force: bool = False) -> None:
        self.check()
        if self._callback is None:
            return
        now = time.monotonic()
        if force or done >= total > 0 or now - self._last >= self._min_interval:
            self._last = now
            self._callback(done, total, message)


def report(progress: Progress | None, done: int, total: int = 0, message: str = "") -> None:
    """``progress.update`` when a progress object was given."""
    if progress is not None:
        progress.update(done, total, message)
