"""ruff (lint and format) and mypy on the core are part of the suite, so CI runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    if shutil.which(name, path=str(Path(sys.executable).parent)):
        return [str(Path(sys.executable).parent / name)]
    return [sys.executable, "-m", name]


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"


def test_ruff_lint() -> None:
    _run([*_tool("ruff"), "check", "observer_app", "tests", "bench"])


def test_ruff_format() -> None:
    _run([*_tool("ruff"), "format", "--check", "observer_app", "tests", "bench"])


@pytest.mark.timeout_sensitive
def test_mypy_core() -> None:
    _run([*_tool("mypy")])
