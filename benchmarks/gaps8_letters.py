"""Survey: every Russian scheme x every non-Russian Cyrillic letter -> what romanize and convert write.

Run: PYTHONPATH=. python benchmarks/gaps8_letters.py [--table]
Prints, per scheme, the letters whose output still holds a Cyrillic letter (a gap), for
``romanize(letter, scheme)`` (the Russian table, lang=None) and for ``convert(letter, to=scheme)``.
"""
import re
import sys

from translit.conversion import convert
from translit.romanize import romanize
from translit.schemes import SCHEME_IDS

LETTERS = "іїєґўђјљњћџѓќѕѣѳѵѫѭѐѝ"
CYR = re.compile("[\u0400-\u052f]")


def survey():
    rows = {}
    for sid in SCHEME_IDS:
        for ch in LETTERS + LETTERS.upper():
            word = "а" + ch + "а"  # inside a word, so context rules see neighbours
            rows[(sid, ch, "romanize")] = romanize(word, sid)
            rows[(sid, ch, "convert")] = convert(word, to=sid).text
    return rows


def survey_languages():
    """The same letters through every language's own schemes (romanize with lang=...)."""
    from translit.schemes import languages

    rows = {}
    for lang, row in languages().items():
        if lang == "ru":
            continue
        for sid in row["schemes"]:
            for ch in LETTERS + LETTERS.upper():
                rows[(f"{lang}/{sid}", ch)] = romanize("а" + ch + "а", sid, lang=lang)
    return rows


def main():
    rows = survey()
    gaps = {k: v for k, v in rows.items() if CYR.search(v)}
    total = len(rows)
    print(f"cells: {total}; with Cyrillic left: {len(gaps)}")
    for sid in SCHEME_IDS:
        for mode in ("romanize", "convert"):
            left = sorted({ch for (s, ch, m) in gaps if s == sid and m == mode})
            print(f"{sid:18} {mode:9} gaps={len(left):3} {''.join(left)}")
    langs = survey_languages()
    lgaps = {k: v for k, v in langs.items() if CYR.search(v)}
    print(f"language schemes: cells {len(langs)}; with Cyrillic left: {len(lgaps)}")
    for key in sorted({s for s, _ in lgaps}):
        print(f"{key:18} gaps {''.join(sorted(ch for s, ch in lgaps if s == key))}")
    if "--table" in sys.argv:
        for sid in SCHEME_IDS:
            print(sid, " ".join(f"{ch}={rows[(sid, ch, 'romanize')][1:-1]}" for ch in LETTERS))


if __name__ == "__main__":
    main()
