"""One sense per discourse, measured: how often a document reads the same surface form both ways.

Each part of the real-prose benchmark (``benchmarks/data/prose_*.tsv``) is read as documents, one
per scheme (a real document is written in one scheme), by ``convert_document(..., to="cyrillic")``
(the reading of ``translit convert --to cyrillic`` on a file). For every surface form seen at least
twice (words of three letters or more, not left by a rule of their own class, not established
forms) it counts the forms read both ways where an occurrence that only its neighbours decided
stands in the minority: those are the occurrences the document's decision should have settled.
The rest of the splits are occurrences decided by their own evidence (the context clearly
differs: ``Kak terror stal`` against ``Freedom and Terror``), which the issue allows. Each such
form is listed with its occurrences and their lines, so a reader can judge whether the contexts
differ. Not a test: a figure to watch.

    .venv/bin/python benchmarks/prose_discourse.py [--parts dev,heldout5,heldout6] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import prose  # noqa: E402


def split_forms(part: str) -> tuple[int, list[tuple[str, str, list[tuple[bool, bool | None, str]]]]]:
    """(forms seen twice or more, [(scheme, form, occurrences)] for the forms read both ways with
    a neighbour-decided occurrence in the minority); an occurrence is (Russian?, own verdict, line)."""
    from translit.read.candidates import Source
    from translit.read.document import convert_document
    from translit.read.language import surface_form

    by_scheme: dict[str, list[str]] = defaultdict(list)
    for s in prose.load(part):
        by_scheme[s.scheme].append(s.text)
    seen, split = 0, []
    for scheme, lines in by_scheme.items():
        occurrences: dict[str, list[tuple[bool, bool | None, str]]] = defaultdict(list)
        for dl in convert_document(lines, to="cyrillic"):
            reading = dl.result.reading
            for w in reading.words:
                if len(w.input) < 3 or w.left_by_rule or w.source == Source.ESTABLISHED or not w.candidates:
                    continue
                occurrences[surface_form(w.input)].append((w.is_russian, reading.alone.get(w.start), dl.line))
        for form, occ in occurrences.items():
            if len(occ) < 2:
                continue
            seen += 1
            russian = sum(o[0] for o in occ)
            if not russian or russian == len(occ):
                continue
            majority = russian * 2 >= len(occ)
            if any(o[1] is None and o[0] != majority for o in occ):
                split.append((scheme, form, occ))
    return seen, split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="dev,heldout5,heldout6", help="comma list of parts (default: %(default)s)")
    ap.add_argument("--show", type=int, default=5, help="list up to N split forms per part")
    args = ap.parse_args()
    for part in [p for p in args.parts.split(",") if p]:
        if part not in prose.PARTS:
            ap.error(f"unknown part {part}; the parts are {', '.join(prose.PARTS)}")
        seen, split = split_forms(part)
        print(f"{part}: {seen} forms seen twice or more in a document; read both ways with a "
              f"neighbour-decided occurrence in the minority: {len(split)}")
        for scheme, form, occ in split[:args.show]:
            print(f"    [{scheme}] {form}")
            for russian, own, line in occ[:4]:
                print(f"        {'Russian' if russian else 'kept   '} ({'own evidence' if own is not None else 'neighbours'}) "
                      f"{line[:90]}")


if __name__ == "__main__":
    main()
