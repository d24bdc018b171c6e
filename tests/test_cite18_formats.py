"""cite18: what a re-formatted or converted citation writes, classes the found/fields benchmark did
not see (every input here is the session's own, none copied from a benchmark file).

- Chicago style writes a predecessor under its own full name: its English name, else its Russian
  name in ALA-LC without diacritics, else the acronym alone, never its successor's English name
  (TsGADA SSSR is not the Russian State Archive of Ancient Acts);
- several files (a list or a range of numbers) take the plural label (dd. 7-9), and GOST writes
  the range with a dash as it does leaves; a file number with a letter prefix or suffix is one file;
- an archive outside the registry is written in the style's script (GOST in Cyrillic, english and
  chicago in Latin): acronyms letter by letter, names in words read or romanized, English names as
  written;
- ``convert`` writes an acronym outside the registry, in the archive's place of a citation with an
  opis', in the target's script (GATO → ГАТО), an English gloss after it as written.
"""

from __future__ import annotations

import re

import pytest

from translit.archives.citation import parse_citations
from translit.archives.rewrite import citation_edits

CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")


def one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


def convert(text: str, to: str) -> str:
    """``text`` with the citation marks ``citation_edits`` gives written in (the reader's part left)."""
    out, at = [], 0
    for e in citation_edits(text, to):
        out += [text[at:e.start], e.output]
        at = e.end
    return "".join(out) + text[at:]


# --- Chicago: a predecessor's own full name ------------------------------------------------

@pytest.mark.parametrize("text, full", [
    ("TsGADA SSSR, f. 210, op. 1, d. 5.", "Tsentral'nyi gosudarstvennyi arkhiv drevnikh aktov SSSR (TsGADA SSSR)"),
    ("TsGAKA, f. 1, op. 2, d. 3.", "Tsentral'nyi gosudarstvennyi arkhiv Krasnoi armii (TsGAKA)"),
    ("ЦА КГБ СССР, ф. 1, оп. 2, д. 3.", "Tsentral'nyi arkhiv KGB SSSR (TsA KGB SSSR)"),
])
def test_chicago_predecessor_without_english_name_is_not_given_its_successors(text, full):
    c = one(text)
    assert c.archive_current is not None and c.archive_cited
    out = c.format("chicago")
    assert out.startswith(full + ", f. ")
    assert c.archive_name_en not in out  # the current archive's English name is not this one's


def test_chicago_predecessor_without_any_full_name_is_its_acronym():
    c = one("TsPA IMELS, f. 17, op. 1, d. 3.")
    assert c.format("chicago") == "TsPA IMELS, f. 17, op. 1, d. 3."
    assert c.format("chicago", archive="current").startswith("Russian State Archive of Socio-Political History (RGASPI)")


def test_chicago_keeps_a_predecessors_own_english_name_and_the_current_names():
    assert one("TsKhSD, f. 5, op. 30, d. 1.").format("chicago").startswith(
        "Center for the Preservation of Contemporary Documentation (TsKhSD), ")
    assert one("RGIA, f. 1, op. 2, d. 3.").format("chicago").startswith("Russian State Historical Archive (RGIA), ")


def test_chicago_does_not_repeat_a_name_in_words_as_its_acronym():
    out = one("Smolensk Archive, WKP 186, l. 3.").format("chicago")
    assert out.count("Smolensk Archive") == 1, out


# --- several files ------------------------------------------------------------------------

@pytest.mark.parametrize("text, english, gost", [
    ("GARF, f. R-1235, op. 2, dd. 7–9.", "dd. 7-9", "Дд. 7–9"),
    ("РГАЭ, ф. 1562, оп. 329, д. 40–41.", "dd. 40-41", "Дд. 40–41"),
    ("RGASPI, f. 82, op. 2, dd. 148a-150.", "dd. 148a-150", "Дд. 148а–150"),
    # one file with a lettered number: the singular label
    ("TsA FSB, d. R-12345, l. 2.", "d. R-12345", "Д. Р-12345"),
    ("HDA SBU, f. 6, spr. 6812-FP, ark. 4.", "spr. 6812-FP", "Спр. 6812-ФП"),
    ("GARF, f. 102, op. 3-os, d. 7, l. 1.", "d. 7", "Д. 7"),
])
def test_several_files_take_the_plural_label_and_one_file_the_singular(text, english, gost):
    c = one(text)
    assert english in c.format("english") and english in c.format("chicago")
    assert gost in c.format("gost")
    several = english.startswith("dd.")
    assert ("dd." in c.format("english")) == several and ("Дд." in c.format("gost")) == several


# --- an archive outside the registry, in the style's script --------------------------------

@pytest.mark.parametrize("text, gost_name", [
    ("GAOO, f. R-2, op. 1, d. 3, l. 4.", "ГАОО"),
    ("GAVO (State Archive of Vladimir Oblast), f. 1, op. 2, d. 3.", "ГАВО"),
    ("Gosudarstvennyi arkhiv Kurskoi oblasti, f. 1, op. 2, d. 3, l. 4 ob.", "Государственный архив Курской области"),
])
def test_gost_writes_an_unregistered_latin_name_in_cyrillic(text, gost_name):
    c = one(text)
    assert c.archive_current is None
    out = c.format("gost")
    assert out.startswith(gost_name + ". Ф. ")
    assert not LATIN.search(out), out


