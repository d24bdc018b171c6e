"""probe9: hostile inputs of our own to the library, the CLI, batch jobs and the HTTP API.

Each class was found by probing and is tested on three or more inputs:

* work that grew with the square of one run of the input: ``fix`` on a long word (a look-ahead
  pattern tried at every letter), a reading of text with thousands of archival citation marks
  (every word scanned per mark), ``convert`` on a long run of digits or letters (the address
  pattern tried inside the run), a gloss of many words and numbers (every word's field context
  gathered from every other word, every number looked for among every word). The tests run inputs that took minutes before and check the
  answer is the one the short input gives (no timing is asserted);
* a text over ``MAX_TEXT_CHARS`` (a line of standard input that never ends, a 26 MB field of a
  table): written through unchanged and reported on the command line and in batch jobs (plain
  output), a one-line error with ``--json`` and in a document, never minutes and gigabytes;
* lines of a stream that go on for many chunks are cut exactly as short ones;
* a binary MARC file with NUL or space padding or a line of text before a record: the record
  after it is read (it was rejected together with the junk).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import httpx
import pytest

import translit
from conftest import live_server
from test_probe8_web import _rec  # a small UTF-8 record with its 001 and 245
from translit.batch import process_table
from translit.commands import MAX_TEXT_CHARS
from translit.marc import iter_raw, parse, run
from translit.read.language import _address_spans
from translit.repair import _mixed_words
from translit.textfile import universal_lines
from translit.web.app import create_app

# -- work linear in a long run of the input --------------------------------------------------------

_OLD_MIXED = re.compile(r"(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")


@pytest.mark.parametrize("text", ["Pеабилитация and Москва", "ТЕКСТ text тeкст", "Ёж, Jež, ЁжJ 12аb",
                                  "", "щщщ" * 10, "a1б bа_c"])
def test_mixed_words_are_counted_as_the_look_ahead_pattern_counted_them(text):
    assert _mixed_words(text) == len(_OLD_MIXED.findall(text))


@pytest.mark.parametrize("word", ["Реабилитация" * 2_000, "Bukharin" * 3_000, "ШЧ" * 10_000])
def test_fix_of_a_very_long_word_keeps_it(word):
    assert translit.fix(word).text == word


@pytest.mark.parametrize("unit", ["f. 1, op. 2, d. 3; ", "RGASPI, f. 17, op. 3, d. 1003, l. 5; ",
                                  "GARF, f. R-5446, op. 1, d. 7; "])
def test_a_text_of_thousands_of_citations_reads_as_each_one_does(unit):
    one = translit.to_cyrillic(unit).text
    assert translit.to_cyrillic(unit * 3_000).text == one * 3_000


@pytest.mark.parametrize("text,addresses", [
    ("RGASPI, f. " + "1" * 50_000 + ", op. 3", []),
    ("see " + "ab" * 25_000 + ". ok, mail x.y@lib.ru", ["x.y@lib.ru"]),
    ("1" * 30_000 + "a@b.ru and http://x.ru/a", ["1" * 30_000 + "a@b.ru", "http://x.ru/a"]),
    ("x " + "a." * 20_000 + " y", []),
])
def test_addresses_beside_a_long_run_are_found_where_they_are(text, addresses):
    assert [text[a:b] for a, b in _address_spans(text)] == addresses


@pytest.mark.parametrize("text", ["RGASPI, f. " + "1" * 50_000 + ", op. 3",
                                  "Moskva " + "7" * 40_000, "see " + "ab" * 25_000 + ". ok"])
def test_convert_of_a_long_run_of_digits_or_letters_keeps_it(text):
    run_ = max(re.findall(r"[0-9a-z]{1000,}", text), key=len)
    assert run_ in translit.convert(text, to="cyrillic").text


@pytest.mark.parametrize("unit", ["f. 1, op. 2, d. 3; ", "Postanovlenie TsK 1937 goda, ", "Доклад 12 о 1917 годе; "])
def test_a_gloss_of_thousands_of_words_and_numbers_is_each_units_gloss(unit):
    one = translit.gloss_text(unit).gloss
    assert translit.gloss_text(unit * 800).gloss == " · ".join([one] * 800)


# -- a text over the limit is written through, never read ------------------------------------------

_LONG = "Щукин " * (MAX_TEXT_CHARS // 6 + 10)


@pytest.mark.parametrize("argv,first", [(["romanize"], "Бухарин"), (["key"], "Бухарин"),
                                        (["convert", "--line-by-line", "--to", "alalc"], "Бухарин"),
                                        (["fix"], "Ðåàáèëèòàöèÿ")])
def test_a_line_over_the_limit_is_written_through_and_named(run_cli, argv, first):
    data = (first + "\n" + _LONG + "\nЛенин\n").encode()
    proc = run_cli(*argv, input=data)
    lines = proc.stdout.split(b"\n")
    assert len(lines) == 4 and lines[1] == _LONG.encode() and lines[0] != first.encode()  # the others are read
    assert b"line 2 has" in proc.stderr and b"MAX_TEXT_CHARS" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("argv", [["romanize", "--json"], ["convert", "--to", "cyrillic"],
                                  ["cyrillic", "--document"]])
def test_a_line_over_the_limit_stops_json_and_documents_with_one_line(run_cli, argv):
    proc = run_cli(*argv, input=("Bukharin\n" + _LONG + "\n").encode(), check=False)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert proc.stderr.count(b"\n") == 1 and b"line 2 has" in proc.stderr


@pytest.mark.parametrize("name,data,column", [
    ("t.csv", "id,title\n1,Щукин\n2,\"" + _LONG + "\"\n3,Ленин\n", "title"),
    ("t.tsv", "id\ttitle\n1\tЩукин\n2\t" + _LONG + "\n3\tЛенин\n", "title"),
    ("t.jsonl", "".join(json.dumps({"title": t}, ensure_ascii=False) + "\n" for t in ("Щукин", _LONG, "Ленин")),
     "title"),
])
def test_a_field_over_the_limit_is_written_through_and_reported(tmp_path, name, data, column):
    src, out = tmp_path / name, tmp_path / ("out-" + name)
    src.write_text(data, encoding="utf-8")
    report = process_table(str(src), str(out), ("romanize", {}), column=column, progress=False)
    assert report.rows_in == report.rows_out == 3 and report.failed == 1
    assert "MAX_TEXT_CHARS" in report.problems[0].reason
    got = out.read_text(encoding="utf-8")
    assert _LONG in got and "Shchukin" in got and "Lenin" in got


def test_an_uploaded_table_with_a_field_over_the_limit_keeps_every_row(tmp_path):
    data = ("id,title\n1,Щукин\n2," + _LONG + "\n3,Ленин\n").encode()
    with live_server(create_app(keep_results=600)) as base:
        r = httpx.post(base + "/api/batch", files={"file": ("t.csv", data)},
                       data={"command": "romanize", "column": "title"})
        assert r.status_code == 200, r.text
        body = r.json()
        got = httpx.get(base + body["result"]).content.decode()
        report = httpx.get(base + body["report"]).text
    assert got.count("\n") == 4 and _LONG in got and "Lenin" in got
    assert "MAX_TEXT_CHARS" in report


# -- lines that run over many chunks --------------------------------------------------------------

@pytest.mark.parametrize("data", [b"a" * 100 + b"\r\n" + b"b" * 37, b"x\r" * 40 + b"\n\n" + b"y" * 99 + b"\r",
                                  b"\r\n".join([b"z" * n for n in range(50)]), b"", b"\n" * 9])
@pytest.mark.parametrize("chunk", [1, 2, 7, 64])
def test_lines_are_cut_at_their_endings_whatever_the_chunk(data, chunk):
    expected = re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", data)
    assert list(universal_lines(io.BytesIO(data), chunk)) == expected


# -- MARC: padding or junk before a record ---------------------------------------------------------

A, B = _rec("p9a", "Istoriia Rossii"), _rec("p9b", "Ocherki po istorii Moskvy")


@pytest.mark.parametrize("data,ids,rejected", [
    (b"\x00" * 100 + A + B, ["p9a", "p9b"], 0),           # a block's NUL padding before a record
    (A + b" " * 300 + B, ["p9a", "p9b"], 0),              # space padding between records
    (b"exported by X\n" + A + B, ["p9a", "p9b"], 1),      # a line of text before the first
    (A + b"\x1a\x1a" + B, ["p9a", "p9b"], 1),             # DOS end-of-file marks glued to a record
])
def test_a_record_after_padding_or_junk_is_read(tmp_path, data, ids, rejected):
    src, out = tmp_path / "in.mrc", tmp_path / "out.mrc"
    src.write_bytes(data)
    report = run("romanize", str(src), str(out))
    assert [parse(raw)["001"].value() for _, raw in iter_raw(str(out))] == ids
    assert len(report.rejected) == rejected and report.records_in == len(ids) + rejected
