"""prose17: a forename Russian seldom writes (Bronislaw, Bozidar, Lubomir: Бронислав, Божидар, Любомир
are rare in Russian text) says little about whose name it is. Before a capitalized surname the Russian
lexicon lacks altogether and that does not end as Russian surnames do, the name is a foreign person's
and stays as written (translit.read.language._rare_forename, _unknown_unshaped_surname). A rare Russian
forename before a surname of Russian shape, or one the lexicon knows, is still read.
Real lexicon and pymorphy3; every input is written here, none is taken from a benchmark file."""

import pytest

from prose_helpers import alalc, cyr
from translit.read.language import _rare_forename, _unknown_unshaped_surname
from translit.read.words import read_word


@pytest.mark.parametrize("text", [
    "Bronislaw Geremek spoke in Gdansk that spring.",
    "The portrait is by Bozidar Jakac, who painted it in Ljubljana.",
    "Lubomir Moravcik scored from a free kick.",
    "Radoslaw Majdan kept goal in both matches.",
])
def test_rare_forename_before_unknown_surname_stays_english(text):
    assert cyr(text) == text
    assert alalc(text) == text


@pytest.mark.parametrize("text, read", [
    ("Velimir Khlebnikov wrote the poem in 1912.", "Велимир Хлебников"),
    ("Illarion Pryanishnikov exhibited with the group.", "Илларион Прянишников"),
    ("Demian Bednyi wrote verse for the paper.", "Демьян Бедный"),
    ("Faddei Bulgarin edited the journal.", "Фаддей Булгарин"),
])
def test_rare_russian_forename_before_russian_surname_is_read(text, read):
    assert read in cyr(text)


def test_the_parts():
    assert _rare_forename(read_word("Bronislaw"), None)
    assert not _rare_forename(read_word("Ivan"), None)
    assert not _rare_forename(read_word("Gdansk"), None)  # (no forename at all)
    assert _unknown_unshaped_surname(read_word("Geremek"))
    assert not _unknown_unshaped_surname(read_word("Khlebnikov"))


def test_arbitrary_unicode_passes():
    for text in ["Bronislaw \u0000Geremek", "Bozidar\u200bJakac", "Lubomir \U0001F600 Moravcik", ""]:
        assert isinstance(cyr(text), str)
