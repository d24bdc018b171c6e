"""Reading romanized Ukrainian, Belarusian, Bulgarian, Macedonian, Serbian and Rusyn back into Cyrillic.

The reverse tables come from the same scheme files the romanizer uses (every scheme of the
language at once: a catalogue mixes them), folded as the Russian reader folds Latin (NFC, ties
dropped, every apostrophe or prime → ʹ, double ones → ʺ). A word is read by walking every way
those tables can spell it, pruned by a marisa trie of the language's word list
(:mod:`translit.langs.lexicon`), and ranked by frequency less the cost of any spelling used out of
its context. A word no list knows, and every word of a language with no list (Belarusian, Rusyn),
is read by beam search under a character trigram model (:mod:`translit.read.ngram`) trained on
what the language has: its word list, or for Belarusian pycountry's Belarusian translations,
half of GeoNames' Belarusian place names (the other half is the benchmark's) and the forms of its
Hunspell dictionary; Rusyn borrows the Ukrainian model. Such readings carry a lower confidence,
and the result says which method gave each word. Where a text's schemes tie on spelling its words,
the one that reads more of them as known words is taken (:func:`known_word_schemes`); in Ukrainian
a word after a preposition of the locative takes a close locative rival (``grammar.toml``).

Serbian Latin is not read here but letter for letter (:mod:`translit.langs.serbian`).
"""

from __future__ import annotations

import math
from collections import Counter
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from translit.errors import UnknownLanguageError
from translit.langs.weights import LW
from translit.normalize import fold_ties, nfc, strip_stress
from translit.read.chunks import canonical_latin
from translit.read.ngram import train
from translit.schemes import END, START, all_schemes, languages

TIE = "\u0361"
# The costs of a reading's path through the schemes, named in weights.toml [reader] (what each is for is said there).
_DROPPABLE_COST = LW.reader.droppable_cost
_OUT_OF_CONTEXT_COST = LW.reader.out_of_context_cost
_OTHER_SCHEME_COST = LW.reader.other_scheme_cost
# the cost of another scheme's spelling under a scheme the caller names (weights.toml [reader])
_NAMED_OTHER_SCHEME_COST = LW.reader.named_other_scheme_cost
_MAX_STATES = 30_000
_BEAM = 40
# A Latin word with the signs romanizations write inside or after it (Lʹviv, Znamʺi͡anka, L’viv); an
# apostrophe before a word-final s is the English possessive (Hrushevskyi's, Одеса's), not a letter of
# the word: none of the languages writes its apostrophe or soft sign before a final с.
WORD_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_\u0300-\u036f\ufe20\ufe21]|[\u0300-\u036f\ufe20\ufe21]|(?:[ʹʺ”]|['’ʼ](?!s\b))(?=[^\W\d_]))*"
    r"(?:ʹ|’(?!s\b))?"
)
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’ʼ]s\b")


def _possessive_s(text: str, m: re.Match) -> bool:
    """Whether the word ``m`` is the s of an English possessive (the s of Kyiv's, Вазов's): kept."""
    return m.group() == "s" and _POSSESSIVE.match(text, m.start() - 1) is not None


@dataclass(frozen=True)
class Chunk:
    latin: str  # canonical Latin
    cyrillic: str
    schemes: frozenset[str]
    after: frozenset[str] | None = None  # the rule's context: previous letter or START
    at_end: bool = False


@dataclass(frozen=True)
class Candidate:  # frozen: readings are shared through read_word's cache
    cyrillic: str
    score: float
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"cyrillic": self.cyrillic, "score": round(self.score, 3), "reason": self.reason}


@dataclass
class WordReading:
    input: str
    start: int
    end: int
    cyrillic: str
    method: str  # "lexicon" | "character-model" | "kept"
    confidence: float
    candidates: list[Candidate] = field(default_factory=list)

    def as_dict(self, n: int | None = None) -> dict[str, Any]:
        cands = self.candidates if n is None else self.candidates[:n]
        return {"input": self.input, "start": self.start, "end": self.end, "cyrillic": self.cyrillic,
                "method": self.method, "confidence": round(self.confidence, 3),
                "candidates": [c.as_dict() for c in cands]}


@dataclass
class LangReading:
    input: str
    text: str
    lang: str
    confidence: float
    words: list[WordReading]
    note: str = ""
    schemes: list[str] = field(default_factory=list)  # the schemes the text was read as

    def as_dict(self, n: int | None = None) -> dict[str, Any]:
        return {"input": self.input, "cyrillic": self.text, "lang": self.lang, "schemes": self.schemes,
                "confidence": round(self.confidence, 3), "note": self.note, "words": [w.as_dict(n) for w in self.words]}


def fold_latin(word: str) -> str:
    """Lower case, NFC, ties dropped, apostrophes and primes folded (ʹ, ʺ).

    NFC comes first, so an acute that makes a letter (Macedonian ǵ ḱ, typed decomposed) is kept;
    an acute left over after composition is a stress mark and goes.
    """
    return strip_stress(canonical_latin(nfc(fold_ties(word)))).replace(TIE, "")


@dataclass(frozen=True)
class Tables:
    by_first: dict[str, tuple[Chunk, ...]]
    droppable: tuple[str, ...]  # Cyrillic letters some scheme of the language writes as nothing


@cache
def tables(lang: str) -> Tables:
    """Every Latin spelling the language's schemes give each letter or rule, by first Latin letter."""
    rows: dict[tuple[str, str, frozenset | None, bool], set[str]] = {}
    droppable: set[str] = set()

    def add(lat: str, cyr: str, sid: str, after=None, at_end=False) -> None:
        lat = fold_latin(lat)
        if not lat:
            droppable.add(cyr)
            return
        rows.setdefault((lat, cyr, after, at_end), set()).add(sid)

    for scheme in all_schemes(lang):
        for cyr, lat in list(scheme.letters.items()) + list(scheme.capitals.items()):
            add(lat, cyr, scheme.id)
        for cyr, lats in scheme.read_also.items():  # spellings practice varies on, read only
            for lat in lats:
                add(lat, cyr, scheme.id)
        for cyr, lat in scheme.words.items():
            add(lat, cyr, scheme.id, frozenset({START}), True)
        for rule in scheme.rules:
            if rule.option is not None:
                continue
            at_end = rule.before is not None and rule.before == frozenset({END})
            add(rule.output, rule.match, scheme.id, rule.after, at_end)
    by_first: dict[str, list[Chunk]] = {}
    for (lat, cyr, after, at_end), sids in rows.items():
        by_first.setdefault(lat[0], []).append(Chunk(lat, cyr, frozenset(sids), after, at_end))
    return Tables({k: tuple(sorted(v, key=lambda c: -len(c.latin))) for k, v in by_first.items()},
                  tuple(sorted(droppable)))


def _check(lang: str) -> None:
    if not isinstance(lang, str) or lang not in languages() or lang == "ru":
        raise UnknownLanguageError(lang, tuple(c for c in languages() if c != "ru"))


