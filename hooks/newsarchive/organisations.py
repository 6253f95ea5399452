"""Very well-known organisations known by several names: the alias table
(``data/organisations.tsv``) gives each its one name and its kind ("AP" -> "Associated Press",
media)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA
from .text import fold


@lru_cache(maxsize=1)
def _organisations() -> dict[str, tuple[str, str]]:
    """Folded name or alias -> (canonical name, kind), from ``data/organisations.tsv``."""
    table: dict[str, tuple[str, str]] = {}
    for line in (DATA / "organisations.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, *aliases = line.split("\t")
        for name in (canonical, *aliases):
            table[_organisation_key(name)] = (canonical, kind)
    return table


def _organisation_key(name: str) -> str:
    return re.sub(r"^the\s+", "", fold(name).replace(".", "").replace("-", " "))


def canonical_organisation(name: str) -> str | None:
    """The one name of a very well-known organisation known by several: "AP" -> "Associated Press".

    Case matters for short forms ("IS" is the group, "is" is not), so a name of four letters or
    fewer must be written in capitals to match."""
    found = _known_organisation(name)
    return found[0] if found else None


def organisation_kind(name: str) -> str | None:
    """``media``, ``armed_group``, ``organization``... for a name in the alias table."""
    found = _known_organisation(name)
    return found[1] if found else None


def _known_organisation(name: str) -> tuple[str, str] | None:
    bare = name.strip().replace(".", "")
    if len(bare) <= 4 and not bare.isupper():
        return None
    return _organisations().get(_organisation_key(name))
