"""Mojibake repair accuracy: translit.fix against ftfy alone, on Russian phrases garbled
through every wrong decoding, once and twice (fixed seed)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import titles  # noqa: E402

DAMAGE = [("cp1251", "cp1252"), ("cp1251", "latin-1"), ("utf-8", "cp1251"), ("utf-8", "latin-1"), ("utf-8", "cp1252"),
          ("koi8-r", "cp1251"), ("cp1251", "koi8-r"), ("utf-8", "koi8-r"), ("cp866", "cp1251")]


def garble(text: str, chain: list[tuple[str, str]]) -> str:
    for true, read_as in chain:
        text = text.encode(true, errors="replace").decode(read_as, errors="replace")
    return text


def main() -> None:
    import ftfy

    from translit.repair import fix

    rng = random.Random(3)
    phrases = titles(300, seed=3)
    rows = {"once": [], "twice": [], "nbsp": []}
    for p in phrases:
        # UTF-8 read as cp1251 and passed through a web page or editor that turned the no-break
        # space (the second byte of "Р", D0 A0) into a plain space; headings in title case, so
        # that capital Р occurs
        heading = " ".join(w[:1].upper() + w[1:] for w in p.split())
        if "Р" in heading:
            rows["nbsp"].append((heading, garble(heading, [("utf-8", "cp1251")]).replace("\xa0", " "), None))
        d = rng.choice(DAMAGE)
        rows["once"].append((p, garble(p, [d]), d))
        d1, d2 = rng.choice(DAMAGE), rng.choice(DAMAGE)
        rows["twice"].append((p, garble(p, [d1, d2]), (d1, d2)))
    print(f"{'set':<8}{'cases':>7}{'lossless':>10}{'translit':>11}{'ftfy':>8}")
    for name, cases in rows.items():
        lossless = [(p, g) for p, g, _ in cases if "\ufffd" not in g and "?" not in g.replace(p, "")]
        ok_t = sum(fix(g).text == p for p, g in lossless)
        ok_f = sum(ftfy.fix_text(g) == p for p, g in lossless)
        n = len(lossless)
        print(f"{name:<8}{len(cases):>7}{n:>10}{ok_t / n:>11.1%}{ok_f / n:>8.1%}")
    # lossy cases: letters already lost must be reported, not guessed
    lossy = [(p, g) for p, g, _ in rows["once"] if "\ufffd" in g]
    guessed = sum(1 for p, g in lossy if "\ufffd" not in fix(g).text and fix(g).text != p)
    reported = sum(1 for p, g in lossy if fix(g).lost)
    print(f"lossy single damage: {len(lossy)} cases, lost letters reported in {reported}, silently guessed in {guessed}")


if __name__ == "__main__":
    main()
