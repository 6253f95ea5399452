"""The editors' layer: validation with lines, and each curation applied to its stage."""

from __future__ import annotations

from conftest import seed_files
from newsarchive.annotations import load_annotations
from newsarchive.archive import build_archive
from newsarchive.model import SeedFile
from newsarchive.xrefmodel import Relation

A000 = "000_b0335a3cace0a9cc.txt"
A002 = "002_2c2a1c92d9a3e44a.txt"


def with_annotations(text: str):
    return build_archive(seed_files() + [SeedFile("annotations.yml", text.encode())])


def codes(problems) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in problems]


def test_unknown_key_is_named_with_its_line_and_the_rest_kept() -> None:
    annotations, problems = load_annotations(b"articles:\n  a.txt:\n    source: X\n    colour: red\n")
    assert codes(problems) == [("annotations-unknown-key", 4)]
    assert annotations.articles["a.txt"].source == "X"


def test_wrong_type_drops_only_that_entry() -> None:
    annotations, problems = load_annotations(b"entities:\n  UN:\n    kind: 7\n  SDF:\n    description: ok\n")
    assert codes(problems) == [("annotations-invalid", 3)]
    assert [c.target for c in annotations.entities] == ["SDF"]


def test_javascript_url_is_refused() -> None:
    _, problems = load_annotations(b"articles:\n  a.txt:\n    url: javascript:alert(1)\n")
    assert codes(problems) == [("annotations-invalid", 3)]


def test_broken_yaml_is_one_error_with_a_line() -> None:
    annotations, problems = load_annotations(b"articles:\n  a.txt: [1,\n")
    assert [p.code for p in problems] == ["annotations-unreadable"] and problems[0].line is not None
    assert annotations.articles == {}


def test_unsafe_yaml_tags_are_not_executed() -> None:
    _, problems = load_annotations(b"articles: !!python/object/apply:os.system ['echo pwned']\n")
    assert [p.code for p in problems] == ["annotations-unreadable"]


def test_header_overrides_replace_the_reading() -> None:
    archive = with_annotations(f"articles:\n  {A000}:\n    source: The Canadian Press\n    byline: Staff\n")
    item = next(a for a in archive.articles if a.article.source_file == A000)
    assert (item.article.source.value, item.article.byline.value) == ("The Canadian Press", "Staff")
    assert not item.article.source.inferred and item.article.source.raw == "annotations.yml:2"


def test_an_editor_value_is_marked_as_the_editors() -> None:
    archive = with_annotations(f"articles:\n  {A000}:\n    byline: Staff\n")
    item = next(a for a in archive.articles if a.article.source_file == A000)
    assert item.article.byline.edited and not item.article.title.edited


UNDATED_SEED = SeedFile(
    "undated.txt", b"Council votes on the budget\n\nThe council voted on the budget on Monday night.\n"
)


def test_an_editors_date_silences_the_undated_warning() -> None:
    unfixed = build_archive([UNDATED_SEED])
    assert ("undated.txt", "undated") in [(p.file, p.code) for p in unfixed.problems]
    fixed = build_archive(
        [UNDATED_SEED, SeedFile("annotations.yml", b"articles:\n  undated.txt:\n    date: 2024-03-05\n")]
    )
    assert [p for p in fixed.problems if p.file == "undated.txt"] == []
    assert fixed.articles[0].article.date.value == "2024-03-05"


def test_an_editors_title_does_not_silence_the_undated_warning() -> None:
    archive = build_archive(
        [UNDATED_SEED, SeedFile("annotations.yml", b"articles:\n  undated.txt:\n    title: Budget\n")]
    )
    assert "undated" in [p.code for p in archive.problems]


def test_note_on_a_missing_paragraph_is_reported_with_its_line() -> None:
    archive = with_annotations(
        f"articles:\n  {A000}:\n    notes:\n      p-4: A pull quote repeats this.\n      p-99: nowhere\n"
    )
    assert ("annotations-unknown-paragraph", 5) in codes(archive.problems)
    item = next(a for a in archive.articles if a.article.source_file == A000)
    # p-4 is the paragraph first archived as ¶4; its own anchor is the stable one.
    assert [(n.anchor, n.text) for n in item.notes] == [(item.anchor_aliases["p-4"], "A pull quote repeats this.")]
    assert item.article.paragraph_numbers[item.notes[0].anchor] == 4


def test_annotations_for_a_missing_file_are_reported() -> None:
    archive = with_annotations("articles:\n  gone.txt:\n    title: X\n")
    assert codes(archive.problems) == [("annotations-unknown-file", 2)]


