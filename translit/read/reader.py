"""Read romanized Russian back into Cyrillic, ranking the possible readings by a real lexicon.

For each Latin word the reader walks every way the reverse tables (:mod:`translit.read.chunks`)
can spell it, keeping only paths that are prefixes of real Russian word forms (a marisa trie of
pymorphy3's dictionary and wordfreq's list). The surviving forms are ranked by frequency, by how
well they fit the detected scheme, by the slips they needed (a dropped soft sign, ия written
``ia``) and, for capitalized words, by whether the dictionary knows them as names. A word the
lexicon lacks is read by a beam search under a character trigram model. Every word keeps its
ranked candidates and the reason the winner won.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from translit.normalize import fold_ties, strip_stress
from translit.read import lexicon as lexmod
from translit.read.chunks import ALL, HARD, KEY_FOLD, canonical_latin, schemes_of, tables
from translit.read.established import read_established
from translit.read.language import decide
from translit.read.policy import CATALOGUE_FIELD, ReadingPolicy, from_flags, policy_named
from translit.read.tokens import latin_words
from translit.schemes import SCHEME_IDS

_DIACRITIC_WORD = re.compile("[\u0361ĭėī]")  # marks only the careful (ALA-LC-like) tables write
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_STRESS_ACCENTED = re.compile("[áíóúýàòùéèì]")
_UNSTRESS = str.maketrans("áíóúýàòùéèì", "aiouyaoueei")


def unstressed(w: str) -> str | None:
    """``w`` without the stress accents of Spanish, Italian or Czech spellings (Kárpov,
    Nikolái), or None when it has none."""
    return w.translate(_UNSTRESS) if _STRESS_ACCENTED.search(w) else None
MAX_WORD = 60  # a longer run of letters is no Russian word (nor a romanized one): left as it is
MAX_SLIPS = 2.5
MIXED_SCHEMES = 0.8  # the slip cost of switching scheme inside one word  # a path needing more slips than this is not a reading
MAX_PATHS = 4000  # guard against pathological inputs


@dataclass
class Candidate:
    cyrillic: str
    score: float
    reason: str
    schemes: list[str] = field(default_factory=list)
    slips: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"cyrillic": self.cyrillic, "score": round(self.score, 3), "reason": self.reason,
                "schemes": self.schemes, "slips": self.slips}


@dataclass
class WordReading:
    input: str
    start: int
    end: int
    cyrillic: str
    candidates: list[Candidate]
    confidence: float
    reason: str
    is_russian: bool = True

    def as_dict(self, n: int | None = None) -> dict[str, Any]:
        cands = self.candidates if n is None else self.candidates[:n]
        return {"input": self.input, "start": self.start, "end": self.end, "cyrillic": self.cyrillic,
                "is_russian": self.is_russian,
                "confidence": round(self.confidence, 3), "reason": self.reason,
                "candidates": [c.as_dict() for c in cands]}


@dataclass
class _Path:
    cyr: str  # output spelling (may hold ё)
    key: str  # folded lexicon key
    mask: int
    slips: float
    why: tuple[str, ...]
    pieces: tuple[tuple[int, int, str], ...]  # (latin start, latin end, cyrillic)


def _case_of(token: str) -> str:
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return "lower"
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return "upper"
    if letters[0].isupper():
        return "title"
    return "lower"


class WordReader:
    """Reads single canonical Latin words; results are cached per (word, scheme)."""

    def __init__(self) -> None:
        self.lex = lexmod.lexicon()
        self.tables = tables()
        self.cache: dict[tuple[str, int], list[tuple[_Path, float, str]]] = {}
        self.path_cache: dict[tuple[str, int], list[_Path]] = {}

    # -- candidate generation -------------------------------------------------------------
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
                        if slips0 + d.cost <= MAX_SLIPS and k2 in lex:
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
                    m, slips, reason = c.mask, slips + MIXED_SCHEMES, "spellings of two schemes in one word"
                if slips > MAX_SLIPS:
                    continue
                k2 = key + kc
                if not has_prefix(k2) and not (kc == "ъ" and j == n and c.latin == HARD):
                    continue
                stack.append((j, cyr + c.cyrillic, k2, m, slips, why + (reason,) if reason else why,
                              pieces + ((i, j, c.cyrillic),)))
            if signable and pieces and pieces[-1][0] != pieces[-1][1]:
                for d in dropped:
                    slips = slips0 + d.cost
                    if slips > MAX_SLIPS:
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
        max_cost = 0.0 if _DIACRITIC_WORD.search(w) else 1.0
        beams: dict[int, list[tuple[float, _Path]]] = {0: [(0.0, _Path("", "", mask, 0.0, (), ()))]}
        for i in range(n):
            for sc, p in sorted(beams.pop(i, []), key=lambda t: -t[0])[:12]:
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
                    s = sc + _extend(model, p.key, key) - 3.0 * c.cost
                    beams.setdefault(j, []).append(
                        (s, _Path(p.cyr + c.cyrillic, key, m, p.slips + c.cost, p.why, p.pieces + ((i, j, c.cyrillic),))))
        final = beams.get(n)
        if not final:
            return None
        return max(final, key=lambda t: t[0] + _close(model, t[1].key))[1]

    # -- ranking -----------------------------------------------------------------------------
    def ranked(self, w: str, prefer: "Preference", case: str) -> list[tuple[_Path, float, str]]:
        """Readings of ``w`` ranked best first; known word forms if there are any (also after
        forgiving misplaced ties and stress accents), else the trigram model's best guess."""
        ck = (w, prefer, case)
        hit = self.cache.get(ck)
        if hit is not None:
            return hit
        out = self._lexical(w, prefer, case)
        if not out and "\u0361" in w:
            # a tie on the wrong letters (MARC-8 conversion damage: Rossi︠i︡a): read without ties
            out = [(_shift_pieces(_Path(p.cyr, p.key, p.mask, p.slips, p.why + ("misplaced tie ignored",), p.pieces), w),
                    sc - 0.5, r) for p, sc, r in self._lexical(w.replace("\u0361", ""), prefer, case)]
        plain = unstressed(w) if not out else None
        if plain is not None:
            # stress accents of Spanish, Italian or Czech spellings (Kárpov, Aksiónov): read without them
            out = [(_Path(p.cyr, p.key, p.mask, p.slips, p.why + ("stress accents ignored",), p.pieces), sc - 0.3, r)
                   for p, sc, r in self._lexical(plain, prefer, case)]
        if out and out[0][0].slips >= MIXED_SCHEMES and out[0][1] < 1.0 and _DIACRITIC_WORD.search(w):
            # a rare dictionary form reached only by mixing schemes (Ett͡selʹ → Этцель, where
            # ALA-LC would write Ėtt͡selʹ) loses to the word's own table
            g = self.guess(w, prefer.mask)
            if g is not None and g.cyr != out[0][0].cyr:
                out = [(g, out[0][1] + 0.01, "read by its scheme's own table: the word carries that scheme's "
                        "diacritics and the dictionary form needs another scheme's spelling")] + out
        if not out:
            g = self.guess(w, prefer.mask) or self.guess(w, ALL)
            if g is None and "\u0361" in w:
                g = self.guess(w.replace("\u0361", ""), ALL)
                g = _shift_pieces(g, w) if g is not None else None
            if g is not None:
                out = [(g, -4.0, "not in the lexicon: most Russian-looking spelling (trigram model)")]
        if len(self.cache) < 500_000:
            self.cache[ck] = out
        return out

    def _lexical(self, w: str, prefer: "Preference", case: str) -> list[tuple[_Path, float, str]]:
        """Readings of ``w`` that are known word forms, ranked best first."""
        best: dict[str, tuple[_Path, float, str]] = {}
        # When the caller names the scheme, its own readings first (fast: few branches); every
        # scheme, mixed, only when it has none. A detected scheme is not trusted that far.
        likely = prefer.mask
        found = self.paths(w, likely, mix=False) if prefer.given and likely and likely != ALL else []
        for p in found or self.paths(w):
            zipf10, flags = self.lex.get(p.key)
            freq = zipf10 / 10.0 if zipf10 else (1.0 if flags & lexmod.KNOWN else 0.5)
            s = freq - 2.2 * p.slips
            reason = "frequent word form" if zipf10 >= 35 else "known word form"
            s -= prefer.penalty(p.mask)
            proper = flags & lexmod.PROPER
            if case != "lower" and proper:
                # capitals say "name" only in title case: an all-caps word may as well be an
                # abbreviation (AIRO is АИРО, not the rare name Айро)
                s += 1.2 if case == "title" else 0.0
                reason = "known name" if flags & (lexmod.SURN | lexmod.NAME | lexmod.PATR) else "known place or proper name"
            elif case == "lower" and proper and not (flags & lexmod.KNOWN and zipf10 >= 20):
                s -= 1.0
            if p.slips:
                reason += " (with " + "; ".join(dict.fromkeys(x for x in p.why if x)) + ")"
            prev = best.get(p.cyr)
            if prev is None or s > prev[1]:
                if prev is not None:  # keep the union of schemes of every path to this spelling
                    p = _Path(p.cyr, p.key, p.mask | prev[0].mask, p.slips, p.why, p.pieces)
                best[p.cyr] = (p, s, reason)
            else:
                best[p.cyr] = (_Path(prev[0].cyr, prev[0].key, prev[0].mask | p.mask, prev[0].slips, prev[0].why,
                                     prev[0].pieces), prev[1], prev[2])
        return sorted(best.values(), key=lambda t: -t[1])


