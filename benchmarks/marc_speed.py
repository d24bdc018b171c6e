"""MARC throughput: `check` and `romanize` on a generated file of 100,000 Russian records,
in one process, with --jobs 2, and on a local Dask cluster (records per second).

Usage: python benchmarks/marc_speed.py [--records N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import titles  # noqa: E402


def make_file(path: str, n: int) -> None:
    from pymarc import Field, Record, Subfield

    from translit import romanize

    names = ["Цветаева, Марина Ивановна", "Бухарин, Николай Иванович", "Ежов, Николай", "Толстой, Лев",
             "Хрущёв, Никита Сергеевич", "Булгаков, Михаил", "Ахматова, Анна"]
    heads = titles(2000, seed=9)
    with open(path, "wb") as fh:
        for i in range(n):
            r = Record(force_utf8=True)
            r.add_field(Field(tag="001", data=f"gen{i}"))
            name, title = names[i % len(names)], heads[i % len(heads)]
            if i % 2 == 0:  # a paired record (every tenth with a slip)
                rom = romanize(title, "alalc")
                if i % 10 == 0:
                    rom = rom.replace("\u0361", "")
                r.add_field(Field(tag="100", indicators=["1", " "], subfields=[Subfield("6", "880-01"), Subfield("a", romanize(name, "alalc"))]))
                r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("6", "880-02"), Subfield("a", rom)]))
                r.add_field(Field(tag="880", indicators=["1", " "], subfields=[Subfield("6", "100-01/(N"), Subfield("a", name)]))
                r.add_field(Field(tag="880", indicators=["1", "0"], subfields=[Subfield("6", "245-02/(N"), Subfield("a", title)]))
            else:  # Cyrillic only
                r.add_field(Field(tag="100", indicators=["1", " "], subfields=[Subfield("a", name)]))
                r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
            r.add_field(Field(tag="264", indicators=[" ", "1"], subfields=[Subfield("a", "Москва :"), Subfield("b", "Наука,"), Subfield("c", "1990.")]))
            fh.write(r.as_marc())


def timed(label: str, n: int, fn) -> None:
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"{label:<34}{n / dt:>12,.0f} records/s{dt:>9.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    args = ap.parse_args()
    from translit.marc import run

    d = tempfile.mkdtemp()
    src = os.path.join(d, "in.mrc")
    make_file(src, args.records)
    out = os.path.join(d, "out.mrc")
    print(f"# {args.records:,} records, {os.path.getsize(src) / 1e6:.1f} MB")
    run("check", src)  # warm the caches and the lexicon once
    timed("check, one process", args.records, lambda: run("check", src))
    timed("check, --jobs 2", args.records, lambda: run("check", src, jobs=2))
    timed("romanize, one process", args.records, lambda: run("romanize", src, out))
    timed("romanize, --jobs 2", args.records, lambda: run("romanize", src, out, jobs=2))
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("dask not installed: pip install 'translit[dask]'")
        return
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as lc, Client(lc) as client:
        timed("check, Dask LocalCluster (2 workers)", args.records, lambda: run("check", src, dask=client))


if __name__ == "__main__":
    main()
