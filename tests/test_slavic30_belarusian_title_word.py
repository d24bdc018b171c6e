"""slavic30: in English prose read in Belarusian, a lower-case word right after a read title word that
English hardly writes (sabor, brama, rada: Spanish's or Italian's words, kept as Western ones) is the
title's when its reading is a form of Belarusian's dictionary (:func:`translit.langs.running.title_own_least`):
Belarusian has no frequency list, so its Hunspell forms all stand at the floor and could never reach the
Zipf a language with a list must show. English's own nouns after the title (opera, park, film) stay.
Inputs written here (none is a row of a benchmark set); real Hunspell dictionary and wordfreq."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read  # convert --to cyrillic of one line, as the CLI does


@pytest.mark.parametrize("text, title", [
    ("The Vostraja brama stands at the end of the old street.", "Вострая брама"),
    ("The Centraĺnaja rada met in the old building in 1918.", "Цэнтральная рада"),
    ("The Bielaruskaja chata in the open-air museum shows old tools.", "Беларуская хата"),
    ("The Bielaja vila stands beside the lake.", "Белая віла"),
])
def test_a_title_word_english_hardly_writes_after_a_read_belarusian_word_is_read(text, title) -> None:
    assert title in _read(text, "be")


@pytest.mark.parametrize("text, english", [
    ("The Kupalaŭskaja opera was staged twice.", "opera"),   # English writes opera (4.3): left to it
    ("The Hrodzienskaja park is large.", "park"),
    ("The Kolasaŭskaja film was shown twice.", "film"),
])
def test_english_nouns_after_a_read_belarusian_word_stay(text, english) -> None:
    assert english in _read(text, "be")


def test_the_threshold_falls_only_for_a_language_without_a_frequency_list() -> None:
    from translit.langs.lexicon import DICTIONARY_FLOOR
    from translit.langs.running import TITLE_WORD_OWN_ZIPF, title_own_least

    assert title_own_least("be", "brama") == DICTIONARY_FLOOR
    assert title_own_least("be", "opera") == TITLE_WORD_OWN_ZIPF   # English writes it
    assert title_own_least("uk", "brama") == TITLE_WORD_OWN_ZIPF   # Ukrainian has a frequency list
