"""The quality evaluation (``./dev eval``): its measures on small inputs written here, its floors
and its command line. Never reads ../shared: every corpus is built in a temporary folder."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate  # noqa: E402

from quality import ecbplus, floors, gum, real_pages  # noqa: E402
from quality.adapt import (
    ArticleView,
    End,
    EntityView,
    Line,
    ParagraphView,
    PhotoView,
    ProducedPair,
    authors_of,
    distributor_of,
)  # noqa: E402
from quality.corpora import Kind, find_corpora  # noqa: E402
from quality.furniture import furniture_in  # noqa: E402
from quality.leaks import find_leaks, paragraphs_with_furniture  # noqa: E402
from quality.normalise import captions_match, norm_title  # noqa: E402
from quality.photos import match_photos  # noqa: E402
from quality.results import Direction, Figure, Unit  # noqa: E402


def view(**fields) -> ArticleView:
    """An article as the evaluation sees it, with empty defaults."""
    base = ArticleView(
        id="a",
        file="a.txt",
        title=None,
        title_line=None,
        title_inferred=False,
        date=None,
        date_line=None,
        outlet=None,
        outlet_line=None,
        byline=None,
        byline_line=None,
        authors=(),
        paragraphs=(),
        subheadings=(),
        photos=(),
        videos=(),
        related=(),
    )
    return replace(base, **fields)


def photo(
    caption: str, credit: str = "", photographer=None, agency=None, distributor=None, anchor: str = "photo-1"
) -> PhotoView:
    return PhotoView(anchor, caption, credit, photographer, agency, distributor, None, None, 5, None)


# --- normalising and matching --------------------------------------------------------------------------


def test_titles_compare_without_case_quotes_dashes_or_final_stop() -> None:
    assert norm_title("Storm hits “Kalaba” — again.") == norm_title('storm hits "Kalaba" - again')


def test_a_manifest_source_mark_on_an_alternative_title_is_ignored() -> None:
    assert norm_title("Storm hits Kalaba (og:title)") == norm_title("Storm hits Kalaba")


def test_a_caption_with_a_little_widget_text_after_it_still_matches() -> None:
    assert captions_match(
        "Boats tied up at the flooded quay on Monday.", "Boats tied up at the flooded quay on Monday. Image 1 of 8 less"
    )


def test_a_different_caption_of_the_same_gallery_does_not_match() -> None:
    assert not captions_match(
        "Boats tied up at the flooded quay on Monday.", "Workers carry sandbags to the flooded quay on Tuesday."
    )


def test_each_manifest_photo_is_found_once_and_extra_photos_are_spurious() -> None:
    expected = [
        {
            "caption": "Boats tied up at the flooded quay on Monday.",
            "photographer": "John Smith",
            "agency": "Reuters",
            "distributor": None,
        }
    ]
    found, spurious = match_photos(
        expected,
        (
            photo("Boats tied up at the flooded quay on Monday.", "John Smith/Reuters", "John Smith", "Reuters"),
            photo("Buy Photo", anchor="photo-2"),
        ),
    )
    assert found[0].read is not None and found[0].credit_right
    assert [p.anchor for p in spurious] == ["photo-2"]


def test_a_captionless_manifest_photo_is_matched_by_its_credit() -> None:
    found, spurious = match_photos(
        [{"caption": None, "credit": "Photo by Anna Lee / AP"}], (photo("", "Photo by Anna Lee / AP"),)
    )
    assert found[0].read is not None and spurious == []


def test_credit_split_compares_all_three_parts_with_none_equal_to_none() -> None:
    expected = [
        {"caption": "A crew clears a fallen tree.", "photographer": "Anna Lee", "agency": "AP", "distributor": None}
    ]
    (right,), _ = match_photos(
        expected, (photo("A crew clears a fallen tree.", "Anna Lee/AP", "Anna Lee", "AP", None),)
    )
    (wrong,), _ = match_photos(
        expected, (photo("A crew clears a fallen tree.", "Anna Lee/AP", None, "Anna Lee", "AP"),)
    )
    assert right.credit_right and not wrong.credit_right


# --- adapters ------------------------------------------------------------------------------------------


class _Byline:
    def __init__(self, value):
        self.value = value


class _OldArticle:
    def __init__(self, byline):
        self.byline = _Byline(byline)


class _Credit:
    def __init__(self, **parts):
        self.__dict__.update(parts)


def test_authors_come_from_a_byline_string_when_the_core_gives_no_list() -> None:
    assert authors_of(_OldArticle("Jane Doe, Omar Ali and Mary Major")) == ["Jane Doe", "Omar Ali", "Mary Major"]
    assert authors_of(_OldArticle("Jane Doe & Omar Ali")) == ["Jane Doe", "Omar Ali"]
    assert authors_of(_OldArticle(None)) == []


def test_distributors_are_joined_whether_a_tuple_a_string_or_none() -> None:
    assert distributor_of(_Credit(distributors=("AFP", "Getty Images"))) == "AFP/Getty Images"
    assert distributor_of(_Credit(distributor="Redux")) == "Redux"
    assert distributor_of(_Credit(distributors=())) is None


# --- real pages: header fields and furniture ---------------------------------------------------------------


def test_byline_must_be_exactly_the_authors() -> None:
    entry = {"authors": ["Jane Doe", "Omar Ali"]}
    assert real_pages.byline_right(view(authors=("jane doe", "Omar Ali")), entry)
    assert not real_pages.byline_right(view(authors=("Jane Doe",)), entry)
    assert not real_pages.byline_right(view(authors=("Jane Doe", "Omar Ali", "Staff")), entry)


def test_no_authors_means_no_byline_unless_the_house_line_is_accepted() -> None:
    assert real_pages.byline_right(view(), {"authors": []})
    assert not real_pages.byline_right(view(authors=("Desk Staff",)), {"authors": []})
    assert real_pages.byline_right(view(authors=("Desk Staff",)), {"authors": [], "house_byline": "Desk Staff"})
    assert real_pages.byline_right(
        view(authors=("AFP", "Desk Staff")), {"authors": ["AFP"], "house_byline": "Desk Staff"}
    )


def test_outlet_is_right_wrong_or_absent() -> None:
    entry = {"outlet": "The Daily Example"}
    assert real_pages.outlet_state(view(outlet="Daily Example"), entry) == "right"
    assert real_pages.outlet_state(view(outlet="Weather Desk"), entry) == "wrong"
    assert real_pages.outlet_state(view(), entry) == "none"


def test_title_alt_is_accepted_and_date_compares_the_calendar_day() -> None:
    entry = {"title": "Storm hits Kalaba", "title_alt": "Kalaba storm (og:title)", "date": "2019-11-20"}
    assert real_pages.title_right(view(title="Kalaba storm"), entry)
    assert real_pages.date_right(view(date="2019-11-20T08:00"), entry)
    assert not real_pages.date_right(view(date="2019-11-21"), entry)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Close", "widget"),
        ("more", "widget"),
        ("Sign up for our weekly newsletter", "newsletter"),
        ("Share on Facebook", "share"),
        ("ADVERTISEMENT", "advert"),
        ("3 / 12", "gallery_counter"),
        ("Image 2 of 9", "gallery_counter"),
        ("Related Topics", "tag_box"),
    ],
)
def test_furniture_phrases_are_recognised_by_kind(text: str, kind: str) -> None:
    assert [hit.kind for hit in furniture_in(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said more rain would fall on the valley.",
        "She is the most popular mayor the town has had.",
        "No sector wants to sign up for rules that cut its profits.",
    ],
)
def test_prose_using_the_same_words_is_not_furniture(text: str) -> None:
    assert furniture_in(text) == []


def test_leaks_are_counted_by_place_and_kind() -> None:
    article = view(
        title="Storm hits Kalaba",
        subheadings=(Line("Advertisement", 4),),
        paragraphs=(ParagraphView("p-1", "Heavy rain closed the port.", 3), ParagraphView("p-2", "Share this", 6)),
        photos=(photo("Boats at the quay.", "Buy Photo"),),
    )
    entity = EntityView("e", "Buy Photo", "actor", "organization", (), ("Buy Photo",), "p-2")
    pair = ProducedPair("corroborates", End("a", "p-2", "Share this"), End("b", "p-1", "Rain fell."))
    leaks = find_leaks([article], [entity], [pair], {"a": "a.txt", "b": "b.txt"})
    assert sorted((leak.place, leak.kind) for leak in leaks) == [
        ("entities", "widget"),
        ("headings", "advert"),
        ("paragraphs", "share"),
        ("photos", "widget"),
        ("xrefs", "share"),
    ]
    assert paragraphs_with_furniture([article]) == (1, 2)


def test_a_source_label_is_a_credits_label_but_a_tag_box_line_elsewhere() -> None:
    article = view(
        paragraphs=(ParagraphView("p-1", "SOURCE: News agencies", 3),),
        photos=(photo("The moon over the clouds.", "Source: Reuters"),),
    )
    assert [(leak.place, leak.kind) for leak in find_leaks([article], [], [], {})] == [("paragraphs", "tag_box")]


ARTICLE_A = """Reuters | 20 Oct 2017

