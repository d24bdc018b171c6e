"""gloss32's classes of gloss misses (review of gloss31's forename rule, and the comparative or
superlative whose sense the dictionary index gave to the positive), each tested on three or more
words of the class. Real pymorphy3, wordfreq and the installed bilingual dictionaries."""

import pytest

from translit.glossary import gloss_text
from translit.glossary.dictionary import index


def first(text: str, word: str):
    """The gloss of ``word`` in ``text`` glossed whole."""
    return next(w for w in gloss_text(text).words if w.cyrillic == word)


# 1. A capitalized word with a forename reading right before a capitalized surname or patronymic in
#    the same case is the forename, though pymorphy3 first reads a common noun (лев, вера, любовь)
@pytest.mark.parametrize("text, word", [
    ("Льва Толстого жизнь", "Льва"),
    ("Веры Фигнер воспоминания", "Веры"),
    ("Любови Орловой роли", "Любови"),
    ("Надежды Мандельштам книга", "Надежды"),
    ("Ивана Грозного эпоха", "Ивана"),
])
def test_forename_before_surname_is_a_name(text, word):
    assert first(text, word).source == "name"


@pytest.mark.parametrize("text, word, english", [
    ("Веры и надежды", "Веры", "faith"),  # no surname after it: the common noun
    ("Ивы над рекой", "Ивы", "willow"),  # gloss31's rule still holds
    ("Бобы и горох", "Бобы", "bean"),
    ("Надежды и мечты", "Надежды", "hope"),
])
def test_common_noun_without_a_surname_after_it(text, word, english):
    g = first(text, word)
    assert g.source == "dictionary" and g.glosses[0] == english


# 2. The dictionary index does not give a superlative's or comparative's English to its positive:
#    pymorphy3's lemma of малейший, наименьший is малый, of величайший великий
@pytest.mark.parametrize("positive, foreign", [
    ("малый", "least"),
    ("великий", "greatest"),
    ("хороший", "better"),
])
def test_positive_has_no_superlative_sense(positive, foreign):
    assert foreign not in [e for e, _, _ in index().get(positive, ())]


@pytest.mark.parametrize("text, word, english", [
    ("Малый театр", "Малый", "small"),
    ("Малая земля", "Малая", "small"),
    ("Малые народы Севера", "Малые", "small"),
])
def test_maly_is_small_not_least(text, word, english):
    glosses = first(text, word).glosses
    assert glosses[0] != "least" and english in glosses[:2]


def test_superlative_keeps_its_own_sense():
    assert "least" in first("Малейший повод", "Малейший").glosses
