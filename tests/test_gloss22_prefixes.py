"""gloss22: the hyphen prefixes of adjectives (derivation.toml [[combining]] ``hyphen``), as a class.

* до-, пред-, после-, меж-, между- govern a noun (до реформы, перед войной, между районами), so the
  English is the prefix before the English of the rest's base NOUN (``base = "noun"``): дореформенный =
  pre-reform, предвоенный = pre-war, межрайонный = inter-regional; never the prefix glued onto the
  rest's adjective English (досрочный is no "pre-urgent");
* не- only before an English adjective (``english_adjective``): несоветский = non-Soviet, but
  недетский is no "non-baby";
* a word with an entry of its own (дословный, довольный, предложный) or made from a noun that begins
  with the prefix (полуостровной of полуостров) is no prefixed word at all;
* the rest's own English stays when it is an English adjective made from the base noun's English
  (дореволюционный = pre-revolutionary, межкультурный = inter-cultural), or a proper adjective where
  the base is a name (домонгольский = pre-Mongolian);
* a fleeting е after a vowel stands for й in the base noun (военный → война).

The words are our own, none copied from a benchmark file; real pymorphy3 and dictionaries."""

from __future__ import annotations

import pytest

from translit.glossary import _morph, combining_form, derived_bases, gloss_text
from translit.glossary.dictionary import index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _first(text: str, word: str) -> str:
    """The first English gloss of ``word`` in the gloss of ``text`` ('' when none)."""
    w = next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())
    return w.glosses[0] if w.glosses else ""


def _made(word: str):
    return combining_form(_morph().parse(word)[0])


# a glued form: the prefix before the rest's ADJECTIVE English (pre-urgent, non-baby, pre-false ...)
GLUED = ["pre-urgent", "non-baby", "pre-false", "pre-free", "pre-word", "semi-insular", "pre-verbal",
         "pre-lie", "pre-will", "pre-ox"]


@needs_dicts
@pytest.mark.parametrize("word", ["досрочный", "недетский", "предложный", "довольный", "дословный",
                                  "полуостровной", "недетская", "нечеловеческий"])
def test_no_glued_prefix(word):
    made = _made(word)
    assert made is None or made[1] not in GLUED
    assert _first(f"{word.capitalize()} вопрос", word) not in GLUED


@needs_dicts
@pytest.mark.parametrize("text,word,accepted", [
    ("Дореформенный быт деревни", "Дореформенный", {"pre-reform"}),
    ("Предвоенный период в истории края", "Предвоенный", {"pre-war", "prewar"}),
    ("Послевоенный город", "Послевоенный", {"post-war", "postwar"}),
    ("Межрайонный съезд учителей", "Межрайонный", {"inter-district", "inter-regional"}),
    ("Межобластное совещание", "Межобластное", {"inter-regional", "inter-province", "interregional"}),
    ("Несоветский человек", "Несоветский", {"non-Soviet"}),
    ("Послереформенная деревня", "Послереформенная", {"post-reform"}),
    ("Предпраздничные дни в городе", "Предпраздничные", {"pre-holiday"}),
    ("Нефранцузский роман", "Нефранцузский", {"non-French"}),
    ("Межвоенный период", "Межвоенный", {"inter-war", "interwar"}),
])
def test_prefixed_adjective(text, word, accepted):
    assert _first(text, word) in accepted


@needs_dicts
@pytest.mark.parametrize("word,english", [
    # the prefix before the English of the base noun (война: war, not военный's military)
    ("дореформенный", "pre-reform"),
    ("предвоенный", "pre-war"),
    ("несоветский", "non-Soviet"),
    # ... or the rest's own English when it is made from the base noun's (revolutionary of revolution)
    ("дореволюционный", "pre-revolutionary"),
    ("послереволюционный", "post-revolutionary"),
    ("межкультурный", "inter-cultural"),
    ("межобластной", "inter-regional"),
    # ... or a proper adjective when the base is a name, which is no base noun (Монголия)
    ("домонгольский", "pre-Mongolian"),
])
def test_combining_form_english(word, english):
    assert _made(word)[1] == english


@needs_dicts
def test_no_base_noun_no_prefixed_gloss():
    # with base = "noun" and a rest with no base noun there is no prefixed English (not the adjective's)
    for word in ("межнациональный", "предложный"):
        made = _made(word)
        assert made is None or not made[1].startswith(("inter", "pre"))


@pytest.mark.parametrize("adjective,noun", [("военный", "война"), ("крючковый", "крючок"), ("суконный", "сукно")])
def test_fleeting_e_after_a_vowel(adjective, noun):
    # воен → войн (the е after a vowel is й); the other fleeting vowels are found as before
    assert derived_bases(adjective, "adjective")[0] == noun


def test_arbitrary_unicode_survives():
    for text in ("Недо-\u0301 рос", "ДОДО", "меж", "пред\u200bвоенный", "не😀советский"):
        gloss_text(text)
