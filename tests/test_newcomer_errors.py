"""Plausible mistakes of a first-time user get one clear line naming what was probably meant: a
scheme written as people write it (ALA-LC, BGN/PCGN, ISO 9), a language by name (russian), a
misspelt option or command. The real command in a subprocess and a real uvicorn server."""

import json

import httpx
import pytest

from translit.errors import UnknownLanguageError, UnknownSchemeError, suggest
from translit.schemes import SCHEME_IDS
from translit.web.app import create_app

from conftest import live_server


@pytest.mark.parametrize("typed, meant", [
    ("ALA-LC", "alalc"), ("BGN/PCGN", "bgn-pcgn"), ("ISO 9", "iso9"), ("GOST 7.79 B", "gost-779b"),
    ("ISO/R 9", "iso-r9-1968"), ("Library of Congress", "alalc"), ("Duden", "german"),
    # the convention's name in its own language, accents typed or not
    ("deutsch", "german"), ("Français", "french"), ("francais", "french"), ("polski", "polish"),
    ("cestina", "czech"), ("español", "spanish")])
def test_scheme_suggestions(typed, meant):
    from translit.errors import _scheme_names

    assert suggest(typed, SCHEME_IDS, _scheme_names())[0] == meant
    with pytest.raises(UnknownSchemeError, match=f"did you mean '{meant}'"):
        raise UnknownSchemeError(typed, SCHEME_IDS)


@pytest.mark.parametrize("typed, meant", [("russian", "ru"), ("Ukrainian", "uk"), ("Serbian", "sr"), ("ukr", "uk"),
    # the language's name in itself
    ("русский", "ru"), ("українська", "uk"), ("srpski", "sr"), ("македонски", "mk")])
def test_language_suggestions(typed, meant):
    from translit.errors import _language_names

    langs = ["ru", "uk", "be", "bg", "sr", "mk", "rue", "auto"]
    assert suggest(typed, langs, _language_names())[0] == meant
    assert f"did you mean '{meant}'" in str(UnknownLanguageError(typed, langs))


@pytest.mark.parametrize("typed", ["klingon", "", "x", "\udcff", "Ω"])
def test_no_suggestion_for_nonsense(typed):
    assert suggest(typed, SCHEME_IDS) == []
    assert "did you mean" not in str(UnknownSchemeError(typed, SCHEME_IDS))


