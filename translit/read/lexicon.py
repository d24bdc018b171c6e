"""The Russian lexicon the reader ranks by: every word form of pymorphy3's OpenCorpora dictionary
with its proper-name tags, and wordfreq's Russian frequencies.

Building it means walking 5 million dictionary entries, so it is compiled once into a
file under the user cache directory (``$TRANSLIT_CACHE``, else ``$XDG_CACHE_HOME/translit``,
else ``~/.cache/translit``) and rebuilt whenever the versions of pymorphy3-dicts-ru or wordfreq
or the code that builds it change (a damaged file is noticed and rebuilt: :mod:`translit.cachefile`).
Keys are lower case with ё folded to е; a marisa trie maps such keys back to their ё spelling for
``--yo``.

The forms are held in two DAWGs (dawg2): one answering "is this a form, or the start of one?"
(the candidate walk asks that about ten times a word) and one giving a form's frequency and
flags. A DAWG lookup follows one transition per letter, a few times faster than a marisa
trie's on words met in no particular order, which is how a reader meets them.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

import dawg
import marisa_trie

from translit import cachefile

FORMAT_VERSION = "6"  # 6: the forms in DAWGs (a prefix DAWG and a value DAWG)

# Flags stored with every form (bit set when any dictionary reading of the form carries the tag).
NAME, SURN, PATR, GEOX, ABBR, ORGN, KNOWN, TRAD = 1, 2, 4, 8, 16, 32, 64, 128
_TAG_FLAGS = {"Name": NAME, "Surn": SURN, "Patr": PATR, "Geox": GEOX, "Abbr": ABBR, "Orgn": ORGN, "Trad": TRAD}
PROPER = NAME | SURN | PATR | GEOX | ORGN | TRAD


def cache_dir() -> Path:
    base = os.environ.get("TRANSLIT_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg or Path.home() / ".cache") / "translit"


def _versions() -> str:
    """The hash naming the lexicon file: its format, the versions of what it is built from, and the
    source of the code that builds it (this module and the letter model's), so another copy of
    translit sharing the cache directory whose build differs never reads this one's file."""
    from importlib import resources

    parts = [FORMAT_VERSION]
    for name in ("lexicon.py", "ngram.py"):
        parts.append(hashlib.sha1(resources.files("translit.read").joinpath(name).read_bytes()).hexdigest())
    for dist in ("pymorphy3-dicts-ru", "wordfreq", "marisa-trie", "dawg2"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=none")
    return hashlib.sha1(";".join(parts).encode()).hexdigest()[:12]


def fold(word: str) -> str:
    """Lexicon key of a Cyrillic word: lower case, ё → е."""
    return word.lower().replace("ё", "е")


def _iter_dictionary():
    """Yield (word form, flags) for every entry of the OpenCorpora dictionary."""
    from translit.morphology import analyzer
    import pymorphy3_dicts_ru

    morph = analyzer()
    build_tag = morph.dictionary.build_tag_info
    tag_flags: dict[tuple[int, int], int] = {}
    path = os.path.join(pymorphy3_dicts_ru.get_path(), "words.dawg")
    try:
        import dawg  # dawg2: the C implementation walks the file in seconds

        d = dawg.RecordDAWG(">HH")
        d.load(path)
        items = d.iteritems()
    except ImportError:  # pure-Python fallback, about 20 times slower
        items = morph.dictionary.words.iteritems()
    for word, (para, idx) in items:
        key = (para, idx)
        fl = tag_flags.get(key)
        if fl is None:
            tag = str(build_tag(para, idx))
            fl = KNOWN
            for name, bit in _TAG_FLAGS.items():
                if name in tag:
                    fl |= bit
            tag_flags[key] = fl
        yield word, fl


class _Steps:
    """Progress of the one-time build, on standard error when it is a terminal: a line per step
    and a counter over the dictionary's word forms. Silent otherwise (logs, pipes, tests)."""

    def __init__(self, enabled: bool | None = None):
        self.on = sys.stderr.isatty() if enabled is None else enabled

    def say(self, text: str) -> None:
        if self.on:
            print(f"translit: {text}", file=sys.stderr, flush=True)

    def count(self, items, what: str):
        if not self.on:
            return items
        from tqdm import tqdm

        return tqdm(items, unit=f" {what}", unit_scale=True, file=sys.stderr, mininterval=0.5, leave=False)


def _pack(zipf10: int, flags: int) -> int:
    """A form's frequency and flags as one integer (the value DAWG holds integers)."""
    return zipf10 << 8 | flags


def build(path: Path, steps: _Steps | None = None) -> None:
    """Compile the lexicon into ``path`` (a pickle of the form DAWGs, the ё trie, the Western
    words and the n-gram model)."""
    from wordfreq import get_frequency_dict

    steps = steps or _Steps(False)
    flags: dict[str, int] = {}
    yo: dict[str, str] = {}
    steps.say("1/4 reading the word forms of the pymorphy3 (OpenCorpora) dictionary")
    for word, fl in steps.count(_iter_dictionary(), "forms"):
        key = fold(word)
        flags[key] = flags.get(key, 0) | fl
        if "ё" in word:
            yo[key] = word
    freq: dict[str, float] = {}
    steps.say("2/4 adding wordfreq's Russian, English, French and German frequencies")
    for word, f in get_frequency_dict("ru", "large").items():
        if not word.isalpha() or not all("\u0430" <= c <= "\u044f" or c == "ё" for c in word):
            continue
        key = fold(word)
        freq[key] = freq.get(key, 0.0) + f
        if "ё" in word and key not in yo:
            yo[key] = word
    steps.say("3/4 compiling the DAWGs and tries")
    records = []
    for key in set(flags) | set(freq):
        f = freq.get(key, 0.0)
        zipf10 = max(0, min(255, round(10 * (math.log10(f) + 9)))) if f > 0 else 0
        records.append((key, (zipf10, flags.get(key, 0))))
    records.sort()
    forms = dawg.IntCompletionDAWG([(k, _pack(z, f)) for k, (z, f) in records], input_is_sorted=True)
    prefixes = dawg.CompletionDAWG([k for k, _ in records], input_is_sorted=True)
    yo_trie = marisa_trie.BytesTrie([(k, v.encode("utf-8")) for k, v in yo.items()])
    # Western words met beside Russian in catalogue data (English, French, German), so the
    # reader can leave them alone without loading wordfreq's lists at every start.
    western: dict[str, list[int]] = {}  # word → [English zipf × 10, French/German zipf × 10]
    for lang, slot, discount, floor in (("en", 0, 0.0, 1.0), ("fr", 1, 0.5, 2.0), ("de", 1, 0.5, 2.0)):
        for word, f in get_frequency_dict(lang, "large").items():
            z = math.log10(f) + 9 - discount
            if z < floor or not word.isalpha():
                continue
            z10 = min(255, round(10 * z))
            row = western.setdefault(word, [0, 0])
            row[slot] = max(row[slot], z10)
    western_dawg = dawg.IntDAWG(sorted((w, _pack(*z)) for w, z in western.items()), input_is_sorted=True)
    from translit.read.ngram import train

    steps.say("4/4 training the letter model")
    model = train(((k, 10 ** (z / 10 - 9) if z else 1e-9) for k, (z, _) in records))
    cachefile.write_pickle(path, {"forms": forms.tobytes(), "prefixes": prefixes.tobytes(), "yo": yo_trie.tobytes(),
                                  "ngram": model, "western": western_dawg.tobytes()})


class Lexicon:
    """Lookup of folded Cyrillic word forms: frequency (zipf × 10), flags, prefixes, ё spelling.

    Every lookup answers any string: one that cannot be a form (a NUL, which the DAWG would
    read as the end of the key, or a lone surrogate) is simply not found."""

    def __init__(self, path: Path, data: dict | None = None):
        if data is None:
            with open(path, "rb") as fh:
                data = pickle.load(fh)
        self.forms = dawg.IntCompletionDAWG().frombytes(data["forms"])
        self.prefixes = dawg.CompletionDAWG().frombytes(data["prefixes"])
        self.yo_trie = marisa_trie.BytesTrie().frombytes(data["yo"])
        self.ngram = data["ngram"]
        self.western = dawg.IntDAWG().frombytes(data["western"])
        any_with = self.prefixes.has_keys_with_prefix
        seen: dict[str, bool] = {}  # prefixes recur across words (gosudarstv-…): remember them

        def has_prefix(prefix: str) -> bool:
            hit = seen.get(prefix)
            if hit is None:
                try:
                    hit = any_with(prefix) and "\x00" not in prefix
                except UnicodeEncodeError:  # a lone surrogate: no form starts so
                    hit = False
                if len(seen) < 2_000_000:
                    seen[prefix] = hit
            return hit

        self.has_prefix = has_prefix
        # does some form start with ``prefix``, straight from the DAWG, neither guarded nor remembered:
        # for the candidate walk, whose keys are built from the tables' Cyrillic (no NUL, no lone
        # surrogate) and whose own tree of prefixes remembers each answer (WordReader._prefix_tree)
        self.walk_has_prefix = any_with
        # a form's packed value (zipf × 10 << 8 | flags) or None, for keys built from the tables'
        # Cyrillic (the candidate walk's: no NUL, no lone surrogate, so no guard)
        self.value = self.forms.get
        self.clear_memo = seen.clear  # forget the remembered prefixes (benchmarks of new words)

    def get(self, key: str) -> tuple[int, int] | None:
        """(zipf × 10, flags) of a folded form, or None when the form is unknown."""
        try:
            v = self.forms.get(key)
        except UnicodeEncodeError:
            return None
        if v is None or "\x00" in key:
            return None
        return v >> 8, v & 255

    def __contains__(self, key: str) -> bool:
        try:
            return key in self.prefixes and "\x00" not in key
        except UnicodeEncodeError:
            return False

    def western_zipf(self, word: str) -> tuple[float, float]:
        """Zipf frequency of ``word`` in English, and in French or German (less 0.5)."""
        word = word.lower()
        try:
            v = self.western.get(word)
        except UnicodeEncodeError:
            return 0.0, 0.0
        if v is None or "\x00" in word:
            return 0.0, 0.0
        return (v >> 8) / 10.0, (v & 255) / 10.0

    def yo_form(self, key: str) -> str | None:
        found = self.yo_trie.get(key)
        return found[0].decode("utf-8") if found else None


def lexicon_path() -> Path:
    """Where the compiled lexicon is (or will be) kept: its name says the versions it was built from."""
    return cache_dir() / f"lexicon-{_versions()}.pickle"


_PARTS = ("forms", "prefixes", "yo", "ngram", "western")
# words any sound lexicon holds: a Russian form, and English words of the Western list
_SURE_FORMS = ("и", "россия")
_SURE_WESTERN = ("the", "and", "played")


def _open(path: Path) -> Lexicon:
    """The lexicon at ``path``, checked: every part there, and its Russian forms and Western
    (English) words not empty (a lexicon without them would read every English word as Russian)."""
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    if not isinstance(data, dict) or not all(k in data for k in _PARTS):
        raise ValueError("not a lexicon of this version: parts missing")
    lex = Lexicon(path, data)
    if not all(lex.get(w) for w in _SURE_FORMS) or not all(lex.western_zipf(w)[0] > 0 for w in _SURE_WESTERN):
        raise ValueError("its Russian forms or its English word list are empty or incomplete")
    return lex


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon, built on first use (about two CPU minutes) and cached on disk; a
    damaged cache file is reported, removed and built again (:mod:`translit.cachefile`)."""
    path = lexicon_path()
    from translit.read.walk_index import _mark_used, _remove_unused

    found = cachefile.open_checked(path, _open)
    if found is not None:
        _mark_used(path)
        return found
    steps = _Steps()
    steps.say(f"compiling the Russian lexicon the reader needs, once (about two minutes); it is kept in {path.parent}")
    build(path, steps)
    steps.say("lexicon ready")
    _remove_unused(path, "lexicon-*.pickle")  # (those of other versions not opened for a week)
    return _open(path)


def tagged(word: str, flags: int) -> bool:
    """Does the lexicon give ``word`` one of the flags of ``flags`` (GEOX, SURN, ABBR, KNOWN…)?"""
    entry = lexicon().get(fold(word))
    return entry is not None and bool(entry[1] & flags)


def is_dictionary_word(word: str) -> bool:
    """True when ``word`` is a known Russian word form that is not only an abbreviation."""
    entry = lexicon().get(fold(word))
    if entry is None:
        return False
    zipf10, flags = entry
    return bool(flags & KNOWN) and not (flags & ABBR)
