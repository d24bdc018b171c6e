"""slavic28: in English prose read in a Slavic language, a lower-case word right after a read title word
and before the prose's own words (the Makedonska literatura of that decade) is the title's when English
hardly writes it (:data:`translit.langs.running.TITLE_WORD_ENGLISH_RARE_ZIPF`: literatura, alternativa,
teoria are Italian's and Spanish's words, no English sentence's) and its reading is a common word of the
language. English's own nouns after a name (film, park, memorandum) stay English. Inputs written here;
real pymorphy3 dictionaries and wordfreq."""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _read(text: str, lang: str | None) -> str:
    """``convert --to cyrillic`` of one line, in ``lang`` (None: the language detected); the slavic28 tests share it."""
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, title", [
    ("The Makedonska literatura of that decade was poor.", "mk", "Македонска литература"),
    ("The Socijalistička alternativa of the 1990s split twice.", "mk", "Социјалистичка алтернатива"),
    ("The Srpska literatura of the period is surveyed.", "sr", "Српска литература"),
    ("The Nova alternativa of 2003 won no seat.", "sr", "Нова алтернатива"),
    ("The Ukrainska literatura of the 1920s is his subject.", "uk", "Українська література"),
])
def test_a_word_english_hardly_writes_after_a_read_title_word_is_the_titles(text, lang, title) -> None:
    out = _read(text, lang)
    assert title in out, out


@pytest.mark.parametrize("text, lang, english", [
    ("The Dovzhenko film was shown twice.", "uk", "film"),
    ("The Borisova gradina park is large.", "bg", "park"),
    ("The Narodna opera of Skopje reopened.", "mk", "opera"),   # English writes opera (4.3): left to it
    ("Ivanović ibid. p. 4", "sr", "ibid"),                        # its reading is no word of the language
])
def test_english_words_after_a_read_word_stay(text, lang, english) -> None:
    out = _read(text, lang)
    assert english in out, out
