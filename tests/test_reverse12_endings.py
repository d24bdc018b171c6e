"""-ов and -ев written -of and -ef, the older Western -off and -eff with one f, and дж written English j
(leniency.toml, reverse12).
Every input is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Romanof", "Романов"), ("Orlof", "Орлов"), ("Chekhof", "Чехов"),
    ("Turgenef", "Тургенев"), ("Lebedef", "Лебедев"),
    # a word in -оф or a name in -ф keeps its ф
    ("filosof", "философ"), ("katastrof", "катастроф"), ("Iosif", "Иосиф"), ("Rudolf", "Рудольф"),
])
def test_one_f_endings(latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # дж written j in English (leniency.toml): only where the dictionary has the дж word
    ("Iosif Jugashvili", "Иосиф Джугашвили"), ("Jambul", "Джамбул"), ("Jafar", "Джафар"),
    # j for й keeps й
    ("Jakov", "Яков"), ("Jurij Gagarin", "Юрий Гагарин"), ("Jalta", "Ялта"),
])
def test_english_j_for_dzh(latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text == cyrillic
