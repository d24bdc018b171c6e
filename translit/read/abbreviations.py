"""The hyphenated Russian abbreviations (изд-во, ин-т) as every scheme romanizes them.

The reader takes these as Russian, both parts, never as English "in" plus a letter. The rows
are the ``abbr`` lists of the glossary's data file (``translit/glossary/terms.toml``), read
here as data so that reading does not import the glossary (which itself reads through the
reader).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def romanized_abbreviations() -> frozenset[str]:
    """Every hyphenated abbreviation of the glossary as every scheme spells it, lower case with
    ties folded (izd-vo, in-t)."""
    from translit.normalize import fold_ties
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    data = tomllib.loads(resources.files("translit").joinpath("glossary", "terms.toml").read_text("utf-8"))
    out = set()
    for row in data["term"]:
        for a in row.get("abbr", ()):
            if "-" in a and " " not in a:
                for sid in SCHEME_IDS:
                    out.add(fold_ties(romanize(a, sid)).lower())
    return frozenset(out)
