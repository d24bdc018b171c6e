"""slavic25: a person named beside a city of one neighbour country in running English prose
(:func:`translit.langs.choose._placed_lead`) takes the line to that country's language only when the
language reads the whole name: the capitalized words beside the name's rare words (Filipp, Nikolai:
common enough in Western lists to be left out of the words weighed) are the name's too
(:func:`~translit.langs.choose._name_words`), and the lead is declined when the language's reader
would keep one of them in Latin or the Russian reader reads them as a Russian forename and surname the
neighbour spells otherwise (:func:`~translit.langs.choose._name_left_unread`). A name never comes out
half Latin, half Cyrillic. Inputs written here; real pymorphy3 dictionaries, wordfreq and GeoNames."""

from __future__ import annotations

import re

import pytest

from translit.commands import _conversion
from translit.langs.choose import _name_left_unread, _name_words, choose


def _to_cyrillic(text: str) -> str:
    return _conversion(text, "cyrillic", None, None, 0.0, None, None)[1].text


_LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("text, name", [
    ("The novelist Filipp Sheremetev was born in Burgas.", "Филипп Шереметев"),
    ("The biologist Nikolai Vavilov was born in Lviv.", "Николай Вавилов"),
    ("The poet Arkadii Tarkovsky was born in Kremenchuk.", "Аркадий Тарковский"),
    ("The writer Filipp Gorchakov was born in Plovdiv.", "Филипп Горчаков"),
    ("The poet Nikolai Zabolotsky was born in Lviv.", "Николай Заболоцкий"),
])
def test_a_russian_named_beside_a_neighbours_city_stays_russian(text, name):
    assert choose(text).language == "ru"
    assert name in _to_cyrillic(text)


@pytest.mark.parametrize("text, first, last", [
    ("The novelist Filipp Sheremetev was born in Burgas.", "Filipp", "Sheremetev"),
    ("The poet Arkadii Tarkovsky was born in Kremenchuk.", "Arkadii", "Tarkovsky"),
    ("The singer Filipp Kirkorov was born in Varna.", "Filipp", "Kirkorov"),
    ("The actor Ivan Kirkorov was born in Varna.", "Ivan", "Kirkorov"),
    ("The goalkeeper Dimitar Ivankov was born in Pazardzhik in 1975.", "Dimitar", "Ivankov"),
])
def test_no_name_comes_out_half_latin(text, first, last):
    out = _to_cyrillic(text)
    words = out.split()
    k = text.split().index(first)
    halves = {bool(_LATIN.search(words[k])), bool(_LATIN.search(words[k + 1]))}
    assert len(halves) == 1, out
    assert text.split()[k + 1] == last


@pytest.mark.parametrize("text, lang, name", [
    ("The goalkeeper Dimitar Ivankov was born in Pazardzhik in 1975.", "bg", "Димитър Иванков"),
    ("The actor Ivan Kirkorov was born in Varna.", "bg", "Иван Киркоров"),  # a name Bulgarian reads whole
    ("The violinist Nina Kovaleva was born in Leskovac.", "sr", "Нина Ковалева"),  # (no lj, nj: unsure)
])
def test_a_name_the_neighbour_reads_whole_keeps_its_lead(text, lang, name):
    choice = choose(text)
    got = (choice.language, "a place of its country alone" in choice.reason, name in _to_cyrillic(text))
    assert got == (lang, True, True)


def test_the_capitalized_words_beside_a_name_are_the_names():
    assert _name_words("The singer Filipp Kirkorov was born in Varna.", ["Kirkorov", "Varna"], {"Varna"}) \
        == ["Filipp", "Kirkorov"]
    # an English word beginning the sentence, the place itself, a comma: none of them the name's
    assert _name_words("Then Kirkorov sang in Varna.", ["Kirkorov", "Varna"], {"Varna"}) == ["Kirkorov"]
    assert _name_words("Born in Varna Kirkorov sang.", ["Varna", "Kirkorov"], {"Varna"}) == ["Kirkorov"]
    assert _name_words("Kirkorov, Filipp, of Varna.", ["Kirkorov", "Varna"], {"Varna"}) == ["Kirkorov"]


def test_a_name_left_in_latin_or_read_better_as_russian():
    assert _name_left_unread("The singer Filipp Kirkorov was born in Varna.", ["Filipp", "Kirkorov"], "bg")
    assert _name_left_unread("The poet Nikolai Zabolotsky was born in Lviv.", ["Nikolai", "Zabolotsky"], "uk")
    assert not _name_left_unread("The goalkeeper Dimitar Ivankov was born in Pazardzhik.",
                                 ["Dimitar", "Ivankov"], "bg")
    assert not _name_left_unread("Born in Varna.", [], "bg")