def test_entity_rename_describe_and_exclude() -> None:
    archive = with_annotations(
        "entities:\n  Sillo:\n    rename: Talal Silo\n    wikidata: Q42\n  United Nations:\n    exclude: true\n  "
        "Nobody:\n    exclude: true\n"
    )
    names = {e.name: e for e in archive.entities}
    assert (
        "Talal Silo" in names and names["Talal Silo"].wikidata == "Q42" and "Talal Sillo" in names["Talal Silo"].aliases
    )
    assert "United Nations" not in names
    assert codes(archive.problems) == [("annotations-unknown-entity", 7)]


def test_entity_merge_and_split() -> None:
    archive = with_annotations(
        "entities:\n  U.S.-led coalition:\n    merge_into: United States\n  Syria:\n    split: [Syrian]\n"
    )
    names = {e.name: e for e in archive.entities}
    assert "U.S.-led coalition" not in names and "U.S.-led coalition" in names["United States"].aliases
    assert "Syrian" in names and all(m.text == "Syrian" for m in names["Syrian"].mentions)


def test_cross_reference_reject_confirm_and_add() -> None:
    archive = with_annotations(
        "cross_references:\n"
        f"  - {{action: reject, a: {{file: {A000}, paragraph: p-11}}, b: {{file: {A002}, paragraph: p-5}}}}\n"
        f"  - {{action: confirm, a: {{file: {A000}, paragraph: p-14}}, b: {{file: {A002}, paragraph: p-3}}}}\n"
        f"  - {{action: add, relation: corroborates, a: {{file: {A000}, paragraph: p-5, sentence: The UN}},\n"
        f"      b: {{file: {A002}, paragraph: p-4, sentence: Images show}}}}\n"
        f"  - {{action: add, a: {{file: {A000}, paragraph: p-77}}, b: {{file: {A002}, paragraph: p-4}}}}\n"
    )
    numbers = {item.id: item.article.paragraph_numbers for item in archive.articles}
    bases = {
        tuple(f"p-{numbers[end.article_id][end.anchor]}" for end in (x.a, x.b)): (x.basis, x.relation)
        for x in archive.cross_references
        if x.a.anchor in numbers[x.a.article_id] and x.b.anchor in numbers[x.b.article_id]
    }
    assert ("p-11", "p-5") not in bases
    assert bases[("p-14", "p-3")] == ("confirmed by an editor", Relation.DIFFERS)
    assert bases[("p-5", "p-4")] == ("added by an editor", Relation.CORROBORATES)
    assert codes(archive.problems) == [("annotations-unknown-passage", 6)]


def test_an_impossible_unquoted_date_is_a_warning_not_a_crash() -> None:
    annotations = b"articles:\n  002_2c2a1c92d9a3e44a.txt:\n    date: 2017-02-30\n"
    archive = build_archive(seed_files() + [SeedFile("annotations.yml", annotations)])
    assert [(p.code, p.line) for p in archive.problems if p.file == "annotations.yml"] == [("annotations-bad-date", 2)]
    assert len(archive.articles) == 2


def test_nan_coordinates_are_refused_so_the_export_stays_json() -> None:
    annotations, problems = load_annotations(b"entities:\n  Raqqa:\n    coordinates: [.nan, 39.0]\n")
    assert [(p.code, p.line) for p in problems] == [("annotations-invalid", 3)] and annotations.entities == ()


def test_coordinates_out_of_range_are_refused() -> None:
    _, problems = load_annotations(b"entities:\n  Raqqa:\n    coordinates: [95, 39.0]\n")
    assert [p.code for p in problems] == ["annotations-invalid"]


def test_a_trailing_newline_does_not_pass_a_pattern() -> None:
    _, problems = load_annotations(b'entities:\n  Raqqa:\n    kind: "city_\\n"\n')
    assert [(p.code, p.line) for p in problems] == [("annotations-invalid", 3)]


def test_duplicate_keys_are_reported() -> None:
    _, problems = load_annotations(b"entities:\n  Raqqa:\n    kind: city\n  Raqqa:\n    kind: town\n")
    assert [(p.code, p.line) for p in problems] == [("annotations-duplicate-key", 4)]


TIMED_SEED = SeedFile(
    "timed.txt",
    b"Council votes on the budget\n\nPublished 9:46 PM CDT Mar 4, 2024\n\nThe council voted on the budget.\n",
)


def test_an_editors_other_date_drops_the_time_read_beside_the_replaced_one() -> None:
    annotations = SeedFile("annotations.yml", b"articles:\n  timed.txt:\n    date: 2024-03-05\n")
    article = build_archive([TIMED_SEED, annotations]).articles[0].article
    assert (article.date.value, article.time.value, article.time_zone) == ("2024-03-05", None, None)


def test_an_editors_same_date_keeps_the_time() -> None:
    annotations = SeedFile("annotations.yml", b"articles:\n  timed.txt:\n    date: 2024-03-04\n")
    article = build_archive([TIMED_SEED, annotations]).articles[0].article
    assert (article.date.value, article.time.value, article.time_zone) == ("2024-03-04", "21:46", "CDT")
