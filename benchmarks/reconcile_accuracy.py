"""Reconciliation of Latin-script names against a Cyrillic authority file.

The authority holds one entry per person or body of two real sets: the 48 Duma members of
everypolitician's Wikidata labels (heading: the Russian label, `Черкесов, Виктор Васильевич`) and
the RERO/GND/IdRef clusters (heading: the cluster's Cyrillic forms, the first as heading and the
rest as variants; rows flagged as cross-references left out). The queries are every Latin label or
variant of those entities (`Wiktor Czerkiesow`, `Pouchkine, A. S., 1799-1837`): English, German,
French, Polish and other national spellings, ISO 9 and ALA-LC. None was used to write the rules.

For each query: is the right entity first, and when translit says `match`, is it right? Beside
translit, the obvious reconciliation without it: rapidfuzz's WRatio between the query and each
heading, both folded to ASCII by unidecode (the best of the heading's forms), a match when the
best scores 90 or more.

    .venv/bin/python benchmarks/reconcile_accuracy.py
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, read_pairs  # noqa: E402

if not (SHARED / "everypolitician_wikidata_duma_names.tsv").exists():  # run from a helper's clone
    import _common

    _common.SHARED = Path("/work/shared/data/pairs")


def dataset():
    forms: dict[str, list[str]] = defaultdict(list)
    queries: list[tuple[str, str]] = []
    for r in read_pairs("everypolitician_wikidata_duma_names.tsv"):
        m = re.search(r"\bQ\d+", r["scheme_or_context"])
        if m:
            forms[m.group()].append(r["cyrillic"])
            queries.append((r["romanized"], m.group()))
    for r in read_pairs("rero_mef_authority_variants.tsv"):
        m = re.search(r"MEF cluster (\d+)", r["scheme_or_context"])
        if m and "FLAG" not in r["scheme_or_context"] and not re.search("[\u0400-\u04ff]", r["romanized"]):
            eid = "mef" + m.group(1)
            forms[eid].append(r["cyrillic"])
            queries.append((r["romanized"], eid))
    entries = {eid: list(dict.fromkeys(fs)) for eid, fs in forms.items()}
    return entries, list(dict.fromkeys(queries))


def main() -> None:
    from rapidfuzz import fuzz
    from unidecode import unidecode

    from translit.reconcile import Authority, Entry

    entries, queries = dataset()
    if not queries:
        print("no data (shared/data/pairs not found)")
        return
    t0 = time.perf_counter()
    auth = Authority([Entry(eid, fs[0], "heading", fs[1:]) for eid, fs in entries.items()], name="bench")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    top = matched = matched_right = 0
    for q, eid in queries:
        found = auth.reconcile(q, limit=3)
        if found and found[0].id == eid:
            top += 1
        if found and found[0].match:
            matched += 1
            matched_right += found[0].id == eid
    took = time.perf_counter() - t0
    folded = {eid: [unidecode(f) for f in fs] for eid, fs in entries.items()}
    ptop = pmatched = pright = 0
    for q, eid in queries:
        uq = unidecode(q)
        best = max(((max(fuzz.WRatio(uq, f) for f in fs), e) for e, fs in folded.items()))
        ptop += best[1] == eid
        if best[0] >= 90:
            pmatched += 1
            pright += best[1] == eid
    n = len(queries)
    print(f"{len(entries)} entities ({sum(len(f) for f in entries.values())} Cyrillic forms), {n} Latin queries; "
          f"keyed in {load:.1f} s, {n / took:.0f} queries/s")
    print("| | right entity first | matches | of them right |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| translit reconcile | {100 * top / n:.1f} % | {matched} ({100 * matched / n:.1f} %) | "
          f"{100 * matched_right / max(matched, 1):.1f} % |")
    print(f"| rapidfuzz WRatio on unidecode | {100 * ptop / n:.1f} % | {pmatched} ({100 * pmatched / n:.1f} %) | "
          f"{100 * pright / max(pmatched, 1):.1f} % |")


if __name__ == "__main__":
    main()
