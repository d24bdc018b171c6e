"""Established English forms (established.toml, reverse18): rulers' epithets are read whole or not at
all, and the misspellings English reference books keep (Tchehov, Tchekoff; not Chekov, which the tables write for Чеков) and the English spellings of
Вацлав read as their Cyrillic. Every input is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


@pytest.mark.parametrize(("text", "cyrillic"), [
    ("Yaroslav the Wise built a cathedral.", "Ярослав Мудрый built a cathedral."),
    ("the reign of Vladimir the Great", "the reign of Владимир Великий"),
    ("Simeon the Proud died of the plague.", "Симеон Гордый died of the plague."),
    ("a statue of Alexander the Liberator", "a statue of Александр Освободитель"),
    ("the court of Vasily the Blind", "the court of Василий Темный"),  # (ё only where the Latin marks it)
])
def test_rulers_epithets_read_whole(text: str, cyrillic: str) -> None:
    assert _cyr(text) == cyrillic


@pytest.mark.parametrize("text", [
    "Alexander the Great conquered Persia.",
    "Alfred the Great ruled Wessex.",
    "Frederick the Great played the flute.",
])
def test_epithets_of_other_rulers_stay_english(text: str) -> None:
    assert _cyr(text) == text


@pytest.mark.parametrize(("text", "cyrillic"), [
    # Chekhov's misspellings
    ("stories by Tchehov", "stories by Чехов"),
    ("Tchekoff", "Чехов"),
    # Вацлав before a Russian surname
    ("Vaslav Vorovsky was a diplomat.", "Вацлав Воровский was a diplomat."),
    ("Waslaw Nijinsky danced.", "Вацлав Нижинский danced."),
    ("Vaslav Fomich Nijinsky", "Вацлав Фомич Нижинский"),
])
def test_established_misspellings(text: str, cyrillic: str) -> None:
    assert _cyr(text) == cyrillic


def test_vaslav_before_a_non_russian_surname_stays() -> None:
    assert _cyr("Vaslav Havel") == "Vaslav Havel"
