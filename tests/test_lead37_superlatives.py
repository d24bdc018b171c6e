"""lead37: two gloss classes the final CI of stop 37 caught after gloss31/gloss32.

- A superlative with a dictionary entry of its own (высший, лучший, низший) is looked up by itself
  first, its positive's English counting ``superlative_positive`` less: gloss32 stopped indexing a
  superlative's senses under its positive (малый is no "least"), which left высшая = high.
- Of an -ic/-ical pair made for an -ический loan, the one English writes more wins (histological,
  not histologic; algorithmic, not algorithmical).
Real pymorphy3, real dictionaries, real wordfreq.
"""

import pytest

from translit.glossary import gloss


def first_gloss(title: str, word: str) -> str:
    g = next(x for x in gloss(title) if x.input == word)
    return g.glosses[0]


@pytest.mark.parametrize("title, word, english", [
    ("Высшая школа", "Высшая", "higher"),
    ("Высших учебных заведений", "Высших", "higher"),
    ("Лучшие годы", "Лучшие", "best"),
    ("Низшие растения", "Низшие", "lower"),
    ("Малейшие подробности", "Малейшие", "least"),
])
def test_a_superlative_takes_its_own_entry(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("title, word, english", [
    ("Высокие горы", "Высокие", "high"),
    ("Малые планеты", "Малые", "little"),
    ("Хороший человек", "Хороший", "good"),
])
def test_the_positive_keeps_its_own_english(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("title, word, english", [
    ("Гистологическое строение кожи", "Гистологическое", "histological"),
    ("Алгоритмический язык", "Алгоритмический", "algorithmic"),
    ("Голографический метод", "Голографический", "holographic"),
])
def test_the_more_written_of_ic_and_ical(title, word, english):
    assert first_gloss(title, word) == english