@cache
def model(lang: str) -> dict[str, float]:
    """The character trigram model a language's unknown words are read by.

    Trained on the language's word list (its 150,000 most common words); Belarusian, which has no
    frequency list, on :func:`translit.langs.names.training_names` and its dictionary's forms
    (Debian's hunspell-be, all 690,000 forms at one weight) where that is installed; Rusyn, which
    has neither, borrows Ukrainian's. Models are kept in the reader's cache directory once trained.
    """
    if lang in MODEL_BORROWED:
        return model(MODEL_BORROWED[lang])
    from importlib import metadata

    from translit.read.lexicon import cache_dir

    from translit import cachefile

    path = cache_dir() / f"charmodel-{lang}-{_MODEL_FORMAT}-{metadata.version('wordfreq')}{_dictionary_tag(lang)}.pickle"
    m = cachefile.read_pickle(path, lambda m: None if isinstance(m, dict) and m else "not a character model")
    if m is not None:
        return m
    m = train(_training_pairs(lang))
    cachefile.write_pickle(path, m)
    return m


_MODEL_FORMAT = "2"  # 2: apostrophes of the training words as the text's (ʼ), as the word lists keep them
MODEL_BORROWED = {"rue": "uk"}  # a language without a model of its own → the language whose model it reads by


def _training_pairs(lang: str) -> list[tuple[str, float]]:
    from translit.langs import lexicon

    if lang == "ru":
        import wordfreq

        freqs = {w: math.log10(f * 1e9) for w, f in wordfreq.get_frequency_dict("ru").items() if w.isalpha()}
    else:
        freqs = lexicon.frequencies(lang)
    # the lists write the apostrophe as ' (зв'язку, п'ять); text is read with ʼ (lexicon.words keeps
    # its forms so): a model trained on ' found every Ukrainian word with an apostrophe unseen
    top = [(lexicon._apostrophe(w), z) for w, z in sorted(freqs.items(), key=lambda kv: -kv[1])[:150_000]]
    if lang == "sr":
        from translit.langs.serbian import to_cyrillic_exact

        return [(to_cyrillic_exact(w), 10 ** (z - 9)) for w, z in top]
    if top:
        return [(w, 10 ** (z - 9)) for w, z in top]
    from translit.langs.names import training_names

    names = training_names(lang)
    forms = _dictionary_words(lang)
    # the names and the dictionary weigh alike in all: 5,000 names and translations at the weight
    # of 690,000 forms would leave the model blind to names, which catalogue text is full of
    per_name = _name_weight(len(names), len(forms))
    return [(w, per_name) for w in names] + [(w, 1e-6) for w in forms]


NAMES_SHARE = LW.reader.names_share  # the share of the training weight the names have beside a dictionary's forms


def _name_weight(names: int, forms: int) -> float:
    """The training frequency of each name such that the names have NAMES_SHARE of the weight
    beside ``forms`` dictionary forms at frequency 1e-6 (:func:`translit.read.ngram.train` weighs a
    word sqrt(freq × 1e9) + 1); 1e-6 without a dictionary."""
    if not names or not forms:
        return 1e-6
    form_weight = math.sqrt(1e-6 * 1e9) + 1.0
    weight = form_weight * forms * NAMES_SHARE / (1.0 - NAMES_SHARE) / names
    return max(weight - 1.0, 0.0) ** 2 / 1e9


def _dictionary_words(lang: str) -> list[str]:
    """The forms of ``lang``'s dictionary where it has no frequency list (Belarusian's Hunspell
    forms), to train its character model on: 5,000 names and translations taught it the letters of
    place names (касцёл, зубны, узброеныя scored worse than in Russian's model); its dictionary
    holds the spelling of the whole language. Empty for a language with a list or no dictionary."""
    from translit.langs import lexicon

    if lang in lexicon.WORDFREQ_LANGS or lang not in lexicon.HUNSPELL or not lexicon.has_lexicon(lang):
        return []
    return list(lexicon.words(lang).keys())


def _dictionary_tag(lang: str) -> str:
    """What the cached model's file name says of the dictionary it learnt from (its size), so a
    model trained without it (or on another version) is not loaded for one trained with it."""
    n = len(_dictionary_words(lang))
    return f"-dict{n}-names{NAMES_SHARE}" if n else ""


_SPELLABLE: dict[tuple[str, str, str], bool] = {}  # (word, language, scheme) → spellable


def spellable(w: str, lang: str, scheme: str) -> bool:
    """Whether ``scheme``'s own table (letters, rules, dropped letters) can spell the folded word ``w``
    (remembered: each text asks it of every word for every scheme of every language)."""
    key = (w, lang, scheme)
    hit = _SPELLABLE.get(key)
    if hit is None:
        hit = _spellable(w, lang, scheme)
        if len(_SPELLABLE) < 300_000:
            _SPELLABLE[key] = hit
    return hit


def _spellable(w: str, lang: str, scheme: str) -> bool:
    """:func:`spellable` worked out: whether some path of ``scheme``'s chunks covers ``w``."""
    t = tables(lang)
    n = len(w)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for ch in t.by_first.get(w[i], ()):
            if scheme in ch.schemes and w.startswith(ch.latin, i):
                reach[i + len(ch.latin)] = True
    return reach[n]


def preferred_schemes(words: list[str], lang: str) -> frozenset[str]:
    """The language's schemes that spell the most of these folded words (all of them on a tie). A
    ``marked_only`` table (the scholarly ones) that ties with others stays only when some word bears
    a spelling of its own (:func:`own_spellings`): every table spells almost any Latin word, and its
    ch (х) would otherwise read Henich, Berkovich as Гених, Беркових."""
    from translit.schemes import scheme_ids

    ids = scheme_ids(lang)
    distinct = Counter(words)  # each distinct word tried once, counted as often as it occurs
    counts = {sid: sum(k for w, k in distinct.items() if spellable(w, lang, sid)) for sid in ids}
    top = max(counts.values(), default=0)
    if not top:
        return frozenset(ids)
    tied = frozenset(sid for sid, c in counts.items() if c == top)
    unmarked = frozenset(sid for sid in tied if sid in own_spellings(lang)
                         and not any(u in w for w in distinct for u in own_spellings(lang)[sid]))
    return tied - unmarked if tied - unmarked else tied


@cache
def own_spellings(lang: str) -> dict[str, tuple[str, ...]]:
    """Each ``marked_only`` table of ``lang`` → the folded spellings (of a letter or rule, or read
    back) no other table of the language writes: Ukrainian scholarly ja ju je ji x, Bulgarian ja ju
    ă št ǫ x; such a spelling in a text is the sign the text is in that table."""
    schemes = all_schemes(lang)

    def units(scheme) -> set[str]:
        return {fold_latin(lat) for lat in scheme.outputs()} - {""}

    out = {}
    for scheme in schemes:
        if scheme.marked_only:
            others = set().union(*(units(s) for s in schemes if s.id != scheme.id))
            out[scheme.id] = tuple(sorted(units(scheme) - others))
    return out


