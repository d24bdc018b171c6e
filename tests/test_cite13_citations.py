"""Issue 12, thirteenth citation round: a fond number whose series letter (Р-, П-, М-) is written
in small letters or without its hyphen (f. r-9401, ф. р5446, f. m-1), and the manuscript
departments of libraries and academic institutes, named without the word "archive" (OR RGB,
Otdel rukopisei RNB, RO IRLI, Pushkin House, NA IRI RAN, SPbF ARAN). Every input is written for
these tests, not taken from a benchmark part."""

from __future__ import annotations

import pytest

from translit.archives import resolve
from translit.archives.citation import parse_citations
import translit


def _one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


# --- 1. a fond's series letter in any case, with or without the hyphen ------------------------

@pytest.mark.parametrize("text, archive, fond, opis, delo", [
    ("GARF, f. r-7523, op. 65, d. 112, l. 4.", "GARF", "R-7523", "65", "112"),
    ("ГАРФ, ф. р-3316, оп. 2, д. 19", "GARF", "R-3316", "2", "19"),
    ("ГАРФ. Ф. р3316. Оп. 2. Д. 19.", "GARF", "R-3316", "2", "19"),
    ("TsGA SPb, f. r-7384, op. 18, d. 1203", "TsGA SPb", "R-7384", "18", "1203"),
    ("RGASPI, f. m-1, op. 3, d. 77", "RGASPI", "M-1", "3", "77"),
    ("РГАСПИ, ф. м-1, оп. 3, д. 77", "RGASPI", "M-1", "3", "77"),
    ("TsGAIPD SPb, f. p-24, op. 2v, d. 330", "TsGAIPD SPb", "P-24", "2v", "330"),
    ("GARF, f. R5446, op. 1, d. 8", "GARF", "R-5446", "1", "8"),
    ("ЦГА СПб, ф. П1728, оп. 1, д. 4", "TsGA SPb", "P-1728", "1", "4"),
    ("GARF, f. r–8131, op. 37, d. 9", "GARF", "R-8131", "37", "9"),
])
def test_series_letter_of_a_fond(text, archive, fond, opis, delo):
    c = _one(text)
    assert (c.archive_current, c.fond, c.opis, c.delo) == (archive, fond, opis, delo)
    assert c.unparsed == []


@pytest.mark.parametrize("text, gost", [
    ("RGASPI, f. m-1, op. 3, d. 77", "РГАСПИ. Ф. М-1. Оп. 3. Д. 77."),
    ("GARF, f. r-7523, op. 65, d. 112", "ГАРФ. Ф. Р-7523. Оп. 65. Д. 112."),
    ("TsGAIPD SPb, f. p-24, op. 1, d. 3", "ЦГАИПД СПб. Ф. П-24. Оп. 1. Д. 3."),
])
def test_series_letter_written_back_in_gost(text, gost):
    assert _one(text).format("gost") == gost


def test_latin_p_in_a_cyrillic_citation_is_r():
    """A Latin p before the fond's number in a Cyrillic citation is the lookalike of р (R-), as
    the capital P already is."""
    c = _one("ГАРФ, ф. p-5446, оп. 1, д. 2")
    assert c.fond == "R-5446"


@pytest.mark.parametrize("text, cyr, lat", [
    ("GARF, f. r-9401, op. 2, d. 64", "ф. р-9401", "f. r-9401"),
    ("ГАРФ, ф. р-5446, оп. 1, д. 3", "ф. р-5446", "f. r-5446"),
    ("RGASPI, f. m-1, op. 23, d. 1", "ф. м-1", "f. m-1"),
    ("TsGAIPD SPb, f. p-1728, op. 1", "ф. п-1728", "f. p-1728"),
])
def test_series_letter_keeps_its_case_and_changes_script(text, cyr, lat):
    """convert writes a small series letter in the target's script, still small."""
    assert cyr in translit.convert(text, "cyrillic").text
    assert lat in translit.convert(text, "alalc").text


@pytest.mark.parametrize("text", [
    "He wrote to GARF in r-5 form, d. 4.",
    "Smith, f. r-3 is not a fond.",
    "The forms fr-12 and pr-7 are part numbers.",
])
def test_small_letters_elsewhere_are_no_fond(text):
    assert all(c.fond is None or not c.fond.startswith(("R-", "P-", "M-")) for c in parse_citations(text))


# --- 2. manuscript departments named without "archive" ----------------------------------------

@pytest.mark.parametrize("text, current", [
    ("Pushkin House, f. 357, op. 2, d. 14", "RO IRLI"),
    ("Пушкинский Дом, ф. 357, оп. 2, д. 14", "RO IRLI"),
    ("IRLI RAN, f. 357, op. 2, d. 14", "RO IRLI"),
    ("Рукописный отдел ИРЛИ (Пушкинский Дом), ф. 357, оп. 2, ед. хр. 14", "RO IRLI"),
    ("RO IRLI, f. 357, op. 2, d. 14", "RO IRLI"),
    ("Otdel rukopisei RGB, f. 135, k. 4, d. 21", "NIOR RGB"),
    ("НИОР РГБ, ф. 135, к. 4, д. 21", "NIOR RGB"),
    ("OR GBL, f. 135, k. 4, d. 21", "NIOR RGB"),
    ("OR RNB, f. 588, op. 1, d. 99", "OR RNB"),
    ("Отдел рукописей РНБ, ф. 588, оп. 1, д. 99", "OR RNB"),
    ("NA IRI RAN, f. 2, op. 8, d. 40", "NA IRI RAN"),
    ("SPbF ARAN, f. 208, op. 3, d. 51", "SPbF ARAN"),
    ("ПФА РАН, ф. 208, оп. 3, д. 51", "SPbF ARAN"),
    ("OR BAN, f. 47, op. 1, d. 6", "NIOR BAN"),
    ("Russian State Library, Manuscript Division, f. 135, d. 21", "NIOR RGB"),
    ("National Library of Russia, Manuscripts Department, f. 588, op. 1, d. 99", "OR RNB"),
    ("Archive of the Russian Academy of Sciences, St. Petersburg Branch, f. 208, op. 3, d. 51", "SPbF ARAN"),
])
def test_manuscript_departments(text, current):
    c = _one(text)
    assert c.archive_current == current
    assert c.fond is not None
    assert not [u for u in c.unparsed if u[0].isupper() and " " in u]  # no part of the name left over


@pytest.mark.parametrize("written, current, cited", [
    ("LO AAN", "SPbF ARAN", "LO AAN"),
    ("Ленинградское отделение Архива Академии наук СССР", "SPbF ARAN", "LO AAN"),
    ("Manuscripts Department of the National Library of Russia", "OR RNB", "OR RNB"),
    ("Rukopisnyi otdel Instituta russkoi literatury (Pushkinskii Dom) Rossiiskoi akademii nauk", "RO IRLI", "RO IRLI"),
])
def test_new_rows_resolve(written, current, cited):
    m = resolve(written)
    assert m is not None and (m.archive.id, m.cited.acronym) == (current, cited)


@pytest.mark.parametrize("text", [
    "I read in the Russian State Library and in Pushkin House in 2005.",
    "The BAN on exports lasted until 1991.",
    "The IRLI edition of Pushkin, vol. 3, p. 45.",
])
def test_names_alone_are_no_citation(text):
    assert parse_citations(text) == []
