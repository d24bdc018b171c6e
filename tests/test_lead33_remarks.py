"""A table whose every row draws the same kind of remark (a whole table in a Cyrillic code page,
every value missing) is said in a few lines on the CLI: the first rows in full, the rest as a
count with their line numbers; remarks of different kinds are each said. Through the real CLI
(a subprocess) and :meth:`translit.batch.BatchReport.said`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from translit.batch import BatchReport, Problem

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.parametrize("codec,name,word", [
    ("cp1251", "Windows-1251", "Сельское хозяйство"),
    ("koi8-r", "KOI8-R", "Народное образование"),
    ("cp866", "DOS (cp866)", "Библиотека поэта"),
])
def test_a_code_page_table_is_said_in_a_few_lines(tmp_path, codec, name, word):
    src = tmp_path / "t.csv"
    src.write_bytes(("id,title\n" + "".join(f"{i},{word} {i}\n" for i in range(1, 201))).encode(codec))
    p = subprocess.run([sys.executable, "-m", "translit", "romanize", "--in", str(src), "--out",
                        str(tmp_path / "o.csv"), "--column", "title"], capture_output=True,
                       env=dict(os.environ, PYTHONPATH=ROOT), timeout=600)
    err = p.stderr.decode("utf-8").splitlines()
    assert p.returncode == 0, err
    full = [e for e in err if f"reads as {name} Cyrillic" in e]
    assert [e.split(":")[2] for e in full] == ["2", "3", "4"]
    (rest,) = [e for e in err if "more row" in e]
    assert "197 more rows with the remark 'not UTF-8' (lines 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)" in rest
    assert len(err) == 5  # three rows, the count, the summary
    assert len((tmp_path / "o.csv").read_bytes().splitlines()) == 201


def test_each_kind_of_remark_is_said_and_counted_on_its_own():
    report = BatchReport(rows_in=9, rows_out=9, problems=[
        Problem(2, "missing value"), Problem(3, "not UTF-8: reads as …", failed=False),
        Problem(4, "missing value"), Problem(5, "missing value"), Problem(6, "missing value"),
        Problem(7, "missing value"), Problem(8, "3 fields where the header has 2: padded", failed=False)])
    said = report.said("t.csv")
    assert said == ["t.csv:2: missing value", "t.csv:3: not UTF-8: reads as …", "t.csv:4: missing value",
                    "t.csv:5: missing value", "t.csv:8: 3 fields where the header has 2: padded",
                    "t.csv: 2 more rows with the remark 'missing value' (lines 6, 7)"]


def test_at_most_so_many_problems_are_said_in_full():
    report = BatchReport(rows_in=80, rows_out=80,
                         problems=[Problem(n, f"ValueError{n}: bad") for n in range(2, 82)])
    said = report.said("t.tsv", most=50)
    assert len(said) == 51 and said[-1] == "… and 30 more problems"
    assert said[0] == "t.tsv:2: ValueError2: bad" and said[49] == "t.tsv:51: ValueError51: bad"
