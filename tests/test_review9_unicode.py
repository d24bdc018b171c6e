"""review9: public entry points survive letters whose lower case is longer than themselves.

str.lower() turns the Turkish dotted capital İ (U+0130) into two code points; a reader that indexed
the lowered word by the positions of the original failed with IndexError on it.
"""

import pytest

import translit


@pytest.mark.parametrize("text", ["İstanbul", "Đİ", "aİ’j", "Niš İzmir Beograd"])
def test_serbian_reading_survives_dotted_capital_i(text):
    out = translit.to_cyrillic(text, lang="sr").text
    assert len(out) == len(text)  # one letter for one, the İ kept as it is


def test_serbian_reading_of_ordinary_latin_is_unchanged():
    assert translit.to_cyrillic("Beograd", lang="sr").text == "Београд"
    assert translit.to_cyrillic("Njegoš", lang="sr").text == "Његош"
