"""The lexicon, the word shapes and the cues: the pieces the index rules are built from."""

from __future__ import annotations

import pytest

from newsarchive.cues import Cue, CueWindow, read_cues
from newsarchive.lexicon import is_never_a_name
from newsarchive.names import WordClass, person_shaped, word_class
from newsarchive.organisations import canonical_organisation, organisation_kind


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("AP", "Associated Press"),
        ("The Associated Press", "Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Agence France Presse", "Agence France-Presse"),
        ("BBC News", "BBC"),
        ("ISIL", "Islamic State"),
        ("IS", "Islamic State"),
        ("Islamic State of Iraq and Syria", "Islamic State"),
        ("U.N.", "United Nations"),
        ("is", None),  # a short form must be written in capitals
        ("Ap", None),
        ("Lisbon Herald", None),
    ],
)
def test_canonical_organisation(name: str, canonical: str | None) -> None:
    assert canonical_organisation(name) == canonical


def test_organisation_kind() -> None:
    assert (organisation_kind("AFP"), organisation_kind("ISIS"), organisation_kind("UN")) == (
        "media",
        "armed_group",
        "organization",
    )


@pytest.mark.parametrize(
    ("words", "never"),
    [
        (["Mr"], True),
        (["Saturday's"], True),
        (["SEPTEMBER"], True),
        (["Two"], True),
        (["Read", "More"], True),
        (["Prime", "Minister"], True),
        (["Mr", "Okafor"], False),
        (["Lisbon"], False),
    ],
)
def test_words_that_are_never_a_name(words: list[str], never: bool) -> None:
    assert is_never_a_name(words) is never


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Michael", WordClass.PROPER), ("Church", WordClass.COMMON), ("Okonkwo", WordClass.RARE)],
)
def test_word_class(word: str, expected: WordClass) -> None:
    assert word_class(word) is expected


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Odalys Verhoeven", True),
        ("Anna de Vries", True),
        ("Lam Wai-kit", True),
        ("K.C. Okafor", True),
        ("Results Table", False),
        ("Launch Window", False),
        ("Civic Party", False),
        ("South Tarvia", False),
        ("President Okafor", False),
        ("NASA Administrator", False),
    ],
)
def test_person_shaped(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped


@pytest.mark.parametrize(
    ("before", "surface", "after", "cue"),
    [
        ("The prize went to ", "Odalys Verhoeven", " at a ceremony", None),
        ("", "Quennell", " said the rates would stay.", Cue.SPEAKER),
        ("Residents of ", "Danek", " said the shelling stopped.", None),
        ("according to ", "Corvatek", ", sales rose.", Cue.SPEAKER),
        ("Shops in ", "Danek", " reopened.", Cue.PLACE_PREPOSITION),
        ("fighting spread to the town of ", "Baghuz", ", Syria.", Cue.PLACE_OF),
        ("The attack on ", "Gweiran", " prison began.", Cue.PLACE_NOUN_AFTER),
        ("", "Harlan", " militants attacked.", Cue.ARMED),
        ("", "Norway", " defeated Chile.", Cue.CONTEST),
        ("Japan ", "Chile", " 3 – 0.", Cue.CONTEST),
        ("", "Tarvia", " condemned the drills.", Cue.GOVERNMENT),
        ("", "Ledger", " reported the blast.", Cue.MEDIA),
        ("Mr ", "Okafor", " left.", Cue.HONORIFIC),
    ],
)
def test_cue(before: str, surface: str, after: str, cue: Cue | None) -> None:
    cues, _ = read_cues(CueWindow(surface, before, after))
    assert (cue in cues) if cue else not cues & {Cue.SPEAKER, Cue.PLACE_PREPOSITION}


def test_an_apposition_gives_a_role() -> None:
    cues, role = read_cues(CueWindow("Amira Haddad", "said ", ", a local council member, in a statement."))
    assert Cue.APPOSITION in cues and role == "local council member"