@cache
def _keyed_chunks() -> dict[str, tuple[tuple[Any, str, int], ...]]:
    """The reverse-table chunks by first letter, each with its lexicon key and Latin length."""
    return {first: tuple((c, c.key, len(c.latin)) for c in row) for first, row in tables().by_first.items()}


def _shift_pieces(p: _Path, with_ties: str) -> _Path:
    """Map piece offsets of a reading of the tie-less word back onto the word with its ties."""
    index = [i for i, c in enumerate(with_ties) if c != "\u0361"] + [len(with_ties)]
    pieces = tuple((index[a], index[b] if b < len(index) else len(with_ties), c) for a, b, c in p.pieces)
    return _Path(p.cyr, p.key, p.mask, p.slips, p.why, pieces)


def _extend(model: dict[str, float], old: str, new: str) -> float:
    """Log probability of the letters ``new`` adds to ``old`` under the trigram model."""
    padded = "##" + new
    start = len(old) + 2
    get = model.get
    return sum(get(padded[i - 2:i + 1], -12.0) for i in range(start, len(padded)))


def _close(model: dict[str, float], key: str) -> float:
    return model.get(("##" + key)[-2:] + "#", -12.0)


@dataclass(frozen=True)
class Preference:
    """How much a reading loses for each scheme it is not consistent with (0 = the likely one)."""

    penalties: tuple[float, ...]
    given: bool = False  # the caller named the scheme (not detected)

    def __hash__(self) -> int:  # asked for every word read: hash the 16 penalties once
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.penalties, self.given))
            object.__setattr__(self, "_hash", h)
        return h

    @property
    def mask(self) -> int:
        return sum(1 << i for i, p in enumerate(self.penalties) if p == 0.0)

    def penalty(self, mask: int) -> float:
        """The smallest penalty among the schemes in ``mask`` (remembered per mask)."""
        memo = self.__dict__.get("_memo")
        if memo is None:
            memo = {}
            object.__setattr__(self, "_memo", memo)
        p = memo.get(mask)
        if p is None:
            p = memo[mask] = min((p for i, p in enumerate(self.penalties) if mask >> i & 1), default=2.5)
        return p

    @classmethod
    def only(cls, scheme: str | None) -> "Preference":
        return _only(scheme)

    @classmethod
    def from_scores(cls, scores: dict[str, float]) -> "Preference":
        top = max(scores.values())
        return cls(tuple(round(min(2.5, 0.6 * (top - scores[s])), 2) for s in SCHEME_IDS))


