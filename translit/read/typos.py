"""Typing slips inside a romanized Russian word: two neighbouring letters swapped (Novosibrisk,
Tchaikovksy, Irkustk for Novosibirsk, Tchaikovsky, Irkutsk), the commonest slip of a typist after a
wrong key (Damerau 1964: about 80 % of misspellings are one insertion, deletion, substitution or
transposition; a transposition of neighbours keeps every letter, so the word stays recognizable);
then a letter typed twice (Novossibirsk, Vladivosstok) and a letter left out (Krasnodr, Vladivotok),
Damerau's insertion and deletion, never at the end of a word (where Russian inflects). A substitution is not tried: one letter changed
makes too many unknown names into some common word.

:func:`transposition_repairs` is tried by the reader (words.py) only for a word no scheme spells as a
Russian word form and no OCR slip explains (its only reading the trigram model's guess), that no
Western language writes, and that bears no mark of a careful table (ĭ, a tie, the prime ʹ): each swap
of two neighbouring lower-case letters after the first, the spellings that read as a Russian word form
at least ``[typo] min_zipf`` common; :func:`typing_repairs` adds the spellings with one letter taken out
and with one letter put in. A reading through one costs ``[typo] cost`` slips (its confidence
at most ``[typo] confidence``) and says which letters it swapped.
"""

from __future__ import annotations

from translit.read.candidates import has_scheme_diacritics, latin_forms, word_facts
from translit.read.weights import W


def transposition_repairs(norm: str) -> list[tuple[str, str]]:
    """The spellings of ``norm`` (a word as the reader sees it, case kept) with two different
    neighbouring lower-case letters after the first swapped that read as a Russian word form at
    least ``[typo] min_zipf`` common, the commonest first, as (spelling, the two letters as typed)."""
    from translit.read.lexicon import lexicon

    if len(norm) < W.typo.min_length or has_scheme_diacritics(norm) or "ʹ" in norm \
            or max(lexicon().western_zipf(norm)) >= W.typo.western_max:
        return []  # a word with a careful table's marks (ĭ, a tie, the prime ʹ) was not typed in haste
    found: dict[str, tuple[float, str]] = {}
    for i in range(1, len(norm) - 1):
        a, b = norm[i], norm[i + 1]
        if a == b or not (a.isalpha() and b.isalpha()) or a.isupper() or b.isupper():
            continue
        variant = norm[:i] + b + a + norm[i + 2:]
        zipf = word_facts(latin_forms(variant)[1]).best_frequency
        if zipf >= W.typo.min_zipf and variant not in found:
            found[variant] = (zipf, a + b)
    return [(v, ab) for v, (_, ab) in sorted(found.items(), key=lambda kv: -kv[1][0])]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typing_repairs(norm: str) -> list[tuple[str, str]]:
    """The spellings of ``norm`` that undo one typing slip and read as a Russian word form at least
    ``[typo] min_zipf`` common, as (spelling, what was undone): first the swaps of
    :func:`transposition_repairs`; then one of two same lower-case letters taken out (a letter typed
    twice: Novossibirsk); then one Latin letter put in between two letters (a letter left out:
    Krasnodr). Never at the end of the word: the end is where Russian inflects, and a letter more or
    less there makes another form of an unknown stem (Karlag is no Карла). Within each kind the
    commonest word first; the same conditions on ``norm`` as for swaps."""
    out = [(v, f"a typing slip: {t} read as {t[::-1]}") for v, t in transposition_repairs(norm)]
    if not out and _triable(norm):
        out = _ranked({norm[:i] + norm[i + 1:]: f"a typing slip: {norm[i]} typed twice"
                       for i in range(1, len(norm) - 1) if norm[i] == norm[i - 1] and norm[i].islower()})
        if not out:
            out = _ranked({norm[:i] + c + norm[i:]: f"a typing slip: {c} left out"
                           for i in range(1, len(norm)) for c in _LETTERS
                           if norm[i - 1].isalpha() and norm[i].isalpha() and norm[i].islower()})
    return out


def _triable(norm: str) -> bool:
    """Is ``norm`` long enough, unmarked by a careful table and not a Western word (as for swaps)?"""
    from translit.read.lexicon import lexicon

    return len(norm) >= W.typo.min_length and not has_scheme_diacritics(norm) and "ʹ" not in norm \
        and max(lexicon().western_zipf(norm)) < W.typo.western_max


def _ranked(variants: dict[str, str]) -> list[tuple[str, str]]:
    """The variants that read as a Russian word form at least ``[typo] min_zipf`` common, commonest first."""
    scored = [(word_facts(latin_forms(v)[1]).best_frequency, v, note) for v, note in variants.items()]
    return [(v, note) for z, v, note in sorted(scored, key=lambda t: -t[0]) if z >= W.typo.min_zipf]
