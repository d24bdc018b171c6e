"""The web API's answer to a JSON number past Python's limit of digits names the limit the
interpreter has now (``sys.set_int_max_str_digits``), not a number written into the message; on a
real uvicorn server on 127.0.0.1, for a POST body, a GET ``options=`` parameter and /reconcile."""

from __future__ import annotations

import sys

import httpx
import pytest

from conftest import live_server
from translit.web.app import create_app
from translit.web.models import digits_limit


@pytest.fixture
def limit(request):
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(request.param)
    yield request.param
    sys.set_int_max_str_digits(before)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    authority = tmp_path_factory.mktemp("auth") / "names.csv"
    authority.write_text("id,heading\n1,Чехов Антон\n", "utf-8")
    with live_server(create_app(authority=str(authority))) as url:
        yield url


@pytest.mark.parametrize("limit", [640, 1000, 2500], indirect=True)
def test_the_limit_in_words_follows_the_interpreter(limit):
    assert digits_limit() == f"{limit:,} digits"


@pytest.mark.parametrize("limit", [640, 1000, 2500], indirect=True)
def test_each_entry_point_names_the_limit_in_force(base, limit):
    number = "7" * (limit + 1)
    named = f"more than {limit:,} digits"
    r = httpx.post(base + "/api/convert", content=('{"text": "Moskva", "threshold": ' + number + "}").encode(),
                   headers={"content-type": "application/json"}, timeout=60)
    assert r.status_code == 400 and named in r.json()["detail"]
    r = httpx.get(base + "/api/romanize", params={"text": "Москва", "options": '{"a": ' + number + "}"}, timeout=60)
    assert r.status_code == 422 and named in r.json()["detail"][0]["msg"]
    r = httpx.post(base + "/reconcile", data={"queries": '{"q0": {"query": "Chekhov", "limit": ' + number + "}}"},
                   timeout=60)
    assert r.status_code == 400 and named in r.json()["detail"]


def test_no_limit_is_said_in_words():
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        assert digits_limit() == "the interpreter's limit of digits"
    finally:
        sys.set_int_max_str_digits(before)
