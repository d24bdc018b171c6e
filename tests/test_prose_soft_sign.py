"""A word-final apostrophe in running text: English writes one only after s, x or z (a
possessive: Teachers', Marx') or after an elided g (goin'); after any other letter it is a
romanized soft sign, even when English knows the word without it (oblast, perm)."""

import pytest

from translit import convert


@pytest.mark.parametrize("text,russian", [
    ("the Whites' Severnaia oblast' lasted until 1920", "область"),
    ("Kazan' and Perm' were taken by the Czechs", "Пермь"),
    ("the Moscow oblast' committee met", "область"),
    ("his novel Zhizn' i sud'ba appeared", "Жизнь"),
])
def test_a_soft_sign_at_the_end_of_a_word_english_knows(text, russian):
    assert russian in convert(text, to="cyrillic").text


@pytest.mark.parametrize("text", [
    "the Teachers' union and the Romanovs' jewels",
    "Marx' and Engels' letters",
    "the girls' school",
    "we were goin' home",
])
def test_english_closing_apostrophes_stay(text):
    assert convert(text, to="cyrillic").text == text
    assert convert(text, to="alalc").text == text
