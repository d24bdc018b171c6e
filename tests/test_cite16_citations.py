"""Citation classes found by studying the twelfth held-out part (cite16), each tested on footnotes
written for this file (none is a row of a benchmark part): a fond's number with a slash, several
parts with no field in a row and a year between parts, an acronym broken by a line's hyphen and a
space, an unknown archive before its city and a comma or before its reference in brackets, the
manuscript departments' names, a shared acronym whose place the paragraph names, and the leaves of
a file named later in the same sentence."""

import pytest

from translit.archives.citation import parse_citation, parse_citations


def _fields(c):
    return (c.archive_current, c.fond, c.opis, c.delo or c.storage_unit, c.folios)


# a fond's number with a second number after a slash --------------------------------------------

@pytest.mark.parametrize("text,fond", [
    ("ПермГАСПИ. Ф. 105/2. Оп. 7. Д. 33. Л. 4.", "105/2"),
    ("PermGASPI, f. 1/3, op. 2, d. 118, l. 6 ob.", "1/3"),
    ("ЦДООСО. Ф. 4/1. Оп. 12. Д. 77.", "4/1"),
])
def test_a_fond_number_with_a_slash(text, fond):
    c = parse_citation(text)
    assert c.fond == fond and c.opis is not None and c.delo is not None


def test_a_slash_shorthand_is_still_fond_opis_file():
    c = parse_citation("RGASPI 558/11/42, l. 3")
    assert (c.fond, c.opis, c.delo, c.folios) == ("558", "11", "42", "3")


# parts with no field in a row, and a year between parts ------------------------------------------

@pytest.mark.parametrize("text,kept,got", [
    ("НИОР РГБ. Ф. 218. Раздел 3. Карт. 12. Ед. хр. 4. Л. 9.", "Раздел 3. Карт. 12", ("NIOR RGB", "218", None, "4", "9")),
    ("RGADA, f. 1239, op. 3, ch. 2, kn. 5, d. 12, l. 4.", "ch. 2, kn. 5", ("RGADA", "1239", "3", "12", "4")),
    ("ГАРФ. Ф. 102. ДП ОО. 1913. Д. 9. Л. 30.", "ДП ОО. 1913", ("GARF", "102", None, "9", "30")),
])
def test_several_parts_with_no_field_in_a_row_are_kept_in_unparsed(text, kept, got):
    c = parse_citation(text)
    assert _fields(c) == got
    assert kept in c.unparsed


@pytest.mark.parametrize("text,got", [
    ("GARF, f. 102, op. 241, 1909, d. 5, l. 7.", ("GARF", "102", "241", "5", "7")),
    ("ГАРФ. Ф. 102. Оп. 265. 1912 г. Д. 40. Л. 2.", ("GARF", "102", "265", "40", "2")),
    ("RGIA, f. 1284, op. 194, 1901, d. 12, ll. 3-4.", ("RGIA", "1284", "194", "12", "3-4")),
])
def test_a_year_between_parts(text, got):
    assert _fields(parse_citation(text)) == got


def test_a_year_before_and_stays_outside():
    # "1937 and d. 5" is no year between parts: the file is not taken into the citation
    c = parse_citations("RGASPI, f. 17, op. 3, 1937 and d. 5")
    assert len(c) == 1 and c[0].delo is None


# an acronym broken by a line's hyphen whose line break became a space ----------------------------

@pytest.mark.parametrize("text,archive", [
    ("The minutes (RGA- NI, f. 89, op. 4, d. 1, l. 2) were read.", "RGANI"),
    ("РГА- СПИ. Ф. 17. Оп. 3. Д. 5. Л. 1.", "RGASPI"),
    ("GA- RF, f. R-5446, op. 1, d. 2.", "GARF"),
])
def test_an_acronym_broken_by_a_hyphen_and_a_space(text, archive):
    c = parse_citations(text)[0]
    assert c.archive_current == archive
    assert any("space inside the acronym" in n for n in c.notes)


