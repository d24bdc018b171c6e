"""The compiled lexicon's lookup structures (DAWGs in the cache directory) against their sources.

The oracles are the sources themselves: pymorphy3's own dictionary and wordfreq's Russian list.
One test compiles a lexicon from scratch into a fresh cache directory holding a stale file, as a
new machine or a new format version does (about two CPU minutes).
"""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys

import pymorphy3
import pytest
from wordfreq import top_n_list, word_frequency

from translit.read import lexicon as lexmod
from translit.read.candidates import reader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def lex():
    return lexmod.lexicon()


@pytest.fixture(scope="module")
def morph():
    return pymorphy3.MorphAnalyzer()


def _russian(words):
    return [w for w in words if w.isalpha() and all("а" <= c <= "я" for c in w)]


@pytest.fixture(scope="module")
def sample():
    rng = random.Random(12)
    words = _russian(top_n_list("ru", 30000))
    return rng.sample(words, 2000)


def test_every_dictionary_form_is_found_with_its_flags(lex, morph, sample):
    known = [w for w in sample if morph.word_is_known(w)]
    assert len(known) > 1500
    for w in known:
        entry = lex.get(w)
        assert entry is not None and entry[1] & lexmod.KNOWN, w
        assert w in lex
        tags = {str(p.tag) for p in morph.parse(w) if p.is_known}
        if any("Surn" in t for t in tags):
            assert entry[1] & lexmod.SURN, w
        if not any("Name" in t for t in tags):
            assert not entry[1] & lexmod.NAME or "ё" in w, w


def test_frequencies_are_wordfreqs(lex, sample):
    # words without е or ё: no other spelling folds onto their key
    plain = [w for w in sample if "е" not in w][:300]
    assert len(plain) > 100
    for w in plain:
        zipf10 = round(10 * (math.log10(word_frequency(w, "ru", "large")) + 9))
        assert abs(lex.get(w)[0] - zipf10) <= 1, w


def test_prefixes_agree_with_the_dictionary(lex, morph, sample):
    words = morph.dictionary.words  # pymorphy3's own DAWG of its word forms
    rng = random.Random(3)
    checked = found = 0
    for w in sample[:400]:
        for k in range(1, len(w) + 1):
            assert lex.has_prefix(w[:k]), w[:k]
        # the word with a letter changed: a prefix of some form, or of none, as the sources say
        i = rng.randrange(len(w))
        p = w[:i] + rng.choice("бвгджзклмнпрстфхцчшщыэюя") + w[i + 1:i + 2]
        if "е" in p or "ё" in p:
            continue
        expected = any(True for _ in words.iterkeys(p)) or any(x.startswith(p) for x in _FREQ_WORDS())
        assert lex.has_prefix(p) == expected, p
        checked += 1
        found += expected
    assert checked > 250 and 0 < found < checked


_CACHE: list = []


def _FREQ_WORDS():
    if not _CACHE:
        from wordfreq import get_frequency_dict

        _CACHE.append([w.replace("ё", "е") for w in get_frequency_dict("ru", "large") if w.isalpha()])
    return _CACHE[0]


@pytest.mark.parametrize("odd", ["\ud800", "аб\x00", "\x00", "история\x00", "a\x01b", "🙂", "ab\udcff"])
def test_any_string_is_looked_up_without_error(lex, odd):
    assert lex.get(odd) is None
    assert odd not in lex
    assert lex.western_zipf(odd) == (0.0, 0.0)
    assert lex.has_prefix(odd) is False


def test_empty_string_and_western_words(lex):
    assert lex.has_prefix("") is True and "" not in lex and lex.get("") is None
    en, other = lex.western_zipf("History")
    assert en > 4.5 and lex.western_zipf("the")[0] > 7.0
    assert lex.western_zipf("zzzqxj") == (0.0, 0.0)
    assert lex.western_zipf("Bahnhof")[1] > lex.western_zipf("Bahnhof")[0]


def test_the_walk_reads_through_the_lexicon(lex):
    rd = reader()
    for latin, want in [("istoriia", "история"), ("gosudarstva", "государства"), ("moskva", "москва"),
                        ("pisʹma", "письма")]:
        keys = {p.key for p in rd.paths(latin)}
        assert want in keys and all(k in lex for k in keys)


