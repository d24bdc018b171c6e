"""Language identification, the classes found by studying slavic_real4.tsv (issue 15): romanized
Serbian read against the Serbo-Croatian list, which stops at Zipf 3 while Macedonian's and Russian's
go down to 1, so that a Serbian word rarer than the list shows counted as no word at all and the
title went to whichever language's large list had a reading of it. Real word lists (wordfreq, the
dictionaries make dicts installs), no mocks; the titles are written for these tests, none is a row
of the benchmark files."""

import pytest

from translit.langs.identify import LIST_LANGS, _excuse_small_lists, identify
from translit.langs.lexicon import list_floor


# the rule itself, on made-up Zipf figures -----------------------------------------------------------

def _read(**zipfs):
    return {lang: list(zipfs.get(lang, [0.0])) for lang in LIST_LANGS}


def test_a_word_rarer_than_a_small_list_shows_is_excused_by_how_far_below_its_floor():
    floor = list_floor("sr")
    assert floor >= 2.5  # wordfreq's Serbo-Croatian list is a small one
    best = floor - 0.5
    read = _read(mk=[best])
    notes = _excuse_small_lists(read, 1)
    assert read["sr"][0] == pytest.approx(best * 0.5)
    assert any("rarer than its list shows" in n for n in notes["sr"])
    # Macedonian's and Russian's lists reach Zipf 1: their silence is not excused
    read = _read(sr=[best])
    _excuse_small_lists(read, 1)
    assert read["mk"][0] == 0.0 and read["ru"][0] == 0.0


@pytest.mark.parametrize("best", [3.5, 4.8, 6.0])
def test_a_word_as_common_as_a_small_list_shows_is_not_excused(best):
    assert best > list_floor("sr")
    read = _read(mk=[best])
    notes = _excuse_small_lists(read, 1)
    assert read["sr"][0] == 0.0 and "sr" not in notes


def test_a_reading_that_does_not_match_the_words_one_for_one_is_left_alone():
    read = _read(mk=[2.5, 2.5], sr=[0.0])  # Serbian's reading has one word for two
    _excuse_small_lists(read, 2)
    assert read["sr"] == [0.0]


# on real titles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Srpska čitanka", "Bakarni kotlovi", "Kovački zanat", "Jagodinski kraj"])
def test_serbian_latin_with_a_word_below_the_serbian_list_is_serbian(text):
    r = identify(text)
    assert r.script == "latin" and r.language == "sr", [s.as_dict() for s in r.ranking[:3]]


@pytest.mark.parametrize("text,lang", [("Rechnik na makedonskiot jazik", "mk"),
                                       ("Opis na arhivskite fondovi", "mk"),
                                       ("Balgarski narodni pesni", "bg"),
                                       ("Skazki i legendy", "ru"),
                                       ("Stara srpska književnost", "sr")])
def test_titles_with_their_own_common_words_keep_their_language(text, lang):
    assert identify(text).language == lang


# Cyrillic: the neighbours' words in Russian's frequency list ------------------------------------------

@pytest.mark.parametrize("text", ["Туды", "Сюды", "Туды-сюды", "Попыт"])
def test_a_belarusian_word_russian_s_list_has_and_its_dictionary_lacks_is_belarusian(text):
    from translit.langs.identify import _zipf
    from translit.read.lexicon import is_dictionary_word

    for w in text.lower().split("-"):
        # the class: in Russian's list below the ceiling, not in Russian's dictionary
        assert 0 < _zipf(w, "ru") < 3.0 and not is_dictionary_word(w)
    r = identify(text)
    assert r.language == "be", [s.as_dict() for s in r.ranking[:3]]
    assert any("not in Russian's dictionary" in e for e in next(s for s in r.ranking if s.language == "ru").evidence)


@pytest.mark.parametrize("text", ["Санкт-Петербург : Свет, 2019.", "Нью-Йорк", "Юго-Западный фронт",
                                  "Эдвард Сноуден", "История России"])
def test_russian_text_with_words_its_dictionary_lacks_stays_russian(text):
    # санкт, нью, юго: common in Russian's list (at or above LEAK_CEILING) though no dictionary word;
    # сноуден: a name the neighbours' dictionaries know no better than Russian's list
    assert identify(text).language == "ru"


def test_the_russian_list_is_checked_only_below_the_ceiling_and_where_a_neighbour_knows_the_word():
    from translit.langs.identify import LEAK_CEILING, PRESENCE_MARGIN, _russian_list_checked, _zipf

    be = ("be",)
    for w in ("туды", "попыт"):
        zipfs = {lang: _zipf(w, lang) for lang in LIST_LANGS}
        assert _russian_list_checked(w, zipfs, be) == pytest.approx(1.0 - PRESENCE_MARGIN)
    # a Russian dictionary word, a word above the ceiling, a word no neighbour knows: unchanged
    for w, zipfs in (("история", {"ru": 2.0, "uk": 1.0, "bg": 1.0, "mk": 0.0, "sr": 0.0}),
                     ("санкт", {"ru": LEAK_CEILING + 1, "uk": 1.0, "bg": 1.0, "mk": 0.0, "sr": 0.0}),
                     ("щфыв", {"ru": 2.0, "uk": 0.0, "bg": 0.0, "mk": 0.0, "sr": 0.0})):
        assert _russian_list_checked(w, zipfs, ()) is None
