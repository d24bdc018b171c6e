"""Main's and this tree's running-text reading in one process, alternately: words per CPU second of
``convert(text, to="cyrillic")`` on the development part of the prose benchmark (``prose_dev.tsv``,
every row in each of its schemes), warm (each text read once before, by both, and their outputs
compared: they must be the same).

"main" is this tree with detection's word signal (``detect._signal``), the Romance particle test
of running text (``language._romance_particle_at``) and the candidate walk (``WordReader._paths``,
speed26) of the other tree loaded in; "branch" is this tree as it is. So it compares exactly those
parts, nothing else; on a shared machine two
processes drift apart by 20 % and more, in one process both meet the same load at the same moments.

Usage: python benchmarks/prose_speed_ab.py --main-tree PATH [--rounds R]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import prose  # noqa: E402
from reading_speed_ab import _load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main-tree", required=True, help="a checkout of main (its translit/ is loaded from there)")
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()

    import translit.read.candidates as cand
    import translit.read.detect as det
    import translit.read.language as lang
    from translit import convert

    tree = Path(args.main_tree) / "translit" / "read"
    versions = {"main": (_load("main_language", tree / "language.py")._romance_particle_at,
                         _load("main_detect", tree / "detect.py")._signal,
                         _load("main_candidates", tree / "candidates.py").WordReader._paths),
                "branch": (lang._romance_particle_at, det._signal, cand.WordReader._paths)}
    texts = [s.text for s in prose.load("dev") if s.scheme != "cyrillic"]
    n = sum(len(t.split()) for t in texts)
    outputs = {}
    for name, (particle, signal, walk) in versions.items():  # the warm-up, and the same answers
        lang._romance_particle_at, det._signal, cand.WordReader._paths = particle, signal, walk
        outputs[name] = [convert(t, to="cyrillic").text for t in texts]
    if outputs["main"] != outputs["branch"]:
        sys.exit("the two trees read the prose differently: no speed to compare")
    figures: dict[str, list[float]] = {"main": [], "branch": []}
    for r in range(args.rounds):
        for name in ("main", "branch") if r % 2 == 0 else ("branch", "main"):
            lang._romance_particle_at, det._signal, cand.WordReader._paths = versions[name]
            t = time.process_time()
            for s in texts:
                convert(s, to="cyrillic")
            figures[name].append(n / (time.process_time() - t))
            print(f"{name}: {figures[name][-1]:,.0f} words per CPU second", flush=True)
    medians = {}
    for name, figs in figures.items():
        figs = sorted(figs)
        medians[name] = figs[len(figs) // 2]
        print(f"{name}: median {medians[name]:,.0f}, best {figs[-1]:,.0f} ({len(figs)} warm loops of {n:,} words)")
    print(f"branch / main, medians: x{medians['branch'] / medians['main']:.3f}")


if __name__ == "__main__":
    main()
