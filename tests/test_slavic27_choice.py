"""slavic27: romanized Ukrainian and Bulgarian text the default language choice took for Russian.

Two classes, each tested on inputs written for these tests (real pymorphy3 dictionaries and
wordfreq lists, no mocks):

* a word the Russian reader reads only as a rare Russian form (Дмытро, a form pymorphy3's
  dictionary holds at no frequency; Национальна, a short adjective) while a neighbour reads the
  same letters as a common word of its own (Дмитро, Национална) no longer lets the "every word is
  a Russian word" shortcut take the text for Russian: identification decides
  (``choose._commoner_elsewhere``);
* a text whose identified language leads Russian by 1.5 to 2.0 is read in that language when its
  reader reads every word as a word of its own and some word the Russian reader reads as no
  Russian word (Sotsialistychna: Социалистычна) (``choose._read_where_russian_cannot``).
Russian text stays Russian.
"""

from __future__ import annotations

import pytest

from translit import to_cyrillic
from translit.langs.choose import _commoner_elsewhere, _lexical, choose
from translit.read.reader import to_cyrillic as russian


@pytest.mark.parametrize("text, lang, cyrillic", [
    ("Dmytro Doroshenko", "uk", "Дмитро Дорошенко"),
    ("Samostiina derzhava", "uk", "Самостійна держава"),
    ("Vilna Ukraina", "uk", "Вільна Україна"),
    ("Derzhavna mytna sluzhba", "uk", "Державна митна служба"),
    ("Natsionalna biblioteka", "bg", "Национална библиотека"),
])
def test_a_rare_russian_form_of_a_common_neighbour_word_leaves_the_text_to_identification(text, lang, cyrillic):
    assert choose(text).language == lang
    assert to_cyrillic(text, lang="auto").text == cyrillic


def test_the_words_that_leave_the_shortcut_are_named():
    assert _commoner_elsewhere("Dmytro Doroshenko", russian("Dmytro Doroshenko")) == ["Dmytro"]
    assert _commoner_elsewhere("Istoriia Rossii", russian("Istoriia Rossii")) == []


@pytest.mark.parametrize("text, lang, cyrillic", [
    ("Sotsialistychna partiia Ukrainy", "uk", "Соціалістична партія України"),
    ("Komunistychna partiia Ukrainy", "uk", "Комуністична партія України"),
    ("Vasil Kolarov", "bg", "Васил Коларов"),
])
def test_a_lead_under_the_gap_is_enough_when_russian_reads_a_word_as_no_word(text, lang, cyrillic):
    choice = choose(text)
    assert choice.language == lang
    assert "no Russian word as read" in choice.reason
    assert to_cyrillic(text, lang="auto").text == cyrillic


@pytest.mark.parametrize("text", [
    "Istoriia Ukrainy",
    "Tsentral'naia Rada",
    "Antonina Makarenko",
    "Moskva : AIRO-XXI, 2021.",  # an acronym Russian cannot read is no word of Ukrainian's either
    "Gosudarstvennyi arkhiv Rossiiskoi Federatsii",
])
def test_russian_text_stays_russian(text):
    assert choose(text).language == "ru"


def test_acronyms_are_no_lexical_evidence():
    assert not _lexical("AIRO")
    assert not _lexical("u")
    assert not _lexical("xiii")
    assert _lexical("Airo")


@pytest.mark.parametrize("text, cyrillic", [
    ("Nacyjanaĺny bank Respubliki Bielaruś", "Нацыянальны банк Рэспублікі Беларусь"),
    ("Ministerstva kuĺtury Respubliki Bielaruś", "Міністэрства культуры Рэспублікі Беларусь"),
    ("Hramadskaja arhanizacyja ŭ Respublicy Bielaruś", "Грамадская арганізацыя ў Рэспубліцы Беларусь"),
])
def test_belarusian_national_marks_on_the_other_words_are_no_russian_title(text, cyrillic):
    """ś of Bielaruś is the Belarusian national system's as much as the Polish scheme's for Russian:
    beside a word with ĺ or ŭ the unmarked-looking rest is no Russian title around a foreign name."""
    assert choose(text).language == "be"
    assert to_cyrillic(text, lang="auto").text == cyrillic


@pytest.mark.parametrize("text", ["Petrović i Rossiia", "Jovanović o Rossii", "Ščerbakoŭ i Rossija"])
def test_a_marked_surname_in_a_russian_title_still_keeps_the_title_russian(text):
    assert choose(text).language == "ru"
