"""Typing slips inside a romanized Russian word: two neighbouring letters swapped (Novosibrisk,
Tchaikovksy, Irkustk for Novosibirsk, Tchaikovsky, Irkutsk), the commonest slip of a typist after a
wrong key (Damerau 1964: about 80 % of misspellings are one insertion, deletion, substitution or
transposition; a transposition of neighbours keeps every letter, so the word stays recognizable).

:func:`transposition_repairs` is tried by the reader (words.py) only for a word no scheme spells as a
Russian word form and no OCR slip explains (its only reading the trigram model's guess), that no
Western language writes, and that bears no mark of a careful table (ĭ, a tie, the prime ʹ): each swap
of two neighbouring lower-case letters after the first, the spellings that read as a Russian word form
at least ``[typo] min_zipf`` common. A reading through one costs ``[typo] cost`` slips (its confidence
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
