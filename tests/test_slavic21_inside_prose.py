"""slavic21: the language of a romanized title or name inside English prose, when identification
is unsure among the neighbours but the words are surely not Russian (translit.langs.choose).

Two classes, each on inputs written here (not from any benchmark file), with the real pymorphy3
dictionaries and wordfreq lists:
* two or more words inside the prose whose identified language leads Russian by NOT_RUSSIAN_GAP and
  of which at most half are Russian words (:func:`translit.langs.choose._inside_lead`);
* one word inside the prose that its language's reader finds in its frequency list and the Russian
  reader finds in none of its own (:func:`translit.langs.choose._listed_not_russian`).
"""

from __future__ import annotations

import pytest

from translit.commands import _conversion
from translit.langs.choose import choose


def _to_cyrillic(text: str) -> str:
    return _conversion(text, "cyrillic", None, None, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, want", [
    ("The choir of the Uspenskyi sobor sang without instruments.", "uk", "Успенський собор"),
    ("The walls of the Zemenski manastir are painted inside.", None, "Земенски манастир"),
    ("The frescoes of the Slepchenski manastir were cleaned last year.", None, "Слепченски манастир"),
])
def test_words_inside_prose_far_ahead_of_russian(text, lang, want):
    choice = choose(text)
    assert choice.language != "ru"
    if lang:
        assert choice.language == lang
    assert "above Russian" in choice.reason
    out = _to_cyrillic(text)
    assert want in out
    assert out.startswith("The ") and out.endswith(".")  # the English around stays


@pytest.mark.parametrize("text, lang, want", [
    ("A new edition of Yordan Radichkov appeared in paperback.", "bg", "Радичков"),
    ("The festival is held every summer in Kruševo on the hill.", "mk", "Крушево"),
    ("The ferry to Trebinje left at noon.", "sr", "Требиње"),
    ("The Ivan Franko museum in Nahuievychi was closed.", "uk", "Нагуєвичі"),
])
def test_one_listed_word_inside_prose(text, lang, want):
    choice = choose(text)
    assert choice.language == lang
    assert "no Russian word" in choice.reason
    assert want in _to_cyrillic(text)


@pytest.mark.parametrize("text", [
    "Our grandmother kept a samovar and a Pravoslavnyi kalendar on the shelf.",
    "The review by Stephen Kotkin appeared in the spring issue.",
    "He moved to Tambov after the war and taught history there.",
])
def test_russian_inside_prose_stays_russian(text):
    assert choose(text).language == "ru"


def test_nothing_lost_on_odd_input():
    for text in ("", " ", "The \u0301 of Zemenski", "in Nahuievychi\x00.", "Radichkov\ud7ff"):
        assert isinstance(choose(text).language, str)
