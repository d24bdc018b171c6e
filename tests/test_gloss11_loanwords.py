"""gloss11's class (issue 17): a word neither dictionary has is glossed by the English loanword it
spells (транзистор = transistor, кимберлитовый = kimberlite), letter for letter with the vowels,
never a false friend another language owns (интернат is no "internat", фамилия no "familia"),
and never when a dictionary has the word. Words of our own, not of any gold file."""

from __future__ import annotations

import pytest

from translit.glossary import gloss_text
from translit.glossary.dictionary import index, loanword

pytestmark = pytest.mark.skipif(not index(), reason="no bilingual dictionary installed")


def _word(title: str, word: str):
    return next(w for w in gloss_text(title).words if w.cyrillic == word)


@pytest.mark.parametrize("lemma,pos,english", [("транзистор", "NOUN", "transistor"),
                                               ("кимберлитовый", "ADJF", "kimberlite"),
                                               ("композитный", "ADJF", "composite"),
                                               ("смартфон", "NOUN", "smartphone")])
def test_a_loanword_spells_its_english(lemma, pos, english):
    assert loanword(lemma, pos) == english


@pytest.mark.parametrize("lemma,pos", [("интернат", "NOUN"), ("фамилия", "NOUN"), ("ротор", "NOUN"),
                                       ("бежать", "INFN"), ("транзисторный", "VERB")])
def test_no_false_friend_short_word_or_verb(lemma, pos):
    assert loanword(lemma, pos) is None


@pytest.mark.parametrize("title,word,english", [("Германиевые транзисторы", "транзисторы", "transistor"),
                                                ("Кимберлитовые поля Якутии", "Кимберлитовые", "kimberlite"),
                                                ("Композитные лопасти", "Композитные", "composite")])
def test_the_gloss_takes_the_loanword_when_nothing_else_has_it(title, word, english):
    w = _word(title, word)
    assert w.glosses[:1] == [english] and w.kind == "loanword"


def test_a_plural_loanword_is_plural_in_the_line():
    assert "transistors" in gloss_text("Германиевые транзисторы").gloss


@pytest.mark.parametrize("title,word", [("Магазин у дороги", "Магазин"), ("Бетон и арматура", "Бетон"),
                                        ("Резисторы", "Резисторы")])
def test_a_dictionary_word_is_never_a_loanword(title, word):
    assert _word(title, word).kind != "loanword"


@pytest.mark.parametrize("text", ["", "\u0000\U0001F600", "ТРАНЗИСТОР", "x" * 50, "транзистор-"])
def test_any_unicode_survives(text):
    gloss_text(text)
    assert loanword(text, "NOUN") is None or isinstance(loanword(text, "NOUN"), str)
