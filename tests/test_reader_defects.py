"""Regression tests for reader defects found by a hostile probe: each checks a class of inputs."""

from __future__ import annotations

import pytest

from translit.read.reader import to_cyrillic
from translit.read.tokens import latin_words


@pytest.mark.parametrize("name", ["VanderPoel", "FitzGerald", "VonDerAhe", "DelVecchio", "VandenBerg"])
def test_a_surname_with_a_particle_and_an_inner_capital_is_one_word(name):
    assert [w.group() for w in latin_words(f"H. B. {name}, ed.")][2] == name
    # in running text the surname is kept whole, not half converted (VanderПоел)
    out = to_cyrillic(f"a note by H. B. {name} on the maps", policy="running").text
    assert name in out


@pytest.mark.parametrize("brand, parts", [("CardioSomatika", ["Cardio", "Somatika"]),
                                          ("DerzhavaFilʹm", ["Derzhava", "Filʹm"]),
                                          ("VanyaKnigi", ["Vanya", "Knigi"])])
def test_a_joined_brand_name_is_still_cut(brand, parts):
    assert [w.group() for w in latin_words(brand)] == parts
