"""The archive's settings, read from ``extra: archive:`` in mkdocs.yml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace

from .model import Problem, Settings

CONFIG_FILE = "mkdocs.yml"
CHOICES = {"search_text": ("auto", "full", "lede")}


def settings_from(mapping: Mapping[str, object]) -> tuple[Settings, list[Problem]]:
    """Settings from a mapping; unknown keys and wrong types are problems, never silent."""
    settings, problems = Settings(), []
    known = {f.name: f for f in fields(Settings)}
    for key, value in mapping.items():
        if key not in known:
            problems.append(
                Problem(
                    CONFIG_FILE,
                    None,
                    "unknown-setting",
                    f"extra.archive.{key} is not a setting: ignored (known: {', '.join(sorted(known))})",
                )
            )
            continue
        default = getattr(settings, key)
        if not isinstance(value, type(default)):
            problems.append(
                Problem(
                    CONFIG_FILE,
                    None,
                    "bad-setting",
                    f"extra.archive.{key} must be {type(default).__name__}, not {value!r}: default kept",
                )
            )
            continue
        if key in CHOICES and value not in CHOICES[key]:
            problems.append(
                Problem(
                    CONFIG_FILE,
                    None,
                    "bad-setting",
                    f"extra.archive.{key} must be one of {', '.join(CHOICES[key])}, not {value!r}: default kept",
                )
            )
            continue
        settings = replace(settings, **{key: value})
    return settings, problems
