"""Build benchmark: the archive against plain MkDocs and Hugo on the same generated pages.

    ./dev bench                      # N = 200 and 1000
    ./dev bench 200 1000 5000        # the issue's three sizes
    ./dev bench 1000 --rebuild       # also time a plain `mkdocs serve` rebuild (without --dirty) after one edit
    ./dev bench 500 --nav-variants   # also compare navigation set-ups (plain build, smallest N)

For each N, in a temporary folder: generate N raw articles (``generate.py``), build the archive
(``mkdocs build`` with this project's mkdocs.yml and hooks, in a subprocess), run the core's
stages in a separate process with a ``StageTimer``, export the pages (``hooks/export_archive.py``),
build the exported pages with plain MkDocs (the same mkdocs.yml minus ``hooks:``) and, if
``hugo`` is installed, with Hugo. Prints a Markdown table (see benchmarks/README.md for the
columns) and writes every number to ``benchmarks/out/results-<time>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import write_articles  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
DEFAULT_TIMEOUT = 3600
LOADS: list[float] = []
"""1-minute load average when each measured subprocess started (other work on the machine skews wall times)."""


# --- measuring a subprocess -----------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    """User + system CPU time of the process and its children: what the build costs even on a busy machine."""
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_measured(command: list[str], cwd: Path | None = None, timeout: float = DEFAULT_TIMEOUT) -> Run:
    """Wall time, CPU time and peak resident memory of one subprocess (``wait4`` gives that child's rusage)."""
    LOADS.append(os.getloadavg()[0])
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=out, stderr=err, start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, out.read(), err.read()
        )


def check(run: Run, what: str) -> Run:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed (exit {run.returncode}):\n{run.stderr[-4000:]}")
    return run


# --- project copies and configs ---------------------------------------------------------------------


def copy_project(target: Path) -> Path:
    """This project's config, hooks and hand-written docs, with an empty seeds folder."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", target / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs", target / "docs")
    return target


def without_top_level_key(config_text: str, key: str) -> str:
    """mkdocs.yml without one top-level key and its block (textual, so YAML tags stay as written)."""
    lines, keep, skipping = config_text.splitlines(keepends=True), [], False
    for line in lines:
        if re.match(rf"^{re.escape(key)}\s*:", line):
            skipping = True
            continue
        if skipping and line.strip() and not line[0].isspace() and not line.lstrip().startswith("#"):
            skipping = False
        if skipping and (not line.strip() or line[0].isspace()):
            continue
        skipping = False
        keep.append(line)
    return "".join(keep)


def with_theme_feature(config_text: str, feature: str) -> str:
    if not re.search(r"^  features:\s*$", config_text, re.MULTILINE):
        raise SystemExit("mkdocs.yml has no theme.features list to add to")
    return re.sub(r"^(  features:\s*\n)", rf"\1    - {feature}\n", config_text, count=1, flags=re.MULTILINE)


def plain_config(project: Path, docs_dir: Path, name: str, nav: bool = True, prune: bool = False) -> Path:
    """The project's mkdocs.yml minus ``hooks:``, reading the exported pages."""
    text = without_top_level_key((project / "mkdocs.yml").read_text(encoding="utf-8"), "hooks")
    if not nav:
        text = without_top_level_key(text, "nav")
    if prune:
        text = with_theme_feature(text, "navigation.prune")
    text = without_top_level_key(text, "docs_dir") + f"\ndocs_dir: {json.dumps(str(docs_dir))}\n"
    path = project / name
    path.write_text(text, encoding="utf-8")
    return path


def mkdocs_build(config: Path, site: Path, timeout: float) -> Run:
    return run_measured(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], timeout=timeout
    )


# --- Hugo -------------------------------------------------------------------------------------------

