"""Word lists for the languages beside Russian, each as lower-case Cyrillic word → Zipf frequency.

* Ukrainian: wordfreq's Ukrainian list plus every word form of pymorphy3-dicts-uk (forms the
  frequency list lacks get a floor frequency, so a rare inflection still counts as a word).
* Bulgarian and Macedonian: wordfreq's lists.
* Serbian: wordfreq serves Serbian as Serbo-Croatian in Latin letters; it is kept in Latin and
  used where a Latin spelling has to be checked (:mod:`translit.langs.serbian`).
* Belarusian and Rusyn: no list is available (wordfreq falls back to Russian for ``be``, which
  would be wrong), so :func:`words` is empty and readers say so.

Lists are loaded once per process; the Ukrainian dictionary forms are compiled into a marisa trie
under the reader's cache directory the first time they are needed.
"""

from __future__ import annotations

import math
import os
from functools import cache

import marisa_trie

WORDFREQ_LANGS = {"uk": "uk", "bg": "bg", "mk": "mk", "sr": "sh"}
DICTIONARY_FLOOR = 1.0  # Zipf given to a dictionary form that wordfreq does not list
_FORMAT = "1"


def _zipf(freq: float) -> float:
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


@cache
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's list for ``lang`` as word → Zipf (empty where wordfreq has no list of its own)."""
    code = WORDFREQ_LANGS.get(lang)
    if code is None:
        return {}
    import wordfreq

    return {w: _zipf(f) for w, f in wordfreq.get_frequency_dict(code).items() if w.isalpha()}


@cache
def _dictionary_trie(lang: str) -> marisa_trie.Trie | None:
    """pymorphy3's word forms for ``lang`` (only Ukrainian has a dictionary package)."""
    if lang != "uk":
        return None
    try:
        import pymorphy3_dicts_uk
    except ImportError:
        return None
    from importlib import metadata

    from translit.read.lexicon import cache_dir

    version = metadata.version("pymorphy3-dicts-uk")
    path = cache_dir() / f"forms-uk-{_FORMAT}-{version}.marisa"
    if path.exists():
        trie = marisa_trie.Trie()
        trie.mmap(str(path))
        return trie
    import dawg

    d = dawg.RecordDAWG(">HH")
    d.load(os.path.join(pymorphy3_dicts_uk.get_path(), "words.dawg"))
    forms = {w.replace("'", "ʼ").replace("’", "ʼ") for w in d.keys()}
    trie = marisa_trie.Trie(forms)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    trie.save(str(tmp))
    os.replace(tmp, path)
    return trie


@cache
def words(lang: str) -> marisa_trie.Trie:
    """Every known word of ``lang`` (frequency list and dictionary forms), for prefix pruning."""
    keys = set(frequencies(lang))
    extra = _dictionary_trie(lang)
    if extra is not None:
        keys.update(extra.keys())
    return marisa_trie.Trie(keys)


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word in ``lang``; the floor for a dictionary-only form; 0 if unknown.

    A Serbian Cyrillic word is looked up by its Latin spelling (wordfreq's list is in Latin).
    """
    if lang == "sr" and any("\u0400" <= c <= "\u04ff" for c in word):
        from translit.romanize import romanize

        word = romanize(word, "national", lang="sr")
    f = frequencies(lang).get(word)
    if f is not None:
        return f
    trie = _dictionary_trie(lang)
    if trie is not None and word in trie:
        return DICTIONARY_FLOOR
    return 0.0


def is_word(word: str, lang: str) -> bool:
    """Whether ``lang``'s lists know this lower-case word (False where a language has no list)."""
    return zipf(word.lower(), lang) > 0


def has_lexicon(lang: str) -> bool:
    return lang in WORDFREQ_LANGS
