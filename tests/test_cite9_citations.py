"""Citation classes of the ninth round (cite9): the Smolensk Archive's series-two file marks
(WKP 116/154e), a fond number with a suffix of capitals (ERAF's 130SM), acronyms scanned with 1
for I (RGASP1), the OCR slip L1. for ll., a part with no field numbered in Roman numerals
(vyp. III), slash shorthand whose bare folio is followed by prose after a comma, an unknown
archive's name followed by a place in brackets, a book's ibid. with only a document number, and
registry names of predecessors and of the Georgian MIA Archive (archives.toml rows). Every input
here is written for this file (none is a row of a benchmark part)."""

import pytest

from translit.archives import resolve
from translit.archives.citation import parse_citation, parse_citations
from translit.conversion import convert
from translit.read.reader import to_cyrillic


# the Smolensk Archive's series two: a file mark with a slash and a letter --------------------------

@pytest.mark.parametrize("text,delo,folios", [
    ("Smolensk Archive, WKP 116/154e, l. 23.", "WKP 116/154e", "23"),
    ("WKP 116/160, ll. 4-5 ob.", "WKP 116/160", "4-5v"),
    ("Смоленский архив, WKP 116/171, л. 9.", "WKP 116/171", "9"),
    ("Fainsod read the NKVD summaries (WKP 116/162a) closely.", "WKP 116/162a", None),
])
def test_a_series_two_file_mark_with_a_slash_is_one_file(text, delo, folios):
    [c] = parse_citations(text)
    assert (c.archive_current, c.delo, c.folios, c.fond) == ("Smolensk Archive", delo, folios, None)


@pytest.mark.parametrize("text", ["WKP 116/154e, l. 3.", "Smolensk Archive, WKP 116/166, ll. 1-2."])
def test_a_series_two_file_mark_survives_convert_and_format(text):
    c = parse_citation(text)
    assert c.delo in c.format("english") and c.delo in c.format("gost")
    for out in (convert(text, "cyrillic").text, to_cyrillic(text).text, convert(text, "iso9").text):
        [again] = parse_citations(out)
        assert (again.delo, again.folios) == (c.delo, c.folios)


def test_series_two_chains_after_a_semicolon():
    cs = parse_citations("Smolensk Archive, WKP 116/154e, l. 3; WKP 116/155, l. 8.")
    assert [(c.delo, c.folios) for c in cs] == [("WKP 116/154e", "3"), ("WKP 116/155", "8")]


# a fond number with capitals written on it -----------------------------------------------------------

@pytest.mark.parametrize("text,fond", [
    ("ERAF, f. 129SM, op. 1, d. 44, l. 2.", "129SM"),
    ("ERAF. F. 131SM. Op. 1. D. 7. L. 5.", "131SM"),
    ("RA ERAF, f 138SM, n 1, s 20, l 4", "138SM"),
])
def test_a_fond_with_a_capital_suffix_keeps_it(text, fond):
    [c] = parse_citations(text)
    assert (c.archive_current, c.fond) == ("ERAF", fond)
    assert c.delo is not None


@pytest.mark.parametrize("text,delo", [
    ("GARF, f. 5446, op. 1, d. 12 A fragment follows.", "12"),   # a capital after a file's number and a space
    ("RGASPI, f. 17, op. 3, d. 9, l. 4.", "9"),
])
def test_a_capital_after_a_file_is_no_suffix(text, delo):
    [c] = parse_citations(text)
    assert c.delo == delo


# OCR: 1 for I in an acronym, L1. for ll. --------------------------------------------------------------

@pytest.mark.parametrize("text,archive", [
    ("RGASP1, f. 558, op. 11, d. 45, l. 7.", "RGASPI"),
    ("RGAN1, f. 5, op. 30, d. 3, l. 1.", "RGANI"),
    ("RGV1A, f. 400, op. 9, d. 2, l. 6.", "RGVIA"),
])
def test_an_acronym_with_the_digit_1_for_its_i(text, archive):
    [c] = parse_citations(text)
    assert c.archive_current == archive and c.fond is not None


def test_a_digit_after_an_acronym_without_i_is_no_ocr_slip():
    assert all(c.archive_current != "GARF" for c in parse_citations("GARF1, f. 5446, op. 1, d. 9."))


@pytest.mark.parametrize("text,folios", [
    ("RGAE. F. 4372. Op. 30. D. 77. L1. 12-14.", "12-14"),
    ("GARF, f. 5446, op. 1, d. 9, l1. 40-41.", "40-41"),
    ("RGVA, f. 9, op. 3, d. 12, 1L. 7, 9.", "7, 9"),
])
def test_l1_is_the_ocr_slip_of_ll(text, folios):
    [c] = parse_citations(text)
    assert c.folios == folios