KNOWN_SCHEME_WORDS = 40  # the most distinct words of a text whose readings settle a tie of schemes


def known_word_schemes(words: list[str], lang: str, tied: frozenset[str]) -> frozenset[str]:
    """Of schemes that tie on spelling the text's folded ``words`` (:func:`preferred_schemes`), those
    that spell the most of them as known words of the language on their own table alone. Every
    table can spell almost any Latin word letter by letter, so spelling settles little: ISO 9 and
    the national system both spell Prafilaktyka hrypu ŭ dziaciej, but only the national system's
    ie, ia give a known word for dziaciej (дзяцей), and then its h is г (грыпу), not ISO 9's х
    (хрыпу, a word too). The tie stands where no scheme reads more known words, where the
    language has no word list, and past the first ``KNOWN_SCHEME_WORDS`` distinct words (the rest
    are not walked again)."""
    if len(tied) < 2:
        return tied
    from translit.langs.lexicon import has_lexicon

    if not has_lexicon(lang):
        return tied
    from translit.read.words import MAX_WORD

    distinct = Counter(w for w in words if len(w) <= MAX_WORD)
    counts = {sid: 0 for sid in tied}
    for w, k in list(distinct.items())[:KNOWN_SCHEME_WORDS]:
        for sid in tied:
            if any(cost == 0.0 for cost in _lexicon_paths(w, lang, frozenset({sid})).values()):
                counts[sid] += k
    top = max(counts.values())
    best = frozenset(sid for sid, c in counts.items() if c == top)
    return best if top else tied


def _lexicon_paths(w: str, lang: str, prefer: frozenset[str] = frozenset(), named: bool = False) -> dict[str, float]:
    """Every word of the list the tables can spell as ``w``: Cyrillic → spelling cost.

    A spelling none of the ``prefer`` schemes uses costs a little (the text is in another scheme);
    more when the caller named the scheme (``named``: ``_NAMED_OTHER_SCHEME_COST``).
    """
    from translit.langs.lexicon import has_lexicon, words

    if not has_lexicon(lang):
        return {}
    trie = words(lang)
    t = tables(lang)
    n = len(w)
    found: dict[str, float] = {}
    stack: list[tuple[int, str, float]] = [(0, "", 0.0)]
    seen: dict[tuple[int, str], float] = {}
    prefix_cache: dict[str, bool] = {}

    def has_prefix(p: str) -> bool:
        hit = prefix_cache.get(p)
        if hit is None:
            hit = prefix_cache[p] = next(trie.iterkeys(p), None) is not None
        return hit

    other_cost = _NAMED_OTHER_SCHEME_COST if named and prefer else _OTHER_SCHEME_COST
    states = 0
    # the chunks that spell the word at each position, in the tables' order (found at the first
    # state there: they do not depend on the state)
    at: list[list | None] = [None] * n
    while stack and states < _MAX_STATES:
        i, cyr, cost = stack.pop()
        states += 1
        if i == n:
            if cyr in trie and cost < found.get(cyr, 99.0):
                found[cyr] = cost
            for d in t.droppable:  # a dropped soft sign at the end (Ternopil = Тернопіль)
                if cyr and cyr[-1] != d and cyr + d in trie:
                    found[cyr + d] = min(found.get(cyr + d, 99.0), cost + _DROPPABLE_COST)
            continue
        prev = cyr[-1] if cyr else START
        here = at[i]
        if here is None:
            here = at[i] = [ch for ch in t.by_first.get(w[i], ()) if w.startswith(ch.latin, i)]
        for ch in here:
            extra = 0.0 if not prefer or ch.schemes & prefer else other_cost
            if ch.after is not None and prev not in ch.after:
                extra += _OUT_OF_CONTEXT_COST
            if ch.at_end and i + len(ch.latin) != n:
                continue
            nxt = cyr + ch.cyrillic
            if has_prefix(nxt):
                key = (i + len(ch.latin), nxt)
                c = cost + extra
                if seen.get(key, 99.0) > c:
                    seen[key] = c
                    stack.append((i + len(ch.latin), nxt, c))
        if cyr and cyr[-1] not in t.droppable:
            for d in t.droppable:
                nxt = cyr + d
                if has_prefix(nxt) and seen.get((i, nxt), 99.0) > cost + _DROPPABLE_COST:
                    seen[(i, nxt)] = cost + _DROPPABLE_COST
                    stack.append((i, nxt, cost + _DROPPABLE_COST))
    return found


WORD_CACHE = 20_000  # words (per language and schemes) whose readings the process keeps


@lru_cache(maxsize=WORD_CACHE)
def _model_paths(w: str, lang: str, prefer: frozenset[str] = frozenset(),
                 width: int = _BEAM) -> tuple[tuple[str, float], ...]:
    """Beam search for the most likely Cyrillic spellings of ``w`` under the character model
    (kept for the process, as :func:`read_word` is: identification fits every word in every
    language, and the same words come back field after field)."""
    t = tables(lang)
    m = model(lang)
    n = len(w)
    from translit.read.words import MAX_WORD

    if n > MAX_WORD:  # the beams hold every position's spellings: a run this long is no word
        return ()
    # beams[i]: best (score, cyrillic) reaching Latin position i
    beams: list[dict[str, float]] = [dict() for _ in range(n + 1)]
    beams[0][""] = 0.0
    extended = _extended(lang)
    for i in range(n):
        if not beams[i]:
            continue
        best = sorted(beams[i].items(), key=lambda kv: -kv[1])[:width]
        # what may spell the word at i does not depend on the state the beam is in: found once a
        # position (each option as: the cost of its schemes, its context, its length, its Cyrillic
        # and that Cyrillic with each droppable sign after it)
        here = _model_options(t, w, i, n, prefer)
        for cyr, sc in best:
            prev = cyr[-1] if cyr else START
            # what an addition scores under the model depends on the last two letters only (the
            # start padded with #): remembered per language and (those two, the addition)
            ctx = cyr[-2:] if len(cyr) >= 2 else ("##" + cyr)[-2:]
            for base, after, step, cyr_add, adds in here:
                extra = base
                if after is not None and prev not in after:
                    extra -= 2.0
                for add in adds:
                    new = cyr + add
                    step_score = extended.get((ctx, add))
                    if step_score is None:
                        step_score = _extend_score(m, ctx, ctx + add)
                        if len(extended) < 200_000:
                            extended[(ctx, add)] = step_score
                    s = sc + extra + step_score - (1.5 if add != cyr_add else 0.0)
                    if beams[i + step].get(new, -1e9) < s:
                        beams[i + step][new] = s
    final = [(cyr, sc + m.get(("##" + cyr)[-2:] + "#", -12.0)) for cyr, sc in beams[n].items()]
    final.sort(key=lambda kv: -kv[1])
    return tuple(final[:5])


