"""Two neighbouring letters typed in the wrong order (typos.py): a word no scheme reads as Russian is
read as the common word form a swap makes, at a low confidence, the swap named (reverse12). Every input
is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit
from translit.read.weights import W


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Leningard", "Ленинград"), ("Ekaterinbrug", "Екатеринбург"), ("Chelyabinks", "Челябинск"),
    ("Kaliningard", "Калининград"), ("Novgrood", "Новгород"), ("Smolenks", "Смоленск"),
])
def test_swapped_letters_read_as_the_word_meant(latin: str, cyrillic: str) -> None:
    res = translit.to_cyrillic(latin)
    assert res.text == cyrillic
    word = res.words[0]
    assert word.confidence <= W.typo.confidence
    assert "typing slip" in word.reason


@pytest.mark.parametrize("latin", ["Smolensk", "Vyshinskii", "Lomonosov"])
def test_a_word_that_reads_keeps_its_letters(latin: str) -> None:
    """No swap is tried for a word a scheme already spells as a Russian word form."""
    assert "typing slip" not in translit.to_cyrillic(latin).words[0].reason


@pytest.mark.parametrize("text", ["Leningardʹ", "Ekaterinbrugĭ", "Kaliningardʹ"])
def test_no_swap_in_a_carefully_marked_word(text: str) -> None:
    """A word bearing a careful table's mark (ĭ, ʹ) was not typed in haste: its letters are kept."""
    assert all("typing slip" not in (w.reason or "") for w in translit.to_cyrillic(text).words)
