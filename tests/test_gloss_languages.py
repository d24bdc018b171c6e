"""Glossing a text in its own language: the CLI, the API and the page choose the language as the
other commands do (``--lang``, else identified; Russian when unsure). Ukrainian is glossed from
its term list and names; a language with no glossary is read and its note says so, instead of
being glossed as Russian."""

import json

import httpx
import pytest
from test_web import chromium, server  # noqa: F401  (the module's real server fixture)

import translit
from translit.langs.choose import choose


@pytest.mark.parametrize("text,glossed,places", [
    ("Київ: Видавництво Наукова думка, 1987", {"Видавництво": "publishing house"}, ["Kyiv"]),
    ("Історія Києва та Львова", {}, ["Kyiv", "Lviv"]),
    ("ЦДАВО України, ф. 1, оп. 2, спр. 245, арк. 17", {"спр.": "file", "арк.": "folio"}, []),
])
def test_cli_glosses_ukrainian_text_in_ukrainian(run_cli, text, glossed, places):
    out = json.loads(run_cli("gloss", "--json", text).stdout)
    assert out["lang"] == "uk" and "Ukrainian" in out["note"]
    lines = {w["input"]: w["line"] for w in out["words"]}
    for word, english in glossed.items():
        assert lines[word] == english
    assert [w["line"] for w in out["words"] if w["kind"] == "place"] == [f"{p} (place)" for p in places]
    plain = run_cli("gloss", text).stdout
    assert plain.startswith(text + "\tgloss: ") and plain.count(" · ") == out["gloss"].count(" · ")


@pytest.mark.parametrize("text,lang", [
    ("Българска академия на науките", "bg"),
    ("Историја Србије у средњем веку", "sr"),
    ("Македонска книга", "mk"),
])
def test_a_language_without_a_glossary_is_read_not_glossed_as_russian(text, lang):
    g = translit.gloss_text(text, lang)
    assert g.words and all(not w.glosses and w.source == "none" for w in g.words)
    assert "no glossary" in g.note
    # the line shows each word romanized in the language's own table, marked unknown
    assert g.gloss == " · ".join(f"{translit.romanize(w.cyrillic, 'alalc', lang=lang)} (?)" for w in g.words)


def test_russian_is_glossed_as_before_whatever_the_lang_argument():
    text = "Неизвестный Бухарин: письма и документы"
    assert translit.gloss_text(text).gloss == translit.gloss_text(text, "ru").gloss == translit.gloss_text(text, "auto").gloss
    assert translit.gloss_text(text).gloss == "unknown · Bukharin (name) · letters · and · documents"
    with pytest.raises(translit.TranslitError):
        translit.gloss_text(text, "xx")


@pytest.mark.parametrize("text", ["Одеса і Харків у 1920-х роках", "Львів, 1939-1941: документи і матеріали",
                                  "Київ і Чернігів (1917-1920 рр.)"])
def test_digits_and_hyphens_are_no_mark_of_the_old_russian_spelling(text):
    c = choose(text)
    assert c.language == "uk" and "pre-reform" not in c.reason


@pytest.mark.parametrize("text", ["Исторія Россіи съ древнѣйшихъ временъ, 1851", "Сѣверный вѣстникъ, 1891-1898",
                                  "Полное собраніе законовъ Россійской имперіи"])
def test_old_russian_spelling_stays_russian(text):
    assert choose(text).language == "ru"


def test_api_gloss_takes_a_language(server):  # noqa: F811
    c = httpx.Client(base_url=server, timeout=120)
    named = c.post("/api/gloss", json={"text": "Історія Києва", "lang": "uk"}).json()
    assert named["lang"] == "uk" and named["gloss"] == "Istoriia (?) · Kyiv (place)"
    chosen = c.post("/api/gloss", json={"text": "Київ: Видавництво Наукова думка"}).json()
    assert chosen["lang"] == "uk" and "identified" in chosen["lang_reason"]
    russian = c.post("/api/gloss", json={"text": "Там же, т. 2", "lang": "ru"}).json()
    assert russian["gloss"] == "ibid. · volume · 2" and russian["lang"] == "ru"
    assert c.post("/api/gloss", json={"text": "x", "lang": "xx"}).status_code in (400, 422)


def test_page_glosses_ukrainian_in_ukrainian(server):  # noqa: F811
    with chromium() as browser:
        page = browser.new_page()
        page.goto(server + "/")
        page.fill("#text", "Київ: Видавництво Наукова думка, 1987")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#gloss-line').textContent.includes('publishing house')",
                               timeout=60_000)
        assert page.text_content("#gloss-line").startswith("Kyiv (place) · publishing house")
        assert "Ukrainian" in page.text_content("#gloss-note")
