"""Messy real documents through every entry point (issue 12, probe5): spreadsheet exports with
semicolons, JSON lines with blank and broken lines, long lines without any Cyrillic, and the
assembled article of ``tests/data/messy_documents.py``. Each test asserts what the project
promises for any input: rows in = rows out, a clear reason for every bad row, and text that is
not Russian coming back byte for byte."""

import csv
import io
import json
import re

import httpx
import pytest

import translit
from translit.batch import process_table
from translit.web.app import create_app

from conftest import live_server
from data.messy_documents import article_bytes, csv_bytes


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


# -- semicolon-separated CSV (what spreadsheets write where the decimal mark is a comma) ---------

SEMICOLON_TABLES = [
    # (bytes, column, expected values of the new column in row order)
    (csv_bytes(), "title", ["Реабилитация; как это было", None, "История КПСС", None, None, "", None]),
    ("n;title\n1;Neizvestnyi Bukharin\n2;Istoriia KPSS\n".encode(), "title",
     ["Неизвестный Бухарин", "История КПСС"]),
    ('"id";"title, with a comma";"x"\r\n"1";"Istoriia KPSS";"a;b"\r\n'.encode(), "title, with a comma",
     ["История КПСС"]),
]


@pytest.mark.parametrize("data,column,expected", SEMICOLON_TABLES, ids=["export", "plain", "quoted-header"])
def test_a_semicolon_table_is_read_with_its_own_delimiter(tmp_path, data, column, expected):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(data)
    rep = process_table(str(src), str(out), ("cyrillic", {}), column=column)
    got = out.read_bytes()
    assert rep.rows_in == rep.rows_out == len(expected)
    rows = list(csv.reader(io.StringIO(got.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][-1] == f"{column}_cyrillic"
    for row, want in zip(rows[1:], expected):
        if want is not None:
            assert row[-1] == want
    # every byte of the input is still there, in order: only the new column was added
    it = iter(got)
    assert all(b in it for b in data)


def test_a_semicolon_export_uploaded_to_the_api_keeps_every_row(server):
    r = httpx.post(server + "/api/batch", files={"file": ("export.csv", csv_bytes())},
                   data={"command": "key", "column": "title"}, timeout=120)
    assert r.status_code == 200, r.text
    assert "7 rows in, 7 rows out" in r.json()["summary"]
    body = httpx.get(server + r.json()["result"], timeout=60).content
    assert body.startswith(b"\xef\xbb\xbfid;title;note;title_key\r\n")
    assert b"1;\"Reabilitatsiia; kak eto bylo\";ok;reabilitatsiia kak eto bylo\r\n" in body


def test_a_comma_table_whose_column_is_missing_still_names_its_columns(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("a;b,c\n1;2,3\n", encoding="utf-8")
    with pytest.raises(translit.TranslitError, match="no column 'title'; the columns are: a;b, c"):
        process_table(str(src), str(tmp_path / "o.csv"), ("key", {}), column="title")


# -- JSON lines: a bad line's reason says what is wrong with it --------------------------------------

@pytest.mark.parametrize("line,reason", [
    ("", "an empty line"),
    ("   \t", "an empty line"),
    ("not json at all", "not JSON (Expecting value at column 1)"),
    ('{"title": "Moskva"', "not JSON (Expecting ',' delimiter at column 19)"),
    ('{"title": "Moskva"} trailing', "not JSON (Extra data at column 21)"),
])
def test_a_bad_json_line_is_reported_in_words(tmp_path, line, reason):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"title": "Istoriia KPSS"}\n' + line + '\n{"title": "Moskva"}\n', encoding="utf-8")
    rep = process_table(str(src), str(out), ("cyrillic", {}), column="title")
    assert rep.rows_in == rep.rows_out == 3
    assert [(p.line, p.reason) for p in rep.problems] == [(2, reason)]
    assert out.read_text(encoding="utf-8").splitlines()[1] == line


# -- romanize: text without Cyrillic is not sent to language identification ------------------------

@pytest.mark.parametrize("text", [
    "Neizvestnyi Bukharin, Stephen F. Cohen (Oxford, 1980), pp. 12–14.",
    "Reabilitat͡sii͡a: kak ėto bylo " * 50,
    "Ελληνικά 中文 العربية https://doi.org/10.1080/09668136 \U0001F4DA",
])
def test_romanize_without_cyrillic_says_there_is_nothing_to_romanize(run_cli, text):
    got = json.loads(run_cli("romanize", "--json", text).stdout)
    assert got["output"] == text
    assert got["lang"] == "ru" and got["lang_reason"] == "no Cyrillic to romanize: Russian by default"


# -- the assembled article through the CLI: line for line, every line without Cyrillic kept -----------

@pytest.mark.parametrize("argv", [["romanize", "--scheme", "alalc"], ["fix"], ["cite"]])
def test_the_article_comes_back_line_for_line(run_cli, argv):
    data = article_bytes()
    head = data[:data.index(b"[4] RGASPI")]  # the long footnote run is the benchmark's, not the test's
    out = run_cli(*argv, input=head).stdout
    # a line ends at LF, CRLF or a lone CR (an old Mac paragraph): one output line each, ended by LF;
    # a CRLF line keeps its CR
    lines = re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)", head)  # each with its ending
    assert out.count(b"\n") == len(lines)
    if argv[0] == "romanize":
        for a, b in zip(lines, out.split(b"\n")):
            a = a[:-1] if a.endswith(b"\r\n") else a.rstrip(b"\r\n")
            text = a.decode("utf-8", errors="surrogateescape")
            if not any("\u0400" <= c <= "\u04ff" for c in text):  # no Cyrillic (bytes that are not UTF-8 are none)
                assert a == b


@pytest.mark.parametrize("data", [
    "\ufeffid;heading\r\n1;Bukharin, Nikolai Ivanovich\r\n2;Бухарин, Николай Иванович\r\n3;Trotsky, Leon\r\n",
    "heading;n\nBukharin, Nikolai Ivanovich;1\nБухарин, Николай Иванович;2\nTrotsky, Leon;3\n",
    "\ufeffheading,n\n\"Bukharin, Nikolai Ivanovich\",1\n\"Бухарин, Николай Иванович\",2\n\"Trotsky, Leon\",3\n",
    # Excel's delimiter line before the header names the delimiter
    "sep=;\r\nid;heading\r\n1;Bukharin, Nikolai Ivanovich\r\n2;Бухарин, Николай Иванович\r\n3;Trotsky, Leon\r\n",
    "\ufeffsep=,\nheading,n\n\"Bukharin, Nikolai Ivanovich\",1\n\"Бухарин, Николай Иванович\",2\n\"Trotsky, Leon\",3\n",
    "sep=|\nheading|n\nBukharin, Nikolai Ivanovich|1\nБухарин, Николай Иванович|2\nTrotsky, Leon|3\n",
])
def test_cluster_reads_the_column_of_a_spreadsheet_export(tmp_path, run_cli, data):
    src = tmp_path / "headings.csv"
    src.write_text(data, encoding="utf-8")
    got = json.loads(run_cli("cluster", str(src), "--column", "heading", "--format", "json").stdout)
    members = sorted(m["text"] for c in got for m in c["members"])
    assert members == sorted(["Bukharin, Nikolai Ivanovich", "Бухарин, Николай Иванович", "Trotsky, Leon"])
    assert len(got) == 2


# -- fix: a paragraph in a single-byte Cyrillic code inside a file that is otherwise UTF-8 ---------

RUSSIAN_LINES = ["Реабилитация: как это было.", "Неизвестный Бухарин, письма и документы",
                 "ЦК ВКП(б) и вопросы истории"]


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])  # cp866 letters р-я are UTF-8 lead bytes: not testable so
@pytest.mark.parametrize("line", RUSSIAN_LINES)
def test_fix_reads_single_byte_cyrillic_inside_utf8(run_cli, codec, line):
    data = "Before: ".encode() + line.encode(codec) + " (after, ü)".encode() + b"\n"
    out = run_cli("fix", input=data).stdout
    assert out.decode("utf-8") == f"Before: {line} (after, ü)\n"