def test_l_and_1_with_nothing_after_stays_the_leaf_1():
    [c] = parse_citations("RGVA, f. 9, op. 3, d. 12, l1.")
    assert c.folios == "1"


# a part with no field, numbered in Roman numerals -----------------------------------------------------

@pytest.mark.parametrize("text,part,folios", [
    ("RGASPI, f. 17, op. 2, d. 612, vyp. IV, l. 9.", "vyp. IV", "9"),
    ("ЦПА ИМЛ, ф. 17, оп. 2, д. 390, вып. II, л. 44.", "вып. II", "44"),
    ("GARF, f. 3316, op. 2, d. 14, ch. III, ll. 5-6.", "ch. III", "5-6"),
])
def test_a_roman_numbered_part_between_file_and_leaf_is_kept_in_unparsed(text, part, folios):
    [c] = parse_citations(text)
    assert c.folios == folios and part in c.unparsed


# slash shorthand: a bare folio before prose -----------------------------------------------------------

@pytest.mark.parametrize("text,folios", [
    ("The minutes (RGAE 7486/37/131, 12, and the appendix at 14) say so.", "12"),
    ("GARF 5446/1/70, 33, where Molotov adds a line.", "33"),
    ("RGASPI 558/11/45, 7, see also the draft.", "7"),
])
def test_a_bare_folio_after_shorthand_ends_at_a_comma_before_prose(text, folios):
    [c] = parse_citations(text)
    assert c.folios == folios and c.delo is not None


@pytest.mark.parametrize("text", ["RGASPI 17/3/5, 1937, and later.", "RGASPI 17/3/5, 12, pp. 4-5."])
def test_a_year_or_a_number_before_a_label_is_no_bare_folio(text):
    [c] = parse_citations(text)
    assert c.folios is None


# an archive outside the registry, a place in brackets after its name -----------------------------------

@pytest.mark.parametrize("text,name,remark", [
    ("Arkhiv NIPTs Memorial (St Petersburg), f. 2, op. 1, d. 14, l. 3.", "Arkhiv NIPTs Memorial", "(St Petersburg)"),
    ("State Archive of Tver Oblast (Tver), f. 1, op. 2, d. 3.", "State Archive of Tver Oblast", "(Tver)"),
    ("Archive of the Tomsk FSB (Tomsk), d. P-2845, l. 9.", "Archive of the Tomsk FSB", "(Tomsk)"),
])
def test_a_place_in_brackets_after_an_unknown_archives_name(text, name, remark):
    [c] = parse_citations(text)
    assert c.archive_current is None and c.archive_cited == name
    assert remark in c.unparsed


# a book's ibid. ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Ibid., dok. 12.", "Tam zhe, t. 2, dok. 40.", "Там же. Док. 7."])
def test_an_ibid_with_only_a_document_number_and_nothing_before_is_a_books(text):
    assert parse_citations(text) == []


def test_an_ibid_with_a_document_after_an_archival_citation_inherits():
    first, second = parse_citations("RGANI, f. 89, per. 18, dok. 5; ibid., dok. 6.")
    assert (second.archive_current, second.fond, second.perechen, second.dokument) == ("RGANI", "89", "18", "6")


def test_an_ibid_with_a_leaf_and_nothing_before_is_still_a_citation():
    [c] = parse_citations("Ibid., l. 5.")
    assert c.ibid and c.folios == "5"


# registry names (archives.toml) ----------------------------------------------------------------------

@pytest.mark.parametrize("text,archive,fond", [
    ("ЦГАОРиСС СССР, ф. 7952, оп. 3, д. 90, л. 4.", "GARF", "7952"),
    ("ЦГАОРиСС, ф. 3316, оп. 12, д. 5.", "GARF", "3316"),
    ("Партархів Інституту історії партії при ЦК КПУ, ф. 1, оп. 20, спр. 5, арк. 3.", "TsDAHO", "1"),
    ("Partarkhiv Instytutu istorii partii pry TsK KPU, f. 1, op. 16, spr. 100, ark. 2.", "TsDAHO", "1"),
    ("Архив МВД Грузии, ф. 14, оп. 1, д. 5, л. 2.", "MIA Archive", "14"),
    ("Arkhiv MVD Gruzii, f. 6, d. 12, l. 3.", "MIA Archive", "6"),
    ("Party Archive of the Communist Party of Georgia, f. 14, op. 2, d. 9.", "MIA Archive", "14"),
])
def test_predecessor_and_short_names_resolve_to_the_current_archive(text, archive, fond):
    [c] = parse_citations(text)
    assert (c.archive_current, c.fond) == (archive, fond)