def _model_options(t: Tables, w: str, i: int, n: int, prefer: frozenset[str]) -> list[tuple]:
    """The spellings the character model's beam may read at position ``i`` of ``w``, in the
    tables' order (a letter no table has: itself), each as (the cost of its schemes, the letters
    it must follow or None, its Latin length, its Cyrillic, that Cyrillic and the same with each
    droppable sign after it); a spelling only a word's end takes is left out elsewhere."""
    options = [(c, c.cyrillic, len(c.latin)) for c in t.by_first.get(w[i], ()) if w.startswith(c.latin, i)]
    if not options:  # a letter no table has: keep it
        options = [(None, w[i], 1)]
    out = []
    for chunk, cyr_add, step in options:
        base = 0.0
        if chunk is not None and prefer:
            # a spelling fewer of the text's schemes use is less likely (h: г in three
            # Belarusian tables, х only in ISO 9)
            shared = len(chunk.schemes & prefer)
            base -= 4.0 if not shared else 1.0 * (1 - shared / len(prefer))
        if chunk is not None and chunk.at_end and i + step != n:
            continue
        adds = (cyr_add,) + tuple(cyr_add + d for d in t.droppable if cyr_add and cyr_add[-1] not in t.droppable)
        out.append((base, chunk.after if chunk is not None else None, step, cyr_add, adds))
    return out


@cache
def _extended(lang: str) -> dict[tuple[str, str], float]:
    """The character model's score of each addition after two letters, for ``lang`` (filled as
    the beams ask: :func:`_model_paths`)."""
    return {}


def _extend_score(m: dict[str, float], old: str, new: str) -> float:
    padded = "##" + new
    get = m.get
    return sum(get(padded[k - 2:k + 1], -12.0) for k in range(len(old) + 2, len(padded)))


def _apply_case(cyr: str, token: str) -> str:
    letters = [c for c in token if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return cyr.upper()
    if letters and letters[0].isupper():
        return cyr[:1].upper() + cyr[1:]
    return cyr


def read_word(token: str, lang: str, prefer: frozenset[str] = frozenset(),
              named: bool = False) -> tuple[str, str, float, list[Candidate]]:
    """Read one Latin word: (Cyrillic, method, confidence, ranked candidates).

    ``prefer``: the schemes the text is in (:func:`preferred_schemes`); empty means any. The
    reading depends on nothing else, so it is kept for the process (the most recent
    ``WORD_CACHE`` words): a MARC record's words are read for the record's language, again for
    each field, and by identification in every language, and a word not in a language's list
    costs a beam search under its character model (some 20 ms) each time. ``named``: the caller
    named the scheme in ``prefer`` (another scheme's spelling costs more, :func:`_lexicon_paths`).
    """
    cyr, method, conf, cands = _read_word(token, lang, prefer, named)
    return cyr, method, conf, list(cands)



@lru_cache(maxsize=WORD_CACHE)
def _read_word(token: str, lang: str, prefer: frozenset[str], named: bool = False) -> tuple[str, str, float, tuple[Candidate, ...]]:
    from translit.langs.lexicon import zipf
    from translit.read.words import MAX_WORD

    if len(token) > MAX_WORD:  # no word of any language: left as it was (and no walk over it)
        return token, "kept", 0.0, ()
    w = fold_latin(token)
    found = _lexicon_paths(w, lang, prefer, named)
    if found:
        ranked = sorted(((zipf(c, lang) - 1.5 * cost, c, cost) for c, cost in found.items()), reverse=True)
        cands = [Candidate(_apply_case(c, token), s, f"known word (Zipf {zipf(c, lang):.1f})"
                           + (f", spelling cost {cost:.1f}" if cost else "")) for s, c, cost in ranked[:8]]
        gap = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 3.0
        return cands[0].cyrillic, "lexicon", min(0.99, 0.75 + 0.08 * gap), tuple(cands)
    paths = _model_paths(w, lang, prefer)
    if not paths:
        return token, "kept", 0.0, ()
    paths = _writable(paths, token, lang)
    cands = [Candidate(_apply_case(c, token), s, "character model") for c, s in paths]
    gap = paths[0][1] - paths[1][1] if len(paths) > 1 else 5.0
    return cands[0].cyrillic, "character-model", min(0.7, 0.35 + 0.04 * gap), tuple(cands)


def _writable(paths: tuple[tuple[str, float], ...], token: str, lang: str) -> tuple[tuple[str, float], ...]:
    """The character model's readings of ``token`` (``paths``, best first) less those the language or
    the token's own spelling rules out, when any reading is left (else all, as they were): a letter
    not in the language's alphabet (:func:`_in_alphabet`: ы in Bulgarian), a letter
    written where the language never writes it (``[written_only_before]`` of grammar.toml: Bulgarian
    ь only before о, Гьауров), and, for a token with a tie (Gi͡aurov, Tsi͡ankov), a reading that no
    table of the language writing ties romanizes with the tie where the token has it (Гиауров: the
    tie joins i͡a into one letter, я)."""
    ok = [(c, sc) for c, sc in paths
          if _in_alphabet(c, lang) and _letters_in_place(c, lang) and _fits_ties(token, c, lang)]
    return tuple(ok) if ok else paths


def _in_alphabet(cyr: str, lang: str) -> bool:
    """Whether every Cyrillic letter of ``cyr`` is a letter of ``lang``'s alphabet, old letters
    included (:func:`~translit.langs.identify.alphabets`): ISO 9's one table for every language reads
    y as ы, which Bulgarian never writes (Gyaurov: Гыауров)."""
    from translit.langs.identify import alphabets

    letters = alphabets()[lang]
    return all(c in letters for c in cyr.lower() if "\u0400" <= c <= "\u04ff")


def _letters_in_place(cyr: str, lang: str) -> bool:
    """Whether every letter of ``[written_only_before]`` (grammar.toml) in ``cyr`` stands before one
    of the letters it is written before ("" there: the word's end)."""
    rules = _grammar().get("written_only_before", {}).get(lang, {})
    low = cyr.lower()
    return all(low[k + 1:k + 2] in after for letter, after in rules.items()
               for k in range(len(low)) if low[k] == letter)


_TIE_SKELETON = re.compile("[^a-z\u0361]")


def _tie_skeleton(latin: str) -> str:
    """Lower-case ASCII letters and ties only (accents and primes dropped): where the ties stand."""
    import unicodedata

    return _TIE_SKELETON.sub("", unicodedata.normalize("NFD", fold_ties(nfc(latin)).lower()))


def _tie_places(skeleton: str) -> tuple[str, frozenset[int]]:
    """(the letters of a :func:`_tie_skeleton`, the places of its ties: after which letter)."""
    letters, places = [], set()
    for ch in skeleton:
        if ch == TIE:
            places.add(len(letters))
        else:
            letters.append(ch)
    return "".join(letters), frozenset(places)


def _fits_ties(token: str, cyr: str, lang: str) -> bool:
    """Whether a table of ``lang`` that writes ties romanizes ``cyr`` in the token's letters with a
    tie wherever ``token`` has one (True for a token without a tie). A tie the token leaves out is
    no matter (Tsi͡ankov: Цянков, whose t͡s the typist wrote without its tie)."""
    want = _tie_skeleton(token)
    if TIE not in want:
        return True
    from translit.romanize import romanize

    letters, places = _tie_places(want)
    for scheme in all_schemes(lang):
        if any(TIE in fold_ties(lat) for lat in scheme.letters.values()):
            got, at = _tie_places(_tie_skeleton(romanize(cyr, scheme.id, lang=lang)))
            if got == letters and places <= at:
                return True
    return False


_CYRILLIC = re.compile("[\u0400-\u04ff]")
WESTERN = ("en", "de", "fr", "es", "it")  # the languages of the prose around Slavic titles
WESTERN_ZIPF = 3.0  # at least this common in one of them: a word of that language


def _zipf_of(cyrillic: str, lang: str) -> float:
    from translit.langs.lexicon import zipf

    return zipf(cyrillic.lower(), lang)


def _western_word(token: str, own: float, lang: str | None = None) -> str | None:
    """Why a Latin word on a line that also holds Cyrillic is left as it is: a word English,
    German, French, Spanish or Italian writes commonly and with no romanization mark (the prose
    around a Ukrainian or Bulgarian title: "In Ukrainian the title is Історія України"), else
    None: not when the word is commoner still in the line's language (``own``: the Zipf of its
    reading there). Only on mixed lines: a romanized title alone is read as before. With ``lang``,
    a word with Western accents none of the language's tables writes (café, Zürich in Ukrainian
    prose) is looked up too; without it, or with a mark of its tables (ž, ï), it is the language's."""
    import wordfreq

    if not token.isascii():
        from translit.langs.choose import _language_marks
        from translit.langs.identify import text_marks

        if lang is None or not text_marks(token) or text_marks(token) & _language_marks(lang):
            return None
    low = token.lower()
    best = max(WESTERN, key=lambda lg: wordfreq.zipf_frequency(low, lg))
    z = wordfreq.zipf_frequency(low, best)
    if z >= WESTERN_ZIPF and z > own:
        return f"a common {best} word (Zipf {z:.1f}, {own:.1f} read in the line's language) beside Cyrillic text: kept"
    if z >= WESTERN_KNOWN_ZIPF and not own:
        return f"a {best} word (Zipf {z:.1f}) whose reading is no word of the line's language: kept as prose"
    return None


def _western_mark(text: str, matches: list, k: int) -> str | None:
    """Why the word ``matches[k]`` of a mixed line is left as it is when it is a mark of Western
    bibliographic prose, by the rules and lists (``translit/read/western.toml``) the Russian reader
    uses: a Western abbreviation in place (p. 212, vol. 3, ed. by, ch. 4, ch. IV) or a Roman
    numeral (ch. IV, Boris III, vol. I after an abbreviation); else None."""
    from translit.read.language import (_LATIN_NUMERAL, _NUMBER_AFTER, _ROMAN_AFTER, _numbered_after_abbreviation,
                                        _shared_word, _western_abbreviation, _western_words)

    m = matches[k]
    word = m.group()
    if word.lower() in _western_words() and (_western_abbreviation(text, m) or _shared_word(word) and (
            _NUMBER_AFTER.match(text, m.end()) or _ROMAN_AFTER.match(text, m.end()))):
        return "a Western abbreviation in place (western.toml): kept"
    if word.isupper() and _LATIN_NUMERAL.fullmatch(word) and (
            len(word) > 1 or k > 0 and _numbered_after_abbreviation(text, matches, k)):
        return "a Roman numeral: kept"
    return None


def kept_in_place(text: str, start: int, end: int, lang: str) -> str | None:
    """Why the Latin word ``text[start:end]`` is left as it is on any line, romanized title or
    prose, or None: a Roman numeral (XIX, T. II; T. V after a part's abbreviation:
    :mod:`translit.read.numerals`), or letters glued to the number before them (an English
    ordinal or decade in a heading's qualifier: (10th :, 1930s), which no table spells so)."""
    from translit.read.numerals import kept_numeral

    if start and text[start - 1].isdigit():
        return "letters glued to a number (10th, 1930s): kept"
    return kept_numeral(text, start, end, lang)


@cache
def _other_tables(lang: str) -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """``other_tables.toml`` for ``lang``: one pattern of the other tables' spellings (ties as one
    U+0361 after the first letter, longest first, any case) and their own spellings by lower case."""
    import tomllib
    from importlib import resources

    rows = tomllib.loads(resources.files("translit.langs").joinpath("other_tables.toml").read_text("utf-8")).get(lang, {})
    if not rows:
        return ()
    own = {nfc(fold_ties(k)).lower(): v for k, v in rows.items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(own, key=len, reverse=True)), re.IGNORECASE)
    return ((pattern, own),)


