"""cite20: a division (razriad, разряд) in place of a fond, as the Russian Geographical Society's
archive and the St Petersburg branch of the Academy's archive cite (razr. 1, op. 1, d. 36; СПбФ
АРАН. Разр. IV.): read as the citation's top part, in Arabic or Roman figures, and written with
its label in every style and by convert; the one-letter Р. is a fond's series, not a division."""
import pytest
from citation_helpers import one

from translit import convert, parse_citations


@pytest.mark.parametrize("text,razriad,opis,delo", [
    ("Arkhiv RGO, razr. 80, op. 1, d. 12, l. 7.", "80", "1", "12"),
    ("SPbF ARAN, razr. II, op. 1, d. 254, ll. 1-3.", "II", "1", "254"),
    ("СПбФ АРАН. Разр. IX. Оп. 2. Д. 17. Л. 4 об.", "IX", "2", "17"),
    ("Научный архив РГО. Разряд 2. Оп. 1. Д. 9.", "2", "1", "9"),
])
def test_division_read(text, razriad, opis, delo):
    c = one(text)
    assert (c.razriad, c.opis, c.delo, c.fond) == (razriad, opis, delo, None)
    assert c.is_citation and not any("no fond" in n for n in c.notes)


@pytest.mark.parametrize("text,gost,english", [
    ("SPbF ARAN, razr. II, op. 1, d. 254, ll. 1-3.", "СПбФ АРАН. Разр. II. Оп. 1. Д. 254. Л. 1–3.",
     "SPbF ARAN, razr. II, op. 1, d. 254, ll. 1-3."),
    ("Arkhiv RGO, razr. 80, op. 1, d. 12, l. 7.", "Архив РГО. Разр. 80. Оп. 1. Д. 12. Л. 7.",
     "Arkhiv RGO, razr. 80, op. 1, d. 12, l. 7."),
    ("СПбФ АРАН. Разр. IX. Оп. 2. Д. 17.", "СПбФ АРАН. Разр. IX. Оп. 2. Д. 17.", "SPbF ARAN, razr. IX, op. 2, d. 17."),
])
def test_division_written(text, gost, english):
    c = one(text)
    assert c.format("gost") == gost
    assert c.format("english") == english


def test_division_converted():
    assert convert("SPbF ARAN, razr. II, op. 1, d. 254.", to="cyrillic").text == "СПбФ АРАН, разр. II, оп. 1, д. 254."
    assert convert("СПбФ АРАН. Разр. IX. Оп. 2. Д. 17.", to="alalc").text == "SPbF ARAN. Razr. IX. Op. 2. D. 17."


@pytest.mark.parametrize("text", [
    "The razr. column of the table lists 12 names.",   # no number after the label
    "Razriad 3 of the Table of Ranks, 1722.",          # a division with no opis' or file: no citation
])
def test_no_division_citation(text):
    assert not [c for c in parse_citations(text) if c.razriad and c.is_citation]


def test_series_letter_still_a_fond():
    c = one("ГАРФ. Ф. Р-5446. Оп. 1. Д. 3.")
    assert (c.fond, c.razriad) == ("R-5446", None)
