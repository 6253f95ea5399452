"""Article addresses: fixed by the lock when first archived, whatever later happens to the seed."""

from __future__ import annotations

from newsarchive.archive import build_archive
from newsarchive.lockfile import read_lock
from newsarchive.model import Archive, RedirectReason, SeedFile

BODY = (
    "Fighters entered the stadium on Tuesday after a four month battle for the northern city. Commanders said "
    "the last snipers in the old town had surrendered overnight.\n\n"
    "The council will hand over security to a police force trained by the coalition next week.\n\n"
    "Aid groups said most of the city was destroyed and that landmines remain in many homes.\n"
)
OTHER_BODY = (
    "The central bank raised its main interest rate by half a point to slow rising prices.\n\n"
    "Markets fell sharply after the announcement, with bank shares leading the losses today.\n"
)


def seed(title: str = "Stadium retaken", date: str = "October 20, 2017", body: str = BODY) -> bytes:
    return f"{title}\nDaily Post {date}\n\n{body}".encode()


def build(files: dict[str, bytes], lock: str | None = None, annotations: str | None = None) -> Archive:
    seeds = [SeedFile(path, data) for path, data in files.items()]
    seeds += [SeedFile("archive.lock", lock.encode())] if lock is not None else []
    seeds += [SeedFile("annotations.yml", annotations.encode())] if annotations is not None else []
    return build_archive(seeds, today="2026-11-23")


def ids(archive: Archive) -> dict[str, str]:
    return {item.article.source_file: item.id for item in archive.articles}


def codes(archive: Archive) -> list[tuple[str, str]]:
    return [(p.file, p.code) for p in archive.problems]


def test_a_new_article_is_recorded_with_its_date_archived() -> None:
    archive = build({"a.txt": seed()})
    assert ids(archive) == {"a.txt": "2017-10-20-stadium-retaken"}
    assert archive.articles[0].archived == "2026-11-23"
    assert archive.lock_changes == ("new article 2017-10-20-stadium-retaken (a.txt)",)
    (entry,) = read_lock(archive.lock.encode())[0].articles
    assert (entry.id, entry.file, entry.archived, len(entry.paragraphs)) == (
        "2017-10-20-stadium-retaken",
        "a.txt",
        "2026-11-23",
        3,
    )


def test_a_second_build_changes_nothing() -> None:
    first = build({"a.txt": seed()})
    second = build({"a.txt": seed()}, first.lock)
    assert second.lock == first.lock and second.lock_changes == ()


def test_a_corrected_date_and_title_keep_the_address() -> None:
    first = build({"a.txt": seed()})
    second = build({"a.txt": seed("Stadium retaken by SDF", "October 17, 2017")}, first.lock)
    assert ids(second) == ids(first) and second.articles[0].article.date.value == "2017-10-17"
    assert second.lock_changes == ()


def test_an_editors_date_keeps_the_address_too() -> None:
    first = build({"a.txt": seed(date="")})
    assert ids(first)["a.txt"].startswith("undated-")
    second = build({"a.txt": seed(date="")}, first.lock, "articles:\n  a.txt:\n    date: 2017-10-17\n")
    assert ids(second) == ids(first)


def test_a_seed_moved_to_a_folder_keeps_its_address() -> None:
    first = build({"a.txt": seed()})
    second = build({"2017/october/a.txt": seed()}, first.lock)
    assert ids(second) == {"2017/october/a.txt": ids(first)["a.txt"]}
    assert second.lock_changes == ("a.txt moved to 2017/october/a.txt (2017-10-20-stadium-retaken)",)
    assert [a.file for a in read_lock(second.lock.encode())[0].articles] == ["2017/october/a.txt"]


def test_a_seed_moved_and_edited_is_found_by_its_paragraphs() -> None:
    first = build({"a.txt": seed()})
    edited = seed(body=BODY.replace("Aid groups said", "Aid agencies say"))
    second = build({"moved/a.txt": edited}, first.lock)
    assert ids(second) == {"moved/a.txt": ids(first)["a.txt"]}


