"""Language chosen per text by default: does Russian still come out exactly as with ``--lang ru``?

The commands (romanize, cyrillic, convert, key; CLI, API and batch) identify each text's language
when none is named (``translit.langs.choose``), taking Russian when unsure. This script runs the
Russian benchmark sets through each command twice, by default and with ``lang="ru"`` (the Russian
path as it was), and counts the texts whose output differs (each is a regression), then measures
the cost of choosing:
 1. every Russian scheme's own samples (cyrillic on the Latin, romanize on the Cyrillic);
 2. generated titles (2,000, seed 11, as reverse_accuracy.py set 2) romanized into every Russian
    scheme: cyrillic and key on each, romanize on the Cyrillic;
 3. the real catalogue pairs (marc_catalog_pairs.tsv, ALA-LC rows): cyrillic and key on the
    romanized field, romanize on the 880;
 4. the prose sentences of benchmarks/prose.py (dev, held-out, MARC notes): convert line by line to
    alalc and to cyrillic, cyrillic with the running-text policy;
 5. speed: words per CPU second of ``cyrillic`` on set 2 in alalc-plain (reading_speed.py's set 1),
    every reader cache and the choice cache emptied first, by default against ``lang="ru"``.
The other languages' side (how often the default picks the right language) is in languages.py.

Usage: python benchmarks/default_language.py [--titles N] [--show N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import read_pairs, titles  # noqa: E402


def compare(label: str, command: str, texts: list[str], show: int, **opts) -> int:
    from translit.commands import COMMANDS

    c = COMMANDS[command]
    full = c.complete(opts)
    diffs = []
    for t in texts:
        a = c.line(t, **dict(full, lang=None))
        b = c.line(t, **dict(full, lang="ru"))
        if a != b:
            diffs.append((t, a, b))
    print(f"{label:<58}{len(texts):>7}{len(diffs):>9}")
    for t, a, b in diffs[:show]:
        print(f"    {t!r}\n      default: {a!r}\n      ru:      {b!r}")
    return len(diffs)


def clear() -> None:
    from translit.langs.choose import choose
    from translit.read.candidates import clear_caches

    clear_caches()
    choose.cache_clear()


def speed(texts: list[str], lang: str | None) -> float:
    from translit.commands import COMMANDS

    c = COMMANDS["cyrillic"]
    opts = c.complete({"lang": lang})
    clear()
    n = sum(len(s.split()) for s in texts)
    t0 = time.process_time()
    for s in texts:
        c.line(s, **opts)
    return n / (time.process_time() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--titles", type=int, default=2000)
    ap.add_argument("--show", type=int, default=3, help="print up to N differing texts per row")
    args = ap.parse_args()

    import translit
    from translit.schemes import SCHEME_IDS, all_schemes

    print(f"{'set':<58}{'texts':>7}{'differ':>9}")
    total = 0
    samples = [(smp.latin, smp.cyrillic, s.id) for s in all_schemes() for smp in s.samples]
    total += compare("1. samples: cyrillic", "cyrillic", [lat for lat, _, _ in samples], args.show)
    for sid in SCHEME_IDS:
        total += compare(f"1. samples: romanize {sid}", "romanize", [c for _, c, _ in samples], args.show,
                         scheme=sid)
    gen = titles(args.titles, seed=11)
    latin = [translit.romanize(t, sid) for sid in SCHEME_IDS for t in gen]
    total += compare("2. generated titles, every scheme: cyrillic", "cyrillic", latin, args.show)
    total += compare("2. generated titles, every scheme: key", "key", latin, args.show)
    total += compare("2. generated titles: romanize alalc", "romanize", gen, args.show)
    pairs = [r for r in read_pairs("marc_catalog_pairs.tsv") if r["scheme_or_context"].startswith("ALA-LC")]
    total += compare("3. catalogue pairs: cyrillic", "cyrillic", [r["romanized"] for r in pairs], args.show)
    total += compare("3. catalogue pairs: key", "key", [r["romanized"] for r in pairs], args.show)
    total += compare("3. catalogue pairs: romanize the 880", "romanize", [r["cyrillic"] for r in pairs], args.show)
    from prose import PARTS, load

    prose = [s.text for part in PARTS for s in load(part)]
    total += compare("4. prose: convert --to alalc", "convert", prose, args.show, to="alalc")
    total += compare("4. prose: convert --to cyrillic", "convert", prose, args.show, to="cyrillic")
    total += compare("4. prose: cyrillic --policy running", "cyrillic", prose, args.show, policy="running")
    print(f"texts whose output differs from the Russian path: {total}")

    plain = [translit.romanize(t, "alalc-plain") for t in gen]
    for s in plain[:20]:  # load the dictionaries and models before timing
        translit.to_cyrillic(s)
        from translit.langs.choose import choose

        choose(s)
    ru = speed(plain, "ru")
    auto = speed(plain, None)
    print(f"5. cyrillic, cold, alalc-plain: {ru:,.0f} words/CPU s with --lang ru, {auto:,.0f} by default "
          f"({auto / ru:.0%})")


if __name__ == "__main__":
    main()