def other_table_spelling(token: str, lang: str) -> str:
    """``token`` with the letters another language's table writes and ``lang``'s never does (the
    Russian table's tied t͡s and ĭ in a Macedonian word: nat͡sionalna, kraĭot) spelt as ``lang``'s
    table spells the letter they stand for (nacionalna, krajot): ``other_tables.toml``. A word
    without a tie or such a letter comes back as it is."""
    if token.isascii():
        return token
    tables_ = _other_tables(lang)
    if not tables_:
        return token
    pattern, own = tables_[0]
    word = nfc(fold_ties(token))

    def spell(m: re.Match) -> str:
        mine = own[m.group().lower()]
        if m.group()[:1].isupper():
            return mine.upper() if len(m.group()) > 1 and m.group()[-1:].isupper() else mine[:1].upper() + mine[1:]
        return mine

    return pattern.sub(spell, word)


@cache
def _every_table_unit(lang: str) -> tuple[frozenset[str], int]:
    """What any table of ``lang`` writes for one letter (:func:`translit.langs.identify.written_units`
    with every table counted) and the longest of them."""
    from translit.langs.identify import written_units

    units = written_units(lang, tuple(s.id for s in all_schemes(lang)))
    return units, max((len(u) for u in units), default=1)


def _foreign_letters(token: str, reading: str, lang: str) -> str | None:
    """Why a word on a mixed line is left as it is when it has a letter none of ``lang``'s tables
    writes (the w and ł of Radziwiłł or Wałęsa in a Belarusian or Ukrainian line, the q of
    Quisling) and its reading is no word of the language: a foreign name the prose keeps, not a
    romanization read letter by letter by a character model. Else None."""
    from translit.langs.identify import _unwritten_in_word

    if _zipf_of(reading, lang):
        return None
    units, longest = _every_table_unit(lang)
    word = nfc(fold_ties(token).lower())
    missed = [word[i] for i in _unwritten_in_word(word, units, longest) if word[i].isalpha()]
    if not missed:
        return None
    return f"a letter none of the {lang} tables writes ({', '.join(sorted(set(missed)))}): a foreign name, kept"


