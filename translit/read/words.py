"""Word reading: one Latin word into Cyrillic, with its ranked candidates and why the winner won.

Puts the pieces together for a single token: normalization, the ranked readings of
:mod:`translit.read.scoring`, abbreviations read at their capitals (TsK, VChK), the scheme
files' conventional whole-word forms (Trotzki), and the case pattern of the input carried over
to the Cyrillic, chunk by chunk. Parts of a hyphenated word are then chosen together.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from importlib import resources
from dataclasses import dataclass
from typing import Any

from translit.normalize import PRE_REFORM_CASED
from translit.read import lexicon as lexmod
from translit.read.candidates import (Candidate, Repair, Source, _Path, has_scheme_diacritics, latin_forms, on_clear, reader,
                                      unstressed, word_facts)
from translit.read.chunks import KEY_FOLD, canonical_latin, schemes_of
from translit.normalize import PRE_REFORM
from translit.read.ocr import letter_repairs
from translit.read.typos import typing_repairs
from translit.read.scoring import Preference, confidence, ranked, stored_ranking
from translit.read.spelling_index import spelling_record
from translit.read.weights import W

OLD_LETTERS = frozenset(PRE_REFORM)  # ѣ і ѳ ѵ
MAX_WORD = 60  # a longer run of letters is no Russian word (nor a romanized one): left as it is


@dataclass(slots=True)
class WordReading:
    input: str
    start: int
    end: int
    cyrillic: str
    candidates: list[Candidate]
    confidence: float
    reason: str
    is_russian: bool = True
    left_by_rule: bool = False  # left as English by a running-text rule of its own class (Lenin's)

    @property
    def source(self) -> str | None:
        """The source of the best candidate (None when the word has no reading)."""
        return self.candidates[0].source if self.candidates else None

    def as_dict(self, n: int | None = None) -> dict[str, Any]:
        cands = self.candidates if n is None else self.candidates[:n]
        return {"input": self.input, "start": self.start, "end": self.end, "cyrillic": self.cyrillic,
                "is_russian": self.is_russian,
                "confidence": round(self.confidence, 3), "reason": self.reason,
                "candidates": [c.as_dict() for c in cands]}


def case_of(token: str) -> str:
    """"upper" (two or more letters, all capitals), "title" (first letter capital) or "lower"."""
    if token.isascii() and token.isalpha():  # every letter has a case: the string tests say it
        if len(token) > 1 and token.isupper():
            return "upper"
        return "title" if token[0].isupper() else "lower"
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return "lower"
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return "upper"
    if letters[0].isupper():
        return "title"
    return "lower"


_MODERN = str.maketrans(PRE_REFORM_CASED)


def _apply_case(path: _Path, token: str, case: str, modernize: frozenset[str] = frozenset()) -> str:
    """Give the Cyrillic the case pattern of the Latin, chunk by chunk. A piece spelled in
    ``modernize`` (GOST 7.79 B's ye for ѣ, when GOST B is not the scheme in use) gets the modern
    letter: other schemes write е that way."""
    if token.isascii() and reader().solid and _none_within(modernize, token):
        # ASCII capitals only at the start (or everywhere), no spelling to modernize: the path's
        # Cyrillic, cased as a whole (every piece writes Cyrillic, so the first piece starts
        # with the first letter)
        if case == "upper":
            return path.cyr.upper()
        rest = token[1:]
        if rest == rest.lower():
            return path.cyr[:1].upper() + path.cyr[1:] if token[:1].isupper() else path.cyr
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


def _none_within(spellings: frozenset[str], token: str) -> bool:
    """True when no piece of ``token`` can be one of ``spellings`` (none occurs in it)."""
    if not spellings:
        return True
    low = token.lower()
    for s in spellings:
        if s in low:  # ("" is in every token: a piece of no Latin could be it)
            return False
    return True


def _acronym_reading(token: str) -> tuple[tuple[int, int], ...] | None:
    """Cut a capitalized acronym (TsK, VChK, RTsKhIDNI) at its capitals; None if not one
    (remembered per token: the cache key of a word's reading and its reading both ask)."""
    hit = _ACRONYMS.get(token, ...)
    if hit is ...:
        hit = _acronym_cut(token)
        if len(_ACRONYMS) < 300_000:
            _ACRONYMS[token] = hit
    return hit


_ACRONYMS: dict[str, tuple[tuple[int, int], ...] | None] = {}
on_clear(_ACRONYMS.clear)


def _acronym_cut(token: str) -> tuple[tuple[int, int], ...] | None:
    if len(token) < 2 or not token[0].isupper() or not all(c.isascii() and c.isalpha() for c in token):
        return None
    caps = sum(c.isupper() for c in token)
    if caps < 2 or (caps == len(token) and len(token) > 5):
        return None
    if caps != len(token) and not re.fullmatch(r"(?:[A-Z][a-z]{0,3})+", token):
        return None
    if caps != len(token) and any(len(p) > 2 for p in re.findall(r"[A-Z][a-z]*", token)):
        return None
    return tuple((m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z]*", token))


# What a word typed in Latin capitals that look like Cyrillic ones must be, in the lexicon, to be
# read as that Cyrillic: an abbreviation, an organization or a place (CCCP, MXAT, MOCKBA).
_LOOKALIKE_KINDS = lexmod.ABBR | lexmod.ORGN | lexmod.GEOX


def _lookalike_reading(norm: str) -> str | None:
    """The Cyrillic a word of three or more Latin capitals spells when each is read as the
    Cyrillic capital it looks like (CCCP → СССР, MXAT → МХАТ), when the lexicon knows that word as
    an abbreviation, an organization or a place; else None."""
    from translit.normalize.lookalikes import LATIN_TO_CYRILLIC

    if len(norm) < 3 or not all(c.isupper() and c in LATIN_TO_CYRILLIC for c in norm):
        return None
    cyr = "".join(LATIN_TO_CYRILLIC[c] for c in norm)
    entry = reader().lex.get(lexmod.fold(cyr))
    return cyr if entry is not None and entry[1] & lexmod.KNOWN and entry[1] & _LOOKALIKE_KINDS else None


def stray_letter(wr: WordReading) -> bool:
    """A small letter with a diacritic whose reading is no one-letter Russian word (é, č): as the
    only word of a text it is a letter of another language, not Russian."""
    token = wr.input
    return len(token) == 1 and token.islower() and not token.isascii() and wr.cyrillic not in _one_letter_words()


@functools.cache
def _one_letter_words() -> frozenset[str]:
    data = tomllib.loads(resources.files("translit.read").joinpath("western.toml").read_text("utf-8"))
    return frozenset(data["one_letter_words"])


_WORDS: dict[tuple[str, Any], WordReading] = {}
on_clear(_WORDS.clear)


def read_word(token: str, prefer: Preference | None = None) -> WordReading:
    """Read one Latin word (any scheme) into Cyrillic, with ranked candidates (cached per word
    and the whole scheme preference; the caller gets its own copy).

    The key is the whole preference, not only the penalties of the schemes of the word's own
    readings: a reading also weighs spellings the word is repaired to (poème as poeme, a slip
    undone), guesses made in the likely schemes and whether any scheme is preferred at all, so
    a narrower key let the first line to read a word decide it for every later line whose
    preference differed elsewhere (Soviets read as Советс or Совйетс by what ran before).
    Detected preferences are shared objects (:meth:`Preference.from_score_list`), so lines
    detected alike still share readings."""
    ck = (token, prefer)
    hit = _WORDS.get(ck)
    if hit is None:
        hit = _read_word(token, prefer)
        if len(_WORDS) < 300_000:
            _WORDS[ck] = hit
    return WordReading(hit.input, hit.start, hit.end, hit.cyrillic, hit.candidates, hit.confidence, hit.reason,
                       hit.is_russian)


def _repaired(variants: list[tuple[str, str]], prefer: Preference, cost: float,
              floor: float | None = None) -> tuple[list, str] | None:
    """The ranked readings of the first of ``variants`` (spelling, what was undone) that a scheme spells
    as a word form, each ``cost`` slips down and naming the repair, with that spelling; else None.
    With ``floor`` (a Zipf frequency), the form read in the line's schemes must itself be at least that
    common, less its slips (Vladimiras is Владимир only in a Lithuanian line), and hold no pre-1918
    letter (a hasty typist writes no old orthography: a letter put in must not make GOST's yh for ѵ).
    The caller marks the candidates made of these paths with the kind of repair (``Repair``)."""
    for variant, note in variants:
        vnorm, vw = latin_forms(variant)
        alt = ranked(vw, prefer, case_of(vnorm), guesses=False)  # (a guess would not be taken)
        if alt and floor is not None and (set(alt[0][0].cyr) & OLD_LETTERS or alt[0][0].entry is None
                                          or (alt[0][0].entry >> 8) / 10 - W.rank.slip * alt[0][0].slips < floor):
            continue
        if alt and alt[0][2] not in Source.GUESSES:
            slip = W.rank.slip * cost
            return [(p, s - slip, src, f"{r} ({note})") for p, s, src, r in alt], vnorm
    return None


def _established_word(norm: str) -> bool:
    """Is ``norm`` a one-word established form (Puskin, Tolstoi): a spelling of its own, no typing slip?"""
    from translit.read.established import fold, own_table

    return (fold(norm),) in own_table()


def _read_word(token: str, prefer: Preference | None = None) -> WordReading:
    rd = reader()
    if prefer is None:
        prefer = Preference.only(None)
    if len(token) > MAX_WORD:
        return WordReading(token, 0, len(token), token, [], 0.0, "too long to be a word: left as it was")
    norm, w = latin_forms(token)
    case = case_of(norm)
    # Conventional forms (Trotzki, Eltsine) are whole-word rows of the scheme files.
    conv = rd.tables.words.get(w)
    if conv is None and not prefer.given:
        stored = _stored_reading(token, norm, w, case, prefer)
        if stored is not None:
            return stored
    found = ranked(w, prefer, case)
    repaired: dict[int, str] = {}  # id of a path found by undoing a slip -> the kind of slip
    if (not found or found[0][2] in Source.GUESSES) and conv is None and case != "upper":
        # no scheme spells a word form: a slip of OCR undone may (Narodnoc, Iiteratury), else two
        # neighbouring letters typed in the wrong order put back (Novosibrisk); not in capitals, where
        # an abbreviation is as likely (IISH is no лишь)
        hit = _repaired([(v, f"an OCR slip: {a} read as {b}") for v, a, b in letter_repairs(norm)],
                        prefer, W.ocr.cost)
        kind = Repair.OCR
        if hit is None and not _established_word(norm):
            hit = _repaired(typing_repairs(norm), prefer, W.typo.cost, W.typo.min_zipf)
            kind = Repair.TYPING
        if hit is not None:
            repaired = {id(p): kind for p, _s, _src, _r in hit[0]}
            found = hit[0] + found
            norm, case = hit[1], case_of(hit[1])
    Wd = W.word
    look = _lookalike_reading(norm) if case == "upper" else None
    if look and (not found or found[0][2] in Source.GUESSES):
        # no scheme spells a known word with these letters; their Cyrillic lookalikes do
        cand = Candidate(look, Wd.acronym_score, "Latin capitals that look like Cyrillic ones: "
                         f"the known word {look}", source=Source.DICTIONARY)
        return WordReading(token, 0, len(token), look, [cand], Wd.acronym_confidence, cand.reason)
    cut = _acronym_reading(norm) if case != "lower" else None
    if cut and (not found or found[0][1] < Wd.acronym_unless):
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
            cand = Candidate(cyr, Wd.acronym_score, "abbreviation read letter by letter at its capitals",
                             source=Source.ABBREVIATION)
            others = [Candidate(_apply_case(p, norm, case), s, r, schemes_of(p.mask), source=src)
                      for p, s, src, r in found[:5]]
            others = [o for o in others if o.cyrillic != cyr]
            return WordReading(token, 0, len(token), cyr, [cand] + others, Wd.acronym_confidence, cand.reason)
    if conv is not None and (not found or found[0][1] < Wd.conventional_unless):
        cyr = conv[0]
        cyr = cyr.upper() if case == "upper" else (cyr[:1].upper() + cyr[1:] if case == "title" else cyr)
        cand = Candidate(cyr, Wd.conventional_score,
                         "conventional spelling in the " + ", ".join(schemes_of(conv[1])) + " table",
                         schemes_of(conv[1]), source=Source.CONVENTIONAL)
        return WordReading(token, 0, len(token), cyr, [cand], Wd.conventional_confidence, cand.reason)
    if not found:
        return WordReading(token, 0, len(token), token, [], 0.0, "no reading: left as it was")
    tabs = rd.tables
    modernize = frozenset() if _favoured(prefer) is not False else tabs.old_in_context
    cands, seen = [], set()
    for p, s, src, r in found[:10]:
        cyr = _apply_case(p, norm, case, modernize)
        if cyr not in seen:
            seen.add(cyr)
            cands.append(Candidate(cyr, s, r, schemes_of(p.mask), [x for x in dict.fromkeys(p.why) if x], src,
                                   repair=repaired.get(id(p), "")))
    conf = confidence([c.score for c in cands], found[0][2] in Source.GUESSES)
    if cands[0].repair == Repair.TYPING:
        conf = min(conf, W.typo.confidence)  # a guess at what was meant: shown, never sure
    return WordReading(token, 0, len(token), cands[0].cyrillic, cands, conf, cands[0].reason)


def _stored_reading(token: str, norm: str, w: str, case: str, prefer: Preference) -> WordReading | None:
    """The reading of a common spelling from its stored ranking (:mod:`translit.read.spelling_index`),
    exactly as :func:`_read_word` would make it, or None when the record does not cover the word:
    no record, a tie, a scheme's diacritics or stress accents (read again without them), an
    acronym, capitals inside the word or a spelling to modernize (its pieces are needed), or no
    reading left under the preference."""
    rec = spelling_record(w)
    if rec is None or not w.isascii() and ("\u0361" in w or has_scheme_diacritics(w) or unstressed(w) is not None):
        return None  # (ties, a scheme's diacritics and stress accents are no ASCII letters)
    if case != "lower" and _acronym_reading(norm):
        return None
    rd = reader()
    modernize = frozenset() if _favoured(prefer) is not False else rd.tables.old_in_context
    if not (norm.isascii() and rd.solid and _none_within(modernize, norm)):
        return None  # (_apply_case would need the pieces)
    rest = norm[1:]
    if case != "upper" and rest != rest.lower():
        return None
    found = stored_ranking(rec, case, prefer)
    if not found:
        return None
    title = norm[:1].isupper()
    cands, seen = [], set()
    for cyr, mask, s, src, r, why in found[:10]:
        if case == "upper":
            cyr = cyr.upper()
        elif title:
            cyr = cyr[:1].upper() + cyr[1:]
        if cyr not in seen:
            seen.add(cyr)
            cands.append(Candidate(cyr, s, r, schemes_of(mask), _step_reasons(why), src))
    conf = confidence([c.score for c in cands], False)
    return WordReading(token, 0, len(token), cands[0].cyrillic, cands, conf, cands[0].reason)


def _step_reasons(why: tuple[str, ...]) -> list[str]:
    """The reasons of a path's steps as a candidate gives them: each once, none empty (a fresh
    list; remembered per tuple of reasons, which the stored records share)."""
    hit = _REASONS.get(why)
    if hit is None:
        hit = tuple([x for x in dict.fromkeys(why) if x])
        if len(_REASONS) < 100_000:
            _REASONS[why] = hit
    return list(hit)


_REASONS: dict[tuple[str, ...], tuple[str, ...]] = {}
on_clear(_REASONS.clear)


def _favoured(prefer: Preference) -> bool | None:
    """Whether ``prefer`` favours a scheme that writes the pre-1918 letters only in context (GOST
    7.79 B's ye for ѣ: then its spellings are read as that scheme writes them): None when no
    scheme does (every spelling read as written), else True or False (remembered on the
    preference, a shared object, with the tables it was worked out for)."""
    tabs = reader().tables
    hit = prefer.__dict__.get("_favoured")
    if hit is None or hit[0] is not tabs:
        hit = (tabs, (prefer.penalty(tabs.old_in_context_mask) == 0 and any(prefer.penalties))
               if tabs.old_in_context else None)
        object.__setattr__(prefer, "_favoured", hit)
    return hit[1]


@functools.cache
def _abbreviation_keys() -> frozenset[str]:
    """The glossary's hyphenated abbreviations in every case, as lexicon keys."""
    from translit.read.abbreviations import hyphenated_abbreviations

    return frozenset(lexmod.fold(a).translate(KEY_FOLD) for a in hyphenated_abbreviations())


def prefer_hyphenated_words(text: str, matches: list, words: list[WordReading]) -> None:
    """Parts of a hyphenated word (Yoshkar-Ola, Rostov-na-Donu) take the readings that make a
    dictionary word together (Йошкар-Ола, not Йошкар-Оля), or a hyphenated abbreviation of the
    glossary in any case (otd-nie: отд-ние, not отд-не), in place."""
    lex = reader().lex
    abbreviations = _abbreviation_keys()

    def key(cyr: str) -> str:
        return lexmod.fold(cyr).translate(KEY_FOLD)

    k = 0
    while k < len(matches) - 1:
        end = k
        while end + 1 < len(matches) and text[matches[end].end():matches[end + 1].start()] == "-":
            end += 1
        part = range(k, end + 1)
        if 0 < end - k < 4 and all(words[j].candidates for j in part) \
                and (joined := "-".join(key(words[j].cyrillic) for j in part)) not in lex \
                and joined not in abbreviations:
            best = None
            for combo in itertools.product(*(words[j].candidates[:3] for j in part)):
                joined = "-".join(key(c.cyrillic) for c in combo)
                if (joined in lex or joined in abbreviations) and (best is None or sum(c.score for c in combo) > best[0]):
                    best = (sum(c.score for c in combo), combo, joined)
            if best is not None:
                for j, c in zip(part, best[1]):
                    wr = words[j]
                    if c.cyrillic != wr.cyrillic:
                        reason = f"with its neighbours makes the dictionary word {best[2]}"
                        chosen = Candidate(c.cyrillic, c.score, reason, c.schemes, c.slips, c.source)
                        words[j] = WordReading(wr.input, wr.start, wr.end, c.cyrillic,
                                               [chosen] + [x for x in wr.candidates if x is not c],
                                               max(wr.confidence, W.word.hyphenated_confidence), reason,
                                               wr.is_russian)
        k = end + 1