def test_a_hyphen_and_a_space_in_an_unknown_name_stay_unknown():
    c = parse_citations("ZZ- QQ, f. 5, op. 1, d. 2.")[0]
    assert c.archive_current is None


# an unknown archive before its city and a comma --------------------------------------------------

@pytest.mark.parametrize("text,cited,city", [
    ("The decree (GAIaO, Iaroslavl', f. R-2, op. 1, d. 45, l. 8) was never printed.", "GAIaO", "Iaroslavl'"),
    ("TsDNIKO, Kemerovo, f. P-75, op. 1, d. 5, l. 2.", "TsDNIKO", "Kemerovo"),
    ("ОГАЧО, Челябинск, ф. Р-274, оп. 20, д. 1.", "ОГАЧО", "Челябинск"),
])
def test_an_unknown_archive_before_its_city(text, cited, city):
    c = parse_citations(text)[0]
    assert c.archive_current is None and c.archive_cited == cited
    assert city in c.unparsed


def test_a_word_before_a_city_is_no_archive():
    c = parse_citations("The letter, Moscow, f. 5, op. 1, d. 2.")[0]
    assert c.archive_cited is None


# an archive named in the sentence before its reference in brackets -------------------------------

@pytest.mark.parametrize("text,cited", [
    ("The Perm Memorial Society's archive, Perm' (f. 6, op. 2, d. 318), keeps her letters.", "Perm Memorial Society's archive"),
    ("Arkhiv Memoriala (f. 2, op. 3, d. 14) holds the camp diary.", "Arkhiv Memoriala"),
    ("The protocols are in GAKO (f. R-11, op. 2, d. 9).", "GAKO"),
])
def test_an_archive_before_its_reference_in_brackets(text, cited):
    c = parse_citations(text)[0]
    assert c.archive_cited == cited and c.delo is not None


@pytest.mark.parametrize("text", [
    "He said the Party archive had kept it (f. 1, op. 2, d. 3).",
    "The memo of the NKVD (f. 3, op. 1, d. 8) was cited.",
    "They read it in the archive (f. 4, op. 1, d. 9).",
])
def test_a_sentence_before_a_bracketed_reference_is_no_archive(text):
    c = parse_citations(text)[0]
    assert c.archive_cited is None and c.fond is not None


def test_a_bracketed_reference_after_an_earlier_citation_keeps_its_archive():
    cs = parse_citations("(RGASPI, f. 17, op. 3, d. 912); the draft is in the party archive (f. 17, op. 163, d. 994)")
    assert [c.archive_current for c in cs] == ["RGASPI", "RGASPI"]


# the manuscript departments' names ---------------------------------------------------------------

@pytest.mark.parametrize("text,cited", [
    ("Отдел рукописей Государственного Эрмитажа (ОР ГЭ). Ф. 1. Оп. 5. Д. 12.", "ОР ГЭ"),
    ("Manuscript Department of the Tretyakov Gallery (OR GTG), f. 10, ed. khr. 3, l. 1.", "OR GTG"),
    ("Otdel rukopisei Gosudarstvennogo muzeia A. S. Pushkina (OR GMP), f. 3, d. 12.", "OR GMP"),
])
def test_a_manuscript_department_is_named_with_its_acronym(text, cited):
    c = parse_citations(text)[0]
    assert c.archive_current is None and c.archive_cited == cited and c.start == 0


# a shared acronym where the paragraph names its place --------------------------------------------

@pytest.mark.parametrize("text,archive", [
    ("Колхозы Новосибирской области в 1933 г.: ГАНО. Ф. Р-1347. Оп. 2. Д. 61.", "GANO"),
    ("On the Perm' strikes see GAPK, f. R-180, op. 2, d. 77, l. 5.", "GAPK"),
    ("GANO, Novosibirsk, f. 4, op. 1, d. 2.", "GANO"),
    ("Пермский губисполком: f. R-18, op. 4, d. 2019, ll. 7–8 (GAPO).", "GAPK"),
])
def test_a_shared_acronym_with_its_place_named(text, archive):
    c = parse_citations(text)[0]
    assert c.archive_current == archive
    assert any("several archives share" in n for n in c.notes)


