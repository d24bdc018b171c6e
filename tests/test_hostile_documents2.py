"""Messy real-style documents, second round (after test_hostile.py and test_messy_documents.py):
tables and streams saved in UTF-16 or with lone-CR line endings, compressed and office files sent
where text is asked for, MARC records that romanization pushes past ISO 2709's limits, headers of
100,000 columns, and English prose holding Ukrainian, Bulgarian, Serbian and Russian titles. Each
class is run through the real CLI in a subprocess, a real uvicorn server on 127.0.0.1 and the real
pymarc and pymorphy3; the binary fixtures are built by tests/data/hostile_documents2.py."""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from pathlib import Path

import httpx
import pymarc
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import hostile_documents2 as fx  # noqa: E402
from conftest import live_server  # noqa: E402

from translit.web.app import create_app  # noqa: E402

CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile2")
    fx.write_all(folder)
    return folder


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


def _key_lines(run_cli, lines: list[str]) -> list[str]:
    return run_cli("key", input="\n".join(lines) + "\n").stdout.splitlines()


# -- tables in UTF-16: read, and written back, in their own encoding ---------------------------------

UTF16_TABLES = [
    ("table-utf16le-bom.csv", "utf-16-le", b"\xff\xfe", ","),
    ("table-utf16be-bom.tsv", "utf-16-be", b"\xfe\xff", "\t"),
    ("table-utf16le.csv", "utf-16-le", b"", ","),
]


@pytest.mark.parametrize("name,codec,bom,delim", UTF16_TABLES)
def test_a_utf16_table_keeps_every_row_and_its_encoding(fixtures, run_cli, tmp_path, name, codec, bom, delim):
    out = tmp_path / ("out" + Path(name).suffix)
    proc = run_cli("key", "--in", str(fixtures / name), "--out", str(out), "--column", "title")
    assert "3 rows in, 3 rows out" in proc.stderr
    data = out.read_bytes()
    assert data.startswith(bom) and not data[len(bom):].startswith((b"\xff\xfe", b"\xfe\xff"))
    text = data[len(bom):].decode(codec)
    rows = text.splitlines()
    source = fx.TABLE.replace(",", delim).splitlines()
    assert rows[0] == source[0] + delim + "title_key"
    for got, src in zip(rows[1:], source[1:]):  # the row as it came, then its key
        assert got.startswith(src + delim)
    keys = [r.rsplit(delim, 1)[1] for r in rows[1:]]
    assert keys == _key_lines(run_cli, ["Istoriia KPSS", "Bukharin", "Ленин"])


@pytest.mark.parametrize("encode,command", [
    (lambda s: s.encode("utf-16"), "cyrillic"),
    (lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "key"),
    (lambda s: s.encode("utf-16-le"), "convert"),
    (lambda s: s.encode("utf-32"), "cyrillic"),
])
def test_standard_input_in_utf16_or_utf32_is_read_as_such(run_cli, encode, command):
    lines = "Neizvestnyi Bukharin\nIstoriia KPSS\nthe plan of 1930\n"
    wide = run_cli(command, input=encode(lines))
    plain = run_cli(command, input=lines.encode("utf-8"))
    assert wide.stdout.decode("utf-8") == plain.stdout.decode("utf-8")
    assert b"\x00" not in wide.stdout
    assert "read as such, written as UTF-8" in wide.stderr.decode()


def test_a_utf16_upload_keeps_its_encoding(fixtures, server):
    data = (fixtures / "table-utf16le-bom.csv").read_bytes()
    r = httpx.post(server + "/api/batch", files={"file": ("export.csv", data)},
                   data={"command": "cyrillic", "column": "title"})
    assert r.status_code == 200, r.text
    assert "3 rows in, 3 rows out" in r.json()["summary"]
    out = httpx.get(server + r.json()["result"]).content
    assert out.startswith(b"\xff\xfe")
    rows = out[2:].decode("utf-16-le").splitlines()
    assert rows[0] == "title,id,title_cyrillic" and rows[1].startswith("Istoriia KPSS,1,")
    assert rows[3] == "Ленин,3,Ленин"


# -- lone CR line endings (old Mac exports): one row per line -----------------------------------------

