"""Archival citations, classes cite14 fixed (issue 12): a part with no field spelled out (chast' 2,
part 3, книга 1); the English sheet/leaf for the leaf; the archival criminal case abbreviated
(арх. угол. дело); words saying whose file it is between the archive and the file; a lone I for the
number 1 (op. I); a comma for a label's period (op, 4); the verso's OCR slip o6; the box (karton)
of the libraries' manuscript departments; the short sšsa of the Georgian MIA Archive. Every input
is written for these tests."""

from __future__ import annotations

import pytest

import translit
from translit.archives.citation import parse_citation, parse_citations


def cyr(text: str) -> str:
    return translit.convert(text, "cyrillic").text


def _one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


# a part with no field, spelled out with its number, between two parts ---------------------------

@pytest.mark.parametrize("text,kept,leaves", [
    ("RGIA, f. 1405, op. 12, d. 88, chast' 3, l. 40.", "chast' 3", "40"),
    ("ГАРФ, ф. 63, оп. 9, д. 501, часть II, л. 17 об.", "часть II", "17v"),
    ("GARF, fond 110, opis' 4, delo 62, part 2, list 9.", "part 2", "9"),
    ("RGADA, f. 210, op. 6, d. 33, kniga 5, ll. 2-4.", "kniga 5", "2-4"),
])
def test_a_spelled_out_part_with_no_field_is_kept_and_the_leaves_follow(text, kept, leaves):
    c = _one(text)
    assert c.folios == leaves and kept in c.unparsed


def test_a_part_word_without_a_number_still_ends_the_citation():
    c = _one("RGIA, f. 1405, op. 12, d. 88, the second part of which is lost, l. 40.")
    assert c.delo == "88" and c.folios is None


# the English sheet and leaf for the leaf ---------------------------------------------------------

@pytest.mark.parametrize("text,leaves", [
    ("State Archive of the Russian Federation (GARF), fond 8131, inventory 37, file 12, sheet 4.", "4"),
    ("RGAE, fond 7733, opis 2, file 5, sheets 10-11.", "10-11"),
    ("RGVA, f. 9, op. 36, d. 402, leaves 7-8.", "7-8"),
    ("RGASPI, fond 82, inventory 2, file 6, leaf 21.", "21"),
])
def test_sheet_and_leaf_are_the_leaves(text, leaves):
    assert _one(text).folios == leaves


# the archival criminal case, abbreviated with a hyphen or a space --------------------------------

@pytest.mark.parametrize("text,file", [
    ("ЦА ФСБ России. Арх. угол. дело Р-40211. Л. 12.", "R-40211"),
    ("TsA FSB, arkh.-ugol. delo R-5007, t. 3, l. 6.", "R-5007"),
    ("ЦА ФСБ, арх. угол. д. Р-771, л. 19.", "R-771"),
    ("ЦА ФСБ, арх. след. дело Р-902, л. 4.", "R-902"),
])
def test_the_archival_criminal_case_is_the_file(text, file):
    c = _one(text)
    assert (c.archive_current, c.delo) == ("TsA FSB", file) and c.folios is not None


# words saying whose file it is, between the archive and the file ---------------------------------

@pytest.mark.parametrize("text,file,described", [
    ("TsA FSB RF, investigation file of N. V. Timofeev-Resovskii, d. R-3117, l. 8.", "R-3117",
     "investigation file of N. V. Timofeev-Resovskii"),
    ("ЦА ФСБ, следственное дело Н. И. Вавилова, д. Р-8, т. 2, л. 30.", "R-8", "следственное дело Н. И. Вавилова"),
    ("GARF, personal file of A. A. Zhdanov, d. 44, l. 1.", "44", "personal file of A. A. Zhdanov"),
    ("TsA FSB, the case against O. E. Mandel'shtam, d. R-1, l. 2.", "R-1", "the case against O. E. Mandel'shtam"),
])
def test_a_file_described_by_whose_it_is_joins_its_archive(text, file, described):
    c = _one(text)
    assert c.delo == file and c.archive_current is not None and described in c.unparsed


@pytest.mark.parametrize("text", [
    "RGASPI. The case was closed in 1956, d. 5, l. 3.",  # a number inside: prose
    "GARF holds much; in the case of Kiev the figures differ, d. 5, l. 3.",
    "RGASPI. The case is well known, d. 5, l. 3.",  # the file word followed by prose
])
def test_prose_between_an_archive_and_a_file_is_no_description(text):
    assert all(c.archive_current is None or c.fond is not None for c in parse_citations(text))


# a lone I for 1 in an opis' or file --------------------------------------------------------------

