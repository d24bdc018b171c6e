"""Reverse-reading accuracy and speed: translit against transliterate, cyrtranslit and PyICU.

Sets (word accuracy and whole-string accuracy, case-insensitive, ё = е):
 1. every scheme's own sample pairs, reversed;
 2. generated titles (2–8 words drawn by frequency from wordfreq, fixed seed) romanized by
    translit into every scheme;
 3. the real catalogue pairs (romanized field → its 880 field), whole and in two halves split
    by record (``split_by_record``): the development half, and the held-out half that no rule
    may be written from;
 4. surnames the dictionary tags Surn, in the national conventions (German, French, Polish, Czech,
    Spanish, Dutch, Swedish, Finnish, Italian, Norwegian, Hungarian, Romanian, Turkish) and the popular English ones.
Then speed: words per CPU second with the reader's caches emptied and once warm, and a cold
`translit cyrillic` (wall time).

``--misses N`` prints, instead of the tables, up to N fields of the development half of the
catalogue pairs and N generated titles per scheme that translit reads wrong (never the held-out
half), each with the words that differ, then the counts of wrong words by (got, wanted).

``--catalogue`` prints set 3 alone (the catalogue pairs and their halves), for a quick before/after.

Usage: python benchmarks/reverse_accuracy.py [--titles N] [--misses N] [--catalogue]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (fold, peers_to_cyrillic, read_pairs, russian_words, split_by_record, titles,  # noqa: E402
                     word_accuracy)


def catalogue_pairs() -> dict[str, list[dict[str, str]]]:
    """Set 3: the ALA-LC rows of the catalogue pairs, whole and split by record into the half
    the leniency rules may be written from and the half held out from them."""
    pairs = read_pairs("marc_catalog_pairs.tsv")
    dev, held = split_by_record(pairs)  # the split of the whole file, as every benchmark sees it
    alalc = lambda rows: [r for r in rows if r["scheme_or_context"].startswith("ALA-LC")]  # noqa: E731
    return {"all": alalc(pairs), "development half": alalc(dev), "held-out half": alalc(held)}


def show_catalogue(read, peers) -> None:
    """Set 3: the catalogue pairs, whole and in the halves of split_by_record, translit beside the peers."""
    for label, cat in catalogue_pairs().items():
        rows = {"translit (scheme detected)": word_accuracy([(read(r["romanized"]), r["cyrillic"]) for r in cat])}
        for name, fn in peers.items():
            rows[name] = word_accuracy([(fn(r["romanized"]), r["cyrillic"]) for r in cat])
        show(f"3. real catalogue pairs, romanized field → 880, {label} ({len(cat)} fields)", rows)


def show(label: str, rows: dict[str, tuple[float, float]]) -> None:
    print(f"\n## {label}")
    print(f"{'':<40}{'words':>8}{'strings':>9}")
    for name, (w, s) in rows.items():
        print(f"{name:<40}{w:>8.1%}{s:>9.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--titles", type=int, default=2000)
    ap.add_argument("--misses", type=int, default=0, help="print N misses of the development half and "
                    "of the generated titles per scheme, then stop")
    ap.add_argument("--catalogue", action="store_true", help="print set 3 only (the catalogue pairs, whole "
                    "and in their two halves), then stop")
    args = ap.parse_args()
    if args.misses:
        return show_misses(args.misses, args.titles)

    import translit
    from translit.schemes import SCHEME_IDS, all_schemes

    peers = peers_to_cyrillic()
    read = lambda s, sc=None: translit.to_cyrillic(s, scheme=sc).text  # noqa: E731
    if args.catalogue:
        return show_catalogue(read, peers)

    # 1. samples
    pairs = [(smp.latin, smp.cyrillic, s.id) for s in all_schemes() for smp in s.samples]
    rows = {"translit (scheme detected)": word_accuracy([(read(l), c) for l, c, _ in pairs])}
    for name, fn in peers.items():
        rows[name] = word_accuracy([(fn(l), c) for l, c, _ in pairs])
    show(f"1. scheme samples reversed ({len(pairs)} pairs)", rows)

    # 2. generated titles, per scheme
    gen = titles(args.titles, seed=11)
    print(f"\n## 2. generated titles ({len(gen)} titles, {sum(len(t.split()) for t in gen)} words) per scheme")
    print(f"{'scheme':<18}{'translit':>10}{'strings':>9}" + "".join(f"{n[:22]:>24}" for n in peers))
    elapsed = 0.0  # time spent reading (scheme detected), not romanizing or running the peers
    nwords = 0
    for sid in SCHEME_IDS:
        latin = [translit.romanize(t, sid) for t in gen]
        nwords += sum(len(t.split()) for t in gen)
        t0 = time.process_time()
        readings = [read(l) for l in latin]
        elapsed += time.process_time() - t0
        w, s = word_accuracy(list(zip(readings, gen)))
        cells = "".join(f"{word_accuracy([(fn(l), c) for l, c in zip(latin, gen)])[0]:>24.1%}" for fn in peers.values())
        print(f"{sid:<18}{w:>10.1%}{s:>9.1%}{cells}")

    # 2b. the same titles romanized by iuliia, where iuliia's table is right (titles without ё,
    # which several iuliia schemas leave in Cyrillic)
    try:
        import iuliia

        no_yo = [t for t in gen if "ё" not in t.lower()]
        print(f"\n## 2b. generated titles romanized by iuliia ({len(no_yo)} without ё)")
        for sid, schema in (("alalc", "ALA_LC"), ("bgn-pcgn", "BGN_PCGN"), ("iso9", "GOST_779"),
                            ("scholarly", "SCIENTIFIC"), ("icao", "ICAO_DOC_9303"), ("popular", "WIKIPEDIA")):
            sch = getattr(iuliia, schema)
            latin = [sch.translate(t) for t in no_yo]
            w, st = word_accuracy([(read(l), c) for l, c in zip(latin, no_yo)])
            print(f"{sid + ' (iuliia ' + schema.lower() + ')':<40}{w:>8.1%}{st:>9.1%}")
    except ImportError:
        pass

    # calibration: among readings at confidence >= 0.9, how many are right (whole string)?
    hi = right = 0
    for sid in SCHEME_IDS:
        for t in gen[:300]:
            r = translit.to_cyrillic(translit.romanize(t, sid))
            if r.confidence >= 0.9:
                hi += 1
                right += fold(r.text) == fold(t)
    print(f"calibration: {hi} readings at confidence >= 0.9, {right / max(hi, 1):.1%} of them right "
          f"(goal >= 90%)")

    # 3. real catalogue pairs, whole and in the halves of split_by_record
    show_catalogue(read, peers)

    # 4. surnames in national conventions
    from translit.read import lexicon as lx

    lex = lx.lexicon()
    surnames = [w for w in russian_words(60000) if (e := lex.get(w)) and e[1] & lx.SURN and len(w) > 4][:600]
    surnames = [w[:1].upper() + w[1:] for w in surnames]
    print(f"\n## 4. surnames (pymorphy3 Surn, {len(surnames)}) in national conventions: share right")
    for sid in ("german", "french", "polish", "czech", "spanish", "dutch", "swedish", "finnish", "italian", "norwegian",
                "hungarian", "romanian", "turkish", "popular", "bgn-pcgn"):
        latin = [translit.romanize(n, sid) for n in surnames]
        ok = sum(fold(read(l)) == fold(n) for l, n in zip(latin, surnames))
        print(f"{sid:<18}{ok / len(surnames):>8.1%}")

    # 5. real names in national conventions: surnames of authority headings and Wikidata labels
    print("\n## 5. surnames in real authority headings and Wikidata labels (share right)")
    rero = [r for r in read_pairs("rero_mef_authority_variants.tsv") if "FLAG" not in r["scheme_or_context"]]
    pairs5 = []
    for r in rero:  # Latin-script surnames only (the clusters also hold Hebrew, CJK and pseudonyms)
        lat = r["romanized"].split(",")[0].strip()
        cyr = r["cyrillic"].split(",")[0].strip()
        if lat and cyr and " " not in cyr and re.fullmatch(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'ʹ’-]+", lat):
            pairs5.append((lat, cyr))
    pairs5 = sorted(set(pairs5))
    ok = sum(fold(read(l)) == fold(c) for l, c in pairs5)
    print(f"{'RERO/GND/IdRef headings (distinct surnames)':<48}{ok}/{len(pairs5)} = {ok / max(1, len(pairs5)):.1%}")
    duma = read_pairs("everypolitician_wikidata_duma_names.tsv")
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for r in duma:
        lat = r["romanized"].split()[-1] if r["romanized"].split() else ""
        # the Russian label is "Surname, Given Patronymic" or "Given Patronymic Surname"
        cyr = r["cyrillic"].split(",")[0].strip() if "," in r["cyrillic"] else r["cyrillic"].split()[-1]
        langs = re.findall(r"(\w+) Wikidata label", r["scheme_or_context"])
        if lat and cyr:
            by_lang.setdefault(langs[0] if langs else "other", []).append((lat, cyr))
    for lang, prs in sorted(by_lang.items(), key=lambda kv: -len(kv[1])):
        ok = sum(fold(read(l)) == fold(c) for l, c in prs)
        print(f"{'Wikidata ' + lang + ' labels':<48}{ok}/{len(prs)} = {ok / len(prs):.1%}")

    # speed in CPU time (the machine is shared): (a) every word new to the reader (its caches
    # emptied), (b) a long stream once warm. benchmarks/reading_speed.py measures more cases.
    from translit.read.candidates import clear_caches

    def words_per_second(texts: list[str], scheme: str | None) -> float:
        n = sum(len(s.split()) for s in texts)
        t = time.process_time()
        for s in texts:
            translit.to_cyrillic(s, scheme=scheme)
        return n / (time.process_time() - t)

    clear_caches()
    cleared = words_per_second([translit.romanize(t, "alalc-plain") for t in titles(3000, seed=5)], "alalc-plain")
    stream = [translit.romanize(t, "alalc-plain") for t in titles(20000, seed=23)]
    n2 = sum(len(s.split()) for s in stream)
    warm = words_per_second(stream, "alalc-plain")
    # the same stream once more, the scheme left to detection (each line detected, then read)
    warm_detected = words_per_second(stream, None)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "translit", "cyrillic", "Neizvestnyi Bukharin"], check=True,
                   capture_output=True)
    cold = time.perf_counter() - t
    print(f"\n## speed (one core, CPU time)\n3,000 titles, reader caches cleared first: {cleared:,.0f} words/s; "
          f"then a stream of 20,000 further titles ({n2:,} words), warm: {warm:,.0f} words/s; "
          f"the same stream with the scheme detected: {warm_detected:,.0f} words/s; "
          f"set 2 (every scheme, detected): {nwords / elapsed:,.0f} words/s")
    print(f"cold start `translit cyrillic \"Neizvestnyi Bukharin\"`: {cold:.2f} s")


def show_misses(n: int, count: int) -> None:
    """The development half's misses and the generated titles' misses per scheme (never the
    held-out half), each field with the words read wrong."""
    from collections import Counter

    import translit
    from _common import WORD
    from translit.schemes import SCHEME_IDS

    def wrong_words(got: str, want: str) -> list[tuple[str, str]]:
        g, w = WORD.findall(fold(got)), WORD.findall(fold(want))
        if len(g) != len(w):
            return [(" ".join(g), " ".join(w))]
        return [(a, b) for a, b in zip(g, w) if a != b]

    def report(label: str, pairs: list[tuple[str, str, str]]) -> None:
        tally: Counter = Counter()
        shown = 0
        print(f"\n## misses: {label}")
        for latin, got, want in pairs:
            bad = wrong_words(got, want)
            if not bad:
                continue
            tally.update(bad)
            if shown < n:
                shown += 1
                print(f"{latin}\n  got  {got}\n  want {want}\n  words {bad}")
        print(f"-- {sum(tally.values())} wrong words; most frequent:")
        for (a, b), k in tally.most_common(25):
            print(f"   {k:>3}  {a} ≠ {b}")

    dev = catalogue_pairs()["development half"]
    report("catalogue pairs, development half",
           [(r["romanized"], translit.to_cyrillic(r["romanized"]).text, r["cyrillic"]) for r in dev])
    gen = titles(count, seed=11)
    for sid in SCHEME_IDS:
        latin = [translit.romanize(t, sid) for t in gen]
        report(f"generated titles, {sid}", [(l, translit.to_cyrillic(l).text, c) for l, c in zip(latin, gen)])


if __name__ == "__main__":
    main()
