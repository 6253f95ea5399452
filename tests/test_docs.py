"""Every warning code the core can give and every setting is explained to editors."""

from __future__ import annotations

import ast
from dataclasses import fields

from conftest import ROOT
from newsarchive.model import Settings

EDITING = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")


def problem_codes() -> set[str]:
    """The code (third argument) of every ``Problem(...)`` written in the core."""
    codes = set()
    for module in (ROOT / "hooks" / "newsarchive").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem" and len(node.args) >= 3:
                if isinstance(node.args[2], ast.Constant):
                    codes.add(node.args[2].value)
    return codes


def test_every_warning_code_is_documented() -> None:
    codes = problem_codes()
    assert len(codes) > 25
    # The table shortens annotations-unknown-paragraph and its kin to `-paragraph`.
    shorthand = {
        code
        for code in codes
        if code.startswith("annotations-unknown-") and f"`-{code.removeprefix('annotations-unknown-')}`" in EDITING
    }
    undocumented = sorted(code for code in codes - shorthand if f"`{code}`" not in EDITING)
    assert undocumented == []


def test_every_setting_is_documented() -> None:
    assert [f.name for f in fields(Settings) if f"`{f.name}`" not in EDITING] == []
