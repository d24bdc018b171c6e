"""Citation classes of the tenth round (cite10): registry names written without a letter's mark or
without their last words (Belarusian arkhiu for архіў, the Central Archive of the Ministry of
Defence without "of the Russian Federation"), an archive named after an older name as where the
fond is today ("Party archive (now RGASPI), f. 17"), and a Baltic archive's own labels after an
ibid. or a continuation inside a footnote (LYA ... and Tam zhe, b. 615). Every input here is written
for this file (none is a row of a benchmark part)."""

import pytest

from translit.archives.citation import parse_citation, parse_citations


# the Belarusian archive word without its breve --------------------------------------------------

@pytest.mark.parametrize("text,fond,delo", [
    ("Natsyianal'ny arkhiu Respubliki Belarus', f. 4p, op. 1, spr. 77, ark. 3.", "4p", "77"),
    ("See Natsyianal'ny arkhiu Respubliki Belarus', f. 1440, op. 3, spr. 12.", "1440", "12"),
    ("Natsyyanal'ny arkhiu Respubliki Belarus, f. 9, vop. 2, spr. 5, ark. 1 zv.", "9", "5"),
])
def test_the_belarusian_national_archive_without_the_breve(text, fond, delo):
    c = parse_citation(text)
    assert (c.archive_current, c.fond, c.delo) == ("NARB", fond, delo)


def test_an_unknown_archive_with_arkhiu_is_still_an_unknown_archive():
    c = parse_citation("Zanal'ny arkhiu Mahilioushchyny, f. 12, op. 1, spr. 4.")
    assert c.archive_current is None and c.archive_cited and c.delo == "4"


# the Ministry of Defence's archive without "of the Russian Federation" ----------------------------

@pytest.mark.parametrize("text,fond", [
    ("Tsentral'nyi arkhiv Ministerstva oborony, f. 500, op. 12462, d. 3, l. 7.", "500"),
    ("Центральный архив Министерства обороны, ф. 208, оп. 2511, д. 1, л. 14.", "208"),
    ("Central Archive of the Ministry of Defence, f. 3, op. 11556, d. 9.", "3"),
    ("Central Archive of the Ministry of Defense, f. 33, op. 682525, d. 44.", "33"),
])
def test_the_defence_ministry_archive_by_its_short_name(text, fond):
    c = parse_citation(text)
    assert (c.archive_current, c.fond) == ("TsAMO", fond)


def test_the_full_name_of_the_defence_ministry_archive_still_reads():
    c = parse_citation("Tsentral'nyi arkhiv Ministerstva oborony Rossiiskoi Federatsii, f. 32, op. 2, d. 8.")
    assert (c.archive_current, c.fond, c.opis, c.delo) == ("TsAMO", "32", "2", "8")


# an older name, then "(now X)": the fond is in X --------------------------------------------------

@pytest.mark.parametrize("text,archive,fond,delo", [
    ("Party archive of the Tbilisi gorkom (now MIA Archive), f. 8, op. 2, d. 61, l. 4.", "MIA Archive", "8", "61"),
    ("The Central Party Archive (now RGASPI), f. 558, op. 11, d. 1120, l. 30.", "RGASPI", "558", "1120"),
    ("Партийный архив (ныне РГАСПИ), ф. 17, оп. 85, д. 12, л. 2.", "RGASPI", "17", "12"),
    ("Special archive [today RGVA], f. 1525k, op. 1, d. 7.", "RGVA", "1525k", "7"),
])
def test_the_archive_the_fond_is_in_today(text, archive, fond, delo):
    [c] = parse_citations(text)
    assert (c.archive_current, c.fond, c.delo) == (archive, fond, delo)
    assert c.archive_acronym is not None


def test_a_remark_in_brackets_after_an_archive_is_not_taken_for_the_archive():
    [c] = parse_citations("GARF (Moscow), f. 5446, op. 1, d. 3.")
    assert (c.archive_current, c.fond, c.delo) == ("GARF", "5446", "3")


# a Baltic archive's labels after an ibid. or a continuation ---------------------------------------

