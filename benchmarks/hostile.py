"""Hostile input, measured: how often ``fix`` changes text that is not Russian (phrases of
wordfreq's most frequent French, German, Spanish, Portuguese, Polish, Czech and Turkish words, the
letters with diacritics that mojibake is made of), how often ``fix(fix(x)) != fix(x)`` and
``key(key(x)) != key(x)`` on random strings of the characters mojibake is made of (fixed seed),
and whether Russian mojibake inside English prose is repaired.

    .venv/bin/python benchmarks/hostile.py [--n 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import titles  # noqa: E402

LANGS = ("fr", "de", "es", "pt", "pl", "cs", "tr")
ALPHABET = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x80, 0x100)]
            + [chr(c) for c in range(0x400, 0x460)] + list("\u0301\u0306\u0361\ufe20\ufe21ʹʺ€„…–—\u2500\ufffd"))
ENGLISH = ("The book {} was read in the archive.", "See {} (Moscow, 1991), p. 12.", "He wrote {} in 1937.")


def western_phrases(rng: random.Random, per_lang: int) -> list[str]:
    from wordfreq import top_n_list

    out = []
    for lang in LANGS:
        words = [w for w in top_n_list(lang, 5000) if w.isalpha()]
        accented = [w for w in words if any(ord(c) > 127 for c in w)]
        for _ in range(per_lang):
            phrase = [rng.choice(accented)] + rng.sample(words, rng.randint(0, 4))
            rng.shuffle(phrase)
            out.append(" ".join(phrase))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    import translit
    from translit.repair import fix

    rng = random.Random(7)
    western = western_phrases(rng, args.n // len(LANGS))
    changed = [p for p in western if fix(p).text != p]
    noise = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))) for _ in range(args.n)]
    fix_unstable = sum(1 for s in noise if fix(fix(s).text).text != fix(s).text)
    key_unstable = sum(1 for s in noise if translit.key(translit.key(s)) != translit.key(s))
    key_spaces = sum(1 for s in noise if translit.key(s) != " ".join(translit.key(s).split()))
    prose = []
    for t in titles(100, seed=11):
        damaged = t.encode("cp1251", errors="replace").decode("cp1252", errors="replace")
        if "\ufffd" in damaged or "?" in damaged:
            continue
        sentence = rng.choice(ENGLISH)
        prose.append(fix(sentence.format(damaged)).text == sentence.format(t))
    print(f"western phrases changed by fix: {len(changed)} of {len(western)} ({100 * len(changed) / len(western):.1f} %)")
    for p in changed[:5]:
        print(f"   {p!r} -> {fix(p).text!r}")
    print(f"fix(fix(x)) != fix(x): {fix_unstable} of {len(noise)} random strings")
    print(f"key(key(x)) != key(x): {key_unstable} of {len(noise)}; keys with stray spaces: {key_spaces}")
    print(f"cp1251-as-cp1252 Russian inside English sentences repaired: {sum(prose)} of {len(prose)}")


if __name__ == "__main__":
    main()
