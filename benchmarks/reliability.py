"""The server and MARC under load (issue 14): figures, not tests.

1. /health answer times while a 20,000-row batch job runs on a real uvicorn server.
2. Peak memory of `marc check` on a generated MARCXML file of about 38 MB (streamed).
3. Time and peak memory of `marc check` on a binary file with no record terminators.

Run: .venv/bin/python benchmarks/reliability.py [--blob-mb 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PEAK = """
import resource, sys, time
from translit.marc import run
t = time.perf_counter()
r = run("check", sys.argv[1], report_path=sys.argv[2], rejects_path=sys.argv[2] + ".rejects")
print(r.records_in, len(r.rejected), time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak(path: str, work: str) -> tuple[int, int, float, int]:
    out = subprocess.run([sys.executable, "-c", PEAK, path, os.path.join(work, "r.csv")], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3])


def health_during_batch() -> None:
    import httpx
    from _common import local_server

    base = local_server()
    body = "id,title\n" + "".join(f"{i},Реабилитация как это было {i}\n" for i in range(20_000))
    c = httpx.Client(base_url=base, timeout=300)
    status = c.post("/api/batch", files={"file": ("t.csv", body.encode())},
                    data={"command": "romanize", "column": "title", "wait": "false"}).json()["status"]
    times = []
    while c.get(status).json()["state"] in ("queued", "running"):
        t = time.perf_counter()
        c.get("/health")
        times.append(time.perf_counter() - t)
        time.sleep(0.02)
    srv.should_exit = True
    print(f"1. /health during a 20,000-row batch job: {len(times)} requests, median "
          f"{1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms")


def marcxml_memory(work: str) -> None:
    path = os.path.join(work, "big.xml")
    small = os.path.join(work, "small.xml")
    rec = ('<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">r{n}</controlfield>'
           '<datafield tag="245" ind1="1" ind2="0"><subfield code="a">' + "Istoriia Rossii i mira, tom " * 8 +
           '{n}</subfield></datafield></record>\n')
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
    for p, n in ((path, 95_000), (small, 100)):
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(head)
            for i in range(n):
                fh.write(rec.format(n=i))
            fh.write("</collection>\n")
    n, _, secs, kb = _peak(path, work)
    _, _, _, kb0 = _peak(small, work)
    print(f"2. marc check on MARCXML of {os.path.getsize(path) / 1e6:.0f} MB ({n:,} records): {secs:.1f} s, "
          f"peak {kb / 1024:.0f} MB (100 records: {kb0 / 1024:.0f} MB)")


def blob(work: str, mb: int) -> None:
    path = os.path.join(work, "blob.mrc")
    with open(path, "wb") as fh:
        chunk = bytes(range(32, 127)) * 11_000
        for _ in range(mb * 1_000_000 // len(chunk)):
            fh.write(chunk)
    n, rej, secs, kb = _peak(path, work)
    print(f"3. marc check on {os.path.getsize(path) / 1e6:.0f} MB with no record terminator: {secs:.1f} s, "
          f"peak {kb / 1024:.0f} MB, {n} record in, {rej} rejected (copied from the file)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blob-mb", type=int, default=100)
    args = ap.parse_args()
    health_during_batch()
    with tempfile.TemporaryDirectory() as work:
        marcxml_memory(work)
        blob(work, args.blob_mb)


if __name__ == "__main__":
    main()