HUGO_CONFIG = """baseURL = "http://localhost/"
title = "Annotated News Archive (Hugo anchor)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = true
[markup.goldmark.parser.attribute]
block = true
"""
HUGO_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="/">Home</a> <a href="/articles/">Articles</a> <a href="/places/">Places</a>
<a href="/actors/">Actors</a> <a href="/photos/">Photos</a> <a href="/credits/">Credits</a></nav>
<main>{{ .Content }}</main></body></html>
"""


def hugo_site(export: Path, target: Path) -> Path:
    """The exported pages as a Hugo site: ``index.md`` becomes a section's ``_index.md``, other files go to static/."""
    for path in sorted(export.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(export)
        if path.suffix == ".md":
            name = "_index.md" if path.name == "index.md" else path.name
            destination = target / "content" / relative.parent / name
        else:
            destination = target / "static" / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    (target / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name in ("single.html", "list.html"):
        (target / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
        (target / "layouts" / "_default" / name).write_text(HUGO_PAGE, encoding="utf-8")
    return target


def hugo_version() -> str | None:
    hugo = shutil.which("hugo")
    if hugo is None:
        return None
    return subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()


# --- in-process stages (run in a worker process so each N starts cold) ---------------------------------


def stages_worker(seeds: Path, config: Path) -> None:
    """Time the core's stages on a seeds folder; prints one JSON object."""
    started = time.perf_counter()
    sys.path.insert(0, str(config.parent / "hooks"))
    import yaml

    from newsarchive.archive import StageTimer, build_archive
    from newsarchive.export import archive_json
    from newsarchive.paths import SitePaths
    from newsarchive.seedfolder import read_seed_folder
    from newsarchive.settings import settings_from
    from newsarchive.sitepages import site_pages

    setup = {"import": time.perf_counter() - started}
    try:  # data loaded once per process (the gazetteer), timed apart from the per-article stages
        from newsarchive.gazetteer import load_gazetteer
    except ImportError:
        pass
    else:
        started = time.perf_counter()
        load_gazetteer()
        setup["load data"] = time.perf_counter() - started

    class Tolerant(yaml.SafeLoader):
        pass

    Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)
    extra = (yaml.load(config.read_text(encoding="utf-8"), Loader=Tolerant) or {}).get("extra") or {}
    settings, _ = settings_from(extra.get("archive") or {})
    # Stages are timed in CPU seconds of this process, so other work on the machine does not count.
    clock = time.process_time
    started = clock()
    files, _ = read_seed_folder(seeds)
    io_seconds = clock() - started
    timer = StageTimer(clock)
    wall = time.perf_counter()
    archive = build_archive(files, settings, timer=timer)
    stages = dict(timer.seconds)
    stages["read"] = stages.get("read", 0.0) + io_seconds
    started = clock()
    paths = SitePaths.of(settings, False)  # mkdocs.yml sets use_directory_urls: false
    pages = site_pages(archive, paths)
    stages["render"] = clock() - started
    started = clock()
    exported = json.dumps(
        archive_json(archive, paths, list(archive.problems)), ensure_ascii=False, separators=(",", ":")
    )  # as the hook writes it
    stages["export"] = clock() - started
    wall = time.perf_counter() - wall
    warnings = [p for p in archive.problems if p.severity.value == "warning"]
    print(
        json.dumps(
            {
                "setup": setup,
                "stages": stages,
                "stages_wall_s": wall,
                "articles": len(archive.articles),
                "generated_pages": len(pages),
                "entities": len(getattr(archive, "entities", ())),
                "cross_references": len(getattr(archive, "cross_references", ())),
                "warnings": len(warnings),
                "archive_json_bytes": len(exported.encode()),
            }
        )
    )


# --- serve-style rebuild -----------------------------------------------------------------------------

EDIT = "\n\nAid workers said on Monday that more help was needed in the town before winter.\n"


def rebuild_worker(config_file: Path, site: Path, seed: Path, mode: str) -> None:
    """Build, edit one seed, build again in the same process, as ``mkdocs serve [--dirty]`` does; prints JSON."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    dirty = mode == "dirty"
    times, cpu = [], []
    for attempt in range(2):
        # From writing the file (the rebuild's trigger) to the build done, in wall and CPU seconds.
        started, started_cpu = time.perf_counter(), time.process_time()
        if attempt == 1:
            seed.write_text(seed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        # serve reloads the config for every rebuild; the hook module stays loaded (Hooks._load_hook is cached)
        config = load_config(config_file=str(config_file), site_dir=str(site))
        if attempt == 0:
            config.plugins.on_startup(command="serve", dirty=dirty)  # once, as serve does
        build(config, dirty=dirty)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    print(json.dumps({"first": times[0], "rebuild": times[1], "first_cpu": cpu[0], "rebuild_cpu": cpu[1]}))


# --- one N ------------------------------------------------------------------------------------------


@dataclass
class Result:
    n: int
    pages: int = 0
    archive_s: float = 0.0
    archive_cpu_s: float = 0.0
    archive_peak_mb: float = 0.0
    archive_warnings: int = 0
    warm_s: float = 0.0
    """``mkdocs build`` again in a new process, the work cache (.cache/archive-work) kept from the first."""
    warm_cpu_s: float = 0.0
    warm_peak_mb: float = 0.0
    edit_s: float = 0.0
    """``serve --dirty``: from writing one edited seed to the rebuild done (in the serving process)."""
    edit_cpu_s: float = 0.0
    plain_s: float = 0.0
    plain_cpu_s: float = 0.0
    plain_peak_mb: float = 0.0
    hugo_s: float | None = None
    hugo_cpu_s: float | None = None
    max_load: float = 0.0
    export_cmd_s: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    setup: dict[str, float] = field(default_factory=dict)
    stages_wall_s: float = 0.0
    """Wall time of build_archive + site_pages + archive_json in the stage process (the stages are CPU seconds)."""
    stages_peak_mb: float = 0.0
    entities: int = 0
    cross_references: int = 0
    warnings: int = 0
    search_index_mb: float = 0.0
    archive_json_mb: float = 0.0
    site_mb: float = 0.0
    rebuild: dict[str, float] | None = None
    nav_variants: dict[str, dict] | None = None

    @property
    def ours_ms_per_article(self) -> float:
        return 1000 * sum(self.stages.values()) / self.n


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def html_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def bench_one(n: int, work: Path, args: argparse.Namespace) -> Result:
    result = Result(n)
    LOADS.clear()
    project = copy_project(work / "project")
    write_articles(project / "seeds", n, args.seed)
    log(f"N={n}: {n} articles generated in {project / 'seeds'}")

    site = work / "site"
    run = check(mkdocs_build(project / "mkdocs.yml", site, args.timeout), "archive build")
    result.archive_s, result.archive_cpu_s, result.archive_peak_mb = run.seconds, run.cpu_seconds, run.peak_rss_mb
    result.archive_warnings = run.stderr.count("WARNING")
    result.pages = html_pages(site)
    index = site / "search" / "search_index.json"
    result.search_index_mb = index.stat().st_size / 1e6 if index.is_file() else 0.0
    result.archive_json_mb = (site / "archive.json").stat().st_size / 1e6 if (site / "archive.json").is_file() else 0.0
    result.site_mb = folder_mb(site)
    log(f"N={n}: archive build {run.seconds:.1f} s, {result.pages} pages, peak {run.peak_rss_mb:.0f} MB")

    run = check(mkdocs_build(project / "mkdocs.yml", work / "site-warm", args.timeout), "warm archive build")
    result.warm_s, result.warm_cpu_s, result.warm_peak_mb = run.seconds, run.cpu_seconds, run.peak_rss_mb
    log(f"N={n}: warm-cache build in a new process {run.seconds:.1f} s ({run.cpu_seconds:.1f} s CPU)")
    shutil.rmtree(work / "site-warm")

    run = check(
        run_measured(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--_stages",
                str(project / "seeds"),
                str(project / "mkdocs.yml"),
            ],
            timeout=args.timeout,
        ),
        "stage timing",
    )
    data = json.loads(run.stdout.strip().splitlines()[-1])
    result.stages, result.setup, result.stages_peak_mb = data["stages"], data["setup"], run.peak_rss_mb
    result.stages_wall_s = data.get("stages_wall_s", 0.0)
    result.entities, result.cross_references, result.warnings = (
        data["entities"],
        data.get("cross_references", 0),
        data["warnings"],
    )
    log(f"N={n}: stages (CPU) " + ", ".join(f"{k} {v:.2f} s" for k, v in result.stages.items()))

    export = work / "export"
    run = check(
        run_measured(
            [
                sys.executable,
                str(project / "hooks" / "export_archive.py"),
                str(export),
                "--seeds",
                str(project / "seeds"),
                "--config",
                str(project / "mkdocs.yml"),
            ],
            timeout=args.timeout,
        ),
        "export",
    )
    result.export_cmd_s = run.seconds

    config = plain_config(project, export, "mkdocs-plain.yml")
    run = check(mkdocs_build(config, work / "plain-site", args.timeout), "plain MkDocs build")
    result.plain_s, result.plain_cpu_s, result.plain_peak_mb = run.seconds, run.cpu_seconds, run.peak_rss_mb
    log(f"N={n}: plain MkDocs build {run.seconds:.1f} s ({html_pages(work / 'plain-site')} pages)")

    if shutil.which("hugo") and not args.no_hugo:
        hugo = hugo_site(export, work / "hugo")
        run = run_measured(["hugo", "--quiet", "-s", str(hugo), "-d", str(work / "hugo-site")], timeout=args.timeout)
        if run.returncode == 0:
            result.hugo_s, result.hugo_cpu_s = run.seconds, run.cpu_seconds
            log(f"N={n}: Hugo {run.seconds:.2f} s ({html_pages(work / 'hugo-site')} pages)")
        else:
            log(f"N={n}: Hugo failed: {run.stderr[-2000:]}")

    result.rebuild = {}
    # `mkdocs serve --dirty` as ./dev serve runs it; with --rebuild also plain `mkdocs serve`
    for mode in ("clean", "dirty") if args.rebuild else ("dirty",):
        shutil.rmtree(project / "seeds")
        write_articles(project / "seeds", n, args.seed)
        seed = sorted((project / "seeds").glob("*.txt"))[n // 2]
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--_rebuild",
            str(project / "mkdocs.yml"),
            str(work / f"serve-site-{mode}"),
            str(seed),
            mode,
        ]
        run = check(run_measured(command, timeout=args.timeout), f"rebuild ({mode})")
        times = json.loads(run.stdout.strip().splitlines()[-1])
        result.rebuild.update(
            {
                f"{mode}_first": times["first"],
                f"{mode}_rebuild": times["rebuild"],
                f"{mode}_first_cpu": times["first_cpu"],
                f"{mode}_rebuild_cpu": times["rebuild_cpu"],
                f"{mode}_peak_rss_mb": run.peak_rss_mb,
            }
        )
        if mode == "dirty":
            result.edit_s, result.edit_cpu_s = times["rebuild"], times["rebuild_cpu"]
        log(
            f"N={n}: serve-style ({mode}) build {times['first']:.1f} s, rebuild after editing {seed.name} "
            f"{times['rebuild']:.1f} s"
        )

    if args.nav_variants and n == min(args.sizes):  # one size: with auto nav the big ones take minutes
        result.nav_variants = {}
        variants = {
            "explicit section nav (the project's mkdocs.yml)": {},
            "explicit section nav + navigation.prune": {"prune": True},
            "no nav: (auto nav lists every page)": {"nav": False},
            "no nav: + navigation.prune": {"nav": False, "prune": True},
        }
        for index, (label, options) in enumerate(variants.items()):
            config = plain_config(project, export, f"mkdocs-nav-{index}.yml", **options)
            variant_site = work / f"nav-site-{index}"
            run = check(mkdocs_build(config, variant_site, args.timeout), f"nav variant {label}")
            result.nav_variants[label] = {
                "seconds": run.seconds,
                "cpu_seconds": run.cpu_seconds,
                "peak_rss_mb": run.peak_rss_mb,
                "site_mb": folder_mb(variant_site),
                "page_kb": folder_mb(variant_site / "articles") * 1000 / max(1, n),
            }
            shutil.rmtree(variant_site)
            log(f"N={n}: nav variant {label}: {run.seconds:.1f} s")
    result.max_load = max(LOADS, default=0.0)
    return result


# --- reporting -------------------------------------------------------------------------------------


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, str]:
    cpu = "unknown"
    memory = "unknown"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    from importlib.metadata import version

    git = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "markdown": version("markdown"),
        "hugo": hugo_version() or "not installed",
        "commit": git or "unknown",
    }


def fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def table(results: list[Result]) -> str:
    stage_names: list[str] = []
    for result in results:
        stage_names += [k for k in result.stages if k not in stage_names]
    head = [
        "N",
        "pages",
        "archive build s",
        "plain MkDocs s",
        "archive / plain",
        "archive CPU s",
        "plain CPU s",
        "CPU archive / plain",
        "Hugo s",
        "archive / Hugo",
        "load data s",
    ]
    head += [f"{name} CPU s" for name in stage_names] + ["ours CPU ms/article", "peak RSS MB", "search index MB"]
    head[6:6] = ["warm rebuild s", "warm rebuild CPU s", "one edit (serve --dirty) s", "one edit CPU s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in results:
        row = [
            str(r.n),
            str(r.pages),
            fmt(r.archive_s),
            fmt(r.plain_s),
            fmt(r.archive_s / r.plain_s, 2),
            fmt(r.archive_cpu_s),
            fmt(r.plain_cpu_s),
            fmt(r.archive_cpu_s / r.plain_cpu_s, 2),
            fmt(r.hugo_s, 2),
            fmt(r.archive_s / r.hugo_s if r.hugo_s else None, 0),
            fmt(r.setup.get("load data"), 1),
        ]
        row[6:6] = [fmt(r.warm_s), fmt(r.warm_cpu_s), fmt(r.edit_s, 2), fmt(r.edit_cpu_s, 2)]
        row += [fmt(r.stages.get(name), 2) for name in stage_names]
        row += [fmt(r.ours_ms_per_article, 1), fmt(r.archive_peak_mb, 0), fmt(r.search_index_mb, 1)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def rebuild_table(results: list[Result]) -> str:
    lines = [
        "| N | serve: first build s | serve: rebuild after editing one seed s | serve --dirty: first build s | serve "
        "--dirty: rebuild s |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.rebuild and "clean_first" in r.rebuild:
            b = r.rebuild
            lines.append(
                f"| {r.n} | {fmt(b.get('clean_first'))} | {fmt(b.get('clean_rebuild'))} | "
                f"{fmt(b.get('dirty_first'))} | {fmt(b.get('dirty_rebuild'))} |"
            )
    return "\n".join(lines)


def nav_table(results: list[Result]) -> str:
    lines = [
        "| N | navigation | plain build s | CPU s | peak RSS MB | article page KB | site MB |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        for label, data in (r.nav_variants or {}).items():
            lines.append(
                f"| {r.n} | {label} | {fmt(data['seconds'])} | {fmt(data['cpu_seconds'])} | "
                f"{fmt(data['peak_rss_mb'], 0)} | {fmt(data['page_kb'], 1)} | {fmt(data['site_mb'], 0)} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "sizes", nargs="*", type=int, default=[200, 1000], metavar="N", help="numbers of articles (default: 200 1000)"
    )
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="also time serve-style rebuilds (mkdocs serve, and serve --dirty) after editing one seed",
    )
    parser.add_argument(
        "--nav-variants",
        action="store_true",
        help="also time the plain build with other navigation set-ups (on the smallest N)",
    )
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo even if it is installed")
    parser.add_argument(
        "--keep", type=Path, default=None, help="work in this folder and keep it (default: a temporary folder, removed)"
    )
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed for each build (default 3600)"
    )
    parser.add_argument("--_stages", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_rebuild", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._stages:
        stages_worker(*args._stages)
        return 0
    if args._rebuild:
        config_file, site, seed, mode = args._rebuild
        rebuild_worker(Path(config_file), Path(site), Path(seed), mode)
        return 0

    info = machine()
    log("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    results = []
    for n in args.sizes:
        if args.keep:
            work = args.keep / f"n{n}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            results.append(bench_one(n, work, args))
        else:
            with tempfile.TemporaryDirectory(prefix=f"archive-bench-{n}-") as folder:
                results.append(bench_one(n, Path(folder), args))
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / f"results-{stamp}.json").write_text(
        json.dumps({"machine": info, "results": [asdict(r) for r in results]}, indent=1) + "\n"
    )

    print(f"Machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory']} RAM, {info['os']}; measured {info['date']}")
    print(
        f"Versions: Python {info['python']}, MkDocs {info['mkdocs']}, Material {info['mkdocs-material']}, Markdown "
        f"{info['markdown']}; {info['hugo']}; commit {info['commit']}"
    )
    print()
    print(table(results))
    if args.rebuild:
        print()
        print(rebuild_table(results))
    if args.nav_variants:
        print()
        print(nav_table(results))
    # The MkDocs builds use one core: wall time well above CPU time means something else had the CPU.
    busy = [r for r in results if r.archive_s > 1.1 * r.archive_cpu_s or r.plain_s > 1.1 * r.plain_cpu_s]
    if busy:
        print(
            "\nThe machine was busy (wall time over 1.1 x CPU time; 1-minute load average up to "
            + ", ".join(f"{r.max_load:.1f} at N={r.n}" for r in busy)
            + "): wall times are inflated; the CPU columns are the better measure."
        )
    print(f"\n(all numbers: {out / f'results-{stamp}.json'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
