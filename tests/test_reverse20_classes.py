"""Classes of reading errors found by reverse20 (issue 12), each tested on inputs of our own.

- A national form of a forename (Polish Grzegorz, French Léon, German Nikolaus) before a surname in
  -ович/-евич takes its Russian form (established.toml ``surname_endings``: the West Russian
  patronymic surnames, Рабинович, Станкевич, which the dictionary knows as words but does not tag as
  surnames), as it did before -ов, -ев and -ский.
- A capitalized word right after a generic geographic term (grammar.toml ``geographic_terms``:
  ozero, reka, gorod, selo) prefers a reading the dictionary tags as a place over a close rival that
  is a person's name or a common word (translit.read.context._place_after_geographic_term).
"""

import pytest

from translit import to_cyrillic


def _read(text: str) -> str:
    return to_cyrillic(text).text


@pytest.mark.parametrize("text, want", [
    # a national forename before a surname in -ович / -евич: the forename's Russian form
    ("Grzegorz Rabinowicz", "Григорий Рабинович"),
    ("Léon Rabinovitch", "Лев Рабинович"),
    ("Rabinowicz, Grzegorz", "Рабинович, Григорий"),  # inverted heading: the forename after the comma
    ("Nicolas Rabinovitch", "Николай Рабинович"),
    ("Andrzej Sinkiewicz", "Андрей Синкевич"),
    ("Wawrzyniec Stankiewicz", "Лаврентий Станкевич"),  # (a surname the dictionary tags: as before)
    # (before -ов and -ский, as before)
    ("Grzegorz Potiomkin", "Григорий Потёмкин"),
    ("Konstanty Paustowski", "Константин Паустовский"),
])
def test_national_forename_before_surname_in_ovich(text, want):
    assert _read(text).replace("ё", "е") == want.replace("ё", "е")


@pytest.mark.parametrize("text", ["Peter Sandwich", "Peter Kenez", "Paul Gregory"])
def test_forename_before_other_surnames_keeps_its_form(text):
    """A surname with no Russian ending gives its forename no Russian form (Peter is not Пётр)."""
    first = _read(text).split()[0]
    assert first.replace("ё", "е") not in ("Петр", "Павел")


@pytest.mark.parametrize("text, want", [
    # after a geographic term, the place the dictionary knows, not a name or a common word
    ("ozero Lacha", "озеро Лача"),  # not the name Лаша (French ch = ш)
    ("reka Kacha", "река Кача"),  # not the name Каха (German ch = х)
    ("ozero Saima", "озеро Сайма"),  # not займа (German s = з)
    ("Ozero Lacha", "Озеро Лача"),  # the term capitalized too
    ("na beregu ozera Lacha", "на берегу озера Лача"),  # any case of the term
    ("u reki Kacha", "у реки Кача"),
])
def test_place_after_geographic_term(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    # no place rival: the word keeps its own reading
    ("ozero Svetloe", "озеро Светлое"),
    ("Gorod solntsa", "Город солнца"),
    ("reka Vremeni", "река Времени"),
])
def test_place_rule_leaves_other_readings(text, want):
    assert _read(text) == want


def test_place_rule_needs_the_term():
    """Without a geographic term before it, the word is read as before (the rule is the term's)."""
    after = to_cyrillic("reka Kacha").words[1]
    assert "geographic term" in after.reason
    alone = to_cyrillic("Kacha").words[0]
    assert "geographic term" not in alone.reason
