"""cite26: a registry acronym whose letters another region's archive shares (archives.toml
``other_places``: ДАЛО is the Lviv and the Luhansk oblast archives', ДАХО the Kharkiv and the
Kherson ones) is read as that other archive, outside the registry and kept as written, in a
paragraph that names the other region and not the row's own; alone, or beside its own city, it
stays the registry's row. Real registry, real parser; none of these footnotes is a benchmark row."""

import pytest

from translit.archives.citation import parse_citations


def _one(text):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, cited, fond", [
    ("Collective farms of the Luhansk oblast in 1933: DALO, f. R-195, op. 2, spr. 14, ark. 7.", "DALO", "R-195"),
    ("Колгоспи Луганщини: ДАЛО, ф. Р-12, оп. 3, спр. 4, арк. 5.", "ДАЛО", "R-12"),
    ("The Voroshilovgrad mines in 1947: DALO, f. P-3, op. 2, spr. 11, ark. 4.", "DALO", "P-3"),
    ("The Kherson shipyards after the war: DAKhO, f. R-14, op. 1, spr. 9, ark. 2.", "DAKhO", "R-14"),
    ("Херсонщина у 1933 р.: ДАХО, ф. Р-2, оп. 1, спр. 3, арк. 4.", "ДАХО", "R-2"),
])
def test_other_regions_archive_is_kept_as_written(text, cited, fond):
    c = _one(text)
    assert c.archive_cited == cited
    assert c.archive_current is None  # not the registry's Lviv or Kharkiv archive
    assert c.fond == fond


@pytest.mark.parametrize("text, current", [
    ("DALO, f. 26, op. 5, spr. 101, ark. 3.", "DALO"),  # no place named: the registry's row
    ("The Lviv voivodeship office: DALO, f. 1, op. 14, spr. 2, ark. 9.", "DALO"),
    ("From Lviv to Luhansk in 1941: DALO, f. 1, op. 2, spr. 3, ark. 4.", "DALO"),  # both: the row
    ("Харків у 1919 р.: ДАХО, ф. Р-203, оп. 1, спр. 91, арк. 5 зв.", "DAKhO"),
    ("DAKhO, f. R-845, op. 3, spr. 1, ark. 12.", "DAKhO"),
])
def test_own_or_no_place_keeps_the_registry_row(text, current):
    assert _one(text).archive_current == current


def test_only_the_paragraph_of_the_acronym_counts():
    text = "On the Luhansk strikes see the next note.\n\nDALO, f. 1, op. 2, spr. 5, ark. 6."
    assert _one(text).archive_current == "DALO"
