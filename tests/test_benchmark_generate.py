"""The benchmark's article generator: deterministic, and readable by the core like the seeds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from generate import generate, generate_articles  # noqa: E402
from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.model import (
    SeedFile,  # noqa: E402
    Severity,  # noqa: E402
)

N = 20


@pytest.fixture(scope="module")
def generated():
    return generate(N)


@pytest.fixture(scope="module")
def archive(generated):
    return build_archive([SeedFile(a.filename, a.text.encode("utf-8")) for a in generated])


def test_same_seed_gives_the_same_articles() -> None:
    assert generate_articles(N) == generate_articles(N)


def test_a_smaller_archive_is_the_start_of_a_bigger_one() -> None:
    small, big = generate_articles(5), generate_articles(N)
    assert small == {name: big[name] for name in small}


def test_another_seed_gives_other_articles() -> None:
    assert set(generate_articles(5, seed=1).values()).isdisjoint(generate_articles(5, seed=0).values())


def test_both_header_styles_are_generated(generated) -> None:
    glued = [a for a in generated if a.text.lstrip().startswith("date ")]
    assert glued and len(glued) < len(generated)


def test_the_core_reads_every_article_without_warnings(generated, archive) -> None:
    warnings = [p for p in archive.problems if p.severity is Severity.WARNING]
    assert not warnings, warnings
    assert len(archive.articles) == len(generated)


def test_the_core_reads_each_article_date_and_headline(generated, archive) -> None:
    read = {item.article.source_file: item.article for item in archive.articles}
    for article in generated:
        assert read[article.filename].date.value == article.date, article.filename
        if article.title is not None:
            assert read[article.filename].title.value == article.title, article.filename


def test_the_core_finds_every_photo_with_its_credit(generated, archive) -> None:
    read = {item.article.source_file: item.article for item in archive.articles}
    for article in generated:
        photos = read[article.filename].photos
        assert len(photos) == article.photos, article.filename
        assert all(photo.credit.agency or photo.credit.photographer for photo in photos), article.filename
