"""The Serbian reader asks whether a word's line writes č ć š ž đ once per line, not once per word:
a long line costs in proportion to its length (the answers are those of the line read alone)."""

import pytest

from translit.langs.serbian import _line_has_diacritics, read_serbian


@pytest.mark.parametrize("text, at, marked", [
    ("Vasa knjiga\nVasa Pelagić", 0, False),
    ("Vasa knjiga\nVasa Pelagić", 13, True),
    ("Sto godina Đerdapa", 0, True),
    ("Kosa i c\u030cešalj", 2, True),   # č written decomposed
    ("", 0, False),
])
def test_the_line_around_an_offset(text, at, marked):
    assert _line_has_diacritics(text, at) is marked


@pytest.mark.parametrize("line", ["Vasa Pelagić i Vasa knjiga", "Sto godina Đerdapa", "Kosa i češalj"])
def test_a_long_text_reads_each_line_as_alone(line):
    alone = read_serbian(line).text
    assert read_serbian("\n".join([line] * 300)).text == "\n".join([alone] * 300)
