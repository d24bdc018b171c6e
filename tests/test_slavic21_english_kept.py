"""slavic21: English words of the prose that the Ukrainian, Belarusian, Bulgarian, Macedonian (and
Serbian) readers spelt letter by letter, on a line read in that language (``convert --to cyrillic --lang xx``
and a line identified as the language). Four classes, on inputs written here, with the real
dictionaries and word lists:
* an English plural whose stem English's list holds though the plural is too rare for it
  (Lecterns, Annotators: :data:`translit.langs.running.ENGLISH_STEM_ZIPF`);
* the English names of the lands of the five countries (Volhynia, Dobruja, Polesye:
  ``english_loanwords`` of read/western.toml, :func:`translit.langs.running.english_loanword`);
* a rare English word after a kept word at the end of a sentence or clause (a painted narthex.:
  :func:`translit.langs.reader._english_neighbourhood`);
* a common English noun between a kept word and a name read in the language (The radio Beograd,
  the metro Teatralna), though the language writes it too and more often.
"""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _convert(text: str, lang: str | None) -> str:
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("lang, text, kept, read", [
    ("bg", "Lecterns from Samokov were carried to the monastery.", "Lecterns", "Самоков"),
    ("be", "Annotators of Zhyrovichy added notes in the margins.", "Annotators", "Жыровічы"),
    ("uk", "Woodcarvers from Kosiv came to the fair in Kolomyia.", "Woodcarvers", "Косів"),
])
def test_an_english_plural_of_a_listed_stem_stays(lang, text, kept, read):
    out = _convert(text, lang)
    assert kept in out
    assert read in out


@pytest.mark.parametrize("lang, text, kept, read", [
    ("uk", "The monastery of Pochaiv stood on the border of Volhynia and Podolia.", ("Volhynia", "Podolia"), "Почаїв"),
    ("bg", "Silistra is the largest town of southern Dobruja.", ("Dobruja",), "Силистра"),
    ("be", "The marshes of Polesye begin south of Pinsk.", ("Polesye",), "Пінск"),
])
def test_english_names_of_the_lands_stay(lang, text, kept, read):
    out = _convert(text, lang)
    for word in kept:
        assert word in out
    assert read in out


def test_the_languages_own_names_of_the_lands_are_still_read():
    # the romanization of the language's own name is no English word: read
    assert "Волинь" in _convert("The archive of Volyn was moved to Lutsk.", "uk")
    assert "Добруджа" in _convert("Silistra is the largest town of southern Dobrudzha.", "bg")


@pytest.mark.parametrize("lang, text, kept, read", [
    ("bg", "The church at Arbanasi has a painted narthex.", "narthex", "Арбанаси"),
    ("uk", "Khram Sviatoho Yura has a baroque iconostasis, and a small crypt.", "iconostasis", "Юра"),
    ("mk", "The church of Sveti Spas has a low triforium.", "triforium", "Свети Спас"),
    ("be", "The church at Synkavichy has a stone reredos; it is rare.", "reredos", "Сынкавічы"),
])
def test_a_rare_english_word_at_the_end_of_a_clause_stays(lang, text, kept, read):
    out = _convert(text, lang)
    assert kept in out
    assert read in out


def test_a_word_of_the_language_at_the_end_of_a_clause_is_still_read():
    # шопска салата, ракия are words of Bulgarian's list: read though English stands before them
    out = _convert("We ate a shopska salata and drank rakia.", "bg")
    assert "салата" in out and "ракия" in out


@pytest.mark.parametrize("lang, text, kept, read", [
    ("sr", "The radio Beograd played it at noon.", "The radio ", "Београд"),
    ("uk", "We took the metro Teatralna is the nearest stop.", "the metro ", "Театральна"),
    ("bg", "The sport Plovdiv section printed the results.", "The sport ", "Пловдив"),
])
def test_an_english_noun_before_a_name_read_in_the_language_stays(lang, text, kept, read):
    # the language writes the word too (радио, метро, спорт), and more often than English does
    out = _convert(text, lang)
    assert kept in out
    assert read in out


def test_a_lower_case_word_of_the_title_before_a_name_is_still_read():
    # no kept English word before it: the title's own preposition (в Києві)
    assert "в Києві" in _convert("Her article on Istoriia Ukrainy v Kyievi appeared.", "uk")
