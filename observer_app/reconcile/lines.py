"""Naming a figure of a protocol: the JSON name and the label a person reads."""

from __future__ import annotations

from observer_app.storage.context import ContestInfo, ElectionContext


def line_name(ctx: ElectionContext, contest: ContestInfo, key: str) -> str:
    """The form's line key, or the candidate's name exactly as in the election."""
    return _candidate_names(contest).get(key, key)


def line_label(ctx: ElectionContext, contest: ContestInfo, key: str, lang: str) -> str:
    """ "7. Number of ballots in portable boxes" or the candidate's name, for people."""
    name = _candidate_names(contest).get(key)
    if name is not None:
        return name
    line = ctx.form.lines_by_key.get(key)
    if line is None:
        return key
    label = line.label.get(lang)
    return f"{line.number}. {label}" if line.number else label


def short_label(ctx: ElectionContext, contest: ContestInfo, key: str, lang: str) -> str:
    """A column header: "7 in portable boxes" or the candidate's name."""
    name = _candidate_names(contest).get(key)
    if name is not None:
        return name
    line = ctx.form.lines_by_key.get(key)
    if line is None:
        return key
    text = line.short_label(lang)
    return f"{line.number} {text}" if line.number else text


_NAMES: dict[int, tuple[ContestInfo, dict[str, str]]] = {}  # id -> the contest, its names


def _candidate_names(contest: ContestInfo) -> dict[str, str]:
    """By the contest object itself, held while cached (so its id is not reused): hashing a
    contest hashes every candidate, and a national reconciliation names a line 100,000 times."""
    found = _NAMES.get(id(contest))
    if found is None or found[0] is not contest:
        if len(_NAMES) >= 4096:
            _NAMES.clear()
        found = _NAMES[id(contest)] = (contest, {c.key: c.name for c in contest.candidates})
    return found[1]
