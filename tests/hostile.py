"""Hostile seeds: every attack of the security review, written into a seeds folder at test time.

Symbolic links, pipes and binary encodings cannot live in the repository as plain files, so
they are made here. ``EXPECTED`` lists, per file, the warning codes a build must give.
"""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

SECRET = "HOST-SECRET-6d1f0c"
"""Written outside the seeds folder; must never appear anywhere in the site."""

EXPECTED: dict[str, set[str]] = {
    "c1-outlet.txt": {"hidden-characters"},
    "redos.txt": set(),
    "page.md": set(),
    "dup_1.txt": {"id-collision"},
    "dup-1.txt": {"id-collision"},
    "Dup_1.text": {"id-collision"},
    "storm-a.txt": {"id-collision"},
    "storm-b.txt": {"id-collision"},
    "passwd.txt": {"symlink-refused"},
    "c1-outlet-photo-1.jpg": {"symlink-refused"},
    "linked": {"symlink-refused"},
    "pipe.txt": {"not-a-regular-file"},
    "utf16.txt": set(),
    "mixed.txt": {"encoding-not-utf8"},
    "nul.txt": {"hidden-characters"},
    "bidi.txt": {"hidden-characters"},
    "annotations.yml": {"annotations-bad-date", "annotations-invalid", "annotations-duplicate-key"},
}


ANNOTATIONS = """\
articles:
  storm-a.txt:
    date: 2017-02-30
  storm-c.txt:
    title: First title
  storm-c.txt:
    title: Second title
entities:
  Talal Sillo:
    coordinates: [.nan, 1.0]
  Hostile Daily:
    kind: "media_\\n"
"""
"""An impossible unquoted date, a duplicate key, NaN coordinates, a pattern fooled by a newline."""
ANNOTATION_WARNINGS = [
    ("annotations-bad-date", 2),
    ("annotations-duplicate-key", 6),
    ("annotations-invalid", 10),
    ("annotations-invalid", 12),
]


def _article(title: str, body: str, header: str = "Hostile Daily October 20, 2017") -> str:
    return f"{title}\n{header}\n\n{body}\n"


def write_hostile_seeds(seeds: Path, outside: Path) -> None:
    """Add the hostile files to ``seeds``; ``outside`` is a folder beside it for link targets."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "passwd").write_text(f"root:x:0:0:{SECRET}:/root:/bin/bash\n", encoding="utf-8")
    (outside / "secret-photo.jpg").write_bytes(SECRET.encode() * 10)
    (outside / "folder").mkdir(exist_ok=True)
    (outside / "folder" / "inside.txt").write_text(
        _article("Linked folder story", f"It says {SECRET}."), encoding="utf-8"
    )

    text = {
        # A C1 control in the outlet once broke the entity page's front matter, which was then
        # rendered as Markdown with attr_list: the event handler became live.
        "c1-outlet.txt": "Storm hits coast\n"
        "Outlet\u0085![x](x){:onerror=alert(1)} *em*{: onmouseover=alert(2)} October 20, 2017\n\n"
        "Talal Sillo said the storm hit [a link](javascript:alert(3)) at dawn.\n",
        # Once exponential in the dateline pattern.
        "redos.txt": "Dateline trap\n\nABC" + "-Ab" * 40 + "!\n",
        # A seed named .md was once published as a MkDocs page: raw HTML ran, template: aborted.
        "page.md": "---\ntemplate: evil.html\ntitle: <script>alert(4)</script>\n---\n\n"
        "Markdown seed\n\n<script>alert(5)</script> Body text of the story.\n",
        "dup_1.txt": _article("Same story", "First body about a flood in the valley."),
        "dup-1.txt": _article("Same story", "Second body about a fire in the hills."),
        "Dup_1.text": _article("Same story", "Third body about a storm over the sea."),
        "storm-a.txt": _article("Storm hits coast", "A storm hit the northern coast overnight."),
        "storm-b.txt": _article("Storm hits coast", "Fishermen stayed in port as waves rose."),
        "storm-c.txt": _article("Storm hits coast A", "The A road was closed by falling trees."),
        # A NUL this late is no sign of a binary file: it once vanished and words ran together.
        "nul.txt": "Late NUL story\n\n"
        + "Filler paragraph of the story.\n\n" * 300
        + "word\x00other and more text here.\n",
        "bidi.txt": "Bidi story\n\nSheikh \u202eidallA\u202c said the talks would go on.\n",
    }
    for name, content in text.items():
        (seeds / name).write_text(content, encoding="utf-8")
    (seeds / "utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + _article("Wide story", "Café owners reopen in Hamra.").encode("utf-16-le")
    )
    (seeds / "mixed.txt").write_bytes(
        _article("Mixed story", "Café in UTF-8.").encode() + "Caf\xe9 in Windows-1252.\n".encode("cp1252")
    )
    os.symlink(outside / "passwd", seeds / "passwd.txt")
    os.symlink(outside / "secret-photo.jpg", seeds / "c1-outlet-photo-1.jpg")
    os.symlink(outside / "folder", seeds / "linked")
    os.mkfifo(seeds / "pipe.txt")
    for folder, colour in (("north", b"north"), ("south", b"south")):
        (seeds / folder).mkdir()
        (seeds / folder / "shot.txt").write_text(
            _article(f"Photo story {folder}", "A photo was taken.\n\nJane Roe/Reuters\nA street after the storm."),
            encoding="utf-8",
        )
        (seeds / folder / "shot-photo-1.jpg").write_bytes(b"\xff\xd8" + colour * 50)
    (seeds / "annotations.yml").write_text(ANNOTATIONS, encoding="utf-8")
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      ..,,\n-'"
    (seeds / "random.txt").write_text("".join(rng.choice(letters) for _ in range(990_000)), encoding="utf-8")
