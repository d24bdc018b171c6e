"""Serbian Latin ↔ Cyrillic, exact both ways.

Cyrillic → Latin is the table (``schemes/sr/national.toml``). Latin → Cyrillic is its inverse:
lj, nj, dž are one letter each, except at the prefix boundaries listed in ``serbian.toml``
(nadživeti надживети, injekcija инјекција). Precomposed and decomposed č ć đ š ž are the same
letter. Text typed without diacritics (Cacak, Djordjevic) is not exact Serbian Latin; each such
word is read as the spelling wordfreq's Serbian list knows best among c/č/ć, s/š, z/ž, dj/đ, and
said so, unless its line writes č ć š ž or đ elsewhere and the list knows the word as typed (Vasa
Pelagić: Васа). A word wordfreq knows as English and not as Serbian stays Latin (vol., and).
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from importlib import resources

from translit.normalize import nfc
from translit.read.tokens import touches_undecoded

_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_WORD = re.compile(r"[^\W\d_][^\W\d_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W\d_]*)*")
_ASCII_VARIANTS = {"c": ("c", "č", "ć"), "s": ("s", "š"), "z": ("z", "ž"), "dj": ("dj", "đ")}


@cache
def _letters() -> dict[str, str]:
    """Latin letter → Cyrillic: the Serbian Latin alphabet, plus ISO 9's one-letter forms (ǰ l̂ n̂ d̂)."""
    from translit.schemes import get_scheme

    out = {lat: cyr for cyr, lat in get_scheme("national", "sr").letters.items()}
    serbian = set(get_scheme("national", "sr").letters)
    for cyr, lat in get_scheme("iso9", "sr").letters.items():
        if cyr in serbian and (len(lat) == 1 or unicodedata.combining(lat[-1])):
            out.setdefault(lat, cyr)
    return out


@cache
def _splits() -> tuple[tuple[str, int], ...]:
    data = tomllib.loads(resources.files("translit.langs").joinpath("serbian.toml").read_text("utf-8"))
    # the digraph to split starts at the last letter of the prefix (na[dž]iveti, i[nj]ekcija)
    return tuple((row["begins"], len(row["prefix"]) - 1) for row in data["split"])


def to_cyrillic_exact(word: str) -> str:
    """Serbian Latin → Cyrillic for one word, letter for letter, keeping its case pattern."""
    word = nfc(word)
    # letter by letter, so that ``low[i]`` stays ``word[i]`` lowered: str.lower() turns İ (U+0130)
    # into two code points (i and a combining dot), which would shift every index after it
    low = "".join(c if len(c.lower()) != 1 else c.lower() for c in word)
    table = _letters()
    boundary = next((cut for begins, cut in _splits() if low.startswith(begins)), -1)
    out: list[str] = []
    i, n = 0, len(low)
    while i < n:
        pair = low[i:i + 2]
        # ISO 9's l̂ n̂ d̂, and a capital with no precomposed form (J̌, lowered to j and the caron: ǰ)
        if len(pair) == 2 and unicodedata.combining(pair[1]) and (pair in table or nfc(pair) in table):
            cyr, step = table.get(pair) or table[nfc(pair)], 2
        elif pair in _DIGRAPHS and i != boundary:
            cyr, step = _DIGRAPHS[pair], 2
        else:
            cyr, step = table.get(low[i], word[i]), 1
        if word[i].isupper():
            cyr = cyr.upper()
        out.append(cyr)
        i += step
    return "".join(out)


def _ascii_variants(low: str) -> list[str]:
    parts = re.split(r"(dj|[csz])", low)
    options = [_ASCII_VARIANTS.get(p, (p,)) for p in parts]
    count = 1
    for o in options:
        count *= len(o)
    if count > 256:
        return [low]
    return ["".join(combo) for combo in itertools.product(*options)]


def _restore_case(variant: str, token: str) -> str:
    """Carry the token's case over to a variant that may be shorter (dj → đ)."""
    if token.isupper() and len(token) > 1:
        return variant.upper()
    return variant[:1].upper() + variant[1:] if token[:1].isupper() else variant


