"""Gloss coverage and precision.

Coverage: the share of content words (nouns, adjectives, verbs, participles, adverbs, numerals)
that get a gloss or a name label, in 2,000 generated titles (benchmarks/_common.py, seed 1) and
in the real catalogue titles of ../shared/data/pairs/marc_catalog_pairs.tsv (MARC title fields,
Cyrillic and romanized). Precision: the share of acceptable first glosses in a hand-checked
sample of 200 words (benchmarks/data/gloss_judgements.tsv: word, first gloss, acceptable yes/no,
note). Each judged word is glossed again; a word whose first gloss has changed since it was
judged is reported as unjudged, not counted.

    python benchmarks/gloss.py            # the figures
    python benchmarks/gloss.py --sample   # write a fresh sample to judge (judgements left empty)
"""

from __future__ import annotations

import csv
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: E402
from _common import read_pairs, titles  # noqa: E402

# ../shared/data/pairs beside the checkout; $SHARED_PAIRS names another copy (a clone elsewhere)
if os.environ.get("SHARED_PAIRS"):
    _common.SHARED = Path(os.environ["SHARED_PAIRS"])

JUDGEMENTS = Path(__file__).resolve().parent / "data" / "gloss_judgements.tsv"
TITLE_FIELDS = re.compile(r"MARC (130|240|245|246|440|490|505|740|830)\b")


def real_titles() -> tuple[list[str], list[str]]:
    rows = [r for r in read_pairs("marc_catalog_pairs.tsv") if TITLE_FIELDS.search(r.get("scheme_or_context", ""))]
    return [r["cyrillic"] for r in rows], [r["romanized"] for r in rows]


def coverage(texts: list[str]) -> tuple[int, Counter, float]:
    from translit.glossary import gloss_text

    by_source: Counter = Counter()
    t0 = time.perf_counter()
    for t in texts:
        for w in gloss_text(t).words:
            if w.is_content or (w.source == "name" and w.kind != "initial"):
                by_source[w.source] += 1
    return len(texts), by_source, time.perf_counter() - t0


def report(label: str, texts: list[str]) -> None:
    n, by, secs = coverage(texts)
    content = sum(by.values())
    covered = content - by["none"]
    names = by["name"]
    print(f"{label:<34}{n:>7}{content:>9}{covered / content:>10.1%}"
          f"{(covered - names) / max(1, content - names):>13.1%}{names / content:>8.1%}{n / secs:>9.0f}")
    print(f"{'':<34}sources: " + ", ".join(f"{k} {v}" for k, v in by.most_common()))


def first_gloss(word: str) -> tuple[str, str]:
    from translit.glossary import gloss

    g = gloss(word)
    if not g:
        return "", "none"
    return (g[0].glosses[0] if g[0].glosses else ""), g[0].source


def sample(k: int = 200) -> None:
    """200 distinct content words glossed by the glossary or the dictionary: 150 from the
    generated titles (seed 2, not the coverage seed), 50 from the real catalogue titles."""
    from translit.glossary import gloss_text

    def pool(texts):
        seen, out = set(), []
        for t in texts:
            for w in gloss_text(t).words:
                key = w.cyrillic.lower()
                if w.is_content and w.source in ("glossary", "dictionary") and " " not in key and key not in seen:
                    seen.add(key)
                    out.append(w.cyrillic.lower())
        return out

    rng = random.Random(2)
    gen = rng.sample(pool(titles(600, seed=2)), 150)
    real = [w for w in pool(real_titles()[0]) if w not in gen]
    chosen = gen + rng.sample(real, min(len(real), k - len(gen)))
    JUDGEMENTS.parent.mkdir(parents=True, exist_ok=True)
    with open(JUDGEMENTS, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["word", "first_gloss", "acceptable", "note"])
        for word in chosen:
            w.writerow([word, first_gloss(word)[0], "", ""])
    print(f"wrote {len(chosen)} words to {JUDGEMENTS}: judge each (yes/no) before measuring")


def precision() -> None:
    if not JUDGEMENTS.exists():
        print("no judgements file: run with --sample and judge it")
        return
    with open(JUDGEMENTS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    ok = judged = 0
    changed, wrong = [], []
    for r in rows:
        if r["acceptable"] not in ("yes", "no"):
            changed.append((r["word"], r["first_gloss"], "(not judged)"))
            continue
        now, _ = first_gloss(r["word"])
        if now != r["first_gloss"]:
            changed.append((r["word"], r["first_gloss"], now))
            continue
        judged += 1
        ok += r["acceptable"] == "yes"
        if r["acceptable"] == "no":
            wrong.append((r["word"], r["first_gloss"], r["note"]))
    print(f"\nprecision of first glosses: {ok}/{judged} acceptable = {ok / max(1, judged):.1%} "
          f"({len(rows)} judged words; {len(changed)} unjudged: first gloss changed since judging)")
    for w, was, now in changed:
        print(f"  unjudged: {w}: judged {was!r}, now {now!r}")
    for w, g, note in wrong:
        print(f"  not acceptable: {w} = {g}" + (f" ({note})" if note else ""))


def main() -> None:
    from translit.glossary.dictionary import index, status

    if "--sample" in sys.argv:
        sample()
        return
    st = status()
    t0 = time.perf_counter()
    idx = index()
    print(f"dictionaries: {', '.join(st['dictionaries']) or 'none (' + st['note'] + ')'}; "
          f"index of {len(idx):,} Russian keys ready in {time.perf_counter() - t0:.1f} s")
    print(f"\n{'set':<34}{'texts':>7}{'content':>9}{'covered':>10}{'w/o names':>13}{'names':>8}{'texts/s':>9}")
    report("generated titles (seed 1)", titles(2000, seed=1))
    cyr, rom = real_titles()
    report("MARC titles, Cyrillic", cyr)
    report("MARC titles, romanized (read back)", rom)
    precision()


if __name__ == "__main__":
    main()
