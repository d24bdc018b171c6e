"""The romanization engine: Cyrillic → any scheme, driven entirely by the scheme tables.

One function does the work for every scheme: a Cyrillic word is cut into segments (the longest
context rule that applies, else one letter from the letter table), and each segment's Latin is
cased after its source letters. Everything that is not a Cyrillic word passes through untouched.
Results are cached per word, which makes running text fast (word frequencies are Zipfian).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from translit.errors import OptionError
from translit.normalize import STRESS, nfc, to_marc_ties
from translit.normalize.lookalikes import (
    LATIN_TO_CYRILLIC,
    is_cyrillic,
    is_latin,
    repair_mixed_token,
    roman_numeral,
)
from translit.schemes import Scheme, get_scheme

# A token: a letter followed by letters and combining marks (stress marks, ties, breves).
TOKEN_RE = re.compile(r"[^\W\d_][^\W\d_\u0300-\u036f\ufe20-\ufe2f]*(?:[\u0300-\u036f\ufe20-\ufe2f]+[^\W\d_]*)*")
_CYRILLIC_VOWELS = set("аеёиоуыэюяіѣѵєїѐѝѫ")
# An apostrophe between two Cyrillic letters is a letter in Ukrainian, Belarusian and Rusyn
# (м'ята, сям'я); schemes that write it carry a row for U+02BC, to which ' ’ ʼ are folded there.
APOSTROPHE = "\u02bc"
_APOSTROPHE_RE = re.compile("(?<=[\u0400-\u04ff])['\u2019\u02bc](?=[\u0400-\u04ff])")


@dataclass
class Note:
    """Something the romanizer did beyond the table: a lookalike read, a Roman numeral kept."""

    kind: str  # "lookalike" | "roman-numeral" | "unmapped"
    start: int
    end: int
    found: str
    read_as: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "found": self.found, "read_as": self.read_as}


@dataclass
class Romanization:
    text: str
    scheme: str
    notes: list[Note] = field(default_factory=list)
    lang: str = "ru"


def _title(out: str) -> str:
    """Capitalize the first cased character only (``t͡s`` → ``T͡s``, ``·e`` → ``·E``)."""
    for i, ch in enumerate(out):
        if ch.upper() != ch.lower():
            return out[:i] + ch.upper() + out[i + 1:]
    return out


class _Renderer:
    """Romanizes Cyrillic words in one scheme with one set of options, caching per word."""

    def __init__(self, scheme: Scheme, options: dict[str, Any]):
        self.scheme = scheme
        self.flags = frozenset(k for k, v in options.items() if v is True)
        self.marc_ties = options.get("ligatures") == "marc"
        self.acronyms = options.get("acronyms") or scheme.acronyms
        self.cache: dict[str, str] = {}
        self.token_cache: dict[str, str] = {}  # whole tokens whose output needs no context
        self._provider: Callable[[str], str] | None = None
        if scheme.provider == "transliterate":
            from transliterate import translit as _tr

            self._provider = lambda w: _tr(w, "ru", reversed=True)

    def segments(self, lw: str) -> list[tuple[int, int, str, str | None]]:
        """Cut a lowercase word into (start, end, latin, explicit capital form) segments."""
        scheme = self.scheme
        out: list[tuple[int, int, str, str | None]] = []
        i, n = 0, len(lw)
        letters, capitals, by_first, flags = scheme.letters, scheme.capitals, scheme.rules_by_first, self.flags
        while i < n:
            ch = lw[i]
            for rule in by_first.get(ch, ()):
                if rule.applies(lw, i, flags):
                    j = i + len(rule.match)
                    out.append((i, j, rule.output, rule.capital))
                    i = j
                    break
            else:
                lat = letters.get(ch)
                if lat is None:
                    lat = scheme.other_letters.get(ch)  # uk/be/sr/mk/old letters the table lacks
                if ch == APOSTROPHE and (i == 0 or i == n - 1):
                    lat = None  # an apostrophe is a letter only between letters
                if lat is None:  # not in the table (Ukrainian ї, a stray mark…): keep it
                    out.append((i, i + 1, ch, None))
                else:
                    out.append((i, i + 1, lat, capitals.get(ch)))
                i += 1
        return out

    def is_acronym(self, lw: str) -> bool:
        if not any(c in _CYRILLIC_VOWELS for c in lw):
            return True
        if self.scheme.lang != "ru":
            from translit.langs.lexicon import is_word

            return not is_word(lw, self.scheme.lang)
        from translit.read.lexicon import is_dictionary_word

        return not is_dictionary_word(lw)

    def word(self, word: str) -> str:
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        result = self._word(word)
        if len(self.cache) < 200_000:
            self.cache[word] = result
        return result

    def _word(self, word: str) -> str:
        # composed first: Г and К with U+0301 are Macedonian ѓ and ќ decomposed (NFD), not stress
        word = nfc(word)
        if STRESS in word:
            word = nfc(word.replace(STRESS, ""))
        if self._provider is not None:
            # the package knows Russian only: letters it leaves Cyrillic take the scheme's rows
            other = {**self.scheme.other_letters, **self.scheme.letters}
            out = self._provider(word)
            return "".join(_title(other[c.lower()]) if c.lower() in other and c != c.lower()
                           else other.get(c, c) for c in out)
        lw = word.lower()
        conventional = self.scheme.words.get(lw)
        upper_mode = len(word) > 1 and word.isupper()
        if upper_mode and self.acronyms == "title":
            segs = self.segments(lw)
            if any(sum(c.isalpha() for c in s[2]) > 1 for s in segs) and self.is_acronym(lw):
                upper_mode = False
        if conventional is not None:
            if word == lw:
                res = conventional
            elif upper_mode:
                res = conventional.upper()
            else:
                res = _title(conventional) if word[0].isupper() else conventional
        else:
            parts = []
            for start, end, lat, cap in self.segments(lw):
                src = word[start:end]
                if src[0] == lw[start]:  # lower case source letter
                    parts.append(lat)
                elif upper_mode:
                    parts.append(lat.upper())
                else:
                    parts.append(cap if cap is not None else _title(lat))
            res = "".join(parts)
        if self.marc_ties:
            res = to_marc_ties(res)
        return nfc(res)


_RENDERERS: dict[tuple, _Renderer] = {}
_ANY_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f]")
_NUMERAL_LETTERS = frozenset("IVXLCDMХІСМ")


def _remember(cache: dict[str, str], token: str, result: str) -> str:
    if len(cache) < 300_000:
        cache[token] = result
    return result


def _check_options(scheme: Scheme, options: dict[str, Any]) -> dict[str, Any]:
    known = {o.name: o for o in scheme.options}
    merged = scheme.option_defaults()
    for name, value in options.items():
        if name == "acronyms":
            if value not in (None, "title", "upper"):
                raise OptionError(f"acronyms must be 'title' or 'upper', not {value!r}")
            merged[name] = value
            continue
        if name not in known:
            allowed = ", ".join(sorted(known) + ["acronyms"])
            from translit.errors import suggest

            hints = suggest(name, [o.name for o in scheme.options] + ["acronyms"])
            hint = f"did you mean {' or '.join(map(repr, hints))}? " if hints else ""
            raise OptionError(f"scheme {scheme.id!r} has no option {name!r} ({hint}it has: {allowed})")
        opt = known[name]
        if opt.values and value not in opt.values:
            raise OptionError(f"option {name!r} takes one of {', '.join(opt.values)}, not {value!r}")
        if not opt.values and not isinstance(value, bool):
            raise OptionError(f"option {name!r} takes true or false, not {value!r}")
        merged[name] = value
    return merged


def _renderer(scheme_id: str, options: dict[str, Any], lang: str | None = None) -> _Renderer:
    scheme = get_scheme(scheme_id, lang)
    merged = _check_options(scheme, options)
    key = (scheme_id, scheme.lang, tuple(sorted((k, str(v)) for k, v in merged.items())))
    r = _RENDERERS.get(key)
    if r is None:
        r = _RENDERERS[key] = _Renderer(scheme, merged)
    return r


def romanize_detailed(text: str, scheme: str = "alalc", lang: str | None = None, **options: Any) -> Romanization:
    """Romanize and report what went beyond the table (lookalikes read, Roman numerals kept).

    ``lang`` is the text's language (``ru`` when None; ``uk``, ``be``, ``bg``, ``sr``, ``mk``,
    ``rue``; ``auto`` identifies it from the text, see :func:`translit.langs.identify`).
    """
    if not isinstance(text, str):
        raise TypeError(f"romanize takes a str, not {type(text).__name__}")
    case = options.pop("case", None)
    if case not in (None, "keep", "catalog"):
        raise OptionError(f"case must be 'catalog' or 'keep', not {case!r}")
    if lang == "auto":
        from translit.langs.identify import identify

        lang = identify(text).language if _ANY_CYRILLIC.search(text) else None
        from translit.schemes import scheme_ids

        if lang is not None and scheme not in scheme_ids(lang):
            lang = None  # the identified language has no such scheme: the Russian table serves
    r = _renderer(scheme, options, lang)
    lang = r.scheme.lang
    if case == "catalog" and lang == "ru":
        from translit.case import catalog_case

        text = catalog_case(text)
    notes: list[Note] = []
    if not _ANY_CYRILLIC.search(text):
        return Romanization(text, scheme, notes, lang)
    if APOSTROPHE in r.scheme.letters and _APOSTROPHE_RE.search(text):
        text = _APOSTROPHE_RE.sub(APOSTROPHE, text)
    fast = r.token_cache
    initials: list[bool] = []

    def initials_are_cyrillic() -> bool:
        # A lone Latin lookalike initial (``Берберова, H.``) is Cyrillic when no Latin word is near.
        if not initials:
            initials.append(not any(len(t) > 1 and all(is_latin(c) for c in t) for t in TOKEN_RE.findall(text)))
        return initials[0]

    def replace(m: re.Match) -> str:
        tok = m.group()
        hit = fast.get(tok)
        if hit is not None:
            return hit
        if not _ANY_CYRILLIC.search(tok):
            if len(tok) == 1 and tok in LATIN_TO_CYRILLIC and tok.isupper():
                if text[m.end():m.end() + 1] == "." and initials_are_cyrillic():
                    cyr = LATIN_TO_CYRILLIC[tok]
                    notes.append(Note("lookalike", m.start(), m.end(), tok, cyr))
                    return r.word(cyr)
                return tok
            return _remember(fast, tok, tok)
        if tok.isupper() and _NUMERAL_LETTERS.issuperset(tok):
            numeral = roman_numeral(tok, text[m.end():m.end() + 12])
            if numeral is not None:
                notes.append(Note("roman-numeral", m.start(), m.end(), tok, numeral))
                return numeral
            return r.word(tok)
        if any(is_latin(c) for c in tok):
            repaired = repair_mixed_token(tok)
            if repaired is None:
                # A genuinely mixed token: romanize the Cyrillic letters, keep the rest.
                return "".join(r.word(c) if is_cyrillic(c) else c for c in tok)
            fixed, script = repaired
            notes.append(Note("lookalike", m.start(), m.end(), tok, fixed))
            return fixed if script == "latin" else r.word(fixed)
        return _remember(fast, tok, r.word(tok))

    def reported(m: re.Match) -> str:
        out = replace(m)
        if _ANY_CYRILLIC.search(out):  # a letter no table has: kept as it is, and said so
            tok = m.group()
            for i, ch in enumerate(tok):
                if _ANY_CYRILLIC.match(ch) and ch in out:
                    notes.append(Note("unmapped", m.start() + i, m.start() + i + 1, ch, ch))
        return out

    out = TOKEN_RE.sub(reported, text)
    return Romanization(out, scheme, notes, lang)


def romanize(text: str, scheme: str = "alalc", lang: str | None = None, **options: Any) -> str:
    """Romanize the Cyrillic in ``text`` in ``scheme``; everything else passes through unchanged.

    Options depend on the scheme (see ``translit schemes``): ``ligatures="marc"`` for ALA-LC
    half-mark ties, ``drop_final_hard_sign=True`` for AACR2-era pre-1918 text,
    ``middle_dot=True`` for strict BGN/PCGN, ``acronyms="upper"|"title"`` for all-caps
    abbreviations (ЦК → TsK by default in the library schemes), and ``case="catalog"`` for RDA
    appendix A capitalization (first word and proper names only; Russian only).
    ``lang`` picks the language's own table under the same scheme id (``lang="uk"``,
    ``scheme="national"``); see :func:`romanize_detailed`.
    """
    return romanize_detailed(text, scheme, lang, **options).text
