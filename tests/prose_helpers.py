"""Shared helpers of the running-text tests (tests/test_prose_classes*.py): English prose with
Russian inside converted as a user would (`convert --to cyrillic`, `convert --to alalc`) and one
word's reading under the running-text policy, with its reason. Real lexicon and pymorphy3."""

from __future__ import annotations

from translit import to_cyrillic
from translit.conversion import convert


def cyr(text: str) -> str:
    """``text`` converted to Cyrillic (the running-text default of convert)."""
    return convert(text, to="cyrillic").text


def alalc(text: str) -> str:
    """``text`` converted to ALA-LC (Russian words romanized, English kept)."""
    return convert(text, to="alalc").text


def word(text: str, token: str):
    """The reading of the first word of ``text`` written ``token``, under the running-text policy."""
    r = to_cyrillic(text, policy="running")
    return next(w for w in r.words if w.input == token)
