"""An apostrophe after one letter before a romanized я ю е ё is a soft sign when the lexicon knows
the word (N'iu-Iork = Нью-Йорк, in every scheme that writes ь as an apostrophe), while a French
elision before a Western word (d'York, l'Yonne, l'on) stays as it was in running text."""
import pytest

from translit import convert


@pytest.mark.parametrize("text, expected", [
    ("Vospominaniia (N'iu-Iork: Izd-vo im. Chekhova, 1970)", "Воспоминания (Нью-Йорк: Изд-во им. Чехова, 1970)"),
    ("izdano v N'iu-Iorke", "издано в Нью-Йорке"),
    ("printed in N'yu-York, 1952", "printed in Нью-Йорк, 1952"),
    ("the letters of Pavel D'iakonov", "the letters of Павел Дьяконов"),
])
def test_soft_sign_before_an_iotated_vowel_is_read(text, expected):
    assert convert(text, to="cyrillic").text == expected


@pytest.mark.parametrize("text", [
    "the duc d'York and l'Yonne",
    "a footnote on l'on dit and d'Artagnan",
    "Mémoires d'Iéna, c'est la vie",
    "the river l'Yerres near Paris",
])
def test_french_elisions_before_western_words_stay(text):
    assert convert(text, to="cyrillic").text == text


def test_the_same_word_in_another_scheme_is_rewritten_whole():
    out = convert("Vospominaniia (N'iu-Iork, 1970)", to="bgn-pcgn").text
    assert out == "Vospominaniya (N’yu-York, 1970)"
