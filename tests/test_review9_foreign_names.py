"""review9: a capitalized word that reads as a Russian dictionary word right before a Polish or Czech
surname left unread is part of that name (Konstanty Gałczyński is no «Константы Gałczyński»).

Before, such a word was skipped from the start of the name run (as Pravda is in "In Pravda Stephen
Cohen found…"), so it alone was converted; the Czech háček exception (Zdeněk Mlynář) covered only a
first word with a háček.
"""

import pytest

import translit


def cyr(text: str) -> str:
    return translit.convert(text, to="cyrillic").text


@pytest.mark.parametrize("text", [
    "poems by Konstanty Gałczyński",
    "songs by Mira Štěpánková",
    "a film with Mira Łukasiewicz",
    "a book by Zima Ślęzak",
    "Reka Świątek won the match.",
    "Dolina Żuławska wrote it.",
])
def test_dictionary_word_before_foreign_surname_stays(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text, cyrillic", [
    ("Nikołaj Wawiłow wrote it.", "Николай Вавилов"),          # a Russian name in Polish spelling
    ("Wiera Muchina carved it.", "Вера Мухина"),
    ("In Pravda Stephen Cohen found it.", "Правда"),            # a dictionary word before an English name
])
def test_russian_readings_beside_names_are_kept(text, cyrillic):
    assert cyrillic in cyr(text)
