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
