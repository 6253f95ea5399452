"""``archive.json`` built in memory (no MkDocs), against the schema committed beside the tests."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import TESTS
from newsarchive.archive import build_archive
from newsarchive.export import archive_json
from newsarchive.model import SeedFile
from newsarchive.paths import SitePaths

SCHEMA = json.loads((TESTS / "archive.schema.json").read_text(encoding="utf-8"))
TIMED = b"Floods hit Morvan\n\nPublished 9:46 PM CDT Sep 26, 2031\n\nThe river burst its banks at Morvan.\n"
UNTIMED = b"Council votes on the budget\n\nMarch 4, 2031\n\nThe council voted on the budget on Monday.\n"


def test_each_article_gives_its_time_as_written_on_the_24_hour_clock_and_its_zone() -> None:
    data = archive_json(build_archive([SeedFile("a.txt", TIMED), SeedFile("b.txt", UNTIMED)]), SitePaths())
    jsonschema.validate(data, SCHEMA)
    times = {a["source_file"]: (a["date"], a["time"], a["time_raw"], a["time_zone"]) for a in data["articles"]}
    assert times == {
        "a.txt": ("2031-09-26", "21:46", "9:46 PM CDT", "CDT"),
        "b.txt": ("2031-03-04", None, None, None),
    }


def test_the_schema_refuses_a_time_off_the_24_hour_clock() -> None:
    data = archive_json(build_archive([SeedFile("a.txt", TIMED)]), SitePaths())
    data["articles"][0]["time"] = "9:46 PM"
    with pytest.raises(jsonschema.ValidationError) as refused:
        jsonschema.validate(data, SCHEMA)
    assert list(refused.value.absolute_path) == ["articles", 0, "time"]
