"""benchmarks/label_survey.py never rewrites a part held out and never studied (its writer labels it to
the convention before its first run), and marks a file it rewrites once, since figures measured before
the relabelling are not comparable."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import label_survey  # noqa: E402


@pytest.mark.parametrize("text, held", [
    ("# Part 16. HELD OUT: never tune on it.\nalalc\t{Правда}\n", True),
    ("# STUDIED by someone\n# Part 9. HELD OUT: never tune on it.\nalalc\t{Правда}\n", False),
    ("# Development part (rules may be tuned on it).\nalalc\t{Правда}\n", False),
    ("alalc\tHELD OUT in a sentence is no header\n", False),
])
def test_held_out_is_read_from_the_header_only(text, held):
    assert label_survey.held_out(text) is held


@pytest.mark.parametrize("text", ["# a header\nalalc\tx\n", "# one\n# two\nalalc\tx\n", "alalc\tno header\n"])
def test_relabelled_line_ends_the_header_once(text):
    once = label_survey.marked(text)
    assert label_survey.marked(once) == once
    assert label_survey.header(once).endswith(label_survey.RELABELLED)
    assert once.replace(label_survey.RELABELLED, "") == text
