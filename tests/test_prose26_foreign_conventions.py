"""Russian names in a foreign convention inside English prose (issue 12, point 3), by prose26; every
input here is our own, none is copied from a benchmark file.

1. A capitalized word with a mark only a foreign convention of Russian writes (German sch, w, -ow;
   French tch, ou; Polish ł, cz), read only by those conventions' schemes as a Russian person's name
   that English does not write, is evidence as a mark of romanization is: the name it stands in is
   read, even beside a forename English also writes (Lew, Serge), and is not made "a name written
   in English" by its neighbours.
2. English words and Western names stay as they are: a name English writes (Schubert, Lew Grade,
   Moshe Lewin, Stephen Poliakoff), an English place (Chester, Warsaw, Boulogne).
"""

import pytest

from translit import convert
from translit.read.language import _foreign_convention_name
from translit.read.words import read_word
from translit.read.scoring import Preference


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


@pytest.mark.parametrize("text, latin, russian", [
    ("His essay on Lew Kopelew was reviewed in the Zeit.", "Lew Kopelew", "Лев Копелев"),
    ("Letters to Lew Schestow were printed in 1929.", "Lew Schestow", "Лев Шестов"),
    ("A study of Serge Tschernow appeared in Munich.", "Serge Tschernow", "Сергей Чернов"),
])
def test_foreign_convention_name_is_read(text, latin, russian):
    """The name is read whole; every English word around it stays as written."""
    assert cyr(text) == text.replace(latin, russian)


@pytest.mark.parametrize("text", [
    "Moshe Lewin and Lew Wallace were both writers.",
    "She listened to Schubert in Chester and walked to Boulogne from Warsaw.",
    "Lew Grade produced the show in London.",
    "Stephen Poliakoff wrote the play in London.",
])
def test_english_and_western_names_stay(text):
    assert cyr(text) == text


@pytest.mark.parametrize("word, expected", [
    ("Schestow", True),     # German sch, -ow: Шестов
    ("Kopelew", True),      # German w: Копелев
    ("Boulgakov", True),    # French ou: Булгаков
    ("Lew", False),         # English writes it (Lew Wallace)
    ("Schubert", False),    # English writes it
    ("Chester", False),     # English place
    ("Lewin", False),       # English writes it (Moshe Lewin)
    ("Poliakoff", False),   # English writes it (Stephen Poliakoff)
    ("Ivanov", False),      # read by the English-language schemes too: no foreign mark
    ("Ławra", False),       # лавра: a common noun (a monastery) as well as a form of Лавр
    ("Sława", False),       # слава: a common noun as well as a forename
    ("Szostakowicz", True), # Polish sz, w, cz: Шостакович
    ("Pouchkine", True),    # French ou, ch: Пушкин
])
def test_foreign_convention_name_evidence(word, expected):
    assert _foreign_convention_name(read_word(word, Preference.only(None))) is expected


def test_arbitrary_unicode_passes_through():
    text = "Ωμέγα Łódź 𝔘𝔫𝔦 — Schestow’s 1930s ✓"
    out = cyr(text)
    assert "Ωμέγα" in out and "𝔘𝔫𝔦" in out and "✓" in out and "1930s" in out
