"""Issue 12, twelfth citation round: the registry's regional and republican archives (Ukraine,
Belarus, Moldova, Central Asia, St Petersburg, Perm, Novosibirsk), an archive named after its
reference ("f. 17, op. 3, d. 5 (RGASPI)"), and an archive the registry does not know named there.
Every input is written for these tests, not taken from a benchmark part."""

from __future__ import annotations

import pytest

from translit.archives import archives, resolve
from translit.archives.citation import parse_citation, parse_citations


def _one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


# --- 1. registry coverage -------------------------------------------------------------------

@pytest.mark.parametrize("written, current, cited", [
    ("ЦДІАК України", "TsDIAK", "TsDIAK"),
    ("TsDIA URSR", "TsDIAK", "TsDIA URSR"),
    ("ЦДІАЛ", "TsDIAL", "TsDIAL"),
    ("Tsentral'nyi gosudarstvennyi istoricheskii arkhiv UkrSSR v g. L'vove", "TsDIAL", "TsDIA-L"),
    ("TsDAMLM URSR", "TsDAMLM", "TsDAMLM URSR"),
    ("ЦДКФФА України", "TsDKFFA", "TsDKFFA"),
    ("Державний архів Одеської області", "DAOO", "DAOO"),
    ("Derzhavnyi arkhiv Kharkivs'koi oblasti", "DAKhO", "DAKhO"),
    ("ЛГИА", "TsGIA SPb", "LGIA"),
    ("GIALO", "TsGIA SPb", "GIALO"),
    ("НИАБ", "NIAB", "NIAB"),
    ("NIAB v Grodno", "NIAB Grodno", "NIAB Grodno"),
    ("ГОПАПО", "PermGASPI", "GOPAPO"),
    ("ЦГА РУз", "TsGA RUz", "TsGA RUz"),
    ("Arhiva Organizațiilor Social-Politice a Republicii Moldova", "AOSPRM", "AOSPRM"),
])
def test_new_rows_resolve_by_every_name(written, current, cited):
    m = resolve(written)
    assert m is not None and m.archive.id == current and m.cited.acronym == cited


@pytest.mark.parametrize("text, current, labels", [
    ("ДАЛО, ф. Р-2042, оп. 1, спр. 77, арк. 5 зв.", "DALO", ("R-2042", "1", "77", "5v")),
    ("TsDIAK Ukraïny, f. 442, op. 1, spr. 5310, ark. 12.", "TsDIAK", ("442", "1", "5310", "12")),
    ("Ф. 1728. Оп. 1. Д. 9. Л. 3 (ЦГИА СПб).", "TsGIA SPb", ("1728", "1", "9", "3")),
    ("NIAB, f. 1416, op. 2, d. 23, l. 8ob.", "NIAB", ("1416", "2", "23", "8v")),
])
def test_new_rows_in_citations(text, current, labels):
    c = _one(text)
    assert c.archive_current == current
    assert (c.fond, c.opis, c.delo, c.folios) == labels


@pytest.mark.parametrize("text, written", [
    ("GANO, f. P-4, op. 1, d. 12, l. 3.", "GANO"),
    ("ГАПК. Ф. Р-1. Оп. 2. Д. 77. Л. 4.", "ГАПК"),
    ("GAMO, f. 3, op. 1, d. 5.", "GAMO"),
])
def test_shared_acronym_alone_stays_unknown(text, written):
    """An acronym several regions' archives share (acronym_alone = false) does not pick one of
    them: it is kept as written, and the parts are read."""
    c = _one(text)
    assert c.archive_cited == written and c.archive_current is None
    assert c.fond and c.opis and c.delo


@pytest.mark.parametrize("text, current", [
    ("GANO (Novosibirsk), f. P-4, op. 1, d. 12.", "GANO"),
    ("Государственный архив Пермского края, ф. Р-1, оп. 2, д. 77.", "GAPK"),
    ("GAPO (Perm), f. R-1, op. 1, d. 5.", "GAPK"),
])
def test_shared_acronym_named_with_its_city_or_in_full(text, current):
    assert _one(text).archive_current == current


def test_every_row_has_a_source_and_country():
    for arc in archives():
        assert arc.source.strip(), arc.id
        assert arc.country.strip(), arc.id


# --- 2. the archive named after the reference -------------------------------------------------

