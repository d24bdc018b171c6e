"""Names in catalogue headings (reverse15), as one table of (class, romanized, Cyrillic): the BnF's
inverted heading with the forename in parentheses, a Western forename before an adjectival Russian
surname (-ый, -ая), and the Croatian Aleksandar before a Russian name. Every input is of our own, not
taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit

CASES = [
    ("forename in parentheses", "Bakounine (Michel)", "Бакунин (Михаил)"),
    ("forename in parentheses", "Tolstoï (Léon)", "Толстой (Лев)"),
    ("forename in parentheses", "Zamiatine (Eugène)", "Замятин (Евгений)"),
    ("forename in parentheses", "Ehrenbourg (Élie)", "Эренбург (Илья)"),
    ("forename in parentheses", "Diaghilev (Serge)", "Дягилев (Сергей)"),
    ("western surname stays", "Smith (Peter)", "Smith (Peter)"),
    ("western surname stays", "Dupont (Michel)", "Dupont (Michel)"),
    ("western surname stays", "Whitfield (Peter)", "Whitfield (Peter)"),
    ("western surname stays", "Thompson (Paul)", "Thompson (Paul)"),
    ("adjectival surname", "Paul Bednyi", "Павел Бедный"),
    ("adjectival surname", "Michael Krasnyi", "Михаил Красный"),
    ("adjectival surname", "Julia Chernaja", "Юлия Черная"),
    ("adjectival surname", "Nicolas Belyi", "Николай Белый"),
    ("croatian aleksandar", "Aleksandar Blok", "Александр Блок"),
    ("croatian aleksandar", "Aleksandar Ivanovič Kuprin", "Александр Иванович Куприн"),
    ("croatian aleksandar", "Aleksandar Kolčak", "Александр Колчак"),
    ("croatian aleksandar", "Aleksandar Fadejev", "Александр Фадеев"),
]


@pytest.mark.parametrize(("kind", "latin", "cyrillic"), CASES, ids=[f"{k}: {lat}" for k, lat, _ in CASES])
def test_heading_name_reads(kind: str, latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text.replace("ё", "е") == cyrillic


@pytest.mark.parametrize("text", ["Bakounine (Michel Dupont et al.)", "Tolstoï (Léon Blum)", "Ivanov (Paul and others)"])
def test_parenthesis_must_close_on_the_forename(text: str) -> None:
    """A parenthesis that goes on past the forename holds no heading's forename."""
    out = translit.to_cyrillic(text).text
    assert not any(f in out for f in ("Михаил", "Лев", "Павел"))
