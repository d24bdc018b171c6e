"""review37's review of cite28 (archive citations) and prose35 (English prose with romanized Russian read
into Cyrillic): what each change does to inputs outside the sentences that revealed it.

Real pymorphy3 dictionary, real wordfreq, the reader as the CLI runs it (RUNNING_TEXT policy).
"""

from __future__ import annotations

import pytest

from translit.archives.citation import parse_citations
from translit.conversion import convert


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


# 1. A Russian name whose generic term English spells as its own (Prospect: проспект) is left whole, never
#    half in each script (prose35 made "Nevsky Prospect" Невский Prospect); romanized (Prospekt) it is read whole.
@pytest.mark.parametrize("text", [
    "They walked down Nevsky Prospect in the rain.",
    "The shop on Liteyny Prospect closed in 1918.",
    "A flat on Moskovsky Prospect was rented.",
    "Kamennoostrovsky Prospect runs north from the river.",
])
def test_name_with_english_spelled_prospect_left_whole(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text, name", [
    ("He lived on Kutuzovsky Prospekt for years.", "Кутузовский Проспект"),
    ("Nevsky Prospekt is long.", "Невский Проспект"),
    ("They walked along Liteinyi Prospekt.", "Литейный Проспект"),
])
def test_name_with_romanized_prospekt_read_whole(text, name):
    assert name in cyr(text)


def test_english_prospect_untouched():
    text = "The prospect of war grew, and the Prospect Park crowd dispersed."
    assert cyr(text) == text


# 2. The town's generic terms prose35 made place heads (Street, Square, Gate, Bridge, Cathedral, Church) do
#    not change English names; a Russian eponym before one is read as before (the labels' convention:
#    {Мясницкая} Street, as the Москва River).
@pytest.mark.parametrize("text", [
    "They met in Trafalgar Square and walked down Church Street.",
    "He shopped on Oxford Street and Bond Street.",
    "The Brandenburg Gate was closed, and London Bridge is falling down.",
    "Westminster Cathedral and Trinity Church were full.",
])
def test_english_names_with_place_heads_untouched(text):
    assert cyr(text) == text


def test_russian_eponym_before_street_still_read():
    assert "Тверская Street" in cyr("A flat on Tverskaya Street was rented.")


# 3. The first words of compound offices (prose35's english_person_titles rows) leave ordinary English alone.
@pytest.mark.parametrize("text", [
    "The Prime Minister said no.",
    "He was Deputy Chief of Staff under the acting director.",
    "Chief Justice Roberts and Acting Governor Patterson spoke.",
    "Interior design matters to the Chief.",
])
def test_office_title_words_in_english(text):
    assert cyr(text) == text


# 4. Roman figures after a slash make a fond's part only after an archive's fond label (cite28), not in
#    English page, act or volume numbers.
@pytest.mark.parametrize("text", [
    "See p. 231/II of the report.",
    "Act 2/III, scene 4, was cut.",
    "See vol. 12/IV of the series, and the letters of Pushkin, vol. 3.",
])
def test_roman_after_slash_outside_citations(text):
    assert parse_citations(text) == []


# 5. After ", and <words>," (cite28) a leaf alone is no later part of the same file: English writes l. for
#    a line and names another work there; a later opis' or file still is, and a leaf before a back reference.
@pytest.mark.parametrize("text", [
    "GARF, f. 1, op. 1, d. 7, l. 3, and Pushkin's poem, l. 14.",
    "RGALI, f. 195, op. 1, d. 7, l. 3, and the second stanza of the poem of 1830, l. 14.",
    "RGIA, f. 1, op. 1, d. 7, ll. 3-5, and Tiutchev's sonnet on the sea, ll. 9-12.",
])
def test_leaf_after_and_words_stays_prose(text):
    assert len(parse_citations(text)) == 1


@pytest.mark.parametrize("text, folios", [
    ("GARF, f. 1, op. 1, d. 7, l. 3, and the draft of 1930, l. 14 of the same file.", "14"),
    ("RGIA, f. 1, op. 2, d. 3, l. 4; see also the report, l. 6.", "6"),
])
def test_leaf_after_words_still_cited_with_back_reference_or_semicolon(text, folios):
    cits = parse_citations(text)
    assert len(cits) == 2 and cits[1].folios == folios and cits[1].delo == cits[0].delo


def test_file_after_and_words_still_cited():
    cits = parse_citations("GARF, f. 5446, op. 1, d. 50, l. 2, and Kalinin's note of 1931, d. 51, l. 9.")
    assert len(cits) == 2 and cits[1].delo == "51" and cits[1].folios == "9"
