"""speed25: detection finds the marks a word may bear through an index of the marks' needed letters
and pairs (``detect._mark_index``) instead of testing every mark of ``_mark_plan`` against the word.
The marks tried must be exactly those the plan's own test keeps (a needed set the word's letters
and pairs meet, or none needed), in the plan's order, on words of our own in many conventions, on
random strings of the marks' letters and on arbitrary Unicode; and ``_signal`` must use the index."""

from __future__ import annotations

import random

from translit.read.candidates import canonical_latin, latin_forms
from translit.read.detect import _evidence_rules, _mark_index, _mark_plan, _signal

from test_speed11_marks import _naive_marks as _every_pattern

OWN_WORDS = ["Shchukin", "Zhdanov", "Khabarovsk", "Iaroslavl", "Yurii", "Tschechow", "Puschkin", "Čelябинск",
             "Žitomir", "Škola", "Tjumen", "Djagilev", "Gheorghiu", "Nyitra", "Szolnok", "Ushakov", "Ėrmitazh",
             "obʺedinenie", "Mariʹ", "physics", "through", "Cambridge", "Ivanovaitė", "Łódź", "Ōsaka", "x", "Q"]


def _tried_by_plan(cw: str) -> list[int]:
    """The plan positions the plain test keeps: every mark whose needed set the word meets."""
    grams = set(cw) | {cw[i:i + 2] for i in range(len(cw) - 1)}
    return [p for p, (_k, _f, _s, need) in enumerate(_mark_plan(cw.isascii()))
            if need is None or not need.isdisjoint(grams)]


def _tried_by_index(cw: str) -> list[int]:
    """The plan positions the index gives, in ascending order."""
    _plan, bits, by_gram = _mark_index(cw.isascii())
    for g in set(cw) | {cw[i:i + 2] for i in range(len(cw) - 1)}:
        bits |= by_gram.get(g, 0)
    return [p for p in range(bits.bit_length()) if bits >> p & 1]


def test_index_tries_the_marks_the_plan_keeps_on_own_words():
    for word in OWN_WORDS:
        cw = latin_forms(word)[1]
        assert _tried_by_index(cw) == _tried_by_plan(cw), word


def test_index_tries_the_marks_the_plan_keeps_on_random_strings_and_unicode():
    letters = sorted(set("".join(p.pattern for p, _, _ in _evidence_rules()) + "aeiouʹʺ") - set("\\()[]|?*+<!=:^$.{},"))
    rng = random.Random(25)
    for _ in range(2000):
        cw = canonical_latin("".join(rng.choice(letters) for _ in range(rng.randint(1, 10))))
        assert _tried_by_index(cw) == _tried_by_plan(cw), cw
        assert list(_signal(cw, False)[2]) == _every_pattern(cw), cw
    for _ in range(500):  # arbitrary code points, surrogates and NUL included
        cw = "".join(chr(rng.randint(0, 0x10FFFF if rng.random() < 0.3 else 0x17F)) for _ in range(rng.randint(1, 8)))
        assert _tried_by_index(cw) == _tried_by_plan(cw), repr(cw)


def test_every_plan_position_is_reachable_and_signal_uses_the_index():
    for ascii_word in (True, False):
        plan, always, by_gram = _mark_index(ascii_word)
        bits = always
        for b in by_gram.values():
            bits |= b
        assert bits == (1 << len(plan)) - 1  # every mark is tried for some word
    _mark_index.cache_clear()
    _signal(canonical_latin("Shchedrin"), True)
    assert _mark_index.cache_info().currsize == 1
