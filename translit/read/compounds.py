"""Soviet stump compounds (Наркомлес, Главмузей, Туркбюро, Печорлаг) read as their parts.

A word the lexicon does not read whose Latin starts with a stump of ``compounds.toml``'s ``first``
list, or ends with one of its ``last`` list, is read as that stump and its rest: the rest as a known
word form if it is one (Narkom|les → Нарком|лес), else as the start of one (Pechor|lag → Печор|лаг,
as Печора begins; the part before a last stump is always read so, as it is a stump itself). Readings of the rest are ranked by their slips, the text's scheme preference and
the schemes' priors, so a word with no mark of its own is read by the catalogue tables (Rech|lag →
Реч, not the Czech Рех). The trigram model's guess of the whole word is what is left when no split
reads.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from translit.read.candidates import _extend, _Path, mixable_schemes, reader


@cache
def _data() -> dict:
    return tomllib.loads(resources.files("translit.read").joinpath("compounds.toml").read_text("utf-8"))


@cache
def _stumps() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(first, last): each stump as (canonical Latin in some mixable scheme, Cyrillic), longest first."""
    from translit.read.chunks import canonical_latin
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    mixable = mixable_schemes()
    sids = [s for i, s in enumerate(SCHEME_IDS) if mixable >> i & 1]

    def spelled(cyrs: list[str]) -> tuple[tuple[str, str], ...]:
        out = {(canonical_latin(romanize(c, s)), c) for c in cyrs for s in sids}
        return tuple(sorted(out, key=lambda t: (-len(t[0]), t)))

    d = _data()
    return spelled(d["first"]), spelled(d["last"])


def _priority(p: _Path, prefer) -> tuple:
    """A stump's rank, least first: its slips and scheme penalty, then the best prior of its schemes
    (the catalogue tables before the national ones), then how Russian its letters look (trigram)."""
    from translit.read.detect import _priors

    priors = _priors()
    best_prior = max((priors[i] for i in range(len(priors)) if p.mask >> i & 1), default=0.0)
    return (p.slips + prefer.penalty(p.mask), -best_prior, -_extend(reader().lex.ngram, "", p.key))


def _rest(w: str, prefer, lexical, word: bool) -> _Path | None:
    """The best reading of a compound's rest ``w``: a known word form if ``word`` and it is one,
    else the start of one (the stump before -лаг is the start of a place: Печор-а)."""
    if word:
        for lat, cyr in _stumps()[1]:  # a last stump itself (Сев|желдор|издат: not the verb издать)
            if w == lat:
                return _Path(cyr, cyr, mixable_schemes(), 0.0, (), ((0, len(w), cyr),))
        found = lexical(w, prefer, "lower")
        if found:
            return found[0][0]
        inner = compound_reading(w, prefer, lexical)  # stumps in a chain (Сев|желдор|лаг)
        if inner is not None:
            return inner
    stems = [p for p in reader().stems(w, mixable_schemes()) if p.cyr]
    return min(stems, key=lambda p: _priority(p, prefer)) if stems else None


def compound_reading(w: str, prefer, lexical) -> _Path | None:
    """Canonical Latin ``w`` read as a stump compound, or None. ``lexical(w, prefer, case)`` gives
    the known word forms of a part, ranked (:func:`translit.read.scoring._lexical`)."""
    n = _data()["min_rest"]
    if len(w) < n + 2 or not w.isalpha():
        return None
    first, last = _stumps()
    for lat, cyr in first:
        if w.startswith(lat) and len(w) - len(lat) >= n:
            r = _rest(w[len(lat):], prefer, lexical, True)
            if r is not None:
                k = len(lat)
                pieces = ((0, k, cyr),) + tuple((a + k, b + k, c) for a, b, c in r.pieces)
                return _Path(cyr + r.cyr, cyr + r.key, r.mask, r.slips, r.why + (_why(),), pieces)
    for lat, cyr in last:
        if w.endswith(lat) and len(w) - len(lat) >= n:
            r = _rest(w[:-len(lat)], prefer, lexical, False)
            if r is not None:
                k = len(w) - len(lat)
                pieces = r.pieces + ((k, len(w), cyr),)
                return _Path(r.cyr + cyr, r.key + cyr, r.mask, r.slips, r.why + (_why(),), pieces)
    return None


def _why() -> str:
    return "a Soviet stump compound read as its parts"


__all__ = ["compound_reading"]
