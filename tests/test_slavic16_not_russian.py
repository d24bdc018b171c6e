"""slavic16: romanized text identification is unsure between neighbours but sure is not Russian; a
city of the gazetteer or a national body's acronym in a text every word of which Russian can read;
national bodies' acronyms as evidence (``[acronyms]`` of evidence.toml)."""

import pytest

from translit.langs.choose import NOT_RUSSIAN_GAP, choose
from translit.langs.identify import acronyms, identify


@pytest.mark.parametrize("text, lang", [
    ("Opština Knjaževac, Zaječarski okrug", "sr"),   # Serbian or Macedonian, surely not Russian
    ("Narodni pesni od Struga", "mk"),
    ("Vidin, oblast Vidin", "bg"),                   # every word reads as Russian; Vidin is Bulgaria's
])
def test_text_far_ahead_of_russian_is_read_in_its_language(text, lang):
    assert choose(text).language == lang


def test_the_lead_over_russian_is_said():
    c = choose("Opština Knjaževac, Zaječarski okrug")
    assert "above Russian" in c.reason and str(NOT_RUSSIAN_GAP) in c.reason


@pytest.mark.parametrize("text", [
    "Istoriia SSSR", "Voina i mir", "Sobranie sochinenii v trekh tomakh", "Ocherki po istorii Ukrainy",
    "Ty·ayn Oy·myakon",                 # the middle dot only Russian's BGN/PCGN writes
    "Ivan met Joe in Moskva yesterday",
])
def test_russian_stays_russian(text):
    assert choose(text).language == "ru"


def test_latin_words_the_russian_reader_keeps_are_not_taken_for_a_neighbour():
    # a Latin heading: the Russian reader leaves every word as it is, so no neighbour's lead counts
    assert choose("Carolus, II., Hispania, Rex").language == "ru"


def test_acronyms_are_derived_for_each_table():
    table = acronyms()
    assert table["MANU"] == ("mk",) and table["МАНУ"] == ("mk",)
    assert table["SANU"] == ("sr",) and table["NANU"] == ("uk",)
    assert "BAN" not in table  # Russian's БАН (Библиотека Академии наук) is left out


@pytest.mark.parametrize("text, lang", [
    ("Прилози МАНУ", "mk"),
    ("Visnyk NANU", "uk"),
    ("Godishnik na BNR", "bg"),
])
def test_a_national_body_acronym_counts_for_its_language(text, lang):
    ident = identify(text)
    assert ident.language == lang
    assert any("acronym of a national body" in e for e in ident.ranking[0].evidence)


def test_an_acronym_in_lower_case_is_no_evidence():
    assert not any("acronym" in e for s in identify("Letopis na manu").ranking for e in s.evidence)


@pytest.mark.parametrize("text", ["Zakon o službenoj tajni", "Kniga o službenoj sobaki", "Pokrovskyi i Shevchenko"])
def test_a_word_read_only_by_undoing_a_slip_does_not_make_all_words_russian(text):
    from translit.langs.choose import _reads_as_russian

    assert _reads_as_russian(text) is None  # službenoj read служебной, Pokrovskyi Покровский: slips undone


def test_russian_with_a_slip_is_still_chosen_russian_by_identification():
    from translit.langs.choose import _reads_as_russian

    assert _reads_as_russian("Sobranie sochinenii") is not None
    c = choose("Kniga o službenoj sobaki")
    assert c.language == "ru" and not c.reason.startswith("all ")