@pytest.mark.parametrize("name,data,rows", [
    ("mac.csv", b"title,id\rIstoriia,1\rBukharin,2\rLenin,3\r", ["Istoriia,1", "Bukharin,2", "Lenin,3"]),
    ("mixed.csv", b"title,id\r\nIstoriia,1\nBukharin,2\rLenin,3\r\n", ["Istoriia,1", "Bukharin,2", "Lenin,3"]),
    ("mac.tsv", b"title\tid\rIstoriia\t1\rBukharin\t2", ["Istoriia\t1", "Bukharin\t2"]),
    ("quoted.csv", b'title,id\r"Istoriia\rKPSS",1\rLenin,3\r', ['"Istoriia\rKPSS",1', "Lenin,3"]),
])
def test_lone_cr_ends_a_row_and_is_kept(run_cli, tmp_path, name, data, rows):
    src, out = tmp_path / name, tmp_path / ("out-" + name)
    src.write_bytes(data)
    proc = run_cli("key", "--in", str(src), "--out", str(out), "--column", "title")
    assert f"{len(rows)} rows in, {len(rows)} rows out" in proc.stderr
    assert "problems" not in proc.stderr
    got = out.read_bytes()
    # every line keeps its own ending; the row's bytes come back, then the key
    for row in rows:
        assert row.encode() + (b"\t" if name.endswith(".tsv") else b",") in got
    assert got.count(b"\r") == data.count(b"\r")


# -- compressed, archive, office and PDF files sent as text ------------------------------------------

BINARY = [("table.csv.gz", "gzip"), ("table-zip.csv", "ZIP archive"), ("table-pdf.csv", "PDF document")]


@pytest.mark.parametrize("name,kind", BINARY)
def test_a_binary_file_given_as_a_table_is_named_and_nothing_written(fixtures, run_cli, tmp_path, name, kind):
    out = tmp_path / "out.csv"
    proc = run_cli("cyrillic", "--in", str(fixtures / name), "--out", str(out), "--column", "title", check=False)
    assert proc.returncode == 2
    assert kind in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".*part*"))


@pytest.mark.parametrize("name,kind", BINARY)
def test_a_binary_file_on_standard_input_or_as_marc_is_named(fixtures, run_cli, tmp_path, name, kind):
    data = (fixtures / name).read_bytes()
    proc = run_cli("key", input=data, check=False)
    assert proc.returncode == 2 and kind in proc.stderr.decode() and not proc.stdout
    mrc = tmp_path / "records.mrc"
    mrc.write_bytes(data)
    proc = run_cli("marc", "romanize", str(mrc), str(tmp_path / "out.mrc"), check=False)
    assert proc.returncode == 2 and kind in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name,kind", BINARY)
def test_a_binary_upload_is_a_422_naming_the_upload_not_the_server_file(fixtures, server, name, kind):
    data = (fixtures / name).read_bytes()
    for upload, form in ((name, {"command": "key", "column": "title"}), ("records.mrc", {"command": "check"})):
        r = httpx.post(server + "/api/batch", files={"file": (upload, data)}, data=form)
        assert r.status_code == 422, r.text
        detail = r.json()["detail"]
        assert kind in detail and detail.startswith(upload)
        assert "/tmp" not in detail and "input." not in detail


# -- error messages quoting a header stay short ------------------------------------------------------

@pytest.mark.parametrize("columns,delim", [(100_000, ","), (20_000, "\t"), (50, ",")])
def test_a_missing_column_in_a_huge_header_is_said_in_a_short_line(run_cli, tmp_path, columns, delim):
    name = "wide.tsv" if delim == "\t" else "wide.csv"
    src = tmp_path / name
    src.write_text(delim.join(f"c{i}" for i in range(columns)) + "\n" + delim.join("x" * columns) + "\n")
    proc = run_cli("key", "--in", str(src), "--out", str(tmp_path / "o"), "--column", "title", check=False)
    assert proc.returncode == 2
    message = proc.stderr.strip()
    assert "no column 'title'" in message and "c0, c1, c2" in message
    assert len(message) < 600
    assert (f"and {columns - 30:,} more" in message) == (columns > 30)


# -- MARC: romanization that would pass ISO 2709's limits ---------------------------------------------

GROWN = ["grow-names", "grow-note", "grow-both"]


def _ids(path: Path) -> list[str]:
    if path.suffix == ".xml":
        return [r["001"].data for r in pymarc.parse_xml_to_array(str(path))]
    return [r["001"].data for r in pymarc.MARCReader(path.read_bytes(), to_unicode=True, force_utf8=True)]


@pytest.mark.parametrize("src,out", [("growing.mrc", "out.mrc"), ("growing.xml", "out.xml"),
                                     ("growing.mrc", "out.xml")])
