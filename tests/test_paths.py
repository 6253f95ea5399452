"""SitePaths: every folder of the site comes from the setting of its name."""

from __future__ import annotations

from dataclasses import fields, replace

from newsarchive.model import Settings
from newsarchive.paths import SitePaths


def test_every_folder_follows_its_setting() -> None:
    folders = [f.name for f in fields(SitePaths) if f.name.endswith("_dir")]
    renamed = replace(Settings(), **{name: f"renamed-{name}" for name in folders})
    paths = SitePaths.of(renamed, directory_urls=True)
    assert folders and all(getattr(paths, name) == f"renamed-{name}" for name in folders)
    assert paths.directory_urls


def test_the_defaults_agree_with_the_settings_defaults() -> None:
    assert SitePaths.of(Settings()) == SitePaths()
