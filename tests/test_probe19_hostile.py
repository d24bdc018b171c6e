"""probe19: hostile inputs to the running-text reader merged on 2 December.

Class found: a line of many capitalized name runs (``the Japanese architect`` repeated, a list of
``Ivanov, A. B.,``) asked :func:`translit.read.language._all_capitals` once per run, and each ask
rewrote the whole line with a regular expression: quadratic in the line's length (2,000 repeats
took 24 s, 1,000 took 6 s). The answer is now worked out once per line; these tests pin that the
rule asks each line once and that its answers did not change (no timings asserted).
"""

from __future__ import annotations

import pytest

import translit
from translit.read import language


@pytest.mark.parametrize("text, lines", [
    (" ".join(["the Japanese architect"] * 40), 1),
    (" ".join(["Ivanov, A. B., and George Kennan,"] * 30), 1),
    ("Stephen F. Cohen met Robert C. Tucker and Moshe Lewin.\n" * 3 + "J. Arch Getty wrote.", 4),
])
def test_each_line_is_read_for_capitals_once(text, lines):
    language._line_all_capitals.cache_clear()
    result = translit.convert(text, to="cyrillic")
    info = language._line_all_capitals.cache_info()
    assert info.misses <= lines
    assert "Japanese" not in text or result.text == text  # English passes through byte for byte


@pytest.mark.parametrize("text, at, expected", [
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 12, True),
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 2, False),
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 40, False),
    ("THE ARCHIVE OF GARF, vol. 2, No. 4", 5, True),
    ("THE ARCHIVE OF GARF, volume 2", 5, False),
])
def test_all_capitals_answers_per_line(text, at, expected):
    assert language._all_capitals(text, at) is expected


@pytest.mark.parametrize("text", [
    " ".join(["the Japanese architect"] * 60),
    "(" * 300 + "the Japanese architect" + ")" * 300,
    "!?.,;:—()[]" * 100,
])
def test_long_english_lines_pass_through(text):
    assert translit.convert(text, to="cyrillic").text == text
