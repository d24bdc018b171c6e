"""probe11: hostile inputs of our own to the library's entry points.

Each class was found by probing and is tested on three or more inputs:

* a letter without a Unicode name (the 6,145 Tangut ideographs, U+17000–U+18D08) in a word
  pymorphy3 analyzes: ``key``, the gloss and the case rules raised ``ValueError: no such name``
  (pymorphy3 asks each letter's name to tell a Latin one); the letter now passes through;
* text with no letter at all read by ``fix`` as mojibake: a run of no-break spaces became аа or
  ааа, C1 controls became ик or ЯЯ (cp866 read as Latin-1); such text is decoded only when it
  spells a dictionary word (¯®ª\\xa0 is пока), not out of spaces alone nor as one letter repeated;
* English scraps with no word of three letters (``of``, ``pp. 12–14``, ``e.g.``) read with
  ``lang="auto"``: every language but Russian reads them alike, and their pooled shares took the
  scrap for Serbian or Ukrainian (оф, пп.); such a scrap keeps the Russian default and passes
  through byte for byte.
"""

from __future__ import annotations

import pytest

import translit
from translit.langs.choose import choose

# -- letters without a Unicode name --------------------------------------------------------------

NAMELESS = ["\U00017a7a", "\U00018d00", "\U00018800"]  # Tangut ideographs and a Tangut component


@pytest.mark.parametrize("text, word", [
    (NAMELESS[0] + "дом", "dom"),
    ("Москва " + NAMELESS[1] + "Ýԕ", "moskva"),
    ("книга " + NAMELESS[2] + "ab", "kniga"),
])
def test_a_letter_without_a_name_passes_through_every_entry_point(text, word):
    assert word in translit.key(text, lang="ru")
    assert translit.key(text)  # the language chosen per text
    letter = next(c for c in NAMELESS if c in text)
    assert letter in translit.gloss_text(text).cyrillic
    assert letter in translit.convert(text).text
    assert letter in translit.convert(text, to="cyrillic", lang="auto").text


def test_nameless_letters_are_not_latin_to_pymorphy3():
    from translit.morphology import analyzer

    morph = analyzer()
    for c in NAMELESS:
        parses = morph.parse(c + "ab")
        assert parses and all("LATN" not in p.tag for p in parses)
    assert any("LATN" in p.tag for p in morph.parse("abc"))


# -- fix: text with no letter is decoded only when it spells words ---------------------------------


@pytest.mark.parametrize("text", ["\xa0\xa0", "4\xa0\xa0", "\xa0\xa0\xa0\xa0\xa0\xa0", "\x89\n\n\n\x89\x8b", "\x9f\x9f",
                                  "\x8a)\x87\x82\x8a\x8a|\x8a\x8a", "2'\x0b\x9a\x9a0", "\x98$34¢.?"])
def test_text_with_no_letter_is_not_turned_into_letters(text):
    assert translit.fix(text).text == text


@pytest.mark.parametrize("word", ["пока", "мама", "ключ", "МОСКВА", "ДОМ", "он"])
def test_cp866_read_as_latin1_is_still_repaired(word):
    damaged = word.encode("cp866").decode("latin-1")  # signs, no-break spaces and C1 controls only
    assert translit.fix(damaged).text == word


# -- lang=auto: scraps too short for a pooled verdict --------------------------------------------


@pytest.mark.parametrize("text", ["of", "of of", "pp. 12–14", "12–14 of 😀 e.g.", "pp."])
def test_english_scraps_are_not_taken_for_another_language(text):
    assert choose(text).language == "ru"
    assert translit.convert(text, to="cyrillic", lang="auto").text == text
    assert translit.convert(text, to="cyrillic").text == text


@pytest.mark.parametrize("text", ["Istorija Jugoslavije", "Istorija na makedonskiot narod", "Srpska knjizevnost"])
def test_titles_are_still_identified(text):
    assert choose(text).language in ("sr", "mk")
