"""cite20: the names of archives outside the registry.

An acronym part in capitals that is spelled like a romanized function word (NA, the National
Archive of a republic: NA RT, NA RB; not the preposition na) stays in the name; and a manuscript
department's name outside the registry, as an acronym (OR GTG, OPI GIM) or in romanized words
(Otdel rukopisei …), is written in Cyrillic by GOST format() and by convert without an opis' (these
departments cite by fond, storage unit and leaf), while a Western acronym stays as cited."""
import pytest
from citation_helpers import one

from translit import convert, parse_citations


@pytest.mark.parametrize("text,name", [
    ("NA RT, f. R-732, op. 2, d. 15, l. 6.", "NA RT"),
    ("On the 1921 famine see NA UR, f. 1, op. 1, d. 77.", "NA UR"),
    ("НА РТ. Ф. 1. Оп. 3. Д. 4.", "НА РТ"),
    ("NA RS(Ia), f. 52, op. 3, d. 9, l. 1.", "NA RS"),
])
def test_capital_na_is_part_of_the_acronym(text, name):
    c = one(text)
    assert c.archive_cited is not None and c.archive_cited.startswith(name), c.archive_cited


def test_small_na_is_still_a_function_word():
    # "na" in small letters before the acronym is no part of it; the name starts with its capital
    c = one("Kopiia khranitsia na GATO, f. 1, op. 2, d. 3.")
    assert c.archive_cited == "GATO"


@pytest.mark.parametrize("text,gost", [
    ("OR GTG, f. 10, ed. khr. 2233, l. 1.", "ОР ГТГ. Ф. 10. Ед. хр. 2233. Л. 1."),
    ("OPI GIM, f. 450, d. 12, l. 3ob.", "ОПИ ГИМ. Ф. 450. Д. 12. Л. 3 об."),
    ("RO GLM, f. 2, d. 8, l. 4.", "РО ГЛМ. Ф. 2. Д. 8. Л. 4."),
    ("Otdel rukopisei Gosudarstvennogo Ermitazha, f. 1, d. 5, l. 2.",
     "Отдел рукописей Государственного Эрмитажа. Ф. 1. Д. 5. Л. 2."),
    ("Rukopisnyi otdel Gosudarstvennogo literaturnogo muzeia, f. 3, ed. khr. 7.",
     "Рукописный отдел Государственного литературного музея. Ф. 3. Ед. хр. 7."),
])
def test_manuscript_department_in_cyrillic_without_opis(text, gost):
    assert one(text).format("gost") == gost


@pytest.mark.parametrize("text,name", [
    ("ORNL, f. 3, d. 2, l. 5.", "ORNL"),  # opens with OR, but OR is a department only as a whole word
    ("ROSTA, f. 4, d. 7.", "ROSTA"),
    ("YIVO, f. 3, d. 44, l. 2.", "YIVO"),
    ("NARA, f. 59, d. 861, l. 9.", "NARA"),
])
def test_western_acronym_still_as_cited(text, name):
    assert one(text).format("gost").startswith(name + ". ")


@pytest.mark.parametrize("text,want", [
    ("See OR GTG, f. 10, ed. khr. 2233, l. 1.", "See ОР ГТГ, ф. 10, ед. хр. 2233, л. 1."),
    ("OPI GIM, f. 450, d. 12, l. 3.", "ОПИ ГИМ, ф. 450, д. 12, л. 3."),
    ("Compare YIVO, f. 3, d. 44, l. 2.", "Compare YIVO, ф. 3, д. 44, л. 2."),
])
def test_convert_reads_a_department_acronym_whole(text, want):
    assert convert(text, to="cyrillic").text == want


@pytest.mark.parametrize("word,expected", [
    ("OR", True), ("RO", True), ("NIOR", True), ("OPI", True),
    ("ORNL", False), ("ROSTA", False), ("Or", False),
])
def test_department_word(word, expected):
    from translit.archives.citation import _post_soviet_opening

    assert _post_soviet_opening(word) is expected


@pytest.mark.parametrize("word,expected", [
    ("Otdel", True), ("rukopisei", True), ("Rukopisnyi", True), ("Derzhavnoho", True), ("muzeia", True),
    ("Muzeum", False), ("biblioteki", False), ("Oddział", False), ("Archiwum", False),
])
def test_romanized_name_word(word, expected):
    from translit.archives.citation import _romanized_name_word

    assert _romanized_name_word(word) is expected
