"""A family's own spelling in English print (leniency.toml rows with ``english_prose = false``: the
German -stein of -штейн) is read in a catalogue field but left as written, with its forename, in
English prose (language._families_own_spellings): on unseen prose the row read English-printed names
(about 5 words in 10,000). Sentences of our own; the real reader and dictionary."""

import pytest

from translit import convert, to_cyrillic


@pytest.mark.parametrize("text,name", [
    ("Akiba Rubinstein lost the game to Lasker.", "Akiba Rubinstein"),
    ("Anton Rubinstein founded the conservatory.", "Anton Rubinstein"),
    ("David Bronstein drew with Botvinnik in 1951.", "David Bronstein"),
    ("Boris Epstein wrote about the war.", "Boris Epstein"),
])
def test_a_family_spelling_stays_in_english_prose(text, name):
    assert name in convert(text, to="cyrillic").text


@pytest.mark.parametrize("text,cyr", [
    ("Lev Bronstein", "Лев Бронштейн"),
    ("Anton Rubinstein", "Антон Рубинштейн"),
    ("Boris Goldstein", "Борис Гольдштейн"),
])
def test_a_catalogue_field_still_reads_it(text, cyr):
    assert to_cyrillic(text).text == cyr


@pytest.mark.parametrize("text,russian", [
    ("Iurii Norshtein made the film in 1979.", "Юрий Норштейн"),
    ("Sergei Prokofiev wrote to Lasker.", "Сергей Прокофьев"),
    ("Boris Pasternak wrote Doktor Zhivago.", "Борис Пастернак"),
])
def test_other_russian_names_in_prose_are_still_read(text, russian):
    assert russian in convert(text, to="cyrillic").text
