"""gloss20: the Wiktionary pivot bonus (ranking.toml ``pivot``) is on, and does not overturn the
choices the ranking makes for a reason of its own (dictionary.py ``_pivot_confirms``):

* it fixes a word whose dictionary order put a rarer sense first (коса = scythe, not tail;
  стихотворение = poem, not song; пустыня = desert, not waste);
* a candidate the title's field confirms counts as confirmed too (род in a title on grammar = gender);
* for an adjective it confirms only an English adjective or verb form, not a noun the dictionary gives
  attributively, which Wiktionary pairs with the Russian noun of that spelling (рабочий = working);
* a pair Wiktionary gives far less often than the English word's strongest pair confirms nothing
  (единица = one in one language, один = one in five: единица = unit).

Real pymorphy3 and the installed dictionaries (mueller7-dict, dict-freedict-eng-rus, the WikDict
pivots)."""

from dataclasses import replace

import pytest

from translit.glossary import dictionary, gloss_text
from translit.glossary.pivot import english_best, votes


def _first(title: str, word: str) -> str:
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    return w.glosses[0] if w.glosses else ""


@pytest.mark.parametrize("title,word,english", [
    ("Коса и серп в крестьянском хозяйстве", "Коса", "scythe"),
    ("Стихотворение о весне", "Стихотворение", "poem"),
    ("Пустыня и её обитатели", "Пустыня", "desert"),
])
def test_the_pivot_puts_the_common_sense_first(monkeypatch, title, word, english):
    assert _first(title, word) == english
    rk = dictionary.ranking()
    monkeypatch.setattr(dictionary, "ranking", lambda: replace(rk, pivot=0.0))
    assert _first(title, word) != english  # without the pivot the dictionary's order had another first


@pytest.mark.parametrize("title,word,english", [
    ("Род и число прилагательных", "Род", "gender"),
    ("Залог и вид глагола", "Залог", "voice"),
    ("Склонение имён существительных", "Склонение", "declension"),
])
def test_a_field_s_sense_keeps_its_place_against_the_pivot(title, word, english):
    assert _first(title, word) == english


@pytest.mark.parametrize("title,word", [("Рабочий посёлок", "Рабочий"), ("Рабочее время", "Рабочее"),
                                        ("Рабочая неделя", "Рабочая")])
def test_an_adjective_is_not_confirmed_by_its_noun_s_pivot_pair(title, word):
    assert _first(title, word) == "working"
    assert not dictionary._english_adjective("worker") and dictionary._english_adjective("working")


@pytest.mark.parametrize("title", ["Единица измерения", "Единица счёта", "Денежная единица"])
def test_a_weak_pivot_pair_of_a_common_english_word_confirms_nothing(title):
    word = title.split()[0] if title.startswith("Единица") else title.split()[1]
    assert _first(title, word) == "unit"
    rk = dictionary.ranking()
    assert votes(["единица"])["one"] < rk.pivot_share * english_best()["one"]
