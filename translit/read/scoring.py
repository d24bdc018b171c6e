"""Scoring: rank a word's candidate readings and say how sure the winner is.

A reading's score is its word form's frequency (Zipf) less the slips it needed, less its
scheme's penalty under the text's :class:`Preference` (the named or detected scheme), plus a
bonus for a title-case word the dictionary knows as a name. Every number is a named weight
of ``weights.toml``. A word no dictionary form reads gets the trigram model's guess.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from translit.read import lexicon as lexmod
from translit.read.candidates import (ALL, Source, _Path, has_scheme_diacritics, mixable_schemes, reader, shift_pieces,
                                      unstressed, word_facts)
from translit.read.weights import W
from translit.schemes import SCHEME_IDS

# A ranked reading: (path, score, source, reason).
_OLD_LETTER = re.compile("[іѣѳѵІѢѲѴ]")
Ranked = tuple[_Path, float, str, str]


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
        """The schemes with no penalty (remembered)."""
        m = self.__dict__.get("_mask")
        if m is None:
            m = sum([bit for p, bit in zip(self.penalties, _SCHEME_BITS) if p == 0.0])
            object.__setattr__(self, "_mask", m)
        return m

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", {})  # mask → its penalty (see penalty)

    def penalty(self, mask: int) -> float:
        """The smallest penalty among the schemes in ``mask`` (remembered per mask: asked for every
        reading of every word, so a hit is one dictionary lookup)."""
        try:
            return self._memo[mask]
        except KeyError:
            pass
        order = self.__dict__.get("_order")
        if order is None:  # the schemes from the least penalized: the first one in a mask is its penalty
            order = tuple(sorted(zip(self.penalties, _SCHEME_BITS), key=itemgetter(0)))
            object.__setattr__(self, "_order", order)
        p = W.preference.max_penalty
        for pen, bit in order:
            if mask & bit:
                p = pen
                break
        self._memo[mask] = p
        return p

    def penalties_of(self, masks: tuple[int, ...]) -> tuple[float, ...]:
        """:meth:`penalty` of each of ``masks``, in order."""
        memo, penalty = self._memo, self.penalty
        return tuple([memo[m] if m in memo else penalty(m) for m in masks])

    @classmethod
    def only(cls, scheme: str | None) -> "Preference":
        return _only(scheme)

    @classmethod
    def from_scores(cls, scores: dict[str, float]) -> "Preference":
        """The preference of detection's scheme scores: each scheme penalized by how far it
        trails the best. Equal preferences are one shared object (the word caches key on it)."""
        return cls.from_score_list([scores[s] for s in SCHEME_IDS])

    @classmethod
    def from_score_list(cls, scores: list[float]) -> "Preference":
        """:meth:`from_scores` of the scores in ``SCHEME_IDS`` order."""
        top = max(scores)
        cap, per = W.preference.max_penalty, W.preference.per_detection_point
        capped = round(cap, 2)
        # round(min(cap, x), 2) for each scheme, without a call for the many at the cap
        penalties = tuple([capped if x >= cap else round(x, 2) for x in [per * (top - sc) for sc in scores]])
        hit = _DETECTED.get(penalties)
        if hit is None:
            hit = cls(penalties)
            if len(_DETECTED) < 10_000:
                _DETECTED[penalties] = hit
        return hit


_DETECTED: dict[tuple[float, ...], Preference] = {}
_SCHEME_BITS = tuple(1 << i for i in range(len(SCHEME_IDS)))
_BITS: dict[int, tuple[int, ...]] = {}


def _bits(mask: int) -> tuple[int, ...]:
    """The positions of the bits set in ``mask`` (remembered: a handful of masks recur)."""
    hit = _BITS.get(mask)
    if hit is None:
        hit = tuple(i for i in range(mask.bit_length()) if mask >> i & 1)
        if len(_BITS) < 100_000:
            _BITS[mask] = hit
    return hit


@cache
def _only(scheme: str | None) -> Preference:
    """The preference for one named scheme (or none): one shared object per scheme, so the word
    caches find it by identity."""
    if scheme is None:
        return Preference(tuple(0.0 for _ in SCHEME_IDS))
    cap = W.preference.max_penalty
    return Preference(tuple(0.0 if s == scheme else cap for s in SCHEME_IDS), given=True)


def ranked(w: str, prefer: Preference, case: str, guesses: bool = True) -> list[Ranked]:
    """Readings of canonical ``w`` ranked best first; known word forms if there are any (also
    after forgiving misplaced ties and stress accents), else the trigram model's best guess.
    With ``guesses=False``, a word no known form reads gets [] instead of a guess (a stump
    compound or the trigram model's spelling): for a caller that would refuse any guess (a slip
    undone must reach a word form), which then need not be made.
    Not remembered here: :func:`translit.read.words.read_word` remembers the word's reading,
    under a key at least as wide (each cached ranking held objects the garbage collector walks)."""
    rd = reader()
    out = _lexical(w, prefer, case)
    if not out and "\u0361" in w:
        # a tie on the wrong letters (MARC-8 conversion damage: Rossi︠i︡a): read without ties
        out = [(shift_pieces(_Path(p.cyr, p.key, p.mask, p.slips, p.why + ("misplaced tie ignored",), p.pieces), w),
                sc - W.rank.misplaced_tie, src, r) for p, sc, src, r in _lexical(w.replace("\u0361", ""), prefer, case)]
    plain = unstressed(w)
    if plain is not None:
        # stress accents of Spanish, Italian or Czech spellings (Kárpov, Aksiónov): read without them;
        # also where the accented letter spells something in another scheme (é is French е, э in
        # BS 2979) but only a rarer word or by mixing schemes (Andréi: Андрей, not Андрэй)
        unaccented = [(_Path(p.cyr, p.key, p.mask, p.slips, p.why + ("stress accents ignored",), p.pieces),
                       sc - W.rank.stress_accents, src, r) for p, sc, src, r in _lexical(plain, prefer, case)]
        if unaccented and (not out or unaccented[0][1] > out[0][1]):
            seen = {t[0].cyr for t in unaccented}
            out = unaccented + [t for t in out if t[0].cyr not in seen]
    if out and out[0][0].slips >= W.walk.mixed_schemes and out[0][1] < W.rank.own_table_below \
            and has_scheme_diacritics(w):
        # a rare dictionary form reached only by mixing schemes (Ett͡selʹ → Этцель, where
        # ALA-LC would write Ėtt͡selʹ) loses to the word's own table
        g = rd.guess(w, prefer.mask)
        if g is not None and g.cyr != out[0][0].cyr:
            out = [(g, out[0][1] + W.rank.own_table_margin, Source.OWN_TABLE,
                    "read by its scheme's own table: the word carries that scheme's "
                    "diacritics and the dictionary form needs another scheme's spelling")] + out
    if not out and not guesses:
        return out
    if not out:
        from translit.read.compounds import compound_reading

        c = compound_reading(w, prefer, _lexical)
        if c is not None:
            return [(c, W.guess.score, Source.COMPOUND, "not in the lexicon: a Soviet stump compound read as its parts")]
    if not out:
        g = (rd.guess(w, prefer.mask) if prefer.mask != ALL else None) or _guess_over_all(rd, w)
        if g is None and "\u0361" in w:
            g = rd.guess(w.replace("\u0361", ""), ALL)
            g = shift_pieces(g, w) if g is not None else None
        if g is not None:
            out = [(g, W.guess.score, Source.TRIGRAM, "not in the lexicon: most Russian-looking spelling (trigram model)")]
    return out


def _guess_over_all(rd, w: str) -> _Path | None:
    """The trigram guess over every table, for a word the text's own tables do not spell. A guess
    only an unmixed table spells that is no word form of the lexicon (Turkish c for дж: Bergholc as
    Бергхолдж) gives way to the mixable tables' guess (Бергхолц); one that is a word form stays
    (Hungarian i for ы: Belih as Белых), as does one no other table spells (Yevtuşenko). The word
    form of an unmixed table is looked for with the letters alone deciding (no share of the tables:
    one table is all that spells it); every other guess weighs the tables' share (guess.scheme_prior:
    Sanarka is Санарка, not the German s = з alone, Занарка)."""
    g = rd.guess(w, ALL, prior=0.0)
    if g is not None and not g.mask & mixable_schemes() and rd.lex.value(g.key) is not None:
        return g
    g = rd.guess(w, ALL)
    if g is not None and not g.mask & mixable_schemes() and rd.lex.value(g.key) is None:
        return rd.guess(w, mixable_schemes()) or g
    return g


def _lexical(w: str, prefer: Preference, case: str) -> list[Ranked]:
    """Readings of ``w`` that are known word forms, ranked best first."""
    # When the caller names the scheme, its own readings first (fast: few branches); every
    # scheme, mixed, only when it has none. A detected scheme is not trusted that far.
    likely = prefer.mask
    if prefer.given and likely and likely != ALL:
        rd = reader()
        found = rd.paths(w, likely, mix=False)
        if found:
            base = _base_scores(found, [p.entry >> 8 for p in found], [p.entry & 255 for p in found], case)
            return _apply_preference(base, prefer)
    facts = word_facts(w)
    base = facts.ranked_base.get(case)
    if base is None:
        base = facts.ranked_base[case] = _base_scores(facts.paths, facts.zipf10, facts.flags, case)
    return _apply_preference(base, prefer)


def _base_scores(paths: list[_Path], zipf10s: list[int], flagss: list[int], case: str) -> tuple[list, list]:
    """Each path's score before the scheme preference (its form's frequency less its slips) as a
    row of :func:`preferred` (Cyrillic, scheme mask, slips, score, the path, its rank's number),
    and the ranks they number: the name bonus or penalty of its case, its source and its reason (for a
    path with slips, its reason and the path: :func:`rank_reason` names the slips)."""
    R = W.rank
    known, proper_flags, person = lexmod.KNOWN, lexmod.PROPER, lexmod.SURN | lexmod.NAME | lexmod.PATR
    slip, frequent, common = R.slip, R.frequent_zipf10, R.lowercase_common_zipf10
    lower = case == "lower"
    yo_form = reader().lex.yo_form
    rows, ranks = [], []
    sign_free = _signed_names(paths, zipf10s, flagss) if case == "title" else None
    for p, zipf10, flags in zip(paths, zipf10s, flagss):
        freq = zipf10 / 10.0 if zipf10 else (R.known_no_freq if flags & known else R.unknown_no_freq)
        s = freq - slip * p.slips
        if flags & known and "ё" in p.cyr and yo_form(p.key) is None:
            # ё where the dictionary's word has none (Полё, Селё for поле, село: a table writing ё
            # as o after л): the lexicon key folds ё to е, so the path found the other word
            s -= R.yo_not_in_word
        bonus = 0.0
        reason = "frequent word form" if zipf10 >= frequent else "known word form"
        source = Source.DICTIONARY
        proper = flags & proper_flags
        if not lower and proper:
            # capitals say "name" only in title case: an all-caps word may as well be an
            # abbreviation (AIRO is АИРО, not the rare name Айро)
            bonus = R.title_name_bonus if case == "title" else 0.0
            if flags & person:
                reason, source = "known name", Source.NAME
            else:
                reason = "known place or proper name"
        elif lower and proper and not (flags & known and zipf10 >= common):
            bonus = -R.lowercase_name_penalty
        elif sign_free and zipf10 and not flags and (signed := _signed_rival(p, freq, sign_free)):
            # (Шереметев, not Шереметьев: the dictionary lacks the name's usual spelling)
            bonus, source = R.title_name_bonus, Source.NAME
            reason = f"known name, as usually spelled: {signed.capitalize()} without the sign the Latin does not write"
        elif sign_free and zipf10 and not flags and "э" in p.key[1:] \
                and (plain := _signed_rival(p, freq, sign_free, _E_KEY + _e_for_e(p.key))):
            # (Брэдбери, not Бредбери: the Latin e is also э, and wordfreq knows the name with it)
            bonus, source = R.title_name_bonus, Source.NAME
            reason = f"known name, as usually spelled: {plain.capitalize()} with the э the Latin writes e"
        if p.slips:  # its slips named only if it is ranked (:func:`rank_reason`): most such paths are not
            reason = (reason, p)
        rows.append((p.cyr, p.mask, p.slips, s, p, len(ranks)))
        ranks.append((bonus, source, reason))
    return rows, ranks


_SIGNS = ("ь", "ъ")
_E_KEY = "е:"  # (the names by their own key, apart from the keys less a sign: see _signed_names)


def _e_for_e(key: str) -> str:
    """``key`` with its э after the first letter written е, as most schemes' Latin e reads both
    (Брэдбери → бредбери). A word's first э is left: schemes tell it from е there (BGN/PCGN E, Ye)."""
    return key[:1] + key[1:].replace("э", "е")


def _signed_names(paths: list[_Path], zipf10s: list[int], flagss: list[int]) -> dict[str, list] | None:
    """The word's readings the dictionary tags as a person's name that hold a soft or hard sign,
    by their key less one sign, as [(score before slips, slips, scheme mask, Cyrillic)]; and those
    with an е after their first letter by ``_E_KEY`` + their key (a rival writing э there is the same
    name: Глиер, Глиэр); None when there are none (most words)."""
    out: dict[str, list] | None = None
    person = lexmod.SURN | lexmod.NAME | lexmod.PATR
    for p, zipf10, flags in zip(paths, zipf10s, flagss):
        if flags & person and flags & lexmod.KNOWN and ("ь" in p.key or "ъ" in p.key or "е" in p.key[1:]):
            freq = zipf10 / 10.0 if zipf10 else W.rank.known_no_freq
            out = out if out is not None else {}
            if "е" in p.key[1:] and "э" not in p.key[1:]:
                out.setdefault(_E_KEY + p.key, []).append((freq, p.slips, p.mask, p.cyr))
            for k, ch in enumerate(p.key):
                if ch in _SIGNS:
                    out.setdefault(p.key[:k] + p.key[k + 1:], []).append((freq, p.slips, p.mask, p.cyr))
    return out or None


def _signed_rival(p: _Path, freq: float, signed: dict[str, list], key: str | None = None) -> str | None:
    """The name reading of the same word that is ``p``'s form with a sign put in (a sign the
    Latin does not write: ``p`` needs no more slips, in a scheme both are in), or, looked up by
    ``key`` (``_E_KEY`` and ``p``'s key with э as е), its form with е for its э, where ``p``'s form
    (``freq``, which wordfreq lists but the dictionary does not: a name it lacks) is at least
    [rank] sign_free_margin more common, and the name's bonus alone would put that reading first:
    that reading's Cyrillic, else None. Then ``p`` is the name's usual spelling and takes the
    name's bonus (Шереметев 2.7 beside Шереметьев 2.2). Where ``p`` wins without it (Gold: Голд
    3.5 beside Гольд 2.1 + 1.2) nothing changes: the word is no more a name than it was."""
    R = W.rank
    for name_freq, slips, mask, cyr in signed.get(p.key if key is None else key, ()):
        if p.slips <= slips and p.mask & mask and freq >= name_freq + R.sign_free_margin - 1e-9 \
                and name_freq - R.slip * slips + R.title_name_bonus > freq - R.slip * p.slips:
            return cyr  # (only where the name's bonus would carry it over p: Gold stays Голд's word)
    return None


def preferred(rows, prefer: Preference, ranks) -> list[list]:
    """The one ranking of a word's readings under the text's scheme preference, for live paths
    (:func:`_apply_preference`) and stored ones (:func:`stored_ranking`) alike. ``rows``: each
    reading as (Cyrillic, scheme mask, slips, score before the preference, payload, rank number),
    ``ranks[rank number]`` its (bonus, source, reason). Returns [Cyrillic, scheme mask, score,
    source, reason, payload] less the schemes' penalties, one per spelling (the union of the
    schemes of every reading of it, the payload and reason of its best), best first."""
    best: dict[str, list] = {}
    memo, penalty, penalties = prefer._memo, prefer.penalty, prefer.penalties
    cap = W.preference.max_penalty
    mixable = mixable_schemes()
    for cyr, mask, slips, s, payload, rank in rows:
        pen = memo.get(mask)
        if pen is None:
            pen = penalty(mask)
        if not mask & mixable and (pen >= cap or not any(penalties)):
            # a spelling only an unmixed scheme gives (Hungarian i for ы, s for ш: Bil, not Был)
            # needs that scheme's evidence: it is no reading where the text has none, nor in a
            # text no scheme was found for
            continue
        if pen >= cap and slips and any(pp != pen for pp in penalties):
            # a slip only other conventions make (Kozloff as Козлов, a press -off) is no reading
            # in a text clearly in a scheme that writes no such thing (ALA-LC with its ties)
            continue
        if pen >= cap and "ё" in cyr and any(pp != pen for pp in penalties) and _unwritten_yo(cyr):
            # nor is a ё only other conventions read (io, yo, jo) where no source writes the word
            # with ё there (Radiokom as Радёком, Bioton as Бётон): the text's scheme reads its own
            # letters (Радиоком); a ё the lexicon writes (Potiomkin as Потёмкин) stays a reading
            continue
        bonus, source, reason = ranks[rank]
        s = s - pen + bonus  # in this order, as scores have always been summed
        prev = best.get(cyr)
        if prev is None:
            best[cyr] = [cyr, mask, s, source, reason, payload]
        elif s > prev[2]:  # (the union of schemes of every path to this spelling is kept)
            best[cyr] = [cyr, mask | prev[1], s, source, reason, payload]
        else:
            prev[1] |= mask
    out = list(best.values())
    if len(out) == 1:  # (most words: one spelling, nothing to order)
        return out
    # on a tie, a modern spelling before one with a pre-1918 letter the Latin did not mark
    out.sort(key=lambda t: (-t[2], _OLD_LETTER.search(t[0]) is not None))
    return out


def _unwritten_yo(cyr: str) -> bool:
    """Does ``cyr`` write ё where neither the dictionary nor wordfreq writes its word with ё there
    (Радёком: wordfreq has радеком only; Бёльем: the word is бельём)?"""
    low = cyr.lower()
    return reader().lex.yo_form(low.replace("ё", "е")) != low


def _apply_preference(base: tuple[list, list], prefer: Preference) -> list[Ranked]:
    """The readings of ``base`` (:func:`_base_scores`) less their schemes' penalties, one per
    spelling, best first (:func:`preferred`), each as its path with its schemes."""
    return [(p if mask == p.mask else p.with_mask(mask), s, source, reason if type(reason) is str else rank_reason(reason))
            for _, mask, s, source, reason, p in preferred(base[0], prefer, base[1])]


def rank_reason(reason: str | tuple[str, _Path]) -> str:
    """The reason of a rank of :func:`_base_scores`: a path that needed slips has its reason and
    the path, and its slips are named here, for the readings that are ranked (one per spelling)
    rather than for every path the walk found."""
    if type(reason) is str:
        return reason
    text, p = reason
    return text + " (with " + "; ".join(dict.fromkeys(x for x in p.why if x)) + ")"


def stored_ranking(rec, case: str, prefer: Preference) -> list[tuple]:
    """:func:`preferred` on a spelling's stored ranking (:mod:`translit.read.spelling_index`):
    the same readings in the same order as on its live paths, each as (Cyrillic, scheme mask,
    score, source, reason, the reasons of its path's steps), without a path object."""
    owner = rec.owner
    whys = owner.whys
    return [(cyr, mask, s, src, r, whys[why])
            for cyr, mask, s, src, r, why in preferred(rec.paths, prefer, owner.ranks[_CASE_INDEX[case]])]


_CASE_INDEX = {"lower": 0, "title": 1, "upper": 2}  # (spelling_index.CASES)


def confidence(scores: list[float], guessed: bool) -> float:
    """How sure the best of ``scores`` (best first) is: a softmax over the candidates' scores."""
    C = W.confidence
    if guessed:
        return C.guessed
    if len(scores) == 1:
        return C.single
    z = [math.exp(C.temperature * (s - scores[0])) for s in scores]
    return min(C.cap, z[0] / sum(z))
