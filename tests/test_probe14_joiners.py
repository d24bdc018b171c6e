"""probe14: an invisible joiner inside a romanized word (a zero-width joiner or non-joiner, a word
joiner, a byte-order mark pasted mid-word: what copying from a web page or a PDF leaves) cut the
word in two. ``Is\\u200dtoriia`` was read as two words, Из + тория, the key was "iz toriia" (not
the key of Istoriia) and add-880 wrote a half-Latin 880 (Is‍тория). A joiner is now part of the
word it stands in: the word is read without it, and a word left as it was keeps it, byte for byte."""

from __future__ import annotations

import pytest

import translit

JOINERS = ["\u200d", "\u200c", "\u2060", "\ufeff"]


@pytest.mark.parametrize("joiner", JOINERS)
@pytest.mark.parametrize("plain,at,cyrillic", [
    ("Istoriia Rossii", 2, "История России"),
    ("Dostoevskii, Fedor", 5, "Достоевский, Федор"),
    ("Sobranie sochinenii", 13, "Собрание сочинений"),
])
def test_a_joiner_inside_a_word_reads_as_the_word(joiner, plain, at, cyrillic):
    text = plain[:at] + joiner + plain[at:]
    assert translit.to_cyrillic(text).text == cyrillic
    assert translit.convert(text, to="cyrillic").text == cyrillic
    assert translit.key(text) == translit.key(plain)
    assert translit.detect(text).is_romanized_russian


@pytest.mark.parametrize("joiner", JOINERS)
@pytest.mark.parametrize("text", ["the his{j}tory of the Revolution", "Pub{j}lished in London", "We{j}ather report"])
def test_english_keeps_its_joiner(joiner, text):
    """Nothing is lost: English with a joiner inside a word comes back as it came."""
    text = text.format(j=joiner)
    assert translit.convert(text, to="cyrillic").text == text
    assert translit.convert(text, to="alalc").text == text


@pytest.mark.parametrize("text", ["\u200dMoskva", "Moskva\u200d", "Moskva \u2060 Kiev"])
def test_a_joiner_beside_a_word_stays_where_it_was(text):
    """Only a joiner between two letters is inside a word; one at a word's edge passes through."""
    out = translit.to_cyrillic(text).text
    assert out.replace("Москва", "Moskva").replace("Киев", "Kiev") == text
