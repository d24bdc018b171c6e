"""The garbage collector's young threshold, two values alternately in one process: words per CPU
second of the cold detected loop of ``reading_speed.py`` (2,000 generated titles in ALA-LC without
diacritics, every per-word cache emptied and a full collection made before each loop, the scheme
left to detection), and the collector's own CPU time in each loop (``gc.callbacks``).

The threshold is the only thing that differs between the two: run under main's tree
(``PYTHONPATH``) it compares main's setting (100,000) with this branch's (1,000,000) on the very
same code, the walk index used when it is on disk (``TRANSLIT_WALK_INDEX=0``: every word walked).
In one process, alternating, both meet the same load at the same moments.

Usage: python benchmarks/collector_ab.py [--thresholds 100000,1000000] [--rounds R] [--titles N]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_speed as rs  # noqa: E402
from _common import titles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", default="100000,1000000")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--titles", type=int, default=2000)
    args = ap.parse_args()
    import translit

    translit.to_cyrillic("Neizvestnyi Bukharin: stat'i i pis'ma")
    from translit.read.context import _morph
    from translit.read.established import geonames_table

    geonames_table()
    _morph()
    one = [translit.romanize(t, "alalc-plain") for t in titles(args.titles, seed=5)]
    spent = [0.0, 0.0]

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            spent[1] = time.process_time()
        else:
            spent[0] += time.process_time() - spent[1]

    gc.callbacks.append(timed)
    values = [int(v) for v in args.thresholds.split(",")]
    figures: dict[int, list[tuple[float, float]]] = {v: [] for v in values}
    for r in range(args.rounds):
        for th in values if r % 2 == 0 else values[::-1]:
            rs.clear_reader_caches()
            gc.collect()
            gc.set_threshold(th, 10, 10)
            spent[0] = 0.0
            fig, _ = rs.words_per_cpu_second(one, None)
            figures[th].append((fig, spent[0]))
            print(f"young threshold {th:,}: {fig:,.0f} words per CPU second, collector {spent[0]:.2f} CPU-s", flush=True)
    for th, figs in figures.items():
        w = sorted(f for f, _ in figs)
        print(f"young threshold {th:,}: median {w[len(w) // 2]:,.0f}, best {w[-1]:,.0f} words per CPU second; "
              f"collector {sum(g for _, g in figs) / len(figs):.2f} CPU-s a loop ({len(figs)} loops)")


if __name__ == "__main__":
    main()