@cache
def _only(scheme: str | None) -> Preference:
    """The preference for one named scheme (or none): one shared object per scheme, so the word
    caches find it by identity."""
    if scheme is None:
        return Preference(tuple(0.0 for _ in SCHEME_IDS))
    return Preference(tuple(0.0 if s == scheme else 2.5 for s in SCHEME_IDS), given=True)


_READER: WordReader | None = None


def reader() -> WordReader:
    global _READER
    if _READER is None:
        _READER = WordReader()
    return _READER


_MODERN = str.maketrans({"ѣ": "е", "і": "и", "ѳ": "ф", "ѵ": "и", "Ѣ": "Е", "І": "И", "Ѳ": "Ф", "Ѵ": "И"})


def _apply_case(path: _Path, token: str, case: str, modernize: frozenset[str] = frozenset()) -> str:
    """Give the Cyrillic the case pattern of the Latin, chunk by chunk. A piece spelled in
    ``modernize`` (GOST 7.79 B's ye for ѣ, when GOST B is not the scheme in use) gets the modern
    letter: other schemes write е that way."""
    out = []
    for start, end, cyr in path.pieces:
        src = token[start:end]
        if modernize and src.lower() in modernize:
            cyr = cyr.translate(_MODERN)
        if src and src[0].isupper():
            out.append(cyr[:1].upper() + cyr[1:])
        else:
            out.append(cyr)
    text = "".join(out)
    return text.upper() if case == "upper" else text


