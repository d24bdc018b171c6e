"""The page as a newcomer meets it, in real headless Chromium against a real uvicorn server: rows
are labelled with the schemes' names (the id beside), the language by name, every control has a
label and every Copy button says what it copies, focus is visible, uncertain words are explained,
and emptying the text box clears what was shown for it."""

import pytest

from translit.web.app import create_app

from conftest import live_server
from test_web import chromium

DONE = ("document.querySelector('#status').textContent === '' && "
        "!document.querySelector('#reading-box').hidden")


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


@pytest.fixture(scope="module")
def page(server):
    with chromium() as browser:
        p = browser.new_page()
        p.goto(server + "/")
        yield p


def _run(page, text):
    page.fill("#text", text)
    page.keyboard.press("Enter")
    page.wait_for_function(DONE, timeout=60_000)
    page.wait_for_function("document.querySelector('#language').textContent !== ''", timeout=60_000)


@pytest.mark.parametrize("text", ["Reabilitatsiia: kak eto bylo", "Цветаева, Марина", "Boukharine, Nikolaï"])
def test_scheme_rows_carry_names_and_ids(page, text):
    _run(page, text)
    for scheme, name in (("alalc", "ALA-LC (with diacritics)"), ("bgn-pcgn", "BGN/PCGN"), ("iso9", "ISO 9")):
        label = page.locator(f"output[data-scheme='{scheme}']").locator("xpath=preceding-sibling::span[1]")
        assert name in label.text_content() and label.locator("code").text_content() == scheme
    assert page.locator("#schemes button[aria-label^='Copy ALA-LC']").count() == 2  # with and without diacritics


@pytest.mark.parametrize("text, detected, name", [
    ("Reabilitatsiia: kak eto bylo", "alalc-plain", "ALA-LC without diacritics"),
    ("Boukharine, Nikolaï", "french", "French"),
    ("Ėĭzenshteĭn", "alalc", "ALA-LC (with diacritics)"),
])
def test_detection_names_the_scheme_and_labels_its_evidence(page, text, detected, name):
    _run(page, text)
    box = page.locator("#detection")
    assert box.locator("strong").text_content() == name and box.locator("code").text_content() == detected
    assert "Evidence:" in box.text_content() and box.locator("li").count() >= 1


@pytest.mark.parametrize("text, code, name", [("Voina i mir", "ru", "Russian"),
                                              ("Hrushevskyi Mykhailo", "uk", "Ukrainian"),
                                              ("Историја Србије", "sr", "Serbian")])
def test_language_is_shown_by_name(page, text, code, name):
    page.fill("#text", text)
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('#language').dataset.lang === '{code}'", timeout=60_000)
    assert page.text_content("#language") == f"{name} ({code})"


def test_every_control_is_labelled_and_every_copy_button_distinct(page):
    _run(page, "Lichnye pokazaniia N. Bukharina, RGASPI, f. 17, op. 3, d. 1003")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('textarea, select, input')]
        .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map((e) => e.id)""")
    assert unlabelled == []
    labels = page.evaluate("""() => [...document.querySelectorAll('main button')]
        .filter((b) => b.textContent === 'Copy' && b.offsetParent !== null).map((b) => b.getAttribute('aria-label'))""")
    assert len(labels) >= 5 and all(l and l.startswith("Copy ") for l in labels)
    assert len(set(labels)) == len(labels)
    assert "Copy Reading" in labels and "Copy Key" in labels and any(l.startswith("Copy citation") for l in labels)


def test_focus_is_visible_and_the_keyboard_reaches_the_controls(page):
    _run(page, "Reabilitatsiia")
    page.focus("#text")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "lang"
    for selector in ("#lang", "#reading-box button", "#file"):
        page.focus(selector)
        style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        width = page.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth)")
        assert style != "none" and width >= 2, selector


@pytest.mark.parametrize("text", ["Istoriia sela", "Sela", "Ocherki istorii"])
def test_uncertain_words_are_explained_and_can_be_chosen(page, text):
    _run(page, text)
    page.wait_for_function("!document.querySelector('#uncertain-title').hidden", timeout=60_000)
    assert "choose" in page.text_content("#uncertain-title")
    second = page.locator("#uncertain-words .cand").nth(1)
    reading = second.text_content()
    assert "(" in second.get_attribute("aria-label")  # the reason, for those who cannot hover
    second.click()
    page.wait_for_function(f"document.querySelector('#cyrillic').textContent.includes({reading!r})", timeout=60_000)
    assert second.get_attribute("aria-pressed") == "true"


@pytest.mark.parametrize("text", ["Reabilitatsiia", "Москва", "RGASPI, f. 17, op. 3, d. 1003"])
def test_emptying_the_box_clears_the_results(page, text):
    _run(page, text)
    page.fill("#text", "")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#reading-box').hidden", timeout=10_000)
    assert page.evaluate("""() => ['language-box', 'detection-box', 'reading-box', 'schemes-box', 'key-box',
        'cite-box', 'gloss-box'].every((id) => document.getElementById(id).hidden)""")


@pytest.mark.parametrize("first, first_code, second, code, cyrillic", [
    ("Историја Србије", "sr", "Voina i mir", "ru", "Война и мир"),
    ("Hrushevskyi Mykhailo", "uk", "Reabilitatsiia", "ru", "Реабилитация"),
    ("Istorija Srbije", "sr", "Hrushevskyi Mykhailo", "uk", "Грушевський Михайло"),
])
def test_a_run_overtaken_by_a_newer_one_does_not_clear_its_status(page, first, first_code, second, code, cyrillic):
    page.fill("#text", "")
    page.keyboard.press("Enter")
    page.fill("#text", first)
    page.keyboard.press("Enter")
    # the first run has shown its language and is still writing its schemes and gloss
    page.wait_for_function("!document.querySelector('#language-box').hidden && "
                           f"document.querySelector('#language').dataset.lang === '{first_code}'", timeout=60_000)
    page.fill("#text", second)
    page.keyboard.press("Enter")
    assert page.text_content("#status") == "Reading…"  # until the newer text's answer is all shown
    page.wait_for_function("document.querySelector('#status').textContent === ''", timeout=60_000)
    assert page.evaluate("document.querySelector('#language').dataset.lang") == code
    assert page.text_content("#cyrillic") == cyrillic
