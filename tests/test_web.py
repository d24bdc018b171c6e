"""The web app and HTTP API against a real uvicorn server on 127.0.0.1, and the page driven in
headless Chromium (Debian's chromium, through Playwright)."""

import contextlib
import json
import shutil

import httpx
import pytest

from translit.web.app import create_app

from conftest import live_server


@pytest.fixture(scope="module")
def server():
    with live_server(create_app(max_text=20_000, max_upload=200_000)) as base:
        yield base


def test_health_schemes_openapi(server):
    assert httpx.get(server + "/health").json() == {"status": "ok"}
    ids = [s["id"] for s in httpx.get(server + "/api/schemes").json()]
    assert "alalc" in ids and "transliterate-ru" in ids
    spec = httpx.get(server + "/openapi.json").json()
    for path in ("/api/romanize", "/api/cyrillic", "/api/detect", "/api/convert", "/api/key", "/api/cite", "/api/gloss"):
        assert path in spec["paths"]


def test_endpoints_mirror_the_library(server):
    c = httpx.Client(base_url=server, timeout=60)
    assert c.post("/api/romanize", json={"text": "Юрий", "scheme": "alalc"}).json()["output"] == "I͡Uriĭ"
    r = c.post("/api/romanize", json={"text": "Цветаева", "scheme": "alalc", "options": {"ligatures": "marc"}}).json()
    assert r["output"] == "T\ufe20S\ufe21vetaeva"
    cyr = c.post("/api/cyrillic", json={"text": "Reabilitatsia: Kak Eto Bylo"}).json()
    assert cyr["cyrillic"] == "Реабилитация: Как Это Было" and cyr["words"][0]["candidates"]
    assert c.post("/api/detect", json={"text": "Ėĭzenshteĭn"}).json()["scheme"] == "alalc"
    assert c.post("/api/convert", json={"text": "Istoriia Rossii, p. 5", "to": "iso9"}).json()["output"] == "Istoriâ Rossii, p. 5"
    keys = c.post("/api/key", json={"texts": ["Boukharine", "Бухарин"]}).json()["results"]
    assert keys[0]["key"] == keys[1]["key"]
    cite = c.post("/api/cite", json={"text": "RTsKhIDNI, f. 89, op. 73, d. 157"}).json()["citations"][0]
    assert cite["archive_current"] == "RGASPI" and cite["formatted"] == "RTsKhIDNI, f. 89, op. 73, d. 157."
    g = c.post("/api/gloss", json={"text": "opisi"}).json()["words"][0]
    assert g["lemma"] == "опись" and g["gloss"].startswith("opis'")


