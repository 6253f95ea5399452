"""Command line: write the archive's generated Markdown pages and archive.json to a folder.

    python hooks/export_archive.py OUT_DIR [--seeds seeds] [--config mkdocs.yml]

The folder is a complete docs folder: the hand-written pages of ``docs/`` (the home page with
its article listing), the same generated pages the MkDocs hooks build, the original texts under
``sources/`` and photos under ``media/``; another static site generator, or a plain MkDocs
build without the hooks (as the benchmark does), can publish it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsarchive.archive import build_archive, read_seed_folder  # noqa: E402
from newsarchive.export import archive_json, site_pages  # noqa: E402
from newsarchive.listings import render_home_listing  # noqa: E402
from newsarchive.settings import settings_from  # noqa: E402


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name or !ENV tags; only ``extra.archive`` is read here."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the pages into (created if missing)")
    parser.add_argument("--seeds", type=Path, default=None, help="seeds folder (default: extra.archive.seeds_dir of the config)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    config = yaml.load(args.config.read_text(encoding="utf-8"), Loader=_IgnoreTags) if args.config.is_file() else {}
    settings, problems = settings_from(((config or {}).get("extra") or {}).get("archive") or {})
    seeds = args.seeds or args.config.parent / settings.seeds_dir
    archive = build_archive(read_seed_folder(seeds), settings)
    problems += archive.problems
    pages = site_pages(archive)
    docs = args.config.parent / str((config or {}).get("docs_dir", "docs"))
    for path in sorted(docs.rglob("*")) if docs.is_dir() else []:
        if path.is_file():
            _write(args.out / path.relative_to(docs), path.read_bytes())
    home = args.out / "index.md"
    home_text = home.read_text(encoding="utf-8") if home.is_file() else "# Archive\n"
    pages["index.md"] = home_text + render_home_listing(archive)
    for path, markdown in pages.items():
        _write(args.out / path, markdown.encode("utf-8"))
    for name in archive.raw_sources:
        _write(args.out / "sources" / name, (seeds / name).read_bytes())
    for name in archive.images:
        _write(args.out / "media" / Path(name).name, (seeds / name).read_bytes())
    (args.out / "archive.json").write_text(json.dumps(archive_json(archive, problems), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for problem in problems:
        print(f"{problem.severity.value}: {problem.file}:{problem.line or ''} {problem.message} [{problem.code}]", file=sys.stderr)
    print(f"wrote {len(archive.articles)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
