"""Main's reader and this tree's in one process, alternately: words per CPU second of the cold
detected loop of ``reading_speed.py`` (2,000 generated titles in ALA-LC without diacritics, every
per-word cache emptied before each loop, the scheme left to detection).

On a shared machine two processes drift apart by 20 % and more; in one process, alternating, both
readers meet the same load at the same moments. "main" is this tree's reader with the candidate
walk (``WordReader._paths``), ``fold_ties`` and detection's word signal (``detect._signal``) of the
other tree loaded in, and Python's default
garbage collector; "branch" is this tree as it is (its collector settings after loading, see
``translit.read.candidates.settle_heap``). So it compares exactly those parts, nothing else.
With ``--same-collector`` both run under this tree's collector settings (the other tree settles
its heap alike): the walk, ``fold_ties`` and the word signal alone are compared.

Usage: python benchmarks/reading_speed_ab.py --main-tree PATH [--rounds R] [--titles N] [--same-collector]
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reading_speed as rs  # noqa: E402
from _common import titles  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main-tree", required=True, help="a checkout of main (its translit/ is loaded from there)")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--titles", type=int, default=2000)
    ap.add_argument("--same-collector", action="store_true",
                    help="both readers under this tree's garbage collector settings")
    args = ap.parse_args()

    import translit
    import translit.normalize as norm
    import translit.read.candidates as cand
    import translit.read.detect as det
    import translit.read.language as lang

    translit.to_cyrillic("Neizvestnyi Bukharin: stat'i i pis'ma")  # one-time loads, as reading_speed.py
    translit.to_cyrillic("Istoriia gosudarstva Rossiiskogo", scheme="alalc-plain")
    from translit.read.context import _morph
    from translit.read.established import geonames_table

    geonames_table()
    _morph()
    tree = Path(args.main_tree) / "translit"
    main_walk = _load("main_candidates", tree / "read" / "candidates.py").WordReader._paths
    main_fold = _load("main_normalize", tree / "normalize" / "__init__.py").fold_ties
    main_signal = _load("main_detect", tree / "read" / "detect.py")._signal
    versions = {"main": (main_walk, main_fold, main_signal),
                "branch": (cand.WordReader._paths, norm.fold_ties, det._signal)}
    one = [translit.romanize(t, "alalc-plain") for t in titles(args.titles, seed=5)]
    figures: dict[str, list[float]] = {"main": [], "branch": []}
    for r in range(args.rounds):
        for name in ("main", "branch") if r % 2 == 0 else ("branch", "main"):
            walk, fold, signal = versions[name]
            cand.WordReader._paths = walk
            det._signal = signal
            cand.fold_ties = lang.fold_ties = fold
            gc.unfreeze()
            branch_heap = name == "branch" or args.same_collector
            gc.set_threshold(cand.YOUNG_COLLECTION, 10, 10) if branch_heap else gc.set_threshold(700, 10, 10)
            rs.clear_reader_caches()
            gc.collect()
            if branch_heap:
                gc.freeze()
            fig, _ = rs.words_per_cpu_second(one, None)
            figures[name].append(fig)
            print(f"{name}: {fig:,.0f} words per CPU second", flush=True)
    for name, figs in figures.items():
        figs = sorted(figs)
        print(f"{name}: median {figs[len(figs) // 2]:,.0f}, best {figs[-1]:,.0f} "
              f"({len(figs)} cold detected loops of {args.titles:,} titles)")


if __name__ == "__main__":
    main()
