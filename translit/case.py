"""Catalogue capitalization of Russian (RDA appendix A): the first word and proper names
capitalized, everything else in lower case.

Proper names are recognised through pymorphy3: a word keeps its capital when its most likely
dictionary reading is a personal name, surname, patronymic, place or organization, or when the
source capitalized it and the dictionary knows such a reading, or when the source capitalized a
word the dictionary does not know at all (a rare surname, Рикун). All-caps abbreviations (ЦК,
КПСС) are left as they are. Works on Cyrillic; romanized text is cased through its Cyrillic reading.

For MARC fields (``field_case``) the source decides: catalogue case is applied only when the
Cyrillic is in capitals or in title case (every word capitalized, as vendors' data often is);
text a cataloguer has already cased keeps its capitals (Президиума ЦК КПСС, the name of a body),
and only the first word of other title information is put in lower case unless it is a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_CYR_WORD = re.compile(r"[А-Яа-яЁёІіѢѣѲѳѴѵ]+")
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


@cache
def _morph():
    from translit.morphology import analyzer

    return analyzer()


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


def _keeps_capital(w: str, text: str, end: int) -> bool:
    """An abbreviation (ЦК), an initial (Н.) or a name keeps its capital anywhere in a title."""
    if len(w) > 1 and w.isupper() and not _is_word(w):
        return True
    if len(w) == 1 and w.isupper() and text[end:end + 1] == ".":
        return True
    return _is_proper(w, w[:1].isupper())


def catalog_case(text: str, capitalize_first: bool = True, min_words: int = 2) -> str:
    """Recase Cyrillic ``text`` as RDA appendix A asks for Russian titles.

    ``capitalize_first=False`` is for a fragment that does not begin a title. Initials (a letter
    before a period) keep their capital, and text of fewer than ``min_words`` words keeps its case
    (in running text a lone word is far more often a name or a publisher than a title; a MARC
    subfield known to be a title passes ``min_words=1``).
    """
    if len(_CYR_WORD.findall(text)) < min_words:
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
        if len(w) > 2 and w[:1].isupper() and not _is_word(w):
            return w[:1].upper() + w[1:].lower()  # capitalized and unknown to the dictionary: a name
        if _is_proper(w, w[:1].isupper()):
            return w[:1].upper() + w[1:].lower()
        return w.lower()

    return _CYR_WORD.sub(one, text)


def source_case(text: str) -> str:
    """How the Cyrillic of ``text`` was capitalized at its source: ``"caps"`` (all capitals, with
    at least one dictionary word, so not only abbreviations), ``"title"`` (every word of three
    letters or more capitalized, two such words at least) or ``"cased"`` (anything else: a
    cataloguer's or a title page's own capitalization)."""
    words = _CYR_WORD.findall(text)
    if words and all(w.isupper() for w in words) and any(len(w) > 1 and _is_word(w) for w in words):
        return "caps"
    long = [w for w in words if len(w) >= 3 and not w.isupper()]
    if len(long) >= 2 and all(w[:1].isupper() for w in long):
        return "title"
    return "cased"


def lower_first_word(text: str) -> str:
    """Put the first word of ``text`` in lower case unless it is a name, an abbreviation or an
    initial (the rest is left as it is). Only a Cyrillic first word is touched."""
    m = re.search(r"[^\W\d_]+", text)
    if not m or not _CYR_WORD.fullmatch(m.group()):
        return text
    w = m.group()
    if w.islower() or _keeps_capital(w, text, m.end()):
        return text
    return text[:m.start()] + w.lower() + text[m.end():]


def field_case(subfields: list[tuple[str, str]], recase: str, lower_first: str,
               styles: tuple[str, ...] = ("caps", "title", "cased")) -> list[tuple[str, str]]:
    """Recase the Cyrillic subfields ``(code, value)`` of one MARC field as LC catalogues them.

    ``recase`` names the subfields cased at all, ``lower_first`` those whose first word is in
    lower case unless it is a name (other title information, statement of responsibility). The
    style of the source is judged over all ``recase`` subfields together: capitals or title case
    get catalogue case; a cased source keeps its capitals and only loses the capital of the
    first word of a ``lower_first`` subfield. A subfield after one ending in ``=`` is a parallel
    title and keeps its capital. ``styles`` limits the source styles that are recased at all
    (a publisher's name in title case is the body's own name: only capitals are recased).
    """
    subfields = [(c, unicodedata.normalize("NFC", v) if c in recase else v) for c, v in subfields]
    style = source_case(" ".join(v for c, v in subfields if c in recase))
    out, previous = [], ""
    for c, v in subfields:
        if c in recase and _CYR_WORD.search(v) and style in styles:
            lower = c in lower_first and not previous.rstrip().endswith("=")
            if style == "cased":
                v = lower_first_word(v) if lower else v
            else:
                v = catalog_case(v, capitalize_first=not lower, min_words=1)
        out.append((c, v))
        previous = v
    return out
