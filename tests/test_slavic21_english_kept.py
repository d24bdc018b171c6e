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


# (class, language, text, the English kept, a word of the language read beside it)
CASES = [
    # an English plural of a stem English's list holds
    ("plural", "bg", "Lecterns from Samokov were carried to the monastery.", ("Lecterns",), "Самоков"),
    ("plural", "be", "Annotators of Zhyrovichy added notes in the margins.", ("Annotators",), "Жыровічы"),
    ("plural", "uk", "Woodcarvers from Kosiv came to the fair in Kolomyia.", ("Woodcarvers",), "Косів"),
    # the English names of the lands
    ("land", "uk", "The monastery of Pochaiv stood on the border of Volhynia and Podolia.", ("Volhynia", "Podolia"),
     "Почаїв"),
    ("land", "bg", "Silistra is the largest town of southern Dobruja.", ("Dobruja",), "Силистра"),
    ("land", "be", "The marshes of Polesye begin south of Pinsk.", ("Polesye",), "Пінск"),
    # a rare English word at the end of a clause
    ("clause end", "bg", "The church at Arbanasi has a painted narthex.", ("narthex",), "Арбанаси"),
    ("clause end", "uk", "Khram Sviatoho Yura has a baroque iconostasis, and a small crypt.", ("iconostasis",), "Юра"),
    ("clause end", "mk", "The church of Sveti Spas has a low triforium.", ("triforium",), "Свети Спас"),
    ("clause end", "be", "The church at Synkavichy has a stone reredos; it is rare.", ("reredos",), "Сынкавічы"),
    # an English noun before a name read in the language, which writes the word too (радио, метро, спорт)
    ("title", "sr", "The radio Beograd played it at noon.", ("The radio ",), "Београд"),
    ("title", "uk", "We took the metro Teatralna is the nearest stop.", ("the metro ",), "Театральна"),
    ("title", "bg", "The sport Plovdiv section printed the results.", ("The sport ",), "Пловдив"),
]


@pytest.mark.parametrize("kind, lang, text, kept, read", CASES)
def test_english_words_stay_beside_words_read_in_the_language(kind, lang, text, kept, read):
    out = _convert(text, lang)
    for word in kept:
        assert word in out, kind
    assert read in out


def test_the_languages_own_names_of_the_lands_are_still_read():
    # the romanization of the language's own name is no English word: read
    assert "Волинь" in _convert("The archive of Volyn was moved to Lutsk.", "uk")
    assert "Добруджа" in _convert("Silistra is the largest town of southern Dobrudzha.", "bg")


def test_words_of_the_language_are_still_read():
    # шопска салата, ракия are words of Bulgarian's list: read though English stands before them
    out = _convert("We ate a shopska salata and drank rakia.", "bg")
    assert "салата" in out and "ракия" in out
    # a word the language has at a clause end (the slava.) is read
    assert "слава" in _convert("His cousins came for the slava.", "sr")
    # no kept English word before it: the title's own preposition (в Києві)
    assert "в Києві" in _convert("Her article on Istoriia Ukrainy v Kyievi appeared.", "uk")
