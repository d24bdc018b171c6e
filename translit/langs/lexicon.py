"""Word lists for the languages beside Russian, each as lower-case Cyrillic word → Zipf frequency.

* Ukrainian: wordfreq's Ukrainian list plus every word form of pymorphy3-dicts-uk (forms the
  frequency list lacks get a floor frequency, so a rare inflection still counts as a word).
* Bulgarian: wordfreq's list plus every word form of the Hunspell dictionary (Debian's
  hunspell-bg, expanded by ``unmunch``: 867,000 forms, the definite ones among them) at the floor
  frequency, as Ukrainian's dictionary forms; wordfreq's Bulgarian list stops at Zipf 3, so
  without it a rare form (манастирската, хайдутите) is no word at all.
* Macedonian: wordfreq's list (a large one, down to Zipf 1).
* Serbian: wordfreq serves Serbian as Serbo-Croatian in Latin letters; it is kept in Latin and
  used where a Latin spelling has to be checked (:mod:`translit.langs.serbian`). Debian's
  hunspell-sr numbers its affix flags (``FLAG num``), which Hunspell's ``unmunch`` cannot expand
  (it crashes); :mod:`translit.langs.hunspell` expands it in Python, and its forms are kept apart
  from the list (:func:`extra_dictionary`), for Cyrillic identification only.
* Belarusian: every word form of the Hunspell dictionary (Debian's hunspell-be, expanded by
  Hunspell's ``unmunch``), all at the floor frequency, since no frequency list exists (wordfreq
  falls back to Russian for ``be``, which would be wrong). Without the dictionary or ``unmunch``
  the list is empty and Belarusian is read by its character model, as Rusyn always is.

Lists are loaded once per process; the Ukrainian dictionary forms are compiled into a marisa trie
under the reader's cache directory the first time they are needed.
"""

from __future__ import annotations

import math
import os
from functools import cache

import marisa_trie

from translit.langs.weights import LW

WORDFREQ_LANGS = {"uk": "uk", "bg": "bg", "mk": "mk", "sr": "sh"}
DICTIONARY_FLOOR = LW.lexicon.dictionary_floor  # Zipf given to a dictionary form that wordfreq does not list
_FORMAT = "1"
# Hunspell dictionaries (Debian's hunspell-<lang> packages), where a language has no frequency list
HUNSPELL = {"be": ("/usr/share/hunspell/be_BY.dic", "/usr/share/hunspell/be_BY.aff"),
            "bg": ("/usr/share/hunspell/bg_BG.dic", "/usr/share/hunspell/bg_BG.aff")}


def _zipf(freq: float) -> float:
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


@cache
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's list for ``lang`` as word → Zipf (empty where wordfreq has no list of its own)."""
    code = WORDFREQ_LANGS.get(lang)
    if code is None:
        return {}
    import wordfreq

    return {w: _zipf(f) for w, f in wordfreq.get_frequency_dict(code).items() if _apostrophe(w).isalpha()}


@cache
def list_floor(lang: str) -> float:
    """The lowest Zipf frequency ``lang``'s wordfreq list shows (about 1 for a large list, 3 for a
    small one: wordfreq has large lists for Russian, Ukrainian and Macedonian, small ones only for
    Bulgarian and Serbo-Croatian); 0.0 where the language has no wordfreq list. A dictionary's
    forms (:func:`has_dictionary`) are not counted: they carry no frequency.

    A word missing from a list is rarer than its floor, no more: missing from a small list is weak
    evidence, missing from a large one strong (:mod:`translit.langs.identify` weighs it so)."""
    import wordfreq

    code = "ru" if lang == "ru" else WORDFREQ_LANGS.get(lang)
    if code is None:
        return 0.0
    return _zipf(min(wordfreq.get_frequency_dict(code).values()))


@cache
def has_dictionary(lang: str) -> bool:
    """Whether ``lang``'s word list has a dictionary's forms beside wordfreq's here."""
    return len(words(lang)) > len(frequencies(lang)) if lang in WORDFREQ_LANGS else False


