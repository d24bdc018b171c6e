"""Citation classes of the eighth round: a collection cited by its own file marks (the Smolensk
Archive's WKP 186, archives.toml ``file_series``), found, formatted and left as written by
``convert`` and the reader; an ibid. inside the footnote of the citation it refers to (the class
behind the two labels of citations_heldout7.txt that were brought to the development part's
convention). Every input here is written for this file (none is a row of a benchmark part)."""

import pytest

from translit.archives import file_series, resolve
from translit.archives.citation import parse_citation, parse_citations
from translit.archives.rewrite import may_cite
from translit.conversion import convert
from translit.read.reader import to_cyrillic


# the Smolensk Archive and its file marks ---------------------------------------------------------

def test_the_smolensk_archive_is_a_registry_row_with_sourced_file_marks():
    m = resolve("Smolensk Archive")
    assert m is not None and m.archive.id == "Smolensk Archive"
    assert resolve("Смоленский архив").archive is m.archive
    assert resolve("Smolenskii arkhiv").archive is m.archive
    marks = file_series()
    assert marks["WKP"][0].alone and not marks["RS"][0].alone
    assert all(row.source for row, _ in marks.values())
    assert {match.archive.id for _, match in marks.values()} == {"Smolensk Archive"}


@pytest.mark.parametrize("text,delo,folios", [
    ("WKP 240, l. 7 ob.", "WKP 240", "7v"),
    ("Smolensk Archive, WKP 318, ll. 22-24.", "WKP 318", "22-24"),
    ("Fainsod draws on the raikom minutes (WKP 77) for the purge.", "WKP 77", None),
    ("Смоленский архив, WKP 401, л. 5 об.", "WKP 401", "5v"),
    ("Smolenskii partiinyi arkhiv, WKP 12, ll. 101, 104.", "WKP 12", "101, 104"),
])
def test_a_wkp_file_mark_is_a_citation_of_the_smolensk_archive(text, delo, folios):
    [c] = parse_citations(text)
    assert (c.archive_current, c.delo, c.folios, c.fond) == ("Smolensk Archive", delo, folios, None)
    assert not any("no fond" in n for n in c.notes)  # such files have none to give


@pytest.mark.parametrize("text,files", [
    ("Smolensk Archive, WKP 55, l. 3; WKP 56, l. 9.", [("WKP 55", "3"), ("WKP 56", "9")]),
    ("WKP 130, l. 2 and WKP 131, ll. 5-6.", [("WKP 130", "2"), ("WKP 131", "5-6")]),
    ("Smolensk Archive, WKP 210, l. 40; ibid., l. 44.", [("WKP 210", "40"), ("WKP 210", "44")]),
    ("Smolensk Archive, WKP 15, l. 8; RS 924, l. 31.", [("WKP 15", "8"), ("RS 924", "31")]),
])
def test_chains_of_file_marks_in_one_footnote(text, files):
    got = [(c.delo, c.folios) for c in parse_citations(text)]
    assert got == files
    assert {c.archive_current for c in parse_citations(text)} == {"Smolensk Archive"}


@pytest.mark.parametrize("text", [
    "The RS 232 motorway runs south.",        # RS alone names no archive
    "Sony's RS 3 and RS 4 models.",
    "WKP-based systems",                      # no number
    "the WKP files were microfilmed",
])
def test_an_rs_mark_or_a_bare_wkp_outside_a_smolensk_citation_is_no_citation(text):
    assert parse_citations(text) == []


def test_an_rs_file_needs_the_archive_named():
    [c] = parse_citations("Smolensk Archive, RS 921, l. 14.")
    assert (c.archive_current, c.delo, c.folios) == ("Smolensk Archive", "RS 921", "14")


@pytest.mark.parametrize("text", ["WKP 186.", "See WKP 52 for the 1929 purge.", "Smolensk Archive, RS 924."])
def test_may_cite_lets_a_file_mark_through(text):
    assert may_cite(text)
    assert parse_citations(text)


@pytest.mark.parametrize("text,cyrillic", [
    ("WKP 186, l. 12 ob.", "WKP 186, л. 12 об."),
    ("Smolensk Archive, WKP 42, ll. 3-4.", "Smolensk Archive, WKP 42, лл. 3-4."),
    ("As Fainsod showed (WKP 499, l. 311), the quotas rose.", "WKP 499, л. 311"),
    ("Smolenskii arkhiv, WKP 7, l. 2.", "Смоленский архив, WKP 7, л. 2."),
])
def test_convert_to_cyrillic_keeps_the_file_mark_and_writes_the_labels(text, cyrillic):
    for out in (convert(text, "cyrillic").text, to_cyrillic(text).text):
        assert cyrillic in out
        assert "ВКП" not in out


