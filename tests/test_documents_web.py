"""Documents over HTTP and on the page: ``POST /api/batch`` with ``command=convert`` and no column
converts an uploaded Word file, HTML page, BibTeX or RIS export exactly as
``translit convert --in FILE --out FILE --json`` does (the same file, the same report), against a
real uvicorn server on 127.0.0.1; the page's batch form does the same in real headless Chromium.
The documents are built here (python-docx, text written by hand); the conversion is the real one."""

from __future__ import annotations

import json
import re
import time
import zipfile

import docx
import httpx
import pytest

from conftest import live_server
from test_documents import article
from test_web import chromium

from translit.commands import COMMANDS
from translit.documents import convert_file
from translit.web.app import create_app

CYR = re.compile("[\u0400-\u04ff]")

HTML = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Istoriia SSSR</title></head>\n"
        "<body><p>The letters in <i>Neizvestnyi Bukharin</i> (Moskva, 1993) were read by Stephen F. Cohen.</p>\n"
        "<p>See also <a href=\"https://example.org/Voprosy\">Voprosy istorii</a>, vol. II.</p></body></html>\n")
BIB = ("@book{b1993,\n  title = {Neizvestnyi Bukharin: pis'ma i dokumenty},\n  author = {Bukharin, Nikolai},\n"
       "  address = {Moskva},\n  year = {1993},\n  url = {https://example.org/Istoriia},\n}\n")
RIS = "TY  - BOOK\r\nTI  - Istoriia SSSR\r\nAU  - Khlevniuk, Oleg\r\nCY  - Moskva\r\nPY  - 1996\r\nER  - \r\n"


@pytest.fixture(scope="module")
def server():
    with live_server(create_app(keep_results=600)) as base:
        yield base


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs-web")
    article(folder / "article.docx")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "refs.bib").write_text(BIB, encoding="utf-8")
    (folder / "refs.ris").write_bytes(RIS.encode("utf-8"))
    return folder


def _upload(server, name: str, data: bytes, **fields):
    return httpx.post(server + "/api/batch", files={"file": (name, data)},
                      data={"command": "convert", **fields}, timeout=300)


def _local(path, tmp_path, **opts):
    """What the library (and so the CLI) makes of the same file: (output bytes, report object)."""
    out = tmp_path / ("local" + path.suffix)
    report = convert_file(str(path), str(out), **opts)
    return out.read_bytes(), report.as_dict()


@pytest.mark.parametrize("name,to", [("article.docx", "cyrillic"), ("page.html", "cyrillic"),
                                     ("refs.bib", "iso9"), ("refs.ris", "cyrillic")])
def test_an_uploaded_document_comes_back_converted_as_the_library_converts_it(server, files, tmp_path, name, to):
    src = files / name
    r = _upload(server, name, src.read_bytes(), to=to)
    assert r.status_code == 200, r.text
    answer = r.json()
    got = httpx.get(server + answer["result"])
    assert got.status_code == 200
    assert got.headers["content-disposition"].endswith(f'"translit-{name}"')  # same name, same extension
    expected, report = _local(src, tmp_path, to=to)
    assert got.content == expected
    assert answer["document"]["converted"] >= 1 and answer["document"] == dict(report, input=name)
    assert json.loads(httpx.get(server + answer["report"]).text) == answer["document"]
    assert answer["summary"].startswith(f"{name}: ")


def test_the_report_is_what_the_cli_prints_with_json(server, files, run_cli, tmp_path):
    src = files / "article.docx"
    out = tmp_path / "cli.docx"
    proc = run_cli("convert", "--to", "alalc", "--in", str(src), "--out", str(out), "--json")
    cli = json.loads(proc.stdout)
    r = _upload(server, "article.docx", src.read_bytes(), scheme="alalc")  # scheme stands for to
    assert r.status_code == 200, r.text
    api = r.json()["document"]
    assert api == dict(cli, input="article.docx")
    assert httpx.get(server + r.json()["result"]).content == out.read_bytes()
    # the Word file opens, and its text is what the report says changed
    body = docx.Document(str(out)).paragraphs[0].text
    assert any(c["output"] in body for c in cli["changes"] if c["place"] == "body" and c["paragraph"] == 1)


def test_convert_options_are_form_fields_under_their_api_names(server, files, tmp_path):
    src = files / "page.html"
    data = src.read_bytes()
    plain = _upload(server, "page.html", data, to="cyrillic").json()["document"]
    by_line = _upload(server, "page.html", data, to="cyrillic", line_by_line="true").json()["document"]
    expected_by_line = _local(src, tmp_path, to="cyrillic", together=False)[1]
    assert by_line == dict(expected_by_line, input="page.html")
    high = _upload(server, "page.html", data, to="cyrillic", threshold="1.0").json()["document"]
    assert plain["converted"] >= 2 and high["converted"] == 0 and high["skipped"] >= 1
    assert high == dict(_local(src, tmp_path, to="cyrillic", threshold=1.0)[1], input="page.html")
    every = _upload(server, "page.html", data, to="cyrillic", policy="every").json()["document"]
    assert every == dict(_local(src, tmp_path, to="cyrillic", policy="every")[1], input="page.html")