def test_a_fresh_cache_is_compiled_and_a_stale_one_removed(tmp_path, lex):
    cache = tmp_path / "cache"
    cache.mkdir()
    stale = cache / "lexicon-000000000000.pickle"
    stale.write_bytes(b"an older format")
    week = 8 * 86400  # (the lexicon of another version is removed once no process opened it for a week)
    os.utime(stale, (stale.stat().st_atime - week, stale.stat().st_mtime - week))
    script = ("from translit.read.lexicon import lexicon, cache_dir; lx = lexicon(); "
              "import sys; print(sorted(p.name for p in cache_dir().glob('lexicon-*'))); "
              "print(lx.get('история'), 'москва' in lx, lx.has_prefix('госуд'), lx.western_zipf('history'))")
    env = dict(os.environ, TRANSLIT_CACHE=str(cache))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=1800,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names, answers = proc.stdout.strip().splitlines()
    assert not stale.exists()
    assert names == str([f"lexicon-{lexmod._versions()}.pickle"])
    assert answers == f"{lex.get('история')} True True {lex.western_zipf('history')}"
    assert "compiling" not in proc.stderr  # not a terminal: silent


class _SourceLexicon:
    """The lexicon as its sources answer it, without the compiled cache: pymorphy3's own DAWG of
    word forms (ё spelled out, so each е of a folded key may stand for ё) and wordfreq's Russian
    list. Slow, and only for the questions the candidate walk asks."""

    def __init__(self):
        import bisect

        import dawg
        import pymorphy3_dicts_ru
        from wordfreq import get_frequency_dict

        from translit.read.chunks import KEY_FOLD

        self.words = dawg.RecordDAWG(">HH")
        self.words.load(os.path.join(pymorphy3_dicts_ru.get_path(), "words.dawg"))
        self.freq = sorted({w.replace("ё", "е") for w in get_frequency_dict("ru", "large")
                            if w.isalpha() and all("а" <= c <= "я" or c == "ё" for c in w)})
        self._bisect = bisect.bisect_left
        self._fold = KEY_FOLD

    def _spellings(self, key: str):
        """Every spelling of a folded key with each е as е or ё."""
        out = [""]
        for c in key:
            out = [s + c for s in out] + ([s + "ё" for s in out] if c == "е" else [])
        return out

    def _in_freq(self, key: str, prefix: bool) -> bool:
        i = self._bisect(self.freq, key)
        return i < len(self.freq) and (self.freq[i].startswith(key) if prefix else self.freq[i] == key)

    def has_prefix(self, key: str) -> bool:
        return self._in_freq(key, True) or any(self.words.has_keys_with_prefix(s) for s in self._spellings(key))

    def __contains__(self, key: str) -> bool:
        return self._in_freq(key, False) or any(s in self.words for s in self._spellings(key))

    def value(self, key: str) -> int | None:
        """A form's value as the walk asks it: here only whether it is a form (0) or not (None)."""
        return 0 if key in self else None


def _walk_key(p):
    return (p.cyr, p.key, p.mask, round(p.slips, 6), p.why, p.pieces)


def test_the_walk_over_the_compiled_lexicon_finds_what_the_sources_give():
    """Property: on words romanized into every scheme, the candidate walk over the compiled
    DAWGs finds exactly the paths it finds over pymorphy3's and wordfreq's own data."""
    import copy

    from translit import romanize
    from translit.read.candidates import ALL
    from translit.read.chunks import canonical_latin
    from translit.schemes import SCHEME_IDS

    fast = reader()
    slow = copy.copy(fast)
    slow.lex = _SourceLexicon()
    slow._rows = {}
    rng = random.Random(99)
    words = rng.sample(_russian(top_n_list("ru", 50000)), 220)
    compared = with_paths = 0
    for cyr in words:
        for sid in SCHEME_IDS:
            latin = canonical_latin(romanize(cyr, sid))
            for mask, mix in ((ALL, True), (1 << SCHEME_IDS.index(sid), False)):
                got = sorted(map(_walk_key, fast._paths(latin, mask, mix)))
                want = sorted(map(_walk_key, slow._paths(latin, mask, mix)))
                assert got == want, (cyr, sid, latin)
                compared += 1
                with_paths += bool(got)
    assert compared == 220 * len(SCHEME_IDS) * 2 and with_paths > 0.95 * compared
