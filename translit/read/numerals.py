"""Roman numerals in romanized Slavic text: which Latin letters are a numeral and stay as they are.

Cyrillic catalogues write Roman numerals in Latin letters (XIX век, Т. II, Кн. V), so reading a
romanized title back must leave them alone. Two classes, shared by every reader:

* a word of two letters or more, in capitals, that is a well-formed Roman numeral (II, XIX,
  XVIII): :func:`is_numeral`;
* a one-letter numeral (I, V, X) right after the abbreviation of a numbered part in the text's
  language (``numbered_parts.toml``: T. V, Kn. I, Knj. X) and its full stop, unless a full stop
  follows the letter too (Ivanov, T. I.: initials), a word follows it (Kn. V mire: the
  preposition) or a capital letter alone stands before the abbreviation (A. T. I):
  :func:`numbered_part`;
* a one-letter numeral after a ruler's name in a sentence-case title (Simeon I i negovoto vreme,
  Petar I): :func:`regnal_number` (the readers of the other languages; the Russian reader has its
  own rule, which asks its dictionary whether the word before is a forename).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ONE_LETTER = frozenset("IVX")


@cache
def part_abbreviations(lang: str) -> frozenset[str]:
    """The romanized abbreviations of a numbered part in ``lang`` (lower case, no full stop)."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("translit.read").joinpath("numbered_parts.toml").read_text("utf-8"))
    return frozenset(data["abbreviations"].get(lang, ()))


def is_numeral(word: str) -> bool:
    """A capitalized Roman numeral of two letters or more (II, XIX, MCMXLV)."""
    return len(word) > 1 and word.isascii() and ROMAN.fullmatch(word) is not None


_BEFORE = re.compile(r"(?<![^\W\d_])(?<![\u0300-\u036f\ufe20-\ufe2f])([^\W\d_]+)\.[ \t]+$")
# what follows a part's number: the field's end, punctuation (T. V, / T. V : / T. V-VI), or a
# conjunction before another number (T. I i II); not a word (Kn. V mire: the preposition)
_AFTER = re.compile(r"$|[^\w\s]|[ \t]+(?:[^\w\s]|$|(?:i|і|и|and)[ \t]+[IVXLC\d])")
# (a combining mark, a tie, belongs to the word before it: Sŭchinenii͡a. is no initial)
_INITIAL_BEFORE = re.compile(r"(?<![^\W\d_])(?<![\u0300-\u036f\ufe20-\ufe2f])[^\W\d_]\.[ \t]+$")


def numbered_part(text: str, start: int, end: int, lang: str) -> bool:
    """Is the one-letter word ``text[start:end]`` (I, V, X) the number of a part: right after one
    of ``lang``'s part abbreviations and its full stop (T. V, kn. I), with no full stop after it?"""
    word = text[start:end]
    if word not in ONE_LETTER or text.startswith(".", end) or not _AFTER.match(text, end):
        return False
    at = max(0, start - 24)
    m = _BEFORE.search(text[at:start])
    if m is None or m.group(1).lower() not in part_abbreviations(lang):
        return False
    if m.start(1) == 0 and at and text[at - 1].isalpha():
        return False  # the window cut a longer word
    if len(m.group(1)) == 1 and _INITIAL_BEFORE.search(text[max(0, at + m.start(1) - 8):at + m.start(1)]):
        return False  # A. T. I: a run of initials
    return True


_WORD_BEFORE = re.compile(r"(?:^|\s)(\S+) $")
_AFTER_REGNAL = re.compile(r"$|[^\w\s]|[ \t]+(?:[^\w\s]|$|(?P<next>[^\W\d_]))")


def regnal_number(text: str, start: int, end: int) -> bool:
    """Is the one-letter word ``text[start:end]`` (I, V, X) a ruler's number after his name (Simeon I,
    Petro I i Ukraïna): right after a capitalized word of letters and one space, with no full stop
    after it (Petro I. Ivanenko: an initial) and no capitalized word after it (a surname, or title
    case: Petar I Karađorđević, Moskva I Sankt-Peterburg, left to the reader)? In sentence case the
    conjunction and the preposition are written small (Simeon i Petar, v Sofii͡a)."""
    if text[start:end] not in ONE_LETTER or text.startswith(".", end):
        return False
    after = _AFTER_REGNAL.match(text, end)
    if after is None or after.group("next") and not after.group("next").islower():
        return False  # a capitalized word after it: a surname, or title case (Petar I Karađorđević)
    m = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if m is None:
        return False
    name = m.group(1)
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 2 and name[:1].isupper() and not name.isupper() and \
        all(c.isalpha() or unicodedata.combining(c) or c in "ʹʺ'’-" for c in name)


def kept_numeral(text: str, start: int, end: int, lang: str) -> str | None:
    """Why the word ``text[start:end]`` is a Roman numeral kept in Latin letters, or None."""
    word = text[start:end]
    if is_numeral(word):
        return "a Roman numeral: kept"
    if numbered_part(text, start, end, lang):
        return "a Roman numeral after the abbreviation of a numbered part (T. V, Kn. I): kept"
    if regnal_number(text, start, end):
        return "a ruler's number after his name in sentence case (Simeon I, Petar I): kept"
    return None
