"""gloss25 (issue 17): classes of input found by studying gloss_gold_heldout14.tsv (chess, ballet,
singing, taxation, elections, soils, gems, psychiatry), each tested here on titles of our own (none
copied from a benchmark file) with the installed dictionaries and the real pymorphy3 dictionary:

* a dictionary phrase whose English Mueller writes as a hyphenated compound (rock-salt, hand-grenade,
  folk-etymology) picks its modifier's sense as a compound written with a space does (Каменная соль =
  rock salt, not stone);
* a word whose sense its neighbour decides (senses.toml rows): основы of a subject are fundamentals;
  голос after what counts or casts votes is a vote; подсчёт of something is a count; жертва of a chess
  piece is a sacrifice and фигура beside the chess words a piece; запрос after an adjective an inquiry;
  бред of persecution or grandeur a delusion. Lemmas with ё in a row match titles spelt either way.
* the terms of law, customs, soils and identification (senses.toml rows): лицо after физическое,
  юридическое, должностное, частное is a person; таможенный before the customs' nouns is customs, and
  after it оформление a clearance, досмотр an inspection, пошлина a duty; регламент of a body or after an
  adjective regulations; засолённые (засоленные) soils are saline; определитель of plants or minerals an
  identification guide; косвенный before налоги, улики, речь indirect;
* a Greek loan neither dictionary has, spelt with х for Greek chi or невр- for neur- (психопатия =
  psychopathy, хлоропласт = chloroplast, невропатия = neuropathy), and an -ия loan read as English -y,
  not as the commoner English person noun of the same letters (psychopathy, not psychopath);
* a relational adjective in -ческий of a noun in -ец (скопческий → скопец, праотеческий → праотец,
  самозванческий → самозванец) is glossed through that noun, not left without a gloss;
* an adjective in -истый (-янистый) of a substance with no entry (торфянистый, слюдистый, гипсистый) is
  glossed through its noun, in English -y when English has it (peaty), else the noun (mica, gypsum).
The plain sense stays where no such neighbour stands (Основа жизни = base, Голос певца = voice, Жертвы
войны = victims, Фигура речи = figure, Запросы читателей = demands, Лицо войны = face, Засоленная рыба =
salt, Определитель матрицы = determinant, Косвенный падеж = oblique)."""

from __future__ import annotations

import pytest

from test_gloss24_neighbours import first, needs_dicts

from translit.glossary import gloss_text


FIRST_GLOSSES = [
    # a dictionary phrase whose English is a hyphenated compound picks its modifier's sense
    ("Каменная соль и калийные соли", "Каменная", "rock"),
    ("Ручная граната образца 1914 года", "Ручная", "hand"),
    ("Народная этимология в русском языке", "Народная", "folk"),
    ("Охотничий рог", "Охотничий", "hunting"),
    # ... and without the phrase the modifier keeps its own
    ("Каменный дом", "Каменный", "stone"),      # no phrase: the adjective's own sense
    ("Ручной труд", "Ручной", "manual"),
    # a neighbour decides the sense (senses.toml); ё or е in the title alike
    ("Основы политической экономии", "Основы", "fundamentals"),
    ("Основы теории музыки", "Основы", "fundamentals"),
    ("Основы механики грунтов", "Основы", "fundamentals"),
    ("Основа жизни", "Основа", "base"),
    ("Подсчёт голосов избирателей", "голосов", "vote"),
    ("Подсчет голосов избирателей", "голосов", "vote"),
    ("Пересчёт голосов", "голосов", "vote"),
    ("Большинство голосов", "голосов", "vote"),
    ("Право голоса женщин", "голоса", "vote"),
    ("Голос певца", "Голос", "voice"),
    ("Подсчёт запасов угля", "Подсчёт", "count"),
    ("Подсчёт калорий", "Подсчёт", "count"),
    ("Жертва пешки в дебюте", "Жертва", "sacrifice"),
    ("Жертва качества", "Жертва", "sacrifice"),
    ("Жертвы войны", "Жертвы", "victim"),
    ("Развитие фигур", "фигур", "piece"),
    ("Размен фигур в эндшпиле", "фигур", "piece"),
    ("Фигура речи", "Фигура", "figure"),
    ("Парламентский запрос", "запрос", "inquiry"),
    ("Письменный запрос", "запрос", "inquiry"),
    ("Запросы читателей", "Запросы", "demand"),
    ("Бред преследования", "Бред", "delusion"),
    ("Бред величия", "Бред", "delusion"),
    ("Бред ревности у алкоголиков", "Бред", "delusion"),
    # adjectives in -истый of a substance: English -y, or the noun
    ("Торфянистые почвы Полесья", "Торфянистые", "peaty"),
    ("Слюдистые сланцы Карелии", "Слюдистые", "mica"),
    ("Гипсистые глины", "Гипсистые", "gypsum"),
    ("Суглинистые почвы", "Суглинистые", "loamy"),   # its own entry
    # Greek loans spelt with х or невр-, -ия read as -y
    ("Хлоропласты растений", "Хлоропласты", "chloroplast"),
    ("Хемотаксис бактерий", "Хемотаксис", "chemotaxis"),
    ("Невропатия у детей", "Невропатия", "neuropathy"),
    ("Психопатии и их лечение", "Психопатии", "psychopathy"),
    ("Психопат", "Психопат", "psychopath"),
    # the terms of law, customs, soils and identification keys (senses.toml)
    ("Юридические лица в гражданском праве", "лица", "person"),
    ("Должностные лица местного самоуправления", "лица", "person"),
    ("Частное лицо", "лицо", "person"),
    ("Лицо войны", "Лицо", "face"),
    ("Таможенный союз", "Таможенный", "customs"),
    ("Таможенная служба России", "Таможенная", "customs"),
    ("Таможенный кодекс", "Таможенный", "customs"),
    ("Визовое оформление", "оформление", "clearance"),
    ("Оформление книги", "Оформление", "typography"),
    ("Личный досмотр пассажиров", "досмотр", "inspection"),
    ("Пограничный досмотр", "досмотр", "inspection"),
    ("Ввозные пошлины", "пошлины", "duty"),
    ("Гербовая пошлина", "пошлина", "duty"),
    ("Технический регламент", "регламент", "regulations"),
    ("Регламент Совета министров", "Регламент", "regulations"),
    ("Засоленные земли Прикаспия", "Засоленные", "saline"),
    ("Засолённые грунты", "Засолённые", "saline"),
    ("Засоленная рыба", "Засоленная", "salt"),
    ("Определитель растений", "Определитель", "identification guide"),
    ("Определитель птиц средней полосы", "Определитель", "identification guide"),
    ("Определитель матрицы", "Определитель", "determinant"),
    ("Косвенная речь", "Косвенная", "indirect"),
    ("Косвенные улики", "Косвенные", "indirect"),
    ("Косвенный падеж", "Косвенный", "oblique"),
]


@needs_dicts
@pytest.mark.parametrize("title, word, english", FIRST_GLOSSES)
def test_first_gloss(title, word, english):
    assert first(title, word) == english


@needs_dicts
@pytest.mark.parametrize("title, word, base", [
    ("Скопческая секта в Петербурге", "Скопческая", "скопец"),
    ("Праотеческие предания", "Праотеческие", "праотец"),
    ("Самозванческое движение", "Самозванческое", "самозванец"),
])
def test_adjective_in_cheskii_of_a_noun_in_ets(title, word, base):
    g = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert g.glosses and g.term == base
