"""slavic29: romanized text of another language the default language choice took for Russian.

Two classes, each tested on inputs written for these tests, none a row of the benchmark sets (real
pymorphy3 dictionaries, Hunspell forms and wordfreq lists, no mocks), both in
``choose._read_where_russian_cannot`` (a lead over Russian of 1.5 to 2.0 is enough when the
language's reader reads some word as its own that the Russian reader reads as no Russian word):

* a title set wholly in capitals: its capitals mark no acronym (``choose._in_capitals``), so
  KINOPOVIST is a word its reader knows and Russian's does not, as Kinopovist is;
* a word neither reader knows (a name, a definite form no list holds: Златоградският, Драздовіч)
  no longer keeps the text from the language whose reader knows its other words: it says nothing
  of either language.
Russian text stays Russian.
"""

from __future__ import annotations

import pytest

from translit import to_cyrillic
from translit.langs.choose import _in_capitals, _lexical, choose


@pytest.mark.parametrize("text, lang, cyrillic", [
    # a title set wholly in capitals
    ("ZEMLIA. KINOPOVIST", "uk", "ЗЕМЛЯ. КІНОПОВІСТЬ"),
    ("UKRAINA V OHNI. KINOPOVIST", "uk", "УКРАЇНА В ОГНІ. КІНОПОВІСТЬ"),
    ("IZVOR NA BELONOGATA. POEMA", "bg", "ИЗВОР НА БЕЛОНОГАТА. ПОЕМА"),
    # a word neither reader knows beside words only the language's reader knows
    ("Zlatogradskiyat etnografski kompleks", "bg", "Златоградският етнографски комплекс"),
    ("Koprivshtenskiyat etnografski muzey", "bg", "Копривщенският етнографски музей"),
    ("Rozhenskiyat manastir kray Melnik", "bg", "Роженският манастир край Мелник"),
    ("Jazep Drazdovič (mastak)", "be", "Язэп Драздовіч (мастак)"),
])
def test_the_words_one_reader_knows_and_russian_cannot_read_choose_the_language(text, lang, cyrillic):
    choice = choose(text)
    assert choice.language == lang
    assert "no Russian word as read" in choice.reason
    assert to_cyrillic(text, lang="auto").text == cyrillic


def test_capitals_mark_an_acronym_only_beside_lower_case_or_when_short():
    assert _in_capitals("ZEMLIA. KINOPOVIST")
    assert not _in_capitals("Zemlia. KINOPOVIST")
    assert not _in_capitals("1930")
    assert _lexical("KINOPOVIST", in_capitals=True)
    assert not _lexical("AIRO", in_capitals=True)
    assert not _lexical("KINOPOVIST")
    assert not _lexical("XIII", in_capitals=True)


@pytest.mark.parametrize("text", [
    "VOINA I MIR. ROMAN",
    "ISTORIIA GOSUDARSTVA ROSSIISKOGO",
    "MOSKVA : AIRO-XXI, 2021.",
    "Kraevedcheskii muzei Zlatograda",
    "Sobranie sochinenii Drazdovicha",
])
def test_russian_text_stays_russian(text):
    assert choose(text).language == "ru"
