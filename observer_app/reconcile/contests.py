"""Contest-level judgements: published totals against sums, and the outcome impact."""

from __future__ import annotations

from observer_app.reconcile.findings import ContestSummary, ContestTotalFinding, OutcomeImpact
from observer_app.reconcile.lines import line_name
from observer_app.storage.context import ContestInfo, ElectionContext


def judge_contest(
    ctx: ElectionContext,
    contest: ContestInfo,
    summ: ContestSummary,
    totals: tuple[int, dict[str, int]] | None,
    observed_counts: dict[str, int],
    official_counts: dict[str, int],
) -> tuple[list[ContestTotalFinding], OutcomeImpact | None]:
    findings: list[ContestTotalFinding] = []
    if totals is not None:
        snap, figures = totals
        summ.totals_snapshot_id, summ.totals = snap, figures
        order = [k for k in ctx.all_keys(contest) if k in figures]
        order += [k for k in figures if k not in order]
        for key in order:
            findings += _check_line(
                ctx, contest, summ, snap, key, figures[key], observed_counts, official_counts
            )
    impact = _outcome(contest, summ)
    return findings, impact


def _check_line(
    ctx: ElectionContext,
    contest: ContestInfo,
    summ: ContestSummary,
    snap: int,
    key: str,
    total: int,
    observed_counts: dict[str, int],
    official_counts: dict[str, int],
) -> list[ContestTotalFinding]:
    out: list[ContestTotalFinding] = []
    name = line_name(ctx, contest, key)
    n_obs = observed_counts.get(key, 0)
    if n_obs:
        observed = summ.observed_sums.get(key, 0)
        if n_obs == summ.stations and observed != total:
            out.append(
                ContestTotalFinding(
                    contest.code,
                    key,
                    name,
                    "observed_sum_differs",
                    total,
                    observed,
                    n_obs,
                    summ.stations,
                    snap,
                )
            )
        elif n_obs < summ.stations and total < observed:
            out.append(
                ContestTotalFinding(
                    contest.code,
                    key,
                    name,
                    "total_below_observed_sum",
                    total,
                    observed,
                    n_obs,
                    summ.stations,
                    snap,
                )
            )
    n_off = official_counts.get(key, 0)
    if n_off:
        official = summ.official_sums.get(key, 0)
        if n_off == summ.stations and official != total:
            out.append(
                ContestTotalFinding(
                    contest.code,
                    key,
                    name,
                    "official_sum_differs",
                    total,
                    official,
                    n_off,
                    summ.stations,
                    snap,
                )
            )
        elif n_off < summ.stations and total < official:
            out.append(
                ContestTotalFinding(
                    contest.code,
                    key,
                    name,
                    "total_below_official_sum",
                    total,
                    official,
                    n_off,
                    summ.stations,
                    snap,
                )
            )
    return out


def _outcome(contest: ContestInfo, summ: ContestSummary) -> OutcomeImpact | None:
    """Would correcting the official figures by the observed discrepancies change the winner?

    The official votes come from the published totals when there are any, else
    from the sum of the official station figures. Correcting a candidate's votes
    means taking off the net shift (official − observer) found at the stations.
    """
    keys = contest.candidate_keys
    if summ.totals is not None and all(k in summ.totals for k in keys):
        votes, summ.basis = {k: summ.totals[k] for k in keys}, "totals"
    elif summ.official and all(k in summ.official_sums for k in keys):
        votes, summ.basis = {k: summ.official_sums[k] for k in keys}, "stations"
    else:
        return None
    summ.official_votes = votes
    for k in keys:
        summ.net_shift.setdefault(k, 0)
    if len(keys) < 2:
        return None
    order = {k: i for i, k in enumerate(keys)}
    ranked = sorted(keys, key=lambda k: (-votes[k], order[k]))
    summ.winner, summ.runner_up = ranked[0], ranked[1]
    summ.margin = votes[ranked[0]] - votes[ranked[1]]
    corrected = {k: votes[k] - summ.net_shift[k] for k in keys}
    best_other = max(corrected[k] for k in keys if k != summ.winner)
    summ.corrected_margin = corrected[summ.winner] - best_other
    summ.corrected_winner = sorted(keys, key=lambda k: (-corrected[k], order[k]))[0]
    shifted = any(summ.net_shift.values())
    summ.could_change_winner = shifted and summ.corrected_margin <= 0
    return OutcomeImpact(contest.code, summ) if summ.could_change_winner else None
