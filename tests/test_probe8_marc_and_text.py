"""probe8: hostile inputs of our own to the library and the CLI, each class found by probing.

* MARC files in which one record lost its terminator or was cut off part way: the record after it
  is read, not swallowed into the damaged one (records in = out + rejected, nothing lost);
* ``fix`` (and so ``--fix``) on text with lone surrogates that stand for no byte;
* text documents (.txt, .bib, .ris) in a Cyrillic code page or UTF-8 with stray bytes: read and
  written back in their own encoding, the stray bytes kept and named in the report; an HTML page
  whose bytes are not what its meta charset says is converted with a note;
* a text document's paragraphs are its lines, whatever their endings;
* a sign mark standing alone (ʹ, ʺ) is left as it is by ``convert``;
* Ctrl-C in a run that writes a file: exit 130, one line, no file and no part file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pymarc
import pytest

import translit
from translit.documents import convert_file
from translit.errors import TranslitError
from translit.marc import iter_raw, parse, run

ROOT = Path(__file__).resolve().parents[1]


# -- MARC: a damaged record does not swallow the next one ------------------------------------------

def _rec(rid: str, title: str) -> bytes:
    r = pymarc.Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data=rid))
    r.add_field(pymarc.Field(tag="008", data="850101s1983    ru            000 0 rus d"))
    r.add_field(pymarc.Field(tag="245", indicators=["1", "0"], subfields=[pymarc.Subfield("a", title)]))
    return r.as_marc()


A, B, C = (_rec("p8a", "Istoriia Rossii"), _rec("p8b", "Ocherki po istorii Moskvy"),
           _rec("p8c", "Russkaia literatura XIX veka"))


@pytest.mark.parametrize("data,whole,damaged", [
    (A[:-1] + B + C, ["p8b", "p8c"], 1),                # A's terminator lost: A glued to B
    (A + B[:len(B) // 2] + C, ["p8a", "p8c"], 1),       # B cut off in its data, C right after it
    (A[:30] + B + C[:-1] + A, ["p8b", "p8a"], 2),       # A cut in its directory; C lost its terminator
    (B + A[:len(A) - 7] + C, ["p8b", "p8c"], 1),        # A cut just before its end
])
def test_a_record_cut_off_or_unterminated_does_not_swallow_the_next(tmp_path, data, whole, damaged):
    src = tmp_path / "in.mrc"
    src.write_bytes(data)
    out = tmp_path / "out.mrc"
    report = run("check", str(src), report_path=str(tmp_path / "r.csv"))
    assert report.records_in == len(whole) + damaged
    assert report.records_out == len(whole) and len(report.rejected) == damaged
    report = run("romanize", str(src), str(out))
    got = [parse(raw)["001"].value() for _, raw in iter_raw(str(out))]
    assert got == whole
    # nothing lost: the records read and the rejects together are every byte of the input
    rejects = Path(report.rejects_path).read_bytes()
    assert len(rejects) + sum(len(x) for x in (A, B, C) for rid in whole if parse(x)["001"].value() == rid) \
        == len(data)


def test_a_whole_file_and_a_miscounted_leader_are_not_cut(tmp_path):
    src = tmp_path / "in.mrc"
    src.write_bytes(A + B + C)
    assert [raw for _, raw in iter_raw(str(src))] == [A, B, C]
    # a leader that counts characters, not bytes, and no other leader inside: one record
    cyr = _rec("p8d", "История России")
    miscounted = b"%05d" % len(cyr.decode("utf-8")) + cyr[5:]
    src.write_bytes(miscounted + A)
    assert [raw for _, raw in iter_raw(str(src))] == [miscounted, A]


# -- fix on lone surrogates -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Istoriia \udcff\udcfe Rossii \ud800",
    "\ud800\udcd0",
    "x\udcc0\udcaf\udfff end",
])
def test_fix_survives_lone_surrogates_and_keeps_them(text):
    assert translit.fix(text).text == text


def test_fix_still_reads_cp1251_bytes_beside_a_lone_surrogate():
    raw = "Книга".encode("cp1251").decode("utf-8", "surrogateescape")
    r = translit.fix("\ud801 " + raw)
    assert r.text == "\ud801 Книга" and any("cp1251" in s for s in r.steps)


# -- text documents in their own encoding -----------------------------------------------------------

def _convert(tmp_path, name: str, data: bytes, to: str):
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / ("out" + Path(name).suffix)
    return convert_file(str(src), str(out), to=to), out


@pytest.mark.parametrize("name,data,codec,romanized,cyrillic", [
    ("a.bib", "@book{k,\n  author = {Ключевский, В. О.},\n  title = {Kurs russkoi istorii},\n}\n",
     "cp1251", "Kurs russkoi istorii", "Курс русской истории"),
    ("b.ris", "TY  - BOOK\nAU  - Соловьев, С. М.\nTI  - Istoriia Rossii\nCY  - Москва\nPB  - Наука\nER  - \n",
     "koi8-r", "Istoriia Rossii", "История России"),
    ("c.bib", "@article{z, author = {Пушкин, А.}, title = {Ocherki istorii}, journal = {Slavic Review}}\n",
     "cp1251", "Ocherki istorii", "Очерки истории"),
])
def test_a_bibliography_in_a_cyrillic_code_page_is_read_and_written_back_in_it(tmp_path, name, data, codec,
                                                                                romanized, cyrillic):
    report, out = _convert(tmp_path, name, data.encode(codec), "cyrillic")
    assert report.encoding == codec
    assert out.read_bytes() == data.replace(romanized, cyrillic).encode(codec)
    # to a scheme the code page holds: the Cyrillic names are romanized, the file stays in it
    report, out = _convert(tmp_path, name, data.encode(codec), "alalc-plain")
    text = out.read_bytes().decode(codec)
    assert report.encoding == codec and romanized in text and not any("\u0400" <= c <= "\u04ff" for c in text)


def test_a_letter_the_code_page_cannot_hold_is_one_line_and_nothing_written(tmp_path):
    data = "@book{k, author = {Ключевский, В. О.}, title = {Kurs}}\n".encode("cp1251")
    with pytest.raises(TranslitError, match=r"cannot be written in the file's encoding \(cp1251\)"):
        _convert(tmp_path, "k.bib", data, "alalc")
    assert not (tmp_path / "out.bib").exists()
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".part")]


@pytest.mark.parametrize("name,data,expected", [
    ("s.txt", b"\xd0\x9a\xd0\xbd\xd0\xb8\xd0\xb3\xd0\xb0\nIstoriia Rossii \xff end\n",
     "Книга\nИстория России \udcff end\n"),
    ("s.bib", "@book{k, author = {Ключевский}, title = {Istoriia Rossii \x01}}\n".encode().replace(b"\x01", b"\xfe"),
     "@book{k, author = {Ключевский}, title = {История России \udcfe}}\n"),
    ("s.ris", "TY  - BOOK\nAU  - Толстой, Л.\nTI  - Voina i mir \x01\nER  - \n".encode().replace(b"\x01", b"\xc0\xc1"),
     "TY  - BOOK\nAU  - Толстой, Л.\nTI  - Война и мир \udcc0\udcc1\nER  - \n"),
])
def test_utf8_with_a_few_stray_bytes_stays_utf8_and_the_bytes_are_named(tmp_path, name, data, expected):
    report, out = _convert(tmp_path, name, data, "cyrillic")
    assert report.encoding == "utf-8"
    assert out.read_bytes() == expected.encode("utf-8", "surrogateescape")
    assert any("not utf-8" in n and "left as" in n for n in report.notes), report.notes


@pytest.mark.parametrize("charset,body_codec", [("utf-8", "cp1251"), ("utf-8", "koi8-r"), ("windows-1251", "utf-8")])
def test_a_page_whose_bytes_are_not_its_meta_charset_is_converted_with_a_note(tmp_path, charset, body_codec):
    data = (f'<html><head><meta charset="{charset}"></head><body><p>Istoriia Rossii</p><p>'.encode()
            + "Очерки истории".encode(body_codec) + b"</p></body></html>")
    report, out = _convert(tmp_path, "p.html", data, "cyrillic")
    assert report.converted == 1
    got = out.read_bytes()
    assert "Очерки истории".encode(body_codec) in got  # the other bytes pass through
    if charset == "utf-8":
        assert any("as the page says it is" in n for n in report.notes), report.notes


@pytest.mark.parametrize("data,lines", [
    (b"Istoriia Rossii\r\nOcherki\r\n", 2),
    (b"Istoriia Rossii\rOcherki\r", 2),
    (b"Istoriia Rossii\n\nOcherki", 3),
    (b"Istoriia Rossii\r\n\r\n\nOcherki\n", 4),
])
def test_a_text_documents_paragraphs_are_its_lines_and_its_endings_stay(tmp_path, data, lines):
    report, out = _convert(tmp_path, "t.txt", data, "cyrillic")
    assert sum(report.paragraphs.values()) == lines
    assert out.read_bytes() == data.replace(b"Istoriia Rossii", "История России".encode()).replace(
        b"Ocherki", "Очерки".encode())


# -- convert leaves a sign mark standing alone -------------------------------------------------------

@pytest.mark.parametrize("text", ["the soft sign ʹ and the hard sign ʺ", "ʹ", "marks: ʹʹ, ʺ."])
@pytest.mark.parametrize("to", ["alalc", "iso9", "cyrillic"])
def test_a_sign_mark_standing_alone_is_left_as_it_is(text, to):
    assert translit.convert(text, to=to).text == text


def test_signs_inside_words_are_still_read():
    assert translit.convert("obʺekt i kon'", to="cyrillic").text == "объект и конь"
    assert translit.convert("Istoriia ʹ Rossii", to="cyrillic").text == "История ʹ России"


# -- Ctrl-C ---------------------------------------------------------------------------------------------

def _interrupt(argv: list[str], folder: Path) -> subprocess.CompletedProcess:
    """Start ``translit ARGV``, send SIGINT as soon as its part file exists, wait for the end."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-m", "translit", *argv], cwd=folder, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and p.poll() is None:
        if any(n.endswith(".part") for n in os.listdir(folder)):
            break
        time.sleep(0.02)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=240)
    return subprocess.CompletedProcess(argv, p.returncode, out, err)


