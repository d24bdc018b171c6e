"""prose29: the ё a romanization writes (ë, yo) survives the established forename table.

"Fëdor" alone was read Фёдор, but before a surname the forename table (its French row Fédor folds to the same
letters) wrote Федор, so ALA-LC output lost the ë the input had (Fëdor Tyutchev became Fedor Ti͡utchev). The
table's form keeps ё when the word's own reading writes it; a form without the mark (Fedor, Fédor) still reads
Федор. Real pymorphy3 dictionaries, no mocks."""

import pytest

from translit import convert


@pytest.mark.parametrize("text, cyrillic, alalc", [
    ("Fëdor Tyutchev wrote to his daughter.", "Фёдор Тютчев", "Fëdor Ti͡utchev"),
    ("Fëdor Ivanov wrote the letter.", "Фёдор Иванов", "Fëdor Ivanov"),
    ("The essay of Fëdor Petrov was short.", "Фёдор Петров", "Fëdor Petrov"),
])
def test_marked_yo_of_a_forename_before_a_surname_is_kept(text, cyrillic, alalc):
    assert cyrillic in convert(text, to="cyrillic").text
    assert alalc in convert(text, to="alalc").text


def test_unmarked_forename_stays_without_yo():
    assert "Fedor Ti͡utchev" in convert("Fedor Tyutchev wrote to his daughter.", to="alalc").text
    assert "Федор Достоевский" in convert("Fédor Dostoïevski", to="cyrillic").text
