"""Long lines, measured: CPU seconds per 1,000 words for one line of running footnotes (the run of
``tests/data/messy_documents.py``, written for probing, no held-out data) at a length and at four
times that length, for language identification and the text commands as the CLI calls them
(language left to the command). Time linear in the line's length gives a ratio near 1.

    .venv/bin/python benchmarks/long_lines.py [--words 1500]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from data.messy_documents import _LONG  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1500)
    args = ap.parse_args()
    from translit.commands import COMMANDS
    from translit.langs.identify import identify

    words = _LONG.split()
    jobs = {
        "identify": identify,
        "romanize": lambda s: COMMANDS["romanize"].line(s, **COMMANDS["romanize"].complete({})),
        "cyrillic": lambda s: COMMANDS["cyrillic"].line(s, **COMMANDS["cyrillic"].complete({})),
        "convert --to alalc": lambda s: COMMANDS["convert"].line(s, **COMMANDS["convert"].complete({"to": "alalc"})),
    }
    for fn in jobs.values():  # load the lexicons and models before timing
        fn("Neizvestnyi Bukharin, p. 4")
    print(f"{'command':<22}{'s / 1000 words':>16}{'x4 line':>10}{'ratio':>8}")
    for name, fn in jobs.items():
        per = []
        for n in (args.words, 4 * args.words):
            line = " ".join(words[i % len(words)] for i in range(n))
            t = time.process_time()
            fn(line)
            per.append(1000 * (time.process_time() - t) / n)
        print(f"{name:<22}{per[0]:>16.3f}{per[1]:>10.3f}{per[1] / per[0] if per[0] else float('nan'):>8.2f}")


if __name__ == "__main__":
    main()