@pytest.mark.parametrize("data", [
    b"A lone byte \xff and a cut sequence \xd0 then text.\n",
    b"caf\xe9 au lait, d\xe9j\xe0 vu, Gr\xfc\xdfe aus M\xfcnchen\n",  # Latin-1, not Cyrillic
    b"\xe0 la carte \xc9t\xe9 1937\n",
])
def test_fix_leaves_bytes_that_are_no_cyrillic_as_they_are(run_cli, data):
    assert run_cli("fix", input=data).stdout == data


def test_fix_in_a_batch_reads_the_bytes_and_keeps_the_other_rows(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(b"n,title\n1," + "Неизвестный Бухарин".encode("cp1251") + b"\n2,Istoriia KPSS\n3,\xff\n")
    rep = process_table(str(src), str(out), ("fix", {}), column="title")
    assert rep.rows_in == rep.rows_out == 3
    lines = out.read_bytes().split(b"\n")
    assert lines[1].endswith(",Неизвестный Бухарин".encode())
    assert lines[2] == b"2,Istoriia KPSS,Istoriia KPSS" and lines[3] == b"3,\xff,\xff"


# -- Excel's delimiter line ("sep=;") before the header ---------------------------------------------

@pytest.mark.parametrize("data,delimiter", [
    (b"sep=;\r\nid;title\r\n1;Istoriia KPSS\r\n2\r\n", ";"),
    (b"\xef\xbb\xbfsep=,\nid,title\n1,Istoriia KPSS\n2\n", ","),
    (b"sep=|\nid|title\n1|Istoriia KPSS\n2\n", "|"),
])
def test_a_delimiter_line_names_the_delimiter_and_is_kept(tmp_path, data, delimiter):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(data)
    rep = process_table(str(src), str(out), ("cyrillic", {}), column="title")
    assert rep.rows_in == rep.rows_out == 2
    assert [(p.line, p.reason) for p in rep.problems] == [(4, "the row has no value in that column")]
    lines = out.read_bytes().splitlines()
    assert lines[0] == data.splitlines()[0]
    assert lines[1].endswith(f"{delimiter}title_cyrillic".encode())
    assert lines[2].endswith(f"{delimiter}История КПСС".encode())
    assert lines[3] == b"2"


# -- identification of a long romanized text reads a sample of its words, and says so --------------

LONG_TEXTS = [
    ("Neizvestnyi Bukharin: pis'ma i dokumenty iz arkhivov Rossii. ", "ru"),
    ("The committee discussed the report in the archive and wrote to the editor. ", "ru"),
    ("Istoriia Ukraïny: narys. Kyïv: Naukova dumka, 1990. ", "uk"),
]


@pytest.mark.parametrize("sentence,lang", LONG_TEXTS)
def test_identification_of_a_long_text_reads_a_sample(sentence, lang):
    from translit.langs.choose import choose
    from translit.langs.identify import SAMPLE_WORDS, identify

    text = sentence * (3 * SAMPLE_WORDS // len(sentence.split()))
    ident = identify(text)
    assert any(e.startswith(f"words read: a sample of {SAMPLE_WORDS} of ") for e in ident.ranking[0].evidence)
    assert choose(text).language == lang == choose(sentence * 2).language
    short = identify(sentence * 2)
    assert not any(e.startswith("words read: a sample") for e in short.ranking[0].evidence)
