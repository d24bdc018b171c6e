"""Candidate generation: every way the reverse tables can spell a Latin word in Cyrillic.

For each canonical Latin word the walk tries every chunk of the reverse tables
(:mod:`translit.read.chunks`) at every position, keeping only paths whose Cyrillic is a prefix
of a real Russian word form (a marisa trie of pymorphy3's dictionary and wordfreq's list). A
word the lexicon lacks is guessed by a beam search under a character trigram model. Each
candidate carries a typed :class:`Source` (what found it) besides its human-readable reason.
Detection and reading share one walk per word (the cache of :meth:`WordReader.paths`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from translit.read import lexicon as lexmod
from translit.read.chunks import ALL, HARD, KEY_FOLD, tables
from translit.read.weights import W

_DIACRITIC_WORD = re.compile("[\u0361ĭėī]")  # marks only the careful (ALA-LC-like) tables write
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_STRESS_ACCENTED = re.compile("[áíóúýàòùéèì]")
_UNSTRESS = str.maketrans("áíóúýàòùéèì", "aiouyaoueei")
MAX_PATHS = 4000  # guard against pathological inputs


class Source:
    """What found a candidate reading (``Candidate.source``): code tests these, never reasons."""

    DICTIONARY = "dictionary"  # a word form of the lexicon (places and other proper names too)
    NAME = "name"  # a personal name, surname or patronymic the dictionary tags, in title case
    ABBREVIATION = "abbreviation"  # an abbreviation read letter by letter at its capitals (TsK)
    CONVENTIONAL = "conventional"  # a whole-word conventional form of a scheme file (Trotzki)
    ESTABLISHED = "established"  # an established form of a well-known name or place (Leo Tolstoy)
    OWN_TABLE = "own table"  # the word's own scheme table, over a dictionary form needing another scheme
    TRIGRAM = "trigram"  # not in the lexicon: the trigram model's most Russian-looking spelling

    ALL = (DICTIONARY, NAME, ABBREVIATION, CONVENTIONAL, ESTABLISHED, OWN_TABLE, TRIGRAM)


@dataclass
class Candidate:
    cyrillic: str
    score: float
    reason: str
    schemes: list[str] = field(default_factory=list)
    slips: list[str] = field(default_factory=list)
    source: str = Source.DICTIONARY

    def as_dict(self) -> dict[str, Any]:
        return {"cyrillic": self.cyrillic, "score": round(self.score, 3), "source": self.source,
                "reason": self.reason, "schemes": self.schemes, "slips": self.slips}


@dataclass
class _Path:
    cyr: str  # output spelling (may hold ё)
    key: str  # folded lexicon key
    mask: int
    slips: float
    why: tuple[str, ...]
    pieces: tuple[tuple[int, int, str], ...]  # (latin start, latin end, cyrillic)


def unstressed(w: str) -> str | None:
    """``w`` without the stress accents of Spanish, Italian or Czech spellings (Kárpov,
    Nikolái), or None when it has none."""
    return w.translate(_UNSTRESS) if _STRESS_ACCENTED.search(w) else None


def has_scheme_diacritics(w: str) -> bool:
    """True when ``w`` carries a mark only the careful (ALA-LC-like) tables write (a tie, ĭ, ė, ī)."""
    return _DIACRITIC_WORD.search(w) is not None


class WordReader:
    """Generates the readings of single canonical Latin words (cached per word and scheme mask)."""

    def __init__(self) -> None:
        self.lex = lexmod.lexicon()
        self.tables = tables()
        self.cache: dict[tuple, list] = {}  # ranked readings, filled by translit.read.scoring
        self.path_cache: dict[tuple[str, int, bool], list[_Path]] = {}

    def paths(self, w: str, mask: int = ALL, mix: bool = True) -> list[_Path]:
        """Every reading of canonical Latin ``w`` that is a known word form (cached: detection
        and ranking both ask for the same words). ``mask`` limits the schemes; ``mix=False``
        forbids switching scheme inside the word."""
        hit = self.path_cache.get((w, mask, mix))
        if hit is None:
            hit = self._paths(w, mask, mix)
            if len(self.path_cache) < 200_000:
                self.path_cache[(w, mask, mix)] = hit
        return hit

    def _paths(self, w: str, mask: int, mix: bool = True) -> list[_Path]:
        dropped = self.tables.dropped
        has_prefix, lex = self.lex.has_prefix, self.lex
        max_slips, mixed_cost = W.walk.max_slips, W.walk.mixed_schemes
        n = len(w)
        # The chunks that spell the Latin at each position do not depend on the path: find them once.
        keyed = _keyed_chunks()
        at: list[list] = []
        for i in range(n):
            row = []
            for c, kc, size in keyed.get(w[i], ()):
                if not mix and not c.mask & mask:
                    continue  # no scheme of the mask writes this chunk, and switching is barred
                j = i + size
                if w.startswith(c.latin, i) and not (c.at_end and j != n):
                    row.append((c, j, kc))
            at.append(row)
        found: list[_Path] = []
        # state: (latin position, cyrillic, key, mask, slips, reasons, pieces)
        stack: list[tuple] = [(0, "", "", mask, 0.0, (), ())]
        visited = 0
        while stack and visited < MAX_PATHS:
            i, cyr, key, m0, slips0, why, pieces = stack.pop()
            visited += 1
            prev = cyr[-1] if cyr else "^"
            signable = prev in _CONSONANTS  # ь and ъ only ever follow a consonant
            if i == n:
                if key in lex:
                    found.append(_Path(cyr, key, m0, slips0, why, pieces))
                elif key.endswith("ъ") and w.endswith(HARD) and key[:-1] in lex:  # pre-1918 final ъ (Parizhʺ)
                    found.append(_Path(cyr, key[:-1], m0, slips0, why, pieces))
                if signable:  # a sign dropped at the very end (Gogol' → Gogol)
                    for d in dropped:
                        k2 = key + d.cyrillic
                        if slips0 + d.cost <= max_slips and k2 in lex:
                            found.append(_Path(cyr + d.cyrillic, k2, m0, slips0 + d.cost, why + (d.why,),
                                               pieces + ((i, i, d.cyrillic),)))
                continue
            for c, j, kc in at[i]:
                if c.after is not None and prev not in c.after:
                    continue
                m = m0 & c.mask
                slips = slips0 + c.cost
                reason = c.why
                if not m:  # the word mixes schemes (Reabilitatsiia with a breve: veroiatnosteĭ)
                    if not mix:
                        continue
                    m, slips, reason = c.mask, slips + mixed_cost, "spellings of two schemes in one word"
                if slips > max_slips:
                    continue
                k2 = key + kc
                if not has_prefix(k2) and not (kc == "ъ" and j == n and c.latin == HARD):
                    continue
                stack.append((j, cyr + c.cyrillic, k2, m, slips, why + (reason,) if reason else why,
                              pieces + ((i, j, c.cyrillic),)))
            if signable and pieces and pieces[-1][0] != pieces[-1][1]:
                for d in dropped:
                    slips = slips0 + d.cost
                    if slips > max_slips:
                        continue
                    k2 = key + d.cyrillic
                    if has_prefix(k2):
                        stack.append((i, cyr + d.cyrillic, k2, m0, slips, why + (d.why,), pieces + ((i, i, d.cyrillic),)))
        return found

    @lru_cache(maxsize=100_000)
    def spellable(self, w: str, mask: int) -> bool:
        """Can canonical Latin ``w`` be cut into chunks of the schemes in ``mask`` at all? (YMCA,
        Cardio: no ALA-LC table writes a bare c.)"""
        by_first = self.tables.by_first
        reach = [False] * (len(w) + 1)
        reach[0] = True
        for i in range(len(w)):
            if reach[i]:
                for c in by_first.get(w[i], ()):
                    if c.mask & mask and w.startswith(c.latin, i):
                        reach[i + len(c.latin)] = True
        return reach[-1]

    def guess(self, w: str, mask: int) -> _Path | None:
        """Best reading of a word the lexicon lacks: beam search under the trigram model. A word
        written with a scheme's diacritics (a tie, ĭ, ė) is read by the tables alone, without the
        slips of careless spelling (I͡Uvenilia is Ювенилиа: ALA-LC would write я as i͡a)."""
        by_first, model = self.tables.by_first, self.lex.ngram
        n = len(w)
        max_cost = 0.0 if has_scheme_diacritics(w) else W.guess.max_slips
        beam, slip_cost = W.guess.beam, W.guess.slip_cost
        beams: dict[int, list[tuple[float, _Path]]] = {0: [(0.0, _Path("", "", mask, 0.0, (), ()))]}
        for i in range(n):
            for sc, p in sorted(beams.pop(i, []), key=lambda t: -t[0])[:beam]:
                prev = p.cyr[-1] if p.cyr else "^"
                for c in by_first.get(w[i], ()):
                    if not w.startswith(c.latin, i):
                        continue
                    if c.after is not None and prev not in c.after or c.at_end and i + len(c.latin) != n:
                        continue
                    m = p.mask & c.mask
                    if not m or c.cost > 0 and p.slips + c.cost > max_cost:
                        continue
                    key = p.key + c.cyrillic.translate(KEY_FOLD)
                    j = i + len(c.latin)
                    s = sc + _extend(model, p.key, key) - slip_cost * c.cost
                    beams.setdefault(j, []).append(
                        (s, _Path(p.cyr + c.cyrillic, key, m, p.slips + c.cost, p.why, p.pieces + ((i, j, c.cyrillic),))))
        final = beams.get(n)
        if not final:
            return None
        return max(final, key=lambda t: t[0] + _close(model, t[1].key))[1]


@cache
def _keyed_chunks() -> dict[str, tuple[tuple[Any, str, int], ...]]:
    """The reverse-table chunks by first letter, each with its lexicon key and Latin length."""
    return {first: tuple((c, c.key, len(c.latin)) for c in row) for first, row in tables().by_first.items()}


def shift_pieces(p: _Path, with_ties: str) -> _Path:
    """Map piece offsets of a reading of the tie-less word back onto the word with its ties."""
    index = [i for i, c in enumerate(with_ties) if c != "\u0361"] + [len(with_ties)]
    pieces = tuple((index[a], index[b] if b < len(index) else len(with_ties), c) for a, b, c in p.pieces)
    return _Path(p.cyr, p.key, p.mask, p.slips, p.why, pieces)


def _extend(model: dict[str, float], old: str, new: str) -> float:
    """Log probability of the letters ``new`` adds to ``old`` under the trigram model."""
    padded = "##" + new
    start = len(old) + 2
    get = model.get
    unseen = W.guess.unseen
    return sum(get(padded[i - 2:i + 1], unseen) for i in range(start, len(padded)))


def _close(model: dict[str, float], key: str) -> float:
    return model.get(("##" + key)[-2:] + "#", W.guess.unseen)


_READER: WordReader | None = None


def reader() -> WordReader:
    """The one shared candidate generator (it holds the lexicon and the per-word caches)."""
    global _READER
    if _READER is None:
        _READER = WordReader()
    return _READER


_CLEARERS: list = []


def on_clear(fn):
    """Register a function that empties a per-word cache of the reader (for :func:`clear_caches`)."""
    _CLEARERS.append(fn)
    return fn


def clear_caches() -> None:
    """Empty every per-word cache of reading and detection, so each word is new to them (the
    lexicon's own memo of trie prefixes included). For benchmarks and long-lived processes."""
    rd = reader()
    rd.cache.clear()
    rd.path_cache.clear()
    rd.spellable.cache_clear()
    rd.lex.clear_memo()
    for fn in _CLEARERS:
        fn()
