"""speed26: the candidate walk asks a new prefix question straight of the lexicon's DAWG
(``Lexicon.walk_has_prefix``) while its own tree of prefixes keeps the answer, and of the
remembering ``Lexicon.has_prefix`` past the tree's room or on a lexicon without the direct
question. These tests pin that every way gives the same answers and the same paths (real
lexicon, real tables; no timing)."""

from __future__ import annotations

import copy

import pytest

from translit.read.candidates import ALL, PREFIX_TREE, clear_caches, reader

WORDS = ("kolkhoznitsa", "gosudarstvennogo", "pod''em", "tschernyschewski", "ulianovsk", "parizh\"",
         "istoriia", "qwxz", "zhurnal", "Gogol'".lower())


def _walk_key(p) -> tuple:
    return (p.cyr, p.key, p.mask, p.slips, p.why, p.pieces, p.entry)


def test_the_direct_question_answers_as_has_prefix():
    """On prefixes of real forms, keys no form starts with, and the empty key, the DAWG's direct
    answer is the remembering lookup's."""
    lex = reader().lex
    keys = ["", "г", "госуд", "государств", "колхозниц", "щщщ", "ъа", "москва", "москвы", "парижъ", "ёлк", "елк"]
    keys += [k + "ж" for k in keys]
    for k in keys:
        assert bool(lex.walk_has_prefix(k)) is lex.has_prefix(k), k
    assert any(lex.has_prefix(k) for k in keys) and not all(lex.has_prefix(k) for k in keys)


def test_the_walk_finds_the_same_paths_past_the_trees_room():
    """A walk whose tree of prefixes is full (the remembering lookup asked instead) finds the
    same paths, in the same order, as one that asks the DAWG directly."""
    rd = reader()
    clear_caches()
    direct = {w: [_walk_key(p) for p in rd._paths(w, ALL)] for w in WORDS}
    clear_caches()
    full = copy.copy(rd)
    full._prefixes = (rd.lex, {})
    full._prefixes_kept = PREFIX_TREE  # no room: every node kept for its walk only
    for w in WORDS:
        assert [_walk_key(p) for p in full._paths(w, ALL)] == direct[w], w
    assert sum(bool(v) for v in direct.values()) >= 6


class _NoDirectQuestion:
    """The real lexicon without ``walk_has_prefix`` (a lexicon of another make, as tests build)."""

    def __init__(self, lex):
        self._lex = lex

    def __getattr__(self, name):
        if name == "walk_has_prefix":
            raise AttributeError(name)
        return getattr(self._lex, name)


@pytest.mark.parametrize("mask,mix", [(ALL, True), (1, False), (2, True)])
def test_a_lexicon_without_the_direct_question_walks_alike(mask, mix):
    rd = reader()
    clear_caches()
    want = {w: [_walk_key(p) for p in rd._paths(w, mask, mix)] for w in WORDS}
    other = copy.copy(rd)
    other.lex = _NoDirectQuestion(rd.lex)
    for w in WORDS:
        assert [_walk_key(p) for p in other._paths(w, mask, mix)] == want[w], w