@pytest.mark.parametrize("text,opis,delo", [
    ("GARF, f. R-8009, op. I, d. 716, l. 3.", "1", "716"),
    ("РГАЭ, ф. 4372, оп. I, д. 12, л. 8.", "1", "12"),
    ("RGVIA, f. 400, op. 4, d. I, l. 5.", "4", "1"),
])
def test_a_lone_capital_i_is_the_number_one(text, opis, delo):
    c = _one(text)
    assert (c.opis, c.delo) == (opis, delo)


def test_a_roman_volume_of_a_book_after_a_citation_is_not_taken():
    c = parse_citations("RGASPI, f. 558, op. 11, d. 1120, l. 2; Lenin, Sochineniia, vol. I, p. 14.")[0]
    assert (c.delo, c.tom, c.folios) == ("1120", None, "2")


# a comma for a label's period --------------------------------------------------------------------

@pytest.mark.parametrize("text,opis,leaves", [
    ("RGVA, f. 25883, op, 7, d. 96, l. 4.", "7", "4"),
    ("ГАРФ, ф. Р-393, оп, 43а, д. 1612, л. 20.", "43a", "20"),
    ("RGAE, f. 1562, op. 329, d. 108, ll, 12-15.", "329", "12-15"),
])
def test_a_comma_for_the_labels_period(text, opis, leaves):
    c = _one(text)
    assert (c.opis, c.folios) == (opis, leaves)


def test_a_single_letter_with_a_comma_is_no_label():
    c = _one("GARF, f. 5446, op. 1, and d, 3 others.")
    assert c.delo is None


def test_the_comma_stays_as_written_when_converted():
    out = cyr("RGVA, f. 25883, op, 7, d. 96, l. 4.")
    assert "оп, 7" in out and "д. 96" in out


# the verso's OCR slip o6 -------------------------------------------------------------------------

@pytest.mark.parametrize("text,leaves", [
    ("RGASPI, f. 17, op. 21, d. 3702, l. 90 o6.", "90v"),
    ("ГАРФ, ф. 1235, оп. 2, д. 46, л. 7 о6.", "7v"),
    ("RGAE, f. 7486, op. 37, d. 61, ll. 3-4o6.", "3-4v"),
])
def test_o6_is_the_verso(text, leaves):
    assert _one(text).folios == leaves


@pytest.mark.parametrize("text,leaves", [
    ("RGASPI, f. 17, op. 21, d. 3702, l. 106.", "106"),
    ("ГАРФ, ф. 1235, оп. 2, д. 46, л. 60.", "60"),
    ("RGAE, f. 7486, op. 37, d. 61, ll. 506-507.", "506-507"),
])
def test_a_six_in_a_leaf_number_is_no_verso(text, leaves):
    assert _one(text).folios == leaves


def test_o6_is_written_as_the_verso_in_cyrillic():
    out = cyr("RGASPI, f. 17, op. 21, d. 3702, l. 90 o6.")
    assert out.endswith("л. 90 об.")


# the box (karton) of the manuscript departments --------------------------------------------------

@pytest.mark.parametrize("text,karton,unit", [
    ("NIOR RGB, f. 241, k. 40, ed. khr. 12, l. 3.", "40", "12"),
    ("ОР РГБ. Ф. 135. К. 7. Ед. хр. 22. Л. 1 об.", "7", "22"),
    ("OR RGB, fond 520, karton 3, edinitsa khraneniia 9.", "3", "9"),
])
def test_the_box_is_read(text, karton, unit):
    c = _one(text)
    assert (c.archive_current, c.karton, c.storage_unit) == ("NIOR RGB", karton, unit) and c.unparsed == []


@pytest.mark.parametrize("text", [
    "NIOR RGB, f. 241, k. 40, ed. khr. 12, l. 3.",
    "ОР РГБ. Ф. 135. К. 7. Ед. хр. 22. Л. 1 об.",
    "OR RGB, f. 520, k. 3, ed. khr. 9.",
])
def test_the_box_survives_formatting(text):
    c = _one(text)
    for style in ("english", "gost"):
        back = parse_citation(c.format(style))
        assert back.fields() == c.fields(), c.format(style)


def test_k_before_the_fond_is_no_box():
    c = _one("See k. 4 in NIOR RGB, f. 241, op. 2, ed. khr. 12.")
    assert (c.karton, c.opis) == (None, "2")


def test_k_after_the_file_is_no_box():
    c = parse_citations("GARF, f. 5446, op. 1, d. 20, k. 3.")[0]
    assert (c.delo, c.karton) == ("20", None)


# the Georgian MIA Archive's short name -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "sšsa (I), f. 14, op. 24, d. 112, l. 3.",
    "sšsa, f. 6, d. 37841, l. 2.",
    "sshsa (II), f. 8, op. 1, d. 2, l. 17.",
])
def test_sssa_short_form_is_the_mia_archive(text):
    assert _one(text).archive_current == "MIA Archive"
