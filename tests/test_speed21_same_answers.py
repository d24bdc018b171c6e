"""speed21: three shortcuts of cold reading that must not change an answer.

- a walk row (and a trigram guess row) of a rest of a word is made of each chunk's row entry made
  once per two letters (``WordReader._starting_entries``): the same rows as from the chunks;
- detection tries a word for a mark of ``evidence.toml`` only when the word holds one of the letters
  (or, since speed24, pairs of letters) every hit of the mark's pattern holds (``detect._needed_grams``):
  the same marks and hits;
- a path's slips are named in its reason only when it is ranked (``scoring.rank_reason``): the same
  reasons as when every path's reason was written out.
The words are our own, in several conventions."""

from __future__ import annotations

import re

import pytest

from translit.read.candidates import _END, canonical_latin, clear_caches, latin_forms, reader, word_facts
from translit.read.chunks import HARD
from translit.read.detect import _evidence_rules, _mark_plan, _needed_grams, _signal
from translit.read.scoring import Preference, _apply_preference, _base_scores, rank_reason

WORDS = ["Pasternak", "Zhdanovshchina", "ob''ezd", "Ob\"edinenie", "Tsvetaeva", "Podʺem", "Khrushchëv",
         "Chruščiovas", "Tschernyschewski", "Gorbatxov", "Szimanszkij", "Yevtuşenko", "Mandel'shtam",
         "I︠A︡roslavl'", "Ėrenburg", "Nikolái", "kolkhoz", "sovkhozy", "Leningrad", "physics", "Wodka", "ia"]


def _tails(w: str) -> list[str]:
    rd = reader()
    n = len(w)
    return [w[i:i + rd._longest.get(w[i], 1)] if i + rd._longest.get(w[i], 1) < n else w[i:] + _END
            for i in range(n)]


def _row_from_chunks(tail: str, guess: bool) -> tuple:
    """A row as it was made before, from the chunks themselves."""
    rd = reader()
    end = tail.endswith(_END)
    if end:
        tail = tail[:-1]
    out = []
    for c in rd._starting(tail[:2]):
        if not tail.startswith(c.latin) or c.at_end and not (end and len(c.latin) == len(tail)):
            continue
        if guess:
            if c.guess:
                out.append((len(c.latin), c.cyrillic, c.key, c.mask, c.cost, c.after))
            continue
        closing = c.latin == HARD and end and len(tail) == len(HARD) and c.key == "ъ"
        out.append((len(c.latin), c.cyrillic, c.key, c.mask, c.cost, c.why, c.after, closing))
    return tuple(out)


@pytest.mark.parametrize("word", WORDS)
def test_rows_are_those_of_the_chunks(word):
    rd = reader()
    for tail in _tails(latin_forms(word)[1]):
        assert rd._row(tail) == _row_from_chunks(tail, False), tail
        assert rd._guess_row(tail) == _row_from_chunks(tail, True), tail


def test_a_closing_hard_sign_is_marked_in_its_row_only_at_the_word_end():
    rd = reader()
    assert any(e[7] for e in rd._row(HARD + _END))
    assert not any(e[7] for e in rd._row(HARD + "e"))


@pytest.mark.parametrize("pattern,letters,text", [
    ("zh|kh|sh", set("zhks"), "kasha shum"),  # each branch: one of its letters will do
    ("[čšž]", set("čšž"), "duša"),
    ("sk(?:ii|aia)\\b|i[au]", set("skiau"), "istoriia"),
    ("(?<![a-z])oe|joe", set("oje"), "a oe b"),
])
def test_needed_letters_of_a_pattern(pattern, letters, text):
    need = _needed_grams(re.compile(pattern))
    assert need is not None and set("".join(need)) <= letters
    hit = re.search(pattern, text).group()
    assert any(g in hit for g in need)


@pytest.mark.parametrize("pattern", ["y?", "[^a]b?", "(?i)sh", "\\w+", "(?=x)"])
def test_a_pattern_that_does_not_say_its_letters_is_always_tried(pattern):
    assert _needed_grams(re.compile(pattern)) is None


@pytest.mark.parametrize("word", WORDS)
def test_marks_are_those_of_every_pattern(word):
    cw = latin_forms(word)[1]
    every = []
    for k, (pat, _, _) in enumerate(_evidence_rules()):
        hits = pat.findall(cw)
        if hits:
            every.append((k, tuple(h if isinstance(h, str) else h[0] for h in hits)))
    assert list(_signal(cw, word[:1].isupper())[2]) == every


def test_every_hit_holds_a_needed_letter():
    text = " ".join(canonical_latin(w) for w in WORDS)
    for k, findall, _strings, need in _mark_plan(False):
        if need is None:
            continue
        for m in _evidence_rules()[k][0].finditer(text):
            assert m.group() == "" or any(g in m.group() for g in need), (k, m.group())


@pytest.mark.parametrize("word", ["Ulianovsk", "Gogol", "Tsvetaeva", "Mandelshtam", "podezd", "Kozloff"])
def test_ranked_reasons_name_the_slips_as_before(word):
    clear_caches()
    norm, w = latin_forms(word)
    facts = word_facts(w)
    assert any(p.slips for p in facts.paths)  # (the word has readings that needed slips)
    for case in ("lower", "title"):
        rows, ranks = _base_scores(facts.paths, facts.zipf10, facts.flags, case)
        for prefer in (Preference.only(None), Preference.only("alalc-plain")):
            for p, _s, _src, reason in _apply_preference((rows, ranks), prefer):
                assert type(reason) is str
                if p.slips:
                    assert reason.endswith(" (with " + "; ".join(dict.fromkeys(x for x in p.why if x)) + ")")


def test_rank_reason_leaves_a_reason_of_no_slips_as_it_is():
    assert rank_reason("known word form") == "known word form"