@pytest.mark.parametrize("scheme", ["alalc", "bgn-pcgn", "iso9", "gost-779b", "german"])
@pytest.mark.parametrize("text", ["WKP 186, l. 12 ob.", "Смоленский архив, WKP 401, л. 5 об.", "Fainsod cites WKP 33."])
def test_convert_to_a_scheme_keeps_the_file_mark(scheme, text):
    out = convert(text, scheme).text
    assert "WKP" in out and "VKP" not in out
    [c] = parse_citations(out)
    assert c.archive_current == "Smolensk Archive" and c.delo.startswith("WKP ")


@pytest.mark.parametrize("text,english,gost", [
    ("WKP 186, l. 12 ob.", "Smolensk Archive, WKP 186, l. 12ob.", "Smolensk Archive. WKP 186. Л. 12 об."),
    ("Smolensk Archive, RS 921, ll. 3-5", "Smolensk Archive, RS 921, ll. 3-5.", "Smolensk Archive. RS 921. Л. 3–5."),
    ("Смоленский архив, WKP 9.", "Smolensk Archive, WKP 9.", "Smolensk Archive. WKP 9."),
])
def test_a_file_mark_is_formatted_without_a_file_label(text, english, gost):
    c = parse_citation(text)
    assert c.format("english") == english
    assert c.format("gost") == gost


def test_another_archives_file_after_a_wkp_mark_is_not_taken_for_it():
    cs = parse_citations("WKP 186, l. 12; GARF, f. R-5446, op. 1, d. 55, l. 3.")
    assert [(c.archive_current, c.fond, c.delo) for c in cs] == [("Smolensk Archive", None, "WKP 186"),
                                                                 ("GARF", "R-5446", "55")]


# an ibid. in the footnote of the citation it refers to ---------------------------------------------

@pytest.mark.parametrize("text,second", [
    ("RGAE, f. 7486, op. 37, d. 61, l. 4; on the reply see ibid., d. 62, l. 9.", ("RGAE", "7486", "37", "62", "9")),
    ("TsGANKh SSSR, f. 8040, op. 8, d. 3, l. 2; Tam zhe, l. 6.", ("RGAE", "8040", "8", "3", "6")),
    ("ЦГАОР СССР. Ф. 5446. Оп. 2. Д. 14. Л. 7; там же. Л. 11 об.", ("GARF", "5446", "2", "14", "11v")),
])
def test_an_ibid_in_the_same_footnote_inherits_the_citation_before_it(text, second):
    first, c = parse_citations(text)
    assert c.ibid
    assert (c.archive_current, c.fond, c.opis, c.delo, c.folios) == second
    assert c.archive_acronym == first.archive_acronym  # the name as cited carries over too


# words broken by a soft hyphen or at the end of a line ------------------------------------------------

@pytest.mark.parametrize("text,archive,opis", [
    ("TsGA\u00adNKh SSSR, f. 4372, op. 28, d. 40, l. 3.", "RGAE", "28"),
    ("RGVA, f. 37837, op\u00ad. 10, d. 142, l. 6.", "RGVA", "10"),
    ("Gosudarstvennyi ar\u00adkhiv Rossiiskoi Fede\u00adratsii, f. 3316, op. 64, d. 9, l. 2.", "GARF", "64"),
    ("The note went to GA-\nRF, f. 8131, op. 37, d. 12, l. 4.", "GARF", "37"),
    ("Rossiiskii gosudarstvennyi voennyi ar-\nkhiv, f. 4, op. 14, d. 1933, l. 8.", "RGVA", "14"),
])
def test_a_name_or_label_broken_by_a_soft_or_line_end_hyphen_is_read_whole(text, archive, opis):
    [c] = parse_citations(text)
    assert (c.archive_current, c.opis) == (archive, opis)
    assert c.text == text[c.start:c.end] and c.text.rstrip(".").endswith(c.folios)  # offsets into the text as given


def test_a_hyphen_between_two_capitalized_words_at_a_line_end_stays():
    from translit.archives.citation import _unbroken

    assert _unbroken("Sankt-\nPeterburg")[0] == "Sankt-\nPeterburg"
    assert _unbroken("eko-\nnomiki")[0] == "ekonomiki"
    assert _unbroken("RGA-\nSPI")[0] == "RGASPI"
    assert _unbroken("l. 32–\n33 ob.")[0] == "l. 32–\n33 ob."  # a range broken at the line: digits, kept


