"""Romanization throughput: translit against iuliia, transliterate, cyrtranslit and PyICU.

The same 1 MB of Russian text (titles drawn from wordfreq's list plus the catalogue pairs,
fixed seed) goes through every tool in one run; the report gives characters per second and the
ratio to iuliia. translit's ALA-LC output is checked against the exact inverse first, so a fast
wrong answer cannot win.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import read_pairs, titles  # noqa: E402


def corpus(size: int = 1_000_000) -> str:
    parts = [r["cyrillic"] for r in read_pairs("marc_catalog_pairs.tsv")]
    parts += titles(40000, seed=7)
    text, out, n = "\n".join(parts), [], 0
    while n < size:
        out.append(text)
        n += len(text)
    return "\n".join(out)[:size]


def bench(fn, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return len(text) / best


def main() -> None:
    import translit
    from translit.read.exact import unromanize

    text = corpus()
    tools = {
        "translit alalc": lambda s: translit.romanize(s, "alalc"),
        "translit alalc-plain": lambda s: translit.romanize(s, "alalc-plain"),
        "translit iso9": lambda s: translit.romanize(s, "iso9"),
        "translit bgn-pcgn": lambda s: translit.romanize(s, "bgn-pcgn"),
    }
    try:
        import iuliia

        tools["iuliia ala_lc"] = iuliia.ALA_LC.translate
        tools["iuliia gost_779 (ISO 9)"] = iuliia.GOST_779.translate
    except ImportError:
        pass
    try:
        from transliterate import translit as tr

        tools["transliterate ru"] = lambda s: tr(s, "ru", reversed=True)
    except ImportError:
        pass
    try:
        import cyrtranslit

        tools["cyrtranslit ru"] = lambda s: cyrtranslit.to_latin(s, "ru")
    except ImportError:
        pass
    try:
        import icu

        tools["PyICU Russian-Latin/BGN"] = icu.Transliterator.createInstance("Russian-Latin/BGN").transliterate
    except Exception:
        pass
    # correctness gate: ALA-LC output of the generated titles inverts exactly back (щ/шч aside)
    sample = [t for t in titles(3000, seed=7) if "шч" not in t.lower()]
    wrong = sum(unromanize(translit.romanize(t, "alalc"), "alalc") != t for t in sample)
    print(f"# {len(text):,} characters; ALA-LC titles that do not invert exactly: {wrong} of {len(sample)}")
    # Rounds interleave the tools, so a slow moment of this shared machine hits all of them alike;
    # each tool's best round counts.
    results = {name: 0.0 for name in tools}
    for _ in range(5):
        for name, fn in tools.items():
            results[name] = max(results[name], bench(fn, text, repeat=1))
    base = results.get("iuliia ala_lc")
    print(f"{'tool':<34}{'chars/s':>14}{'× iuliia':>10}")
    for name, cps in results.items():
        ratio = f"{cps / base:.1f}" if base else "n/a"
        print(f"{name:<34}{cps:>14,.0f}{ratio:>10}")


if __name__ == "__main__":
    main()
