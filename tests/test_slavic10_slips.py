"""Russian readings made by undoing a slip, in romanized identification (slavic10).

The Russian reader reads Uspenskyi as Успенский by taking yi for a typing slip of iy; that guess
is no evidence the text is Russian as written, so it counts as a word Russian's list lacks, and the
language that reads the word as written (Ukrainian's national -skyi) is not outweighed by it."""

import pytest

from translit import identify
from translit.langs.identify import repaired_reading
from translit.read.reader import to_cyrillic as russian


@pytest.mark.parametrize("text", ["Uspenskyi sobor", "Troitskyi monastyr", "Moskovskyi raion"])
def test_ukrainian_national_adjectives_are_not_taken_for_russian_slips(text):
    # each was identified as Russian before: its adjective read as a slip of -skiy
    assert identify(text).language == "uk"


@pytest.mark.parametrize("word, repaired", [
    ("Troitskyi", True),     # yi read as iy
    ("Novosibrisk", True),   # ri read as ir
    ("Troitskii", False),    # as written (ALA-LC without marks)
    ("sobor", False),
])
def test_repaired_readings_are_told_apart(word, repaired):
    assert repaired_reading(russian(word).words[0]) is repaired


@pytest.mark.parametrize("text", ["Novosibrisk", "Istoriia Novosibrisk", "Troitskii sobor"])
def test_russian_with_or_without_a_slip_stays_russian(text):
    assert identify(text).language == "ru"