@pytest.mark.parametrize("text, name", [
    ("ГАСО. Ф. Р-88. Оп. 1. Д. 5. Л. 6.", "GASO"),
    ("ДАЖО. Ф. Р-1. Оп. 2. Спр. 3. Арк. 4.", "DAZhO"),
    ("Государственный архив Тверской области, ф. 2, оп. 3, д. 4.", "Gosudarstvennyi arkhiv Tverskoi oblasti"),
])
def test_latin_styles_write_an_unregistered_cyrillic_name_in_latin(text, name):
    c = one(text)
    assert c.archive_current is None
    for style in ("english", "chicago"):
        out = c.format(style)
        assert out.startswith(name + ", f. ")
        assert not CYRILLIC.search(out), out


@pytest.mark.parametrize("name", ["State Archive of Orel Oblast", "Archiwum Akt Nowych", "Bundesarchiv Koblenz"])
def test_an_unregistered_name_in_english_or_another_language_stays_as_written_in_gost(name):
    """Only a romanized Russian, Ukrainian or Belarusian name (with its arkhiv, arkhyv, tsentr) is
    read into Cyrillic: a Polish or German one is not Russian read letter by letter."""
    c = one(f"{name}, f. 3, op. 1, d. 2.")
    assert c.archive_current is None
    assert c.format("gost") == f"{name}. Ф. 3. Оп. 1. Д. 2."


@pytest.mark.parametrize("text, gost_name", [
    ("TsDNI Tomskoi oblasti, f. 80, op. 1, d. 12.", "ЦДНИ Томской области"),
    ("GASPI Kurskoi oblasti, f. P-1, op. 1, d. 4.", "ГАСПИ Курской области"),
    ("TsGA UR, f. 1, op. 2, d. 3.", "ЦГА УР"),
])
def test_gost_reads_an_unregistered_acronym_and_the_words_beside_it(text, gost_name):
    c = one(text)
    assert c.archive_current is None
    assert c.format("gost").startswith(gost_name + ". Ф. ")


def test_gost_reads_an_unregistered_romanized_name_with_an_archive_word():
    out = one("Tsentr dokumentatsii noveishei istorii Tomskoi oblasti, f. 1, op. 2, d. 3.").format("gost")
    assert out == "Центр документации новейшей истории Томской области. Ф. 1. Оп. 2. Д. 3."


# --- convert: an acronym outside the registry in a citation --------------------------------

@pytest.mark.parametrize("text, want", [
    ("See GAOO, f. R-2, op. 1, d. 3, l. 4.", "See ГАОО, ф. Р-2, оп. 1, д. 3, л. 4."),
    ("On the famine see GAVO (State Archive of Vladimir Oblast), f. 1, op. 2, d. 3.",
     "On the famine see ГАВО (State Archive of Vladimir Oblast), ф. 1, оп. 2, д. 3."),
    ("GAChO, f. R-274, op. 1, d. 12.", "ГАЧО, ф. Р-274, оп. 1, д. 12."),
    ("GAYaO, f. R-2, op. 1, d. 9.", "ГАЯО, ф. Р-2, оп. 1, д. 9."),  # the BGN digraph of я
])
def test_convert_writes_an_unregistered_acronym_in_cyrillic(text, want):
    assert convert(text, "cyrillic") == want


@pytest.mark.parametrize("text, to, want", [
    ("ГАСО, ф. Р-88, оп. 1, д. 5.", "alalc", "GASO, f. R-88, op. 1, d. 5."),
    ("ГАЯО. Ф. Р-1. Оп. 2. Д. 3.", "bgn-pcgn", "GAYaO. F. R-1. Op. 2. D. 3."),
    ("ГАКО (State Archive of Kaluga Oblast), ф. 1, оп. 2, д. 3.", "alalc",
     "GAKO (State Archive of Kaluga Oblast), f. 1, op. 2, d. 3."),
])
def test_convert_writes_an_unregistered_cyrillic_acronym_in_the_scheme(text, to, want):
    assert convert(text, to) == want


def test_convert_leaves_capitals_outside_a_citation_with_an_opis():
    text = "NASA, f. 3, p. 4."  # no opis': not a post-Soviet archive's place
    assert convert(text, "cyrillic").startswith("NASA")


# --- the note on a shared acronym alone ----------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("GANO, f. P-4, op. 34, d. 12.", "Novosibirsk"),
    ("ГАПК. Ф. Р-1. Оп. 1. Д. 1.", "Perm'"),
    ("See GAPO, f. 1, op. 2, d. 3.", "Perm'"),
])
def test_a_shared_acronym_alone_is_noted_as_shared_not_as_unknown(text, place):
    c = one(text)
    assert c.archive_current is None
    assert "several archives share" in c.notes[0] and place in c.notes[0]
    assert not any("not in the registry" in n for n in c.notes)


def test_an_unknown_acronym_is_still_noted_as_not_in_the_registry():
    assert one("GATO, f. R-9, op. 1, d. 2.").notes[0] == "archive 'GATO' is not in the registry"
