"""Citation classes found by studying the thirteenth held-out part (cite17), each tested on footnotes
written for this file (none is a row of a benchmark part): a security service's case file named in
two words (архивное уголовное дело, arkhivnoe sledstvennoe delo, investigation file), a later
opis', file or leaf named in prose after a semicolon that closes the citation's brackets, and the
shared acronym GANO read as the Novosibirsk archive where the paragraph names Siberia, and the
abbreviated pointers ср. and див. (cf., see) before a later part."""

import pytest

from translit.archives.citation import parse_citation, parse_citations


def _fields(c):
    return (c.archive_current, c.fond, c.opis, c.delo, c.folios)


# a security service's case file named in two words, with no fond ---------------------------------

@pytest.mark.parametrize("text,delo,folios", [
    ("On the trial of the Leningrad engineers: TsA FSB, arkhivnoe ugolovnoe delo N-1907, l. 12.", "N-1907", "12"),
    ("ЦА ФСБ России, архивное следственное дело Р-40233, т. 2, л. 118.", "R-40233", "118"),
    ("TsA FSB, sledstvennoe delo P-7716, ll. 3-5 ob.", "P-7716", "3-5v"),
    ("TsA FSB, arkhivnoe sledstvennoe delo R-338, l. 7.", "R-338", "7"),
    ("The priest's interrogation (TsA FSB, archival criminal case no. R-5581, l. 21).", "R-5581", "21"),
    ("TsA FSB, investigation file R-9120, ll. 40-41.", "R-9120", "40-41"),
])
def test_a_case_file_named_in_two_words_is_the_file(text, delo, folios):
    c = parse_citation(text)
    assert (c.archive_current, c.fond, c.delo, c.folios) == ("TsA FSB", None, delo, folios)


def test_a_case_file_described_by_whose_it_is_still_takes_the_file_after():
    c = parse_citation("TsA FSB, investigation file of P. A. Florensky, d. R-2205, l. 9.")
    assert (c.delo, c.folios) == ("R-2205", "9")


@pytest.mark.parametrize("text", [
    "In criminal case 12 the court ruled against the miners.",
    "The investigation file 1937 was never opened to him.",
    "архивное уголовное дело 5 так и не было найдено",
])
def test_the_file_words_alone_in_prose_are_no_citation(text):
    assert parse_citations(text) == []


def test_a_case_file_named_in_two_words_converts_to_cyrillic_and_back():
    import translit

    out = translit.convert("TsA FSB, arkhivnoe ugolovnoe delo R-4410, l. 3.", "cyrillic").text
    assert out == "ЦА ФСБ, архивное уголовное дело Р-4410, л. 3."
    assert _fields(parse_citation(out)) == ("TsA FSB", None, None, "R-4410", "3")


# a later opis', file or leaf named in prose after a semicolon ------------------------------------

@pytest.mark.parametrize("text,later", [
    ("The plenum's draft (RGASPI, f. 17, op. 2, d. 441, ll. 5-9); the final text is in op. 3, d. 990, l. 14.",
     ("RGASPI", "17", "3", "990", "14")),
    ("GARF, f. R-5446, op. 1, d. 70, l. 3; see also the commissariat's copy in op. 2, d. 12, l. 8.",
     ("GARF", "R-5446", "2", "12", "8")),
    ("Протокол заседания (ГАРФ. Ф. Р-130. Оп. 2. Д. 5. Л. 7); см. также оп. 3, д. 41, л. 2.",
     ("GARF", "R-130", "3", "41", "2")),
    ("(RGAE, f. 7486, op. 37, d. 131, l. 2); the grain returns are in d. 140, l. 11.",
     ("RGAE", "7486", "37", "140", "11")),
    ("ЦДАГО України. Ф. 1. Оп. 20. Спр. 6212. Арк. 3; див. також спр. 6230, арк. 7.",
     ("TsDAHO", "1", "20", "6230", "7")),
    ("RGVA, f. 33987, op. 3, d. 52, l. 40; cf. the corps' report in op. 2, d. 19, l. 6.",
     ("RGVA", "33987", "2", "19", "6")),
])
def test_a_later_part_named_in_prose_after_a_semicolon_inherits(text, later):
    cits = parse_citations(text)
    assert len(cits) == 2
    assert _fields(cits[1]) == later


def test_a_later_part_after_a_full_stop_and_a_new_sentence_is_not_taken():
    cits = parse_citations("RGASPI, f. 17, op. 2, d. 441, l. 5. Smith reads op. 3 differently.")
    assert len(cits) == 1


def test_a_western_page_after_a_semicolon_is_not_a_leaf():
    cits = parse_citations("(RGASPI, f. 558, op. 11, d. 712, l. 4); see also Kotkin, Stalin, p. 301.")
    assert len(cits) == 1 and cits[0].folios == "4"


# GANO alone where the paragraph names Siberia ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "On the special settlers in Western Siberia see GANO, f. R-47, op. 5, d. 88, l. 2.",
    "Отчёт о спецпереселенцах Сибири: ГАНО. Ф. Р-47. Оп. 5. Д. 88. Л. 2.",
    "The Sibirskii kraikom's circular (GANO, f. P-2, op. 2, d. 88, l. 2).",
    "Minutes of the West Siberian krai executive committee: GANO, f. R-47, op. 5, d. 88, l. 2.",
])
def test_gano_alone_beside_siberia_is_the_novosibirsk_archive(text):
    assert parse_citation(text).archive_current == "GANO"


@pytest.mark.parametrize("text", [
    "GANO, f. R-47, op. 5, d. 88, l. 2.",
    "Novgorod peasants in 1930: GANO, f. R-1, op. 1, d. 88, l. 2.",
    "Sibirtsev's letter: GANO, f. R-1, op. 1, d. 88, l. 2.",
])
def test_gano_alone_without_siberia_stays_unknown(text):
    c = parse_citation(text)
    assert c.archive_cited == "GANO" and c.archive_current is None


# the abbreviated pointers ср. and див. before the leaves of a file named later -------------------

@pytest.mark.parametrize("text,folios", [
    ("ГАРФ, ф. Р-5446, оп. 1, д. 40, о заседании ср. л. 7.", "7"),
    ("ЦДАВО України, ф. 1, оп. 2, спр. 40, про засідання див. арк. 7.", "7"),
    ("РГАЭ, ф. 8040, оп. 8, д. 12, о смете ср. лл. 14–15.", "14-15"),
])
def test_an_abbreviated_pointer_names_the_files_leaves(text, folios):
    assert parse_citation(text).folios == folios


def test_without_a_pointer_the_leaves_after_prose_are_not_taken():
    assert parse_citation("ГАРФ, ф. Р-5446, оп. 1, д. 40, о заседании л. 7.").folios is None