@pytest.mark.parametrize("text, current, parts", [
    ("see f. 558, op. 11, d. 712, l. 3 (RGASPI)", "RGASPI", ("558", "11", "712", "3")),
    ("ф. Р-9401, оп. 2, д. 64, л. 7 (ГАРФ).", "GARF", ("R-9401", "2", "64", "7")),
    ("fond 3, opis 61, delo 549, AP RF.", "APRF", ("3", "61", "549", None)),
    ("f. 7733, op. 36, d. 4 [now RGAE], l. 9", "RGAE", ("7733", "36", "4", "9")),
    ("a report of 1931 (f. 1235, op. 1, d. 16, in GARF) was never sent", "GARF", ("1235", "1", "16", None)),
])
def test_archive_after_the_reference(text, current, parts):
    c = _one(text)
    assert c.archive_current == current
    assert (c.fond, c.opis, c.delo, c.folios) == parts
    assert "archive named after the reference" in c.notes
    assert c.unparsed == [] or c.unparsed == ["in"]


def test_archive_after_the_reference_takes_its_brackets_into_the_span():
    text = "f. 17, op. 3, d. 5 (RGASPI); more later"
    c = _one(text)
    assert c.text == "f. 17, op. 3, d. 5 (RGASPI)" and c.unparsed == []


@pytest.mark.parametrize("text", [
    "f. 1, op. 2, d. 3, RGASPI, f. 17, op. 3, d. 4",
    "ф. 1, оп. 2, д. 3. ГАРФ. Ф. 5, оп. 1, д. 2.",
    "f. 9, op. 1, d. 4; RGAE, f. 7733, op. 36, d. 4",
])
def test_an_archive_that_opens_the_next_citation_is_not_taken_back(text):
    first, second = parse_citations(text)
    assert first.archive_current is None and first.archive_cited is None
    assert second.archive_current is not None and second.fond in ("17", "5", "7733")


def test_a_named_archive_before_wins_over_one_after():
    c = parse_citations("GARF, f. 1, op. 2, d. 3 (RGASPI copy)")[0]
    assert c.archive_current == "GARF"


# --- 3. an archive the registry does not know --------------------------------------------------

@pytest.mark.parametrize("text, written, parts", [
    ("GAYaO, f. R-2, op. 1, d. 9, l. 4.", "GAYaO", ("R-2", "1", "9", "4")),
    ("f. 12, op. 3, d. 4, l. 5 (GAYaO)", "GAYaO", ("12", "3", "4", "5")),
    ("ф. П-1, оп. 2, спр. 3 (ДАЗО)", "ДАЗО", ("P-1", "2", "3", None)),
    ("fond 7, opis 1, delo 9, list 2, TsGAUR.", "TsGAUR", ("7", "1", "9", "2")),
    ("ф. 5, оп. 1, д. 12 (ЦГА РТ), л. 4", "ЦГА РТ", ("5", "1", "12", "4")),
    ("f. 2, op. 1, d. 8 (State Archive of Tver Oblast).", "State Archive of Tver Oblast", ("2", "1", "8", None)),
])
def test_unknown_archive_kept_as_written(text, written, parts):
    c = _one(text)
    assert c.archive_cited == written and c.archive_current is None
    assert (c.fond, c.opis, c.delo, c.folios) == parts
    assert any("not in the registry" in n for n in c.notes)


@pytest.mark.parametrize("text", [
    "f. 1, op. 2, d. 3 (USSR)",
    "f. 1, op. 2, d. 3, l. 4, Moscow.",
    "f. 1, op. 2, d. 3 (NKVD), l. 6",
])
def test_words_after_a_reference_that_name_no_archive(text):
    c = _one(text)
    assert c.archive_cited is None and c.fond == "1" and c.delo == "3"


@pytest.mark.parametrize("text", [
    "f. 1, op. 2, d. 3 (", "d. 3 ()", "f. 1, op. 2, d. 3 (\u0301)", "f. 1, op. 2, d. 3, ,", "(RGASPI) f. 1, op. 2, d. 3 [",
    "f. 1, op. 2, d. 3 (RGASPI", "ф. 1, оп. 2, д. 3 (ДАЗО\U0001F600)",
])
def test_odd_text_after_a_reference_is_not_lost(text):
    c = parse_citation(text)
    assert c.text == text
    if c.is_citation:
        assert c.delo == "3"
    else:
        assert c.unparsed == [text.strip()]


@pytest.mark.parametrize("text, written", [
    ("Государственный архив Пермского края (ГАПК). Ф. Р-1. Оп. 3. Д. 40. Л. 2.", "ГАПК"),
    ("State Archive of Novosibirsk Oblast (GANO), f. R-1020, op. 1, d. 3.", "GANO"),
    ("Gosudarstvennyi arkhiv Permskoi oblasti [GAPO], f. 1, op. 1, d. 7.", "GAPO"),
])
def test_a_shared_acronym_in_brackets_after_its_own_full_name_is_read(text, written):
    """Beside the archive's full name, a shared acronym is that archive's: the citation keeps it as
    the name cited, and nothing is left unparsed."""
    c = _one(text)
    assert c.archive_cited == written and c.archive_current in ("GANO", "GAPK") and c.unparsed == []
