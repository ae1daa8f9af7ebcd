"""Helpers shared by the entry tests: small real images and a double-entered station."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from observer_app.domain.inputs import ElectionIn, validated
from observer_app.entry.drafts import DraftState
from observer_app.entry.saving import save_entry
from observer_app.forms import load_form
from observer_app.storage.db import Database
from observer_app.storage.elections import ElectionContext, create_election, load_context
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


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        try:
            return ImageFont.truetype(f"{folder}/{name}", size)
        except OSError:
            continue
    return ImageFont.load_default()


def protocol_photo(ctx: ElectionContext, station: str, values: dict[str, int]) -> bytes:
    """A photo-like JPEG of a filled-in paper protocol (Russian labels, figures in ink)."""
    w, h = 1240, 1700
    img = Image.new("RGB", (w, h), (238, 234, 222))
    draw = ImageDraw.Draw(img)
    draw.rectangle((60, 50, w - 60, h - 50), fill=(250, 248, 240), outline=(200, 196, 186))
    draw.text((w // 2, 120), "ПРОТОКОЛ", font=_font(44, True), fill=(25, 25, 30), anchor="mm")
    draw.text(
        (w // 2, 175),
        f"участковой избирательной комиссии № {station}",
        font=_font(24),
        fill=(40, 40, 45),
        anchor="mm",
    )
    st = ctx.stations[station]
    contest = ctx.contest_of(st)
    y = 250
    ink = (25, 45, 140)
    rows: list[tuple[str, str, str]] = [
        (line.number, line.label.get("ru"), line.key) for line in ctx.form.lines
    ]
    rows += [(str(c.ballot_number), c.name, c.key) for c in contest.candidates]
    if ctx.form.against_all:
        a = ctx.form.against_all
        rows.append((a.number, a.label.get("ru"), a.key))
    for number, label, key in rows:
        draw.text((100, y), number, font=_font(24, True), fill=(30, 30, 30))
        words, line, lines = label.split(), "", []
        for word in words:
            if len(line) + len(word) > 48:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        for i, text in enumerate(lines):
            draw.text((160, y + i * 30), text, font=_font(22), fill=(30, 30, 30))
        draw.rectangle((900, y - 6, 1120, y + 40), outline=(90, 90, 90), width=2)
        if key in values:
            draw.text((1100, y + 17), str(values[key]), font=_font(34), fill=ink, anchor="rm")
        y += max(60, 30 * len(lines) + 28)
    draw.text(
        (100, h - 160), "Председатель комиссии ____________", font=_font(22), fill=(30, 30, 30)
    )
    draw.text((100, h - 110), "Секретарь комиссии ____________", font=_font(22), fill=(30, 30, 30))
    img = img.rotate(1.2, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(70, 70, 70))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def one_contest_election(
    db: Database,
    code: str,
    contest: str,
    candidates: list[str],
    stations: list[dict[str, object]],
) -> ElectionContext:
    """A kz-akim-2023 election with one contest (candidates in ballot order) and these stations."""
    data = {
        "code": code,
        "name": contest,
        "country": "KZ",
        "held_on": "2023-11-05",
        "form": "kz-akim-2023",
        "synthetic": True,
        "contests": [
            {
                "code": "C",
                "name": contest,
                "candidates": [
                    {"ballot_number": i, "name": name} for i, name in enumerate(candidates, 1)
                ],
            }
        ],
        "stations": [{"contest": "C", **st} for st in stations],
    }
    create_election(db, validated(ElectionIn, data, code), load_form("kz-akim-2023"))
    return load_context(db, code)


def cyrillic_election(db: Database) -> ElectionContext:
    """A one-contest election whose names are all in Kazakh and Russian."""
    station = {
        "code": "УИК-412",
        "name": "Мектеп-гимназия № 12",
        "address": "Абай даңғылы, 15",
        "registered_voters": 1000,
    }
    candidates = ["Әсел Нұрланқызы Жұмабаева", "Ғалым Серікұлы Оспанов"]
    return one_contest_election(db, "kz-cyr", "Алатау ауданы", candidates, [station])
