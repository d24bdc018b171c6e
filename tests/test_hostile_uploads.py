"""Hostile and mislabelled documents, through both entry points: ``translit convert --in FILE
--out FILE`` (the real CLI's ``main``: exit status 2, one line on standard error, no output file
and nothing else left in its folder) and ``POST /api/batch`` on a real uvicorn server on
127.0.0.1 (a 4xx answer with one line, and the job's work folder, upload included, gone).
Each class is tried on at least three different files, built by tests/data/hostile_uploads.py:
ZIP bombs, entity declarations (billion laughs, external entities) in a package part and in
HTML/XHTML, XML nested too deep, packages of another kind renamed .docx, names that lie,
truncated ZIPs, empty files, and names that try to be paths. Files that are damaged but can
be read (an unlabelled page in a Cyrillic code page, a BibTeX file with an unbalanced brace)
are converted, and what was done is said."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import hostile_uploads as fx  # noqa: E402
from conftest import live_server  # noqa: E402

from translit.cli import main  # noqa: E402
from translit.documents.guard import limits  # noqa: E402
from translit.web.app import create_app  # noqa: E402

DOCX = fx.docx_bytes()
PARTS = dict(fx.members(DOCX))


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture(scope="module")
def server(app):
    with live_server(app) as base:
        yield base


def cli_refuses(tmp_path, capsys, name: str, data: bytes, *extra: str) -> str:
    """Run the CLI on ``data`` saved as ``name``; it must refuse: exit 2, one line, nothing written."""
    folder = tmp_path / "cli"
    folder.mkdir(exist_ok=True)
    src = folder / name
    src.write_bytes(data)
    before = sorted(p.name for p in folder.iterdir())
    out = folder / ("out-" + name)
    code = main(["convert", "--to", "cyrillic", "--in", str(src), "--out", str(out), *extra])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("translit: "), err
    assert sorted(p.name for p in folder.iterdir()) == before  # no output, no temporary file
    return err


def api_refuses(server, app, name: str, data: bytes, **fields) -> str:
    """Upload ``data`` as ``name`` for a document job; it must be a 4xx with one line, and the
    server's work folder must hold nothing more than before."""
    work = app.state.jobs.work
    before = sorted(p.name for p in work.iterdir())
    r = httpx.post(server + "/api/batch", files={"file": (name, data)},
                   data={"command": "convert", "to": "cyrillic", **fields}, timeout=300)
    assert 400 <= r.status_code < 500, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail
    assert sorted(p.name for p in work.iterdir()) == before
    assert str(work) not in detail  # the server's files are never named
    return detail


def both_refuse(tmp_path, capsys, server, app, name, data, *needles: str):
    for message in (cli_refuses(tmp_path, capsys, name, data), api_refuses(server, app, name, data)):
        for needle in needles:
            assert needle in message, message


# -- ZIP bombs ---------------------------------------------------------------------------------------

LIMIT = limits()["zip"]
BLOCKS_OVER = LIMIT["max_unpacked_bytes"] // fx.BLOCK + 1