def read_serbian(text: str, mixed: bool | None = None):
    """Serbian Latin text → Cyrillic, with a reading per word (a :class:`LangReading`). ``mixed``:
    whether the text is prose around Serbian (common Western words kept); by default, whether it
    holds Cyrillic (as :func:`translit.langs.reader.to_cyrillic`)."""
    from translit.langs.lexicon import frequencies
    from translit.langs.reader import Candidate, LangReading, WordReading, kept_in_place, other_table_spelling
    from translit.langs.running import established_form

    freq = frequencies("sr")
    every = []  # the Latin words in order, those left as they are too (method "kept")
    if mixed is None:
        mixed = any("\u0400" <= c <= "\u04ff" for c in text)

    def kept(m, why: str) -> None:
        every.append(WordReading(m.group(), m.start(), m.end(), m.group(), "kept", 0.0, [Candidate(m.group(), 0.0, why)]))

    for m in _WORD.finditer(text):
        tok = nfc(m.group())
        if not any(c.isascii() or c.lower() in _letters() for c in tok) or any("\u0400" <= c <= "\u04ff" for c in tok) \
                or touches_undecoded(text, m.start(), m.end()):
            continue  # (a piece of a word of another 8-bit encoding: Mu|\xf1|oz)
        if kept_in_place(text, m.start(), m.end(), "sr"):  # XIX, Knj. V, (10th :
            kept(m, "a numeral or mark kept in place")
            continue
        if mixed and (est := established_form(tok, "sr")):  # Belgrade → Београд
            every.append(WordReading(m.group(), m.start(), m.end(), est[0], "established", 0.95,
                                     [Candidate(est[0], 0.0, est[1])]))
            continue
        tok = other_table_spelling(tok, "sr")  # the Russian table's t͡s, ĭ: c, j
        low = tok.lower()
        known = freq.get(low, 0.0)
        method, reason, conf = "exact", "Serbian Latin, letter for letter", 0.99
        latin = tok
        if low.isascii() and not (known and _line_has_diacritics(text, m.start())):
            variants = sorted(((freq.get(v, 0.0), v) for v in _ascii_variants(low)), reverse=True)
            if variants[0][0] > known:
                latin = _restore_case(variants[0][1], tok)
                known = variants[0][0]
                method, reason, conf = "lexicon", f"typed without diacritics; {variants[0][1]} is the known spelling", 0.85
            if not known and _is_english(low):
                kept(m, "an English word no Serbian list holds")
                continue
        if mixed:  # with "sr" a word with accents Serbian never writes (Röntgen, Zürich) is looked up too
            from translit.langs.reader import _western_word

            if western := _western_word(tok, known, "sr"):  # English prose around a Serbian Cyrillic title
                kept(m, western)
                continue
        cyr = to_cyrillic_exact(latin)
        if not known and not low.isascii():  # ISO 9 forms (ǰ l̂): look up the Serbian Latin spelling
            from translit.romanize import romanize

            known = freq.get(romanize(cyr.lower(), "national", lang="sr"), 0.0)
        every.append(WordReading(m.group(), m.start(), m.end(), cyr, method, conf, [Candidate(cyr, known, reason)]))
    if mixed:  # a word English writes among the words kept (Do not confuse…) is kept too
        from translit.langs.reader import _english_neighbourhood

        _english_neighbourhood(text, every, "sr")
        from translit.langs.running import foreign_people, name_partners, named_after_people, title_words

        name_partners(text, every, "sr", _one_word)
        title_words(text, every, "sr", _one_word)
        foreign_people(text, every, "sr")  # the Japanese architect Kenzo Tange: Latin
        named_after_people(text, every, "sr")  # the Paton Bridge: Latin
        from translit.langs.reader import _initials_by_their_name

        _initials_by_their_name(text, every, "sr", frozenset(), _one_word)
    out: list[str] = []
    last = 0
    for wr in every:
        out += [text[last:wr.start], wr.cyrillic]
        last = wr.end
    out.append(text[last:])
    words = [w for w in every if w.method != "kept"]
    conf = sum(w.confidence for w in words) / len(words) if words else 1.0
    return LangReading(text, "".join(out), "sr", conf, words, schemes=["alalc", "national"])


_DIACRITICS = frozenset("čćšžđ")


def _line_has_diacritics(text: str, at: int) -> bool:
    """Whether the line of ``text`` around offset ``at`` writes a letter of Serbian Latin's
    diacritics (č ć š ž đ, precomposed or not): its writer typed them, so a word of plain letters
    there that the Serbian list knows as written is that word (Vasa Pelagić: Васа, not the commoner
    ваша; Sto godina Đerdapa: сто, not што), not the same word typed without its marks. Each line is
    looked at once per text (:func:`_marked_lines`), so a long line costs no more than a short one."""
    starts, marked = _marked_lines(text)
    return marked[bisect_right(starts, at) - 1]


@lru_cache(maxsize=8)
def _marked_lines(text: str) -> tuple[list[int], list[bool]]:
    """The offsets where the lines of ``text`` start, and for each whether it writes č ć š ž or đ."""
    starts, marked, pos = [], [], 0
    for line in text.split("\n"):
        starts.append(pos)
        marked.append(any(c in _DIACRITICS for c in nfc(line).lower()))
        pos += len(line) + 1
    return starts, marked


def _one_word(token: str) -> tuple:
    """The reading (Cyrillic, method, confidence, candidates) of ``token`` alone, as a title word."""
    words = read_serbian(token, False).words
    if not words:
        return token, "kept", 0.0, []
    w = words[0]
    return w.cyrillic, w.method, w.confidence, w.candidates


def _is_english(low: str) -> bool:
    import wordfreq

    return wordfreq.zipf_frequency(low, "en") >= 3.0
