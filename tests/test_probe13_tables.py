"""probe13: hostile tables and line files through the real CLI (a subprocess) and
:func:`translit.batch.process_table`.

* A table (CSV, TSV, JSON lines) in a single-byte Cyrillic code page came out with its Cyrillic
  unconverted and not a word said, where standard input says it: each such row is now reported
  with what it reads as and how to have it read (``--fix``, or the table saved as UTF-8).
* A JSON line that names the worked field twice got the last one's result without a word; a
  line nested thousands deep was reported in Python's words ("maximum recursion depth exceeded
  while decoding…"); a line with a number of 4,300+ digits lost its result ("Exceeds the limit…
  use sys.set_int_max_str_digits()").
* ``--json`` on CR LF input put the CR into every "input" and "output" (romanize, cyrillic,
  convert, key, detect, gloss, fix, --document): the objects now hold the line's text.
* cluster kept the CR of a CR LF or lone-CR line in its heading (and wrote it bare into its CSV),
  took the last of two columns of the same name, and left out rows too short to have the
  column without a word."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from translit import romanize
from translit.batch import process_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _run(args: list[str], data: bytes = b"", cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=ROOT)
    p = subprocess.run([sys.executable, "-m", "translit", *args], input=data, capture_output=True, env=env,
                       timeout=600, cwd=cwd)
    assert b"Traceback" not in p.stderr, p.stderr.decode("utf-8", "replace")
    return p


# -- a table in a Cyrillic code page is said, row by row ----------------------------------------

@pytest.mark.parametrize("codec,name,words", [
    ("cp1251", "Windows-1251", ["Сельское хозяйство", "Красный Октябрь"]),
    ("koi8-r", "KOI8-R", ["Известия", "Народное образование в СССР"]),
    ("cp866", "DOS (cp866)", ["Библиотека поэта", "Новый мир"]),
])
def test_a_code_page_table_is_reported_row_by_row(tmp_path, codec, name, words):
    """Each row is written (its bytes through unchanged) and reported with what it reads as."""
    src = tmp_path / "t.csv"
    src.write_bytes(("id,title\n" + "".join(f"{i},{w}\n" for i, w in enumerate(words, 1))).encode(codec))
    rep = process_table(str(src), str(tmp_path / "o.csv"), ("romanize", {}), column="title")
    assert rep.rows_in == rep.rows_out == len(words)
    assert [p.line for p in rep.problems] == [2, 3] and not rep.failed
    for p, w in zip(rep.problems, words):
        assert f"reads as {name} Cyrillic ({w!r})" in p.reason and "--fix" in p.reason
    assert (tmp_path / "o.csv").read_bytes().splitlines()[1].startswith(f"1,{words[0]},{words[0]}".encode(codec))


@pytest.mark.parametrize("text", ["Москва", "Труды по русской истории", "Ленинград"])
def test_a_code_page_json_line_is_reported_and_fix_reads_it(tmp_path, text):
    """JSON lines too; with --fix the same value is read and romanized, with no remark."""
    src = tmp_path / "t.jsonl"
    src.write_bytes(b'{"title": "' + text.encode("cp1251") + b'"}\n')
    rep = process_table(str(src), str(tmp_path / "o.jsonl"), ("key", {}), column="title")
    assert len(rep.problems) == 1 and "Windows-1251" in rep.problems[0].reason
    rep = process_table(str(src), str(tmp_path / "f.jsonl"), ("romanize", {"_fix": True}), column="title")
    assert not rep.problems
    got = json.loads((tmp_path / "f.jsonl").read_text("utf-8", "surrogateescape"))["title_romanize"]
    assert got == romanize(text)


@pytest.mark.parametrize("value", ["Zo\xeb Bront\xeb", "Mu\xf1oz", "caf\xe9 cr\xe8me"])
def test_latin1_bytes_are_said_without_a_guess(tmp_path, value):
    """Bytes that read as no Russian are said to be not UTF-8, with no code page named; they pass through."""
    src = tmp_path / "t.csv"
    src.write_bytes(b"title\n" + value.encode("latin-1") + b"\n")
    rep = process_table(str(src), str(tmp_path / "o.csv"), ("romanize", {}), column="title")
    assert [p.reason for p in rep.problems] == ["not UTF-8: the bytes that are not pass through unchanged"]
    raw = value.encode("latin-1")
    assert (tmp_path / "o.csv").read_bytes() == b"title,title_romanize\n" + raw + b"," + raw + b"\n"


def test_fix_itself_makes_no_code_page_remark(tmp_path):
    """fix reads the bytes in their code page: no remark that they pass through."""
    src = tmp_path / "t.csv"
    src.write_bytes("title\nВойна и мир\nБесы\nИдиот\n".encode("cp1251"))
    rep = process_table(str(src), str(tmp_path / "o.csv"), ("fix", {}), column="title")
    assert not rep.problems
    assert (tmp_path / "o.csv").read_text("utf-8", "surrogateescape").splitlines()[1].endswith(",Война и мир")


# -- JSON lines: a field named twice, deep nesting, long numbers ---------------------------------

@pytest.mark.parametrize("line", [
    '{"title": "Москва", "title": "Киев"}',
    '{"title": "a", "id": 1, "title": "b"}',
    '{"title":"Тверь","x":1,"title":"Тула","title":"Омск"}',
])
def test_a_json_line_naming_the_field_twice_is_reported(tmp_path, line):
    src = tmp_path / "t.jsonl"
    src.write_text(line + "\n" + '{"title": "Пермь"}\n', "utf-8")
    rep = process_table(str(src), str(tmp_path / "o.jsonl"), ("romanize", {}), column="title")
    assert rep.rows_in == rep.rows_out == 2
    assert [(p.line, p.reason) for p in rep.problems] == [(1, "the object has field 'title' more than once; keep one")]
    out = (tmp_path / "o.jsonl").read_text("utf-8").splitlines()
    assert out[0] == line and json.loads(out[1])["title_romanize"] == "Permʹ"


@pytest.mark.parametrize("line", [
    '{"title": "Москва", "note": {"title": 1, "title": 2}}',  # twice, but in a nested object
    '{"id": ' + "9" * 5000 + ', "title": "Москва"}',  # past int's 4,300 digits
    '{"n": 1.5e999, "m": -0.0, "title": "Москва", "k": [' + "1" * 4400 + ']}',
])
def test_other_fields_do_not_cost_the_line_its_result(tmp_path, line):
    """Numbers are not converted and nested objects are not the field: the line gets its result,
    with the rest of its text as it came."""
    src = tmp_path / "t.jsonl"
    src.write_text(line + "\n", "utf-8")
    rep = process_table(str(src), str(tmp_path / "o.jsonl"), ("romanize", {}), column="title")
    assert not rep.problems
    out = (tmp_path / "o.jsonl").read_text("utf-8")
    assert out.startswith(line[:-1]) and out.rstrip().endswith('"title_romanize": "Moskva"}')


@pytest.mark.parametrize("depth", [2_000, 20_000, 200_000])
def test_a_json_line_nested_too_deep_is_said_in_words(tmp_path, depth):
    src = tmp_path / "t.jsonl"
    src.write_text('{"title": "a"}\n' + "[" * depth + "]" * depth + '\n{"title": "b"}\n', "utf-8")
    rep = process_table(str(src), str(tmp_path / "o.jsonl"), ("romanize", {}), column="title")
    assert rep.rows_in == rep.rows_out == 3
    assert [(p.line, p.reason) for p in rep.problems] == [(2, "the line's JSON nests too deeply to read")]


def test_a_number_is_still_no_string_field(tmp_path):
    """Numbers read as 0 are not strings: a field that is a number is still reported."""
    src = tmp_path / "t.jsonl"
    src.write_text('{"title": 5}\n{"title": 1e5}\n{"title": ' + "7" * 5000 + "}\n", "utf-8")
    rep = process_table(str(src), str(tmp_path / "o.jsonl"), ("romanize", {}), column="title")
    assert [p.reason for p in rep.problems] == ["no string field 'title'"] * 3


# -- --json on CR LF input holds the line's text ---------------------------------------------------

@pytest.mark.parametrize("lines", [["Москва", "Kyiv i Lviv"], ["Sobranie sochinenii", "Київ"], ["Pravda", "GARF, f. 1"]])
@pytest.mark.parametrize("command", [["romanize"], ["cyrillic"], ["convert", "--to", "cyrillic"], ["key"], ["detect"],
                                     ["gloss"], ["fix"], ["cite"], ["cyrillic", "--document"], ["key", "--document"]],
                         ids=" ".join)
def test_json_of_crlf_lines_is_the_json_of_lf_lines(command, lines):
    lf = _run([*command, "--json"], "".join(x + "\n" for x in lines).encode())
    crlf = _run([*command, "--json"], "".join(x + "\r\n" for x in lines).encode())
    assert lf.returncode == crlf.returncode == 0
    assert [json.loads(x) for x in crlf.stdout.splitlines()] == [json.loads(x) for x in lf.stdout.splitlines()]
    assert b"\\r" not in crlf.stdout


# -- cluster -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("ending", [b"\r\n", b"\r", b"\n"])
def test_cluster_headings_do_not_keep_their_line_ending(tmp_path, ending):
    f = tmp_path / "h.txt"
    f.write_bytes(ending.join("Достоевский, Федор|Dostoevskii, Fedor|Tolstoi, Lev|Толстой, Лев".encode().split(b"|"))
                  + ending)
    p = _run(["cluster", str(f), "--format", "json"])
    assert p.returncode == 0, p.stderr
    members = sorted(m["text"] for c in json.loads(p.stdout) for m in c["members"])
    assert members == sorted(["Достоевский, Федор", "Dostoevskii, Fedor", "Tolstoi, Lev", "Толстой, Лев"])
    assert len(json.loads(p.stdout)) == 2


@pytest.mark.parametrize("header", ["title,title", "id,title,x,title", "title;title"])
def test_cluster_refuses_a_column_named_twice(tmp_path, header):
    f = tmp_path / "t.csv"
    sep = ";" if ";" in header else ","
    f.write_text(header + "\n" + sep.join(["Москва"] * header.count(sep)) + sep + "Киев\n", "utf-8")
    p = _run(["cluster", "--in", str(f), "--column", "title"])
    assert p.returncode == 2 and b"names column 'title' 2 times" in p.stderr and not p.stdout


@pytest.mark.parametrize("rows,short", [
    ("1,Москва\n2\n3,Moskva\n", "line 3"),
    ("1\n2\n3,Tver'\n", "2 rows"),
    ("1,Kiev\n2,Киев\n\n4\n", "line 5"),
])
def test_cluster_says_rows_without_the_column(tmp_path, rows, short):
    f = tmp_path / "t.csv"
    f.write_text("id,title\n" + rows, "utf-8")
    p = _run(["cluster", "--in", str(f), "--column", "title"])
    assert p.returncode == 0 and short.encode() in p.stderr and b"left out" in p.stderr


@pytest.mark.parametrize("line,said", [
    ('[{"title": "Москва"}, {"title": "Киев"}]', "the line is a JSON array of 2 objects, not one object"),
    ('[{"title": "Тверь"}]', "the line is a JSON array of 1 object, not one object"),
    ('[{"id": 1}, {"id": 2}, {"title": "x"}]', "the line is a JSON array of 3 objects, not one object"),
    ('[1, 2]', "the line is not a JSON object"),
    ('"Москва"', "the line is not a JSON object"),
    ('[]', "the line is not a JSON object"),
])
def test_a_json_line_that_is_no_object_is_said_so(tmp_path, line, said):
    """A .json file that is one array of objects: its line is reported with how to make JSON lines
    (jq); other lines that are no object are said to be so. Each is written through as it came."""
    src = tmp_path / "t.json"
    src.write_text(line + "\n", "utf-8")
    rep = process_table(str(src), str(tmp_path / "o.json"), ("romanize", {}), column="title")
    (p,) = rep.problems
    assert p.reason.startswith(said) and ("jq -c" in p.reason) == ("array of" in said)
    assert (tmp_path / "o.json").read_text("utf-8") == line + "\n"