def test_limits_and_errors(server):
    c = httpx.Client(base_url=server, timeout=60)
    big = c.post("/api/romanize", json={"text": "а" * 30_000})
    assert big.status_code == 413 and "limit" in big.json()["detail"]
    bad = c.post("/api/romanize", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert bad.status_code == 422 and "json" in json.dumps(bad.json()["detail"]).lower()
    missing = c.post("/api/key", json={"txt": "x"})
    assert missing.status_code == 422 and "text" in json.dumps(missing.json())
    wrong_type = c.post("/api/romanize", json={"text": 5})
    assert wrong_type.status_code == 422 and "text" in json.dumps(wrong_type.json()["detail"][0]["loc"])
    scheme = c.post("/api/romanize", json={"text": "а", "scheme": "klingon"})
    assert scheme.status_code == 422 and "unknown scheme" in scheme.json()["detail"]
    upload = c.post("/api/batch", files={"file": ("big.csv", b"x" * 300_000)}, data={"command": "key", "column": "x"})
    assert upload.status_code == 413


def test_batch_upload_and_download(server):
    c = httpx.Client(base_url=server, timeout=60)
    r = c.post("/api/batch", files={"file": ("t.csv", "id,title\n1,Москва\n2,Жуков\n".encode())},
               data={"command": "romanize", "column": "title", "scheme": "bgn-pcgn"}).json()
    assert "2 rows in, 2 rows out" in r["summary"]
    out = c.get(r["result"]).text
    assert out.splitlines() == ["id,title,title_romanize", "1,Москва,Moskva", "2,Жуков,Zhukov"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@contextlib.contextmanager
def chromium():
    """Debian's Chromium, headless, driven by Playwright: yields the browser."""
    if not CHROMIUM:  # `make test` installs it first (make browser); run alone, say how
        pytest.fail("the page test needs Chromium: run `make browser` (installs Debian's chromium as root) "
                    "or `sudo apt-get install -y chromium`", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            yield browser
        finally:
            browser.close()


def test_page_in_headless_chromium(server, tmp_path):
    with chromium() as browser:
        ctx = browser.new_context(accept_downloads=True)
        ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
        page = ctx.new_page()
        requests_out = []
        page.on("request", lambda r: requests_out.append(r.url))
        page.goto(server + "/")
        page.fill("#text", "Reabilitatsia: Kak Eto Bylo")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#cyrillic').textContent.includes('Реабилитация')", timeout=60_000)
        assert page.text_content("#cyrillic") == "Реабилитация: Как Это Было"
        alalc = page.locator("output[data-scheme='alalc']")
        assert alalc.text_content() == "Reabilitat͡sii͡a: Kak Ėto Bylo"
        row_button = alalc.locator("xpath=following-sibling::button")
        row_button.click()
        # the page marks the button once the clipboard's promise resolves: wait for it, then check
        page.wait_for_function("b => b.dataset.copied !== undefined", arg=row_button.element_handle(), timeout=30_000)
        assert row_button.get_attribute("data-copied") == "Reabilitat͡sii͡a: Kak Ėto Bylo"
        # no input is ever put into the page as markup
        page.fill("#text", "<img src=x onerror=window.pwned=1> Bukharin")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#cyrillic').textContent.includes('<img')", timeout=60_000)
        assert page.evaluate("document.querySelectorAll('main img').length") == 0
        assert page.evaluate("window.pwned === undefined")
        # batch upload
        csv_file = tmp_path / "titles.csv"
        csv_file.write_text("id,title\n1,Reabilitatsiia\n", encoding="utf-8")
        page.set_input_files("#file", str(csv_file))
        page.select_option("#command", "cyrillic")
        page.fill("#column", "title")
        page.click("#batch button[type=submit]")
        link = page.locator("#batch-result a", has_text="Download the result")
        link.wait_for(timeout=60_000)
        with page.expect_download() as dl:
            link.click()
        path = dl.value.path()
        assert open(path, encoding="utf-8").read().splitlines()[1] == "1,Reabilitatsiia,Реабилитация"
        # offline: the page asked for nothing but its own server
        assert all(u.startswith(server) for u in requests_out)


def test_page_language_selector_in_headless_chromium(server):
    """The language is identified by default (Russian when unsure) and can be named in the selector."""
    with chromium() as browser:
        page = browser.new_page()
        page.goto(server + "/")
        assert page.input_value("#lang") == "auto"
        # identified: Ukrainian romanized, read with the Ukrainian word list, keyed in Ukrainian
        page.fill("#text", "Hrushevskyi Mykhailo")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#language').dataset.lang === 'uk'", timeout=60_000)
        page.wait_for_function("document.querySelector('#cyrillic').textContent === 'Грушевський Михайло'",
                               timeout=60_000)
        assert page.locator("#language-evidence li").count() > 0
        page.wait_for_function("document.querySelector(\"output[data-scheme='national']\") !== null", timeout=60_000)
        # Cyrillic with letters Russian lacks: Serbian, romanized in the Serbian tables
        page.fill("#text", "Историја Србије")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#language').dataset.lang === 'sr'", timeout=60_000)
        page.wait_for_function(
            "(document.querySelector(\"output[data-scheme='alalc']\") || {}).textContent === 'Istorija Srbije'",
            timeout=60_000)
        # Russian stays Russian, and a language named in the selector wins over identification
        page.fill("#text", "Voina i mir")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#language').dataset.lang === 'ru'", timeout=60_000)
        assert page.text_content("#cyrillic") == "Война и мир"
        page.select_option("#lang", "bg")
        page.wait_for_function("document.querySelector('#language').dataset.lang === 'bg'", timeout=60_000)
        assert "named" in page.text_content("#language-reason")