def test_another_article_under_a_recorded_name_keeps_the_address_with_a_warning() -> None:
    first = build({"a.txt": seed()})
    second = build({"a.txt": seed("Rates rise", body=OTHER_BODY)}, first.lock)
    assert ids(second) == ids(first)
    assert ("a.txt", "lock-different-article") in codes(second)


def test_a_deleted_seed_keeps_its_id_reserved() -> None:
    first = build({"a.txt": seed()})
    second = build({"b.txt": seed(body=OTHER_BODY)}, first.lock)
    assert ids(second)["b.txt"] == "2017-10-20-stadium-retaken-b"  # never the deleted article's address
    assert ("archive.lock", "lock-missing-seed") in codes(second) and ("b.txt", "id-collision") in codes(second)
    assert {a.file for a in read_lock(second.lock.encode())[0].articles} == {"a.txt", "b.txt"}


def test_an_editor_renames_and_the_old_address_redirects() -> None:
    first = build({"a.txt": seed()})
    renamed = build({"a.txt": seed()}, first.lock, "articles:\n  a.txt:\n    id: 2017-10-20-raqqa-stadium\n")
    assert ids(renamed) == {"a.txt": "2017-10-20-raqqa-stadium"}
    assert [(r.old_id, r.new_id, r.reason) for r in renamed.redirects] == [
        ("2017-10-20-stadium-retaken", "2017-10-20-raqqa-stadium", RedirectReason.RENAMED)
    ]
    assert renamed.lock_changes == ("2017-10-20-stadium-retaken renamed 2017-10-20-raqqa-stadium",)
    # the annotation may stay or go: the lock holds the rename
    again = build({"a.txt": seed()}, renamed.lock)
    assert ids(again) == ids(renamed) and again.redirects == renamed.redirects and again.lock == renamed.lock


def test_a_rename_to_another_articles_address_is_refused() -> None:
    first = build({"a.txt": seed(), "b.txt": seed("Rates rise", body=OTHER_BODY)})
    refused = build(
        {"a.txt": seed(), "b.txt": seed("Rates rise", body=OTHER_BODY)},
        first.lock,
        "articles:\n  a.txt:\n    id: 2017-10-20-rates-rise\n",
    )
    assert ids(refused) == ids(first)
    assert ("annotations.yml", "annotations-id-taken") in codes(refused)


def test_a_seed_that_becomes_a_duplicate_redirects_to_the_article_kept() -> None:
    first = build({"a.txt": seed(), "b.txt": seed("Rates rise", body=OTHER_BODY)})
    second = build({"a.txt": seed(), "b.txt": seed("Rates rise", body=BODY)}, first.lock)
    assert list(ids(second)) == ["a.txt"]
    assert [(r.old_id, r.new_id, r.reason) for r in second.redirects] == [
        ("2017-10-20-rates-rise", "2017-10-20-stadium-retaken", RedirectReason.DUPLICATE)
    ]


def test_an_archived_article_is_kept_over_a_newcomer_with_the_same_text() -> None:
    first = build({"b.txt": seed()})
    second = build({"a-copy.txt": seed(), "b.txt": seed()}, first.lock)
    assert ids(second) == {"b.txt": "2017-10-20-stadium-retaken"}
    assert ("a-copy.txt", "duplicate-article") in codes(second)


def test_a_broken_lock_is_reported_and_never_rewritten() -> None:
    archive = build({"a.txt": seed()}, "version = 1\n[[article\n")
    assert archive.lock is None and ("archive.lock", "lock-invalid") in codes(archive)
    assert ids(archive) == {"a.txt": "2017-10-20-stadium-retaken"}


def test_an_annotation_may_name_a_paragraph_by_its_old_number_or_its_anchor() -> None:
    first = build({"a.txt": seed()})
    split = BODY.replace("city. Commanders", "city.\n\nCommanders")  # ¶1 split: ¶2 is now ¶3
    notes = "articles:\n  a.txt:\n    notes:\n      p-2: By number.\n"
    second = build({"a.txt": seed(body=split)}, first.lock, notes)
    item = second.articles[0]
    (note,) = item.notes
    assert note.anchor == first.articles[0].article.paragraphs[1].anchor
    assert item.article.paragraph_numbers[note.anchor] == 3
    assert ("annotations.yml", "annotations-ordinal-moved") in codes(second)