def _confidence(scores: list[float], guessed: bool) -> float:
    if guessed:
        return 0.35
    if len(scores) == 1:
        return 0.97
    z = [math.exp(1.6 * (s - scores[0])) for s in scores]
    return min(0.99, z[0] / sum(z))


def _acronym_reading(token: str) -> list[tuple[int, int]] | None:
    """Cut a capitalized acronym (TsK, VChK, RTsKhIDNI) at its capitals; None if not one."""
    if len(token) < 2 or not token[0].isupper() or not all(c.isascii() and c.isalpha() for c in token):
        return None
    caps = sum(c.isupper() for c in token)
    if caps < 2 or (caps == len(token) and len(token) > 5):
        return None
    if caps != len(token) and not re.fullmatch(r"(?:[A-Z][a-z]{0,3})+", token):
        return None
    if caps != len(token) and any(len(p) > 2 for p in re.findall(r"[A-Z][a-z]*", token)):
        return None
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]*", token)]


_WORDS: dict[tuple[str, Preference | None], WordReading] = {}


def read_word(token: str, prefer: Preference | None = None) -> WordReading:
    """Read one Latin word (any scheme) into Cyrillic, with ranked candidates (cached per word
    and scheme preference; the caller gets its own copy)."""
    hit = _WORDS.get((token, prefer))
    if hit is None:
        hit = _read_word(token, prefer)
        if len(_WORDS) < 300_000:
            _WORDS[(token, prefer)] = hit
    return WordReading(hit.input, hit.start, hit.end, hit.cyrillic, hit.candidates, hit.confidence, hit.reason,
                       hit.is_russian)


def _read_word(token: str, prefer: Preference | None = None) -> WordReading:
    rd = reader()
    if prefer is None:
        prefer = Preference.only(None)
    if len(token) > MAX_WORD:
        return WordReading(token, 0, len(token), token, [], 0.0, "too long to be a word: left as it was")
    norm = strip_stress(fold_ties(token))
    w = canonical_latin(norm)
    case = _case_of(norm)
    # Conventional forms (Trotzki, Eltsine) are whole-word rows of the scheme files.
    conv = rd.tables.words.get(w)
    ranked = rd.ranked(w, prefer, case)
    cut = _acronym_reading(norm) if case != "lower" else None
    if cut and (not ranked or ranked[0][1] < 2.0):
        letters = []
        for a, b in cut:
            part = canonical_latin(norm[a:b])
            opts = [c for c in rd.tables.by_first.get(part[0], ()) if c.latin == part and c.cost == 0 and len(c.cyrillic) == 1]
            if not opts:
                letters = []
                break
            opts.sort(key=lambda c: (prefer.penalty(c.mask), -bin(c.mask).count("1")))
            letters.append(opts[0].cyrillic.upper())
        if letters:
            cyr = "".join(letters)
            cand = Candidate(cyr, 3.0, "abbreviation read letter by letter at its capitals")
            others = [Candidate(_apply_case(p, norm, case), s, r, schemes_of(p.mask)) for p, s, r in ranked[:5]]
            others = [o for o in others if o.cyrillic != cyr]
            return WordReading(token, 0, len(token), cyr, [cand] + others, 0.8, cand.reason)
    if conv is not None and (not ranked or ranked[0][1] < 3.0):
        cyr = conv[0]
        cyr = cyr.upper() if case == "upper" else (cyr[:1].upper() + cyr[1:] if case == "title" else cyr)
        cand = Candidate(cyr, 5.0, "conventional spelling in the " + ", ".join(schemes_of(conv[1])) + " table",
                         schemes_of(conv[1]))
        return WordReading(token, 0, len(token), cyr, [cand], 0.9, cand.reason)
    if not ranked:
        return WordReading(token, 0, len(token), token, [], 0.0, "no reading: left as it was")
    tabs = rd.tables
    favoured = prefer.penalty(tabs.old_in_context_mask) == 0 and any(prefer.penalties) if tabs.old_in_context else True
    modernize = frozenset() if favoured else tabs.old_in_context
    cands, seen = [], set()
    for p, s, r in ranked[:10]:
        cyr = _apply_case(p, norm, case, modernize)
        if cyr not in seen:
            seen.add(cyr)
            cands.append(Candidate(cyr, s, r, schemes_of(p.mask), [x for x in dict.fromkeys(p.why) if x]))
    guessed = ranked[0][1] == -4.0 and ranked[0][2].startswith("not in")
    conf = _confidence([c.score for c in cands], guessed)
    return WordReading(token, 0, len(token), cands[0].cyrillic, cands, conf, cands[0].reason)


