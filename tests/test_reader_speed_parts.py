"""The parts of the reader that exist for speed keep what they replace: the candidate walk's chain
of steps lays flat into the same pieces and reasons, the garbage collector's settings after loading
leave a host's own settings alone, and ``fold_ties`` on ASCII returns the text itself. Real
lexicon, real tables."""

from __future__ import annotations

import gc

import pytest

from translit.normalize import TIE, TIE_LEFT, TIE_RIGHT, fold_ties
from translit.read.candidates import ALL, YOUNG_COLLECTION, _flat, latin_forms, reader, settle_heap
from translit.romanize import romanize

# words of three classes, each spelled in several schemes: the walk finds them with no slip,
# with a sign dropped or added, and by mixing schemes or with a pre-1918 hard sign
PLAIN = ["istoriia", "gosudarstva", "Moskva", "zhizn'", "Khrushchev"]
SIGNS = ["pisma", "Gogol", "Ulianovsk", "obyasnenie", "Tolstoj"]
MIXED = ["veroiatnosteĭ", "Parizhʺ", "tschechow", "Sergei", "Dostoevskii"]


@pytest.mark.parametrize("words", [PLAIN, SIGNS, MIXED], ids=["plain", "signs", "mixed"])
def test_a_found_path_lays_its_steps_flat_into_pieces_that_spell_it(words):
    for word in words:
        w = latin_forms(word)[1]
        paths = reader()._paths(w, ALL)
        assert paths, word
        for p in paths:
            flat = p.flat_steps()
            assert len(flat) % 4 == 0 and all(type(x) is not tuple for x in flat)
            # the pieces follow the Latin from its start to its end and write the path's Cyrillic
            assert "".join(c for _, _, c in p.pieces) == p.cyr, (word, p.cyr)
            ends = [(a, b) for a, b, _ in p.pieces]
            assert ends[0][0] == 0 and ends[-1][1] == len(w), (word, ends)
            assert all(b0 == a1 for (_, b0), (a1, _) in zip(ends, ends[1:])), (word, ends)
            assert p.why == tuple(x for x in flat[3::4] if x)
            if not p.slips:  # only a step that costs gives a reason
                assert p.why == (), (word, p.cyr, p.why)


def test_the_chain_of_steps_lays_flat_first_step_first():
    chain = ()
    flat = ()
    for k, (cyr, why) in enumerate([("и", None), ("с", None), ("т", "a slip"), ("ь", "a sign")]):
        chain = (chain, k, k + 1, cyr, why)
        flat += (k, k + 1, cyr, why)
    assert _flat(chain) == flat
    assert _flat(()) == ()
    assert _flat(((), 0, 2, "х", None)) == (0, 2, "х", None)


def test_the_same_word_in_several_schemes_is_walked_to_the_same_form():
    for cyr, form in [("Хрущёв", "хрущев"), ("история", "история"), ("объяснение", "объяснение")]:
        for scheme in ("alalc", "bgn-pcgn", "iso9", "german", "french"):
            w = latin_forms(romanize(cyr, scheme))[1]
            keys = {p.key for p in reader()._paths(w, ALL)}
            assert form in keys, (scheme, w, keys)


def test_settling_the_heap_raises_a_low_young_threshold_and_keeps_a_higher_one():
    reader()
    saved = gc.get_threshold()
    try:
        assert gc.get_threshold()[0] >= YOUNG_COLLECTION  # set when the reader was loaded
        gc.set_threshold(700, 10, 10)
        settle_heap()
        assert gc.get_threshold() == (YOUNG_COLLECTION, 10, 10)
        gc.set_threshold(5 * YOUNG_COLLECTION, 7, 9)
        settle_heap()
        assert gc.get_threshold() == (5 * YOUNG_COLLECTION, 7, 9)  # the host's own choice stays
        gc.set_threshold(0, 10, 10)  # automatic collection turned off by the host: stays off
        settle_heap()
        assert gc.get_threshold()[0] == 0
        assert gc.get_freeze_count() > 0  # what was loaded is set aside
    finally:
        gc.set_threshold(*saved)


@pytest.mark.parametrize("text", ["Istoriia", "stat'i i pis'ma", "", "1917 – ?", "Tsar\u2019"])
def test_fold_ties_returns_text_without_ties_unchanged(text):
    assert fold_ties(text) == text


@pytest.mark.parametrize("text, folded", [
    (f"t{TIE_LEFT}s{TIE_RIGHT}arstvo", f"t{TIE}sarstvo"),
    (f"i\u035daia", f"i{TIE}aia"),
    (f"Zh{TIE_LEFT}iu", f"Zh{TIE}iu"),
])
def test_fold_ties_still_folds_half_marks_and_lookalikes(text, folded):
    assert fold_ties(text) == folded
