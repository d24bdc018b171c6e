"""OpenDocument text (.odt) and plain text (.txt) documents: converted through the same path as
Word and HTML (``convert --in FILE --out FILE``, and uploads to ``POST /api/batch``). An .odt
changes only in its text nodes, every other member byte for byte; a .txt is read in the encoding
it came in (found, with the evidence) and written back in it. The .odt files are written by hand
(tests/data/odt_files.py) as LibreOffice lays one out; the conversion is the real one."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import httpx
import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from odt_files import odt  # noqa: E402
from conftest import live_server  # noqa: E402

from translit.cli import main  # noqa: E402
from translit.documents import convert_file, format_of  # noqa: E402
from translit.web.app import create_app  # noqa: E402

BODY = ('<text:h text:outline-level="1">Istoriia SSSR</text:h>'
        '<text:p>In his study of <text:span text:style-name="T1">Neizvestnyi</text:span> Bukharin,<text:s text:c="3"/>'
        'Stephen F. Cohen argues<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        '<text:note-body><text:p>See Voprosy istorii, 1989.</text:p></text:note-body></text:note> that the plan failed.'
        '</text:p><table:table><table:table-row><table:table-cell><text:p>Pis\'ma i dokumenty</text:p>'
        '</table:table-cell></table:table-row></table:table><text:p>English only, vol. II and the XX Congress.</text:p>')


def _members(path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i, z.read(i)) for i in z.infolist()]


def _shape(xml: bytes) -> list:
    """Every element's tag and attributes, in order: what must not change when only text does."""
    return [(el.tag, dict(el.attrib)) for el in etree.fromstring(xml).iter()]


@pytest.fixture()
def article(tmp_path):
    src = tmp_path / "article.odt"
    src.write_bytes(odt(BODY))
    return src


def test_an_odt_is_converted_in_body_headings_spans_notes_tables_headers_and_footers(article, tmp_path):
    out = tmp_path / "out.odt"
    report = convert_file(str(article), str(out), to="cyrillic")
    got = {(c["place"], c["text"], c["output"]) for c in report.changes}
    assert got == {("body", "Istoriia SSSR", "История СССР"), ("body", "Neizvestnyi Bukharin", "Неизвестный Бухарин"),
                   ("footnote", "Voprosy istorii", "Вопросы истории"),
                   ("table", "Pis'ma i dokumenty", "Письма и документы"),
                   ("header", "Voprosy istorii", "Вопросы истории"), ("footer", "Moskva", "Москва")}
    content = zipfile.ZipFile(out).read("content.xml").decode("utf-8")
    # a word across a span is written whole into the first (its italics), the rest leaves the text after it
    assert '<text:span text:style-name="T1">Неизвестный</text:span> Бухарин,<text:s text:c="3"/>Stephen F. Cohen' in content
    assert "<text:note-citation>1</text:note-citation>" in content
    assert "<text:p>English only, vol. II and the XX Congress.</text:p>" in content


def test_an_odt_keeps_every_element_and_every_other_member(article, tmp_path):
    out = tmp_path / "out.odt"
    convert_file(str(article), str(out), to="cyrillic")
    before, after = _members(article), _members(out)
    assert [i.filename for i, _ in after] == [i.filename for i, _ in before]
    assert after[0][0].filename == "mimetype" and after[0][0].compress_type == zipfile.ZIP_STORED
    for (i, old), (j, new) in zip(before, after):
        if i.filename in ("content.xml", "styles.xml"):
            assert _shape(old) == _shape(new) and old != new  # both hold Russian: both changed, text only
            assert new.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        else:
            assert old == new and i.compress_type == j.compress_type, i.filename


@pytest.mark.parametrize("body,header,footer", [
    ("<text:p>English only.</text:p>", "A header", "A footer"),
    ("<text:p>The plan of the 1930s, vol. II.</text:p>", "Journal of record", "Printed in London"),
    ('<text:p>Stephen F. <text:span text:style-name="T1">Cohen</text:span> wrote.</text:p>', "x", "y"),
])
def test_an_odt_without_russian_comes_back_identical(tmp_path, body, header, footer):
    src, out = tmp_path / "plain.odt", tmp_path / "out.odt"
    src.write_bytes(odt(body, header, footer))
    report = convert_file(str(src), str(out), to="cyrillic")
    assert report.converted == 0 and out.read_bytes() == src.read_bytes()


