"""Russian → English pairs from Wiktionary, reached through a third language (``pivots.toml``).

Debian's FreeDict+WikDict dictionaries X → Russian (German, French, Polish, Italian, Dutch, Swedish;
built from Wiktionary) and FreeDict's X → English dictionaries are read as pairs: every Russian word
that is a whole item of an X headword's senses gets the first English words of that headword's
X → English entry. For each Russian word and English word the index keeps the number of pivot
languages in which they meet (заморозок → frost; документ → document in four). It is built at first
use, pickled into the lexicon's cache directory under a name keyed by the files' sizes and mtimes
and this module, and rebuilt when any of them changes; with none of the files installed it is
empty and the gloss is as before. :func:`translit.glossary.dictionary.lookup` uses it to confirm a
dictionary candidate, and the gloss, for a word nothing else glosses, as a last resort.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from translit import cachefile
from translit.read.lexicon import cache_dir
from translit.read.lexicon import fold as _fold

FORMAT = "gloss-pivot-1"
ENGLISH_PER_HEAD = 4  # the first English words of an X → English entry that count
KEEP = 6  # English words kept per Russian word
MIN_ZIPF = 2.0  # an English word of a pivot pair must be this frequent in English (wordfreq)

_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_RU_ITEM = re.compile(r"[а-яё][а-яё-]*")
_EN_ITEM = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)?")
_NUMBER = re.compile(r"^\s*\d+\.\s*")
_ASIDE = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/\n]*/")


@dataclass(frozen=True)
class Pair:
    """One pivot language: its X → Russian and X → English dictd files."""

    lang: str
    title: str
    russian: tuple[Path, Path]  # (.index, .dict.dz)
    english: tuple[Path, Path]


def pairs() -> list[Pair]:
    """The pivot languages of ``pivots.toml`` whose four files are present."""
    data = tomllib.loads(resources.files(__package__).joinpath("pivots.toml").read_text("utf-8"))
    override = os.environ.get("TRANSLIT_DICTD")
    out = []
    for row in data["pivot"]:
        d = Path(override or row["dir"])
        p = Pair(row["lang"], row["title"],
                 (d / f"{row['russian']}.index", d / f"{row['russian']}.dict.dz"),
                 (d / f"{row['english']}.index", d / f"{row['english']}.dict.dz"))
        if all(f.is_file() for f in (*p.russian, *p.english)):
            out.append(p)
    return out


def _entries(files: tuple[Path, Path]):
    """(lower-cased headword without its pronunciation and part of speech, body) of a dictd file."""
    from translit.glossary.dictionary import Source, entries  # (dictionary.py imports this module)

    for head, body in entries(Source("", "", "", files[0], files[1], 0.0)):
        yield " ".join(_ASIDE.sub(" ", head).split()).lower(), body


def russian_items(body: str) -> set[str]:
    """The Russian words that are whole items of an X → Russian entry's sense lines (folded; a
    phrase, an affix or an item with Latin letters is left out)."""
    out = set()
    for line in body.splitlines():
        if not _CYRILLIC.search(line):
            continue
        for item in _ASIDE.sub(" ", _NUMBER.sub("", line)).split(","):
            for part in item.split(";"):
                word = part.strip().lower()
                if _RU_ITEM.fullmatch(word) and not word.endswith("-"):
                    out.add(_fold(word))
    return out


def english_items(body: str) -> list[str]:
    """The first ``ENGLISH_PER_HEAD`` English words or two-word phrases of an X → English entry
    ("to " dropped from a verb; asides in brackets left out)."""
    out: list[str] = []
    for line in body.splitlines():
        for part in re.split(r"[,;|]", _ASIDE.sub(" ", _NUMBER.sub("", line))):
            word = " ".join(part.split()).lower()
            word = word[3:] if word.startswith("to ") else word
            if _EN_ITEM.fullmatch(word) and word not in out:
                out.append(word)
    return out[:ENGLISH_PER_HEAD]


def _english(item: str) -> bool:
    """Whether every word of ``item`` is an English word wordfreq knows (``MIN_ZIPF``): the WikDict
    X → English entries also carry their X definitions (Polish osoba, pojedynczy osobnik)."""
    from wordfreq import zipf_frequency

    return len(item) > 1 and all(zipf_frequency(w, "en") >= MIN_ZIPF for w in item.split())


def build(found: list[Pair]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Folded Russian word → ((English, number of pivot languages giving the pair), …), most first."""
    votes: dict[str, dict[str, set[str]]] = {}
    for p in found:
        to_english: dict[str, list[str]] = {}
        for head, body in _entries(p.english):
            to_english.setdefault(head, [e for e in english_items(body) if _english(e)])
        for head, body in _entries(p.russian):
            english = to_english.get(head)
            if not english:
                continue
            for ru in russian_items(body):
                slot = votes.setdefault(ru, {})
                for e in english:
                    slot.setdefault(e, set()).add(p.lang)
    out = {}
    for ru, slot in votes.items():
        ranked = sorted(slot.items(), key=lambda kv: -len(kv[1]))[:KEEP]
        out[ru] = tuple((e, len(langs)) for e, langs in ranked)
    return out


def _versions(found: list[Pair]) -> str:
    parts = [FORMAT, Path(__file__).read_text("utf-8")]
    for p in found:
        for f in (*p.russian, *p.english):
            st = f.stat()
            parts.append(f"{f}:{st.st_size}:{int(st.st_mtime)}")
    return hashlib.sha1(";".join(parts).encode()).hexdigest()[:12]


def _problem(data) -> str | None:
    return None if isinstance(data, dict) else "not a pivot index"


@cache
def index() -> dict[str, tuple[tuple[str, int], ...]]:
    """The cached pivot index (built on first use; empty when no pivot pair is installed)."""
    found = pairs()
    if not found:
        return {}
    path = cache_dir() / f"gloss-pivot-{_versions(found)}.pickle"
    data = cachefile.read_pickle(path, _problem)
    if data is not None:
        return data
    data = build(found)
    cachefile.write_pickle(path, data)
    return data


def votes(keys: list[str]) -> dict[str, int]:
    """English word (lower case) → the most pivot languages that pair it with one of ``keys``."""
    idx = index()
    out: dict[str, int] = {}
    for key in keys:
        for e, n in idx.get(_fold(key), ()):
            out[e] = max(out.get(e, 0), n)
    return out


@cache
def english_best() -> dict[str, int]:
    """English word → the most pivot languages that pair it with any one Russian word (one = один
    in five, единица in one): how strong the English word's best Russian pair is."""
    out: dict[str, int] = {}
    for pairs_of in index().values():
        for e, n in pairs_of:
            if n > out.get(e, 0):
                out[e] = n
    return out
