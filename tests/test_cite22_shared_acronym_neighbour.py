"""cite22: an acronym several archives share (GAPK, GAPO, GANO: archives.toml acronym_alone = false)
is read as the registry's archive of a place also where the text names no place but cites, in the
same paragraph, another registry archive of that place by its acronym (PermGASPI, ПермГАСПИ,
GOPAPO: their names say Perm); an archive of no place (GARF) or of none of the candidates' places
names nothing, and the acronym stays unread."""
import pytest

from translit import parse_citations


@pytest.mark.parametrize("text,acronym,current", [
    ("Collectivisation reports: GOPAPO, f. 105, op. 2, d. 40, l. 3; GAPK, f. R-1, op. 2, d. 11.", "GAPK", "GAPK"),
    ("ПермГАСПИ. Ф. 59. Оп. 1. Д. 9. Л. 5; ГАПК. Ф. Р-523. Оп. 4. Д. 7.", "GAPK", "GAPK"),
    ("PermGANI, f. 1, op. 3, d. 14; GAPO, f. R-9, op. 1, d. 70, l. 2.", "GAPO", "GAPK"),
])
def test_shared_acronym_placed_by_a_neighbour(text, acronym, current):
    c = parse_citations(text)[1]
    assert c.archive_acronym == acronym
    assert c.archive_current == current


@pytest.mark.parametrize("text", [
    "GARF, f. R-5446, op. 1, d. 4; GAPK, f. R-1, op. 2, d. 11.",
    "RGASPI, f. 17, op. 21, d. 3300; GANO, f. P-4, op. 1, d. 5.",
    "GAPK, f. R-1, op. 2, d. 11, l. 7.",
])
def test_shared_acronym_unplaced_stays_unread(text):
    c = [c for c in parse_citations(text) if c.archive_cited in ("GAPK", "GANO")][0]
    assert c.archive_current is None
