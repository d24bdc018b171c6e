"""An invisible character inside an English word (a soft hyphen left by a word processor or a PDF, a
zero-width joiner) is no letter of it: the word is still known to English, left as it is, byte for
byte, while a romanized Russian word holding one is still read (probe15's soft hyphen, probe14's joiners)."""
import pytest

from translit.conversion import convert

SHY, ZWJ, ZWNJ = "\u00ad", "\u200d", "\u200c"


@pytest.mark.parametrize("word", [f"har{SHY}bour", f"govern{SHY}ment", f"neigh{ZWJ}bourhood", f"library{ZWNJ}",
                                  f"ca{SHY}thedral", f"pub{SHY}lisher"])
def test_english_word_with_an_invisible_character_stays_byte_for_byte(word):
    text = f"The {word} near the Kremlin was rebuilt in Moskva."
    out = convert(text, "cyrillic").text
    assert word in out, out
    assert "Москва" in out, out


@pytest.mark.parametrize("text, russian", [
    (f"He read Voina i mir in the Sobranie so{SHY}chinenii.", "сочинений"),
    (f"The journal Novyi{ZWJ} mir printed it.", "Новый"),
    (f"A letter from Ros{SHY}tov-na-Donu arrived.", "Ростов"),
])
def test_romanized_russian_word_with_an_invisible_character_is_still_read(text, russian):
    assert russian in convert(text, "cyrillic").text
