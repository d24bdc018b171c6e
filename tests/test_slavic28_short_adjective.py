"""slavic28: Russian's short adjective is predicative; the Russian reader reads a neighbour's feminine
adjective in -na (Natsionalna, Tsentralna, Derzhavna) as the short form of a Russian relative adjective
(национальна, Zipf 1.7), which no Russian title writes before its noun. Such a pair counts as an
adjective that does not agree (``short_zipf`` of ``[agreement.ru]``, identify._rare_short_adjective),
so the title is identified instead of being taken for Russian at once. Common short forms (хороша,
прекрасна) and Russian full adjectives are not counted. Inputs written here; real pymorphy3
dictionaries and wordfreq."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read
from translit.langs.identify import agreement_misses




@pytest.mark.parametrize("text", ["Национальна библиотека", "Центральна библиотека", "Державна школа"])
def test_a_rare_short_adjective_before_a_noun_is_no_russian_pair(text: str) -> None:
    assert agreement_misses(text)


@pytest.mark.parametrize("text", ["Хороша страна", "Жизнь прекрасна", "Центральная библиотека", "Центральна"])
def test_russian_pairs_pass(text: str) -> None:
    assert not agreement_misses(text)


@pytest.mark.parametrize("title, out", [
    ("Natsionalna biblioteka", "Национална библиотека"),
    ("Tsentralna biblioteka", "Централна библиотека"),
    ("Derzhavna biblioteka", "Державна бібліотека"),
])
def test_a_neighbours_title_is_no_longer_read_as_russian(title: str, out: str) -> None:
    assert _read(title, None) == out


@pytest.mark.parametrize("title, out", [
    ("Tsentralnaia biblioteka", "Центральная библиотека"),
    ("Natsionalnaia biblioteka", "Национальная библиотека"),
])
def test_russian_titles_stay_russian(title: str, out: str) -> None:
    assert _read(title, None) == out


@pytest.mark.parametrize("text, title", [
    ("The Tsentralna banya of Plovdiv was closed in 1990.", "Централна баня"),
    ("The Natsionalna biblioteka in Sofia holds the manuscript.", "Национална библиотека"),
    ("The Natsionalen dvorets na kulturata was built in 1981.", "Национален дворец на културата"),
])
def test_in_prose_the_adjective_of_such_a_pair_is_no_russian_word(text: str, title: str) -> None:
    """choose._russian_read_words leaves the adjective of a pair that does not agree uncounted, so the
    words inside the prose are no longer half Russian (баня, a gerund too, still takes a nominative noun's
    agreement: identify._short_agrees)."""
    out = _read(text, None)
    assert title in out, out


def test_russian_prose_with_a_full_adjective_stays_russian() -> None:
    out = _read("He worked at the Tsentralnaia biblioteka in the winter.", None)
    assert "Центральная библиотека" in out, out
