"""Protocol forms: loading, schema validation, expression compilation, checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observer_app.errors import InputError
from observer_app.forms import (
    ProtocolForm,
    builtin_form_ids,
    check,
    form_from_json,
    form_from_stored,
    load_form,
)
from observer_app.forms.expr import ExpressionError, parse
from observer_app.forms.matrix import Figures
from observer_app.schemas import errors as schema_errors

KZ_OK = {
    "V": 1000,
    "R": 900,
    "I": 640,
    "I_out": 20,
    "C": 260,
    "B": 640,
    "N": 10,
    "#1": 400,
    "#2": 200,
    "A": 30,
}
KZ_CANDS = ("#1", "#2")


def test_builtin_forms_validate_against_schema() -> None:
    assert {"kz-akim-2023", "ru-uik-2018"} <= set(builtin_form_ids())
    for form_id in builtin_form_ids():
        form = load_form(form_id)
        data = json.loads(form.to_json())
        assert schema_errors(data, "protocol-form") == []
        for rel in form.relations:  # every message in all three languages
            assert rel.message.en and rel.message.ru and rel.message.kk


def test_kz_form_lines_and_relations() -> None:
    form = load_form("kz-akim-2023")
    assert form.provisional
    assert form.line_keys == ("V", "R", "I", "I_out", "C", "B", "N", "A")
    sev = {r.id: r.severity for r in form.relations}
    assert sev == {
        "R=I+C": "error",
        "I<=V": "error",
        "B=N+cand+A": "error",
        "B<=I": "warning",
        "I_out<=I": "warning",
    }


def test_ru_form_relations() -> None:
    form = load_form("ru-uik-2018")
    assert form.line_keys == tuple(f"L{i}" for i in range(1, 13))
    assert [r.severity for r in form.relations].count("error") == 4
    assert [r.severity for r in form.relations].count("warning") == 3


def test_consistent_kz_protocol_passes() -> None:
    assert check(load_form("kz-akim-2023"), KZ_OK, KZ_CANDS) == []


def test_violation_reports_values_and_words() -> None:
    form = load_form("kz-akim-2023")
    bad = dict(KZ_OK, B=650)  # 650 != 10 + 600 + 30, and 650 > 640 issued
    found = {v.rule: v for v in check(form, bad, KZ_CANDS)}
    assert set(found) == {"B=N+cand+A", "B<=I"}
    v = found["B=N+cand+A"]
    assert v.is_error and v.lhs == 650 and v.rhs == 640
    assert v.values == {"B": 650, "N": 10, "sum(candidates)": 600, "A": 30}
    assert v.explain(form) == "ballots in boxes 650 ≠ invalid 10 + candidates 600 + against all 30"
    assert "650" in v.explain(form, "ru") and "≠" in v.explain(form, "kk")
    assert found["B<=I"].severity == "warning"
    assert found["B<=I"].explain(form) == "ballots in boxes 650 > ballots issued 640"


def test_blank_operand_skips_relation() -> None:
    form = load_form("kz-akim-2023")
    partial = dict(KZ_OK, B=None)
    rules = {v.rule for v in check(form, partial, KZ_CANDS)}
    assert "B=N+cand+A" not in rules and "B<=I" not in rules


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("V + ", "not a valid expression"),
        ("V", "exactly one comparison"),
        ("V < I < R", "exactly one comparison"),
        ("__import__('os') == 1", "only line keys"),
        ("X = V", "unknown line key"),
        ("V * I <= R", "integer constant"),
        ("V.real == 1", "only line keys"),
        ("sum(V) == 1", "only line keys"),
    ],
)
def test_expression_whitelist_refuses(text: str, fragment: str) -> None:
    with pytest.raises(ExpressionError, match=fragment):
        parse(text, frozenset({"V", "I", "R"}))


def test_expression_linear_forms() -> None:
    comp = parse("L2 = L3 + L4 - L12 + 2 * L6 - 1", frozenset({"L2", "L3", "L4", "L6", "L12"}))
    assert comp.op == "=="
    assert [(t.coef, t.key) for t in comp.rhs] == [
        (1, "L3"),
        (1, "L4"),
        (-1, "L12"),
        (2, "L6"),
        (-1, ""),
    ]
    assert comp.holds({"L2": 10, "L3": 5, "L4": 5, "L12": 1, "L6": 1})


def test_user_form_file_with_bad_expression_is_refused(tmp_path: Path) -> None:
    data = json.loads(load_form("kz-akim-2023").to_json())
    data["relations"][0]["expr"] = "R = I + Q"
    path = tmp_path / "my-form.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"my-form\.json.*unknown line key 'Q'"):
        load_form(str(path))


def test_user_form_file_schema_errors_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x", "lines": []}', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.json.*protocol-form schema"):
        load_form(str(path))
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a JSON file"):
        load_form(str(path))


def _tallies_and_matrix(
    form_id: str, cands: tuple[str, ...], data: st.DataObject
) -> tuple[ProtocolForm, list[dict[str, int]], Figures]:
    """Figures of up to eight tallies (at most two blanks each) and their matrix."""
    form = load_form(form_id)
    keys = [*form.line_keys, *cands]
    tallies = data.draw(
        st.lists(
            st.dictionaries(st.sampled_from(keys), st.integers(0, 50), min_size=len(keys) - 2),
            min_size=1,
            max_size=8,
        )
    )
    lines = [line.key for line in form.lines]
    tail = [form.against_all.key] if form.against_all else []
    return form, tallies, Figures([*lines, *cands, *tail], tallies)


@settings(max_examples=300, deadline=None)
@given(
    form_id=st.sampled_from(["kz-akim-2023", "ru-uik-2018"]),
    data=st.data(),
)
def test_figure_matrix_picks_exactly_the_tallies_check_explains(
    form_id: str, data: st.DataObject
) -> None:
    """The bulk path (the figure matrix of ``check``) flags a tally exactly when the
    explained check finds a violation, row for row, blanks included."""
    cands = ("#1", "#2", "#3")
    form, tallies, matrix = _tallies_and_matrix(form_id, cands, data)
    flagged = matrix.failing_rows(form, cands)
    assert flagged == [i for i, values in enumerate(tallies) if check(form, values, cands)]


@settings(max_examples=300, deadline=None)
@given(
    form_id=st.sampled_from(["kz-akim-2023", "ru-uik-2018"]),
    candidates=st.integers(0, 3),
    data=st.data(),
)
def test_figure_matrix_explains_rows_as_check_does(
    form_id: str, candidates: int, data: st.DataObject
) -> None:
    """The bulk explanation (reconciliation's arithmetic) is ``check``'s, violation for
    violation, for any rows in any order: blanks, a contest without candidates included."""
    cands = tuple(f"#{i}" for i in range(1, candidates + 1))
    form, tallies, matrix = _tallies_and_matrix(form_id, cands, data)
    rows = data.draw(st.lists(st.integers(0, len(tallies) - 1), max_size=10))
    assert matrix.violations(form, cands, rows) == [check(form, tallies[i], cands) for i in rows]


@pytest.mark.parametrize("form_id", builtin_form_ids())
def test_a_stored_form_reads_as_the_validated_one(form_id: str) -> None:
    """``form_from_stored`` (no validation: elections store validated forms) builds the very
    form that validating the stored text builds, down to labels, defaults and relations."""
    form = load_form(form_id)
    stored = form.to_json()
    trusted = form_from_stored(stored)
    assert trusted == form_from_json(stored) == form
    assert trusted.compiled == form.compiled
    assert trusted.to_json() == stored
    assert [trusted.term_label(k, "ru") for k in trusted.line_keys] == [
        form.term_label(k, "ru") for k in form.line_keys
    ]


def test_a_stored_form_whose_relation_does_not_compile_is_refused() -> None:
    data = json.loads(load_form("kz-akim-2023").to_json())
    data["relations"][0]["expr"] = "B = N + nonsense"
    with pytest.raises(InputError, match=r"stored form: .*nonsense"):
        form_from_stored(json.dumps(data))
