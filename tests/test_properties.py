"""Property tests of the built-in protocol forms and their checks (hypothesis).

For each built-in form, tallies are built consistent *by construction* from
random counts: such a tally passes every relation, errors and warnings alike;
changing any single count that takes part in an equality relation breaks at
least one error relation; a blank figure is never an arithmetic error; and the
figure matrix that ``check`` runs over whole elections picks exactly the tallies
the explained check finds something wrong with.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observer_app.forms import ProtocolForm, builtin_form_ids, candidate_key, check, load_form
from observer_app.forms.expr import CANDIDATES
from observer_app.forms.matrix import Figures

Tally = tuple[dict[str, int], tuple[str, ...]]  # figures, candidate keys
PROPERTY = settings(deadline=None, max_examples=150, database=None)
COUNT = st.integers(0, 5000)


def _candidates(draw: st.DrawFn) -> tuple[dict[str, int], tuple[str, ...]]:
    n = draw(st.integers(1, 8))
    keys = tuple(candidate_key(i) for i in range(1, n + 1))
    return {k: draw(COUNT) for k in keys}, keys


@st.composite
def kz_akim_2023(draw: st.DrawFn) -> Tally:
    """B = N + candidates + A; B <= I (some voters took their ballot away); I <= V; R = I + C."""
    votes, keys = _candidates(draw)
    invalid, against = draw(COUNT), draw(COUNT)
    boxes = invalid + sum(votes.values()) + against
    issued = boxes + draw(st.integers(0, 50))
    cancelled = draw(COUNT)
    values = {
        "V": issued + draw(COUNT),
        "R": issued + cancelled,
        "I": issued,
        "I_out": draw(st.integers(0, issued)),
        "C": cancelled,
        "B": boxes,
        "N": invalid,
        **votes,
        "A": against,
    }
    return values, keys


@st.composite
def ru_uik_2018(draw: st.DrawFn) -> Tally:
    """Lines 1-12 of the Russian precinct protocol satisfying every control ratio."""
    votes, keys = _candidates(draw)
    invalid = draw(COUNT)
    valid = sum(votes.values())
    in_boxes = invalid + valid  # L7 + L8 = L9 + L10
    portable = draw(st.integers(0, in_boxes))
    outside = portable + draw(st.integers(0, 100))  # L7 <= L5 (so L7 <= L3 + L5 too)
    early = draw(st.integers(0, 1000))
    in_station = max(0, in_boxes - early - outside) + draw(st.integers(0, 500))
    issued = early + in_station + outside  # L7 + L8 <= L3 + L4 + L5
    cancelled, lost = draw(COUNT), draw(st.integers(0, 20))
    unaccounted = draw(st.integers(0, min(20, issued + cancelled + lost)))
    values = {
        "L1": issued + draw(COUNT),
        "L2": issued + cancelled + lost - unaccounted,
        "L3": early,
        "L4": in_station,
        "L5": outside,
        "L6": cancelled,
        "L7": portable,
        "L8": in_boxes - portable,
        "L9": invalid,
        "L10": valid,
        "L11": lost,
        "L12": unaccounted,
        **votes,
    }
    return values, keys


CONSISTENT: dict[str, Callable[[], st.SearchStrategy[Tally]]] = {
    "kz-akim-2023": kz_akim_2023,
    "ru-uik-2018": ru_uik_2018,
}
FORMS = sorted(CONSISTENT)
LOADED = {form_id: load_form(form_id) for form_id in FORMS}  # loading validates: do it once


def equality_keys(form: ProtocolForm, candidate_keys: tuple[str, ...]) -> list[str]:
    """Every figure that takes part in an equality relation (candidates for sum(candidates))."""
    keys: dict[str, None] = {}
    for _, comp in form.compiled:
        if comp.op != "==":
            continue
        for term in (*comp.lhs, *comp.rhs):
            if term.key == CANDIDATES:
                keys.update(dict.fromkeys(candidate_keys))
            elif term.key:
                keys[term.key] = None
    return list(keys)


def flagged(
    form: ProtocolForm, candidate_keys: tuple[str, ...], tallies: list[dict[str, int]]
) -> list[int]:
    """The rows the figure matrix of ``check`` (observer_app.checking) picks to explain."""
    lines = [line.key for line in form.lines]
    tail = [form.against_all.key] if form.against_all else []
    matrix = Figures([*lines, *candidate_keys, *tail], tallies)
    return matrix.failing_rows(form, candidate_keys)


def test_every_built_in_form_has_a_consistent_tally_strategy() -> None:
    assert set(builtin_form_ids()) >= set(FORMS)
    assert {"kz-akim-2023", "ru-uik-2018"} <= set(FORMS)


def test_equality_keys_are_the_expected_lines() -> None:
    kz, ru = LOADED["kz-akim-2023"], LOADED["ru-uik-2018"]
    assert set(equality_keys(kz, ("#1", "#2"))) == {"R", "I", "C", "B", "N", "A", "#1", "#2"}
    lines = {f"L{i}" for i in range(2, 13)}
    assert set(equality_keys(ru, ("#1",))) == lines | {"#1"}


@pytest.mark.parametrize("form_id", FORMS)
@PROPERTY
@given(data=st.data())
def test_a_tally_built_to_satisfy_the_form_passes(form_id: str, data: st.DataObject) -> None:
    form = LOADED[form_id]
    values, keys = data.draw(CONSISTENT[form_id]())
    assert check(form, values, keys) == []
    assert flagged(form, keys, [values]) == []


@pytest.mark.parametrize("form_id", FORMS)
@PROPERTY
@given(data=st.data())
def test_changing_a_count_of_an_equality_breaks_an_error_relation(
    form_id: str, data: st.DataObject
) -> None:
    form = LOADED[form_id]
    values, keys = data.draw(CONSISTENT[form_id]())
    key = data.draw(st.sampled_from(equality_keys(form, keys)), label="changed figure")
    delta = data.draw(st.integers(1, 1000), label="by how much")
    changed = dict(values)
    changed[key] = values[key] - delta if values[key] >= delta else values[key] + delta
    errors = [v for v in check(form, changed, keys) if v.is_error]
    assert errors, f"{key}: {values[key]} -> {changed[key]} broke no error relation"
    assert all(key in v.keys or CANDIDATES in v.keys for v in errors)
    assert flagged(form, keys, [values, changed]) == [1]


@pytest.mark.parametrize("form_id", FORMS)
@PROPERTY
@given(data=st.data())
def test_a_blank_figure_is_not_an_arithmetic_error(form_id: str, data: st.DataObject) -> None:
    form = LOADED[form_id]
    values, keys = data.draw(CONSISTENT[form_id]())
    blank = data.draw(st.sampled_from(sorted(values)), label="left blank")
    partial = {k: v for k, v in values.items() if k != blank}
    assert check(form, partial, keys) == []
    assert check(form, {**partial, blank: None}, keys) == []


@pytest.mark.parametrize("form_id", FORMS)
@PROPERTY
@given(data=st.data())
def test_the_figure_matrix_agrees_with_the_explained_check(
    form_id: str, data: st.DataObject
) -> None:
    """On arbitrary (mostly inconsistent, sometimes incomplete) tallies, several at once."""
    form = LOADED[form_id]
    n = data.draw(st.integers(1, 5))
    keys = tuple(candidate_key(i) for i in range(1, n + 1))
    figures = st.dictionaries(
        st.sampled_from([*form.line_keys, *keys]), st.integers(0, 300), max_size=30
    )
    tallies = data.draw(st.lists(figures, min_size=1, max_size=6))
    slow = [i for i, values in enumerate(tallies) if check(form, values, keys)]
    assert flagged(form, keys, tallies) == slow