def test_the_new_names_resolve_alone():
    assert resolve("ЦГАОРиСС СССР").cited.acronym == "TsGAORiSS SSSR"
    assert resolve("Архив МВД Грузии").archive.id == "MIA Archive"
    assert resolve("Party Archive of the Georgian Communist Party").cited.acronym == "Partarkhiv TsK KP Gruzii"


# through convert: labels and names in every romanization ----------------------------------------------

@pytest.mark.parametrize("text,field,value", [
    ("TsA FSB RF. Arh.-sled. d. R-40712. T. 2. L. 8.", "delo", "R-40712"),        # ISO 9 of арх.-след. д.
    ("RGALI, f. 1931, op. 1, yed. khr. 12, l. 3.", "storage_unit", "12"),         # BGN/PCGN of ед. хр.
    ("RGALI, f. 2, op. 1, ed. hr. 5, l. 9.", "storage_unit", "5"),                # ISO 9 of ед. хр.
    ("AP RF, f. 3, perečenʹ 2, d. 5.", "perechen", "2"),                          # ISO 9 of перечень
])
def test_a_label_in_another_romanization_is_read(text, field, value):
    [c] = parse_citations(text)
    assert getattr(c, field) == value


def test_a_romanized_label_needs_its_period_where_the_cyrillic_one_does():
    from translit.archives.citation import _romanized_labels

    forms, needs_period = _romanized_labels()["opis"]
    assert "opisʹ" in forms and "opisʹ" not in needs_period
    assert "wop" in needs_period  # воп. needs its period, so does its Polish-scheme form
    assert all("д" not in f and "л" not in f for field in _romanized_labels().values() for f in field[0])


@pytest.mark.parametrize("text,archive", [
    ("Natsyyanal’ny arkhiw Respubliki Byelarus’, f. 4, vop. 3, spr. 9, ark. 2.", "NARB"),        # BGN/PCGN
    ("Nacyânalʹny arhìŭ Rèspublìkì Belarusʹ, f. 4p, vop. 1, spr. 5.", "NARB"),                    # ISO 9
    ("Centralʹnij deržavnij arhìv gromadsʹkih ob’êdnanʹ Ukraïni, fond 1, opys 16, sprava 7.", "TsDAHO"),
    ("Tsentral’nyy derzhavnyy arkhiv hromads’kykh ob”yednan’ Ukrayiny, f. 1, op. 2, spr. 3.", "TsDAHO"),
    ("Galuzevij deržavnij arhìv Službi bezpeki Ukraïni, f. 6, spr. 75.", "HDA SBU"),
    ("Gossudarstwenny archiw Rossijskoi Federazii, f. 1, op. 2, d. 3.", "GARF"),                  # German scheme
    ("Centr hraneniâ sovremennoj dokumentacii, f. 5, op. 30, d. 88.", "RGANI"),                    # ISO 9 центр
    ("Rossijskij centr xraneniya i izucheniya dokumentov novejshej istorii, f. 71, op. 10, d. 2.", "RGASPI"),  # GOST 7.79 B
])
def test_a_registry_name_in_another_romanization_of_its_language(text, archive):
    [c] = parse_citations(text)
    assert c.archive_current == archive


@pytest.mark.parametrize("text", [
    "Центральный государственный архив Октябрьской революции, ф. 3316, оп. 2, д. 14, л. 6.",
    "Tsentral'nyi gosudarstvennyi arkhiv Oktiabr'skoi revoliutsii SSSR, f. 7523, op. 1, d. 40.",
])
def test_the_short_name_of_tsgaor_is_the_predecessor_of_garf(text):
    [c] = parse_citations(text)
    assert (c.archive_current, c.archive_acronym) == ("GARF", "TsGAOR SSSR")


@pytest.mark.parametrize("scheme", ["alalc", "bgn-pcgn", "iso9", "gost-779b", "german"])
@pytest.mark.parametrize("text", [
    "ЦА ФСБ РФ. Арх.-след. д. Р-40712. Т. 2. Л. 8–9 об.",
    "РГАЛИ, ф. 1931, оп. 1, ед. хр. 12, л. 3.",
    "Центральный государственный архив Октябрьской революции, ф. 3316, оп. 2, д. 14, л. 6.",
    "ЦДАГО України, ф. 1, оп. 16, спр. 7, арк. 3 зв.",
    "Партархів Інституту історії партії при ЦК КПУ, ф. 1, оп. 20, спр. 5, арк. 3.",
])
def test_a_citation_survives_convert_to_a_scheme(scheme, text):
    [c] = parse_citations(text)
    [again] = parse_citations(convert(text, scheme).text)
    assert again.fields() == c.fields() or (again.archive_current, again.fond, again.delo, again.storage_unit,
                                            again.folios) == (c.archive_current, c.fond, c.delo,
                                                              c.storage_unit, c.folios)
