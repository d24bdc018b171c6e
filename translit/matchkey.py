"""Match keys: one key for every spelling of a Russian title or name, in any scheme or in Cyrillic.

``key(text)`` reads romanized words into Cyrillic, then folds what spellings disagree on:
case, ё/е, э/е, й/и, soft and hard signs, тс/ц, doubled letters, ties, punctuation, and the
order of an inverted name (``Bukharin, Nikolai`` = ``Nikolai Bukharin``). The folded Cyrillic is
written in ASCII so the key can go into any search index. Keys are for machines: index them
beside the heading, query with the key of what the user typed, and never show them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from translit.normalize import PRE_REFORM
from translit.normalize.lookalikes import numerals_to_latin
from translit.romanize import romanize
from translit.read.tokens import NO_INVISIBLE as _NO_INVISIBLE

_CYR = re.compile("[\u0400-\u04ff]")
_WORDS = re.compile(r"[^\W_]+")
# Folds of Cyrillic letters that romanizations spell alike.
_FOLD = str.maketrans({"ё": "е", "э": "е", "й": "и", "ь": None, "ъ": None, **PRE_REFORM})
_INVERTED = re.compile(r"^\s*([^,]+?)\s*,\s*([^,]+?)\s*(?:,\s*([\d\-–—‒?. ]*))?$")


# Text written the way a key is (ASCII words, digits and spaces, every word spelled with
# ALA-LC-without-diacritics letters): a key is in that scheme, so such text is read in it, not
# with the scheme detected (which may take a word for another scheme's spelling: izvestny as the
# popular -y for -ый, ch as German х), and key(key(x)) is key(x); its case does not matter (Ch
# keys as ch does). Lower-case ISO 9 (nikolaj) is no key. A word the scheme leaves or reads only
# as a guess while the detected reading knows it (ya, yalta, dostoyevsky: ы for y), or reads far
# worse than the detected reading does (weights.toml [key]: vassily as Вассилы, not Василий), was not
# written as a key: then the text is read with the scheme detected.
_KEY_LIKE = re.compile(r"[a-z0-9 ]*[a-z][a-z0-9 ]*")


def _key_like(text: str) -> bool:
    if not _KEY_LIKE.fullmatch(text.lower()):
        return False
    from translit.read.candidates import reader
    from translit.read.chunks import scheme_bit

    rd, bit = reader(), scheme_bit("alalc-plain")
    return all(rd.spellable(w, bit) for w in re.findall("[a-z]+", text.lower()))


def _cyrillic(text: str, policy: Any = None, forms: dict[str, bool] | None = None,
              spellings: dict[str, str] | None = None, pieces: dict | None = None,
              around: tuple[str, str] | None = None) -> str:
    if _CYR.search(text) and not re.search(r"[A-Za-z]{2,}", text):
        return text
    from translit.read.candidates import Source
    from translit.read.reader import to_cyrillic
    from translit.read.weights import W

    detected = to_cyrillic(text, policy=policy, forms=forms, spellings=spellings, pieces=pieces, around=around)
    if not _key_like(text):
        return detected.text
    plain = to_cyrillic(text, scheme="alalc-plain", policy=policy, forms=forms, spellings=spellings,
                        pieces=pieces, around=around)
    if len(plain.words) == len(detected.words) and any(
            d.is_russian and (not p.is_russian or d.source not in (None, *Source.GUESSES) and (
                p.source in Source.GUESSES or _score(d) - _score(p) >= W.key.detected_margin))
            for p, d in zip(plain.words, detected.words)):
        return detected.text
    return plain.text


def _score(word: Any) -> float:
    """The score of the reading a word was given (its candidate with that Cyrillic)."""
    return next((c.score for c in word.candidates if c.cyrillic == word.cyrillic), 0.0)


def _fold_word(w: str) -> str:
    return w.lower().translate(_FOLD).replace("тс", "ц").replace("шч", "щ")


def _given_names(part: str) -> bool:
    """True when ``part`` looks like forenames: initials, or words the dictionary tags as names, or
    national forms of Russian forenames in the tables (Andrzej, Sándor, Pietro:
    :func:`translit.clustering.forename_keys`)."""
    from translit.clustering import forename_keys
    from translit.read import lexicon as lx
    from translit.read.established import fold

    latin = _WORDS.findall(part)
    if latin and all(len(w) == 1 or fold(w) in forename_keys() for w in latin) and any(len(w) > 1 for w in latin):
        return True
    words = _WORDS.findall(_cyrillic(part))
    if not words:
        return False
    lex = lx.lexicon()
    for w in words:
        if len(w) == 1:
            continue
        entry = lex.get(lx.fold(w))
        if entry is None or not entry[1] & (lx.NAME | lx.PATR):
            return False
    return True


def key(text: str, policy: Any = None, forms: dict[str, bool] | None = None,
        spellings: dict[str, str] | None = None, pieces: dict | None = None,
        around: tuple[str, str] | None = None) -> str:
    """The match key of a title or name (ASCII, space-separated folded words). Established forms
    share the key of their Cyrillic (Pétersbourg, Petersburg and Петербург). A personal-name heading
    is keyed on its name and years (:func:`translit.headings.set_aside`: ``Bukharin, N. I. (Nikolai
    Ivanovich), 1888-1938, author.`` keys as ``Бухарин, Николай Иванович, 1888-1938``). ``policy``: how the
    text is read (:mod:`translit.read.policy`; default: a catalogue field); ``forms``: a
    document's decisions per surface form and ``spellings`` its Cyrillic per word
    (:mod:`translit.read.document`), ``pieces`` its reading of words broken across lines, ``around`` the lines
    around a citation that runs across them."""
    if not isinstance(text, str):
        raise TypeError(f"key takes a str, not {type(text).__name__}")
    from translit.headings import direct_order, set_aside

    # relator terms, $q fuller forms, ranks and date words set aside; "Толстой Л. Н." as "Л. Н. Толстой"
    # an invisible joiner or soft hyphen inside a word is part of it (Мос\u00adква keys as Москва)
    text = direct_order(set_aside(unicodedata.normalize("NFC", text).translate(_NO_INVISIBLE)))
    m = _INVERTED.match(text)
    if m and len(m.group(1).split()) <= 2 and len(m.group(2).split()) <= 3 and _given_names(m.group(2)):
        # "Surname, Forename Patronymic, dates" → "Forename Patronymic Surname dates"
        text = f"{m.group(2)} {m.group(1)} {m.group(3) or ''}"
    cyr = numerals_to_latin(_cyrillic(_small_numerals_up(text), policy, forms, spellings, pieces, around))
    words = [_fold_word(w) for w in _WORDS.findall(cyr)]
    folded = " ".join(w for w in words if w)
    ascii_key = romanize(folded, "alalc-plain").replace("'", "").replace('"', "")
    ascii_key = unicodedata.normalize("NFKD", ascii_key).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(ascii_key.split())  # a word with no ASCII letter (Ð, 中文) leaves no space behind


# A Roman numeral with an X in small letters (xx, xii, xiv, lx): no Russian romanization writes x
# for a letter in such a word, and a key writes numerals in small letters, so they are numerals.
_SMALL_NUMERAL = re.compile(r"(?<![^\W\d_])[ivxlcdm]*x[ivxlcdm]*(?![^\W\d_])")


def _small_numerals_up(text: str) -> str:
    """``xx`` → ``XX`` where it is a valid Roman numeral, so it reads as the numeral ``XX`` does
    (the key of a key, or a title typed in small letters, keeps its century)."""
    from translit.normalize.lookalikes import _ROMAN_RE

    return _SMALL_NUMERAL.sub(lambda m: m.group().upper() if _ROMAN_RE.match(m.group().upper()) else m.group(),
                              text)
