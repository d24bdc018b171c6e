"""probe15: a body sent without a JSON content type (curl's -d sends form encoding, a script
text/plain, some none) is not read as JSON by FastAPI, which quoted the whole raw body back in its
422: bytes that were not UTF-8 made that a 500 (UnicodeDecodeError in the error handler), and
otherwise the message ("Input should be a valid dictionary…") did not say what to do. On a real
uvicorn server on 127.0.0.1: a 422 that names the content type sent and the one to send, quoting
at most 200 characters of the body, bytes that are not UTF-8 as ``\\udcXX`` escapes."""

from __future__ import annotations

import httpx
import pytest

from conftest import live_server
from translit.web.app import create_app


@pytest.fixture(scope="module")
def base():
    with live_server(create_app()) as url:
        yield url


@pytest.mark.parametrize("path,body,content_type", [
    ("/api/fix", b'{"text": "\xff\xfe"}', "text/plain"),
    ("/api/romanize", b'\xef\xbb\xbf{"text": "\xd0\x9c\xd0"}', "application/x-www-form-urlencoded"),
    ("/api/convert", b'\x80\x81 not json at all \xc3(', None),
    ("/api/cite", b'{"text": "f. 89\xe2\x82"}', "text/csv; charset=utf-8"),
])
def test_a_body_not_sent_as_json_is_a_clear_422(base, path, body, content_type):
    headers = {"content-type": content_type} if content_type else {}
    r = httpx.post(base + path, content=body, headers=headers, timeout=60)
    assert r.status_code == 422, r.text[:300]
    r.content.decode("utf-8")  # the answer is valid UTF-8 whatever the body held
    (error,) = r.json()["detail"]
    assert error["loc"] == ["body"]
    assert "Content-Type: application/json" in error["msg"]
    sent = content_type.split(";")[0] if content_type else "no Content-Type"
    assert sent in error["msg"]
    assert error["input"] == body.decode("utf-8", "surrogateescape")


@pytest.mark.parametrize("size", [1_000, 50_000, 500_000])
def test_the_body_quoted_back_is_cut(base, size):
    body = b'{"text": "' + b"\xd0\x96" * size + b'"}'
    r = httpx.post(base + "/api/key", content=body, headers={"content-type": "text/plain"}, timeout=60)
    assert r.status_code == 422
    assert len(r.json()["detail"][0]["input"]) == 200


@pytest.mark.parametrize("body", ['{"text": "Moskva"}', '{"texts": ["a", "b"]}', '{"text": "Щукин", "scheme": "alalc"}'])
def test_json_under_a_json_content_type_is_still_read(base, body):
    r = httpx.post(base + ("/api/romanize" if "scheme" in body else "/api/key"), content=body.encode(),
                   headers={"content-type": "application/json; charset=utf-8"}, timeout=60)
    assert r.status_code == 200, r.text[:300]
