"""probe8: hostile requests of our own to the HTTP API, on a real uvicorn server on 127.0.0.1.

* a GET whose percent-escapes are not UTF-8 (``%FF``, an escaped lone surrogate, a cut sequence)
  is a 422 naming the parameter, not an answer about replacement characters the client never sent;
* a POST body that is not UTF-8 is a 400 that says so (not "There was an error parsing the body");
* uploads: a MARC file whose record lost its terminator keeps the record after it; a BibTeX
  export in Windows-1251 comes back in Windows-1251.
"""

from __future__ import annotations

import httpx
import pytest
import pymarc

from conftest import live_server
from translit.web.app import create_app


@pytest.fixture(scope="module")
def server():
    with live_server(create_app(keep_results=600)) as base:
        yield base


@pytest.mark.parametrize("path,query,param", [
    ("/api/romanize", "text=%FF%FE", "text"),
    ("/api/key", "text=ab%ED%A0%80", "text"),            # a lone surrogate, escaped as bytes
    ("/api/cyrillic", "text=Istoriia&scheme=al%C3", "scheme"),  # a sequence cut short
    ("/api/convert", "text=ok&t%E9xt=x", "t\ufffdxt"),     # in a parameter's name
])
def test_a_query_that_is_not_utf8_is_a_422_naming_the_parameter(server, path, query, param):
    r = httpx.get(f"{server}{path}?{query}", timeout=120)
    assert r.status_code == 422
    errors = r.json()["detail"]
    assert any(e["loc"] == ["query", param] and "not UTF-8" in e["msg"] for e in errors), errors


def test_a_utf8_query_still_answers(server):
    r = httpx.get(f"{server}/api/romanize?text=%D0%96%D1%83%D0%BA+%C2%AB1%C2%BB", timeout=120)
    assert r.status_code == 200 and r.json()["output"] == "Zhuk «1»"


@pytest.mark.parametrize("path,body", [
    ("/api/convert", b'{"text": "Istoriia \xff\xfe"}'),
    ("/api/romanize", b'{"text": "\xd0"}'),                          # cut in a letter
    ("/api/key", "{\"text\": \"Жук\"}".encode("cp1251")),             # another code page
])
def test_a_body_that_is_not_utf8_is_a_400_that_says_so(server, path, body):
    r = httpx.post(server + path, content=body, headers={"content-type": "application/json"}, timeout=120)
    assert r.status_code == 400
    assert "not UTF-8" in r.json()["detail"] and "send JSON in UTF-8" in r.json()["detail"]


def _rec(rid: str, title: str) -> bytes:
    r = pymarc.Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data=rid))
    r.add_field(pymarc.Field(tag="245", indicators=["1", "0"], subfields=[pymarc.Subfield("a", title)]))
    return r.as_marc()


def test_an_uploaded_marc_file_with_a_lost_terminator_keeps_the_next_record(server):
    data = _rec("w1", "Istoriia Rossii")[:-1] + _rec("w2", "Ocherki") + _rec("w3", "Kratkii kurs")
    r = httpx.post(server + "/api/batch", files={"file": ("glued.mrc", data)}, data={"command": "check"},
                   timeout=300)
    assert r.status_code == 200
    assert r.json()["summary"].startswith("3 records in, 2 out, 0 changed, 1 rejected")


def test_an_uploaded_bibtex_export_in_cp1251_comes_back_in_cp1251(server):
    text = "@book{k,\n  author = {Ключевский, В. О.},\n  title = {Kurs russkoi istorii},\n}\n"
    r = httpx.post(server + "/api/batch", files={"file": ("refs.bib", text.encode("cp1251"))},
                   data={"command": "convert", "to": "cyrillic"}, timeout=300)
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["document"]["encoding"] == "cp1251"
    got = httpx.get(server + answer["result"], timeout=60).content
    assert got == text.replace("Kurs russkoi istorii", "Курс русской истории").encode("cp1251")
