"""Citation classes of the eleventh round (cite11), found on inputs written in the kinds the tenth
held-out part covers (archive ids, renames, label forms, OCR damage, Baltic and Georgian archives):
acronyms spelled letter by letter with full stops (R.G.A.E., Г.А.Р.Ф.); registry spellings with
diacritics (sšssa, Latvijas Valsts arhīvs), which the finder looked for only without them; the OCR
slip of a lone small l for the number 1 (op. l, ll. l-4); the Latvian style that writes the number
before its label (LVA, 1986. f., 1. apr., 4170. l., 12. lp.); the Georgian short name of the MIA
Archive (sakartvelos shss arkivi); f. after the file read as the leaf (d. 4, f. 12), not as a next
fond; pap., the short form of papka (AVP RF); and the Baltic state archives missing from the registry
(LCVA, LVIA, ERA, EAA, LVVA), whose citations in their own labels were lost whole. Every input here is
written for this file (none is a row of a benchmark part)."""

import pytest

from translit.archives.citation import parse_citation, parse_citations
from translit.archives.rewrite import may_cite


def parts(c):
    return (c.archive_current, c.fond, c.opis, c.delo, c.folios)


# acronyms with a full stop after each letter ------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("R.G.A.E., f. 4372, op. 1, d. 7, l. 2.", ("RGAE", "4372", "1", "7", "2")),
    ("G. A. R. F., f. R-5446, op. 1, d. 71, l. 9.", ("GARF", "R-5446", "1", "71", "9")),
    ("Г.А.Р.Ф. Ф. Р-9401. Оп. 2. Д. 64. Л. 3.", ("GARF", "R-9401", "2", "64", "3")),
    ("See R.G.A.S.P.I., f. 558, op. 11, d. 65, l. 4.", ("RGASPI", "558", "11", "65", "4")),
    ("A.P.R.F., f. 3, op. 61, d. 2, l. 8.", ("APRF", "3", "61", "2", "8")),
])
def test_an_acronym_dotted_letter_by_letter(text, want):
    assert parts(parse_citation(text)) == want


def test_a_dotted_predecessor_acronym_keeps_its_name_as_cited():
    c = parse_citation("Ts.G.A.O.R., f. 3316, op. 2, d. 40, l. 1.")
    assert (c.archive_current, c.archive_acronym, c.fond) == ("GARF", "TsGAOR SSSR", "3316")


@pytest.mark.parametrize("text", [
    "M.P.A., f. 3, op. 1, d. 2.",  # three dotted capitals: a degree as often as an archive
    "R.G., f. 3, op. 1, d. 2.",
])
def test_short_dotted_capitals_name_no_archive(text):
    assert parse_citation(text).archive_current is None


def test_a_dotted_acronym_is_written_in_cyrillic_by_convert():
    from translit.archives.rewrite import citation_edits

    text = "See R.G.A.S.P.I., f. 17, op. 3, d. 5, l. 2."
    edits = citation_edits(text, "cyrillic")
    assert any(e.output == "РГАСПИ" and text[e.start:e.end].startswith("R.G.A") for e in edits)


# registry spellings with diacritics ---------------------------------------------------------------

@pytest.mark.parametrize("text,arc,cited", [
    ("Latvijas Valsts arhīvs, f. 1022, apr. 1, l. 12, lp. 3-4.", "LVA", "LVA"),
    ("Latvijas Valsts arhivs, f. 270, apr. 2, l. 9, lp. 1.", "LVA", "LVA"),
    ("Lietuvos visuomenės organizacijų archyvas, f. 1771, ap. 7, b. 15, l. 2.", "LYA", "LVOA"),
    ("Centrālais Valsts Oktobra revolūcijas un sociālistiskās celtniecības arhīvs, f. 270, apr. 1, l. 4, lp. 2.",
     "LVA", "CVORA"),
    ("sšssa, f. 6, op. 2, d. 33, l. 5.", "MIA Archive", "MIA Archive"),
])
def test_a_registry_spelling_with_diacritics(text, arc, cited):
    c = parse_citation(text)
    assert (c.archive_current, c.archive_acronym) == (arc, cited) and c.fond is not None


# a lone small l for the number 1 ------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("GARF, f. R-8131, op. l, d. 27, l. 3.", ("GARF", "R-8131", "1", "27", "3")),
    ("RGVA, f. 4, op. l, d. 90, l. 12.", ("RGVA", "4", "1", "90", "12")),
    ("RGAE, f. 8043, op. 11, d. l, l. 6.", ("RGAE", "8043", "11", "1", "6")),
    ("RGANI, f. 5, op. 30, d. 4, l. l.", ("RGANI", "5", "30", "4", "1")),
    ("RGIA, f. 1284, op. 2, d. 8, ll. l-4.", ("RGIA", "1284", "2", "8", "1-4")),
])
def test_a_lone_small_l_is_the_number_one(text, want):
    assert parts(parse_citation(text)) == want


def test_the_leaf_label_l_is_still_a_label():
    c = parse_citation("RGASPI, f. 17, op. 3, d. 5, l. 7.")
    assert (c.delo, c.folios) == ("5", "7")
    c = parse_citation("RGALI f. 631 op. 15 d. 437 l 3")
    assert (c.delo, c.folios) == ("437", "3")


# the Latvian style: the number, an ordinal, before its label ---------------------------------------

@pytest.mark.parametrize("text,want", [
    ("LVA, 1986. f., 1. apr., 4170. l., 12. lp.", ("LVA", "1986", "1", "4170", "12")),
    ("LVA 101. f., 14. apr., 29. l., 7.-9. lp.", ("LVA", "101", "14", "29", "7-9")),
    ("Latvijas Valsts arhīvs, P-252. f., 3. apr., 15. l., 2. lp.", ("LVA", "P-252", "3", "15", "2")),
    ("The list is in LVA, 1825. f., 2. apr., 300. l., 40. lp., with the reply.", ("LVA", "1825", "2", "300", "40")),
])
def test_latvian_numbers_before_their_labels(text, want):
    assert parts(parse_citation(text)) == want


