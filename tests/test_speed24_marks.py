"""speed24: detection tries a word for a mark only when it holds one of the mark's needed letters or
pairs of neighbouring letters (``detect._needed_grams``); the marks found must be exactly those of
trying every pattern of ``evidence.toml`` on the word (the careful path), on words of our own in
many conventions, on random strings of the marks' own letters, and on patterns of our own."""

from __future__ import annotations

import random
import re

import pytest

from translit.read.candidates import canonical_latin, latin_forms
from translit.read.detect import _evidence_rules, _mark_plan, _needed_grams, _signal

# trying every pattern of evidence.toml on a word: speed11's naive reference, shared rather than copied
from test_speed11_marks import _naive_marks as _every_pattern

OWN_WORDS = ["Shchedrin", "Zhukovskii", "Chaadaev", "Kharkiv", "Iasnaia", "Poliana", "Yakutsk", "Yeltsin",
             "Tschaikowsky", "Dostojewski", "Čechov", "Ščedrin", "Szczepański", "Čajkovskij", "Xrusčov",
             "Ljubljana", "Njegoš", "Tjutčev", "Gheorghe", "Vasilievici", "Jurgis", "Ivanovas", "Tôlstoï",
             "Pouchkine", "Ėkaterinburg", "Lʹvov", "obʺiavlenie", "Fëdor", "Tikhoretsk", "physics", "quay",
             "Whitehall", "Oxford", "Ostrovskogo", "istorii", "skii", "Ţiganov", "Ağa", "Lõuna", "Müller",
             "Dziga", "Gyula", "Nyíregyháza", "tsja", "zjemlja", "Romaniya", "Vyazemskii", "aieiouy", "y", "ii"]


@pytest.mark.parametrize("word", OWN_WORDS)
def test_marks_of_own_words_are_those_of_every_pattern(word):
    cw = latin_forms(word)[1]
    for capital in (False, True):
        assert list(_signal(cw, capital)[2]) == _every_pattern(cw)


def test_marks_of_random_strings_of_the_marks_letters_are_those_of_every_pattern():
    letters = sorted(set("".join(p.pattern for p, _, _ in _evidence_rules()) + "aeiou ʹʺ") - set("\\()[]|?*+<!=:^$.{},"))
    rng = random.Random(24)
    for _ in range(1500):
        cw = canonical_latin("".join(rng.choice(letters) for _ in range(rng.randint(1, 9))))
        assert list(_signal(cw, False)[2]) == _every_pattern(cw), cw


def test_every_hit_in_own_text_holds_a_needed_gram():
    text = " ".join(canonical_latin(w) for w in OWN_WORDS)
    for k, _findall, _strings, need in _mark_plan(False):
        if need is None:
            continue
        for m in _evidence_rules()[k][0].finditer(text):
            assert m.group() == "" or any(g in m.group() for g in need), (k, m.group())


@pytest.mark.parametrize("pattern,text,grams", [
    ("zh|kh|sh", "moshka", {"zh", "kh", "sh"}),  # each branch its pair
    ("x[aeiouy]", "maxim", {"xa", "xe", "xi", "xo", "xu", "xy"}),
    ("sh|w|y[aeiou]", "wodka", {"sh", "w", "ya", "ye", "yi", "yo", "yu"}),  # a branch of one letter keeps it
    ("(?:ov|ev)as\\b", "petrovas", {"as"}),  # the pair after a group
    ("(?<![a-z])[a-z]*j[aueo]", "stoja", {"ja", "je", "jo", "ju"}),  # a lookbehind and a repeat consume nothing fixed
])
def test_needed_grams_of_own_patterns(pattern, text, grams):
    need = _needed_grams(re.compile(pattern))
    assert need == grams
    hit = re.search(pattern, text).group()
    assert any(g in hit for g in need)


@pytest.mark.parametrize("pattern", ["(?i:sh)", "a?b?", "[^x]y?", "\\bq*", "(?=ab)"])
def test_patterns_that_do_not_say_their_grams_are_always_tried(pattern):
    assert _needed_grams(re.compile(pattern)) is None
