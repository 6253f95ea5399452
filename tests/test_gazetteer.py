"""The gazetteer: a compact prebuilt file, rebuilt from pinned packages, looked up by folded keys."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest

from conftest import ROOT
from newsarchive.gazetteer import DATA_FILE, FORMAT_VERSION, load_gazetteer, place_key

MAX_FILE_BYTES = 4_000_000
"""The file ships in the repository and is read at every build: a few megabytes at most."""


def test_the_data_file_is_small_and_says_how_it_was_built() -> None:
    assert DATA_FILE.stat().st_size < MAX_FILE_BYTES
    first_line = gzip.decompress(DATA_FILE.read_bytes()).split(b"\n", 1)[0].decode()
    assert first_line.startswith(f"# newsarchive gazetteer {FORMAT_VERSION} ")


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        # transliterations and other names of one city
        ("Raqqa", "city", "SY"),
        ("Rakka", "city", "SY"),
        ("Ar-Raqqah", "city", "SY"),
        ("Kobani", "city", "SY"),
        ("Ayn al-Arab", "city", "SY"),
        # countries under their everyday names, with their direction words
        ("South Korea", "country", "KR"),
        ("North Korea", "country", "KP"),
        ("East Timor", "country", "TL"),
        ("South Sudan", "country", "SS"),
        ("United States of America", "country", "US"),
        ("U.S.", "country", "US"),
        # regions: US states, UK nations, states and provinces
        ("Texas", "region", "US"),
        ("Northern Ireland", "region", "GB"),
        ("Scotland", "region", "GB"),
        ("Queensland", "region", "AU"),
        # continents and world regions
        ("North America", "continent", ""),
        ("Southeast Asia", "region", ""),
    ],
)
def test_lookup(name: str, kind: str, country: str) -> None:
    place = load_gazetteer().lookup(name)
    assert place is not None and (place.kind, place.country_code) == (kind, country), place


def test_a_big_city_keeps_its_other_name_from_a_village_whose_own_name_it_is() -> None:
    rome = load_gazetteer().lookup("Roma")
    assert rome is not None and rome.country_code == "IT" and rome.by_alternate_name


def test_a_town_keeps_its_own_name_from_an_old_name_of_a_bigger_city() -> None:
    salisbury = load_gazetteer().lookup("Salisbury")
    assert salisbury is not None and salisbury.country_code == "GB" and not salisbury.by_alternate_name


def test_a_direction_word_alone_is_no_place() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Northern") is None and gazetteer.lookup("Central") is None


@pytest.mark.parametrize(
    ("word", "country"), [("Syrian", "SY"), ("Lebanese", "LB"), ("Iraqis", "IQ"), ("Estonian", "EE"), ("Swiss", "CH")]
)
def test_demonym(word: str, country: str) -> None:
    place = load_gazetteer().demonym(word)
    assert place is not None and place.country_code == country


def test_place_key_meets_spelling_variants() -> None:
    assert place_key("Deir ez-Zor") == place_key("Deir ezZor")
    assert place_key("‘Ayn al ‘Arab") == place_key("Ayn al-Arab")


@pytest.mark.build
def test_the_build_script_rebuilds_the_shipped_file_byte_for_byte(tmp_path) -> None:
    out = tmp_path / "places.tsv.gz"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "build_gazetteer.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == DATA_FILE.read_bytes()