@pytest.mark.parametrize("text,folios", [
    ("RGAE, f. 1562, op. 329, d. 88, l.\n14.", "14"),
    ("ГАРФ. Ф. Р-393. Оп. 2. Д. 11. Л. 3–\n4 об.", "3-4v"),
    ("RGASPI, f. 17, op. 21,\nd. 2990, ll. 7-8.", "7-8"),
])
def test_a_citation_broken_across_lines_is_one_citation(text, folios):
    [c] = parse_citations(text)
    assert c.folios == folios and c.fond is not None


# OCR damage in Cyrillic citations -------------------------------------------------------------------------

@pytest.mark.parametrize("text,opis,delo,folios", [
    ("ГАРФ. Ф. 374. 0п. 28. Д. 4. Л. 9 0б.", "28", "4", "9v"),
    ("РГАЭ, ф. 4372, 0п. 30, д. 95, л. 2 0б.", "30", "95", "2v"),
    ("ЦА ФСБ. Ф. 3. 0п. 5. Д. 1O4. Л. l2.", "5", "104", "12"),
    ("РГАНИ. Ф. 2. Оп. З. Д. 5З. Л. 1З.", "3", "53", "13"),
    ("РГВА. Ф. 9. Оп. 36. Д. З. Л. 4.", "36", "3", "4"),
])
def test_ocr_lookalikes_in_cyrillic_labels_and_numbers(text, opis, delo, folios):
    [c] = parse_citations(text)
    assert (c.opis, c.delo, c.folios) == (opis, delo, folios)


@pytest.mark.parametrize("text,cyrillic,latin", [
    ("ГАРФ. Ф. 374. 0п. 28. Д. 4. Л. 9 0б.", "ГАРФ. Ф. 374. Оп. 28. Д. 4. Л. 9 об.", "GARF. F. 374. Op. 28. D. 4. L. 9 ob."),
    ("РГАЭ, ф. 4372, 0п. 30, д. 95, л. 2 0б.", "РГАЭ, ф. 4372, оп. 30, д. 95, л. 2 об.", "RGAE, f. 4372, op. 30, d. 95, l. 2 ob."),
    ("GARF, f. 5446, 0p. 2, d. 9, l. 1.", "ГАРФ, ф. 5446, оп. 2, д. 9, л. 1.", "GARF, f. 5446, op. 2, d. 9, l. 1."),
])
def test_convert_writes_an_ocr_label_as_the_label(text, cyrillic, latin):
    assert convert(text, "cyrillic").text == cyrillic
    assert convert(text, "alalc").text == latin


@pytest.mark.parametrize("text,archive", [
    ("РГАЭ . Ф . 8040 . Оп . 8 . Д . 12 . Л . 4 .", "RGAE"),
    ("RGANI , f . 5 , op . 30 , d . 141 , l . 8 .", "RGANI"),
    ("ГАРФ. Ф . Р-5446. Оп . 1. Д . 9. Л . 2 об.", "GARF"),
])
def test_a_space_before_a_labels_period(text, archive):
    [c] = parse_citations(text)
    assert c.archive_current == archive and None not in (c.fond, c.opis, c.delo, c.folios)


@pytest.mark.parametrize("text,archive", [
    ("РГ АЭ. Ф. 8040. Оп. 8. Д. 12. Л. 4.", "RGAE"),
    ("RGA SPI, f. 17, op. 3, d. 5, l. 1.", "RGASPI"),
    ("РГАН И. Ф. 5. Оп. 30. Д. 141. Л. 8.", "RGANI"),
])
def test_a_space_inside_an_acronym(text, archive):
    [c] = parse_citations(text)
    assert c.archive_current == archive
    assert any("a space inside the acronym" in n for n in c.notes)


@pytest.mark.parametrize("text", ["RGIA DV, f. 2, op. 1, d. 5, l. 3.", "GANO SO, f. 4, op. 2, d. 9.",
                                  "TsGALI SPb, f. 1, op. 3, d. 4."])
def test_two_acronyms_are_not_taken_for_one_broken_acronym(text):
    [c] = parse_citations(text)
    assert c.archive_current is None


# lists and ranges of leaves and files -----------------------------------------------------------------

