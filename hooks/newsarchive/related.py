"""Related-story lines resolved to the archived article they name.

A related-story line is a headline; it is matched against every other article's title and
first sentence by the share of its content words they contain. Candidates come from an
inverted index of title words, so the cost grows with the archive, not with its square.
"""

from __future__ import annotations

from dataclasses import replace

from .model import ArchivedArticle, Problem, ResolvedRelated, Severity
from .text import content_terms, split_sentences

MIN_COVERAGE = 0.6
"""Share of the headline's content words the target's title and lede must contain."""
MAX_POSTINGS = 200
"""Words in more titles and ledes than this ("Syria" in a Syria archive) do not pick candidates."""


def _target_terms(item: ArchivedArticle) -> set[str]:
    lede = item.article.lede
    first_sentence = split_sentences(lede)[0] if lede else ""
    return set(content_terms(item.article.title.value or "")) | set(content_terms(first_sentence))


def resolve_related(articles: list[ArchivedArticle]) -> tuple[list[ArchivedArticle], list[Problem]]:
    terms_of = {item.id: _target_terms(item) for item in articles}
    index: dict[str, list[str]] = {}
    for article_id, terms in terms_of.items():
        for term in terms:
            index.setdefault(term, []).append(article_id)
    resolved_articles, problems = [], []
    for item in articles:
        resolved = []
        for story in item.article.related:
            target, score = _best_target(story.text, item.id, index, terms_of)
            resolved.append(ResolvedRelated(story, target, score))
            if target is None:
                problems.append(
                    Problem(
                        item.article.source_file,
                        story.line,
                        "related-unresolved",
                        f"related story {story.text!r} is not in the archive: shown without a link",
                        Severity.INFO,
                    )
                )
        resolved_articles.append(replace(item, related=tuple(resolved)))
    return resolved_articles, problems


def _best_target(
    text: str, own_id: str, index: dict[str, list[str]], terms_of: dict[str, set[str]]
) -> tuple[str | None, float]:
    wanted = set(content_terms(text))
    if not wanted:
        return None, 0.0
    candidates = {a for term in wanted if len(postings := index.get(term, ())) <= MAX_POSTINGS for a in postings} - {
        own_id
    }
    if not candidates:
        return None, 0.0
    hits = {article_id: len(wanted & terms_of[article_id]) for article_id in candidates}
    best = max(sorted(hits), key=lambda article_id: hits[article_id])
    coverage = hits[best] / len(wanted)
    return (best, round(coverage, 3)) if coverage >= MIN_COVERAGE else (None, round(coverage, 3))
