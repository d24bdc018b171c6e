"""The archive registry: current Russian archives, every predecessor name, and lookup by any
spelling (acronym or full name, Cyrillic or any romanization, with or without spaces).

Data: ``archives.toml`` beside this module, one row per archive with its predecessors.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Name:
    """One name an archive carries or carried."""

    acronym: str  # Latin (ALA-LC without diacritics, digraphs title-case)
    acronym_cyr: str
    name_cyr: str = ""
    name_en: str = ""
    years: str = ""
    source: str = ""
    note: str = ""  # what the source did not confirm
    acronym_alone: bool = True  # False: an acronym other archives share, no spelling of this one alone


@dataclass(frozen=True)
class FileSeries:
    """A file mark a collection is cited by instead of fond and opis' (the Smolensk Archive's
    ``WKP 186``): its prefix; whether the mark alone names the archive (``alone``), or only in a
    citation that names it; and the source."""

    prefix: str
    alone: bool
    source: str = ""


@dataclass
class Archive:
    id: str  # the current Latin acronym: RGASPI, GARF, APRF, TsA FSB…
    current: Name
    name_lc: str
    since: str
    source: str
    country: str = "Russia"
    note: str = ""
    predecessors: list[Name] = field(default_factory=list)
    file_series: list[FileSeries] = field(default_factory=list)

    @property
    def name_en(self) -> str:
        return self.current.name_en


@dataclass(frozen=True)
class Match:
    archive: Archive
    cited: Name  # the name as cited (a predecessor, or the current name)

    @property
    def is_predecessor(self) -> bool:
        return self.cited is not self.archive.current


_LETTERS = re.compile(r"[^\W\d_]+")


def acronym_key(text: str) -> str:
    """Fold an acronym: any script → ALA-LC without diacritics, upper case, letters only."""
    from translit.romanize import romanize

    text = unicodedata.normalize("NFC", text)
    if re.search("[\u0400-\u04ff]", text):
        text = romanize(text, "alalc-plain")
    return "".join(_LETTERS.findall(text)).upper()


def _name_key(text: str) -> str:
    from translit.matchkey import key

    return key(text)


_NOT_RUSSIAN = re.compile("[іїєґўІЇЄҐЎ']")


def _romanized(name_cyr: str) -> list[str]:
    """A Russian name in ALA-LC without diacritics, as English-language footnotes write it
    (Tsentral'nyi gosudarstvennyi arkhiv …): one spelling more for the row, derived, not stored
    (for its ``name_cyr`` and each Russian name of its ``names``); a Latin name gives none.
    A Ukrainian or Belarusian name is left to the row's own name_lc."""
    if not name_cyr or _NOT_RUSSIAN.search(name_cyr) or not re.search("[\u0400-\u04ff]", name_cyr):
        return []
    from translit.romanize import romanize

    return [romanize(name_cyr, "alalc-plain")]


@cache
def _rows() -> list[tuple[Archive, list[tuple[Name, list[str], list[str], list[str]]]]]:
    """Each archive with its names: (the name, its acronyms as spellings, its variants, its full
    names and their romanizations)."""
    data = tomllib.loads(resources.files(__name__).joinpath("archives.toml").read_text("utf-8"))
    out = []
    for row in data["archive"]:
        since = row.get("since", "")
        current = Name(row["id"], row.get("acronym_cyr", ""), row.get("name_cyr", ""), row["name_en"],
                       f"since {since}" if since else "",
                       row["source"], row.get("note", ""), row.get("acronym_alone", True))
        arc = Archive(row["id"], current, row["name_lc"], since, row["source"], row.get("country", "Russia"),
                      row.get("note", ""),
                      file_series=[FileSeries(f["prefix"], bool(f.get("alone", False)), f.get("source", row["source"]))
                                   for f in row.get("file_series", [])])
        # an acronym several archives share (GANO: the Novosibirsk and the Novgorod oblast archives)
        # names the row only by its variants and full names, never alone: `acronym_alone = false`
        names = [(current, [current.acronym, current.acronym_cyr] if current.acronym_alone else [],
                  row.get("variants", []), [current.name_cyr, row["name_lc"], row["name_en"],
                                                     *row.get("names", []), *_romanized(current.name_cyr),
                                                     *(r for nm in row.get("names", []) for r in _romanized(nm))])]
        for p in row.get("predecessors", []):
            n = Name(p["acronym"], p.get("acronym_cyr", ""), p.get("name_cyr", ""), p.get("name_en", ""), p.get("years", ""),
                     p.get("source", row["source"]), p.get("note", ""), p.get("acronym_alone", True))
            arc.predecessors.append(n)
            names.append((n, [n.acronym, n.acronym_cyr] if n.acronym_alone else [],
                          p.get("variants", []), [p.get("name_cyr", ""), p.get("name_lc", ""),
                                                     p.get("name_en", ""), *p.get("names", []),
                                                     *_romanized(n.name_cyr),
                                                     *(r for nm in p.get("names", []) for r in _romanized(nm))]))
        out.append((arc, names))
    return out


@cache
def registry() -> tuple[list[Archive], dict[str, Match], dict[str, Match]]:
    archives: list[Archive] = []
    by_acronym: dict[str, Match] = {}
    by_name: dict[str, Match] = {}
    for arc, names in _rows():
        archives.append(arc)
        for n, acronyms, variants, full in names:
            m = Match(arc, n)
            for a in [*acronyms, *variants]:
                by_acronym.setdefault(acronym_key(a), m)
                by_name.setdefault(_name_key(a), m)
            for f in full:
                if f:
                    by_name.setdefault(_name_key(f), m)
    return archives, by_acronym, by_name


@cache
def spellings() -> list[tuple[str, bool, Match]]:
    """Every way the registry spells an archive: (text, is it an acronym, what it resolves to).
    The citation finder builds its pattern from this list."""
    out: list[tuple[str, bool, Match]] = []
    for arc, names in _rows():
        for n, acronyms, variants, full in names:
            m = Match(arc, n)
            out += [(a, True, m) for a in [*acronyms, *variants] if a]
            out += [(f, False, m) for f in full if f]
    return out


def resolve(text: str) -> Match | None:
    """The archive a cited name refers to (RTsKhIDNI → RGASPI), or None when unknown."""
    if not isinstance(text, str) or not text.strip():
        return None
    _, by_acronym, by_name = registry()
    cleaned = text.strip(" .,;:")
    hit = by_acronym.get(acronym_key(cleaned))
    if hit is None:
        hit = by_name.get(_name_key(cleaned))
    if hit is None:  # "RGASPI Moscow", "TsA FSB Rossii, Moscow": try the leading words
        words = cleaned.split()
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            hit = by_acronym.get(acronym_key(head)) or by_name.get(_name_key(head))
            if hit is not None:
                break
    return hit


def archives() -> list[Archive]:
    return registry()[0]


@cache
def file_series() -> dict[str, tuple[FileSeries, Match]]:
    """Every file mark of the registry (``archives.toml`` ``file_series``) by its prefix: the row
    and the archive (under its current name) it belongs to."""
    out: dict[str, tuple[FileSeries, Match]] = {}
    for arc, _ in _rows():  # not registry(): its name keys read text, which asks for these marks
        for s in arc.file_series:
            out.setdefault(s.prefix, (s, Match(arc, arc.current)))
    return out
