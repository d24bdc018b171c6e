"""gloss18 (issue 17): classes of input found in the eleventh gloss gold, each fixed in general and
tested here on titles of our own (none copied from a benchmark file), with the installed
dictionaries and the real pymorphy3 dictionary:

* a noun/verb homograph after a word that rules the verb out: an agreeing adjective or a noun that
  cannot be the verb's subject (Сорт стали = steel, not became; Дети стали взрослыми keeps the verb);
* a colloquial spelling of a function word that pymorphy3 reads second to a noun (тока = of ток,
  current, not только);
* the first part of a closed English compound of a phrase (помещичий дом = country-house) is no gloss
  of an agent-noun adjective unless it names the agent's trade (помещичьи = manor, not country;
  вычислительная машина = calculating-machine still gives calculating);
* verbal nouns in -овка with no entry of their own, through their verb (штамповка = stamping);
* the combining form энерго- (энергоснабжение = power supply) and the adjective of an indeclinable
  noun in -е (релейный → реле = relay);
* the fields of electrical engineering and radio (обмотка = winding in an electrical title);
* an English comparative is no gloss of a positive Russian adjective (низкий = low, not lower);
* a substantivized adjective (котельная) used as an adjective before its noun, with no English of
  its own as an adjective, through its base noun (котельные агрегаты = boiler);
* a one-word item of a dictionary sense that is a noun in an oblique case only is the rest of a
  phrase, not a translation (kick 1) удар ногой, копытом: копыто is hoof, not kick)."""

from __future__ import annotations

import pytest

from translit.glossary import _morph, _positive_first, _variant_spelling, gloss_text, verbs_of
from translit.glossary.dictionary import _oblique_noun, index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    """The gloss of ``word`` in the gloss of ``text``."""
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


# (title, word, its first English gloss), by class; each class has at least three titles of our own
FIRST_GLOSSES = [
    # a verb reading ruled out by the word before it (an agreeing adjective, a noun that is no subject)
    ("Сорт стали", "стали", "steel"),
    ("Производство стали в Англии", "стали", "steel"),
    ("Свойства закалённой стали", "стали", "steel"),
    ("Листы нержавеющей стали", "стали", "steel"),
    # ... a subject that agrees keeps the verb; two nouns joined by и may be a plural subject
    ("Дети стали взрослыми", "стали", "become"),
    ("Мы стали другими", "стали", "become"),
    ("Рабочие стали хозяевами", "стали", "become"),
    ("Народ и власть стали другими", "стали", "become"),
    # a colloquial spelling of a function word read second to a noun: тока of ток, not только
    ("Сила тока в цепи", "тока", "current"),
    ("Источники тока", "тока", "current"),
    ("Генераторы постоянного тока", "тока", "current"),
    ("Не только хлебом", "только", "only"),
    # an agent-noun adjective: a closed compound's first part (country-house) is no gloss of it; a word
    # of the agent's root is (поместье = manor); the agent's own activity stays
    ("Помещичьи имения Тульской губернии", "Помещичьи", "manor"),
    ("Помещичье землевладение", "Помещичье", "manor"),
    ("Помещичья усадьба XVIII века", "Помещичья", "manor"),
    ("Вычислительная техника", "Вычислительная", "calculating"),  # calculator: calculat-
    ("Стрелочный механизм", "Стрелочный", "switch"),  # an open phrase: switch lamp
    # verbal nouns in -овка through their verbs in -овать
    ("Штамповка деталей", "Штамповка", "stamping"),
    ("Расфасовка товаров", "Расфасовка", "prepackaging"),
    ("Датировка рукописей", "Датировка", "dating"),
    # энерго- = power, a word of its own
    ("Энергоснабжение промышленных предприятий", "Энергоснабжение", "power supply"),
    ("Энергопотребление в быту", "Энергопотребление", "power consumption"),
    ("Энергоблоки тепловых электростанций", "Энергоблоки", "power block"),
    # -ейный of an indeclinable noun in -е (реле, желе); -ейный of -ья stays
    ("Релейные схемы автоматики", "Релейные", "relay"),
    ("Желейный мармелад", "Желейный", "jelly"),
    ("Семейный архив", "Семейный", "family"),
    # an electrical title: Mueller's _эл. sense
    ("Обмотки трансформаторов", "Обмотки", "winding"),
    ("Обмотка электродвигателя", "Обмотка", "winding"),
    ("Изоляция обмоток генератора", "обмоток", "winding"),
    # a positive adjective: low, not lower; a Russian superlative keeps its English comparative
    ("Низкое давление в сосудах", "Низкое", "low"),
    ("Низкие берега реки", "Низкие", "low"),
    ("Дом с низкой крышей", "низкой", "low"),
    ("Высшая школа", "Высшая", "higher"),
    # a substantivized adjective before its noun: котельный through котёл, not the noun котельная;
    # the noun alone stays
    ("Котельные агрегаты", "Котельные", "boiler"),
    ("Котельные трубы", "Котельные", "boiler"),
    ("Котельные топки", "Котельные", "boiler"),
    ("Котельная вода", "Котельная", "boiler"),
    ("Ремонт котельной", "котельной", "boiler-house"),
    # no English from a sense's one-word item in an oblique case (kick: удар ногой, копытом; the other
    # two words had such an item too: phone, ana)
    ("Копыта лошади", "Копыта", "hoof"),
    ("Высказывания о войне", "Высказывания", "utterance"),
    ("Фон картины", "Фон", "background"),
]


@needs_dicts
@pytest.mark.parametrize("text, word, expected", FIRST_GLOSSES)
def test_first_gloss(text, word, expected):
    w = _word(text, word)
    assert (w.glosses[0] if w.glosses else "") == expected


@needs_dicts
@pytest.mark.parametrize("text, word, lemma", [("Проходные двери", "Проходные", "проходной"),
                                               ("Мастерские приёмы", "Мастерские", "мастерский"),
                                               ("Котельные трубы", "Котельные", "котельный")])
def test_the_adjective_not_the_noun_it_made(text, word, lemma):
    """Before an agreeing noun the word is the adjective (проходной), not the noun made of it
    (проходная, a gatehouse; мастерская, a workshop), even with no English of its own."""
    w = _word(text, word)
    assert w.lemma == lemma and w.kind == "derived"


@pytest.mark.parametrize("word, variant", [("тока", True), ("како", True), ("обо", False), ("только", False)])
def test_variant_spelling(word, variant):
    """тока and како are read second as только and как; обо, read first as о, stays the preposition."""
    assert any(_variant_spelling(p, word) for p in _morph().parse(word)) is variant


def test_verbs_of_nouns_in_ovka():
    assert verbs_of("штамповка") == ["штамповать"]
    assert verbs_of("расфасовка") == ["расфасовать"]
    assert verbs_of("датировка") == ["датировать"]
    assert verbs_of("решка") == []  # a bare -ка is not read as an action (решить)


def test_positive_first():
    found = [("lower", "a", 4.7), ("low", "a", 4.6), ("base", "a", 4.4)]
    assert [e for e, _, _ in _positive_first(found)] == ["low", "lower", "base"]
    assert _positive_first([("higher", "a", 3.0), ("superior", "a", 2.0)])[0][0] == "higher"  # no positive


@pytest.mark.parametrize("word, oblique", [("копытом", True), ("ногой", True), ("рукой", True),
                                           ("копыто", False), ("ткани", False), ("пешком", False)])
def test_oblique_noun(word, oblique):
    assert _oblique_noun(word, _morph()) is oblique
