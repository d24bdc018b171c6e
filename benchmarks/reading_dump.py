"""Dump the reader's full output on a fixed set of inputs, to check that a speed change alters
no result: the 2,000 generated titles of ``reading_speed.py`` (one scheme and round-robin over
every scheme, scheme detected and named), column 1 of ``data/real_spellings.tsv`` and the
romanized column of the catalogue pairs (``../shared/data/pairs``).

Each line is the JSON of one :class:`~translit.read.reader.Reading` (every candidate, score,
reason and confidence). Run it on two versions and compare with ``--compare``:

    python benchmarks/reading_dump.py > /tmp/before.jsonl
    python benchmarks/reading_dump.py --compare /tmp/before.jsonl

Not a test and not tuning: the held-out file is only read back, nothing is measured on it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, titles  # noqa: E402


def inputs(n_titles: int) -> list[tuple[str, str, str | None]]:
    """(label, text, scheme or None) for every input the dump reads."""
    import translit
    from translit.schemes import SCHEME_IDS

    gen = titles(n_titles, seed=5)
    out: list[tuple[str, str, str | None]] = []
    for i, t in enumerate(gen):
        one = translit.romanize(t, "alalc-plain")
        out.append((f"title {i} alalc-plain detected", one, None))
        out.append((f"title {i} alalc-plain named", one, "alalc-plain"))
        sid = SCHEME_IDS[i % len(SCHEME_IDS)]
        out.append((f"title {i} {sid} detected", translit.romanize(t, sid), None))
    real = Path(__file__).resolve().parent / "data" / "real_spellings.tsv"
    for k, line in enumerate(real.read_text("utf-8").splitlines()):
        if line.startswith("#") or not line.strip():
            continue
        out.append((f"real {k}", line.split("\t")[0], None))
    for path in sorted(SHARED.glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for k, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
                if row.get("romanized"):
                    out.append((f"{path.name} {k}", row["romanized"], None))
    return out


def dump(n_titles: int):
    import translit
    from translit.read.candidates import clear_caches

    clear_caches()
    for label, text, scheme in inputs(n_titles):
        r = translit.to_cyrillic(text, scheme=scheme)
        d = r.as_dict(candidates=None)
        yield label, json.dumps({"label": label, **d}, ensure_ascii=False, sort_keys=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--titles", type=int, default=2000)
    ap.add_argument("--compare", help="a dump made earlier: report every line that differs")
    args = ap.parse_args()
    if not args.compare:
        for _, line in dump(args.titles):
            print(line)
        return
    before = Path(args.compare).read_text("utf-8").splitlines()
    n = diff = 0
    for (label, line), old in zip(dump(args.titles), before):
        n += 1
        if line != old:
            diff += 1
            if diff <= 20:
                print(f"DIFF {label}\n  before: {old[:600]}\n  after:  {line[:600]}")
    if n != len(before):
        print(f"line counts differ: {len(before)} before, {n} now")
    print(f"{n} readings compared, {diff} differ")
    sys.exit(1 if diff or n != len(before) else 0)


if __name__ == "__main__":
    main()
