"""Say which romanization scheme a text is in, and whether it is romanized Russian at all.

Two kinds of evidence, both reported: marks that only some schemes write (ĭ and ties for ALA-LC,
č ž š for ISO 9 and the scholarly system, ``tsch`` for German…; the table is data in
``evidence.toml``), and how well each scheme's own reverse table reads the words into real
Russian word forms. English is told apart by wordfreq's English list.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain
from typing import Any

from translit.read.candidates import latin_forms, on_clear, per_word_cache, word_facts
from translit.read.chunks import tables
from translit.read.language import english_zipf, looks_romanized
from translit.read.scoring import Preference, _bits
from translit.read.spelling_index import spelling_record
from translit.read.weights import W
from translit.read.words import MAX_WORD
from translit.schemes import SCHEME_IDS


@dataclass
class SchemeScore:
    scheme: str
    score: float
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"scheme": self.scheme, "score": round(self.score, 3), "evidence": self.evidence}


@dataclass
class Detection:
    text: str
    is_romanized_russian: bool
    russian_share: float
    ranking: list[SchemeScore]
    reason: str

    @property
    def best(self) -> str | None:
        return self.ranking[0].scheme if self.ranking else None

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.text, "is_romanized_russian": self.is_romanized_russian,
                "russian_share": round(self.russian_share, 3), "scheme": self.best, "reason": self.reason,
                "ranking": [s.as_dict() for s in self.ranking]}


@cache
def _evidence_rules() -> list[tuple[re.Pattern, tuple[tuple[int, float], ...], str]]:
    """The marks of ``evidence.toml``: (pattern, (scheme index, weight) pairs, what it is)."""
    data = tomllib.loads(resources.files("translit.read").joinpath("evidence.toml").read_text("utf-8"))
    out = []
    for row in data["mark"]:
        weights = tuple((SCHEME_IDS.index(s), float(w)) for s, w in row["schemes"].items())
        out.append((re.compile(row["pattern"]), weights, row["what"]))
    return out


@cache
def _ascii_marks() -> tuple[int, ...]:
    """The numbers of the marks an ASCII word can bear. A pattern written only in non-ASCII
    characters, classes of them, groups and alternation (no quantifier, escape, range or dot)
    that does not match the empty string matches non-ASCII text only: an ASCII word (most
    words) skips it."""
    out = []
    for k, (pat, _, _) in enumerate(_evidence_rules()):
        plain = pat.pattern.replace("(?:", "(")
        if pat.search("") is None and all(not c.isascii() or c in "[]()|" for c in plain):
            continue
        out.append(k)
    return tuple(out)


@cache
def _finders() -> tuple[tuple[Any, bool], ...]:
    """Each mark's ``findall`` and whether its hits are strings already (a pattern of at most one
    group: then they are the whole matches or that group's, else tuples whose first group is the
    hit): the word test of every mark, asked of most words of a text (the negative marks of the
    unmixed tables, sh zh kh ch w x q y, hit most ALA-LC words)."""
    return tuple((pat.findall, pat.groups <= 1) for pat, _, _ in _evidence_rules())


MAX_PAIRS = 64  # the most two-letter strings a mark's needed set is made of (else its letters)


def _needed_grams(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of one or two characters of which every match of ``pattern`` holds at least one
    as it stands (two it must consume side by side, ``sh`` of ``zh|kh|sh``, where its form says
    so, else single letters), or None when its form does not say. A
    word none of whose letters and pairs of neighbouring letters is among them has no hit: the
    most common marks (sh zh kh ch ia iu ie…) share letters with most words but pairs with few."""
    from re import _constants as C, _parser

    if pattern.flags & ~re.UNICODE:
        return None

    def letters(op, av) -> frozenset[str] | None:  # the characters one consumed item may be
        if op is C.LITERAL:
            return frozenset(chr(av))
        if op is C.IN:
            out = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 256:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:  # NEGATE, a category
                    return None
            return frozenset(out)
        return None

    def of(items) -> frozenset[str] | None:  # a sequence: its best pair of neighbours, else one part
        items = list(items)
        best = None
        for (op1, av1), (op2, av2) in zip(items, items[1:]):  # two items consumed side by side
            a, b = letters(op1, av1), letters(op2, av2)
            if a is not None and b is not None and len(a) * len(b) <= MAX_PAIRS:
                pairs = frozenset(x + y for x in a for y in b)
                if best is None or len(pairs) < len(best):
                    best = pairs
        for op, av in items:
            if op is C.SUBPATTERN or op is C.BRANCH:
                found = group(op, av)
                if found is not None and (best is None or len(found) < len(best)):
                    best = found
        if best is None:
            for op, av in items:
                found = letters(op, av)
                if found is None and op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                    found = of(av[2])
                if found is not None and (best is None or len(found) < len(best)):
                    best = found
        return best

    def group(op, av) -> frozenset[str] | None:
        if op is C.SUBPATTERN:
            return None if av[1] & re.IGNORECASE else of(av[-1])
        out = set()
        for branch in av[1]:  # each branch: one of its own
            found = of(branch)
            if found is None:
                return None
            out |= found
        return frozenset(out)

    try:
        return of(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a form the parser of this Python gives otherwise: every word is tried
        return None


@cache
def _mark_plan(ascii_word: bool) -> tuple[tuple[int, Any, bool, frozenset[str] | None], ...]:
    """The marks a word is tried for, in order, as (rule number, its ``findall``, whether hits
    are strings, the letters and pairs of letters one of which a hit holds or None,
    :func:`_needed_grams`): those an ASCII word can bear (:func:`_ascii_marks`) or every mark. A
    word holding none of a mark's letters and pairs is not tried for it (most words bear a few of
    the marks only)."""
    finders = _finders()
    rules = _evidence_rules()
    return tuple((k, finders[k][0], finders[k][1], _needed_grams(rules[k][0]))
                 for k in (_ascii_marks() if ascii_word else range(len(finders))))


@cache
def _mark_index(ascii_word: bool) -> tuple[tuple, int, dict[str, int]]:
    """:func:`_mark_plan` turned about, for a word to find the marks it may bear without testing
    each: (the plan, the bits of its positions tried on every word (no needed letters), a letter
    or pair of letters → the bits of the positions whose needed letters and pairs hold it). A
    word's marks to try are the union of the bits of its letters and pairs: the positions of
    the plan whose needed set the word meets, as the plan's own test finds them, in its order."""
    plan = _mark_plan(ascii_word)
    always = 0
    by_gram: dict[str, int] = {}
    for p, (_k, _findall, _strings, needed) in enumerate(plan):
        if needed is None:
            always |= 1 << p
        else:
            for g in needed:
                by_gram[g] = by_gram.get(g, 0) | 1 << p
    return plan, always, by_gram


@cache
def _priors() -> tuple[float, ...]:
    """The prior of every scheme, in SCHEME_IDS order."""
    return tuple(_prior(s) for s in SCHEME_IDS)


def _prior(scheme: str) -> float:
    """The tie-breaking prior of ``scheme`` (``weights.toml``, ``[detect.prior]``)."""
    return W.detect.prior.get(scheme, 0.0)


# What one word tells detection, as a plain tuple of atoms (which the garbage collector stops
# tracking, unlike an object: every word of a text leaves one in the cache):
# (kind: "english", "russian" or "none";
#  support: indices in SCHEME_IDS of the schemes whose tables read it as a good Russian word form;
#  marks: (rule number, the hits in the word) for each mark it bears)
_WordSignal = tuple[str, tuple[int, ...], tuple[tuple[int, tuple[str, ...]], ...]]


@per_word_cache(200_000)
def _word_signal(w: str) -> _WordSignal:
    """What token ``w`` tells detection. A run of letters longer than :data:`MAX_WORD` is no word
    (reading leaves it as it is) and tells nothing: its marks are not looked for (a mark pattern
    that looks ahead through the rest of the word costs the square of such a run)."""
    if len(w) > MAX_WORD:
        return ("none", (), ())
    cw = latin_forms(w)[1]  # as the reader sees it (MARC half-mark ties folded, stress marks stripped)
    capital = w[:1].isupper()
    rec = spelling_record(cw)  # a common spelling's signal is stored (translit.read.spelling_index)
    if rec is not None:
        return rec.signal(capital)
    return _signal(cw, capital)


def _signal(cw: str, capital: bool) -> _WordSignal:
    """What canonical Latin ``cw`` tells detection, its token starting with a capital or not."""
    marks = []
    grams = set(cw)  # the word's letters and pairs of neighbouring letters
    grams.update([cw[i:i + 2] for i in range(len(cw) - 1)])
    plan, tried, by_gram = _mark_index(cw.isascii())
    for g in grams:  # the marks one of whose needed letters and pairs the word holds, and those needing none
        tried |= by_gram.get(g, 0)
    while tried:  # (a mark no hit can be made of from the word's letters and pairs is not tried)
        low = tried & -tried
        tried ^= low
        k, findall, strings, _needed = plan[low.bit_length() - 1]
        hits = findall(cw)
        if hits:
            marks.append((k, tuple(hits) if strings else tuple(h if isinstance(h, str) else h[0] for h in hits)))
    facts = word_facts(cw)  # the word's one candidate walk, shared with reading
    if not facts.paths and facts.plain is not None:  # Spanish or Czech stress accents (Nikolái)
        facts = word_facts(facts.plain)
    D = W.detect
    best = facts.best_frequency
    ru_like = best >= D.ru_like or (best >= D.ru_like_capital and capital)
    en = english_zipf(cw)
    if en >= D.english_zipf and (en >= best + D.english_margin or not ru_like) and not looks_romanized(cw):
        return ("english", (), tuple(marks))
    if ru_like:
        return ("russian", _bits(facts.support), tuple(marks))
    return ("none", (), tuple(marks))


def _tally(words: list[str]) -> tuple[list[float], dict[int, list[str]], int, int, int]:
    """Scores by scheme (in SCHEME_IDS order, priors included), the hits of each mark, and the
    counts of words read as Russian, as English, and weighed."""
    D = W.detect
    scores = list(_priors())
    hits: dict[int, list[str]] = {}
    outside_english: set[int] = set()  # the marks found in a word that is not English (physics has cs)
    russian = english = counted = 0
    supports = []  # the schemes whose tables read each word read as Russian
    limit = D.words
    for k, w in enumerate(words):
        kind, support, marks = _word_signal(w)
        for rule, found in marks:
            hits.setdefault(rule, []).extend(found)
            if kind != "english":
                outside_english.add(rule)
        if k >= limit or len(w) < 2 and not w.isupper():
            continue
        counted += 1
        if kind == "english":
            english += 1
        elif kind == "russian":
            russian += 1
            supports.append(support)
    supported = Counter(chain.from_iterable(supports))  # words read as Russian by each scheme's table
    rules = _evidence_rules()
    marked = 0  # the schemes some mark in a word not English speaks for
    for rule in sorted(hits):
        n = min(D.mark_hits, len(hits[rule]))
        for i, wgt in rules[rule][1]:
            scores[i] += wgt * n
            if wgt > 0 and rule in outside_english:
                marked |= 1 << i
    point = D.word_point
    for i in sorted(supported):
        scores[i] += point * supported[i]
    for i in _bits(tables().unmixed & ~marked):  # an unmixed scheme needs a mark of its own
        scores[i] -= D.unmarked_unmixed
    return scores, hits, russian, english, counted


def detected_preference(words: list[str]):
    """The scheme a text's Latin ``words`` are most likely in (None when the text does not
    read as romanized Russian) and the reading :class:`~translit.read.scoring.Preference` it
    gives: each scheme penalized by how far it trails the best."""
    scores, _, russian, _, counted = _tally(words)
    if not counted or russian / counted < W.detect.russian_share:
        return None, Preference.only(None)
    key = tuple(scores)  # texts of like evidence score alike: their preference is worked out once
    hit = _PREFERENCES.get(key)
    if hit is None:
        top = max(scores)
        hit = SCHEME_IDS[scores.index(top)], Preference.from_score_list(scores)
        if len(_PREFERENCES) < 10_000:
            _PREFERENCES[key] = hit
    return hit


_PREFERENCES: dict[tuple[float, ...], tuple] = {}  # scheme scores → (best scheme, Preference)
on_clear(_PREFERENCES.clear)


def detect(text: str) -> Detection:
    """Rank the schemes ``text`` may be written in, with the evidence for each."""
    from translit.read.tokens import WORD_RE

    if not isinstance(text, str):
        raise TypeError(f"detect takes a str, not {type(text).__name__}")
    if any("\u0400" <= c <= "\u04ff" for c in text) and not re.search(r"[A-Za-z]", text):
        return Detection(text, False, 0.0, [], "the text is in Cyrillic already")
    D = W.detect
    scores, hits, russian, english, counted = _tally([m.group() for m in WORD_RE.finditer(text)])
    evidence: dict[str, list[str]] = {s: [] for s in SCHEME_IDS}
    rules = _evidence_rules()
    for rule in sorted(hits):
        _, weights, what = rules[rule]
        shown = ", ".join(sorted(set(hits[rule]))[:4])
        for i, _ in weights:
            evidence[SCHEME_IDS[i]].append(f"{what}: {shown}")
    share = russian / counted if counted else 0.0
    ranking = sorted((SchemeScore(s, sc, evidence[s]) for s, sc in zip(SCHEME_IDS, scores)), key=lambda x: -x.score)
    for r in ranking:
        r.evidence.append(f"{r.score - _prior(r.scheme):.0f} points from marks and words read as Russian")
    is_ru = counted > 0 and share >= D.russian_share
    if not counted:
        reason = "no Latin words"
    elif is_ru:
        reason = f"{russian} of {counted} words read as Russian word forms"
    else:
        reason = f"only {russian} of {counted} words read as Russian; {english} are common English words"
    return Detection(text, is_ru, share, ranking, reason)