@pytest.fixture(scope="module")
def bombs():
    return {
        "one-member.docx": fx.bomb(DOCX, [BLOCKS_OVER]),
        "many-members.docx": fx.bomb(DOCX, [3] * (BLOCKS_OVER // 3 + 1)),
        "bomb-in-template.dotx": fx.bomb(DOCX, [BLOCKS_OVER]),
    }


@pytest.mark.parametrize("name", ["one-member.docx", "many-members.docx", "bomb-in-template.dotx"])
def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path, capsys, server, app, bombs, name):
    data = bombs[name]
    assert len(data) < 5_000_000  # small on the wire
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        assert sum(i.file_size for i in z.infolist()) > LIMIT["max_unpacked_bytes"]
    both_refuse(tmp_path, capsys, server, app, name, data, "would unpack to", "limits.toml")


@pytest.mark.parametrize("n", [LIMIT["max_members"] + 1, LIMIT["max_members"] * 2])
def test_too_many_members_are_refused(tmp_path, capsys, server, app, n):
    both_refuse(tmp_path, capsys, server, app, "many.docx", fx.many_members(DOCX, n), f"{n + len(PARTS):,} members")


@pytest.mark.parametrize("part", ["word/document.xml", "[Content_Types].xml", "word/styles.xml"])
def test_a_member_that_lies_about_its_size_is_refused(tmp_path, capsys, server, app, part):
    both_refuse(tmp_path, capsys, server, app, "lying.docx", fx.lying_size(DOCX, part), "damaged")


# -- entities: billion laughs and external entities --------------------------------------------------

@pytest.mark.parametrize("part,doctype", [
    ("word/document.xml", fx.LOL), ("word/document.xml", fx.XXE), ("word/document.xml", fx.PARAMETER),
    ("[Content_Types].xml", fx.XXE), ("word/styles.xml", fx.LOL), ("word/header1.xml", fx.XXE),
])
def test_entity_declarations_in_a_word_part_are_refused(tmp_path, capsys, server, app, part, doctype):
    data = fx.rezip(DOCX, {part: fx.with_doctype(PARTS[part], doctype)})
    both_refuse(tmp_path, capsys, server, app, "entities.docx", data, part, "entit")


def test_a_doctype_in_a_utf16_part_is_refused(tmp_path, capsys, server, app):
    text = fx.with_doctype(PARTS["word/document.xml"], fx.LOL).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    data = fx.rezip(DOCX, {"word/document.xml": b"\xff\xfe" + text.encode("utf-16-le")})
    both_refuse(tmp_path, capsys, server, app, "utf16.docx", data, "word/document.xml", "entit")


XHTML = '<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{ref} Istoriia SSSR</p></body></html>\n'


@pytest.mark.parametrize("name,page", [
    ("laughs.xhtml", XHTML.format(doctype=fx.LOL.replace("lolz", "html"), ref="&lol9;")),
    ("external.xhtml", XHTML.format(doctype=fx.XXE.replace(" r ", " html "), ref="&xxe;")),
    ("parameter.html", "<!DOCTYPE html [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x\"> %p;]>\n<p>Istoriia SSSR</p>"),
    ("lower.htm", "<!doctype html [<!entity a \"Istoriia\">]><html><body><p>&a; SSSR</p></body></html>"),
])
def test_entity_declarations_in_a_page_are_refused(tmp_path, capsys, server, app, name, page):
    both_refuse(tmp_path, capsys, server, app, name, page.encode("utf-8"), "declares entities")


def test_a_public_doctype_without_entities_is_converted(tmp_path, capsys):
    page = XHTML.format(doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">', ref="")
    src, out = tmp_path / "ok.xhtml", tmp_path / "out.xhtml"
    src.write_text(page, encoding="utf-8")
    assert main(["convert", "--to", "cyrillic", "--in", str(src), "--out", str(out)]) == 0
    assert out.read_text("utf-8") == page.replace("Istoriia SSSR", "История СССР")


# -- XML nested too deep -----------------------------------------------------------------------------

@pytest.mark.parametrize("part,depth", [("word/document.xml", 300), ("word/document.xml", 20_000),
                                        ("word/header1.xml", 1_000)])
def test_xml_nested_too_deep_is_refused(tmp_path, capsys, server, app, part, depth):
    body = fx.deep(b"", depth)
    if part != "word/document.xml":
        body = body.replace(b"w:document", b"w:hdr").replace(b"<w:body>", b"").replace(b"</w:body>", b"")
    data = fx.rezip(DOCX, {part: body})
    both_refuse(tmp_path, capsys, server, app, "deep.docx", data, "nests its elements deeper than",
                str(limits()["xml"]["max_depth"]))


@pytest.mark.parametrize("depth", [10, 50, 120])  # two elements a level: 245 deep at most
def test_nesting_within_the_limit_is_converted(tmp_path, depth):
    from docx import Document

    from translit.documents import convert_file

    src, out = tmp_path / "nested.docx", tmp_path / "out.docx"
    src.write_bytes(fx.rezip(DOCX, {"word/document.xml": fx.deep(b"", depth)}))
    report = convert_file(str(src), str(out), to="cyrillic")
    assert report.paragraphs["body"] == 1 and report.converted == 2  # the paragraph and the header
    assert "История СССР" in zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    Document(str(out))  # still a Word document


@pytest.mark.parametrize("depth", [1_000, 100_000, 300_000])
def test_a_deeply_nested_html_page_is_read_flat_and_converted(tmp_path, depth):
    """The HTML scanner builds no tree, so nesting costs nothing: the page is converted."""
    from translit.documents import convert_file

    page = "<div>" * depth + "Istoriia SSSR" + "</div>" * depth
    src, out = tmp_path / "deep.html", tmp_path / "out.html"
    src.write_text(page, encoding="utf-8")
    convert_file(str(src), str(out), to="cyrillic")
    assert out.read_text("utf-8") == page.replace("Istoriia SSSR", "История СССР")


# -- a package of another kind, renamed -----------------------------------------------------------

@pytest.mark.parametrize("kind", list(fx.RENAMED))
def test_another_package_renamed_docx_is_named_for_what_it_is(tmp_path, capsys, server, app, kind):
    data, what = fx.RENAMED[kind]
    both_refuse(tmp_path, capsys, server, app, f"{kind}.docx", data, what, "not a Word document (.docx)")


# -- names that lie --------------------------------------------------------------------------------

@pytest.mark.parametrize("name,data,what", [
    ("report.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("report.docx", b"<!DOCTYPE html><html><body><p>Istoriia</p></body></html>", "an HTML page"),
    ("notes.docx", "Neizvestnyi Bukharin\n".encode(), "plain text"),
    ("page.html", DOCX, "ZIP archive"),
    ("refs.bib", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("refs.ris", b"<html><body>Istoriia</body></html>", "an HTML page by its content"),
    ("page.html", b"@book{a,\n  title = {Istoriia SSSR},\n}\n", "a BibTeX file by its content"),
    ("refs.bib", b"TY  - BOOK\r\nTI  - Istoriia SSSR\r\nER  - \r\n", "a RIS file by its content"),
    ("refs.bib", b"\x00\x01\x02binary\x00\x00\x00data", "binary data"),
])
def test_a_name_that_lies_is_refused(tmp_path, capsys, server, app, name, data, what):
    both_refuse(tmp_path, capsys, server, app, name, data, what)


def test_a_named_format_wins_over_the_name(tmp_path, capsys):
    src, out = tmp_path / "refs.bib", tmp_path / "out.bib"
    src.write_bytes(b"TY  - BOOK\r\nTI  - Istoriia SSSR\r\nER  - \r\n")
    assert main(["convert", "--to", "cyrillic", "--in", str(src), "--out", str(out), "--format", "ris"]) == 0
    assert "История СССР" in out.read_text("utf-8")


# -- truncated ZIPs and empty files -------------------------------------------------------------------

@pytest.mark.parametrize("cut", [30, len(DOCX) // 2, len(DOCX) - 10])
def test_a_truncated_zip_is_refused(tmp_path, capsys, server, app, cut):
    both_refuse(tmp_path, capsys, server, app, "cut.docx", DOCX[:cut], "not a readable ZIP package")


@pytest.mark.parametrize("name", ["empty.docx", "empty.html", "empty.bib", "empty.ris", "empty.dotx"])
def test_an_empty_file_is_refused(tmp_path, capsys, server, app, name):
    both_refuse(tmp_path, capsys, server, app, name, b"", "empty (0 bytes)")


# -- names that try to be paths ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../../../../tmp/evil-docs10.docx", "..\\..\\..\\Windows\\evil.docx",
                                  "/etc/passwd.docx", "C:\\temp\\..\\evil.docx", "a\x00b/../c.docx",
                                  "....//....//evil.docx"])
def test_an_upload_name_is_never_a_path(server, app, name):
    work = app.state.jobs.work
    r = httpx.post(server + "/api/batch", files={"file": (name, DOCX)}, data={"command": "convert", "to": "cyrillic"},
                   timeout=300)
    assert r.status_code == 200, r.text
    job = r.json()["job"]
    assert sorted(p.name for p in (work / job).iterdir()) == ["input.docx", "output.docx", "report.json"]
    shown = r.json()["document"]["input"]
    assert "/" not in shown and "\\" not in shown and "\x00" not in shown and shown.endswith(".docx")
    got = httpx.get(server + r.json()["result"])
    disposition = got.headers["content-disposition"]
    assert ".." not in disposition.replace("filename*=utf-8''", "") or "/" not in disposition
    assert "/" not in disposition.split("filename", 1)[1] and "\\" not in disposition
    assert not Path("/tmp/evil-docs10.docx").exists()
    assert zipfile.ZipFile(__import__("io").BytesIO(got.content)).testzip() is None


# -- damaged but readable: converted, and what was done is said -----------------------------------------

@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "cp866"])
def test_an_unlabelled_page_in_a_cyrillic_code_page_is_read_in_it_and_written_back_in_it(tmp_path, capsys, codec):
    src, out = tmp_path / "page.html", tmp_path / "out.html"
    src.write_bytes(fx.RUSSIAN_PAGE.encode(codec))
    assert main(["convert", "--to", "alalc", "--in", str(src), "--out", str(out), "--json"]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["encoding"] == codec and codec in report["notes"][0]
    text = out.read_bytes().decode(codec)  # still in its own code page
    assert "<title>Arkhiv</title>" in text and "Bukharina" in text and "(f. 329, op. 2)" in text
    assert '<p class="note">The English note stays as it is.</p>' in text
    assert "&#865;" in text  # ALA-LC's tie, which no Cyrillic code page holds, as a character reference


@pytest.mark.parametrize("page,codec", [
    ("<p>Le café de Moskva, été 1937.</p>", "cp1252"),
    ("<p>Müller las Istoriia SSSR in Köln.</p>", "latin-1"),
    ("<p>Kraków: Voprosy istorii, ½ tom.</p>", "cp1252"),
])
def test_an_unlabelled_western_page_keeps_its_bytes(tmp_path, page, codec):
    from translit.documents import convert_file

    src, out = tmp_path / "page.html", tmp_path / "out.html"
    src.write_bytes(page.encode(codec))
    report = convert_file(str(src), str(out), to="cyrillic")
    assert report.encoding == "cp1252" and "windows-1252" in report.notes[0]
    new = out.read_bytes()
    assert report.converted >= 1 and b"&#10" in new  # the Cyrillic, as character references
    for word in page.split():  # every word with a Western letter comes back byte for byte
        if any(ord(c) > 127 for c in word):
            assert word.encode(codec) in new


@pytest.mark.parametrize("name", list(fx.BIB_DAMAGED))
def test_a_bibtex_entry_with_unbalanced_braces_is_reported_and_the_rest_converted(tmp_path, capsys, name):
    import json

    text, line, converted = fx.BIB_DAMAGED[name]
    src, out = tmp_path / "refs.bib", tmp_path / "out.bib"
    src.write_text(text, encoding="utf-8")
    assert main(["convert", "--to", "cyrillic", "--in", str(src), "--out", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert len(report["problems"]) == 1 and report["problems"][0].startswith(line + ":")
    assert "left as it was" in captured.err
    new = out.read_text("utf-8")
    assert [c["output"] for c in report["changes"]] == converted
    bad_line = text.splitlines()[int(line.split()[1]) - 1 + (1 if name != "brace-too-many" else 0)]
    assert bad_line in new  # the damaged entry's text is left byte for byte


@pytest.mark.parametrize("name", list(fx.BIB_BROKEN))
def test_a_bibtex_file_none_of_whose_entries_can_be_read_is_refused(tmp_path, capsys, server, app, name):
    both_refuse(tmp_path, capsys, server, app, name + ".bib", fx.BIB_BROKEN[name].encode(), "no BibTeX entry")