def _marked_western(token: str, reading: str, lang: str) -> str | None:
    """Why a word with an accent or a letter beyond a-z that a Western list holds commonly (naïve,
    Noël, Zoë, Größe: :func:`translit.langs.choose.marked_western`) is left as it is, on any line,
    when its reading is no word of ``lang``: the Western word Russian's reader keeps too, not a
    romanization read letter by letter (Naïve read as Belarusian Наïвэ). Else None."""
    from translit.langs.choose import marked_western

    if _zipf_of(reading, lang) or not marked_western(token):
        return None
    return f"a common Western word with its accents ({token}), no {lang} word: kept"


def _english_neighbourhood(text: str, words: list[WordReading], lang: str | None = None) -> bool:
    """On a mixed line, a word English (or another Western language) writes that stands among
    Western words the line keeps is kept too, whatever it reads as (the poet, the memorandum in,
    Do not, Sad news): a small word between kept words (or after one, at the end of a sentence or
    clause: its carved iconostasis.; or, at least :data:`WESTERN_ZIPF` common in English, between a
    kept word and a capitalized word read in the language: The poet Taras, the film Zemlia), at least :data:`WESTERN_NEIGHBOUR_ZIPF`
    common, with only spaces to either side; or the first word of a sentence, capitalized, at least
    :data:`WESTERN_ZIPF` common, before a kept word. With ``lang``, a rarer lower-case word between
    kept words too (the iconostasis of, the narthex and), at least :data:`ENGLISH_RARE_NEIGHBOUR_ZIPF`
    in English's list, when its reading is no word of ``lang``'s list (ицоностасис; ракия, колхоз
    are words and stay read). Decided from the first pass's verdicts (a word kept here makes no
    other word kept). Whether any word changed is returned."""
    import wordfreq

    kept = [w.method == "kept" for w in words]
    changed = False
    for k, wr in enumerate(words):
        if kept[k] or not wr.input.isascii() or wr.method == "established":  # a place's own name: stays
            continue
        low = wr.input.lower()
        z = max(wordfreq.zipf_frequency(low, lg) for lg in WESTERN)
        after = k + 1 < len(words) and kept[k + 1] and text[wr.end:words[k + 1].start] == " "
        before = k > 0 and kept[k - 1] and text[words[k - 1].end:wr.start] == " "
        if _hyphened_to_kept(text, words, kept, k):
            pass  # Austro-Hungarian, Serbo-Croatian: English's own combining form or loanword
        elif wr.input.islower():
            # an English noun between a kept word and a name read in the language is the name's
            # English title (The poet Taras Shevchenko, the film Zemlia): kept though the language
            # writes it too (поет, фільм)
            titled = before and (k + 1 < len(words) and not kept[k + 1] and text[wr.end:words[k + 1].start] == " "
                                 and words[k + 1].input[:1].isupper()
                                 or _CYRILLIC_NAME_AFTER.match(text, wr.end) is not None) \
                and (_title_noun(low, wr.cyrillic, lang) or _qualified_loanword(low, words[k - 1].input))
            # a rare English word the language reads as no word: a kept word after it, or the end of
            # the sentence or clause (its carved iconostasis.; a word the language has, the slava., is read)
            rare = lang is not None and not _zipf_of(wr.cyrillic, lang) \
                and wordfreq.zipf_frequency(low, "en") >= ENGLISH_RARE_NEIGHBOUR_ZIPF
            ends = _CLAUSE_END.match(text, wr.end) is not None
            # English's own loan after an English modifier goes on as English prose when a kept word
            # follows or the clause ends (the Ukrainian hetman fled, the wealthy kulak.) (slavic33)
            loan = before and (after or ends) and _qualified_loanword(low, words[k - 1].input)
            if not titled and not loan and not (before and (after and (z >= WESTERN_NEIGHBOUR_ZIPF or rare
                                                          or _english_as_often(low, wr.cyrillic, lang))
                                               or ends and rare)):
                continue
        elif not (wr.input[:1].isupper() and wr.input[1:].islower() and after and z >= CAPITAL_NEIGHBOUR_ZIPF
                  and (before or _SENTENCE_START.search(text, 0, wr.start))):
            continue
        wr.cyrillic, wr.method, wr.confidence = wr.input, "kept", 0.0
        wr.candidates = [Candidate(wr.input, 0.0, f"a Western word (Zipf {z:.1f}) among the line's Western words: kept")]
        changed = True
    return changed


def _hyphened_to_kept(text: str, words: list[WordReading], kept: list[bool], k: int) -> bool:
    """Whether ``words[k]`` is a word English writes as its own (``english_loanwords`` and
    ``english_combining_forms`` of read/western.toml: Austro-, Serbo-, Russo-, Cossack) joined by a
    hyphen alone to a word the line keeps as Western (Austro-Hungarian, Serbo-Croatian,
    Russo-Turkish): one English compound, never half read (Аустро-Hungarian), whatever the
    language reads the form as (Serbian аустро)."""
    from translit.read.language import _other_alphabets

    if words[k].input.lower() not in _other_alphabets()[1]:
        return False
    wr = words[k]
    return (k + 1 < len(words) and kept[k + 1] and text[wr.end:words[k + 1].start] == "-") or \
        (k > 0 and kept[k - 1] and text[words[k - 1].end:wr.start] == "-")


def _qualified_loanword(low: str, before: str) -> bool:
    """Whether the lower-case word ``low``, between the kept English word ``before`` and a name, is a
    word English's dictionaries hold as its own loan (``english_loanwords`` of read/western.toml:
    hetman, kulak, boyar) qualified by that English word (the Cossack hetman Petro, the wealthy kulak
    Ivan, the Muscovite boyar Oleksa): an English modifier, no determiner (``noun_phrase_openers``:
    the, a, his), shows the English noun phrase going on through the loan, which is then the name's
    English title however often the language writes it (гетьман 4.2 beside hetman 2.0). After a
    determiner alone (The hetman Ivan Mazepa) the language's word is read, as :func:`_title_noun`
    decides (slavic24). The same loan after an English modifier before a kept English word or the
    clause's end (the Ukrainian hetman fled) is English prose too (slavic33)."""
    from translit.read.language import _other_alphabets, _western_toml

    return low in _other_alphabets()[1] and before.lower() not in _western_toml()["noun_phrase_openers"]


def _english_as_often(low: str, cyrillic: str, lang: str | None) -> bool:
    """Whether the lower-case Latin word ``low`` (read as ``cyrillic``), standing between two kept
    Western words, is an English word of the prose though rarer than :data:`WESTERN_NEIGHBOUR_ZIPF`:
    English's list holds it at :data:`WESTERN_KNOWN_ZIPF` or more and the language (``lang``) does
    not write its reading far more often (:data:`TITLE_NOUN_MARGIN`, the measure :func:`_title_noun`
    uses): the emigrant paper (2.6 beside Bulgarian емигрант 3.2), the partisan units, the
    troika of; a loan English borrowed from the language stays read where the language writes it
    far more often (the oblast council: область 5.2, the kolo dance: коло 4.4, the slava feast)."""
    import wordfreq

    if lang is None:
        return False
    english = wordfreq.zipf_frequency(low, "en")
    return english >= WESTERN_KNOWN_ZIPF and english + TITLE_NOUN_MARGIN >= _zipf_of(cyrillic, lang)


