"""On a line of English prose with another language's romanized words inside, the common English
words do not choose that language's table: English writes h, th and sh its own way, and counted
they chose a table where h is х (Holod read as Холод, Hrushevs'kyi as Хрушевський)."""
import pytest

from translit.langs.api import convert


@pytest.mark.parametrize("text, expected", [
    ("the documents in Holod 1932-1933 rokiv na Ukraini.", "Голод 1932-1933 років на Україні"),
    ("Shevchenko and the Holod of those years", "Шевченко"),
    ("the archive of Holod rokiv was opened", "Голод років"),
    ("see the Istoriia Ukrainy by Hrushevs'kyi, which the author revised", "Історія України by Грушевський"),
])
def test_english_words_do_not_choose_the_table(text, expected):
    out = convert(text, to="cyrillic", lang="uk").text
    assert expected in out, out
    assert " the " in f" {out} "  # the English around it is kept


@pytest.mark.parametrize("text, expected", [("Holod", "Голод"), ("Holodomor", "Голодомор"),
                                            ("Istoriia Ukrainy", "Історія України")])
def test_a_line_without_english_reads_as_before(text, expected):
    assert convert(text, to="cyrillic", lang="uk").text == expected
