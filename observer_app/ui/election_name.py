"""An election's name as the windows show it (title bar, reconciliation summary)."""

from __future__ import annotations


def shown_name(name: str, synthetic: bool, marker: str) -> str:
    """``name``; for a synthetic (demo) election, ``marker`` (the translated
    "SYNTHETIC DEMO") in place of the English stamp stored with it, shown once."""
    if not synthetic:
        return name
    from observer_app.demo import unstamped  # the demo stack loads only for a demo election

    name = unstamped(name)
    return name if marker.casefold() in name.casefold() else f"{name} [{marker}]"
