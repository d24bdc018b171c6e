"""Match keys, running-text conversion and clustering: speed and quality.

- keys per second (titles and names in several schemes);
- convert throughput on a generated bibliography (default 10 MB; --mb to change);
- cluster quality as pair precision and recall, on (a) the RERO/GND authority variants of
  shared/data (real headings of ~15 people and bodies, clustered by MEF id) and (b) a generated
  names set (dictionary forenames and surnames, in several schemes, inverted and with initials),
  beside rapidfuzz alone on the raw strings and a keying by unidecode; (c) with ``--set heldout``,
  a hand-written held-out set of ~20 Russian persons in national-library spellings
  (``data/heading_variants_heldout.tsv``: HELD OUT, run it, never read its failures).

``--clusters-only`` skips the speed figures; ``--set`` picks the cluster sets (rero, names,
heldout; default rero,names); ``--show N`` prints up to N gold pairs translit does not join
and N it joins wrongly, with their keys (never on the held-out set).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import read_pairs, russian_words, titles  # noqa: E402


def pairs_of(groups: list[list[int]]) -> set[tuple[int, int]]:
    out = set()
    for g in groups:
        out.update(combinations(sorted(g), 2))
    return out


def score(pred: list[list[int]], gold: list[list[int]]) -> tuple[float, float]:
    p, g = pairs_of(pred), pairs_of(gold)
    tp = len(p & g)
    return (tp / len(p) if p else 1.0, tp / len(g) if g else 1.0)


def rapidfuzz_raw(texts: list[str], threshold: float = 85) -> list[list[int]]:
    from rapidfuzz import fuzz

    parent = list(range(len(texts)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    low = [t.lower() for t in texts]
    for i, j in combinations(range(len(texts)), 2):
        if fuzz.token_sort_ratio(low[i], low[j]) >= threshold:
            parent[find(j)] = find(i)
    groups = defaultdict(list)
    for i in range(len(texts)):
        groups[find(i)].append(i)
    return list(groups.values())


def unidecode_keys(texts: list[str]) -> list[list[int]]:
    from unidecode import unidecode

    groups = defaultdict(list)
    for i, t in enumerate(texts):
        k = " ".join(sorted(re.findall(r"[a-z0-9]+", unidecode(t).lower())))
        groups[k].append(i)
    return list(groups.values())


def translit_clusters(texts: list[str]) -> list[list[int]]:
    from translit.clustering import cluster

    index = {t: i for i, t in enumerate(texts)}
    return [[index[m.text] for m in c.members] for c in cluster(texts)]


def rero_set() -> tuple[list[str], list[list[int]]]:
    rows = read_pairs("rero_mef_authority_variants.tsv")
    by: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if "FLAG" in r["scheme_or_context"]:
            continue
        m = re.search(r"MEF cluster (\d+)", r["scheme_or_context"])
        if m:
            by[m.group(1)].update([r["romanized"], r["cyrillic"]])
    texts, gold = [], []
    seen = set()
    for members in by.values():
        g = []
        for t in sorted(members):
            if t not in seen:
                seen.add(t)
                g.append(len(texts))
                texts.append(t)
        if g:
            gold.append(g)
    return texts, gold


def heldout_set() -> tuple[list[str], list[list[int]]]:
    """The hand-written held-out headings (entity, heading), grouped by entity."""
    path = Path(__file__).resolve().parent / "data" / "heading_variants_heldout.tsv"
    by: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("entity\t"):
            continue
        ent, heading = line.split("\t")[:2]
        by[ent].append(heading)
    texts, gold, seen = [], [], set()
    for members in by.values():
        g = []
        for t in members:
            if t not in seen:
                seen.add(t)
                g.append(len(texts))
                texts.append(t)
        gold.append(g)
    return texts, gold


def show_failures(texts: list[str], pred: list[list[int]], gold: list[list[int]], n: int) -> None:
    """Print up to ``n`` missed gold pairs and ``n`` wrong joins, with the keys."""
    from translit.matchkey import key

    p, g = pairs_of(pred), pairs_of(gold)
    for label, pairs in (("missed", sorted(g - p)), ("wrongly joined", sorted(p - g))):
        print(f"\n### {label}: {len(pairs)} pairs")
        for i, j in pairs[:n]:
            print(f"{texts[i]!r} [{key(texts[i])}]  <>  {texts[j]!r} [{key(texts[j])}]")


def names_set(n: int = 150) -> tuple[list[str], list[list[int]]]:
    from translit import romanize
    from translit.read import lexicon as lx

    lex = lx.lexicon()
    words = russian_words(80000)
    surnames = [w for w in words if (e := lex.get(w)) and e[1] & lx.SURN and len(w) > 4][:n]
    given = [w for w in words if (e := lex.get(w)) and e[1] & lx.NAME and len(w) > 3][:40]
    rng = random.Random(5)
    texts, gold = [], []
    for s in surnames:
        g = given[rng.randrange(len(given))]
        S, G = s.capitalize(), g.capitalize()
        forms = {f"{S}, {G}", f"{G} {S}"}
        for scheme in ("alalc", "alalc-plain", "bgn-pcgn", "iso9", "german", "french", "polish"):
            forms.add(romanize(f"{S}, {G}", scheme))
        forms.add(romanize(f"{G[0]}. {S}", "alalc-plain"))
        start = len(texts)
        texts.extend(sorted(forms))
        gold.append(list(range(start, len(texts))))
    return texts, gold


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--clusters-only", action="store_true", help="skip the speed figures")
    ap.add_argument("--set", default="rero,names", help="cluster sets: rero,names,heldout")
    ap.add_argument("--show", type=int, default=0, help="print N missed and N wrong pairs (not on heldout)")
    ap.add_argument("--translit-only", action="store_true", help="skip the rapidfuzz and unidecode rows")
    args = ap.parse_args()
    if not args.clusters_only:
        speed(args.mb)
    sets = {"rero": ("RERO/GND authority variants", rero_set), "names": ("generated names", names_set),
            "heldout": ("hand-written held-out headings", heldout_set)}
    for name in args.set.split(","):
        label, make = sets[name]
        texts, gold = make()
        print(f"\n## cluster quality: {label} ({len(texts)} headings, {len(gold)} entities)")
        print(f"{'method':<34}{'precision':>10}{'recall':>8}")
        methods = [("translit cluster", translit_clusters)]
        if not args.translit_only:
            methods += [("rapidfuzz on raw strings", rapidfuzz_raw)]
            try:
                import unidecode  # noqa: F401

                methods += [("unidecode keys", unidecode_keys)]
            except ImportError:
                print("(unidecode is not installed: no unidecode row)")
        for mname, fn in methods:
            pred = fn(texts)
            p, r = score(pred, gold)
            print(f"{mname:<34}{p:>10.1%}{r:>8.1%}")
            if args.show and mname == "translit cluster" and name != "heldout":
                show_failures(texts, pred, gold, args.show)


def speed(mb: float) -> None:
    """Keys per second and convert throughput."""
    import translit
    from translit.matchkey import key

    # keys per second
    sample = [translit.romanize(t, s) for t in titles(2000, seed=4) for s in ("alalc", "bgn-pcgn", "german")]
    t = time.perf_counter()
    for s in sample:
        key(s)
    print(f"keys: {len(sample) / (time.perf_counter() - t):,.0f} per second ({len(sample):,} titles in 3 schemes)")

    # convert throughput
    lines = []
    rng = random.Random(8)
    for t_ in titles(3000, seed=8):
        author = rng.choice(["A. Kolesnikov", "O. Khlevniuk", "R. Conquest", "S. Fitzpatrick", "I. Pavlova"])
        lines.append(f"{author}, {translit.romanize(t_, rng.choice(['alalc-plain', 'bgn-pcgn', 'popular']))} "
                     f"(Moscow: ROSSPEN, {rng.randint(1960, 2020)}), pp. {rng.randint(1, 300)}-{rng.randint(301, 600)}.")
    text = "\n".join(lines)
    target = int(mb * 1_000_000)
    big = (text + "\n") * (target // len(text) + 1)
    big = big[:target]
    t = time.perf_counter()
    for line in big.splitlines():
        translit.convert(line, to="alalc")
    dt = time.perf_counter() - t
    print(f"convert: {len(big) / 1e6:.1f} MB bibliography in {dt:.1f} s = {len(big) / dt / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