Floods close the river port
By Jane Doe and Omar Ali

Heavy rain closed the river port of Kalaba on Monday, officials said.

Workers moved boats to higher ground as the water rose overnight in the town.

John Smith/Reuters
Boats tied up at the flooded quay in Kalaba on Monday.
"""

ARTICLE_B = """The Daily Example | 21 Oct 2017

Storm damage counted in the valley
By Mary Major

Engineers inspected bridges along the valley road on Tuesday after the storm passed.

Emergency crews cleared fallen trees from the main road to the hospital.
"""

MANIFEST = """description: a tiny corpus written for the tests
articles:
- file: articles/a.txt
  whole_variant: articles/whole/a.txt
  outlet: Reuters
  title: Floods close the river port
  date: '2017-10-20'
  date_in_text: true
  authors: [Jane Doe, Omar Ali]
  photos:
  - caption: Boats tied up at the flooded quay in Kalaba on Monday.
    credit: John Smith/Reuters
    photographer: John Smith
    agency: Reuters
    distributor: null
- file: articles/b.txt
  whole_variant: articles/whole/b.txt
  outlet: The Daily Example
  title: Storm damage counted in the valley
  date: '2017-10-21'
  date_in_text: false
  authors: [Mary Major]
  photos: []
"""


@pytest.fixture()
def pages_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "articles" / "whole").mkdir(parents=True)
    (folder / "manifest.yml").write_text(MANIFEST, encoding="utf-8")
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        (folder / "articles" / name).write_text(text, encoding="utf-8")
        (folder / "articles" / "whole" / name).write_text("Top Stories\n\n" + text, encoding="utf-8")
    return folder


def test_real_pages_gives_every_figure_for_both_copy_sets(pages_corpus: Path) -> None:
    result = real_pages.evaluate(pages_corpus)
    names = {f.name for f in result.figures}
    for group in ("primary", "whole"):
        for measure in (
            "title",
            "date",
            "byline",
            "outlet_right",
            "outlet_wrong",
            "photos_found",
            "credit_split",
            "spurious_photos",
            "videos_found",
            "furniture.paragraph_share",
            "furniture.widget",
            "furniture.in_xrefs",
            "xrefs_between_stories",
        ):
            assert f"real_pages.{group}.{measure}" in names
    figures = {f.name: f for f in result.figures}
    # Only a.txt carries its date in the text: b.txt is left out of the date's denominator.
    assert figures["real_pages.primary.date"].denominator == 1
    assert figures["real_pages.primary.title"].value == 1.0
    assert figures["real_pages.primary.photos_found"].denominator == 1


# --- ECB+ ------------------------------------------------------------------------------------------------


def doc(subtopic: str, sentences: list[str], validated: list[int], headline: int | None = None) -> dict:
    return {
        "subtopic": subtopic,
        "sentences": {str(i): s for i, s in enumerate(sentences)},
        "line_to_sentence": {str(2 * i + 1): i for i in range(len(sentences))},
        "validated_sentences": validated,
        "headline_sentence": headline,
    }


def test_a_passage_maps_to_its_sentence_by_line_or_by_text() -> None:
    document = ecbplus.Document.of(
        "t01_ecb_doc1.txt",
        doc("1ecb", ["First sentence here.", "Second one here. It has two parts."], [0, 1], headline=0),
    )
    article = view(
        file="t01_ecb_doc1.txt",
        paragraphs=(
            ParagraphView("p-1", "First sentence here.", 1),
            ParagraphView("p-2", "Second one here. It has two parts.", 3),
        ),
    )
    assert ecbplus.sentence_of(End("a", "p-1", "First sentence here."), article, document) == 0
    assert ecbplus.sentence_of(End("a", "p-2", "It has two parts."), article, document) == 1
    assert ecbplus.sentence_of(End("a", "title", "Anything"), article, document) == 0
    assert ecbplus.sentence_of(End("a", "p-2", "Words from nowhere."), article, document) is None


def produced(a: tuple[str, int], b: tuple[str, int], relation: str = "corroborates") -> ecbplus.Produced:
    pair = ProducedPair(relation, End(a[0], "p-1", "x"), End(b[0], "p-1", "y"))
    return ecbplus.Produced((a[0], b[0]), ecbplus.pair_key(a[0], a[1], b[0], b[1]), pair)


def test_ecb_measures_on_known_pairs() -> None:
    documents = {
        "t01_ecb_doc1.txt": ecbplus.Document.of("t01_ecb_doc1.txt", doc("1ecb", ["a0", "a1", "a2"], [0, 1])),
        "t01_ecb_doc2.txt": ecbplus.Document.of("t01_ecb_doc2.txt", doc("1ecb", ["b0", "b1"], [0, 1])),
        "t01_ecbplus_doc1.txt": ecbplus.Document.of("t01_ecbplus_doc1.txt", doc("1ecbplus", ["c0", "c1"], [0, 1])),
    }
    gold = {
        "pairs": [
            ["t01_ecb_doc1.txt", 0, "t01_ecb_doc2.txt", 0, ["X"]],
            ["t01_ecb_doc1.txt", 1, "t01_ecb_doc2.txt", 1, ["Y"]],
        ],
        "pairs_all_sentences": [
            ["t01_ecb_doc1.txt", 0, "t01_ecb_doc2.txt", 0, ["X"]],
            ["t01_ecb_doc1.txt", 1, "t01_ecb_doc2.txt", 1, ["Y"]],
            ["t01_ecb_doc1.txt", 2, "t01_ecb_doc2.txt", 1, ["Y"]],
        ],
    }
    pairs = [
        produced(("t01_ecb_doc2.txt", 0), ("t01_ecb_doc1.txt", 0)),  # gold, either direction
        produced(("t01_ecb_doc1.txt", 2), ("t01_ecb_doc2.txt", 1)),  # not validated, but in pairs_all_sentences
        produced(
            ("t01_ecb_doc1.txt", 1), ("t01_ecbplus_doc1.txt", 1), "differs"
        ),  # validated, wrong, across the two events
        produced(("t01_ecb_doc1.txt", 0), ("t01_ecb_doc2.txt", 0)),  # the first again: counted once
    ]
    built = set(documents)
    figures = {f.measure: f for f in ecbplus.score(gold, documents, pairs, [], built).figures}
    assert (figures["recall"].numerator, figures["recall"].denominator) == (1, 2)
    assert (figures["precision"].numerator, figures["precision"].denominator) == (1, 2)
    assert (figures["precision_any"].numerator, figures["precision_any"].denominator) == (2, 3)
    assert (figures["cross_event"].numerator, figures["cross_event"].denominator) == (1, 3)
    assert figures["pairs_per_article"].value == 1.0
    assert figures["relation.differs"].value == 1


@pytest.mark.parametrize(
    ("half", "expected"),
    [(None, ["t01", "t03", "t05", "t07", "t09"]), ("first", ["t01", "t05", "t09"]), ("second", ["t03", "t07"])],
)
def test_a_half_of_the_ecb_topics_is_every_other_topic(tmp_path: Path, half: str | None, expected: list[str]) -> None:
    for name in ["t05", "t01", "t09", "t03", "t07"]:
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}_ecb_doc1.txt").write_text("A line.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert [p.name for p in ecbplus.topics_of(tmp_path, half)] == expected


def test_a_half_is_never_checked_against_the_floors() -> None:
    assert evaluate.main(["--half", "first", "--check"]) == 2


def test_an_ecb_topic_folder_is_built_and_every_passage_maps(tmp_path: Path) -> None:
    folder = tmp_path / "ecb"
    (folder / "t01").mkdir(parents=True)
    texts = {
        "t01_ecb_doc1.txt": [
            "Rebel fighters captured the northern airport of Kalaba on Sunday after heavy shelling.",
            "The mayor said the town was calm.",
        ],
        "t01_ecb_doc2.txt": [
            "After days of heavy shelling, the rebels seized Kalaba's northern airport on Sunday.",
            "Residents heard gunfire at night.",
        ],
    }
    documents = {}
    for name, sentences in texts.items():
        (folder / "t01" / name).write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        documents[name] = doc("1ecb", sentences, [0, 1])
    pair = ["t01_ecb_doc1.txt", 0, "t01_ecb_doc2.txt", 0, ["X"]]
    (folder / "gold_pairs.json").write_text(
        json.dumps({"pairs": [pair], "pairs_all_sentences": [pair], "documents": documents}), encoding="utf-8"
    )
    figures = {f.measure: f for f in ecbplus.evaluate(folder).figures}
    assert figures["gold_pairs"].value == 1
    assert figures["unmapped_passages"].value == 0
    assert 0.0 <= figures["recall"].value <= 1.0


# --- GUM -------------------------------------------------------------------------------------------------


def entity(name: str, type_: str, *names: str) -> EntityView:
    return EntityView(name, name, type_, "", (), (name, *names), "p-1")


GUM_RECORD = {
    "mentions": [
        {"text": "the Kalaba Valley", "type": "LOC", "identity": "Kalaba_Valley", "variants": []},
        {"text": "Kalaba Valley", "type": "LOC", "identity": "Kalaba_Valley", "variants": []},
        {"text": "Jane Doe", "type": "PER", "identity": "", "variants": ["Mayor Jane Doe"]},
        {"text": "Dorvik United", "type": "ORG", "identity": "Dorvik_United", "variants": []},
        {"text": "Harvest Festival", "type": "MISC", "identity": "", "variants": []},
    ]
}


def test_gold_items_group_mentions_by_identity_or_text() -> None:
    items = gum.gold_items(GUM_RECORD)
    assert sorted((i.type, sorted(i.names)) for i in items) == [
        ("LOC", ["kalaba valley"]),
        ("MISC", ["harvest festival"]),
        ("ORG", ["dorvik united"]),
        ("PER", ["jane doe", "mayor jane doe"]),
    ]


def test_entities_are_judged_typed_untyped_and_misc_is_left_out() -> None:
    items = gum.gold_items(GUM_RECORD)
    assert gum.judge(entity("Kalaba Valley", "place"), items).typed
    assert gum.judge(entity("Jane", "actor", "Jane Doe's"), items).typed
    confused = gum.judge(entity("Dorvik United", "place"), items)
    assert (confused.typed, confused.untyped, confused.confusion) == (False, True, "place_as_actor")
    assert not gum.judge(entity("Harvest Festival", "actor"), items).scored
    wrong = gum.judge(entity("Tuesday", "place"), items)
    assert wrong.scored and not wrong.untyped


def test_gum_corpus_scores_precision_and_recall(tmp_path: Path) -> None:
    folder = tmp_path / "gum"
    (folder / "docs").mkdir(parents=True)
    text = "Flood warning for Paris\n\nHeavy rain fell on Paris on Tuesday, said Mayor Jane Doe of the city council.\n"
    (folder / "docs" / "d1.txt").write_text(text, encoding="utf-8")
    record = {
        "doc": "d1",
        "file": "d1.txt",
        "mentions": [
            {"text": "Paris", "type": "LOC", "identity": "Paris", "variants": []},
            {"text": "Jane Doe", "type": "PER", "identity": "Jane_Doe", "variants": ["Mayor Jane Doe"]},
        ],
    }
    (folder / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    figures = {f.name: f for f in gum.evaluate(folder).figures}
    assert figures["gum.places.recall"].denominator == 1 and figures["gum.actors.recall"].denominator == 1
    assert figures["gum.places.recall"].value == 1.0
    for name in ("gum.typed.f1", "gum.untyped.precision", "gum.confusions.place_as_actor"):
        assert name in figures


# --- corpora, floors and the command ---------------------------------------------------------------------


def test_corpora_are_told_apart_by_content(tmp_path: Path, pages_corpus: Path) -> None:
    (tmp_path / "gum" / "docs").mkdir(parents=True)
    (tmp_path / "gum" / "gold.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "ecb").mkdir()
    (tmp_path / "ecb" / "gold_pairs.json").write_text("{}", encoding="utf-8")
    corpora, _ = find_corpora([tmp_path])
    assert [(c.kind, c.path.name) for c in corpora] == [
        (Kind.REAL_PAGES, "pages"),
        (Kind.ECBPLUS, "ecb"),
        (Kind.GUM, "gum"),
    ]


def figure(name: str, value: float, direction: Direction = Direction.HIGHER) -> Figure:
    corpus, group, measure = name.split(".")
    return Figure(corpus, group, measure, value, Unit.SHARE, direction)


def test_check_fails_below_a_floor_or_above_a_ceiling_and_skips_absent_corpora() -> None:
    figures = [figure("gum.places.recall", 0.6), figure("gum.confusions.place_as_actor", 3, Direction.LOWER)]
    bounds = {
        "gum.places.recall": floors.Bound("gum.places.recall", 0.7, False),
        "gum.confusions.place_as_actor": floors.Bound("gum.confusions.place_as_actor", 2, True),
        "ecbplus.x.recall": floors.Bound("ecbplus.x.recall", 0.5, False),
    }
    result = floors.check(figures, bounds, {"gum"})
    assert [line.split(":")[0] for line in result.broken] == ["gum.confusions.place_as_actor", "gum.places.recall"]
    assert result.skipped == ("ecbplus: corpus absent, 1 bound(s) skipped",)


def test_raising_floors_never_lowers_them() -> None:
    bounds = {
        "gum.places.recall": floors.Bound("gum.places.recall", 0.8, False),
        "gum.confusions.n": floors.Bound("gum.confusions.n", 2, True),
    }
    data = floors.raised(
        [
            figure("gum.places.recall", 0.6),
            figure("gum.confusions.n", 5, Direction.LOWER),
            figure("gum.places.f1", 0.45678),
        ],
        bounds,
    )
    assert data["gum.places.recall"] == {"floor": 0.8}
    assert data["gum.confusions.n"] == {"ceiling": 2}
    assert data["gum.places.f1"] == {"floor": 0.456}
    assert "_about" in data


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = evaluate.main(list(args))
    return code, capsys.readouterr().out


def test_check_passes_at_todays_figures_and_names_a_figure_below_its_floor(
    tmp_path: Path, pages_corpus: Path, capsys
) -> None:
    floors_file = tmp_path / "floors.json"
    code, out = run_main(capsys, str(pages_corpus), "--floors", str(floors_file), "--raise-floors", "--check")
    assert code == 0, out
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert data["real_pages.primary.title"] == {"floor": 1.0}
    data["real_pages.primary.title"] = {"floor": 1.001}
    floors_file.write_text(json.dumps(data), encoding="utf-8")
    code, out = run_main(capsys, str(pages_corpus), "--floors", str(floors_file), "--check")
    assert code == 1
    assert "FAILED real_pages.primary.title" in out


def test_markdown_rewrites_only_the_figures_section(tmp_path: Path, pages_corpus: Path, capsys) -> None:
    page = tmp_path / "quality.md"
    page.write_text(
        "# Quality\n\nBefore.\n\n<!-- figures:start -->\nstale figures\n<!-- figures:end -->\n\nAfter.\n",
        encoding="utf-8",
    )
    code, _ = run_main(capsys, str(pages_corpus), "--markdown", "--quality-page", str(page))
    text = page.read_text(encoding="utf-8")
    assert (
        code == 0
        and "stale figures" not in text
        and text.startswith("# Quality\n\nBefore.")
        and text.endswith("After.\n")
    )
    assert "| title " in text and "commit" in text


def test_the_command_writes_parseable_json_and_fails_a_check_in_a_subprocess(
    tmp_path: Path, pages_corpus: Path
) -> None:
    out, floors_file = tmp_path / "figures.json", tmp_path / "floors.json"
    floors_file.write_text(json.dumps({"_about": "test", "seeds.title": {"floor": 1.5}}), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "evaluate.py"),
            str(pages_corpus),
            "--json",
            str(out),
            "--floors",
            str(floors_file),
            "--check",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "seeds.title" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["commit"] and data["date"]
    assert data["corpora"]["real_pages"]["figures"]["primary"]["title"]["value"] == 1.0
    assert "title" in data["corpora"]["seeds"]["figures"]