def test_every_convert_option_of_the_command_table_is_taken(server, files):
    """The form takes the table's options, so an option added there is taken here too."""
    data = (files / "refs.ris").read_bytes()
    values = {"to": "cyrillic", "source": "alalc", "lang": "ru", "threshold": "0", "case": "keep",
              "policy": "running"}
    assert set(values) == set(COMMANDS["convert"].option_names())
    r = _upload(server, "refs.ris", data, **values)
    assert r.status_code == 200, r.text
    assert "Москва" in httpx.get(server + r.json()["result"]).content.decode("utf-8")


@pytest.mark.parametrize("name,data,fmt", [
    ("page.txt", HTML.encode("utf-8"), None),        # an HTML page with another extension: by content
    ("noext", BIB.encode("utf-8"), None),            # no extension at all
    ("export.txt", RIS.encode("utf-8"), "ris"),      # the format named
])
def test_a_document_is_found_by_its_content_or_named_format(server, name, data, fmt):
    r = _upload(server, name, data, to="cyrillic", **({"format": fmt} if fmt else {}))
    assert r.status_code == 200, r.text
    assert r.json()["document"]["converted"] >= 1
    got = httpx.get(server + r.json()["result"])
    assert got.headers["content-disposition"].endswith(f'"translit-{name}"')
    assert CYR.search(got.content.decode("utf-8"))


def test_a_document_job_in_the_background_reports_through_its_status(server, files):
    r = _upload(server, "article.docx", (files / "article.docx").read_bytes(), to="cyrillic", wait="false")
    assert r.status_code == 202
    status = server + r.json()["status"]
    for _ in range(600):
        st = httpx.get(status).json()
        if st["state"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert st["state"] == "done", st
    assert st["document"]["format"] == "docx" and st["document"]["converted"] >= 5
    with zipfile.ZipFile(__import__("io").BytesIO(httpx.get(server + st["result"]).content)) as z:
        assert CYR.search(z.read("word/document.xml").decode("utf-8"))


@pytest.mark.parametrize("fields,message", [
    ({"to": "klingon"}, "unknown scheme 'klingon'"),
    ({"threshold": "half"}, "field 'threshold' must be a number"),
    ({"policy": "sometimes"}, "policy"),
    ({"format": "pdf"}, "format must be one of"),
    ({"line_by_line": "perhaps"}, "must be true or false"),
    ({"colour": "red"}, "unknown field 'colour'"),
])
def test_a_bad_document_form_is_refused_before_anything_is_kept(server, files, fields, message):
    r = _upload(server, "refs.bib", (files / "refs.bib").read_bytes(), **fields)
    assert r.status_code == 422 and message in r.json()["detail"], r.text


@pytest.mark.parametrize("fields", [{"column": "title", "to": "cyrillic"}, {"column": "title", "lang": "ru"},
                                    {"column": "title", "policy": "every"}])
def test_a_table_job_refuses_the_document_fields(server, fields):
    r = httpx.post(server + "/api/batch", files={"file": ("t.csv", b"title\nMoskva\n")},
                   data={"command": "convert", **fields}, timeout=120)
    assert r.status_code == 422 and "unknown field" in r.json()["detail"]


def test_a_document_on_the_page_in_headless_chromium(server, files, tmp_path):
    with chromium() as browser:
        ctx = browser.new_context(accept_downloads=True)
        page = ctx.new_page()
        requests_out = []
        page.on("request", lambda r: requests_out.append(r.url))
        page.goto(server + "/")
        page.wait_for_function("document.querySelector(\"#bscheme option[value='cyrillic']\") !== null",
                               timeout=60_000)
        page.set_input_files("#file", str(files / "article.docx"))
        page.select_option("#command", label="document: convert the Russian in its text")
        assert page.is_disabled("#column")  # a document has no column
        page.select_option("#bscheme", "cyrillic")
        page.click("#batch button[type=submit]")
        link = page.locator("#batch-result a", has_text="Download the result")
        link.wait_for(timeout=120_000)
        assert "article.docx: " in page.text_content("#batch-result")
        changes = page.locator("#document-changes li")
        assert changes.count() >= 5
        assert "Neizvestnyi Bukharin → " in page.text_content("#document-changes")
        with page.expect_download() as dl:
            link.click()
        assert dl.value.suggested_filename == "translit-article.docx"
        got = docx.Document(dl.value.path())
        assert CYR.search(got.paragraphs[0].text) and "Stephen F. Cohen" in got.paragraphs[0].text
        with page.expect_download() as rep:
            page.locator("#batch-result a", has_text="Download the report").click()
        report = json.loads(open(rep.value.path(), encoding="utf-8").read())
        assert report["input"] == "article.docx" and report["converted"] == changes.count()
        # a broken document: the error, in one line, on the page
        bad = tmp_path / "broken.docx"
        bad.write_bytes((files / "article.docx").read_bytes()[:3000])
        page.set_input_files("#file", str(bad))
        page.click("#batch button[type=submit]")
        page.wait_for_function("document.querySelector('#batch-result').textContent.startsWith('Error:')",
                               timeout=60_000)
        assert "broken.docx" in page.text_content("#batch-result")
        assert all(u.startswith(server) for u in requests_out)
