"""Say which romanization scheme a text is in, and whether it is romanized Russian at all.

Two kinds of evidence, both reported: marks that only some schemes write (ĭ and ties for ALA-LC,
č ž š for ISO 9 and the scholarly system, ``tsch`` for German…; the table is data in
``evidence.toml``), and how well each scheme's own reverse table reads the words into real
Russian word forms. English is told apart by wordfreq's English list.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from translit.normalize import fold_ties, strip_stress
from translit.read.candidates import on_clear
from translit.read.chunks import canonical_latin, schemes_of
from translit.read.weights import W
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
def _evidence_rules() -> list[tuple[re.Pattern, dict[str, float], str]]:
    data = tomllib.loads(resources.files("translit.read").joinpath("evidence.toml").read_text("utf-8"))
    out = []
    for row in data["mark"]:
        out.append((re.compile(row["pattern"]), dict(row["schemes"]), row["what"]))
    return out


def _prior(scheme: str) -> float:
    """The tie-breaking prior of ``scheme`` (``weights.toml``, ``[detect.prior]``)."""
    return W.detect.prior.get(scheme, 0.0)


@lru_cache(maxsize=200_000)
def _word_evidence(w: str) -> tuple[str, tuple[str, ...]]:
    """What one word says: ("english", ()), ("russian", the schemes whose tables read it as a
    good Russian word form), or ("none", ())."""
    from translit.read.language import english_zipf, looks_romanized
    from translit.read.candidates import reader, unstressed

    rd = reader()
    cw = canonical_latin(strip_stress(fold_ties(w)))  # as the reader sees it (MARC half-mark ties)
    paths = rd.paths(cw)
    plain = unstressed(cw) if not paths else None
    if plain is not None:  # Spanish or Czech stress accents (Nikolái)
        paths = rd.paths(plain)
    en = english_zipf(cw)
    D = W.detect
    scored = [(rd.lex.get(p.key)[0] / 10.0 - W.rank.slip * p.slips, p.mask) for p in paths]
    best_freq = max((sc for sc, _ in scored), default=-1.0)
    # masks of all good paths (near the best) count as support
    support = 0
    for sc, mask in scored:
        if sc >= best_freq - D.support_within:
            support |= mask
    ru_like = best_freq >= D.ru_like or (best_freq >= D.ru_like_capital and w[:1].isupper())
    if en >= D.english_zipf and (en >= best_freq + D.english_margin or not ru_like) and not looks_romanized(cw):
        return "english", ()
    if ru_like:
        return "russian", tuple(schemes_of(support))
    return "none", ()


def detect(text: str) -> Detection:
    """Rank the schemes ``text`` may be written in, with the evidence for each."""
    from translit.read.tokens import WORD_RE

    if not isinstance(text, str):
        raise TypeError(f"detect takes a str, not {type(text).__name__}")
    if any("\u0400" <= c <= "\u04ff" for c in text) and not re.search(r"[A-Za-z]", text):
        return Detection(text, False, 0.0, [], "the text is in Cyrillic already")
    D = W.detect
    words = [m.group() for m in WORD_RE.finditer(text)][:D.words]
    scores = {s: _prior(s) for s in SCHEME_IDS}
    evidence: dict[str, list[str]] = {s: [] for s in SCHEME_IDS}
    norm = canonical_latin(strip_stress(fold_ties(text)))
    for pat, weights, what in _evidence_rules():
        hits = pat.findall(norm)
        if not hits:
            continue
        shown = ", ".join(sorted(set(h if isinstance(h, str) else h[0] for h in hits))[:4])
        for s, wgt in weights.items():
            scores[s] += wgt * min(D.mark_hits, len(hits))
            evidence[s].append(f"{what}: {shown}")
    russian = 0
    english = 0
    counted = 0
    for w in words:
        if len(w) < 2 and not w.isupper():
            continue
        counted += 1
        kind, schemes = _word_evidence(w)
        if kind == "english":
            english += 1
        elif kind == "russian":
            russian += 1
            for s in schemes:
                scores[s] += D.word_point
    share = russian / counted if counted else 0.0
    ranking = sorted((SchemeScore(s, sc, evidence[s]) for s, sc in scores.items()), key=lambda x: -x.score)
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




on_clear(_word_evidence.cache_clear)