def _many_lines(n: int) -> str:
    syl = ["ka", "lo", "mi", "ros", "tov", "ski", "na", "ve", "zh", "ia", "ev", "ov", "in", "ar"]
    return "".join(" ".join(syl[(i + j) % 14] + syl[(i * 7 + j) % 14] + syl[(i * 3 + j * 5) % 14]
                            for j in range(6)) + f" {i}\n" for i in range(n))


@pytest.mark.parametrize("argv,name", [
    (["cyrillic", "--in", "in.csv", "--out", "out.csv", "--column", "title"], "out.csv"),
    (["convert", "--to", "cyrillic", "--in", "in.txt", "--out", "out.txt"], "out.txt"),
    (["key", "--in", "in.csv", "--out", "out.csv", "--column", "title"], "out.csv"),
])
def test_ctrl_c_leaves_no_file_and_says_so(tmp_path, argv, name):
    lines = _many_lines(20000)
    (tmp_path / "in.csv").write_text("title\n" + lines, encoding="utf-8")
    (tmp_path / "in.txt").write_text(lines, encoding="utf-8")
    (tmp_path / name).write_text("old\n", encoding="utf-8")
    r = _interrupt(argv, tmp_path)
    if r.returncode == 0:
        pytest.skip("the run ended before the interrupt")
    err = r.stderr.decode()
    # 130, or ended by the signal itself after the message (a shell shows both as 130): seen once in
    # CI when the interrupt landed while the interpreter was already unwinding
    assert r.returncode in (130, -signal.SIGINT) and "interrupted" in err and "no output file was written" in err
    assert "Traceback" not in err
    assert (tmp_path / name).read_text(encoding="utf-8") == "old\n"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".part")]


def test_ctrl_c_on_standard_output_says_what_was_written():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-m", "translit", "cyrillic"], cwd=ROOT, env=env,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdin.write(b"Istoriia Rossii\n")
    p.stdin.flush()
    assert p.stdout.readline().decode().startswith("История России")
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 130 and b"standard output holds the lines finished" in err
