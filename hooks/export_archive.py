"""Command line: write the archive's generated Markdown pages and archive.json to a folder.

    python hooks/export_archive.py OUT_DIR [--seeds seeds] [--config mkdocs.yml]

Like a build, it records new articles in ``seeds/archive.lock`` (``ARCHIVE_LOCK=frozen``: never).
The folder is a complete docs folder: the hand-written pages of ``docs/`` (the home page with
its article listing) and exactly the files the MkDocs hook publishes (``publish.site_files``):
the generated pages, the original texts under ``sources/`` and photos under ``media/``, and
``archive.json``. Another static site generator, or a plain MkDocs build without the hooks (as
the benchmark does), can publish it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsarchive.archive import build_archive  # noqa: E402
from newsarchive.lockfile import archiving_date  # noqa: E402
from newsarchive.paths import HOME, SiteInfo, SitePaths  # noqa: E402
from newsarchive.publish import as_docs_folder, site_files  # noqa: E402
from newsarchive.seedfolder import read_seed_folder, settle_lock  # noqa: E402
from newsarchive.settings import settings_from  # noqa: E402


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name or !ENV tags; only a few plain keys are read here."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def directory_urls(config: dict) -> bool:
    """As MkDocs decides it: ``use_directory_urls`` (default true), forced off by the offline plugin."""
    plugins = config.get("plugins") or []
    names = {next(iter(p)) if isinstance(p, dict) else p for p in plugins}
    return bool(config.get("use_directory_urls", True)) and not names & {"offline", "material/offline"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the pages into (created if missing)")
    parser.add_argument(
        "--seeds", type=Path, default=None, help="seeds folder (default: extra.archive.seeds_dir of the config)"
    )
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    config = (
        yaml.load(args.config.read_text(encoding="utf-8"), Loader=_IgnoreTags) if args.config.is_file() else None
    ) or {}
    settings, problems = settings_from((config.get("extra") or {}).get("archive") or {})
    seeds_dir = args.seeds or args.config.parent / settings.seeds_dir
    seeds, folder_problems = read_seed_folder(seeds_dir)
    archive = build_archive(seeds, settings, today=archiving_date(os.environ, datetime.datetime.now(datetime.UTC)))
    problems += folder_problems + list(archive.problems) + settle_lock(seeds_dir, seeds, archive, os.environ)
    docs = args.config.parent / str(config.get("docs_dir", "docs"))
    for path in sorted(docs.rglob("*")) if docs.is_dir() else []:
        if path.is_file():
            _write(args.out / path.relative_to(docs), path.read_bytes())
    home = args.out / HOME
    home_text = home.read_text(encoding="utf-8") if home.is_file() else "# Archive\n"
    site = site_files(
        archive,
        seeds,
        problems,
        SitePaths.of(settings, directory_urls(config)),
        home_text,
        SiteInfo.of(config.get("site_name"), config.get("site_url")),
    )
    for path, content in as_docs_folder(site).items():
        _write(args.out / path, content.encode("utf-8") if isinstance(content, str) else content)
    for problem in problems:
        print(
            f"{problem.severity.value}: {problem.file}:{problem.line or ''} {problem.message} [{problem.code}]",
            file=sys.stderr,
        )
    print(f"wrote {len(archive.articles)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
