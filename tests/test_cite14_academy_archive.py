"""The Archive of the Russian Academy of Sciences (ARAN, Moscow) in the registry (cite14, issue 12):
its acronyms and names and its Soviet name, kept apart from its St. Petersburg Branch and from the
Polish AAN. Every input is written for these tests."""

from __future__ import annotations

import pytest

from translit.archives.citation import parse_citations


def _one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


# the Archive of the Russian Academy of Sciences --------------------------------------------------

@pytest.mark.parametrize("text,cited", [
    ("Arkhiv RAN, f. 1603, op. 1, d. 15, l. 4.", "ARAN"),
    ("АРАН. Ф. 411. Оп. 3. Д. 201. Л. 6.", "ARAN"),
    ("Archive of the Russian Academy of Sciences, f. 2, op. 1-1929, d. 8.", "ARAN"),
    ("Архив АН СССР, ф. 277, оп. 4, д. 90.", "AAN"),
])
def test_the_academy_archive_is_known(text, cited):
    c = _one(text)
    assert (c.archive_current, c.archive_acronym) == ("ARAN", cited)


@pytest.mark.parametrize("text,current", [
    ("SPbF ARAN, f. 1, op. 1a, d. 160.", "SPbF ARAN"),
    ("Archive of the Russian Academy of Sciences, St. Petersburg Branch, f. 1, op. 2, d. 3.", "SPbF ARAN"),
    ("ПФА РАН, ф. 1, оп. 2, д. 3.", "SPbF ARAN"),
])
def test_the_st_petersburg_branch_stays_apart(text, current):
    assert _one(text).archive_current == current


def test_aan_alone_is_not_the_academy_archive():
    c = _one("AAN, KC PZPR, f. 237, d. 19.")  # the Polish Archiwum Akt Nowych
    assert c.archive_current != "ARAN"
