"""The reader's per-word memos and the preference's penalty memo: bounded, emptied on request,
and answering exactly what the function they remember answers."""

from __future__ import annotations

import pickle

import translit
from translit.read.candidates import clear_caches, per_word_cache, reader
from translit.read.detect import _word_signal
from translit.read.scoring import Preference
from translit.schemes import SCHEME_IDS


def test_memo_answers_as_the_function_and_stays_bounded():
    calls = []

    @per_word_cache(3, register=False)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [shout(w) for w in ("a", "b", "a", "c")] == ["A", "B", "A", "C"]
    assert calls == ["a", "b", "c"]  # the second "a" was remembered
    for w in ("d", "e", "f", "g", "h"):
        assert shout(w) == w.upper()
        assert shout.cache_info().currsize <= 3  # emptied after 3 misses, then filled again
    shout.cache_clear()
    assert shout.cache_info().currsize == 0
    assert shout("a") == "A" and calls[-1] == "a"  # asked again after the clear


def test_registered_memos_empty_with_the_reader_caches():
    translit.to_cyrillic("Istoriia gosudarstva Rossiiskogo")
    assert _word_signal.cache_info().currsize > 0
    assert reader().spellable("moskva", 1) in (True, False)
    clear_caches()
    assert _word_signal.cache_info().currsize == 0
    assert reader().spellable.cache_info().currsize == 0


def test_penalty_is_the_smallest_of_the_mask_and_remembered():
    pens = tuple(float(i % 5) for i in range(len(SCHEME_IDS)))
    pref = Preference(pens)
    for mask in (0b1, 0b110, 0b10000, (1 << len(SCHEME_IDS)) - 1):
        want = min(p for i, p in enumerate(pens) if mask >> i & 1)
        assert pref.penalty(mask) == want
        assert pref.penalty(mask) == want  # the remembered answer is the same
    from translit.read.weights import W

    assert pref.penalty(0) == W.preference.max_penalty  # no scheme at all


def test_readings_survive_pickling():
    # batch jobs send readings between processes: the slotted word readings and candidates pickle whole
    for text in ("Neizvestnyi Bukharin: stat'i i pis'ma", "Dostoevskii F. M.", "the NKVD archive"):
        r = translit.to_cyrillic(text)
        back = pickle.loads(pickle.dumps(r))
        assert back.as_dict(None) == r.as_dict(None)
        assert [w.candidates for w in back.words] == [w.candidates for w in r.words]
