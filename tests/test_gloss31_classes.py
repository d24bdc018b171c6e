"""gloss31's classes of gloss misses, each tested on words of the class that are not in the gold
(benchmarks/data/gloss_gold_heldout17.tsv) that revealed it, and the one reader of ranking.toml.
Real pymorphy3, wordfreq and the installed bilingual dictionaries."""

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from translit.glossary import gloss_text


def first(text: str, word: str):
    """The gloss of ``word`` in ``text`` glossed whole."""
    return next(w for w in gloss_text(text).words if w.cyrillic == word)


# 1. A title's first word whose first pymorphy3 reading is a forename in an oblique case or the plural
#    is the common noun of the same spelling the dictionary has (Улей = hive, not Уля's instrumental)
@pytest.mark.parametrize("text, word, english", [
    ("Бобы и горох", "Бобы", "bean"),
    ("Жасмин и сирень", "Жасмин", "jasmine"),
    ("Джем и варенье", "Джем", "jam"),
    ("Ивы над рекой", "Ивы", "willow"),
])
def test_oblique_forename_at_title_start_is_the_common_noun(text, word, english):
    g = first(text, word)
    assert g.source == "dictionary" and g.glosses[0] == english


@pytest.mark.parametrize("text, word", [
    ("Максимов и Петров", "Максимов"),  # a surname reading: stays a name
    ("Письма к Вере и Бобы", "Бобы"),  # not the title's first word: stays a name
    ("Анной и Марией", "Анной"),  # no common noun of the spelling
])
def test_names_stay_names(text, word):
    assert first(text, word).source == "name"


# 2. A loan adjective in -ический no dictionary has is the English adjective in -ic/-ical its stem's
#    English makes, not the noun (алгоритмический = algorithmic)
@pytest.mark.parametrize("lemma, english", [
    ("спектроскопический", "spectroscopic"),
    ("томографический", "tomographic"),
    ("голографический", "holographic"),
    ("мегалитический", "megalithic"),
])
def test_loan_adjective_in_ic(lemma, english):
    from translit.glossary.dictionary import loanword

    assert loanword(lemma, "ADJF") == english


def test_loan_adjective_in_ic_in_a_title_and_other_endings_unchanged():
    from translit.glossary.dictionary import loanword

    assert first("Спектроскопические исследования", "Спектроскопические").glosses[0] == "spectroscopic"
    assert loanword("кимберлитовый", "ADJF") == "kimberlite"  # -овый keeps the noun


# 3. Technical senses after (or before) the words of their trade (senses.toml, Smirnitsky)
@pytest.mark.parametrize("text, word, english", [
    ("Тепловозная тяга поездов", "тяга", "traction"),
    ("Дизельная тяга", "тяга", "traction"),
    ("Кирпичная кладка", "кладка", "masonry"),
    ("Бутовая кладка фундаментов", "кладка", "masonry"),
    ("Блочная кладка стен", "кладка", "masonry"),
    ("Ставные сети", "сети", "net"),
    ("Кошельковая сеть", "сеть", "net"),
    ("Жаберные сети", "сети", "net"),
    ("Пчелиная матка", "матка", "queen"),
    ("Матки пчёл", "Матки", "queen"),
    ("Смена пчелиных маток", "маток", "queen"),
    ("Железнодорожное полотно", "полотно", "roadbed"),
    ("Земляное полотно автомобильных дорог", "полотно", "roadbed"),
    ("Путевое полотно", "полотно", "roadbed"),
    ("Проводник поезда", "Проводник", "conductor"),
    ("Инструкция проводнику вагона", "проводнику", "conductor"),
    ("Проводники поездов дальнего следования", "Проводники", "conductor"),
])
def test_trade_sense_in_context(text, word, english):
    assert first(text, word).glosses[0] == english


@pytest.mark.parametrize("text, word, english", [
    ("Вычислительные сети", "сети", "network"),  # not a fishing adjective
    ("Проводник в горах", "Проводник", "guide"),  # not before a train
])
def test_ordinary_sense_outside_the_trade(text, word, english):
    assert first(text, word).glosses[0] == english


# 4. ranking.toml is parsed once, by dictionary.ranking_data, for every reader of it
def test_one_cached_reader_of_ranking_toml():
    from translit.glossary import dictionary, places

    fresh = tomllib.loads(resources.files("translit.glossary").joinpath("ranking.toml").read_text("utf-8"))
    assert dictionary.ranking_data() is dictionary.ranking_data()
    assert dictionary.ranking_data() == fresh
    assert dictionary.ranking().zipf_cap == float(fresh["weights"]["zipf_cap"])
    assert dictionary.reading_weights() == {k: float(v) for k, v in fresh["reading"].items()}
    assert dictionary.english_forms() == dict(fresh.get("english_form", {}))
    assert dictionary._cognate_rules() == fresh["cognate"]
    assert places.soviet_weight() == float(fresh["places"]["soviet_weight"])
    for module in (dictionary, places):  # no other loader parses the file
        text = Path(module.__file__).read_text("utf-8")
        assert text.count('joinpath("ranking.toml").read_text') == (1 if module is dictionary else 0)