@pytest.mark.parametrize("text", [
    "GANO, f. R-1020, op. 1, d. 88, l. 3.",
    "Novgorod's oblast archive: GANO, f. R-1, op. 1, d. 5.",
    "GAPK, f. R-560, op. 3, d. 71, on the permit system.",
])
def test_a_shared_acronym_without_its_place_is_not_taken(text):
    c = parse_citations(text)[0]
    assert c.archive_current is None and c.archive_cited in ("GANO", "GAPK")


def test_the_place_counts_only_in_the_same_paragraph():
    text = "Novosibirsk in 1930.\n\nGANO, f. P-4, op. 1, d. 2."
    assert parse_citations(text)[0].archive_current is None


# the leaves of a file named later in the same sentence -------------------------------------------

@pytest.mark.parametrize("text,folios", [
    ("RGVA, f. 4, op. 14, d. 2217 has the orders; the one for the Volga is on l. 31.", "31"),
    ("ГАРФ, ф. 102, оп. 265, д. 40, о заседании см. лл. 7–8.", "7-8"),
    ("The Synod kept it in RGIA, f. 797, op. 9, d. 17, a thin file; see especially ll. 2, 6.", "2, 6"),
])
def test_leaves_named_later_in_the_sentence(text, folios):
    cs = parse_citations(text)
    assert len(cs) == 1 and cs[0].folios == folios and cs[0].unparsed


@pytest.mark.parametrize("text", [
    "RGASPI, f. 17, op. 3, d. 5; see the discussion in Smith, ff. 12-14.",  # a Western reference
    "GARF, f. 5446, op. 1, d. 12. The signed copy is on l. 9.",  # another sentence
    "RGAE, f. 7486, op. 37, d. 131, l. 4, and the reply of 12 May on l. 9.",  # leaves already given
    "GARF, f. 5446, op. 1, d. 12, half of which burned in 1941, l. 9.",  # a number in the words between
    "GARF, f. 5446, op. 1, d. 12, half of which burned, l. 9.",  # no word pointing to the leaves
])
def test_leaves_in_prose_that_are_not_the_file_s(text):
    c = parse_citations(text)[0]
    assert c.folios in (None, "4")
    assert "later in the sentence" not in " ".join(c.notes)


# a colon before the archive's name ---------------------------------------------------------------

@pytest.mark.parametrize("text,cited", [
    ("Source: TsDNIKO, f. P-75, op. 1, d. 5.", "TsDNIKO"),
    ("Quoted from: GAIaO, f. R-2, op. 1, d. 45.", "GAIaO"),
    ("Источник: ОГАЧО. Ф. Р-274. Оп. 20. Д. 1.", "ОГАЧО"),
])
def test_a_colon_ends_the_words_before_an_unknown_archive(text, cited):
    assert parse_citations(text)[0].archive_cited == cited


# the acronyms read so are written as acronyms by convert -----------------------------------------

@pytest.mark.parametrize("text,written", [
    ("The minutes (RGA- NI, f. 89, op. 4, d. 1, l. 2) were read.", "РГАНИ, ф. 89"),
    ("On the Perm' strikes see GAPK, f. R-180, op. 2, d. 77, l. 5.", "ГАПК, ф. Р-180"),
    ("GANO, Novosibirsk, f. 4, op. 1, d. 2.", "ГАНО, "),
])
def test_an_acronym_read_by_its_place_or_with_a_break_is_converted_as_one(text, written):
    import translit

    out = translit.convert(text, "cyrillic").text
    assert written in out
    before = parse_citations(text)[0]
    after = parse_citations(out)[0]
    assert (after.archive_current, after.fond, after.delo) == (before.archive_current, before.fond, before.delo)


def test_a_person_s_name_is_no_place():
    # GAMO is also the Moscow oblast archive's acronym; Molotov the man names no archive
    c = parse_citations("Molotov's note to the obkom: GAMO, f. 2157, op. 1, d. 40.")[0]
    assert c.archive_current is None and c.archive_cited == "GAMO"