@pytest.mark.parametrize("args, meant", [
    (("romanize", "--scheme", "ALA-LC"), "'alalc'"),
    (("cyrillic", "--scheme", "bgn"), "'bgn-pcgn'"),
    (("convert", "--to", "ISO 9"), "'iso9'"),
    (("romanize", "--lang", "russian"), "'ru'"),
    (("gloss", "-l", "Ukrainian"), "'uk'"),
    (("cite", "--style", "chicgo"), "'chicago'"),
])
def test_cli_wrong_choice_is_one_line_with_the_meant_one(run_cli, args, meant):
    proc = run_cli(*args, "Цветаева", check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    first, hint = proc.stderr.splitlines()
    assert f"did you mean {meant}?" in first and "Traceback" not in proc.stderr
    assert "--help" in hint and "usage:" not in proc.stderr


@pytest.mark.parametrize("args, meant", [
    (("romanize", "--sceme", "alalc"), "--scheme"),
    (("cyrillic", "--candiates", "3"), "--candidates"),
    (("romanize", "--jsn"), "--json"),
    (("convert", "--too=alalc"), "--to"),
])
def test_cli_misspelt_option_names_the_meant_one(run_cli, args, meant):
    proc = run_cli(*args, "Цветаева", check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert f"(did you mean {meant}?)" in proc.stderr.splitlines()[0]
    assert f"translit {args[0]} --help" in proc.stderr


@pytest.mark.parametrize("typed, meant", [("romanise", "romanize"), ("cyrilic", "cyrillic"), ("glos", "gloss")])
def test_cli_misspelt_command(run_cli, typed, meant):
    proc = run_cli(typed, "x", check=False)
    assert proc.returncode == 2 and f"unknown command '{typed}' (did you mean '{meant}'?)" in proc.stderr


def test_cli_without_a_command_lists_the_commands(run_cli):
    proc = run_cli(check=False)
    assert proc.returncode == 2
    for name in ("romanize", "cyrillic", "convert", "cite", "gloss", "serve"):
        assert f"\n    {name} " in proc.stderr


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


@pytest.mark.parametrize("path, body, meant", [
    ("/api/romanize", {"text": "Цветаева", "scheme": "ALA-LC"}, "'alalc'"),
    ("/api/cyrillic", {"text": "Tsvetaeva", "scheme": "BGN/PCGN"}, "'bgn-pcgn'"),
    ("/api/convert", {"text": "Tsvetaeva", "to": "ISO 9"}, "'iso9'"),
    ("/api/romanize", {"text": "Цветаева", "lang": "russian"}, "'ru'"),
])
def test_api_wrong_name_says_which_was_meant(server, path, body, meant):
    r = httpx.post(server + path, json=body, timeout=60)
    assert r.status_code == 422
    assert f"did you mean {meant}?" in json.dumps(r.json()["detail"], ensure_ascii=False)
    g = httpx.get(server + path, params=body, timeout=60)
    assert g.status_code == 422 and f"did you mean {meant}?" in json.dumps(g.json()["detail"], ensure_ascii=False)


@pytest.mark.parametrize("n", ["-1", "-3", "-100"])
def test_cli_negative_candidates_is_refused(run_cli, n):
    for extra in ((), ("--json",), ("--document",)):
        proc = run_cli("cyrillic", "-n", n, *extra, "Sela", check=False)
        assert proc.returncode == 2 and proc.stdout == ""
        assert f"candidates must be a whole number, 0 or more, not {n}" in proc.stderr


@pytest.mark.parametrize("body", [{"candidates": -1}, {"candidates": -5, "document": True}, {"candidates": -2}])
def test_api_negative_candidates_is_a_422(server, body):
    r = httpx.post(server + "/api/cyrillic", json={"text": "Sela", **body}, timeout=60)
    assert r.status_code == 422 and "0 or more" in json.dumps(r.json()["detail"])
    g = httpx.get(server + "/api/cyrillic", params={"text": "Sela", **body}, timeout=60)
    assert g.status_code == 422 and "0 or more" in json.dumps(g.json()["detail"])


def test_zero_and_positive_candidates_still_answer(server, run_cli):
    for n in (0, 1, 2):
        words = httpx.post(server + "/api/cyrillic", json={"text": "Sela", "candidates": n}, timeout=60).json()["words"]
        assert len(words[0]["candidates"]) == n
    assert run_cli("cyrillic", "-n", "2", "Sela").stdout == "Села\t[Sela: Села | Съела]\n"


@pytest.mark.parametrize("method, path, payload, meant", [
    ("post", "/api/romanize", {"text": "Цветаева", "shceme": "alalc"}, "'scheme'"),
    ("post", "/api/cyrillic", {"text": "Tsvetaeva", "candiates": 2}, "'candidates'"),
    ("get", "/api/romanize", {"text": "Щукин", "ligature": "marc"}, "'ligatures'"),
    ("post", "/api/romanize", {"text": "Цветаева", "scheme": "bgn-pcgn", "options": {"midle_dot": True}}, "'middle_dot'"),
])
def test_api_misspelt_key_says_which_was_meant(server, method, path, payload, meant):
    if method == "post":
        r = httpx.post(server + path, json=payload, timeout=60)
    else:
        r = httpx.get(server + path, params=payload, timeout=60)
    assert r.status_code == 422
    assert f"did you mean {meant}?" in json.dumps(r.json()["detail"], ensure_ascii=False)
