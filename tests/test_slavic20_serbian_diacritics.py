"""slavic20: Serbian Latin typed with its diacritics keeps its plain letters plain.

A line that writes č ć š ž or đ was typed with them, so a plain word there that wordfreq's Serbian
list knows as typed is that word, not a commoner word it would be with a mark (Vasa: Васа, not
ваша); a line with no diacritic at all is still read as typed without them. Inputs written for
this test, not taken from a benchmark file.
"""

import pytest

from translit import to_cyrillic
from translit.langs.serbian import _line_has_diacritics, read_serbian


@pytest.mark.parametrize("text, want", [("Sto godina Đerdapa", "Сто година Ђердапа"),
                                        ("Vasa Pelagić", "Васа Пелагић"),
                                        ("Kosa i češalj", "Коса и чешаљ"),
                                        ("Sala u Beču", "Сала у Бечу")])
def test_plain_words_beside_diacritics_stay_plain(text, want):
    assert to_cyrillic(text, lang="sr").text == want


def test_text_without_diacritics_is_still_guessed():
    assert to_cyrillic("Sto cuda", lang="sr").text == "Што чуда"
    assert to_cyrillic("Vasa knjiga", lang="sr").text == "Ваша књига"
    reading = read_serbian("Vasa knjiga")
    assert reading.words[0].method == "lexicon"


def test_each_line_by_its_own_diacritics():
    text = "Vasa knjiga\nVasa Pelagić"
    assert to_cyrillic(text, lang="sr").text == "Ваша књига\nВаса Пелагић"
    assert _line_has_diacritics(text, 15)
    assert not _line_has_diacritics(text, 2)
    # decomposed marks count as the letters they make
    assert _line_has_diacritics("Sto godina Nis\u030c", 0)


def test_unknown_plain_word_beside_diacritics_is_still_guessed():
    # cacak is no word of the list as typed: its known spelling is taken even beside a diacritic
    assert to_cyrillic("Cacak i Niš", lang="sr").text == "Чачак и Ниш"
