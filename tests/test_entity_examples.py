"""Example tables: short texts written for these tests -> the index entries they must (or must not) make.

Each row is ``(text, expected)`` where ``expected`` maps a name to ``(type, kind)``; ``kind`` may
be ``None`` when any kind of that type will do. Rows are grouped by where the example came from
(a family of failures named in an issue, the seeds' wire style...), so that adding an entity rule
means adding rows here. Every text is invented; names are made up or very well known.
"""

from __future__ import annotations

import pytest

from newsarchive.archive import build_archive
from newsarchive.entitymodel import Entity
from newsarchive.model import SeedFile

PLACE, ACTOR = "place", "actor"


def index_of(*texts: str) -> list[Entity]:
    return list(build_archive([SeedFile(f"{n:03d}.txt", t.encode()) for n, t in enumerate(texts)]).entities)


def named(entities: list[Entity], name: str) -> list[Entity]:
    return [e for e in entities if name == e.name or name in e.aliases]


def check(texts: tuple[str, ...] | str, expected: dict[str, tuple[str, str | None]]) -> None:
    entities = index_of(*((texts,) if isinstance(texts, str) else texts))
    for name, (entity_type, kind) in expected.items():
        found = named(entities, name)
        assert found, (name, [e.name for e in entities])
        assert any(e.type.value == entity_type and (kind is None or e.kind == kind) for e in found), (
            name,
            [(e.name, e.type.value, e.kind) for e in found],
        )


def check_absent(texts: tuple[str, ...] | str, absent: list[str]) -> None:
    entities = index_of(*((texts,) if isinstance(texts, str) else texts))
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert not set(absent) & names, sorted(set(absent) & names)


HEADER = "Morning Ledger | 3 March 2021\n\nA headline about the day\n\n"

# --- issue 14, "Dropped" ------------------------------------------------------------------------

DROPPED = [
    (HEADER + "The prize went to Odalys Verhoeven at a ceremony in Lisbon.\n", {"Odalys Verhoeven": (ACTOR, "person")}),
    (HEADER + "Quennell said the rates would stay where they are.\n", {"Quennell": (ACTOR, None)}),
    (
        HEADER + "The first paragraph says little.\n\nVoices from Tasmania\n\nA second paragraph follows here.\n",
        {"Tasmania": (PLACE, "region")},
    ),
    (HEADER + "Teachers marched in Oregon and Queensland on Friday.\n", {"Oregon": (PLACE, "region")}),
    (HEADER + "Storms moved across North America and Europe this week.\n", {"North America": (PLACE, "continent")}),
    (HEADER + "Ministers from Scotland and Wales met in Cardiff.\n", {"Scotland": (PLACE, "region")}),
    (HEADER + "The talks drew envoys from Southeast Asia and Latin America.\n", {"Latin America": (PLACE, "region")}),
    (HEADER + "Flooding hit Kobani, Syria, overnight, and Ayn al-Arab was cut off.\n", {"Kobani": (PLACE, "city")}),
]

# --- issue 14, "Mangled": direction words --------------------------------------------------------

MANGLED = [
    (HEADER + "Officials in South Korea and North Korea traded warnings.\n", {"South Korea": (PLACE, "country")}),
    (HEADER + "Aid reached South Sudan and East Timor by sea.\n", {"South Sudan": (PLACE, "country")}),
    (HEADER + "Aid reached South Sudan and East Timor by sea.\n", {"East Timor": (PLACE, "country")}),
    (HEADER + "Voters in Northern Ireland went to the polls.\n", {"Northern Ireland": (PLACE, "region")}),
    (HEADER + "Rents rose fastest in East London last year.\n", {"East London": (PLACE, None)}),
    (HEADER + "Shelling hit Central Raqqa and the outskirts of Raqqa.\n", {"Raqqa": (PLACE, "city")}),
]


# --- issue 14: names glued to the words around them --------------------------------------------

GLUED = [
    (
        HEADER + "The prize went to Tarvia's Odalys Verhoeven again.\n",
        {"Tarvia": (ACTOR, None), "Odalys Verhoeven": (ACTOR, "person")},
    ),
    (
        HEADER + "The motion came from Ilse Brandauer of the Harwick Civic Party.\n",
        {"Ilse Brandauer": (ACTOR, "person"), "Harwick Civic Party": (ACTOR, "organization")},
    ),
    (
        HEADER + "The Undersecretary for Education Mr. Quennell visited a school in Lisbon.\n",
        {"Quennell": (ACTOR, "person")},
    ),
    (HEADER + "The Labour Shadow Home Secretary Ilse Brandauer said so.\n", {"Ilse Brandauer": (ACTOR, "person")}),
    (HEADER + "Records kept by L. Ron Okafor were found in Lisbon.\n", {"L. Ron Okafor": (ACTOR, "person")}),
    (HEADER + "Inside Norway's oldest museum, crowds gathered.\n", {"Norway": (PLACE, "country")}),
    (HEADER + "Team Norway rebuilt its boat overnight in Lisbon.\n", {"Team Norway": (ACTOR, None)}),
]

