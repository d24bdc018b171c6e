"""--lang on the command line, lang in the library and the HTTP API, language in detect --json."""

import json

import httpx
import pytest

import translit


def test_library_lang_everywhere():
    assert translit.romanize("Знам'янка", "national", lang="uk") == "Znamianka"
    assert translit.to_cyrillic("Istorija Srbije", lang="sr").text == "Историја Србије"
    assert translit.to_cyrillic("Istoriya na balgarskiya ezik", lang="auto").lang == "bg"
    assert translit.convert("Istorii͡a na bŭlgarskii͡a ezik", to="national", lang="bg").text == "Istoria na balgarskia ezik"
    assert translit.identify("Ђорђе").language == "sr"
    # Without lang nothing changes for Russian.
    assert translit.to_cyrillic("Istoriia Rossii").text == "История России"
    assert translit.key("Istoriia Rossii") == translit.key("История России")


@pytest.mark.parametrize("forms", [("Kyiv", "Kiev", "Київ", "Киев", "Kyïv"), ("Lviv", "Lʹvov", "Львів", "Lwów"),
                                   ("Minsk", "Мінск", "Минск"), ("Beograd", "Belgrade", "Београд")])
def test_keys_agree_across_languages(forms):
    keys = {translit.key(f, lang="auto") for f in forms}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("uk,ru", [("Історія міста Києва", "Istoriia mista Kyieva"), ("У Львові", "U Lvovi"),
                                   ("Харкова", "Kharkova")])
def test_inflected_place_names_join_their_key(uk, ru):
    assert translit.key(uk, lang="auto") == translit.key(ru, lang="uk")
    assert translit.key("История Киева", lang="auto") == "istoriia kyiv"


def test_keys_of_titles_across_schemes_of_one_language():
    k = translit.key("Istoriia Ukrainy", lang="uk")
    assert k == translit.key("Історія України", lang="uk") == translit.key("Istorii͡a Ukraïny", lang="uk")
    assert k != translit.key("История России", lang="uk")


def test_auto_falls_back_to_russian_when_the_language_lacks_the_scheme():
    assert translit.romanize("Історія України", "icao", lang="auto") == translit.romanize("Історія України", "icao")
    assert translit.romanize("Історія України", "alalc", lang="auto") == "Istorii͡a Ukraïny"


def test_cli_lang_options(run_cli):
    assert run_cli("romanize", "--lang", "uk", "--scheme", "national", "Згорани Їжакевич").stdout == "Zghorany Yizhakevych\n"
    assert run_cli("romanize", "--lang", "auto", input="Историја Србије\nЮрий\n").stdout == "Istorija Srbije\nI͡Uriĭ\n"
    assert run_cli("cyrillic", "--lang", "mk", "Gjorgji Kjerka").stdout == "Ѓорѓи Ќерка\n"
    obj = json.loads(run_cli("cyrillic", "--lang", "uk", "--json", "Kyiv").stdout)
    assert obj["cyrillic"] == "Київ" and obj["lang"] == "uk" and obj["words"][0]["method"] == "lexicon"
    assert run_cli("convert", "--lang", "sr", "--to", "cyrillic", "Ćirilica").stdout == "Ћирилица\n"
    assert run_cli("key", "--lang", "auto", "Kiev", "Київ").stdout == "kyiv\nkyiv\n"
    det = json.loads(run_cli("detect", "--json", "Hrushevskyi Mykhailo").stdout)
    assert det["language"] == "uk" and det["language_evidence"]
    listed = [json.loads(line)["id"] for line in run_cli("schemes", "--lang", "mk", "--json").stdout.splitlines()]
    assert listed == ["alalc", "national", "bgn-pcgn", "iso9", "scholarly"]
    bad = run_cli("romanize", "--lang", "sr", "--scheme", "icao", "Ниш", check=False)
    assert bad.returncode != 0 and "known schemes: alalc, national, bgn-pcgn, iso9" in bad.stderr


@pytest.fixture(scope="module")
def server():
    from conftest import live_server

    from translit.web.app import create_app

    with live_server(create_app()) as base:
        yield base


def test_api_lang(server):
    c = httpx.Client(base_url=server, timeout=120)
    r = c.post("/api/romanize", json={"text": "Київ", "scheme": "national", "lang": "uk"}).json()
    assert r["output"] == "Kyiv" and r["lang"] == "uk"
    assert c.post("/api/romanize", json={"text": "Київ", "scheme": "alalc", "lang": "auto"}).json()["output"] == "Kyïv"
    assert c.post("/api/cyrillic", json={"text": "Istorija Srbije", "lang": "sr"}).json()["cyrillic"] == "Историја Србије"
    assert c.post("/api/convert", json={"text": "Sofia", "to": "alalc", "lang": "bg"}).json()["output"] == "Sofii͡a"
    keys = c.post("/api/key", json={"texts": ["Kiev", "Київ"], "lang": "auto"}).json()["results"]
    assert [k["key"] for k in keys] == ["kyiv", "kyiv"]
    assert c.post("/api/detect", json={"text": "Ѓорѓи"}).json()["language"] == "mk"
    bad = c.post("/api/romanize", json={"text": "Київ", "scheme": "alalc", "lang": "xx"})
    assert bad.status_code == 422 and "unknown language" in bad.json()["detail"]