def _prefer_hyphenated_words(text: str, matches: list, words: list[WordReading]) -> None:
    """Parts of a hyphenated word (Yoshkar-Ola, Rostov-na-Donu) take the readings that make a
    dictionary word together (Йошкар-Ола, not Йошкар-Оля), in place."""
    lex = reader().lex

    def key(cyr: str) -> str:
        return lexmod.fold(cyr).translate(KEY_FOLD)

    k = 0
    while k < len(matches) - 1:
        end = k
        while end + 1 < len(matches) and text[matches[end].end():matches[end + 1].start()] == "-":
            end += 1
        part = range(k, end + 1)
        if 0 < end - k < 4 and all(words[j].candidates for j in part) \
                and "-".join(key(words[j].cyrillic) for j in part) not in lex:
            best = None
            for combo in itertools.product(*(words[j].candidates[:3] for j in part)):
                joined = "-".join(key(c.cyrillic) for c in combo)
                if joined in lex and (best is None or sum(c.score for c in combo) > best[0]):
                    best = (sum(c.score for c in combo), combo, joined)
            if best is not None:
                for j, c in zip(part, best[1]):
                    wr = words[j]
                    if c.cyrillic != wr.cyrillic:
                        reason = f"with its neighbours makes the dictionary word {best[2]}"
                        chosen = Candidate(c.cyrillic, c.score, reason, c.schemes, c.slips)
                        words[j] = WordReading(wr.input, wr.start, wr.end, c.cyrillic,
                                               [chosen] + [x for x in wr.candidates if x is not c],
                                               max(wr.confidence, 0.9), reason, wr.is_russian)
        k = end + 1


@dataclass
class Reading:
    """The Cyrillic reading of a romanized text."""

    input: str
    text: str
    scheme: str | None
    confidence: float
    words: list[WordReading]
    # each word's verdict from its own evidence, before its neighbours decided (word start → True:
    # Russian, False: not, None: undecided); a document's reading weighs these (read/document.py)
    alone: dict[int, bool | None] = field(default_factory=dict, repr=False, compare=False)

    def as_dict(self, candidates: int | None = 5) -> dict[str, Any]:
        return {"input": self.input, "cyrillic": self.text, "scheme": self.scheme,
                "confidence": round(self.confidence, 3),
                "words": [w.as_dict(candidates) for w in self.words]}


