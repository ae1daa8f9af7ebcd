"""Helpers shared by the entry tests: small real images and a double-entered station."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from observer_app.entry.drafts import DraftState
from observer_app.entry.saving import save_entry
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext
from tests.factories import kz_values


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (320, 240), text: str = "640") -> bytes:
    """A small real photo-like image with figures drawn on it."""
    img = Image.new("RGB", size, (245, 242, 230))
    draw = ImageDraw.Draw(img)
    for i in range(0, size[1], 24):
        draw.line((10, i, size[0] - 10, i), fill=(180, 180, 200))
    draw.text((20, 20), f"Protocol  B = {text}", fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


def enter_both(
    db: Database,
    ctx: ElectionContext,
    station: str = "C1-001",
    first: dict[str, int] | None = None,
    second: dict[str, int] | None = None,
    first_by: str = "aigerim",
    second_by: str = "bolat",
) -> None:
    """An observer entry and a blind second entry of one station."""
    save_entry(db, ctx, station, "observer", first_by, DraftState(first or kz_values()))
    save_entry(db, ctx, station, "second-entry", second_by, DraftState(second or kz_values()))
