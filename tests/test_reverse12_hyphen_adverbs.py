"""Adverbs hyphened to по-, в-, во- (grammar.toml [hyphen_adverbs], context.py): a word joined so to
the prefix is an adverb with the prefix's endings, never the adjective its -ski would otherwise read
as (reverse12). Every input is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Kotlety po-kievski", "Котлеты по-киевски"), ("Ryba po-grecheski", "Рыба по-гречески"),
    ("po-moskovski", "по-московски"), ("Sel'd' po-odesski", "Сельдь по-одесски"),
    ("Zhit' po-novomu", "Жить по-новому"), ("vo-pervykh", "во-первых"),
])
def test_adverb_after_hyphened_prefix(latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # without a hyphened prefix the adjective stays
    ("Moskovski i kievski", "Московский и киевский"), ("Kievskii vokzal", "Киевский вокзал"),
    ("Moskovski universitet", "Московский университет"),
])
def test_adjective_without_the_hyphen_stays(latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text == cyrillic
