"""Glossing Ukrainian imprint and archival terms (``glossary/terms-uk.toml``).

The Ukrainian counterpart of :func:`translit.glossary.gloss`: each word of a Cyrillic or romanized
text (read back by :mod:`translit.langs.reader`) is lemmatized by pymorphy3's Ukrainian dictionary
(``vydavnytstva`` → видавництво, ``sprav`` → справа) and glossed from the data file; abbreviations
(``spr.``, ``ark.``, ``vyd-vo``) and archive acronyms (ЦДАВО, TsDAVO) are matched as printed.
Words the glossary lacks get ``None``; the dictionary's personal names (Name, Surn, Patr) are
marked as names. :func:`gloss_text_in` is ``gloss_text`` for a text in another language than
Russian: Ukrainian is glossed so; the other languages have no glossary here, and their words are
read but not glossed, which the result's note says (a Russian gloss of a Bulgarian or Serbian
word would be a false friend as often as not).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from translit.glossary import Gloss, Term, TextGloss

_CYR_WORD = re.compile(r"[\u0400-\u04ffʼ]+(?:-[\u0400-\u04ff]+)?\.?")


@cache
def _morph():
    """pymorphy3's Ukrainian analyzer, on tag classes of its own.

    pymorphy3 keeps the grammeme tables on its tag classes (shared by every analyzer), and loading
    a dictionary re-initializes them: the Ukrainian dictionary would leave the Russian analyzer
    without Geox, Surn and the other grammemes only OpenCorpora has. The Ukrainian one is therefore
    loaded on subclasses with copies of those tables, and the shared classes are put back.
    """
    import copy
    from translit.morphology import analyzer
    from pymorphy3 import tagset

    originals = dict(tagset.registry)
    try:
        for fmt, cls in originals.items():
            tagset.registry[fmt] = type(cls.__name__, (cls,), {
                name: copy.deepcopy(getattr(cls, name))
                for name in ("KNOWN_GRAMMEMES", "_CYR2LAT", "_LAT2CYR", "_GRAMMEME_INDICES",
                             "_GRAMMEME_INCOMPATIBLE", "_EXTRA_INCOMPATIBLE", "_GRAMMEME_ALIAS_MAP")
                if hasattr(cls, name)})
        return analyzer("uk")
    finally:
        tagset.registry.update(originals)


@cache
def _terms() -> tuple[dict[str, Term], dict[str, Term]]:
    data = tomllib.loads(resources.files("translit.glossary").joinpath("terms-uk.toml").read_text("utf-8"))
    by_lemma: dict[str, Term] = {}
    by_abbr: dict[str, Term] = {}
    for row in data["term"]:
        t = Term(row["cyrillic"], row["english"], row["kind"], row["source"], tuple(row.get("abbr", ())))
        if t.cyrillic.isupper():
            by_abbr[t.cyrillic.lower()] = t
        else:
            by_lemma[t.cyrillic] = t
        for a in t.abbr:
            by_abbr[a.lower()] = t
    return by_lemma, by_abbr


def gloss_uk(text: str) -> list[Gloss]:
    """Gloss every word of a Ukrainian text, Cyrillic or romanized in any Ukrainian scheme."""
    if not isinstance(text, str):
        raise TypeError(f"gloss takes a str, not {type(text).__name__}")
    return _gloss_cyrillic(_reading(text, "uk"))


def _gloss_cyrillic(cyr: str) -> list[Gloss]:
    """The words of Ukrainian Cyrillic ``cyr``, glossed (offsets into ``cyr``)."""
    by_lemma, by_abbr = _terms()
    out: list[Gloss] = []
    for m in _CYR_WORD.finditer(cyr):
        tok = m.group()
        word = tok.rstrip(".")
        term = by_abbr.get(tok.lower()) or by_abbr.get(word.lower())
        lemma, pos = None, None
        if term is None:
            p = _morph().parse(word.lower())[0]
            lemma, pos = p.normal_form, (str(p.tag.POS) if p.tag.POS else None)
            term = by_lemma.get(lemma)
        if term is None:
            kind, place = _name_kind(word)
            if kind is not None:
                shown = place.capitalize() if place else _roman(word)
                out.append(Gloss(tok, word, lemma, pos, source="name", kind=kind,
                                 line=f"{shown} ({'place' if kind == 'place' else 'name'})", start=m.start(), end=m.end()))
                continue
            out.append(Gloss(tok, word, lemma, pos, line=f"{_roman(word)} (?)", start=m.start(), end=m.end()))
        else:
            out.append(Gloss(tok, word, lemma, pos, glosses=term.glosses, source="glossary", term=term.cyrillic,
                             kind=term.kind, reference=term.reference, line=term.line_form,
                             start=m.start(), end=m.end()))
    return out


_NAME_TAGS = ("Name", "Surn", "Patr")


def _name_kind(word: str) -> tuple[str | None, str | None]:
    """(``person``, None) when the Ukrainian dictionary's first reading of a capitalized word is a
    name; (``place``, its key) when an established place form (langs/established.toml, keyed by
    the national system's spelling: kyiv, lviv) is its lemma (Києва, Львова)."""
    if not word[:1].isupper():
        return None, None
    from translit.langs.api import _established_lemma

    place = _established_lemma(word, "uk")
    if place is not None:
        return "place", place
    tag = _morph().parse(word.lower())[0].tag
    return ("person" if any(t in tag for t in _NAME_TAGS) else None), None


def _roman(word: str, lang: str = "uk") -> str:
    """A word as the gloss line shows it: Ukrainian in the national system (Kyiv, Shevchenko),
    another language in its ALA-LC table without diacritics' marks kept."""
    from translit.romanize import romanize

    return romanize(word, "national" if lang == "uk" else "alalc", lang=lang)


def gloss_text_in(text: str, lang: str) -> TextGloss:
    """``gloss_text`` for a text in ``lang`` (not Russian): Ukrainian terms and names glossed, the
    line written as the Russian one is; another language's words read and left unglossed."""
    from translit.glossary import _line

    cyr = _reading(text, lang)
    if lang == "uk":
        words = _gloss_cyrillic(cyr)
        note = ("Ukrainian: imprint and archival terms (glossary/terms-uk.toml) and names only; "
                "no Ukrainian–English dictionary is installed")
        return TextGloss(text, cyr, words, _line(cyr, words), [], note)
    from translit.schemes import languages

    words = [Gloss(m.group(), m.group().rstrip("."), None, None, line=f"{_roman(m.group().rstrip('.'), lang)} (?)",
                   start=m.start(), end=m.end()) for m in _CYR_WORD.finditer(cyr)]
    return TextGloss(text, cyr, words, _line(cyr, words), [],
                     f"no glossary for {languages()[lang]['name']}: its words are read, not glossed")


def _reading(text: str, lang: str) -> str:
    """``text`` in Cyrillic: as it is when it has Cyrillic, else read back in ``lang``."""
    if re.search("[\u0400-\u04ff]", text):
        return text
    from translit.langs.reader import to_cyrillic

    return to_cyrillic(text, lang).text