def _title_noun(low: str, cyrillic: str, lang: str | None) -> bool:
    """Whether the lower-case Latin word ``low`` (read as ``cyrillic``), standing between a kept
    English word and a capitalized name, is the name's English title (the poet Taras, the radio
    Beograd, the metro Teatralna): an English word at least :data:`WESTERN_ZIPF` common and at
    least :data:`TITLE_NOUN_LETTERS` letters long, whose reading is none of ``lang``'s function
    words (:func:`function_words`: pro Kyiv, ta Marusia, cherez Dnipro are read) and which the
    language does not write far more often than English (:data:`TITLE_NOUN_MARGIN`: поет 4.5
    beside poet 4.2 is a title, коли 6.3 beside koly 0 is not). A rarer English word, down to
    :data:`ENGLISH_RARE_NEIGHBOUR_ZIPF`, is a title when its reading is no word of ``lang`` (the
    biathlete Darja, the ethnographer Volodymyr)."""
    import wordfreq

    english = wordfreq.zipf_frequency(low, "en")
    if len(low) < TITLE_NOUN_LETTERS:
        return False
    reading = cyrillic.lower()
    if english < WESTERN_ZIPF:
        # a rarer English noun (the biathlete, the bandurist, the iconographer) is a title too when
        # its reading is no word of the language at all (біатхлете): the rare words of prose
        # (ENGLISH_RARE_NEIGHBOUR_ZIPF), which the language could not have written
        return lang is not None and english >= ENGLISH_RARE_NEIGHBOUR_ZIPF and not _zipf_of(reading, lang)
    if lang is None:
        return True
    return reading not in function_words(lang) and english + TITLE_NOUN_MARGIN >= _zipf_of(reading, lang)


@cache
def function_words(lang: str) -> frozenset[str]:
    """The prepositions, conjunctions and particles of ``lang`` in Cyrillic: ``[function_words]``
    in grammar.toml with evidence.toml's ``[closed_class]`` (Belarusian's)."""
    from translit.langs.identify import closed_class

    return frozenset(_grammar().get("function_words", {}).get(lang, "").split()) | closed_class(lang)


# a title noun before a name is at least this long (the poet, the film, the radio): the languages'
# own short words (pro, ta, na, do, za, i, u, z) are Zipf 3-7 in English's list too
TITLE_NOUN_LETTERS = 4
# and its reading is at most this much commoner (Zipf) in the language than the word in English:
# поет 4.5 / poet 4.2, радио 5.4 / radio 5.0, метро 4.7 / metro 4.2 are titles; про 6.8 / pro 4.9,
# та 7.1 / ta 4.0 are the language's own words
TITLE_NOUN_MARGIN = 1.0


_INITIAL_GAP = re.compile(r"\.\s*")


def _initials_by_their_name(text: str, words: list[WordReading], lang: str, prefer: frozenset[str],
                            reread=None) -> bool:
    """On a mixed line, a run of one-letter initials (N. P., O. K.) is one name's and is decided
    together by the word after it: read when a capitalized word read in the line's language
    follows (O. K. Shevchenko → О. К. Шевченко), kept when none does (Interview with N. P.,
    Kharkiv: an anonymous interviewee's initials in English prose), so that no run comes out half
    read (N. П.) because one letter is also a Western word (o, n, m) and the next is not. Whether
    any word changed is returned. ``reread(token)``: one letter's reading where the language has a
    reader of its own (Serbian's letter for letter); by default :func:`read_word`."""
    changed = False
    k = 0
    while k < len(words):
        run = []
        j = k
        while j < len(words) and len(words[j].input) == 1 and words[j].input.isupper() \
                and text.startswith(".", words[j].end):
            run.append(j)
            j += 1
            if j < len(words) and words[j].start != _INITIAL_GAP.match(text, words[j - 1].end).end():
                break  # the run goes on only through ". " to the next word
        if not run:
            k += 1
            continue
        nxt = run[-1] + 1
        gap_end = _INITIAL_GAP.match(text, words[run[-1]].end).end()
        named = nxt < len(words) and words[nxt].start == gap_end and gap_end > words[run[-1]].end + 1 \
            and words[nxt].input[:1].isupper() and len(words[nxt].input) > 1 and words[nxt].method != "kept"
        for i in run:
            wr = words[i]
            if named and wr.method == "kept":
                cyr, method, conf, cands = reread(wr.input) if reread else read_word(wr.input, lang, prefer)
                wr.cyrillic, wr.method, wr.confidence, wr.candidates = cyr, method, conf, list(cands)
                changed = True
            elif not named and wr.method != "kept":
                wr.cyrillic, wr.method, wr.confidence = wr.input, "kept", 0.0
                wr.candidates = [Candidate(wr.input, 0.0, "an initial of a name that is not read in the line's "
                                                          "language (Interview with N. P.): kept")]
                changed = True
        k = run[-1] + 1
    return changed


WESTERN_NEIGHBOUR_ZIPF = 3.0  # the poet 4.2, the memorandum 3.5; rarer Slavic loans in prose (rakia, kafana) stay read
# a capitalized word must be commoner: April 5.2, Sad 4.8, Do 6.4; a title word (Internat, German 3.6) is read
CAPITAL_NEIGHBOUR_ZIPF = 4.0
# a lower-case word between kept words that English's list holds at least this often (iconostasis 1.5,
# narthex 1.8, archimandrite 1.6) is prose when its reading is no word of the line's language; below
# it English's list holds dishes and dances it borrowed (ajvar 1.1, rakija 1.3: read, as a word of the
# language nobody writes in English, tamburica, gusle: 0)
ENGLISH_RARE_NEIGHBOUR_ZIPF = 1.4
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")
# a name written in Cyrillic one space on (the Cossack hetman Петро): the title noun's name, as a read one is
_CYRILLIC_NAME_AFTER = re.compile(r" (?=[\u0400-\u042f])")
_CLAUSE_END = re.compile(r"[.!?;:,]?\s*$|[.!?;:,](?:\s|$)")


# On a mixed line, a Latin word a Western language writes at least this often (Zipf; Chancellery 2.3,
# frescoes 2.8, homily 2.6) is prose when its reading is no word the line's language's list holds
# (Ченцеллеры, фресцоес): a romanized word of the language reads as one of its words (Kharkiv →
# Харків, Plovdiv → Пловдив), so only a word read as nothing is left. Below it, rare names stay
# readable (Moryntsi, Kupala: Zipf under 2).
WESTERN_KNOWN_ZIPF = 2.0


