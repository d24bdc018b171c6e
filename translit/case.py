"""Catalogue capitalization of Russian (RDA appendix A): the first word and proper names
capitalized, everything else in lower case.

Proper names are recognised through pymorphy3: a word keeps its capital when its most likely
dictionary reading is a personal name, surname, patronymic, place or organization, or when the
source capitalized it and the dictionary knows such a reading. All-caps abbreviations (ЦК, КПСС)
are left as they are. Works on Cyrillic; romanized text is cased through its Cyrillic reading.
"""

from __future__ import annotations

import re
from functools import cache

_CYR_WORD = re.compile(r"[А-Яа-яЁёІіѢѣѲѳѴѵ]+")
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _is_word(w: str) -> bool:
    from translit.read.lexicon import is_dictionary_word

    return is_dictionary_word(w)


@cache
def _is_proper(word: str, capitalized: bool) -> bool:
    parses = _morph().parse(word.lower())
    if not parses:
        return False
    if any(g in parses[0].tag for g in _PROPER):
        return True
    if capitalized:
        return any(any(g in p.tag for g in _PROPER) and p.score >= 0.1 for p in parses)
    return False


def catalog_case(text: str, capitalize_first: bool = True) -> str:
    """Recase Cyrillic ``text`` as RDA appendix A asks for Russian titles.

    ``capitalize_first=False`` is for a fragment that does not begin a title. Initials (a letter
    before a period) keep their capital, and a lone word keeps its case (in running text it is
    far more often a name or a publisher than a title).
    """
    if len(_CYR_WORD.findall(text)) < 2:
        return text
    first = capitalize_first

    def one(m: re.Match) -> str:
        nonlocal first
        w = m.group()
        is_first, first = first, False
        if len(w) > 1 and w.isupper() and not _is_word(w):
            return w  # an abbreviation: ЦК, КПСС
        if len(w) == 1 and w.isupper() and m.string[m.end():m.end() + 1] == ".":
            return w  # an initial
        if is_first:
            return w[:1].upper() + w[1:].lower()
        if _is_proper(w, w[:1].isupper()):
            return w[:1].upper() + w[1:].lower()
        return w.lower()

    return _CYR_WORD.sub(one, text)
