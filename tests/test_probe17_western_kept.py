"""probe17: convert in Ukrainian, Belarusian (and the other Slavic languages) decides to keep or read
a Latin word the same whatever its Unicode normalization form, and keeps a common Western word
with accents (naïve, Noël) as written, as Russian's convert does. Real wordfreq and dictionaries."""
import unicodedata

import pytest

import translit

WORDS = ["Größe", "Müller", "Düsseldorf", "Café"]


@pytest.mark.parametrize("lang", ["uk", "be"])
@pytest.mark.parametrize("to", ["alalc", "cyrillic"])
@pytest.mark.parametrize("word", WORDS)
def test_decomposed_word_decided_as_composed(lang, to, word):
    composed = unicodedata.normalize("NFC", word)
    decomposed = unicodedata.normalize("NFD", word)
    assert composed != decomposed
    c = translit.convert(composed, to=to, lang=lang).text
    d = translit.convert(decomposed, to=to, lang=lang).text
    assert unicodedata.normalize("NFC", c) == unicodedata.normalize("NFC", d)
    if c == composed:  # kept: the decomposed form comes back byte for byte
        assert d == decomposed


@pytest.mark.parametrize("lang", ["uk", "be"])
def test_decomposed_word_kept_byte_for_byte_alone(lang):
    for word in ["Größe", "Müller", "Düsseldorf"]:
        d = unicodedata.normalize("NFD", word)
        assert translit.convert(d, to="alalc", lang=lang).text == d
        assert translit.convert(d, to="cyrillic", lang=lang).text == d


@pytest.mark.parametrize("lang", ["uk", "be", "bg", "mk"])
@pytest.mark.parametrize("text", ["Naïve", "Noël", "naïve", "Röntgen"])
def test_common_western_word_with_accents_kept(lang, text):
    assert translit.convert(text, to="alalc", lang=lang).text == text
    assert translit.convert(text, to="cyrillic", lang=lang).text == text
    assert translit.convert(text, to="alalc", lang="ru").text == text  # as Russian keeps it


def test_noel_does_not_send_a_ukrainian_title_to_russian():
    assert translit.convert("Книга Noël та", to="alalc", lang="uk").text == "Knyha Noël ta"


@pytest.mark.parametrize("lang, latin, cyr", [("uk", "Kyïv", "Київ"), ("uk", "Ukraïna", "Україна"),
                                             ("be", "Kyïŭ", None)])
def test_romanized_word_with_marks_still_read(lang, latin, cyr):
    out = translit.convert(latin, to="cyrillic", lang=lang).text
    assert out != latin
    if cyr:
        assert out == cyr
