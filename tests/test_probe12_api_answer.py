"""The size of an API answer is limited (probe12): an explained reading is up to 600 bytes of JSON a
character of text, so a text whose answer could pass ``max_answer`` is refused with 413 before it is
read, and an answer built from many texts or document lines is counted as it grows and refused at
the limit. Every test runs a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest

from conftest import live_server
from translit.commands import ANALYZE_ANSWER_BYTES, COMMANDS
from translit.web.app import DEFAULT_MAX_ANSWER, create_app

LIMIT = 60_000  # bytes of one answer in these tests: 100 characters of one /api/cyrillic text


@pytest.fixture(scope="module")
def base():
    with live_server(create_app(max_answer=LIMIT)) as url:
        yield url


@pytest.fixture(scope="module")
def default_base():
    with live_server(create_app()) as url:
        yield url


@pytest.mark.parametrize("path,text", [
    ("/api/cyrillic", "o " * 60),  # words of one letter: the most explained per character
    ("/api/cyrillic", "Neizvestnyi Bukharin pis'ma " * 5),
    ("/api/analyze", "Sovetskaia Rossiia " * 6),
    ("/api/gloss", "tom " * 200),
])
def test_a_text_whose_answer_could_pass_the_limit_is_refused_before_reading(base, path, text):
    """413 naming the answer limit and the longest text the endpoint takes."""
    r = httpx.post(base + path, json={"text": text}, timeout=60)
    assert r.status_code == 413, r.text[:300]
    detail = r.json()["detail"]
    per_char = ANALYZE_ANSWER_BYTES if path == "/api/analyze" else COMMANDS[path.rsplit("/", 1)[1]].answer_bytes
    assert f"{LIMIT:,} bytes" in detail and f"{LIMIT // per_char:,} characters" in detail
    assert path in detail


@pytest.mark.parametrize("texts", [
    ["a b c d e f g h i j k l m n o p q r s t"] * 40,
    ["Moskva", "Leningrad", "Kiev", "Tver'"] * 100,
    ["ya ty on ona"] * 200,
])
def test_many_texts_are_counted_as_the_answer_grows(base, texts):
    """Each text is short enough alone; together their answer passes the limit: 413 with it named."""
    r = httpx.post(base + "/api/cyrillic", json={"texts": texts}, timeout=120)
    assert r.status_code == 413, len(r.content)
    assert f"over the limit of {LIMIT:,} bytes" in r.json()["detail"]


@pytest.mark.parametrize("text", [
    "a b\n" * 400,
    "Pravda\nIzvestiia\nTrud\n" * 150,
    "Lenin i Stalin\r\n" * 200,
])
def test_a_document_is_counted_line_by_line(base, text):
    """Read as a document the lines are answered one by one and counted as they come."""
    r = httpx.post(base + "/api/cyrillic", json={"text": text, "document": True}, timeout=120)
    assert r.status_code == 413, len(r.content)
    assert f"over the limit of {LIMIT:,} bytes" in r.json()["detail"]


@pytest.mark.parametrize("path,body", [
    ("/api/cyrillic", {"text": "Neizvestnyi Bukharin"}),
    ("/api/cyrillic", {"texts": ["Pravda", "Izvestiia"], "candidates": 1}),
    ("/api/cyrillic", {"text": "Pravda\nIzvestiia", "document": True}),
    ("/api/romanize", {"text": "Щукин ʹ ʺ " * 500}),  # a small answer a character: 5,000 characters pass
])
def test_answers_under_the_limit_are_whole(base, path, body):
    """Under the limit nothing changes: 200, and every text is answered."""
    r = httpx.post(base + path, json=body, timeout=60)
    assert r.status_code == 200, r.text[:300]
    assert len(r.content) <= LIMIT
    data = r.json()
    if "texts" in body:
        assert len(data["results"]) == len(body["texts"])
    elif body.get("document"):
        assert len(data["lines"]) == body["text"].count("\n") + 1
    else:
        assert data["input"] == body["text"]


@pytest.mark.parametrize("query", ["text=" + "o+" * 60, "text=" + "Tolstoi+" * 20, "text=x&text=" + "a+b+" * 40])
def test_the_get_routes_have_the_same_limit(base, query):
    r = httpx.get(base + "/api/cyrillic?" + query, timeout=60)
    assert r.status_code == 413 and f"{LIMIT:,} bytes" in r.json()["detail"]


@pytest.mark.parametrize("text", ["a b " * 9_000, "ya ty on " * 4_000, "o\u0301 " * 12_000])
def test_the_default_server_refuses_a_long_explained_text_at_once(default_base, text):
    """The default limit (20 MB) refuses 36,000 characters of one-letter words for /api/cyrillic
    before any reading, instead of answering hundreds of megabytes."""
    r = httpx.post(default_base + "/api/cyrillic", json={"text": text}, timeout=60)
    assert r.status_code == 413
    assert f"{DEFAULT_MAX_ANSWER:,} bytes" in r.json()["detail"]