def _preferred_for(matches: list, lang: str, mixed: bool) -> frozenset[str]:
    """The schemes that spell most of the words ``matches`` (:func:`preferred_schemes`). On a mixed
    line the common Western words (the, documents, in) do not vote when a word of the language is
    left: English spells th, sh and h its own way, and counted it would choose a table where h is х
    (Holod read as Холод beside "the documents in")."""
    from translit.langs.choose import _is_common_western

    folded = [fold_latin(m.group()) for m in matches]
    if mixed:
        own = [f for f, m in zip(folded, matches) if not _is_common_western(m.group().lower())]
        folded = own or folded
    return known_word_schemes(folded, lang, preferred_schemes(folded, lang))


def to_cyrillic(text: str, lang: str, scheme: str | None = None, mixed: bool | None = None) -> LangReading:
    """Read the romanized words of ``text`` in ``lang`` back into Cyrillic; the rest passes through.

    ``scheme`` names the text's scheme; without it the schemes that can spell most of the words
    are preferred (:func:`preferred_schemes`), and the reading says which. ``mixed``: whether the
    text is a piece of a line that also holds Cyrillic or an archival citation (prose around a
    title or a reference, where common Western words are kept); by default, whether ``text``
    itself holds Cyrillic.
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic takes a str, not {type(text).__name__}")
    _check(lang)
    from translit.langs.running import (english_loanword, english_plural, established_form, foreign_people,
                                        name_partners, named_after_people, title_words)
    from translit.read.tokens import touches_undecoded

    if lang == "sr":
        from translit.langs.serbian import read_serbian

        return read_serbian(text, mixed)
    matches = [m for m in WORD_RE.finditer(text) if any("a" <= c.lower() <= "z" or c in "ĭïŭŷėě" for c in m.group())
               and not _possessive_s(text, m) and not touches_undecoded(text, m.start(), m.end())]
    if mixed is None:
        mixed = bool(_CYRILLIC.search(text))
    named = scheme is not None
    if named:
        from translit.schemes import get_scheme

        prefer = frozenset({get_scheme(scheme, lang).id})
    else:
        prefer = _preferred_for(matches, lang, mixed)
    out: list[str] = []
    words: list[WordReading] = []
    last = 0
    cache: dict[str, tuple] = {}
    for k, m in enumerate(matches):
        tok = m.group()
        hit = cache.get(tok)
        if (mark := kept_in_place(text, m.start(), m.end(), lang)) or \
                mixed and (mark := _western_mark(text, matches, k)):  # decided in place, not cached per token
            hit = (tok, "kept", 0.0, [Candidate(tok, 0.0, mark)])
        elif hit is None:
            if mixed and (est := established_form(tok, lang)):  # Dnieper → Дніпро (running.py)
                hit = (est[0], "established", 0.95, [Candidate(est[0], 0.0, est[1])])
            else:
                hit = read_word(other_table_spelling(tok, lang), lang, prefer, named)
            if hit[1] != "established" and (
                    mixed and (western := _western_word(tok, _zipf_of(hit[0], lang), lang)
                               or _foreign_letters(tok, hit[0], lang)
                               or english_plural(tok, _zipf_of(hit[0], lang), lang)
                               or english_loanword(tok, _zipf_of(hit[0], lang)))
                    or (western := _marked_western(tok, hit[0], lang))):
                hit = (tok, "kept", 0.0, [Candidate(tok, 0.0, western)])
            cache[tok] = hit
        cyr, method, conf, cands = hit
        out.append(text[last:m.start()])
        out.append(cyr)
        last = m.end()
        words.append(WordReading(tok, m.start(), m.end(), cyr, method, conf, cands))
    out.append(text[last:])
    english = mixed and _english_neighbourhood(text, words, lang)
    initials = mixed and _initials_by_their_name(text, words, lang, prefer)

    def reread(t: str) -> tuple:
        return read_word(other_table_spelling(t, lang), lang, prefer, named)

    # a Western word inside a name or title read in the language (Tina Karol, pad): running.py
    partners = mixed and (name_partners(text, words, lang, reread) | title_words(text, words, lang, reread)
                          | foreign_people(text, words, lang)  # the Japanese architect Kenzo Tange: Latin
                          | named_after_people(text, words, lang))  # the Paton Bridge: Latin
    if _locative_after_preposition(text, words, lang) or english or initials or partners:
        out = []
        last = 0
        for wr in words:
            out.extend((text[last:wr.start], wr.cyrillic))
            last = wr.end
        out.append(text[last:])
    conf = sum(w.confidence for w in words) / len(words) if words else 1.0
    from translit.langs.lexicon import has_lexicon

    note = "" if has_lexicon(lang) else (
        f"{languages()[lang]['name']} has no word list here: words are read by a character model, with lower confidence")
    return LangReading(text, "".join(out), lang, conf, words, note, sorted(prefer))


@cache
def _grammar() -> dict[str, Any]:
    """``grammar.toml``: the prepositions of the locative by language, and the context margins."""
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit.langs").joinpath("grammar.toml").read_text("utf-8"))


def _uk_parses(word: str) -> list[tuple[str | None, str | None]]:
    """(part of speech, case) of each parse Ukrainian's dictionary (pymorphy3-dicts-uk) has for
    ``word``; empty where it does not know the word."""
    from translit.langs.glossary import _morph

    morph = _morph()
    low = word.lower()
    if not morph.word_is_known(low):
        return []
    return [(p.tag.POS, p.tag.case) for p in morph.parse(low)]


def _locative_after_preposition(text: str, words: list[WordReading], lang: str) -> bool:
    """After a preposition of the locative (``grammar.toml``), a word whose best reading has no
    locative form yields to a rival within ``locative_margin`` that has one (v Ukraini: Україні, not
    the genitive України; na fermi: фермі), and so do the adjectives before its noun (v zahalnii
    praktytsi: загальній). Only where the language has a dictionary with cases (Ukrainian's
    pymorphy3); the words must follow each other in one phrase (only spaces between). Whether
    any word changed is returned."""
    preps = frozenset(_grammar().get("locative_prepositions", {}).get(lang, ()))
    if not preps or lang != "uk":
        return False
    ctx = _grammar()["context"]
    changed = False
    for j, prep in enumerate(words[:-1]):
        if prep.cyrillic.lower() not in preps:
            continue
        for k in range(j + 1, min(j + 1 + ctx["preposition_reach"], len(words))):
            if text[words[k - 1].end:words[k].start].strip():
                break  # not one phrase: punctuation between
            wr = words[k]
            parses = _uk_parses(wr.cyrillic)
            if not parses:
                break
            if not any(case == "loct" for _, case in parses):
                best = wr.candidates[0].score if wr.candidates else 0.0
                alt = next((c for c in wr.candidates[1:] if best - c.score <= ctx["locative_margin"]
                            and any(case == "loct" for _, case in _uk_parses(c.cyrillic))), None)
                if alt is None:
                    break
                wr.cyrillic, wr.confidence = alt.cyrillic, min(wr.confidence, 0.8)
                wr.candidates = [alt] + [c for c in wr.candidates if c is not alt]
                parses = _uk_parses(alt.cyrillic)
                changed = True
            if not any(pos in ("ADJF", "PRTF") for pos, _ in parses):
                break  # the noun closes the phrase
    return changed
