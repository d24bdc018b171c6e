"""Lookalike letters between Cyrillic and Latin, and Roman numerals typed in Cyrillic.

Catalogue text mixes scripts by accident: a Latin ``e`` inside ``Рeабилитация``, a Latin ``H`` as
the initial in ``Берберова, H.``, a Cyrillic ``Х`` in the Roman numeral ``ХIХ в.``. These helpers
decide, per token, which script a letter stands for. Every repair is reported by the caller.
"""

from __future__ import annotations

import re

# Latin letter → the Cyrillic letter it looks like (UTS #39 confusables, Russian subset).
LATIN_TO_CYRILLIC = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "У", "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х",
    "y": "у", "i": "і", "I": "І",
}
CYRILLIC_TO_LATIN = {v: k for k, v in LATIN_TO_CYRILLIC.items() if k not in "Yy"}
CYRILLIC_TO_LATIN.update({"У": "Y", "у": "y", "І": "I", "і": "i"})

# Roman numeral letters and their Cyrillic lookalikes.
_ROMAN_FROM_CYRILLIC = {"Х": "X", "І": "I", "С": "C", "М": "M", "Ⅰ": "I", "Ⅴ": "V", "Ⅹ": "X"}
_ROMAN_RE = re.compile(r"^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# What follows a Roman numeral in Russian text: век/вв., съезд, том…
_NUMERAL_CONTEXT = re.compile(r"^\s*(?:-|–)?\s*(?:в\.|вв\.|век|веке|века|столети|съезд|съезда|том|т\.|пленум)", re.I)


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f" or "\u1c80" <= ch <= "\u1c8f" or "\ua640" <= ch <= "\ua69f"


def is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("\u00c0" <= ch <= "\u024f" and ch.isalpha()) or ("\u1e00" <= ch <= "\u1eff")


def roman_numeral(token: str, following: str) -> str | None:
    """Return the Latin Roman numeral a Cyrillic-typed token stands for, or None.

    A token qualifies when it is upper case, made only of numeral letters, holds at least one
    Cyrillic lookalike, spells a valid numeral, and is either two letters or more long or is
    followed by a word that takes a numeral (``в.``, ``век``, ``съезд``…). ``С`` (the
    preposition) and ``М.`` (an initial) therefore stay Cyrillic.
    """
    if not token or not any(c in _ROMAN_FROM_CYRILLIC for c in token):
        return None
    latin = "".join(_ROMAN_FROM_CYRILLIC.get(c, c) for c in token)
    if not _ROMAN_RE.match(latin) or not latin:
        return None
    if len(token) >= 2 and (any(c in "ХX" for c in token) or any(c in "ІI" for c in token)):
        return latin
    if _NUMERAL_CONTEXT.match(following):
        return latin
    return None


def repair_mixed_token(token: str) -> tuple[str, str] | None:
    """Repair a token that mixes Cyrillic and Latin letters.

    Returns ``(repaired, script)`` where script is ``"cyrillic"`` when Latin lookalikes inside a
    mostly Cyrillic word were read as Cyrillic, ``"latin"`` for the reverse, or None when the
    token is not a lookalike mix (a real mixed token is left alone).
    """
    cyr = [c for c in token if is_cyrillic(c)]
    lat = [c for c in token if is_latin(c)]
    if not cyr or not lat:
        return None
    if all(c in LATIN_TO_CYRILLIC for c in lat) and len(cyr) >= len(lat):
        return "".join(LATIN_TO_CYRILLIC.get(c, c) if is_latin(c) else c for c in token), "cyrillic"
    if all(c in CYRILLIC_TO_LATIN for c in cyr) and len(lat) > len(cyr):
        return "".join(CYRILLIC_TO_LATIN.get(c, c) if is_cyrillic(c) else c for c in token), "latin"
    if all(c in LATIN_TO_CYRILLIC for c in lat):
        return "".join(LATIN_TO_CYRILLIC.get(c, c) if is_latin(c) else c for c in token), "cyrillic"
    return None


_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_HAS_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_HAS_CYRILLIC = re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f]")


def fold_mixed_words(text: str) -> str:
    """``text`` with every run of letters that mixes Cyrillic and Latin lookalikes written in one
    script, as :func:`repair_mixed_token` decides (``Mоskvа`` with Cyrillic о and а → ``Moskva``,
    ``Петрoв`` with a Latin o → ``Петров``); a real mix is left as it is. One letter for one, so
    every offset into ``text`` stays valid: a reader reads the folded text and takes what it leaves
    from ``text`` itself."""
    if not _HAS_LATIN.search(text) or not _HAS_CYRILLIC.search(text):
        return text

    def one(m: re.Match) -> str:
        repaired = repair_mixed_token(m.group())
        return repaired[0] if repaired else m.group()

    return _LETTERS.sub(one, text)


def numerals_to_latin(text: str) -> str:
    """``text`` with its Roman numerals typed in Cyrillic lookalikes, whole or in part (ХХ в.,
    ХIХ век, т. ІІ), written in Latin letters, as romanization writes them. Each lookalike is one
    letter for one, so every offset into ``text`` stays valid."""

    def one(m: re.Match) -> str:
        tok = m.group()
        return (roman_numeral(tok, text[m.end():m.end() + 12]) or tok) if tok.isupper() else tok

    return _WORD.sub(one, text)
