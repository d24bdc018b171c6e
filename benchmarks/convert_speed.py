"""``convert`` on running text, measured: MB/s and words per CPU-second, line by line and as one
document, ``--to alalc`` and ``--to cyrillic``, for this tree and (``--code DIR``) another tree,
side by side with the peers where they apply (``--to cyrillic``: each converts every letter).

The corpus is the plain input of the prose sentences (their markup taken away as ``prose.py``
does) and the text lines of the citation sets: ``--parts`` names them (default: the development
sets ``prose_dev``, ``prose_dev3``, ``citations_dev``, ``citations_dev2``; ``heldout8``,
``heldout9``, ``heldout10`` are studied sets that may be added), or ``--corpus FILE`` gives a
text. Each tree runs in a child process of its own (``PYTHONPATH=DIR``); the lexicons are loaded
and one line read before the clock starts, so the figure is conversion alone (its caches starting
empty). Time is ``time.process_time`` of the child: on a shared machine, CPU time, not wall time.
With ``--rounds N`` the trees alternate N times; ``--out DIR`` keeps every output
(``<tree>_<to>_<mode>.txt``) and the outputs of the trees are compared byte for byte.

    .venv/bin/python benchmarks/convert_speed.py [--code DIR] [--rounds 2] [--to alalc,cyrillic]
        [--modes line,document] [--parts dev,dev3,citations_dev,citations_dev2] [--corpus FILE] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
_WORD = re.compile(r"[^\W\d_]+")


def corpus_lines(parts: list[str]) -> list[str]:
    """The plain input lines of the named parts: a prose part's sentences (``prose.load``) or a
    citation set's text lines (not its comments nor its ``=`` answers)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    import prose

    lines: list[str] = []
    for part in parts:
        if part.startswith("citations_"):
            for line in (DATA / f"{part}.txt").read_text("utf-8").splitlines():
                if line.strip() and not line.startswith(("#", "=")):
                    lines.append(line)
        else:
            lines.extend(s.text for s in prose.load(part))
    return lines


# lines of our own read before the clock starts, so that the lexicons, the other languages' models
# and the word lists are loaded (running prose, a title, a footnote with an archival citation)
WARM_UP = ["The decree was read by Bukharin and the committee in Moscow in 1930.",
           "Neizvestnyi Bukharin: pis'ma i dokumenty",
           "RGASPI, f. 17, op. 3, d. 1003, l. 5ob.; GARF, f. R-5446, op. 1, d. 12."]


def child(corpus: Path, to: str, mode: str, out: Path | None) -> None:
    """Convert the corpus in this process (the tree on ``PYTHONPATH``) as ``translit convert``
    does (each line's language chosen, Russian read; ``document``: the lines read together, the
    CLI's default; ``line``: ``--line-by-line``) and print the figures as JSON."""
    t0 = time.process_time()
    from translit.commands import COMMANDS, document_lines

    command = COMMANDS["convert"]
    opts = dict(command.complete({"to": to}), policy="running")
    for _ in document_lines("convert", WARM_UP, opts):
        pass
    load = time.process_time() - t0
    lines = corpus.read_text("utf-8").splitlines()
    t = time.process_time()
    if mode == "line":
        done = [command.line(line, **opts) for line in lines]
    else:
        done = [command.line(line, **opts) if d is None else d.result.text
                for _, d, line in document_lines("convert", lines, opts)]
    cpu = time.process_time() - t
    if out is not None:
        out.write_text("\n".join(done) + "\n", "utf-8")
    print(json.dumps({"cpu": cpu, "load": load}))


def run_tree(code: Path, corpus: Path, to: str, mode: str, out: Path | None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--corpus", str(corpus), "--to", to, "--modes", mode]
    if out is not None:
        cmd += ["--child-out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def peers(lines: list[str]) -> dict[str, float]:
    """CPU seconds of each peer converting every line to Cyrillic."""
    sys.path.insert(0, str(HERE))
    from _common import peers_to_cyrillic

    out = {}
    for name, fn in peers_to_cyrillic().items():
        fn("warm up")
        t = time.process_time()
        for line in lines:
            fn(line)
        out[name] = time.process_time() - t
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, help="another tree to measure beside this one (e.g. main's)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--to", default="alalc,cyrillic")
    ap.add_argument("--modes", default="line,document")
    ap.add_argument("--parts", default="dev,dev3,citations_dev,citations_dev2")
    ap.add_argument("--corpus", type=Path, help="a text file to convert instead of --parts")
    ap.add_argument("--out", type=Path, help="keep the outputs here and compare the trees' outputs")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.corpus, args.to, args.modes, args.child_out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus.txt"
            corpus.write_text("\n".join(corpus_lines(args.parts.split(","))) + "\n", "utf-8")
        text = corpus.read_text("utf-8")
        lines = text.splitlines()
        mb = len(text.encode("utf-8")) / 1e6
        words = len(_WORD.findall(text))
        print(f"corpus: {len(lines):,} lines, {words:,} words, {mb:.3f} MB ({corpus if args.corpus else args.parts})")
        trees = [("this tree", ROOT)] + ([("--code", args.code.resolve())] if args.code else [])
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
        rows = []
        for to in args.to.split(","):
            for mode in args.modes.split(","):
                for r in range(args.rounds):
                    for i, (name, code) in enumerate(trees if r % 2 == 0 else trees[::-1]):
                        tag = "tree" if code == ROOT else "code"
                        out = args.out / f"{tag}_{to}_{mode}.txt" if args.out else None
                        got = run_tree(code, corpus, to, mode, out)
                        rows.append((to, mode, name, r + 1, got["cpu"], got["load"]))
                        print(f"  {to:<9}{mode:<10}{name:<10} round {r + 1}: {got['cpu']:7.2f} CPU-s  "
                              f"{mb / got['cpu']:.4f} MB/s  {words / got['cpu']:8,.0f} words/CPU-s  "
                              f"(loading {got['load']:.1f} CPU-s)", flush=True)
                if args.out and args.code:
                    a, b = (args.out / f"{t}_{to}_{mode}.txt" for t in ("tree", "code"))
                    print(f"  {to} {mode}: outputs {'byte-identical' if a.read_bytes() == b.read_bytes() else 'DIFFER'}")
        print("\n| to | mode | tree | best CPU-s | MB/s | words/CPU-s |\n| --- | --- | --- | ---: | ---: | ---: |")
        for to in args.to.split(","):
            for mode in args.modes.split(","):
                for name, _ in trees:
                    best = min(cpu for t, m, n, _, cpu, _ in rows if (t, m, n) == (to, mode, name))
                    print(f"| {to} | {mode} | {name} | {best:.2f} | {mb / best:.4f} | {words / best:,.0f} |")
        if "cyrillic" in args.to.split(","):
            for name, cpu in peers(lines).items():
                print(f"| cyrillic | line (every letter) | {name} | {cpu:.2f} | {mb / cpu:.4f} | {words / cpu:,.0f} |")


if __name__ == "__main__":
    main()
