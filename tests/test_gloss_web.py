"""The gloss over HTTP (POST /api/gloss on a real uvicorn server) and on the page, in Debian's
headless Chromium: the gloss line stands under the Cyrillic reading."""

import httpx
from test_web import chromium, server  # noqa: F401  (the module's real server fixture)


def test_api_gloss_gives_the_words_and_the_gloss_line(server):  # noqa: F811
    c = httpx.Client(base_url=server, timeout=120)
    one = c.post("/api/gloss", json={"text": "Neizvestnyi Bukharin: pis'ma i dokumenty"}).json()
    assert one["cyrillic"] == "Неизвестный Бухарин: письма и документы"
    assert one["gloss"] == "unknown · Bukharin (name) · letters · and · documents"
    assert [w["source"] for w in one["words"]] == ["dictionary", "name", "glossary", "glossary", "glossary"]
    assert one["words"][0]["glosses"][0] == "unknown" and one["dictionaries"] and one["note"] is None
    many = c.post("/api/gloss", json={"texts": ["ЦК", "Там же"]}).json()["results"]
    assert [r["gloss"] for r in many] == ["Central Committee", "ibid."]
    assert c.post("/api/gloss", json={"text": 5}).status_code == 422


def test_page_shows_the_gloss_under_the_reading(server):  # noqa: F811
    with chromium() as browser:
        page = browser.new_page()
        page.goto(server + "/")
        for text, line in [("Neizvestnyi Bukharin: pis'ma i dokumenty", "unknown · Bukharin (name) · letters · and · documents"),
                           ("Там же, т. 2", "ibid. · volume · 2")]:
            page.fill("#text", text)
            page.keyboard.press("Enter")
            page.wait_for_function("(want) => document.querySelector('#gloss-line').textContent === want", arg=line,
                                   timeout=60_000)
            # it stands in the reading's section, right under the Cyrillic
            assert page.evaluate("document.querySelector('#gloss-line').closest('section').id") == "reading-box"
            assert page.evaluate("document.querySelector('#gloss-note').hidden")