def to_cyrillic(text: str, scheme: str | None = None, yo: bool = False, policy: ReadingPolicy | str | None = None,
                keep_english: bool | None = None, assume_russian: bool | None = None,
                keep_names_in_english: bool | None = None, forms: dict[str, bool] | None = None,
                spellings: dict[str, str] | None = None) -> Reading:
    """Read romanized Russian in any scheme (or the given one) back into Cyrillic.

    Digits, punctuation and anything that is not a Latin word pass through unchanged; Cyrillic
    already in the text is kept. ``yo=True`` restores ё from the dictionary where the input
    did not mark it. ``policy`` (:mod:`translit.read.policy`: ``CATALOGUE_FIELD``, the default,
    ``RUNNING_TEXT`` or ``EVERY_WORD``, or their short names) says which words count as Russian.
    The flags ``keep_english``, ``assume_russian`` and ``keep_names_in_english`` are the old
    spelling of the policy, kept for one release: each one given adjusts the policy.
    ``forms``: decisions already taken for surface forms elsewhere in the same document
    (:mod:`translit.read.document`), folded form → Russian or not; a word whose form is listed
    follows that decision unless its own evidence decides it. ``spellings``: the document's
    Cyrillic for a word read as Russian (exact word → Cyrillic), so one word reads alike on
    every line.
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic takes a str, not {type(text).__name__}")
    if scheme is not None and scheme not in SCHEME_IDS:
        from translit.errors import UnknownSchemeError

        raise UnknownSchemeError(scheme, SCHEME_IDS)
    matches = latin_words(text)
    if scheme is None and matches:
        from translit.read.detect import detect

        det = detect(text)
        chosen = det.best if det.is_romanized_russian else None
        prefer = Preference.from_scores({r.scheme: r.score for r in det.ranking}) if chosen else Preference.only(None)
    else:
        chosen = scheme
        prefer = Preference.only(scheme)
    words: list[WordReading] = [read_word(m.group(), prefer) for m in matches]
    if "-" in text:
        _prefer_hyphenated_words(text, matches, words)
    pol = from_flags(policy_named(policy) if policy is not None else CATALOGUE_FIELD,
                     keep_english, assume_russian, keep_names_in_english)
    verdicts = decide(text, matches, words, chosen, prefer, scheme, pol, forms)
    established = read_established(text, matches, words, verdicts, pol, yo)
    out: list[str] = []
    pos = 0
    covered = -1  # the last word of an established form being written
    for k, (m, wr, russian) in enumerate(zip(matches, words, verdicts)):
        wr.start, wr.end = m.start(), m.end()
        if k in established:
            covered, cyr, why = established[k]
            cand = Candidate(cyr, 5.0, why)
            wr.candidates = [cand] + [c for c in wr.candidates if c.cyrillic != cyr]
            wr.cyrillic, wr.reason, wr.confidence, wr.is_russian = cyr, why, 0.95, True
            wr.end = matches[covered].end()  # a form of several words is one word of the reading
            wr.input = text[wr.start:wr.end]
            out.append(text[pos:m.start()])
            out.append(cyr)
            pos = wr.end
            continue
        if k <= covered:  # inside an established form written whole by its first word
            continue
        if not russian:
            wr.cyrillic = wr.input
            wr.reason = verdicts.why.get(k, "left as it was: not romanized Russian")
            wr.confidence = verdicts.confidence.get(k, 1.0)
            wr.is_russian = False
        elif spellings and spellings.get(wr.input, wr.cyrillic) != wr.cyrillic:
            wr.cyrillic = spellings[wr.input]
            wr.reason = f"read as elsewhere in the document ({wr.reason})"
        elif yo and wr.candidates:
            form = reader().lex.yo_form(lexmod.fold(wr.cyrillic))
            if form and "ё" not in wr.cyrillic:
                wr.cyrillic = _restore_yo(wr.cyrillic, form)
        out.append(text[pos:m.start()])
        out.append(wr.cyrillic)
        pos = m.end()
    out.append(text[pos:])
    if established:
        inside = {j for k, (last, _, _) in established.items() for j in range(k + 1, last + 1)}
        words = [wr for j, wr in enumerate(words) if j not in inside]
    conf = 1.0
    for wr in words:
        conf *= wr.confidence
    if not words:
        conf = 0.0
    alone = {m.start(): v for m, v in zip(matches, verdicts.alone)} if verdicts.alone else {}
    return Reading(text, "".join(out), chosen, conf, words, alone)


def _restore_yo(cyr: str, form: str) -> str:
    """Put ё (or Ё) where the dictionary spelling has it, keeping the case of ``cyr``."""
    if len(cyr) != len(form):
        return cyr
    return "".join(("Ё" if c == "Е" else "ё") if f == "ё" and c in "еЕ" else c for c, f in zip(cyr, form))
