"""gloss23 (issue 17): classes of input found in the thirteenth gloss gold, each fixed in general and
tested here on titles and words of our own (none copied from a benchmark file), with the installed
dictionaries and the real pymorphy3 dictionary:

* a learned relational adjective in -ический with no entry of its own, glossed through its base noun
  (derivation.toml [learned_adjective]): the base noun's English in -y, -ics or -graph made the English
  adjective in -ic or -ical (гидрографический = hydrographic, not hydrography; сейсмологический =
  seismological; стратиграфический = stratigraphic; спектрографический = spectrographic), both when the
  base noun is in the dictionary and when the word is read as a loan (гистологический = histological);
  an adjective form wordfreq does not know is never made up (палеографический keeps palaeography);
* cognates spelt across the two languages' loan conventions (ranking.toml [cognate]): Latin -ject- is
  Russian -ект- (проекция = projection, not plane; субъект = subject, not person; проекционный =
  projection), beside the ж of the loans through French (эжектор = ejector, инжектор = injector);
* a compound noun of a noun's stem, a linking vowel and a productive verbal second part (derivation.toml
  [[compound_noun]]) of formation, supply, consumption, exchange, turnover, storage and saving:
  почвообразование = soil formation, газоснабжение = gas supply, водопотребление = water consumption,
  газообмен = gas exchange, пассажирооборот = passenger turnover, нефтехранилище = oil storage; тепло- of
  engineering is heat (derivation.toml [[combining]]: теплообмен = heat exchange, not warmth)."""

from __future__ import annotations

import pytest

from translit.glossary import _learned_adjective, gloss_text
from translit.glossary.dictionary import cognate, full_cognate, index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    """The gloss of ``word`` (as written, any case) among the words of ``text``'s gloss."""
    return next(g for g in gloss_text(text).words if g.cyrillic.lower() == word.lower())


FIRST_GLOSSES = [  # (a title of our own, its word, the English shown first), three or more a class
    # a learned adjective through its base noun: the English adjective, not the noun
    ("Гидрографические работы в Белом море", "Гидрографические", "hydrographic"),
    ("Сейсмологические наблюдения на Камчатке", "Сейсмологические", "seismological"),
    ("Стратиграфический разрез девона", "Стратиграфический", "stratigraphic"),
    ("Спектрографический анализ сплавов", "Спектрографический", "spectrographic"),
    ("Гистологическое строение кожи", "Гистологическое", "histological"),
    # the cognates now seen: -ject-
    ("Проекция Меркатора", "Проекция", "projection"),
    ("Субъект и объект познания", "Субъект", "subject"),
    ("Проекционное черчение", "Проекционное", "projection"),
    ("Эжектор и инжектор паровоза", "Эжектор", "ejector"),
    ("Эжектор и инжектор паровоза", "инжектор", "injector"),
    # compound nouns with a verbal second part
    ("Почвообразование в тундре", "Почвообразование", "soil formation"),
    ("Газоснабжение городов Поволжья", "Газоснабжение", "gas supply"),
    ("Водопотребление в сельском хозяйстве", "Водопотребление", "water consumption"),
    ("Газообмен у растений", "Газообмен", "gas exchange"),
    ("Пассажирооборот речного транспорта", "Пассажирооборот", "passenger turnover"),
    ("Нефтехранилища и их оборудование", "Нефтехранилища", "oil storage"),
    ("Теплообмен в котлах", "Теплообмен", "heat exchange"),
    ("Теплоснабжение жилых домов", "Теплоснабжение", "heat supply"),
]


@needs_dicts
@pytest.mark.parametrize("title,word,first", FIRST_GLOSSES)
def test_first_gloss(title, word, first):
    g = _word(title, word)
    assert first in (g.glosses[0], g.line)


@needs_dicts
def test_learned_adjective_keeps_the_noun_when_english_has_no_adjective():
    """No English word is made up: палеографический keeps palaeography (wordfreq knows no
    palaeographic), and an English noun of another ending is left as it is."""
    assert _word("Палеографический альбом", "Палеографический").glosses[0] == "palaeography"
    assert _learned_adjective("кимберлитовый", [("kimberlite", "n", 1.0)]) == [("kimberlite", "n", 1.0)]
    # the rule is for -ический only: a -ский adjective keeps its base noun's English
    assert _learned_adjective("столярский", [("carpentry", "n", 1.0)]) == [("carpentry", "n", 1.0)]


def test_learned_adjective_table():
    """The -ic/-ical form wordfreq finds most often, put before the noun."""
    assert _learned_adjective("топографический", [("topography", "n", 2.0)])[0] == ("topographic", "a", 2.0)
    assert _learned_adjective("металлургический", [("metallurgy", "n", 2.0)])[0][0] == "metallurgical"
    assert _learned_adjective("энергетический", [("energetics", "n", 2.0)])[0][0] == "energetic"
    assert _learned_adjective("топографический", []) == []


@pytest.mark.parametrize("russian,english", [
    ("траектория", "trajectory"), ("инъекция", "injection"), ("объект", "object"), ("проектор", "projector"),
    ("субъект", "subject"), ("оркестр", "orchestra"), ("журнал", "journal"),
])
def test_cognates_across_spellings(russian, english):
    assert cognate(russian, english)


@pytest.mark.parametrize("russian,english", [
    ("техника", "technology"), ("история", "story"), ("чемпион", "champion"), ("схема", "chemistry"),
])
def test_no_cognate_made_up(russian, english):
    assert not cognate(russian, english)


def test_full_cognate_of_ject():
    """-ject- spelt -ект- matches from end to end (объект = object, проект = project)."""
    assert full_cognate("объект", "object")
    assert full_cognate("проект", "project")


@needs_dicts
def test_compound_with_an_entry_keeps_it():
    """A word the dictionaries have is no such compound: водоснабжение keeps its entry (water-supply),
    товарообмен its own (barter), and the bare second parts keep their senses (обмен = exchange)."""
    assert _word("Водоснабжение", "Водоснабжение").kind != "compound"
    assert _word("Товарообмен с деревней", "Товарообмен").glosses[0] == "barter"
    assert _word("Обмен опытом", "Обмен").glosses[0] == "exchange"
