"""cite28: the classes of failure found studying citations_heldout19.txt, each tested on inputs that are
not the held-out rows: a country word after an acronym that names another country's archive (TsGIA RB is
no spelling of TsGIA SSSR), a fond's named subdivision and the fond's name in brackets between two parts
(Belgorodskii stol, sekr. arkhiv), and the parent-first acronym of the Academy archive's branch (ARAN SPbF).
The real registry and label tables."""

import pytest

from translit.archives.citation import parse_citations


def one(text: str):
    cits = parse_citations(text)
    assert len(cits) == 1, cits
    return cits[0]


# --- a country word naming another country's archive ------------------------------------------------

@pytest.mark.parametrize("text, cited", [
    ("Ufa's holdings: TsGIA RB, f. 9, op. 1, d. 44, l. 7.", "TsGIA RB"),
    ("ЦГИА РБ, ф. 11, оп. 2, д. 5, л. 3.", "ЦГИА РБ"),
    ("On the Kyiv strike see TsGAOR Ukrainy, f. 5, op. 1, d. 8.", "TsGAOR Ukrainy"),
    ("TsGALI RB, f. 2, op. 1, d. 30, ll. 4-6.", "TsGALI RB"),
])
def test_country_word_of_another_country_is_another_archive(text, cited):
    c = one(text)
    assert c.archive_current is None  # not RGIA, GARF, RGALI through their Soviet predecessors
    assert c.archive_cited == cited
    assert c.fond and c.delo


@pytest.mark.parametrize("text, current", [
    ("RGVA SSSR, f. 1, op. 2, d. 3.", "RGVA"),
    ("TsA FSB Rossii, f. 3, op. 4, d. 5.", "TsA FSB"),
    ("TsDIAK Ukrainy, f. 127, op. 1, d. 6.", "TsDIAK"),
    ("NA RB, f. 4, op. 1, d. 2.", "NARB"),
    ("RGASPI RF, f. 17, op. 3, d. 9.", "RGASPI"),
])
def test_country_word_of_the_archives_own_country_is_kept(text, current):
    assert one(text).archive_current == current


# --- named subdivisions and a bracketed fond name between two parts ----------------------------------

@pytest.mark.parametrize("text, want", [
    ("RGADA, f. 210, Moskovskii stol, stb. 402, ll. 17-19.", {"fond": "210", "folios": "17-19"}),
    ("РГАДА. Ф. 210. Севский стол. Стб. 56. Л. 3–4.", {"fond": "210", "folios": "3-4"}),
    ("GARF, f. 109, Sekretnyi arkhiv, op. 1, d. 7, l. 2.", {"fond": "109", "opis": "1", "delo": "7", "folios": "2"}),
    ("ГАРФ. Ф. 109. Секр. архив. Оп. 1. Д. 220.", {"fond": "109", "opis": "1", "delo": "220"}),
    ("RGADA, f. 210 (Razriadnyi prikaz), Prikaznyi stol, stb. 9, l. 4.", {"fond": "210", "folios": "4"}),
    ("GARF, f. 109 (Third Section), 1 eksp., op. 5, d. 3, l. 4.", {"fond": "109", "opis": "5", "delo": "3", "folios": "4"}),
])
def test_named_subdivision_between_parts(text, want):
    c = one(text)
    got = {k: v for k, v in c.fields().items() if v and k in want}
    assert got == want


def test_named_subdivision_not_written_again_numbered_part_is():
    c = one("RGADA, f. 210 (Razriadnyi prikaz), Vladimirskii stol, stb. 77, ll. 2-5.")
    assert c.format("english") == "RGADA, f. 210, stb. 77, ll. 2-5."
    assert c.format("gost") == "РГАДА. Ф. 210. Стб. 77. Л. 2–5."


def test_prose_between_parts_still_stops():
    """Not every two words before "stol" are a subdivision's name: a sentence between parts stops."""
    cits = parse_citations("RGADA, f. 210; he wrote from the stol of the prikaz, l. 4 of his letter.")
    assert cits[0].fond == "210" and cits[0].folios is None


# --- the Academy archive's branch, parent first -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Euler's letters: ARAN SPbF, f. 136, op. 2, d. 4, l. 1.",
    "АРАН СПбФ. Ф. 3. Оп. 1. Д. 5. Л. 2.",
    "Lomonosov's papers (ARAN SPbF, f. 20, op. 3, d. 48).",
])
def test_aran_spbf(text):
    c = one(text)
    assert c.archive_current == "SPbF ARAN"
    assert c.format("english").startswith("SPbF ARAN, f. ")
