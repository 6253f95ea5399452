"""Every warning code the core can give and every setting is explained to editors."""

from __future__ import annotations

import ast
from dataclasses import fields

from conftest import ROOT
from newsarchive.model import Settings

EDITING = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")


def problem_codes() -> set[str]:
    """The code of every ``Problem(...)`` written in the core (its third argument), and of every
    reader's note (``uncertain(...)``, its last argument)."""
    codes = set()
    for module in (ROOT / "hooks" / "newsarchive").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None)
            if name == "Problem" and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                codes.add(node.args[2].value)
            if name == "uncertain" and node.args and isinstance(node.args[-1], ast.Constant):
                codes.add(node.args[-1].value)
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


def test_the_readers_page_explains_every_way_in() -> None:
    about = (ROOT / "docs" / "about.md").read_text(encoding="utf-8")
    for link in (
        "places/index.md",
        "actors/index.md",
        "credits/index.md",
        "cross-references/index.md",
        "contested/index.md",
        "timeline/index.md",
        "map/index.md",
        "outlets/index.md",
    ):
        assert f"]({link})" in about, link
