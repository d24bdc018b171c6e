"""review38: in a Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian line inside English prose, a
person's name right before the English head of a place or institution named after them (the Paton
Bridge, Shevchenko Park, the Franko Theatre) is part of an English name and stays in Latin
(running.named_after_people, grammar.toml [named_after]), as the Russian reader keeps the Pushkin
Museum; the same surname elsewhere in the line is read. Real pymorphy3 and wordfreq; none of these
sentences is a benchmark row."""

import pytest

from translit.commands import _conversion
from translit.langs.reader import to_cyrillic


@pytest.mark.parametrize("line, kept, read", [
    ("The Paton Bridge in Kyiv was built by Yevhen Paton.", "The Paton Bridge", "Євген Патон"),
    ("Shevchenko Park is in the centre of Kyiv.", "Shevchenko Park", "Київ"),
    ("The Franko Theatre in Kyiv staged Lesia Ukrainka.", "The Franko Theatre", "Леся Українка"),
    ("Near Taras Shevchenko University stands a monument to Taras Shevchenko.", "Taras Shevchenko University",
     "Тарас Шевченко."),
])
def test_a_name_before_an_english_head_stays_latin_given_ukrainian(line, kept, read):
    out = to_cyrillic(line, "uk", mixed=True).text
    assert kept in out
    assert read in out


@pytest.mark.parametrize("line, kept, read", [
    ("The Paton Bridge in Kyiv was built by Yevhen Paton and Lina Kostenko.", "The Paton Bridge", "Ліна Костенко"),
    ("Shevchenko Park in Kyiv was named after Taras Shevchenko by Oles Honchar.", "Shevchenko Park",
     "Тарас Шевченко"),
    ("The Franko Theatre in Kyiv staged Lesia Ukrainka and Oles Honchar.", "The Franko Theatre", "Олесь Гончар"),
])
def test_a_name_before_an_english_head_stays_latin_detected(line, kept, read):
    choice, conversion = _conversion(line, "cyrillic", None, None, 0.0, None, None)
    assert choice.language == "uk"
    assert kept in conversion.text
    assert read in conversion.text


@pytest.mark.parametrize("line, lang, kept", [
    ("The Kupala Theatre in Minsk staged Yanka Kupala.", "be", "The Kupala Theatre"),
    ("The Tesla Museum in Beograd shows Nikola Tesla.", "sr", "The Tesla Museum"),
])
def test_the_other_readers_keep_it_too(line, lang, kept):
    assert kept in to_cyrillic(line, lang, mixed=True).text


@pytest.mark.parametrize("line, lang, read", [
    ("Taras Shevchenko wrote Kobzar in Pereiaslav.", "uk", "Тарас Шевченко"),  # no head after the name
    ("The Lviv Opera staged Solomiia Krushelnytska.", "uk", "Львів"),  # a city, no person, before the head
])
def test_no_person_before_a_head_is_read(line, lang, read):
    assert read in to_cyrillic(line, lang, mixed=True).text
