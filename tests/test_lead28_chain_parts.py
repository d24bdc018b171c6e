"""A citation chain after a Russian title takes in its parts that English prose reads as its own
abbreviations (ch. 3 is chapter in English, часть here), while the life dates of a name (b. 1859,
d. 1931) stay English: only the life-date rule's words are kept out of a chain."""

import pytest

from translit.conversion import convert


def cyr(text: str) -> str:
    return convert(text, to="cyrillic", policy="running").text


@pytest.mark.parametrize("text,russian", [
    ("Istoriia, t. 2, ch. 3, covers it.", "История, т. 2, ч. 3"),
    ("See Ocherki, t. 1, ch. 2, for the details.", "Очерки, т. 1, ч. 2"),
    ("Sochineniia, t. 5, ch. 1, is the best edition.", "Сочинения, т. 5, ч. 1"),
])
def test_a_chain_after_a_russian_title_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text,kept", [
    ("Evdokiia Sokolova, b. 1859, d. 1931, was a teacher.", "b. 1859, d. 1931"),
    ("Anna Petrova (b. 1901, d. 1977) wrote to him.", "b. 1901, d. 1977"),
    ("Ivan Orlov, b. 1888, emigrated in 1920.", "b. 1888"),
])
def test_life_dates_stay_english(text, kept):
    assert kept in cyr(text)
