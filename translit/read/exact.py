"""Exact inversion of the reversible schemes (ALA-LC with its marks, ISO 9, GOST 7.79 B).

When a text is known to be in a reversible scheme, written exactly, no lexicon is needed: the
longest Latin spelling at each point names one Cyrillic letter. This is also how the
round-trip property of those schemes is tested. (ALA-LC's one collision, щ = шч = ``shch``,
reads as щ.)
"""

from __future__ import annotations

import re
from functools import cache

from translit.errors import TranslitError
from translit.normalize import fold_ties, nfc, strip_stress
from translit.read.chunks import canonical_latin, canonical_signs
from translit.schemes import get_scheme

_EXACT = ("alalc", "iso9", "gost-779b")


@cache
def _table(scheme_id: str) -> tuple[dict[str, str], int]:
    scheme = get_scheme(scheme_id)
    table: dict[str, str] = {}
    canonical_latin = _folder(scheme_id)
    for cyr, lat in scheme.letters.items():
        table.setdefault(canonical_latin(lat), cyr)
    for cyr, lat in scheme.capitals.items():
        table.setdefault(canonical_latin(lat), cyr)
    for rule in scheme.rules:
        if rule.option is None and rule.output:
            table.setdefault(canonical_latin(rule.output), rule.match)
    return table, max(len(k) for k in table)


def _folder(scheme_id: str, keep_case: bool = False):
    """GOST B spells signs with runs of backticks (y` ``), so its signs are not folded."""
    if scheme_id == "gost-779b":
        return nfc if keep_case else (lambda s: nfc(s.lower()))
    return canonical_signs if keep_case else canonical_latin


def unromanize(text: str, scheme: str) -> str:
    """Invert an exact romanization in a reversible scheme, letter by letter."""
    if scheme not in _EXACT:
        raise TranslitError(f"exact inversion needs a reversible scheme ({', '.join(_EXACT)}), not {scheme!r}")
    table, longest = _table(scheme)
    canonical_signs = _folder(scheme, keep_case=True)
    text = nfc(strip_stress(fold_ties(text)))

    def word(m) -> str:
        tok = canonical_signs(m.group())
        low = tok.lower()
        out, i, n = [], 0, len(low)
        # An all-caps word needs a capital beyond its first letter's spelling (I͡U alone is Ю).
        first = next((k for k in range(min(longest, n), 0, -1) if low[:k] in table), 1)
        cased = [c for c in tok if c.upper() != c.lower()]
        rest = [c for c in tok[first:] if c.upper() != c.lower()]
        upper_word = bool(rest) and all(c.isupper() for c in cased)
        while i < n:
            for size in range(min(longest, n - i), 0, -1):
                cyr = table.get(low[i:i + size])
                if cyr is not None:
                    if upper_word or tok[i].isupper():
                        cyr = cyr.upper() if upper_word else cyr[:1].upper() + cyr[1:]
                    out.append(cyr)
                    i += size
                    break
            else:
                out.append(tok[i])
                i += 1
        return "".join(out)

    return _SIGNED.sub(word, text)



# Latin words with the signs of the exact schemes inside or after them (ʹ ʺ `).
_SIGNED = re.compile(r"[^\W\d_][^\W\d_\u0300-\u036f\u0361ʹʺ`]*(?:[\u0300-\u036f\u0361ʹʺ`]+[^\W\d_]*)*")
