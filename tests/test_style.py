"""The code style the project declares (ruff.toml) is the code style it has."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

FOLDERS = ["hooks", "tests", "benchmarks"]


def ruff(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *arguments, *FOLDERS], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_finds_nothing() -> None:
    result = ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted() -> None:
    result = ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout
