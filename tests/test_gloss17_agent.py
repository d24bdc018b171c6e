"""gloss17 (issue 17): a relational adjective glossed through an agent noun names the activity or
trade, not the person (derivation.toml [agent]): рыболовный = fishing, not angler; бухгалтерский =
accounting (through бухгалтерия, an inanimate base, before бухгалтер); столярный = joinery (the
dictionaries' столярная работа); стрелочный = switch (стрелочный фонарь = switch lamp); кузнечный,
слесарный = "of smith", "of locksmith" when nothing better is offered. Words of our own, with the
installed dictionaries and the real pymorphy3 dictionary."""

from __future__ import annotations

import pytest

from translit.glossary import _activity_ing, _is_agent, gloss_text
from translit.glossary.dictionary import index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _first(text: str, word: str) -> str:
    """The first English gloss of ``word`` in the gloss of ``text``."""
    w = next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())
    return w.glosses[0] if w.glosses else ""


@pytest.mark.parametrize("noun", ["рыболов", "кузнец", "столяр", "бухгалтер", "писатель"])
def test_agent_nouns(noun):
    assert _is_agent(noun)


@pytest.mark.parametrize("noun", ["утка", "капитан", "рынок", "книга"])
def test_not_agent_nouns(noun):
    assert not _is_agent(noun)  # an animal, a rank without an agent suffix, things


@needs_dicts
def test_ing_forms_need_the_dictionary_and_wordfreq():
    assert "fishing" in _activity_ing("рыболов", ["angler", "fisherman"])  # angling: no Russian word gives it
    assert "bowing" not in _activity_ing("стрелок", ["bowman"])  # смычок shares no root with стрелок


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Рыболовный сезон на Волге", "Рыболовный", "fishing"),
    ("Бухгалтерская книга артели", "Бухгалтерская", "accounting"),
    ("Столярный инструмент и его заточка", "Столярный", "joinery"),
    ("Стрелочный механизм", "Стрелочный", "switch"),
    ("Писательский быт", "Писательский", "writing"),
])
def test_activity_not_agent(text, word, expected):
    assert _first(text, word) == expected


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Кузнечные клещи и наковальня", "Кузнечные", "of smith"),
    ("Слесарный верстак", "Слесарный", "of locksmith"),
])
def test_agent_marked_of(text, word, expected):
    assert _first(text, word) == expected


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Капитанская рубка", "Капитанская", "captain"),  # капитан: no agent suffix
    ("Утиный пух и перо", "Утиный", "duck"),  # an animal: animate, but no agent
])
def test_other_bases_unchanged(text, word, expected):
    assert _first(text, word) == expected

