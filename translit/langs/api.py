"""The language-aware entry points: ``lang`` for reading back, converting and match keys.

``lang`` is an ISO 639-1 code (``ru``, ``uk``, ``be``, ``bg``, ``sr``, ``mk``; ``rue``), ``auto``
to identify the language of each text (:mod:`translit.langs.identify`), or None for Russian, which
keeps every Russian entry point exactly as it was.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from translit.errors import UnknownLanguageError
from translit.schemes import languages

_CYR = re.compile("[\u0400-\u04ff]")


def resolve(text: str, lang: str | None) -> str:
    """The language to use for ``text``: ``lang`` itself, or the identified one for ``auto``."""
    if lang is None:
        return "ru"
    if lang == "auto":
        from translit.langs.identify import identify

        return identify(text).language or "ru"
    if not isinstance(lang, str) or lang not in languages():
        raise UnknownLanguageError(lang, tuple(languages()) + ("auto",))
    return lang


def to_cyrillic(text: str, lang: str | None = None, scheme: str | None = None, **options: Any):
    """Read romanized ``text`` back in ``lang`` (Russian by default; ``auto`` identifies it)."""
    code = resolve(text, lang)
    if code == "ru":
        from translit.read.reader import to_cyrillic as russian

        return russian(text, scheme=scheme, **options)
    from translit.langs.reader import to_cyrillic as other

    return other(text, code, scheme)


@dataclass
class LangConversion:
    input: str
    text: str
    lang: str
    to: str

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "output": self.text, "lang": self.lang, "to": self.to}


def convert(text: str, to: str = "alalc", lang: str | None = None, source: str | None = None, **options: Any):
    """Convert the ``lang`` words of ``text`` (romanized in any of its schemes, or Cyrillic) to ``to``."""
    code = resolve(text, lang)
    if code == "ru":
        from translit.conversion import convert as russian

        return russian(text, to=to, source=source, **options)
    from translit.romanize import romanize

    if to != "cyrillic":
        romanize("", to, lang=code, **options)  # the scheme must exist for the language

    def one(piece: str) -> str:
        if not piece.strip():
            return piece
        cyr = piece if _CYR.search(piece) and not re.search("[A-Za-z]{2,}", piece) else to_cyrillic(piece, code, source).text
        return cyr if to == "cyrillic" else romanize(cyr, to, lang=code, **options)

    # the marks of archival citations are written from the labels data (translit.archives.rewrite),
    # the text between them is converted as the language's text
    from translit.archives.rewrite import citation_edits

    out, pos = [], 0
    for e in citation_edits(text, to, lang=code, **options):
        out += [one(text[pos:e.start]), e.output]
        pos = e.end
    out.append(one(text[pos:]))
    return LangConversion(text, "".join(out), code, to)


@cache
def _established() -> dict[str, str]:
    """Folded form → the row's key, from ``established.toml``."""
    data = tomllib.loads(resources.files("translit.langs").joinpath("established.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    for row in data["place"]:
        for form in row["forms"]:
            out[_fold_form(form)] = row["key"]
    return out


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return text.encode("ascii", "ignore").decode("ascii").lower()


def _fold_form(form: str) -> str:
    if _CYR.search(form):
        return "cyr:" + form.lower().replace("ё", "е")
    return "lat:" + _ascii(form).replace("'", "")


def _established_lemma(cyr: str, lang: str) -> str | None:
    """The established-forms key of an inflected place name (Києва → kyiv, Киеве → kyiv)."""
    if lang == "uk":
        from translit.langs.glossary import _morph
    elif lang == "ru":
        from translit.glossary import _morph
    else:
        return None
    table = _established()
    for p in _morph().parse(cyr.lower()):
        hit = table.get(_fold_form(p.normal_form))
        if hit is not None:
            return hit
    return None


def key(text: str, lang: str | None = None) -> str:
    """A match key that agrees across languages and schemes.

    Russian (``lang`` None or ``ru``) is :func:`translit.matchkey.key` unchanged; with ``auto`` or
    another language the words are read in that language, folded to ASCII, and every form in the
    established-forms table (Kyiv, Kiev, Київ, Киев) becomes its row's key.
    """
    if not isinstance(text, str):
        raise TypeError(f"key takes a str, not {type(text).__name__}")
    from translit.matchkey import key as russian_key

    if lang is None:
        return russian_key(text)
    code = resolve(text, lang)
    table = _established()
    words = re.findall(r"[^\W\d_][^\W\d_\u0300-\u036f\u0361\ufe20\ufe21ʹʺ'’]*(?:[\u0300-\u036f\u0361\ufe20\ufe21ʹʺ'’]+[^\W\d_]*)*|\d+", unicodedata.normalize("NFC", text))
    out: list[str] = []
    for w in words:
        hit = table.get(_fold_form(w))
        if hit is not None:
            out.append(hit)
            continue
        if code == "ru":
            hit = _established_lemma(w, code) if _CYR.search(w) else None
            out.append(hit or russian_key(w))
            continue
        from translit.romanize import romanize

        cyr = w if _CYR.search(w) else to_cyrillic(w, code).text
        hit = table.get(_fold_form(cyr)) or _established_lemma(cyr, code)
        if hit is not None:
            out.append(hit)
            continue
        folded = cyr.lower().replace("ʼ", "").replace("ь", "").replace("ъ", "")
        out.append(_ascii(romanize(folded, "alalc", lang=code)))
    return " ".join(w for w in out if w)