# --- issue 14: names of organisations written as ordinary words -----------------------------------

ORDINARY_WORDS = [
    (
        HEADER + "He met engineers at Mercury headquarters, and Mercury invited him back to a Mercury event.\n",
        {"Mercury": (ACTOR, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED + MANGLED + GLUED + ORDINARY_WORDS)
def test_names_the_index_once_dropped_or_mangled(text: str, expected: dict) -> None:
    check(text, expected)


def test_a_direction_word_is_never_stripped_into_another_place() -> None:
    entities = index_of(HEADER + "Rents rose fastest in East London, not in London itself.\n")
    (east,) = named(entities, "East London")
    assert "London" not in east.aliases


# --- issue 14, "Junk" ---------------------------------------------------------------------------

JUNK = [
    (HEADER + "Fan mail for the church arrived, and the Church choir sang.\n", ["Church"]),
    (HEADER + "The Undersecretary for Education Mr. Quennell visited a school in Lisbon.\n", ["Education", "Mr"]),
    (HEADER + "Officials at the Fort Kiln camp wore T-shirts and X-rays were taken.\n", ["T", "X"]),
    (HEADER + "Mr Okafor said the plan was sound. Dr Ileana Brusco disagreed.\n", ["Mr", "Dr"]),
    (HEADER + "Saturday's rally in Lisbon ended early, and on Tuesday crowds returned.\n", ["Saturday", "Tuesday"]),
    (HEADER + "Covid-19 cases fell, officials said, as Muslims and Americans marked the day.\n", ["Covid-19"]),
    (HEADER + "Covid-19 cases fell, officials said, as Muslims and Americans marked the day.\n", ["Muslims"]),
    (HEADER + "An Estonian court and a Gabonese minister spoke in Brussels.\n", ["Estonian", "Gabonese"]),
    (HEADER + "Two of the men fled. Three others were held in Lisbon.\n", ["Two", "Three"]),
    (HEADER + "Advertisement\n\nSign Up For Our Newsletter\n\nThe vote was held in Lisbon.\n", ["Advertisement"]),
    (HEADER + "WHO IS THE FAVOURITE NOW? Voters in Lisbon will decide.\n", ["WHO", "World Health Organization"]),
    (HEADER + "Gold EUR= rose while the index .FTSE fell in London.\n", ["EUR", "FTSE"]),
    (HEADER + "On Founders Day the Larkin Prize went to a poet from Lisbon.\n", ["Founders Day", "Larkin Prize"]),
    (HEADER + "The Brava Film Festival opened in Lisbon before the Harbour Cup.\n", ["Brava Film Festival"]),
]


@pytest.mark.parametrize(("text", "absent"), JUNK)
def test_words_that_are_no_names_make_no_entry(text: str, absent: list[str]) -> None:
    check_absent(text, absent)


def test_a_demonym_is_no_mention_of_its_country() -> None:
    entities = index_of(HEADER + "An Estonian court ruled on the case.\n")
    assert named(entities, "Estonia") == []


def test_a_demonym_is_a_mention_of_its_country_where_the_article_names_it() -> None:
    entities = index_of(HEADER + "Talks in Estonia went on. An Estonian court ruled on the case.\n")
    (estonia,) = named(entities, "Estonia")
    assert "Estonian" in estonia.aliases and estonia.kind == "country"


# --- issue 14, "Wrong type" -------------------------------------------------------------------

WRONG_TYPE = [
    (HEADER + "The Associated Press reported the blast first.\n", {"Associated Press": (ACTOR, "media")}),
    (HEADER + "NASA said the launch would wait a day.\n", {"NASA": (ACTOR, "organization")}),
    (HEADER + "Human Rights Watch said the camp was overcrowded.\n", {"Human Rights Watch": (ACTOR, None)}),
    (HEADER + "Corvatek Industries said profits rose.\n", {"Corvatek Industries": (ACTOR, "organization")}),
    (
        HEADER + "Odile Tourmine spoke in Lisbon. Tourmine said the plan would work.\n",
        {"Odile Tourmine": (ACTOR, "person")},
    ),
    (
        HEADER + "Norway defeated Chile 3 – 0, and Norway won the group.\n\nNorway scored twice.\n",
        {"Norway": (ACTOR, "team")},
    ),
    (
        HEADER + "North Korea announced new tests. North Korea condemned the drills, and North Korea warned.\n",
        {"North Korea": (ACTOR, "state")},
    ),
    (
        HEADER + "Real Madrid and Inter Milan both asked about him, Real Madrid said.\n",
        {"Real Madrid": (ACTOR, "organization")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRONG_TYPE)
def test_type_and_kind(text: str, expected: dict) -> None:
    check(text, expected)


def test_a_person_named_like_a_city_is_the_person_in_that_article() -> None:
    text = HEADER + "Odile Paris, a former member, spoke out. Paris said she was held for years.\n"
    entities = index_of(text)
    (person,) = named(entities, "Odile Paris")
    assert person.kind == "person" and "Paris" in person.aliases
    assert not [e for e in entities if e.name == "Paris" and e.type.value == PLACE]


def test_an_outlet_named_after_a_place_is_the_outlet_not_the_place() -> None:
    text = "Tarvia 24\n\nA headline about the day\n\nThe vote was held on Monday in the capital.\n"
    entities = build_archive([SeedFile("a.txt", text.encode())]).entities
    outlet = [e for e in entities if e.mentions[0].unit_kind == "source"]
    assert all(e.type.value == ACTOR and e.kind == "media" for e in outlet)


def test_a_country_used_as_a_team_is_an_actor_there_and_a_place_elsewhere() -> None:
    sport = HEADER + "Norway defeated Chile 3 – 0.\n\nNorway won again on Sunday.\n"
    travel = "Harbour News | 4 March 2021\n\nA trip north\n\nThe ferry sailed to Norway in the morning.\n"
    entities = named(index_of(sport, travel), "Norway")
    assert {(e.type.value, e.kind) for e in entities} == {(ACTOR, "team"), (PLACE, "country")}
    assert len({e.id for e in entities}) == 2


# --- issue 14, "Not merged" ---------------------------------------------------------------------

MERGED = [
    ("Islamic State", ["ISIS", "ISIL", "Islamic State"]),
    ("BBC", ["BBC", "BBC News"]),
    ("Associated Press", ["AP", "Associated Press"]),
    ("Agence France-Presse", ["AFP", "Agence France-Presse"]),
]


@pytest.mark.parametrize(("canonical", "forms"), MERGED)
def test_well_known_short_and_long_forms_are_one_entry(canonical: str, forms: list[str]) -> None:
    texts = tuple(
        f"Paper {n} | {n + 1} May 2019\n\nHeadline number {n}\n\nThe {form} report was cited by {form} editors.\n"
        for n, form in enumerate(forms)
    )
    entities = index_of(*texts)
    owners = {e.id for form in forms for e in named(entities, form)}
    assert len(owners) == 1, owners
    assert named(entities, forms[0])[0].name == canonical


def test_transliterations_the_gazetteer_knows_are_one_place() -> None:
    first = HEADER + "Fighters reached Kobani, Syria, at dawn.\n"
    second = "Harbour News | 4 March 2021\n\nAnother headline\n\nAid entered Ayn al-Arab, Syria, on Monday.\n"
    entities = index_of(first, second)
    assert len({e.id for e in named(entities, "Kobani") + named(entities, "Ayn al-Arab")}) == 1


# --- issue 16: one shared short form never chains unrelated names ----------------------------------


def test_a_surname_spelled_like_a_city_does_not_glue_the_person_to_the_city() -> None:
    person = HEADER + "Khalid Raqah, a council member, said the roads were open. Raqah added more.\n"
    city = "Harbour News | 4 March 2021\n\nAnother headline\n\nWarplanes struck Raqqa, Syria, overnight.\n"
    entities = index_of(person, city)
    (raqqa,) = [e for e in entities if e.type.value == PLACE and e.name == "Raqqa"]
    assert not {"Khalid Raqah", "Raqah"} & set(raqqa.aliases)
    assert named(entities, "Khalid Raqah")[0].type.value == ACTOR


def test_one_acronym_defined_two_ways_joins_neither_long_form_to_the_other() -> None:
    first = HEADER + "The Karesh Popular Guard (KPG) took the bridge. KPG fighters held it.\n"
    second = "Harbour News | 4 March 2021\n\nAnother headline\n\nThe Kamal Patriotic Guard (KPG) denied it.\n"
    third = "Evening Post | 5 March 2021\n\nA third headline\n\nKPG commanders met on Monday in Lisbon.\n"
    entities = index_of(first, second, third)
    karesh, kamal = named(entities, "Karesh Popular Guard"), named(entities, "Kamal Patriotic Guard")
    assert karesh and kamal and karesh[0].id != kamal[0].id


def test_two_known_places_are_never_one_entry() -> None:
    text = HEADER + 'Crowds filled Raqqa, Syria. Damascus, also known as "Raqqa", was calm.\n'
    entities = index_of(text)
    places = [e for e in entities if e.type.value == PLACE and e.name in ("Raqqa", "Damascus")]
    assert len(places) == 2