@pytest.mark.parametrize("text,folios", [
    ("RGAE, f. 7486, op. 37, d. 40, ll. 2-3 and 9.", "2-3, 9"),
    ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 8. Л. 4 и 7 об.", "4, 7v"),
    ("RGASPI, f. 74, op. 2, d. 38, ll. 5, 8 and 11.", "5, 8, 11"),
])
def test_a_list_of_leaves_goes_on_after_and(text, folios):
    [c] = parse_citations(text)
    assert c.folios == folios


def test_a_leaf_and_a_date_are_not_one_list():
    [c] = parse_citations("RGASPI, f. 17, op. 3, d. 5, l. 4 and 12 March 1930 saw the vote.")
    assert c.folios == "4"


@pytest.mark.parametrize("text,cyrillic", [
    ("RGAE, f. 7486, op. 37, d. 40, ll. 2-3 and 9.", "лл. 2-3 и 9"),
    ("RGASPI, f. 74, op. 2, d. 38, ll. 5, 8 and 11.", "лл. 5, 8 и 11"),
    ("TsDAHO, f. 1, op. 20, spr. 6, ark. 3 and 5.", "арк. 3 і 5"),
])
def test_convert_writes_the_joining_word_of_a_leaf_list_in_the_target(text, cyrillic):
    out = convert(text, "cyrillic").text
    assert cyrillic in out and "and" not in out


@pytest.mark.parametrize("text,delo", [
    ("RGASPI, f. 17, op. 120, dd. 12, 14, 19.", "12, 14, 19"),
    ("ГАРФ. Ф. Р-8131. Оп. 37. Дд. 80, 81.", "80, 81"),
    ("RGVA, f. 4, op. 14, files 1022, 1024.", "1022, 1024"),
])
def test_a_list_of_files_after_a_plural_label(text, delo):
    [c] = parse_citations(text)
    assert c.delo == delo


@pytest.mark.parametrize("text,delo", [
    ("GARF, f. 5446, op. 1, d. 55, 1933.", "55"),          # a year after a file is no file
    ("GARF, f. 5446, op. 1, dd. 55, 1933.", "55"),
    ("RGASPI, f. 17, op. 3, d. 9, 12 March.", "9"),        # a singular label takes no list
])
def test_no_list_of_files_from_a_year_or_a_singular_label(text, delo):
    [c] = parse_citations(text)
    assert c.delo == delo


@pytest.mark.parametrize("text,ends", [
    ("RGAE, f. 7486, op. 37, d. 49, l. 120 to d. 50, l. 8.", [("49", "120"), ("50", "8")]),
    ("GARF, f. R-5446, op. 2, d. 3, l. 40 through d. 5, l. 2.", [("3", "40"), ("5", "2")]),
    ("RGVA, f. 9, op. 3, d. 7, l. 5 – d. 8, l. 1.", [("7", "5"), ("8", "1")]),
])
def test_a_range_from_a_leaf_of_one_file_to_another_is_its_two_ends(text, ends):
    cs = parse_citations(text)
    assert [(c.delo, c.folios) for c in cs] == ends
    assert cs[1].fond == cs[0].fond and cs[1].opis == cs[0].opis


@pytest.mark.parametrize("text", [
    "RGAE, f. 7486, op. 37, d. 49, l. 120 to d. 50, l. 8.",
    "TsA FSB, f. 2, op. 4, d. 12, l. 3 to d. 14, l. 9.",
    "GARF, f. R-5446, op. 2, d. 3, l. 40 and d. 5, l. 2.",
])
def test_the_reader_keeps_the_word_between_two_citations(text):
    out = to_cyrillic(text).text
    assert " то " not in out and " анд " not in out
    assert len(parse_citations(out)) == 2


# an unknown archive's name in any romanization -----------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("TsDNI Krasnodarskogo kraya, f. 1, op. 2, d. 3, l. 4.", "TsDNI Krasnodarskogo kraya"),
    ("GA Stavropol'skogo kraâ, f. 1, op. 2, d. 3, l. 4.", "GA Stavropol'skogo kraâ"),
    ("TsDNI Krasnodarskogo krai͡a, f. 8, op. 1, d. 10, l. 4.", "TsDNI Krasnodarskogo krai͡a"),
])
def test_an_unknown_archives_function_words_in_another_romanization(text, name):
    [c] = parse_citations(text)
    assert c.archive_cited == name and c.archive_current is None


# published document collections cited with the archive's provenance -----------------------------------------

