"""cite25 (review of cite24): a Latin acronym of an archive outside the registry written in a scheme
other than ALA-LC (German GAJaO, ISO 9 CGA RB and GAČO, GOST 7.79 B CzGA) is read into Cyrillic in
that scheme (acronyms.toml [citation_spelling] reading_schemes) and written in every target as its
Cyrillic acronym is, not read as a word (GAÂO, ZGA RB)."""
import pytest

import translit

_TARGETS = ("alalc", "alalc-plain", "bgn-pcgn", "iso9", "gost-779b", "german", "french", "cyrillic")


@pytest.mark.parametrize("latin,cyrillic", [
    ("GAJaO", "ГАЯО"),       # German я = ja
    ("CGA RB", "ЦГА РБ"),    # ISO 9 ц = c
    ("GAČO", "ГАЧО"),        # ISO 9 ч = č
    ("CzGA RT", "ЦГА РТ"),   # GOST 7.79 B ц = cz
    ("GATschO", "ГАЧО"),     # German ч = tsch (a four-letter spelling)
])
@pytest.mark.parametrize("to", _TARGETS)
def test_one_spelling_from_either_script(latin, cyrillic, to):
    tail = ", f. 412, op. 3, d. 57, l. 9"
    a = translit.convert(latin + tail, to=to).text
    b = translit.convert(cyrillic + tail, to=to).text
    assert a == b
    assert a.startswith(cyrillic if to == "cyrillic" else ("ZGA", "GAÂO", "CGA")) is (to == "cyrillic")
