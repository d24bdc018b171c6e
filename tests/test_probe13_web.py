"""probe13: request bodies and query strings the JSON reader cannot read for a reason other than
their syntax, on a real uvicorn server on 127.0.0.1. A POST body nested thousands of levels deep
or holding a number of 4,300+ digits was answered 400 "There was an error parsing the body"; the
same in a GET ``options=`` parameter, or in /reconcile's ``queries``/``query``, was a 500. Each is
now a 4xx JSON answer that says what was wrong (or, for a /reconcile ``query`` string, the
string is read as a plain query, as unparseable JSON there always was)."""

from __future__ import annotations

import httpx
import pytest

from conftest import live_server
from translit.web.app import create_app

DIGITS = "9" * 5000


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    authority = tmp_path_factory.mktemp("auth") / "names.csv"
    authority.write_text("id,heading\n1,Достоевский Федор\n2,Толстой Лев\n3,Чехов Антон\n", "utf-8")
    with live_server(create_app(authority=str(authority))) as url:
        yield url


def _post(base: str, path: str, body: str) -> httpx.Response:
    return httpx.post(base + path, content=body.encode(), headers={"content-type": "application/json"}, timeout=60)


@pytest.mark.parametrize("path,body", [
    ("/api/romanize", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ("/api/convert", '{"text": "Moskva", "z": ' + '{"a": ' * 5_000 + "1" + "}" * 5_000 + "}"),
    ("/api/key", '{"texts": [' + "[" * 3_000 + "]" * 3_000 + "]}"),
])
def test_a_body_nested_too_deep_is_said(base, path, body):
    r = _post(base, path, body)
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/json")
    assert "nests too deeply" in r.json()["detail"]


@pytest.mark.parametrize("path,body", [
    ("/api/convert", '{"text": "Moskva", "threshold": ' + DIGITS + "}"),
    ("/api/romanize", '{"text": "Москва", "options": {"x": ' + DIGITS + "}}"),
    ("/api/cyrillic", '{"texts": ["a"], "n": -' + DIGITS + "}"),
])
def test_a_body_with_a_number_too_long_is_said(base, path, body):
    r = _post(base, path, body)
    assert r.status_code == 400
    assert r.json()["detail"].startswith("the body's JSON has a number of more than 4,300 digits")


@pytest.mark.parametrize("options", ["[" * 5_000 + "]" * 5_000, '{"a": ' + DIGITS + "}",
                                     '{"ligatures": [' + "[" * 2_000 + "]" * 2_000 + "]}"])
def test_a_get_options_parameter_that_cannot_be_read_is_a_422(base, options):
    r = httpx.get(base + "/api/romanize", params={"text": "Москва", "options": options}, timeout=60)
    assert r.status_code == 422, r.text[:200]
    (error,) = r.json()["detail"]
    assert error["loc"] == ["query", "options"] and error["type"] == "json_invalid"
    assert "too deeply" in error["msg"] or "4,300 digits" in error["msg"]


@pytest.mark.parametrize("queries", [
    '{"q0": {"query": "Dostoevskii", "limit": ' + DIGITS + "}}",
    '{"q0": {"query": "Tolstoi"}, "q1": {"query": "Chekhov", "limit": -' + DIGITS + "}}",
    '{"q0": {"query": "Chekhov", "type": "x", "n": ' + DIGITS + "}}",
])
def test_reconcile_queries_with_a_number_too_long_are_a_400(base, queries):
    r = httpx.post(base + "/reconcile", data={"queries": queries}, timeout=60)
    assert r.status_code == 400 and "4,300 digits" in r.json()["detail"]


@pytest.mark.parametrize("query", [
    '{"query": "Dostoevskii", "limit": ' + DIGITS + "}",
    '{"query": "Tolstoi", "type": ' + DIGITS + "}",
    '{"query": "Chekhov", "limit": 1' + "0" * 4400 + "}",
])
def test_a_reconcile_query_string_with_a_number_too_long_is_read_as_a_string(base, query):
    r = httpx.get(base + "/reconcile", params={"query": query}, timeout=60)
    assert r.status_code == 200 and isinstance(r.json()["result"], list)


@pytest.mark.parametrize("command,name,table,fields", [
    ("romanize", "t.jsonl", '{"title": "Москва"}\n', {"field": "title"}),
    ("key", "t.csv", "title\nМосква\n", {"column": "title", "field": "title"}),
    ("cyrillic", "t.tsv", "title\nMoskva\n", {"column": "title", "field": "x"}),
])
def test_a_batch_field_named_field_is_pointed_to_column(base, command, name, table, fields):
    """/api/batch names a table's column (or JSON field) with column=; field= (the CLI's --field)
    is answered with that, not as a convert job's document option."""
    r = httpx.post(base + "/api/batch", files={"file": (name, table.encode())},
                   data={"command": command, **fields}, timeout=60)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail.startswith(f"unknown field 'field': a {command} job of a table takes file, command, column")
    assert "a JSON-lines field is named by column=" in detail


def test_the_same_job_with_column_runs(base):
    r = httpx.post(base + "/api/batch", files={"file": ("t.jsonl", '{"title": "Москва"}\n'.encode())},
                   data={"command": "romanize", "column": "title"}, timeout=60)
    assert r.status_code == 200, r.text
    assert httpx.get(base + r.json()["result"], timeout=60).json()["title_romanize"] == "Moskva"
