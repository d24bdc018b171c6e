"""review17, two rules of prose25 narrowed. A town before a comma and an American state stays
English only when the state ends the name: a forename that is also a state's name (Victoria,
Virginia, Washington) before a surname is a person in a list of names, and the Russian name before
it is read. A forename before the possessive of a surname no rule knows is read as without the
possessive, unless English knows the surname and no word of the name bears a romanization's mark."""

from __future__ import annotations

import pytest

from translit import convert


@pytest.mark.parametrize("text,read,kept", [
    ("The painters Ilya Repin, Victoria Petrova and Valentin Serov met there.", "Илья Репин", "Victoria Petrova"),
    ("The writers Lev Tolstoi, Virginia Woolf and Anton Chekhov", "Лев Толстой", "Virginia Woolf"),
    ("Vladimir Nabokov, Washington Irving and Ivan Bunin", "Владимир Набоков", "Washington Irving"),
])
def test_a_forename_that_is_a_state_does_not_make_the_name_before_it_a_town(text, read, kept):
    out = convert(text, to="cyrillic").text
    assert read in out and kept in out


@pytest.mark.parametrize("text,kept", [
    ("In Odessa, Texas he met the mayor.", "Odessa, Texas"),
    ("They drove from Moscow, Idaho to Boise.", "Moscow, Idaho"),
    ("St. Petersburg, Florida, is warm in winter.", "St. Petersburg, Florida"),
    ("The band came from Moscow, Pennsylvania.", "Moscow, Pennsylvania"),
])
def test_a_town_before_a_state_that_ends_there_stays_english(text, kept):
    assert kept in convert(text, to="cyrillic").text


@pytest.mark.parametrize("text", [
    "Martina Navratilova's serve was the best of her decade.",
    "Ivan Lendl's racket hangs in the museum.",
    "Boris Karloff's films were shown again.",
])
def test_a_possessive_owner_english_knows_keeps_the_forename_english(text):
    """review17 and tests/test_prose18_running.py: a surname English writes at Zipf 2.0 or more
    (Navratilova, Lendl, Karloff) keeps the name as English writes it, possessive and all."""
    assert convert(text, to="cyrillic").text == text


@pytest.mark.parametrize("text,forename", [
    ("Agniia Barto's verses for children sold well.", "Агния"),
    ("Iurii Lotman's lectures were recorded.", "Юрий"),
    ("Aleksandr Deineka's mosaics decorate a station.", "Александр"),
])
def test_a_marked_or_unknown_owner_is_read_with_its_forename(text, forename):
    """A name bearing a romanization's mark (ii) is read even when English knows its surname (Barto,
    Lotman); a surname English does not know is read as without the possessive (Deineka)."""
    assert convert(text, to="cyrillic").text.split()[0] == forename


@pytest.mark.parametrize("text,acronym", [
    ("Dokumenty GAIO i RGAE o kolkhozakh.", "РГАЕ"),
    ("Fondy RGAE i TsGAOR po istorii promyshlennosti.", "РГАЕ"),
    ("Materialy TsGAOR i RGAE o kooperatsii.", "РГАЕ"),
])
def test_an_acronym_in_capitals_is_no_latin_genitive(text, acronym):
    """prose25's Latin phrases are anchored by a genitive in -ae, -orum, -arum (Lithuaniae): an
    acronym in capitals that ends so (RGAE, the Russian State Archive of the Economy) is none."""
    assert acronym in convert(text, to="cyrillic").text