def test_an_odt_is_known_by_its_content_and_named_as_such(tmp_path, article, capsys):
    head = article.read_bytes()[:4096]
    assert format_of(str(tmp_path / "noext"), head) == "odt"
    named_docx = tmp_path / "article.docx"
    named_docx.write_bytes(article.read_bytes())
    assert main(["convert", "--to", "cyrillic", "--in", str(named_docx), "--out", str(tmp_path / "o.docx")]) == 2
    assert "name it .odt, or --format odt" in capsys.readouterr().err
    assert main(["convert", "--to", "cyrillic", "--in", str(named_docx), "--out", str(tmp_path / "o.odt"),
                 "--format", "odt"]) == 0


@pytest.mark.parametrize("doctype", ['<!DOCTYPE r [<!ENTITY a "Istoriia">]>', '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">',
                                     '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'])
def test_an_odt_with_a_doctype_is_refused(tmp_path, capsys, doctype):
    data = odt(BODY)
    parts = [(i, b) for i, b in _members(io.BytesIO(data))]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, b in parts:
            if i.filename == "content.xml":
                b = b.replace(b"?>\n", b"?>\n" + doctype.encode(), 1)
            z.writestr(i, b)
    src, out = tmp_path / "x.odt", tmp_path / "out.odt"
    src.write_bytes(buf.getvalue())
    assert main(["convert", "--to", "cyrillic", "--in", str(src), "--out", str(out)]) == 2
    assert "content.xml declares a document type" in capsys.readouterr().err and not out.exists()


# -- plain text ---------------------------------------------------------------------------------------

TEXT = "Письма Бухарина хранятся в архиве.\r\nThe English line, vol. II.\r\n\r\nЛенин и Сталин\n"


@pytest.mark.parametrize("codec,bom,found", [
    ("cp1251", b"", "cp1251"), ("koi8-r", b"", "koi8-r"), ("cp866", b"", "cp866"),
    ("utf-16-le", b"\xff\xfe", "utf-16-le"), ("utf-16-be", b"\xfe\xff", "utf-16-be"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8"), ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
])
def test_a_text_file_is_read_and_written_back_in_its_own_encoding(tmp_path, capsys, codec, bom, found):
    src, out = tmp_path / "notes.txt", tmp_path / "out.txt"
    src.write_bytes(bom + TEXT.encode(codec))
    assert main(["convert", "--to", "alalc-plain", "--in", str(src), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["encoding"] == found and report["format"] == "txt"
    if not bom:
        assert found in report["notes"][0]  # how it was found, with the scores
    data = out.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom):].decode(codec)
    assert text == ("Pis'ma Bukharina khraniatsia v arkhive.\r\nThe English line, vol. II.\r\n\r\n"
                    "Lenin i Stalin\n")


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866"])
def test_a_letter_the_code_page_cannot_hold_is_refused(tmp_path, capsys, codec):
    src, out = tmp_path / "notes.txt", tmp_path / "out.txt"
    src.write_bytes(TEXT.encode(codec))
    assert main(["convert", "--to", "alalc", "--in", str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"in the file's encoding ({codec})" in err and err.count("\n") == 1 and not out.exists()


@pytest.mark.parametrize("line", ["Istoriia SSSR", "Neizvestnyi Bukharin", "Voprosy istorii, 1989"])
def test_a_text_upload_comes_back_converted(tmp_path, line):
    with live_server(create_app()) as base:
        data = ("An English line.\n" + line + "\n").encode("utf-16")
        r = httpx.post(base + "/api/batch", files={"file": ("notes.txt", data)},
                       data={"command": "convert", "to": "cyrillic"}, timeout=300)
        assert r.status_code == 200, r.text
        got = httpx.get(base + r.json()["result"]).content
        src = tmp_path / "notes.txt"
        src.write_bytes(data)
        convert_file(str(src), str(tmp_path / "local.txt"), to="cyrillic")
        assert got == (tmp_path / "local.txt").read_bytes() and got.startswith(b"\xff\xfe")
        assert got.decode("utf-16").splitlines()[0] == "An English line."
        assert r.json()["document"]["encoding"] == "utf-16-le"