def _hunspell_forms(lang: str) -> list[str]:
    """Every form of ``lang``'s Hunspell dictionary, expanded by ``unmunch``; empty without them."""
    import shutil
    import subprocess

    dic, aff = HUNSPELL.get(lang, ("", ""))
    unmunch = shutil.which("unmunch")
    if not (unmunch and os.path.exists(dic) and os.path.exists(aff)):
        return []
    try:
        out = subprocess.run([unmunch, dic, aff], capture_output=True, timeout=300, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    forms = (_apostrophe(w.strip().lower()) for w in out.decode("utf-8", "replace").splitlines())
    return [w for w in forms if w and all("\u0400" <= c <= "\u04ff" or c == "ʼ" for c in w)]


def _dictionary_forms(lang: str) -> list[str]:
    """The word forms of ``lang``'s dictionary: pymorphy3's for Ukrainian, Hunspell's for Belarusian and Bulgarian."""
    if lang in HUNSPELL:
        return _hunspell_forms(lang)
    if lang != "uk":
        return []
    try:
        import pymorphy3_dicts_uk
    except ImportError:
        return []
    import dawg

    d = dawg.RecordDAWG(">HH")
    d.load(os.path.join(pymorphy3_dicts_uk.get_path(), "words.dawg"))
    return [_apostrophe(w) for w in d.keys()]


def _apostrophe(word: str) -> str:
    return word.replace("'", "ʼ").replace("’", "ʼ")


def _versions(lang: str) -> str:
    from importlib import metadata

    parts = [_FORMAT, lang]
    for dist in ("wordfreq", "pymorphy3-dicts-uk", "marisa-trie"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=none")
    for path in HUNSPELL.get(lang, ()):
        parts.append(f"{path}={os.stat(path).st_size if os.path.exists(path) else 'none'}")
    import hashlib

    return hashlib.sha1(";".join(parts).encode()).hexdigest()[:12]


@cache
def words(lang: str) -> marisa_trie.RecordTrie:
    """Every known word of ``lang`` with its Zipf × 10 (the floor for dictionary-only forms).

    Compiled once into the reader's cache directory (``$TRANSLIT_CACHE``…) and memory-mapped.
    """
    from translit.read.lexicon import cache_dir

    from translit import cachefile

    path = cache_dir() / f"words-{lang}-{_versions(lang)}.marisa"
    found = cachefile.mmap_trie(path, marisa_trie.RecordTrie("<B"))  # (a damaged file is built again)
    if found is not None:
        return found
    records = {_apostrophe(w): max(1, min(255, round(10 * z))) for w, z in frequencies(lang).items()}
    floor = round(10 * DICTIONARY_FLOOR)
    for form in _dictionary_forms(lang):
        records.setdefault(form, floor)
    trie = marisa_trie.RecordTrie("<B", [(w, (z,)) for w, z in records.items()])
    cachefile.save_trie(path, trie)
    return cachefile.mmap_trie(path, marisa_trie.RecordTrie("<B")) or trie


# Hunspell dictionaries kept apart from the word lists, consulted only as membership in Cyrillic
# identification (``in_extra_dictionary``): Debian's hunspell-sr in Latin letters (its Cyrillic
# twin sr_RS holds the same words), whose numbered affix flags only :mod:`translit.langs.hunspell`
# expands. Serbian's reading and romanized identification keep wordfreq's list alone.
EXTRA_DICTIONARIES = {"sr": ("/usr/share/hunspell/sr_Latn_RS.dic", "/usr/share/hunspell/sr_Latn_RS.aff")}


@cache
def extra_dictionary(lang: str) -> marisa_trie.Trie:
    """Every form of ``lang``'s extra dictionary (``EXTRA_DICTIONARIES``), lower-case; empty where
    the dictionary is not installed. Expanded once (some 30 CPU-s for Serbian's 3.2 million forms)
    into the reader's cache directory and memory-mapped after that."""
    from translit.read.lexicon import cache_dir

    paths = EXTRA_DICTIONARIES.get(lang)
    if not paths or not all(os.path.exists(p) for p in paths):
        return marisa_trie.Trie()
    import hashlib

    stamp = ";".join([_FORMAT, lang] + [f"{p}={os.stat(p).st_size}" for p in paths])
    from translit import cachefile

    path = cache_dir() / f"dictionary-{lang}-{hashlib.sha1(stamp.encode()).hexdigest()[:12]}.marisa"
    found = cachefile.mmap_trie(path, marisa_trie.Trie())  # (a damaged file is built again)
    if found is not None:
        return found
    from translit.langs.hunspell import expand

    dic, aff = (open(p, encoding="utf-8", errors="replace").read() for p in paths)
    trie = marisa_trie.Trie(_apostrophe(w) for w in set(expand(dic, aff)) if w.isalpha())
    cachefile.save_trie(path, trie)
    return trie


def in_extra_dictionary(word: str, lang: str) -> bool:
    """Whether ``lang``'s extra dictionary has this lower-case word (a Serbian Cyrillic word is
    looked up by its Latin spelling, as in :func:`zipf`)."""
    if lang not in EXTRA_DICTIONARIES:
        return False
    if lang == "sr" and any("\u0400" <= c <= "\u04ff" for c in word):
        from translit.romanize import romanize

        word = romanize(word, "national", lang="sr")
    return word in extra_dictionary(lang)


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word in ``lang``; the floor for a dictionary-only form; 0 if unknown.

    A Serbian Cyrillic word is looked up by its Latin spelling (wordfreq's list is in Latin).
    """
    if lang == "sr" and any("\u0400" <= c <= "\u04ff" for c in word):
        from translit.romanize import romanize

        word = romanize(word, "national", lang="sr")
    if not has_lexicon(lang):
        return 0.0
    found = words(lang).get(word)
    return found[0][0] / 10.0 if found else 0.0


def is_word(word: str, lang: str) -> bool:
    """Whether ``lang``'s lists know this lower-case word (False where a language has no list)."""
    return zipf(word.lower(), lang) > 0


@cache
def has_lexicon(lang: str) -> bool:
    """Whether ``lang`` has a word list here (a frequency list, or a dictionary that is installed)."""
    return lang in WORDFREQ_LANGS or (lang in HUNSPELL and len(words(lang)) > 0)
