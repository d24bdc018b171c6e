"""The hyphenated Russian abbreviations (изд-во, ин-т) as every scheme romanizes them.

The reader takes these as Russian, both parts, never as English "in" plus a letter, and reads
them as the abbreviation (отд-ние, not отд-не by a slip that makes the common word не). The rows
are the ``abbr`` lists of the glossary's data file (``translit/glossary/terms.toml``), read
here as data so that reading does not import the glossary (which itself reads through the
reader). An abbreviation is declined as its full word is (ин-т, ин-та, ин-те: института,
институте), so each is taken in every case and number its word has in pymorphy3's dictionary.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


@cache
def hyphenated_abbreviations() -> frozenset[str]:
    """Every hyphenated abbreviation of the glossary in Cyrillic, lower case, in every case and
    number of its full word: the abbreviation's last part takes the ending of the word's form
    (ин-т → ин-та, ин-том; отд-ние → отд-ния; лит-ра → лит-ры)."""
    return frozenset(declined_abbreviations())


@cache
def declined_abbreviations() -> dict[str, str]:
    """{every case and number of a hyphenated abbreviation of the glossary, lower case: the
    abbreviation as the glossary writes it} (ун-та → ун-т, о-ва → о-во, б-ки → б-ка), so that the
    glossary finds an abbreviation declined in a title (Изд-во Ленингр. ун-та) by its row (gloss29)."""
    from translit.morphology import analyzer

    morph = analyzer()
    data = tomllib.loads(resources.files("translit").joinpath("glossary", "terms.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    for row in data["term"]:
        word = row["cyrillic"].lower()
        for a in row.get("abbr", ()):
            if "-" not in a or " " in a:
                continue
            written = a
            a = a.lower()
            out.setdefault(a, written)
            head, last = a.rsplit("-", 1)
            if " " in word or not word.endswith(last):
                continue
            stem = word[:len(word) - len(last)]
            nouns = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and p.word == word]
            for form in {f.word for p in nouns[:1] for f in p.lexeme}:
                rest = form[len(stem):]
                if form.startswith(stem) and len(rest) >= len(last) and rest[0] == last[0]:
                    out.setdefault(f"{head}-{rest}", written)
    return out


@cache
def romanized_abbreviations() -> frozenset[str]:
    """Every hyphenated abbreviation of the glossary, in every case, as every scheme spells it,
    lower case with ties folded (izd-vo, in-t, in-ta)."""
    from translit.normalize import fold_ties
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    return frozenset(fold_ties(romanize(a, sid)).lower() for a in hyphenated_abbreviations() for sid in SCHEME_IDS)


_BRACKETED = re.compile(r"[^\W\d_]+\([^\W\d_]\)")  # ВКП(б): a word and one letter in brackets


@cache
def bracketed_abbreviations() -> dict[str, str]:
    """{every abbreviation of the glossary written with one bracketed letter (a party's name and its
    faction: ВКП(б), РКП(б), РСДРП(б), the б of большевиков), as every scheme spells it, lower case with
    ties folded (vkp(b)): the abbreviation as the glossary writes it (ВКП(б))}. The reader takes the
    bracketed letter as the abbreviation's own, Russian like the capitals before it, never as a Latin
    letter left in brackets, and writes it as the glossary does, in capitals too (VKP(B): ВКП(б))."""
    from translit.normalize import fold_ties
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    data = tomllib.loads(resources.files("translit").joinpath("glossary", "terms.toml").read_text("utf-8"))
    written = {a for row in data["term"] for a in (row["cyrillic"], *row.get("abbr", ())) if _BRACKETED.fullmatch(a)}
    return {fold_ties(romanize(a, sid)).lower(): a for a in sorted(written) for sid in SCHEME_IDS}
