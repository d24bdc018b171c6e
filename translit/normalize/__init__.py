"""Normalization: Unicode form, tie marks, stress marks and the many characters used for ь and ъ.

These are the first step of every pipeline. They never change text that is not part of a
romanized or Cyrillic word; each helper says exactly what it folds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

TIE = "\u0361"  # COMBINING DOUBLE INVERTED BREVE: the tie as MARBI 2004-08 encodes it
TIE_LEFT = "\ufe20"  # COMBINING LIGATURE LEFT HALF (MARC-8 EB)
TIE_RIGHT = "\ufe21"  # COMBINING LIGATURE RIGHT HALF (MARC-8 EC)
STRESS = "\u0301"

# The letters the 1918 reform dropped, each with the modern letter that replaced it (і → и,
# ѣ → е, ѳ → ф, ѵ → и). The one copy of this map: lexicon keys, match keys and the reader's
# modern spellings of old letters all fold with it.
PRE_REFORM = {"і": "и", "ѣ": "е", "ѳ": "ф", "ѵ": "и"}
PRE_REFORM_CASED = {**PRE_REFORM, **{old.upper(): new.upper() for old, new in PRE_REFORM.items()}}

# Lookalikes of the tie met in the wild (double breve, double tilde, double breve below).
_TIE_LOOKALIKES = {"\u035d": TIE, "\u0360": TIE, "\u035c": TIE}

# Characters people type for the soft sign and for the hard sign (reference §5.3).
SOFT_SIGNS = "ʹ'’ʼ′´`‘"
HARD_SIGNS = "ʺ\"”“″"

_FE_PAIR = re.compile("(.)\ufe20((?:.[\u0300-\u036f]*?))\ufe21", re.S)
_U0361_PAIR = re.compile("(.)\u0361(.)", re.S)


def fold_ties(text: str) -> str:
    """Encode every tie as one U+0361 after the first letter.

    ``t\\uFE20s\\uFE21`` → ``t\\u0361s``; lone half marks (damaged MARC-8 conversions) become
    U+0361 (left half) or vanish (right half); U+035D/U+0360/U+035C become U+0361.
    """
    if text.isascii():  # every tie and half mark is outside ASCII (most words: nothing to fold)
        return text
    if TIE_LEFT in text or TIE_RIGHT in text:
        if _SHIFTED_HALVES.search(text):
            text = _SHIFTED_HALVES.sub(_unshift_halves, text)
        text = text.replace(TIE_LEFT, TIE).replace(TIE_RIGHT, "")
    for k, v in _TIE_LOOKALIKES.items():
        if k in text:
            text = text.replace(k, v)
    return text


# Half marks shifted one letter left (MARC-8 damage: Natalʹ\ufe20i\ufe21a, \ufe20T\ufe21Serkovʹ for
# Natalʹi\ufe20a\ufe21, T\ufe20S\ufe21erkovʹ): the left half sits before the first tied letter.
_SHIFTED_HALVES = re.compile("(.?)\ufe20(.)\ufe21(.)", re.S)


@cache
def tied_pairs() -> frozenset[str]:
    """The letter pairs the scheme tables write under a tie (ts, ia, iu, ie), lower case."""
    from translit.schemes import all_schemes

    out = set()
    for s in all_schemes():
        for latin in list(s.letters.values()) + list(s.capitals.values()):
            for m in _U0361_PAIR.finditer(latin):
                out.add((m.group(1) + m.group(2)).lower())
    return frozenset(out)


def _unshift_halves(m: re.Match) -> str:
    before, first, after = m.group(1), m.group(2), m.group(3)
    pairs = tied_pairs()
    if (before + first).lower() not in pairs and (first + after).lower() in pairs:
        return f"{before}{first}{TIE_LEFT}{after}{TIE_RIGHT}"
    return m.group(0)


def to_marc_ties(text: str) -> str:
    """Encode every U+0361 tie as the half marks U+FE20 … U+FE21 (MARC-8 EB/EC order)."""
    if TIE not in text:
        return text
    return _U0361_PAIR.sub(lambda m: f"{m.group(1)}{TIE_LEFT}{m.group(2)}{TIE_RIGHT}", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_stress(text: str) -> str:
    """Remove acute stress marks (U+0301) that teaching texts put after vowels (Москва́)."""
    return text.replace(STRESS, "") if STRESS in text else text


def normalize_latin(text: str) -> str:
    """NFC, ties folded to U+0361, stress marks removed: the form the reader works on."""
    return nfc(strip_stress(fold_ties(text)))
