"""slavic22: the English title noun before a name (the poet Taras, the radio Beograd, the metro
Teatralna) is kept on a mixed line only when it is a real English title word
(:func:`translit.langs.reader._title_noun`): four letters or more, its reading none of the
language's function words (``[function_words]`` in grammar.toml) and not far commoner in the language
than in English. The language's own prepositions and conjunctions before a name (pro Kyiv, ta
Marusia, do Sofiia, za Beograd, na Ohrid) are read in the language. And
:func:`translit.langs.choose._cyrillic_lead_over_russian` counts whole words: a stress mark or a
letter of Cyrillic Supplement (U+0500-052F) does not split one. Sentences written here; real
pymorphy3 dictionaries and wordfreq lists."""

from __future__ import annotations

import pytest

from translit.commands import _conversion
from translit.langs.choose import _cyrillic_lead_over_russian
from translit.langs.identify import identify
from translit.langs.reader import _title_noun, function_words


def _to_cyrillic(text: str, lang: str | None) -> str:
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, want", [
    ("She wrote a song pro Kyiv and Lviv.", "uk", "про Київ"),
    ("The choir sang ta Marusia came.", "uk", "та Маруся"),
    ("He walked i Petro followed.", "uk", "і Петро"),
    ("The letter came z Poltava yesterday.", "uk", "з Полтава"),
    ("The bus went do Sofiia at noon.", "bg", "до София"),
    ("The road goes za Beograd now.", "sr", "за Београд"),
    ("The choir sang na Ohrid again.", "mk", "на Охрид"),
    ("The concert took place u Lvovi last spring.", "uk", "у Львові"),
    ("The train left za Plovdiv at six.", "bg", "за Пловдив"),
    ("She came do Bitola by bus.", "mk", "до Битола"),
    ("The team played i Partizan won.", "sr", "и Партизан"),
    ("The boat sailed za Kotor in May.", "sr", "за Котор"),
])
def test_the_languages_own_short_words_before_a_name_are_read(text, lang, want):
    assert want in _to_cyrillic(text, lang)


@pytest.mark.parametrize("text, lang, want", [
    ("She wrote a song pro Kyiv and Lviv.", None, "про Київ"),
    ("He went cherez Dnipro at dawn.", None, "через Дніпро"),
])
def test_read_with_the_language_detected_too(text, lang, want):
    assert want in _to_cyrillic(text, lang)


@pytest.mark.parametrize("text, lang, want", [
    ("I read about the poet Taras Shevchenko today.", "uk", "the poet Тарас"),
    ("We listened to the radio Beograd all night.", "sr", "the radio Београд"),
    ("We took the metro Teatralna to the centre.", "uk", "the metro Театральна"),
    ("We saw the film Tiutiun last week.", "bg", "the film Тютюн"),
    ("They praised the singer Ruslana at the festival.", "uk", "the singer Руслана"),
])
def test_an_english_title_noun_before_a_name_is_kept(text, lang, want):
    assert want in _to_cyrillic(text, lang)


@pytest.mark.parametrize("word, reading, lang, title", [
    ("poet", "поет", "uk", True),
    ("radio", "радио", "sr", True),
    ("pro", "про", "uk", False),      # a preposition, and short
    ("also", "алсо", "uk", True),     # a common English word read as nothing
    ("koly", "коли", "uk", False),    # English has no such word
    ("toward", "товард", "bg", True),
])
def test_title_noun(word, reading, lang, title):
    assert _title_noun(word, reading, lang) is title


def test_function_words_per_language():
    assert {"про", "та", "через"} <= function_words("uk")
    assert {"пра", "праз"} <= function_words("be")  # evidence.toml's [closed_class]
    assert {"до", "от", "през"} <= function_words("bg")
    assert {"за", "кроз", "између"} <= function_words("sr")
    assert {"на", "во", "меѓу"} <= function_words("mk")


def test_a_stress_mark_does_not_split_a_word():
    plain = "The wine from Тиквеш is sold in Skopje."
    stressed = "The wine from Ти\u0301квеш is sold in Skopje."
    lead = _cyrillic_lead_over_russian(plain, identify(plain))
    assert lead is not None and lead[1:] == (0, 1)
    assert _cyrillic_lead_over_russian(stressed, identify(plain))[1:] == (0, 1)
    # a Russian word with its stress is still a Russian word: one of two, no more
    assert _cyrillic_lead_over_russian("Ти\u0301квеш молоко\u0301", identify(plain))[1:] == (1, 2)
    # two of three Russian (и, молоко́): the line stays Russian
    assert _cyrillic_lead_over_russian("Ти\u0301квеш и молоко\u0301", identify(plain)) is None


def test_a_cyrillic_supplement_letter_stays_inside_its_word():
    plain = "The wine from Тиквеш is sold in Skopje."
    # Komi ԁ (U+0501) inside a word: one word, not two
    assert _cyrillic_lead_over_russian("Кеԁам Тиквеш", identify(plain))[1:] == (0, 2)
