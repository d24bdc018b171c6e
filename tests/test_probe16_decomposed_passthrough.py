"""probe16: convert in another language (uk, be, bg, sr, mk) passes a Latin word in decomposed form
(a letter and its combining mark, as macOS file names and some exports write é, ü, ï) through code
point for code point. Its reading (e + U+0301 read as е with a stress mark, or Serbian's Цафé)
romanizes back to the same letters in composed form; that is no conversion, and the text that is
not the language's must come out byte for byte (langs.api._same_letters_kept). Real reader, real
dictionaries."""
from __future__ import annotations

import pytest

from translit import convert

NFD = ["Cafe\u0301 au lait", "Zu\u0308rich ist", "re\u0301sume\u0301", "Malmo\u0308"]
LANGS = ["uk", "be", "bg", "sr", "mk"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", NFD)
def test_a_decomposed_latin_word_passes_through(text, lang):
    got = convert(text, lang=lang)
    assert got.text == text
    assert got.spans == []


@pytest.mark.parametrize("text, lang, romanized", [
    ("Київ і Zu\u0308rich", "uk", "Kyïv i"),
    ("Мінск і re\u0301sume\u0301", "be", "Minsk i"),
    ("София и Cafe\u0301", "bg", "Sofii\u0361a i"),
    ("Београд и Cafe\u0301", "sr", "Beograd i"),
    ("Скопје и Malmo\u0308", "mk", "Skopje i"),
])
def test_beside_the_language_the_decomposed_word_is_kept_and_the_rest_converted(text, lang, romanized):
    got = convert(text, lang=lang)
    foreign = text.split()[-1]
    assert got.text == f"{romanized} {foreign}"
    # the spans written into the input give the output, and none covers the foreign word
    out, pos = [], 0
    for s in got.spans:
        out += [text[pos:s.start], s.output]
        pos = s.end
    assert "".join(out) + text[pos:] == got.text
    assert all(s.end <= text.index(foreign) for s in got.spans)
