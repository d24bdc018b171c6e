"""PDF-copy benchmark: English prose about Soviet history as it comes out of a PDF or an OCR'd scan
(line-break hyphens inside words, soft hyphens, ligatures, running heads and page numbers, footnote
digits glued to words, archival citations cut by the line end, OCR slips), with romanized Russian
in several schemes inside.

``benchmarks/data/pdf_dev.txt`` is the text (DEVELOPMENT: rules may be tuned on it), and
``pdf_dev_cyrillic.txt`` its labels: the same text with every romanized Russian word in Cyrillic,
written by hand, line for line. Figures:

- ``convert --to cyrillic`` read as a document (``--in FILE --out FILE``, as stdin is read) and
  ``--line-by-line``: the words (whitespace-separated tokens with a letter) that differ from the
  labels;
- ``convert --to alalc`` (document): the tokens it changed that the labels leave as they are (an
  English word, a numeral, a citation's digits changed);
- nothing lost: lines whose characters other than letters and digits differ from the input's (a
  hyphen, a soft hyphen, a line break, a space moved or dropped).

    PYTHONPATH=. .venv/bin/python benchmarks/pdf_text.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_LETTER = re.compile(r"[^\W\d_]")
# letters and digits, a scheme's tie and signs, and a sign or apostrophe after a letter (zhizn' → жизнь)
_MARKS = re.compile("[\\w\u0361ʹʺ]|(?<=[^\\W\\d_])['’\"”]")


def _document(lines: list[str], to: str) -> list[str]:
    """The lines converted as ``translit convert --to TO --in FILE --out FILE`` converts a text file."""
    from translit.documents import convert_file

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        convert_file(str(src), str(out), to=to)
        return out.read_text(encoding="utf-8").split("\n")[:len(lines)]


def _line_by_line(lines: list[str], to: str) -> list[str]:
    from translit.conversion import convert

    return [convert(line, to=to).text for line in lines]


def wrong_words(got: list[str], gold: list[str]) -> list[tuple[int, str, str]]:
    """(line number, token got, token labelled) for each word token that differs."""
    out = []
    for n, (g, w) in enumerate(zip(got, gold), 1):
        a, b = g.split(), w.split()
        if len(a) != len(b):
            out.append((n, g, w))
            continue
        out += [(n, x, y) for x, y in zip(a, b) if x != y and (_LETTER.search(x) or _LETTER.search(y))]
    return out


def english_changed(source: list[str], got: list[str], gold: list[str]) -> list[tuple[int, str, str]]:
    """Tokens changed in ``got`` that the labels leave as in ``source``."""
    out = []
    for n, (s, g, w) in enumerate(zip(source, got, gold), 1):
        for x, y, z in zip(s.split(), g.split(), w.split()):
            if x == z and y != x:
                out.append((n, x, y))
    return out


def lost(source: list[str], got: list[str]) -> int:
    """Lines whose characters other than letters, digits and a scheme's marks differ from the input."""
    return sum(1 for s, g in zip(source, got) if _MARKS.sub("", s) != _MARKS.sub("", g))


def main() -> int:
    source = (DATA / "pdf_dev.txt").read_text(encoding="utf-8").split("\n")
    gold = (DATA / "pdf_dev_cyrillic.txt").read_text(encoding="utf-8").split("\n")
    assert len(source) == len(gold), "the labels are line for line"
    words = sum(1 for line in source for t in line.split() if _LETTER.search(t))
    show = "--show" in sys.argv
    for name, got in (("convert --to cyrillic (document)", _document(source, "cyrillic")),
                      ("convert --to cyrillic --line-by-line", _line_by_line(source, "cyrillic"))):
        bad = wrong_words(got, gold)
        print(f"{name}: {len(bad)} wrong words of {words}; lines with a character lost or moved: "
              f"{lost(source, got)}")
        if show:
            for b in bad:
                print("   ", *b)
    alalc = _document(source, "alalc")
    changed = english_changed(source, alalc, gold)
    print(f"convert --to alalc (document): {len(changed)} tokens changed that the labels leave; lines with a "
          f"character lost or moved: {lost(source, alalc)}")
    if show:
        for b in changed:
            print("   ", *b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
