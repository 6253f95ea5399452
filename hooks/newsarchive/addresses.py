"""Article addresses that never move: each article finds its entry in the lock, or gets one.

An article is its lock entry when (in this order):

1. the entry names its seed file: the seed was edited in place (a warning when the text shares
   nothing with what was archived under that name: it is probably another article);
2. an entry whose file is gone has the same text hash: the seed was renamed or moved;
3. an entry whose file is gone shares at least half of its paragraphs' opening words: the seed
   was moved and edited.

Otherwise it is new: its id is made from today's date and title (``ids``), avoiding every id
the lock has ever given, and it is recorded. An entry's id changes only when an editor renames
the article (``id:`` in annotations.yml): the old id is kept as a former id, whose page
redirects to the new one. A seed that has become a duplicate of another article keeps no page:
its address redirects to the article kept. An entry whose seed is gone stays in the lock (its
id is never given to another article) and is reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .anchors import Anchored, fingerprint
from .annotations import ANNOTATIONS_FILE
from .ids import assign_ids
from .lockfile import LOCK_FILE, Lock, LockedArticle, LockedParagraph, format_lock
from .model import ArchivedArticle, Article, Problem, Redirect, RedirectReason, Severity

MOVED_MIN_SHARE = 0.5
"""Share of an entry's paragraphs whose opening words a seed under another name must hold to
be that entry moved and edited (a moved seed whose lede was rewritten still shares the rest;
two different articles on one story share a quote or two, never half their paragraphs)."""


@dataclass(frozen=True)
class Placement:
    """Which lock entry each article is, before duplicates are dropped."""

    entries: dict[str, LockedArticle]
    """Seed file -> its entry (``file`` already updated where the seed moved)."""
    order: list[Article]
    """Articles with an entry first, then new ones, each by file name: of two identical seeds the
    one already archived is kept, so an address never moves to a newcomer."""
    changes: list[str]
    problems: list[Problem]


def place_articles(articles: list[Article], lock: Lock) -> Placement:
    by_file = {entry.file: entry for entry in lock.articles}
    entries: dict[str, LockedArticle] = {}
    changes: list[str] = []
    problems: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.source_file):
        entry = by_file.get(article.source_file)
        if entry is not None:
            entries[article.source_file] = entry
            if _shares_nothing(article, entry):
                problems.append(
                    Problem(
                        article.source_file,
                        None,
                        "lock-different-article",
                        f"the text shares no paragraph with the article archived from this file as {entry.id}: it "
                        "keeps that address; if it is another article, give the file another name",
                    )
                )
    present = {a.source_file for a in articles}
    orphans = [entry for entry in lock.articles if entry.file not in present]
    new = sorted((a for a in articles if a.source_file not in entries), key=lambda a: a.source_file)
    for article, entry in _moved(new, orphans):
        entries[article.source_file] = replace(entry, file=article.source_file)
        changes.append(f"{entry.file} moved to {article.source_file} ({entry.id})")
    placed = {entry.id for entry in entries.values()}
    problems += [
        Problem(
            LOCK_FILE,
            None,
            "lock-missing-seed",
            f"{entry.file} ({entry.id}) is in the lock but not in the seeds: its address no longer shows an "
            "article (the id stays reserved; restore the file, under any name, to bring it back)",
            Severity.INFO,
        )
        for entry in orphans
        if entry.id not in placed
    ]
    order = sorted((a for a in articles if a.source_file in entries), key=lambda a: a.source_file)
    order += [a for a in new if a.source_file not in entries]
    return Placement(entries, order, changes, problems)


def _shares_nothing(article: Article, entry: LockedArticle) -> bool:
    if article.content_hash == entry.sha256 or not entry.paragraphs or not article.paragraphs:
        return False
    recorded = {p.head for p in entry.paragraphs} | {p.tail for p in entry.paragraphs}
    return not any(
        {found.head, found.tail} & recorded for found in map(fingerprint, (p.text for p in article.paragraphs))
    )


def _moved(new: list[Article], orphans: list[LockedArticle]) -> list[tuple[Article, LockedArticle]]:
    """New seeds that are entries whose file is gone: the same text hash, else most paragraphs'
    opening words (found through an index of the orphans' fingerprints, never pair by pair)."""
    by_hash: dict[str, list[LockedArticle]] = defaultdict(list)
    by_head: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(orphans):
        by_hash[entry.sha256].append(entry)
        for head in {p.head for p in entry.paragraphs}:
            by_head[head].append(index)
    used: set[str] = set()
    found: list[tuple[Article, LockedArticle]] = []
    waiting: list[Article] = []
    for article in new:
        same = next((entry for entry in by_hash.get(article.content_hash, ()) if entry.id not in used), None)
        if same is None:
            waiting.append(article)
            continue
        used.add(same.id)
        found.append((article, same))
    for article in waiting:
        shared: dict[int, int] = defaultdict(int)
        for head in {fingerprint(p.text).head for p in article.paragraphs}:
            for index in by_head.get(head, ()):
                shared[index] += 1
        best = min(
            (
                (-count / len({p.head for p in orphans[index].paragraphs}), orphans[index].file, index)
                for index, count in shared.items()
                if orphans[index].id not in used
            ),
            default=None,
        )
        if best is not None and -best[0] >= MOVED_MIN_SHARE:
            used.add(orphans[best[2]].id)
            found.append((article, orphans[best[2]]))
    return found


@dataclass(frozen=True)
class Addressed:
    """Every article's address, the redirects of the addresses that moved, and the new lock."""

    articles: list[ArchivedArticle]
    redirects: list[Redirect]
    lock: str | None
    """The lock as it now reads (``None`` when the lock on disk could not be read: never replaced)."""
    changes: tuple[str, ...]
    """What the lock gains, one phrase each (``new article …``): empty when nothing changes."""
    problems: list[Problem]


def assign_addresses(
    articles: list[Article],
    anchored: Mapping[str, Anchored],
    placement: Placement,
    lock: Lock,
    renames: Mapping[str, tuple[str, int]],
    twins: Mapping[str, str],
    today: str | None,
) -> Addressed:
    """Ids for the kept articles (``articles``, corrected by the editors), in their order.

    ``renames``: seed file -> (id an editor gave it, line in annotations.yml); ``twins``: seed
    file of a dropped duplicate -> the seed file of the article kept in its place."""
    problems: list[Problem] = []
    changes = list(placement.changes)
    entries = dict(placement.entries)
    holders = {i: entry.file for entry in lock.articles for i in (entry.id, *entry.former_ids)}
    for article in articles:
        file = article.source_file
        if file not in renames or file not in entries:
            continue
        wanted, line = renames[file]
        entry = entries[file]
        if wanted == entry.id:
            continue
        if holders.get(wanted, file) != file:
            problems.append(_taken(file, wanted, line, holders[wanted]))
            continue
        former = tuple(i for i in entry.former_ids if i != wanted) + (entry.id,)
        entries[file] = replace(entry, id=wanted, former_ids=former)
        holders[wanted] = file
        changes.append(f"{entry.id} renamed {wanted}")
    new = [a for a in articles if a.source_file not in entries]
    named: dict[str, str] = {}
    for article in new:
        if article.source_file in renames:
            wanted, line = renames[article.source_file]
            if wanted in holders:
                problems.append(_taken(article.source_file, wanted, line, holders[wanted]))
            else:
                named[article.source_file] = wanted
                holders[wanted] = article.source_file
    unnamed = [a for a in new if a.source_file not in named]
    derived, id_problems = assign_ids(unnamed, holders)
    problems += id_problems
    ids = {item.article.source_file: item.id for item in derived} | named
    for article in new:
        file = article.source_file
        paragraphs = anchored[file].paragraphs if file in anchored else ()
        entries[file] = LockedArticle(ids[file], file, article.content_hash, today, (), paragraphs)
        changes.append(f"new article {ids[file]} ({file})")
    result: list[ArchivedArticle] = []
    redirects: list[Redirect] = []
    for article in articles:
        file = article.source_file
        entry = entries[file]
        found = anchored.get(file)
        if found is not None and found.added and file in placement.entries:
            entry = replace(entry, paragraphs=found.paragraphs)
            entries[file] = entry
            changes.append(f"{found.added} new paragraph{'s' if found.added > 1 else ''} in {entry.id}")
        result.append(
            ArchivedArticle(
                article=article,
                id=entry.id,
                archived=entry.archived,
                former_ids=entry.former_ids,
                anchor_aliases=found.aliases if found else {},
            )
        )
        redirects += [Redirect(old, entry.id, RedirectReason.RENAMED) for old in entry.former_ids]
    kept_ids = {item.article.source_file: item.id for item in result}
    for file, twin in sorted(twins.items()):
        entry = entries.get(file)
        if entry is not None and twin in kept_ids:
            redirects += [
                Redirect(old, kept_ids[twin], RedirectReason.DUPLICATE) for old in (*entry.former_ids, entry.id)
            ]
    placed = {entry.id for entry in placement.entries.values()}
    untouched = [entry for entry in lock.articles if entry.id not in placed]
    text = format_lock(list(entries.values()) + untouched) if lock.valid else None
    return Addressed(result, sorted(redirects, key=lambda r: r.old_id), text, tuple(changes), problems)


def _taken(file: str, wanted: str, line: int, holder: str) -> Problem:
    return Problem(
        ANNOTATIONS_FILE,
        line,
        "annotations-id-taken",
        f"{file}: the id {wanted!r} is (or was) {holder}'s address and is never given to another article: not "
        "renamed",
    )


def locked_paragraphs(placement: Placement, file: str) -> tuple[LockedParagraph, ...]:
    entry = placement.entries.get(file)
    return entry.paragraphs if entry is not None else ()
