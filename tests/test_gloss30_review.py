"""gloss30: the review of gloss29's place glosses. The Soviet weight of the gazetteer is data (ranking.toml)
and part of the compiled table's cache name; place adjectives gloss in every gender, number and case
(Тверская губерния = Tver', not an empty street name), -годский gives -гда (Вологда); зап. before a
place name is western (GOST 7.12-93: западный), elsewhere notes. Real pymorphy3, exact glosses."""

import tomllib
from importlib import resources

import pytest

from translit.glossary import gloss
from translit.glossary import places


def _word(text: str, word: str):
    return next(g for g in gloss(text) if g.cyrillic == word)


def test_soviet_weight_is_read_from_ranking_toml():
    data = tomllib.loads(resources.files("translit.glossary").joinpath("ranking.toml").read_text("utf-8"))
    assert places.soviet_weight() == float(data["places"]["soviet_weight"])
    assert not hasattr(places, "SOVIET_WEIGHT")


def test_soviet_weight_is_in_the_cache_name(monkeypatch):
    before = places.cache_name("1.0")
    monkeypatch.setattr(places, "soviet_weight", lambda: 7.5)
    after = places.cache_name("1.0")
    assert before != after and "sw7.5" in after and str(places.CACHE_FORMAT) in after


def test_compile_uses_the_weight_it_is_given():
    # Истра: Istra near Moscow at the data's weight; a weight of 0 leaves only the foreign Istres
    assert places._compile(places.soviet_weight())["cities"]["истра"] == ""
    assert places._compile(0.0)["cities"]["истра"] != ""


@pytest.mark.parametrize("text, word, english", [
    ("Тверская губерния", "Тверская", "Tver'"),            # feminine, read first as the street
    ("в Тверскую губернию", "Тверскую", "Tver'"),          # feminine accusative
    ("Тверские помещики", "Тверские", "Tver'"),            # plural
    ("Тверского уезда", "Тверского", "Tver'"),             # masculine genitive
    ("Смоленская губерния", "Смоленская", "Smolensk"),
    ("Рязанская область", "Рязанская", "Riazan'"),
    ("Псковские земли", "Псковские", "Pskov"),
    ("Тульское дворянство", "Тульское", "Tula"),           # neuter
    ("Курскую губернию", "Курскую", "Kursk"),
])
def test_place_adjective_in_every_form(text, word, english):
    g = _word(text, word)
    assert g.kind == "place" and g.glosses == [english] and g.line == f"{english} (place)"


@pytest.mark.parametrize("text, word, english", [
    ("Вологодская губерния", "Вологодская", "Vologda"),
    ("Судогодский уезд", "Судогодский", "Sudogda"),
    ("Вычегодский край", "Вычегодский", "Vychegda"),
])
def test_godskii_is_made_from_gda(text, word, english):
    g = _word(text, word)
    assert g.kind == "place" and g.glosses == [english]


def test_a_town_named_like_an_adjective_stays_itself():
    g = _word("Раменское", "Раменское")
    assert g.kind == "place" and g.line == "Ramenskoe (place)"


@pytest.mark.parametrize("text", ["Зап. Сибирь", "Зап. Двина", "Зап. Украина", "Зап. Европа"])
def test_zap_before_a_place_is_western(text):
    g = _word(text, "Зап.")
    assert g.line == "western" and g.glosses == ["western", "notes, memoirs (of a society: transactions)"]


@pytest.mark.parametrize("text, word", [
    ("Учен. зап. Казанского университета", "зап."),
    ("Зап. Имп. Рус. геогр. о-ва", "Зап."),
    ("Зап. Сибирского отдела", "Зап."),
])
def test_zap_elsewhere_is_notes(text, word):
    g = _word(text, word)
    assert g.line == "notes" and g.glosses == ["notes, memoirs (of a society: transactions)"]
