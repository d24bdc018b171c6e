"""Which catalogue records evidence each leniency row: set 3 of reverse_accuracy.py (the real
catalogue pairs, romanized field → 880) read with every row of ``translit/read/leniency.toml`` in
place, then with each row removed in turn, on the development half and the held-out half of
``split_by_record``. A row that changes only the held-out half was evidenced only by data that
should not have informed it; a row that changes neither half is not evidenced by the catalogue
pairs at all. The same is shown for the authority variants, the Wikidata labels and generated
titles in the lossy schemes, so each row's ``source`` can say where its evidence lies.

Each reading runs in a fresh process on a temporary copy of the package whose leniency.toml lacks
the row, so no cache of the reader carries over.

Usage: python benchmarks/leniency_evidence.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LENIENCY = ROOT / "translit" / "read" / "leniency.toml"
# schemes whose generated titles (set 2 of reverse_accuracy.py, 300 of them) are read as well:
# the lossy ones, where leniency can matter
GENERATED = ("alalc-plain", "popular", "icao", "german", "french")

# run inside the child process: word accuracy and words right on each half of set 3
_CHILD = f"""
import json, sys
import translit  # the temporary copy (first on the path), before reverse_accuracy adds the project's
assert translit.__file__.startswith({tempfile.gettempdir()!r}), translit.__file__
sys.path.insert(0, {str(BENCH)!r})
from reverse_accuracy import catalogue_pairs
from _common import WORD, fold, read_pairs, titles, word_accuracy
sets = {{label: [(r["romanized"], r["cyrillic"]) for r in rows] for label, rows in catalogue_pairs().items()}}
sets["authority variants"] = [(r["romanized"], r["cyrillic"])
                              for r in read_pairs("rero_mef_authority_variants.tsv") if "FLAG" not in r["scheme_or_context"]]
sets["Wikidata labels"] = [(r["romanized"], r["cyrillic"]) for r in read_pairs("everypolitician_wikidata_duma_names.tsv")]
gen = titles(300, seed=41)
for sid in {GENERATED!r}:
    sets["generated " + sid] = [(translit.romanize(t, sid), t) for t in gen]
out = {{}}
for label, pairs in sets.items():
    pairs = [(translit.to_cyrillic(lat).text, cyr) for lat, cyr in pairs]
    n = sum(len(WORD.findall(fold(c))) for _, c in pairs)
    w, s = word_accuracy(pairs)
    out[label] = {{"words": n, "right": round(w * n), "strings_right": round(s * len(pairs)), "fields": len(pairs)}}
print(json.dumps(out))
"""

def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a TOML basic string


def _dump(data: dict) -> str:
    lines = []
    for section, rows in data.items():
        for row in rows:
            lines.append(f"[[{section}]]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in row.items()]
    return "\n".join(lines) + "\n"


def _score(data: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="leniency-") as tmp:
        shutil.copytree(ROOT / "translit", Path(tmp) / "translit", ignore=shutil.ignore_patterns("__pycache__"))
        (Path(tmp) / "translit" / "read" / "leniency.toml").write_text(_dump(data), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=tmp)
        proc = subprocess.run([sys.executable, "-c", _CHILD], cwd=tmp, env=env, capture_output=True, text=True,
                              check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    data = tomllib.loads(LENIENCY.read_text("utf-8"))
    base = _score(data)
    print("## every leniency row in place (words right / words; whole strings right / strings)")
    for label, r in base.items():
        print(f"{label:<30}{r['right']:>6}/{r['words']:<6}{r['right'] / r['words']:>7.1%}"
              f"{r['strings_right']:>6}/{r['fields']:<5}{r['strings_right'] / r['fields']:>7.1%}")
    print("\n## each row removed: words lost on the catalogue halves, and the other sets it changes")
    print(f"{'row':<32}{'dev':>5}{'held':>6}  catalogue pairs evidence   other sets (words lost)")
    for section, rows in data.items():
        for i, row in enumerate(rows):
            less = {k: [x for j, x in enumerate(v) if not (k == section and j == i)] for k, v in data.items()}
            got = _score(less)
            lost = {label: base[label]["right"] - got[label]["right"] for label in base}
            d_dev, d_held = lost["development half"], lost["held-out half"]
            if d_dev:
                verdict = "development half" + (" and held-out" if d_held else "")
            else:
                verdict = "held-out half only" if d_held else "neither half"
            others = ", ".join(f"{label} {d:+d}" for label, d in lost.items()
                               if d and label not in ("all", "development half", "held-out half"))
            name = f"{section}: {row.get('latin', '∅')} → {row['cyrillic']}" + (" (end)" if row.get("at_end") else "")
            print(f"{name:<32}{d_dev:>+5}{d_held:>+6}  {verdict:<27}{others or '-'}", flush=True)

if __name__ == "__main__":
    main()
