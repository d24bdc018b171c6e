"""slavic24: a rare English noun between a kept English word and a name read in the line's language
(The accordionist Mykola…, the folklorist Jaŭhien…) is the name's English title and is kept, when
English's list has it (:data:`~translit.langs.reader.ENGLISH_RARE_NEIGHBOUR_ZIPF` or more) and its
reading is no word of the language (аццордионіст, фолклорʼіст: :func:`translit.langs.reader._title_noun`).
A word the language writes (гетьман, архимандрите) is still read. Inputs written here; real
pymorphy3 dictionaries and wordfreq lists."""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _to_cyrillic(text: str, lang: str | None) -> str:
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, title, name", [
    ("The accordionist Mykola Ivanenko played at the wedding.", "uk", "accordionist", "Микола Іваненко"),
    ("The lexicographer Borys Hrinchenko compiled a dictionary.", "uk", "lexicographer", "Борис Грінченко"),
    ("The canoeist Liudmyla Luzan won silver.", "uk", "canoeist", "Людмила Лузан"),
    ("The folklorist Jaŭhien Ramanaŭ wrote down tales.", "be", "folklorist", "Яўген Раманаў"),
    ("The lexicographer Stefan Mladenov taught in Sofia.", "bg", "lexicographer", "Стефан Младенов"),
])
def test_a_rare_english_title_before_a_name_is_kept(text, lang, title, name):
    out = _to_cyrillic(text, lang)
    assert f"The {title} {name} " in out


@pytest.mark.parametrize("text, lang, word", [
    ("The hetman Ivan Mazepa built churches.", "uk", "гетьман"),
    ("The archimandrite Neofit Rilski taught at Rila.", "bg", "архимандрите"),
])
def test_a_title_the_language_writes_is_read(text, lang, word):
    assert word in _to_cyrillic(text, lang)
