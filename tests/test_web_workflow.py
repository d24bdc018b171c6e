"""The API as spreadsheet tools and OpenRefine use it, against real uvicorn servers on 127.0.0.1:
GET with query parameters (percent-encoded Cyrillic, as "Add column by fetching URLs" sends it),
CORS only for a named origin, and the W3C reconciliation service over a CSV authority file and
over MARC authority records written with pymarc."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from urllib.parse import quote, quote_plus, urlencode

import httpx
import pymarc
import pytest
import uvicorn
from pymarc import Field, Record, Subfield

from translit.reconcile import Authority
from translit.web.app import create_app

AUTHORITY_CSV = """id,heading,type
n80005437,"Бухарин, Николай Иванович, 1888-1938",person
n85208960,"Ежов, Николай Иванович, 1895-1940",person
n79089432,"Цветаева, Марина Ивановна, 1892-1941",person
n80044478,"Троцкий, Лев, 1879-1940",person
n79063931,"Коммунистическая партия Советского Союза. Центральный комитет",corporate
n80126391,"Ежова, Евгения Соломоновна",person
sh85115947,"Реабилитация",heading
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(base: str) -> None:
    for _ in range(600):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise AssertionError(f"{base} did not come up")


class Server:
    def __init__(self, app):
        port = _free_port()
        self.srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.srv.run, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{port}"
        _wait(self.base)

    def stop(self):
        self.srv.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def authority_csv(tmp_path_factory):
    p = tmp_path_factory.mktemp("auth") / "names.csv"
    p.write_text(AUTHORITY_CSV, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def plain(authority_csv):
    s = Server(create_app(max_text=20_000))
    yield s.base
    s.stop()


@pytest.fixture(scope="module")
def served(authority_csv):
    s = Server(create_app(max_text=20_000, cors="https://sheets.example.org", authority=str(authority_csv)))
    yield s.base
    s.stop()


# -- GET for spreadsheet tools ----------------------------------------------------------------------

def test_get_with_percent_encoded_cyrillic_answers_as_post(plain):
    c = httpx.Client(base_url=plain, timeout=120)
    # OpenRefine's escape(value, "url") writes spaces as + and Cyrillic as %D0%..
    url = "/api/romanize?scheme=alalc&text=" + quote_plus("Юрий Щукин, ЦК ВКП(б)")
    got = c.get(url)
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    assert got.json() == c.post("/api/romanize", json={"text": "Юрий Щукин, ЦК ВКП(б)", "scheme": "alalc"}).json()
    assert got.json()["output"] == "I͡Uriĭ Shchukin, T͡SK VKP(b)"
    # %20 for spaces (a spreadsheet's ENCODEURL) reads the same
    assert c.get("/api/romanize?text=" + quote("Юрий Щукин, ЦК ВКП(б)")).json() == got.json()


@pytest.mark.parametrize("path, params, body", [
    ("/api/cyrillic", {"text": "Neizvestnyi Bukharin", "candidates": "2"}, {"text": "Neizvestnyi Bukharin", "candidates": 2}),
    ("/api/detect", {"text": "Boukharine, Nikolaï Ivanovitch"}, {"text": "Boukharine, Nikolaï Ivanovitch"}),
    ("/api/key", {"text": "Bukharin, Nikolai Ivanovich"}, {"text": "Bukharin, Nikolai Ivanovich"}),
    ("/api/convert", {"text": "Istoriia Rossii, p. 5", "to": "iso9"}, {"text": "Istoriia Rossii, p. 5", "to": "iso9"}),
    ("/api/cite", {"text": "RTsKhIDNI, f. 89, op. 73, d. 157", "archive": "current"},
     {"text": "RTsKhIDNI, f. 89, op. 73, d. 157", "archive": "current"}),
    ("/api/gloss", {"text": "postanovleniia TsK"}, {"text": "postanovleniia TsK"}),
    ("/api/fix", {"text": "Ðåàáèëèòàöèÿ"}, {"text": "Ðåàáèëèòàöèÿ"}),
    ("/api/analyze", {"text": "Lichnye pokazaniia"}, {"text": "Lichnye pokazaniia"}),
])
def test_every_text_endpoint_answers_get_as_post(plain, path, params, body):
    c = httpx.Client(base_url=plain, timeout=120)
    got = c.get(path + "?" + urlencode(params))
    assert got.status_code == 200, got.text
    assert got.json() == c.post(path, json=body).json()


def test_every_post_text_endpoint_has_its_get(plain):
    spec = httpx.get(plain + "/openapi.json").json()["paths"]
    posts = {p for p, ops in spec.items() if "post" in ops and p.startswith("/api/") and p != "/api/batch"}
    assert {"/api/romanize", "/api/cyrillic", "/api/key", "/api/analyze"} <= posts
    for p in posts:
        assert "get" in spec[p], p
        names = [x["name"] for x in spec[p]["get"]["parameters"]]
        assert names[0] == "text", p


def test_get_options_lists_and_errors(plain):
    c = httpx.Client(base_url=plain, timeout=120)
    marc = c.get("/api/romanize?" + urlencode({"text": "Цветаева", "ligatures": "marc"})).json()
    assert marc["output"] == "T\ufe20S\ufe21vetaeva"
    same = c.get("/api/romanize?" + urlencode({"text": "Цветаева", "options": json.dumps({"ligatures": "marc"})})).json()
    assert same == marc
    dot = c.get("/api/romanize?" + urlencode({"text": "Кайафа", "scheme": "bgn-pcgn", "middle_dot": "true"})).json()
    assert dot["output"] == "Kay·afa"
    many = c.get("/api/key?" + urlencode([("text", "Boukharine"), ("text", "Бухарин"), ("text", "Ежов")])).json()
    assert [r["input"] for r in many["results"]] == ["Boukharine", "Бухарин", "Ежов"]
    assert many["results"][0]["key"] == many["results"][1]["key"] != many["results"][2]["key"]
    unknown = c.get("/api/key?text=x&colour=red")
    assert unknown.status_code == 422 and "colour" in json.dumps(unknown.json())
    missing = c.get("/api/key")
    assert missing.status_code == 422 and "text" in json.dumps(missing.json())
    bad_number = c.get("/api/cyrillic?text=x&candidates=many")
    assert bad_number.status_code == 422 and "candidates" in json.dumps(bad_number.json()["detail"][0]["loc"])
    scheme = c.get("/api/romanize?text=x&scheme=klingon")
    assert scheme.status_code == 422 and "unknown scheme" in scheme.json()["detail"]
    big = c.get("/api/romanize?" + urlencode({"text": "x" * 25_000}))
    assert big.status_code == 413


def test_cors_is_off_by_default_and_on_for_the_named_origin(plain, served):
    origin = {"Origin": "https://sheets.example.org"}
    off = httpx.get(plain + "/api/key?text=x", headers=origin)
    assert off.status_code == 200 and "access-control-allow-origin" not in off.headers
    on = httpx.get(served + "/api/key?text=x", headers=origin)
    assert on.headers["access-control-allow-origin"] == "https://sheets.example.org"
    other = httpx.get(served + "/api/key?text=x", headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers
    pre = httpx.options(served + "/api/romanize", headers={**origin, "Access-Control-Request-Method": "POST",
                                                            "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
    assert httpx.get(plain + "/reconcile").status_code == 404  # no authority, no service


def test_a_named_origin_may_post_and_others_may_not(plain, served):
    # the cross-site guard refuses POSTs from other origins, but not from one named with --cors
    body = {"text": "Щукин", "scheme": "alalc"}
    for origin in ("https://sheets.example.org", "https://sheets.example.org/"):
        r = httpx.post(served + "/api/romanize", json=body, headers={"Origin": origin})
        assert r.status_code == 200 and r.json()["output"] == "Shchukin"
    for base, origin in ((served, "https://evil.example.com"), (plain, "https://sheets.example.org"),
                         (served, "null")):
        assert httpx.post(base + "/api/romanize", json=body, headers={"Origin": origin}).status_code == 403


# -- reconciliation ------------------------------------------------------------------------------------

def test_manifest_and_jsonp(served):
    m = httpx.get(served + "/reconcile").json()
    assert m["versions"] == ["0.2"] and "names.csv" in m["name"]
    assert m["identifierSpace"].startswith("http") and m["schemaSpace"].startswith("http")
    assert {t["id"] for t in m["defaultTypes"]} == {"person", "corporate", "heading"}
    assert m["view"]["url"].endswith("/reconcile/view/{{id}}")
    j = httpx.get(served + "/reconcile?callback=jsonp123")
    assert j.headers["content-type"].startswith("application/javascript")
    assert j.text.startswith("/**/jsonp123(") and json.loads(j.text[len("/**/jsonp123("):-2]) == m
    bad = httpx.get(served + "/reconcile", params={"callback": "alert(1)//"})
    assert bad.status_code == 400


def test_openrefine_batch_finds_the_cyrillic_headings(served):
    queries = {"q0": {"query": "Boukharine, Nikolaï", "limit": 3},
               "q1": {"query": "Yezhov, Nikolai", "limit": 3},
               "q2": {"query": "Bukharin, Nikolai Ivanovich, 1888-1938"},
               "q3": {"query": "Zwetajewa, Marina"},
               "q4": {"query": "Trotzki, Leo"}}
    r = httpx.post(served + "/reconcile", data={"queries": json.dumps(queries)}, timeout=120)
    assert r.status_code == 200
    out = r.json()
    assert set(out) == set(queries)
    top = {q: out[q]["result"][0] for q in out}
    assert top["q0"]["id"] == "n80005437" and top["q0"]["name"] == "Бухарин, Николай Иванович, 1888-1938"
    assert top["q1"]["id"] == "n85208960" and top["q1"]["match"] is True
    assert top["q2"]["score"] == 100 and top["q2"]["match"] is True and top["q2"]["description"] == "same match key"
    assert top["q3"]["id"] == "n79089432" and top["q4"]["id"] == "n80044478"
    for q in out:
        res = out[q]["result"]
        assert len(res) <= queries[q].get("limit", 5)
        assert [x["score"] for x in res] == sorted((x["score"] for x in res), reverse=True)
        for x in res:
            assert set(x) >= {"id", "name", "score", "match", "type"} and x["type"][0]["id"]
        assert sum(x["match"] for x in res) <= 1
    # Ежова is a candidate for Yezhov but not a match
    assert all(not x["match"] for x in out["q1"]["result"][1:])


def test_ambiguity_types_and_get_queries(served, authority_csv, tmp_path):
    # a second Nikolai Bukharin makes the dateless query ambiguous: candidates, no match
    two = tmp_path / "two.tsv"
    two.write_text("id\theading\nA1\tБухарин, Николай Иванович, 1888-1938\nA2\tБухарин, Николай Павлович\n",
                   encoding="utf-8")
    a = Authority.load(str(two))
    found = a.reconcile("Boukharine, Nikolaï")
    assert {c.id for c in found} == {"A1", "A2"} and not any(c.match for c in found)
    assert a.reconcile("Bukharin, N. I.")[0].id == "A1" and a.reconcile("Bukharin, N. I.")[0].match
    # type restricts; GET with queries= answers as POST
    q = json.dumps({"q0": {"query": "Ezhov", "type": "corporate"}, "q1": {"query": "Ezhov", "type": "person"}})
    got = httpx.get(served + "/reconcile", params={"queries": q}, timeout=60).json()
    assert got["q0"]["result"] == [] or all(x["type"][0]["id"] == "corporate" for x in got["q0"]["result"])
    assert got["q1"]["result"][0]["type"][0]["id"] == "person"
    assert got == httpx.post(served + "/reconcile", data={"queries": q}, timeout=60).json()
    single = httpx.get(served + "/reconcile", params={"query": "Reabilitatsiia"}).json()
    assert single["result"][0]["id"] == "sh85115947"


def test_bad_batches_are_refused_with_the_reason(served):
    for data, words in [({"queries": "{not json"}, "not JSON"), ({"queries": "[1, 2]"}, "JSON object"),
                        ({"queries": json.dumps({"q0": {"limit": 3}})}, "q0"),
                        ({"queries": json.dumps({"q0": {"query": "x", "limit": -1}})}, "limit"),
                        ({}, "queries")]:
        r = httpx.post(served + "/reconcile", data=data)
        assert r.status_code == 400 and words in r.json()["detail"], (data, r.text)


def test_view_page_escapes(served, tmp_path):
    page = httpx.get(served + "/reconcile/view/n80005437")
    assert page.status_code == 200 and "Бухарин, Николай Иванович, 1888-1938" in page.text
    assert httpx.get(served + "/reconcile/view/nope").status_code == 404
    evil = tmp_path / "evil.csv"
    evil.write_text('id,heading\nx1,"<script>alert(1)</script> Иванов"\n', encoding="utf-8")
    s = Server(create_app(authority=str(evil)))
    try:
        body = httpx.get(s.base + "/reconcile/view/x1").text
        assert "<script>alert" not in body and "&lt;script&gt;" in body
    finally:
        s.stop()


def _auth_record(control: str, tag: str, heading: list[tuple[str, str]], *variants: tuple[str, list[tuple[str, str]]]):
    r = Record(force_utf8=True)
    r.leader = r.leader[:5] + "nz" + r.leader[7:9] + "a" + r.leader[10:]
    r.add_field(Field(tag="001", data=control))
    r.add_field(Field(tag=tag, indicators=["1", " "], subfields=[Subfield(c, v) for c, v in heading]))
    for vtag, subs in variants:
        r.add_field(Field(tag=vtag, indicators=["1", " "], subfields=[Subfield(c, v) for c, v in subs]))
    return r


def test_marc_authority_records(tmp_path):
    recs = [
        _auth_record("n85208960", "100", [("a", "Ezhov, Nikolaĭ Ivanovich,"), ("d", "1895-1940")],
                     ("400", [("a", "Ежов, Николай Иванович,"), ("d", "1895-1940")]),
                     ("400", [("a", "Jeschow, Nikolai")])),
        _auth_record("n80005437", "100", [("a", "Bukharin, Nikolaĭ Ivanovich,"), ("d", "1888-1938")],
                     ("400", [("a", "Бухарин, Николай Иванович,"), ("d", "1888-1938")])),
        _auth_record("n79063931", "110", [("a", "Kommunisticheskai͡a partii͡a Sovetskogo Soi͡uza."),
                                          ("b", "T͡Sentralʹnyĭ komitet")],
                     ("410", [("a", "KPSS."), ("b", "TSK")])),
        _auth_record("n80001203", "151", [("a", "Petrograd (Russia)")], ("451", [("a", "Петроград")])),
    ]
    mrc = tmp_path / "auth.mrc"
    mrc.write_bytes(b"".join(r.as_marc() for r in recs) + b"00010damaged")
    a = Authority.load(str(mrc))
    assert [e.id for e in a.entries] == ["n85208960", "n80005437", "n79063931", "n80001203"]
    assert a.problems and "record 5" in a.problems[0]
    assert a.by_id["n85208960"].heading == "Ezhov, Nikolaĭ Ivanovich, 1895-1940"
    assert "Ежов, Николай Иванович, 1895-1940" in a.by_id["n85208960"].variants
    assert {e.type for e in a.entries} == {"person", "corporate", "place"}
    assert a.reconcile("Ежов Николай")[0].id == "n85208960"
    assert a.reconcile("Yezhov, Nikolai")[0].id == "n85208960"
    assert a.reconcile("Petrograd")[0].id == "n80001203"
    xml = tmp_path / "auth.xml"
    with open(xml, "wb") as fh:
        w = pymarc.XMLWriter(fh)
        for r in recs:
            w.write(r)
        w.close()
    ax = Authority.load(str(xml))
    assert [e.as_dict() for e in ax.entries] == [e.as_dict() for e in a.entries]
    s = Server(create_app(authority=a))
    try:
        out = httpx.post(s.base + "/reconcile", data={"queries": json.dumps(
            {"q0": {"query": "Boukharine, Nikolaï", "limit": 3}})}, timeout=60).json()
        assert out["q0"]["result"][0]["id"] == "n80005437" and out["q0"]["result"][0]["match"] is True
        types = {t["id"]: t["name"] for t in httpx.get(s.base + "/reconcile").json()["defaultTypes"]}
        assert types == {"corporate": "Corporate body", "person": "Personal name", "place": "Geographic name"}
    finally:
        s.stop()


def test_table_without_the_columns_is_a_clear_error(tmp_path):
    from translit.errors import TranslitError

    p = tmp_path / "x.csv"
    p.write_text("name,code\nИванов,1\n", encoding="utf-8")
    with pytest.raises(TranslitError, match="'id' and 'heading'"):
        Authority.load(str(p))
    q = tmp_path / "gaps.csv"
    q.write_text("id,heading\n,Иванов\nz2,\nz3,Петров\n", encoding="utf-8")
    a = Authority.load(str(q))
    assert [e.id for e in a.entries] == ["z3"] and len(a.problems) == 2 and "line 2" in a.problems[0]


def test_cli_serve_with_authority_and_cors(authority_csv):
    port = _free_port()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "translit", "serve", "--port", str(port), "--authority",
                             str(authority_csv), "--cors", "https://sheets.example.org"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base)
        assert httpx.get(base + "/reconcile").json()["versions"] == ["0.2"]
        r = httpx.get(base + "/api/romanize?text=%D0%A9%D1%83%D0%BA%D0%B8%D0%BD",
                      headers={"Origin": "https://sheets.example.org"})
        assert r.json()["output"] == "Shchukin"
        assert r.headers["access-control-allow-origin"] == "https://sheets.example.org"
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert "7 headings for /reconcile" in err.decode()