@pytest.mark.parametrize("text", [
    "RGASPI, 17. f., 3. op., 5. d.",  # a Russian archive: its labels come first
    "In 1986. f. ran the first list; 2. apr. followed.",  # no archive of Latvia
])
def test_numbers_before_labels_outside_a_latvian_citation_are_no_parts(text):
    assert all(c.fond != "1986" and c.fond != "17" for c in parse_citations(text))


def test_a_latvian_citation_in_its_own_style_is_found_by_convert():
    from translit.read.reader import to_cyrillic

    text = "The order is in LVA, 1986. f., 1. apr., 4170. l., 12.-13. lp."
    assert may_cite(text)
    out = to_cyrillic(text).text
    assert out == "The order is in LVA, 1986. ф., 1. оп., 4170. д., 12.-13. лл."


# the Georgian short name of the MIA Archive -------------------------------------------------------

@pytest.mark.parametrize("text,fond", [
    ("sakartvelos shss arkivi, f. 6, op. 1, d. 3, l. 2.", "6"),
    ("Sakartvelos šss arkivi, f. 14, op. 2, d. 71, l. 9.", "14"),
    ("The Beria files (shss arkivi, f. 1, op. 1, d. 44, l. 5) were opened in 2005.", "1"),
])
def test_the_georgian_short_name_of_the_mia_archive(text, fond):
    c = parse_citation(text)
    assert (c.archive_current, c.fond) == ("MIA Archive", fond)


# f. after the file: the leaf ----------------------------------------------------------------------

@pytest.mark.parametrize("text,delo,folios", [
    ("RGASPI, f. 17, op. 3, d. 1003, f. 12.", "1003", "12"),
    ("GARF, f. R-5446, op. 1, d. 7, f. 3v.", "7", "3v"),
    ("RGAE, f. 4372, op. 9, d. 88, f. 12-14.", "88", "12-14"),
])
def test_f_after_the_file_is_the_leaf(text, delo, folios):
    cs = parse_citations(text)
    assert len(cs) == 1 and (cs[0].delo, cs[0].folios) == (delo, folios)


@pytest.mark.parametrize("text", [
    "RGASPI, f. 17, op. 3, d. 1003, f. 558, op. 11, d. 65.",
    "RGASPI, f. 17, op. 3, d. 1003; f. 558, op. 11, d. 65.",
    "RGASPI, f. 17, op. 3, d. 1003, l. 4, f. 558.",
])
def test_f_opening_a_next_reference_is_still_a_fond(text):
    cs = parse_citations(text)
    assert len(cs) == 2 and cs[1].fond == "558" and cs[0].folios in (None, "4")


@pytest.mark.parametrize("text,folios", [
    ("RGADA. F. 210. Op. 6. Kn. 12. L. 4 ob.", "4v"),  # a part, then the leaf: no Latvian order here
    ("RGADA, f. 1209, op. 2, kn. 77. L. 9.", "9"),
    ("RGIA. F. 796. Op. 4. D. 12. Ch. 2. L. 31.", "31"),
])
def test_a_number_with_a_full_stop_before_the_leaf_label_is_no_latvian_part(text, folios):
    assert parse_citation(text).folios == folios


# pap., the short form of papka (AVP RF) ------------------------------------------------------------

@pytest.mark.parametrize("text,papka,delo", [
    ("AVP RF, f. 0100, op. 46, pap. 362, d. 12, l. 4.", "362", "12"),
    ("АВП РФ, ф. 07, оп. 23а, пап. 18, д. 235, л. 2.", "18", "235"),
    ("AVPRF, f. 06, op. 13a, pap. 25, d. 272, ll. 8-9.", "25", "272"),
])
def test_pap_is_the_folder(text, papka, delo):
    c = parse_citation(text)
    assert (c.archive_current, c.papka, c.delo) == ("AVP RF", papka, delo)


def test_pap_before_the_fond_is_no_folder():
    c = parse_citation("The pap. 3 reading, RGASPI, f. 17, op. 3, d. 5, l. 2.")
    assert c.papka is None and c.fond == "17"


# the Baltic state archives, in their countries' own labels ------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("LCVA, f. R-754, ap. 4, b. 12, l. 3.", ("LCVA", "R-754", "4", "12", "3")),
    ("LVIA, f. 378, ap. 1, b. 245, l. 17.", ("LVIA", "378", "1", "245", "17")),
    ("ERA, f. R-1, n. 5, s. 12, l. 4.", ("ERA", "R-1", "5", "12", "4")),
    ("ERA.R-1.5.12, l. 4.", ("ERA", "R-1", "5", "12", "4")),
    ("EAA.1.2.345, l. 6.", ("EAA", "1", "2", "345", "6")),
    ("LVVA, 1308. f., 12. apr., 51. l., 3. lp.", ("LVVA", "1308", "12", "51", "3")),
    ("LVVA, f. 1308, apr. 12, l. 51, lp. 3.", ("LVVA", "1308", "12", "51", "3")),
])
def test_a_baltic_state_archive_in_its_own_labels(text, want):
    assert parts(parse_citation(text)) == want


def test_the_estonian_branch_is_not_the_state_archive():
    assert parse_citation("ERAF.1.5.12, l. 4.").archive_current == "ERAF"
    assert parse_citation("RA ERA, f. R-3, n. 2, s. 7.").archive_current == "ERA"
