"""hunt16: a regression test on three real-world documents written for issue 12 (tests/data/hunt16/:
an English journal article's footnotes on Soviet history, a book review with OCR noise and quoted
Russian, a library finding aid of an émigré collection). Each is converted whole, as the document
reader reads a .txt (``convert_document``), to Cyrillic and to ALA-LC; the English words marked by
hand in ``english_marks.tsv`` must come out byte for byte, as often as their line has them, and the
document keeps its lines (no line gained, lost or joined)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from translit.read.document import convert_document

DATA = Path(__file__).parent / "data" / "hunt16"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+)*")


def _marks() -> dict[str, dict[int, str]]:
    """file → line number → the line's marked English words (or * for the whole line)."""
    out: dict[str, dict[int, str]] = {}
    for row in (DATA / "english_marks.tsv").read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        name, number, words = row.split("\t")
        out.setdefault(name, {})[int(number)] = words
    return out


def _count(line: str, word: str) -> int:
    """How often ``word`` stands as a whole word in ``line``."""
    return len(re.findall(r"(?<![^\W_])(?<![\u0300-\u036f])" + re.escape(word) + r"(?![^\W_]|[\u0300-\u036f])", line))


@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
@pytest.mark.parametrize("name", ["footnotes.txt", "review.txt", "finding_aid.txt"])
def test_marked_english_words_stay(name: str, to: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    out = [d.result.text for d in convert_document(lines, to=to)]
    assert len(out) == len(lines)
    faults = []
    for number, words in _marks()[name].items():
        before, after = lines[number - 1], out[number - 1]
        if words == "*":
            if after != before:
                faults.append((number, before, after))
            continue
        for w in set(words.split()):
            assert _count(before, w), (name, number, w)  # the mark is a word of its line
            if _count(after, w) != _count(before, w):
                faults.append((number, w, after))
    assert not faults
