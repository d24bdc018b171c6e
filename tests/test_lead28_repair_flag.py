"""A reading found by undoing a slip carries the kind of slip as a typed field (``Candidate.repair``),
which code tests instead of searching the reason's text (issue 12: typed sources, not reasons)."""

import pytest

from translit.langs.identify import repaired_reading
from translit.read.candidates import Repair
from translit.read.words import read_word


@pytest.mark.parametrize("word", ["Novosibrisk", "Mosvka", "Dostoevksii", "Petrgorad"])
def test_a_transposition_undone_is_marked_typing(word):
    r = read_word(word)
    assert r.candidates and r.candidates[0].repair == Repair.TYPING, r.as_dict(3)
    assert repaired_reading(r)


@pytest.mark.parametrize("word", ["Iiteratury", "Narodnoc", "Moskvy"])
def test_an_ocr_repair_or_none(word):
    r = read_word(word)
    top = r.candidates[0]
    # the repair field and the reason agree: a slip undone is said in both, or in neither
    assert (top.repair == Repair.OCR) == ("OCR slip" in top.reason)
    assert repaired_reading(r) == bool(top.repair)


@pytest.mark.parametrize("word", ["Moskva", "istoriia", "Pokrovskii"])
def test_a_word_read_as_written_is_not_marked(word):
    r = read_word(word)
    assert r.candidates and r.candidates[0].repair == ""
    assert not repaired_reading(r)
