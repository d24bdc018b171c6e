"""prose21: a name the text introduces by a nationality that writes Latin letters and a role noun
("the Slovak cosmonaut Ivan Bella", western.toml ``latin_script_nationalities``, ``person_role_nouns``)
is that people's person: it stays as English writes it, its forename too (Ivan, Olga are Czech and Slovak
forenames as well). A Russian surname so introduced (an émigré: the American novelist Vladimir Nabokov)
keeps its own evidence, and a nationality with no role noun (a spelling convention: the Latvian Andrejs
Tarkovskis) is not this class.

Real lexicon and pymorphy3; every input is written here, none is taken from a benchmark file."""

import pytest

from prose_helpers import alalc, cyr


@pytest.mark.parametrize("text", [
    "The Czech goalkeeper Ivan Hasek saved two penalties.",
    "The Slovak skater Olga Kovar won bronze.",
    "The Czech pianist Boris Krajny played Janacek.",
    "The Slovene painter Anton Ažbe taught in Munich.",
    "The Czech actor Ivan Trojan starred in it.",
])
def test_a_name_introduced_by_a_latin_script_nationality_stays(text):
    assert cyr(text) == text
    assert alalc(text) == text


@pytest.mark.parametrize("text, russian", [
    ("The American novelist Vladimir Nabokov taught at Cornell.", "Набоков"),
    ("The French painter Natalia Goncharova settled in Paris.", "Гончарова"),
    ("The German translator Wolfgang Kasack wrote on Andrei Belyi.", "Андрей Белый"),
])
def test_a_russian_name_beside_the_class_is_still_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text, russian", [
    ("The Soviet cosmonaut Pavel Belyaev flew in 1965.", "Павел Беляев"),
    ("The Russian poet Anna Akhmatova lived in Leningrad.", "Анна Ахматова"),
    ("The Georgian poet Nikolai Baratashvili died young.", "Николай"),
])
def test_other_nationalities_do_not_keep_the_name(text, russian):
    assert russian in cyr(text)
