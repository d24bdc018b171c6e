"""Soviet stump compounds (translit/read/compounds.py, compounds.toml): a word the lexicon does not
read, starting with a stump (нарком-, глав-, сов-, гос-, рай-) or ending with one (-лаг, -издат), is
read as the stump and its rest, the rest by the catalogue tables when no mark says otherwise (ch is
ч, not the Czech х; z is з, not the Italian ж). Dictionary words are never split.

Every input is a word of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit
from translit.read.candidates import Source


def _word(text: str):
    return translit.to_cyrillic(text).words[0]


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # a first stump and a dictionary word
    ("Narkommuzei", "Наркоммузей"), ("Sovmuzei", "Совмузей"), ("Glavchas", "Главчас"), ("Gosmech", "Госмеч"),
    ("Raizhilotdel", "Райжилотдел"),
    # a last stump after the start of a word (the stump of a place)
    ("Sorochlag", "Сорочлаг"), ("Kachlag", "Качлаг"), ("Luchlag", "Лучлаг"), ("Rechizdat", "Речиздат"),
])
def test_read_as_its_parts(latin: str, cyrillic: str) -> None:
    w = _word(latin)
    assert w.cyrillic == cyrillic
    assert w.candidates[0].source == Source.COMPOUND
    assert w.confidence < 0.9  # as unsure as a guess


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Sevzhilstroi", "Севжилстрой"), ("Sevmuzei", "Севмузей"), ("Sevchermet", "Севчермет"),
    ("Sevzhelezo", "Севжелезо"), ("Sevzheldorizdat", "Севжелдориздат"),
])
def test_stumps_in_a_chain(latin: str, cyrillic: str) -> None:
    """A stump before another stump compound (Сев|жил|строй) or before a last stump itself (-издат: not
    the verb издать)."""
    assert _word(latin).cyrillic == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Sovremennik", "Современник"), ("Gorodok", "Городок"), ("Profsoiuz", "Профсоюз"), ("Uchitelʹ", "Учитель"),
])
def test_a_dictionary_word_is_not_split(latin: str, cyrillic: str) -> None:
    w = _word(latin)
    assert w.cyrillic == cyrillic and w.candidates[0].source != Source.COMPOUND


@pytest.mark.parametrize("text", ["The Glaswegian lag was short.", "Gosford and Sovereign Park", "a cheap flag"])
def test_english_stays(text: str) -> None:
    assert translit.convert(text, to="cyrillic").text == text


@pytest.mark.parametrize("text", ["Glav\u0301muzei", "Narkom\U0001F600les", "lag", "Gos", "sovлаг", ""])
def test_arbitrary_unicode(text: str) -> None:
    assert isinstance(translit.to_cyrillic(text).text, str)
