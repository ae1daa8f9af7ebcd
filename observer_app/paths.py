"""Where the app keeps its files, and where its bundled data lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from observer_app import APP_ID

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent


def user_data_dir() -> Path:
    """The per-user data directory (overridable with OBSERVER_APP_DATA_DIR, used by tests)."""
    override = os.environ.get("OBSERVER_APP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "observer.sqlite3"


def _bundled(name: str) -> Path:
    """A top-level data folder: inside the wheel as ``_name``, in a checkout beside the package."""
    packaged = _PKG / f"_{name}"
    return packaged if packaged.is_dir() else _REPO / name


def schemas_dir() -> Path:
    return _bundled("schemas")


def resources_dir() -> Path:
    return _bundled("resources")


def data_dir() -> Path:
    """Built-in protocol forms and import mappings shipped inside the package."""
    return _PKG / "data"
