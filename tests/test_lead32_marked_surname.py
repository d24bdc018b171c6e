"""A Russian title that names a Serbian (or Croatian, Polish) person keeps its language: the
surname's ć, which no Russian table writes beside its other letters, says nothing of the words
around it. The line goes to the neighbour's language only when its unmarked words do not read,
and are not identified, as Russian on their own (found by review16 on slavic20's change)."""

import pytest

from translit.langs.choose import choose_read
from translit import to_cyrillic


@pytest.mark.parametrize("text, russian", [
    ("Jovanović o Rossii", "о России"),
    ("Stojanović i russkaia kultura", "и русская культура"),
    ("Dragović: Rossiia i Serbiia", "Россия и Сербия"),
    ("Perović i sovetskaia istoriografiia", "советская историография"),
])
def test_a_russian_title_naming_a_marked_surname_stays_russian(text, russian):
    assert choose_read(text).language == "ru"
    assert russian in to_cyrillic(text, lang="auto").text


@pytest.mark.parametrize("text", ["Toma Bukvić", "Ivan Petrović", "Istorija Srbije i Petrović", "Marko Marković",
                                  "Andrej Mitrović", "Jakov Ignjatović"])
def test_serbian_names_and_titles_stay_serbian(text):
    assert choose_read(text).language == "sr"
