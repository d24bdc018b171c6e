"""probe15: a soft hyphen (U+00AD) inside a word, the hyphenation point a word processor or a PDF
leaves in copied text, cut the word in two: ``so\\u00adchinenii`` was read as "so" left Latin and
чинении, ``Mos\\u00adkva`` stayed Latin in convert, and the key of Мос\\u00adква was "mos kva".
It is now invisible inside a word as the joiners are (:data:`translit.read.tokens.INVISIBLE`): the
word is read and keyed without it, and a word left as it was (English) keeps it byte for byte."""

from __future__ import annotations

import pytest

import translit

SHY = "\u00ad"


@pytest.mark.parametrize("text,cyrillic", [
    (f"Sobranie so{SHY}chinenii", "Собрание сочинений"),
    (f"Isto{SHY}riia Ros{SHY}sii", "История России"),
    (f"Dostoev{SHY}skii, Fedor", "Достоевский, Федор"),
    (f"Vos{SHY}po{SHY}mi{SHY}na{SHY}niia", "Воспоминания"),
])
def test_a_soft_hyphen_inside_a_romanized_word_reads_as_the_word(text, cyrillic):
    plain = text.replace(SHY, "")
    assert translit.to_cyrillic(text).text == cyrillic
    assert translit.convert(text, to="cyrillic").text == cyrillic
    assert translit.key(text) == translit.key(plain)
    assert translit.detect(text).is_romanized_russian


@pytest.mark.parametrize("text", [f"Мос{SHY}ква", f"Исто{SHY}рия Рос{SHY}сии", f"Бу{SHY}харин, Ни{SHY}колай",
                                  f"Ки{SHY}їв"])
def test_a_soft_hyphen_inside_a_cyrillic_word_keys_as_the_word(text):
    plain = text.replace(SHY, "")
    assert translit.key(text) == translit.key(plain)
    assert translit.key(text, lang="auto") == translit.key(plain, lang="auto")


@pytest.mark.parametrize("text", [f"Ed{SHY}u{SHY}ca{SHY}tion and hy{SHY}phen{SHY}ation",
                                  f"the in{SHY}ter{SHY}na{SHY}tional press", f"Ελλη{SHY}νικά and 日本{SHY}語"])
def test_text_that_is_not_russian_keeps_its_soft_hyphens(text):
    assert translit.convert(text, to="cyrillic").text == text
    assert translit.convert(text, to="alalc").text == text
    assert translit.to_cyrillic(text).text.count(SHY) == text.count(SHY)
