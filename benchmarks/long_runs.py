"""Long runs of one kind of input, measured (probe9): seconds at a size and at four times that
size for each input that once cost the square of its length: ``fix`` on one long word, a reading
and a key of text with thousands of archival citation marks, ``convert`` beside a long run of
digits, a gloss of many words and numbers, and a line of a stream that goes on for many chunks;
scheme detection and ``convert`` of one long run of letters, identification and a key of a run of
letters a language's tables never write (probe10).
Time linear in the length gives a ratio near 4 (a square: near 16).

    .venv/bin/python benchmarks/long_runs.py [--n 1000]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import translit  # noqa: E402
from translit.textfile import universal_lines  # noqa: E402

CASES = {
    "fix, one word": (lambda n: "щ" * (12 * n), translit.fix),
    "to_cyrillic, citations": (lambda n: "f. 1, op. 2, d. 3; ibid.; " * n, translit.to_cyrillic),
    "key, citations": (lambda n: "f. 1, op. 2, d. 3; ibid.; " * n, translit.key),
    "convert, a run of digits": (lambda n: "RGASPI, f. " + "1" * (20 * n) + ", op. 3",
                                 lambda t: translit.convert(t, to="cyrillic")),
    "gloss, words and numbers": (lambda n: "f. 1, op. 2, d. 3; " * (n // 2), translit.gloss_text),
    "stream, one line": (lambda n: b"x" * (20_000 * n), lambda b: list(universal_lines(io.BytesIO(b), 1 << 16))),
    # probe10: a mark pattern looking ahead through the rest of a word at every u or v
    "detect, one long word": (lambda n: "u" * (40 * n), translit.detect),
    "convert, one long word": (lambda n: "moskva" * (7 * n), lambda t: translit.convert(t, to="cyrillic")),
    # probe10: the letters no table of a language writes, each position's misses copied
    "identify, a run of q": (lambda n: "q" * (40 * n), translit.identify),
    "key, a run of c": (lambda n: "c" * (40 * n), translit.key),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    args = ap.parse_args()
    for name, (make, fn) in CASES.items():
        fn(make(10))  # load what the call loads
        took = []
        for n in (args.n, 4 * args.n):
            text = make(n)
            t0 = time.process_time()
            fn(text)
            took.append(time.process_time() - t0)
        print(f"{name:28} {took[0]:7.2f} s  {took[1]:7.2f} s  ×{took[1] / max(took[0], 1e-6):.1f}")


if __name__ == "__main__":
    main()