@pytest.mark.parametrize("text,parts", [
    ("Quoted in Sovetskoe rukovodstvo. Perepiska, t. 1, s. 88 (RGASPI, f. 558, op. 11, d. 34, l. 2).",
     ("RGASPI", "558", "11", "34", "2", None)),
    ("Трагедия советской деревни. Т. 5. Кн. 1. С. 44 (ЦА ФСБ. Ф. 3. Оп. 4. Д. 152. Л. 5).",
     ("TsA FSB", "3", "4", "152", "5", None)),
    ("Stalinskoe Politbiuro v 30-e gody, doc. 17, p. 60, from APRF, f. 3, op. 24, d. 256, l. 1.",
     ("APRF", "3", "24", "256", "1", None)),
])
def test_a_document_collections_volume_and_page_are_no_part_of_the_archival_citation(text, parts):
    [c] = parse_citations(text)
    assert (c.archive_current, c.fond, c.opis, c.delo, c.folios, c.tom) == parts


# citations in the footnotes of a Word document ----------------------------------------------------------------

def test_citations_in_word_footnotes_are_converted_whole(tmp_path):
    """`translit convert --in x.docx`: citations in footnotes, split across runs, with no-break
    spaces, a soft hyphen and a Smolensk file mark, come out with every part, in each target."""
    import subprocess
    import sys

    import docx
    from test_documents import ITALIC, _attach_notes, _parts, _paragraph_texts

    d = docx.Document()
    d.add_paragraph("The famine of 1932 is well documented.")
    _attach_notes(d, "footnotes", [
        [(" Cited in ", ""), ("Tragediia sovetskoi derevni", ITALIC), (", t. 3, s. 12 (RGAE, f. 8040, op. 8, d. 5, ll. 6", ""),
         ("–", ""), ("7).", "")],
        [(" WKP 461, l. 4 ob.; Smolensk Archive, WKP 462, ll. 1-2.", "")],
        [(" GARF, f.\u00a0R-5446, op.\u00a01, d.\u00a070; RGA\u00adSPI, f. 82, op. 2, d. 9, l. 3.", "")],
        [(" ГАРФ. Ф. 374. 0п. 28. Д. 4. Л. 9 0б.", "")],
    ])
    src = tmp_path / "notes.docx"
    d.save(str(src))
    before = [t for t in _paragraph_texts(_parts(src)["word/footnotes.xml"]) if t]
    want = [[c.fields() for c in parse_citations(t)] for t in before]
    assert [len(w) for w in want] == [1, 2, 2, 1]
    for to in ("cyrillic", "alalc"):
        out = tmp_path / f"notes-{to}.docx"
        subprocess.run([sys.executable, "-m", "translit", "convert", "--to", to, "--in", str(src), "--out", str(out)],
                       check=True, capture_output=True)
        after = [t for t in _paragraph_texts(_parts(out)["word/footnotes.xml"]) if t]
        assert [[c.fields() for c in parse_citations(t)] for t in after] == want
        assert all("WKP" in t for t in after[1:2]) and "ВКП" not in after[1]
    cyr = [t for t in _paragraph_texts(_parts(tmp_path / "notes-cyrillic.docx")["word/footnotes.xml"]) if t]
    assert "ГАРФ. Ф. 374. Оп. 28. Д. 4. Л. 9 об." in cyr[3]
    assert "WKP 461, л. 4 об." in cyr[1]


@pytest.mark.parametrize("text", ["RGAE, f. 7486, op. 37, dd. 49, 51, l. 4", "ГАРФ. Ф. 5. Оп. 1. Дд. 80, 81.",
                                  "Smolensk Archive, WKP 12, ll. 3 and 9", "WKP 7"])
@pytest.mark.parametrize("style", ["english", "gost", "chicago"])
def test_lists_and_file_marks_read_back_from_every_style(text, style):
    c = parse_citation(text)
    [again] = parse_citations(c.format(style))
    assert again.fields() == c.fields()


@pytest.mark.parametrize("text,cyrillic", [
    ("RGAE, f. 7486, op. 37, dd. 49, 51, l. 4.", "дд. 49, 51"),
    ("RGVA, f. 4, op. 14, dd. 1022, 1024.", "дд. 1022, 1024"),
    ("GARF, f. R-5446, op. 1, dd. 12-14.", "дд. 12-14"),
])
def test_convert_writes_a_plural_file_label(text, cyrillic):
    out = convert(text, "cyrillic").text
    assert cyrillic in out
    [c] = parse_citations(out)
    assert c.fields() == parse_citation(text).fields()
