"""cite25 (review of cite24): a file cited with no fond after the bare acronym of an archive outside
the registry opens a citation only with a volume or leaves after it and an acronym that is no common
English word or acronym (labels.toml [case_file_acronyms] max_english_zipf) or opens as post-Soviet
archives' acronyms do (TsA, GA, TsGA). English "d." (died) after USA, RAF, NASA … stays English."""
import pytest

import translit
from translit import parse_citations


@pytest.mark.parametrize("text", [
    "My grandfather emigrated to the USA, d. 1953 in Paris.",
    "Her brother flew with the RAF, d. 1944.",
    "The dean (GA, d. 1953) taught there.",
    "She later worked at NASA, d. 12, l. 4.",
    "An informant of the CIA, d. 5 and d. 6 of the report.",
    "Tatiana (TA, d. 1990) left no papers.",
    "The MGA, d. 1999.",
])
def test_died_after_an_english_acronym_is_no_citation(text):
    assert parse_citations(text) == []
    out = translit.convert(text, to="cyrillic").text
    assert "д." not in out and "d. " in out


@pytest.mark.parametrize("text,archive,delo,folios", [
    ("Interrogation record: TsA SVR, d. 71204, t. 2, l. 18.", "TsA SVR", "71204", "18"),
    ("Protocol, TsA MVD, d. 3310, l. 7 ob.", "TsA MVD", "3310", "7v"),
    ("Донесение: ЦА СВР, д. 4402, л. 11.", "ЦА СВР", "4402", "11"),
    ("Справка (ЦА ФСБ, д. 9105, т. 3, л. 40).", "ЦА ФСБ", "9105", "40"),
])
def test_case_file_after_an_archive_acronym(text, archive, delo, folios):
    [c] = parse_citations(text)
    assert c.archive_cited == archive and c.fond is None
    assert c.delo == delo and c.folios == folios


@pytest.mark.parametrize("text", [
    "TsA SVR, d. 71204.",          # no volume or leaves after the file
    "NASA, d. 2, t. 1, l. 5.",     # a common English acronym, no archive's opening
    "RAF, d. 40, l. 2.",
])
def test_case_file_needs_leaves_and_an_archive_like_acronym(text):
    assert parse_citations(text) == []
