"""pymorphy3's analyzer, safe on every letter: :func:`analyzer` is the one place translit makes one.

pymorphy3 asks for the Unicode name of each letter of an unknown word to tell whether it is Latin
(``pymorphy3.shapes.is_latin_char``), and Python's Unicode database names no Tangut ideograph
(U+17000–U+18D08, 6,145 letters): ``parse("𗩺дом")`` raised ``ValueError: no such name`` out of
``key``, the gloss and the case rules. A letter without a name is no Latin letter; the check is
made to say so once, before the first analyzer is made."""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def _safe_letter_names() -> None:
    """Make pymorphy3's Latin-letter check answer False for a letter that has no Unicode name."""
    import pymorphy3.shapes as shapes

    known = shapes._latin_letters_cache

    def is_latin_char(uchr: str) -> bool:
        hit = known.get(uchr)
        if hit is None:
            hit = known.setdefault(uchr, "LATIN" in unicodedata.name(uchr, ""))
        return hit

    shapes.is_latin_char = is_latin_char


def analyzer(lang: str | None = None):
    """A new ``pymorphy3.MorphAnalyzer`` (of ``lang``, Russian by default) that survives any letter."""
    import pymorphy3

    _safe_letter_names()
    return pymorphy3.MorphAnalyzer() if lang is None else pymorphy3.MorphAnalyzer(lang=lang)
