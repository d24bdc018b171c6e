"""Agreement of romanize(..., "alalc") with the ALA-LC that cataloguers wrote in real records.

Ties (U+0361 vs U+FE20/U+FE21) and Unicode normalization are folded on both sides; every
disagreement is printed with its category so it can be studied.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import read_pairs  # noqa: E402


def main() -> None:
    import translit
    from translit.normalize import fold_ties

    def norm(s: str) -> str:
        return unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s)))

    def letters(s: str) -> str:
        return re.sub(r"[\W\d_]+", "", s.lower())

    rows = read_pairs("marc_catalog_pairs.tsv")
    ok = 0
    other = []
    punct = 0
    for r in rows:
        got = norm(translit.romanize(unicodedata.normalize("NFC", r["cyrillic"]), "alalc"))
        want = norm(r["romanized"])
        if got == want:
            ok += 1
        elif letters(got) == letters(want):
            punct += 1
        else:
            other.append((want, got))
    print(f"agree: {ok} of {len(rows)}; punctuation or spacing only: {punct}; other: {len(other)}")
    for want, got in other:
        print(f"  record : {want[:110]}\n  translit: {got[:110]}")


if __name__ == "__main__":
    main()