def test_a_record_romanization_would_overgrow_is_kept_as_it_came_and_reported(fixtures, run_cli, tmp_path, src, out):
    report = tmp_path / "report.csv"
    proc = run_cli("marc", "romanize", str(fixtures / src), str(tmp_path / out), "--report", str(report))
    assert "Traceback" not in proc.stderr
    assert "5 records in, 5 out" in proc.stderr and "3 kept unchanged after an error" in proc.stderr
    assert _ids(tmp_path / out) == ["small", *GROWN, "small"]  # every record, readable, in order
    reasons = {row["record"]: row["kind"] for row in csv.DictReader(report.open(encoding="utf-8"))}
    for rid in GROWN:
        assert "binary MARC holds at most 99,999 bytes" in reasons[rid]
    assert "field 700 is" in reasons["grow-note"]
    records = {r["001"].data: r for r in (pymarc.parse_xml_to_array(str(tmp_path / out)) if out.endswith(".xml")
               else pymarc.MARCReader((tmp_path / out).read_bytes(), to_unicode=True, force_utf8=True))}
    assert records["small"]["245"]["a"] == "Istorii͡a KPSS"
    for rid in GROWN:  # unchanged: still the Cyrillic it came with
        assert CYRILLIC.search(records[rid]["245"]["a"])


def test_marcxml_records_too_long_for_binary_marc_are_rejected_with_the_reason(run_cli, tmp_path):
    recs = [fx.small_record(), fx.marc_record("huge", "Война и мир", 14, "Толстой, Лев " * 600), fx.small_record()]
    buf = io.BytesIO()
    w = pymarc.XMLWriter(buf)
    for r in recs:
        r["001"].data = r["001"].data + "-" + str(len(buf.getvalue()))
        w.write(r)
    w.close(close_fh=False)
    src = tmp_path / "big.xml"
    src.write_bytes(buf.getvalue())
    proc = run_cli("marc", "romanize", str(src), str(tmp_path / "out.xml"))
    assert "3 records in, 2 out" in proc.stderr and "1 rejected" in proc.stderr
    assert "binary MARC holds at most 99,999 bytes" in proc.stderr
    rejects = list(tmp_path.glob("*rejects*"))
    assert rejects and "Толстой" in rejects[0].read_text(encoding="utf-8")


def test_an_overgrowing_record_in_an_http_marc_job(fixtures, server):
    r = httpx.post(server + "/api/batch", files={"file": ("vendor.mrc", (fixtures / "growing.mrc").read_bytes())},
                   data={"command": "romanize"})
    assert r.status_code == 200, r.text
    assert "5 records in, 5 out" in r.json()["summary"]
    out = httpx.get(server + r.json()["result"]).content
    assert [x["001"].data for x in pymarc.MARCReader(out, to_unicode=True, force_utf8=True)] == ["small", *GROWN, "small"]


# -- English prose around titles in other Cyrillic languages -----------------------------------------

PROSE = [
    ("In Ukrainian the title is Історія України, he wrote.", "Історія України", "Istorii͡a Ukraïny"),
    ("The Bulgarian edition, История на България, was banned.", "История на България", "Istorii͡a na Bŭlgarii͡a"),
    ("The Serbian edition, Историја Србије, was banned.", "Историја Србије", "Istorija Srbije"),
    ("Ukrainian: Історія України-Руси (vol. 1, 1991).", "Історія України-Руси", "Istorii͡a Ukraïny-Rusy"),
]


@pytest.mark.parametrize("line,cyrillic,roman", PROSE)
def test_english_words_beside_another_languages_title_stay_english(run_cli, line, cyrillic, roman):
    to_cyr = run_cli("convert", "--to", "cyrillic", input=line + "\n").stdout.rstrip("\n")
    assert to_cyr == line  # the English is English, the title is Cyrillic already
    to_lat = run_cli("convert", "--to", "alalc", input=line + "\n").stdout.rstrip("\n")
    assert to_lat == line.replace(cyrillic, roman)
    read = run_cli("cyrillic", line).stdout.rstrip("\n")
    assert read == line


@pytest.mark.parametrize("line,romanized", [
    ("Історія України and История на България", "Istorii͡a Ukraïny and Istorii͡a na Bŭlgarii͡a"),
    ("Историја Србије and История России", "Istorija Srbije and Istorii͡a Rossii"),
    ("Историја Србије, compare Історія України", "Istorija Srbije, compare Istorii͡a Ukraïny"),
])
def test_each_cyrillic_title_on_a_line_is_romanized_in_its_own_language(run_cli, line, romanized):
    out = run_cli("convert", "--to", "alalc", input=line + "\n").stdout.rstrip("\n")
    assert not CYRILLIC.search(out)  # no table left a letter it lacks in Cyrillic
    assert out == romanized


def test_a_romanized_ukrainian_title_alone_is_still_read(run_cli):
    # the English-word rule holds only on lines that also hold Cyrillic
    out = run_cli("cyrillic", "--lang", "uk", "Istoriia Ukrainy-Rusy").stdout.strip()
    assert out == "Історія України-Руси"