@pytest.mark.parametrize("text,delo,folios", [
    ("LYA, f. K-1, ap. 10, b. 201, l. 5, and Tam zhe, b. 202, l. 9.", "202", "9"),
    ("LVA, f. 1894, apr. 1, l. 12, lp. 4; ibid., l. 13, lp. 2.", "13", "2"),
    ("ERAF, f. 17, n. 2, s. 40, l. 6; Tam zhe, s. 41, l. 1.", "41", "1"),
])
def test_a_baltic_label_after_an_ibid_in_the_same_footnote(text, delo, folios):
    first, second = parse_citations(text)
    assert (second.archive_current, second.fond, second.opis) == (first.archive_current, first.fond, first.opis)
    assert (second.delo, second.folios) == (delo, folios)


def test_a_baltic_label_after_an_ibid_of_a_russian_archive_keeps_its_russian_reading():
    first, second = parse_citations("GARF, f. 5446, op. 1, d. 3, l. 8; ibid., d. 4, l. 2.")
    assert (second.archive_current, second.delo, second.folios) == ("GARF", "4", "2")


def test_a_name_that_goes_on_past_the_short_name_is_another_archive():
    c = parse_citation("Tsentral'nyi arkhiv Ministerstva oborony Ukrainy, f. 1, op. 2, d. 3.")
    assert c.archive_current is None and "Ukrainy" in (c.archive_cited or "")


# a fond's numbered subdivision with no field (GARF fond 102's deloproizvodstva) ------------------

@pytest.mark.parametrize("text,opis,delo,folios", [
    ("GARF, f. 102, 3-e d-vo, op. 1907, d. 14, l. 6.", "1907", "14", "6"),
    ("ГАРФ. Ф. 102. 7-е д-во. Оп. 1911. Д. 40. Л. 2 об.", "1911", "40", "2v"),
    ("GARF, f. 102, V deloproizvodstvo, op. 1899, d. 3, ll. 1-4.", "1899", "3", "1-4"),
    ("GARF f. 102 4 d-vo op. 1905 d. 88 l. 9", "1905", "88", "9"),
])
def test_a_subdivision_between_fond_and_opis_is_passed_over(text, opis, delo, folios):
    c = parse_citation(text)
    assert (c.archive_current, c.fond, c.opis, c.delo, c.folios) == ("GARF", "102", opis, delo, folios)
    assert any("d-vo" in u or "д-во" in u or "deloproizvodstvo" in u for u in c.unparsed)


# the Estonian reference code: archive.fond.opis.file, the fond with a suffix of capitals ---------

@pytest.mark.parametrize("text,fond,opis,delo", [
    ("ERAF.129SM.1.2207, l. 14.", "129SM", "1", "2207"),
    ("See ERAF.1.5.33, ll. 2-3, on the purge.", "1", "5", "33"),
    ("ERAF 17SM/2/408, l. 1.", "17SM", "2", "408"),
])
def test_the_estonian_reference_code(text, fond, opis, delo):
    c = parse_citation(text)
    assert (c.archive_current, c.fond, c.opis, c.delo) == ("ERAF", fond, opis, delo)


def test_a_version_number_with_capitals_is_no_citation():
    assert parse_citations("Upgrade to 12SP.3.1 before the reading room opens.") == []


# the leaves in brackets right after the file ------------------------------------------------------

@pytest.mark.parametrize("text,delo,folios", [
    ("Fainsod cites WKP 201 (ll. 40, 43) for the purge of the raikom.", "WKP 201", "40,43"),
    ("GARF, f. R-5446, op. 2, d. 77 (ll. 5-6), a draft.", "77", "5-6"),
    ("RGASPI, f. 17, op. 120, d. 32 [l. 18 ob.].", "32", "18v"),
])
def test_leaves_in_brackets_after_the_file(text, delo, folios):
    [c] = parse_citations(text)
    assert (c.delo, c.folios.replace(" ", "")) == (delo, folios)


def test_a_remark_in_brackets_after_the_file_is_not_a_leaf():
    [c] = parse_citations("RGASPI, f. 17, op. 3, d. 5 (l. 2 and passim).")
    assert (c.delo, c.folios) == ("5", None)
