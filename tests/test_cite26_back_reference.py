"""cite26: a phrase in prose that points back to the file before it ("in the same file, l. 91",
"в том же деле, л. 5"; labels.toml [back_reference]) is read as an ibid.: it inherits every field
ranked above the first one it gives. It is prose, not an abbreviation: convert leaves it as
written. Real parser; none of these footnotes is a benchmark row."""

import pytest

from translit.archives.citation import parse_citations
from translit.archives.rewrite import citation_edits


@pytest.mark.parametrize("text, current, parts", [
    ("The minutes are in RGASPI, f. 17, op. 3, d. 120, l. 4, and the draft in the same file, l. 9.",
     "RGASPI", ("17", "3", "120", "9")),
    ("ГАРФ, ф. Р-5446, оп. 1, д. 52, л. 3; проект в том же деле, л. 7 об.", "GARF", ("R-5446", "1", "52", "7v")),
    ("ЦДАВО, ф. 1, оп. 2, спр. 40, арк. 3; лист у тій самій справі, арк. 12.", "TsDAVO", ("1", "2", "40", "12")),
    ("RGALI, f. 631, op. 15, d. 8, l. 2; a reply is the same file, ll. 5-6.", "RGALI", ("631", "15", "8", "5-6")),
])
def test_back_reference_inherits_the_file(text, current, parts):
    first, second = parse_citations(text)
    assert second.ibid and second.archive_current == current
    assert (second.fond, second.opis, second.delo, second.folios) == parts
    assert first.folios != second.folios


def test_same_fond_inherits_only_what_is_above_the_opis():
    _, second = parse_citations("GARF, f. R-9401, op. 2, d. 64, l. 1; in the same fond, op. 1, d. 12, l. 5.")
    assert (second.archive_current, second.fond, second.opis, second.delo) == ("GARF", "R-9401", "1", "12")
    assert second.inherited == ["archive", "fond"]


@pytest.mark.parametrize("text", [
    "He kept everything in the same file for years.",
    "В том же деле нет ничего о нём.",
    "The same file was lost twice.",
])
def test_phrase_without_a_part_is_no_citation(text):
    assert parse_citations(text) == []


def test_convert_leaves_the_phrase_as_written():
    text = "RGANI, f. 5, op. 30, d. 12, l. 4, and the report in the same file, l. 9."
    at = text.index("in the same file")
    for e in citation_edits(text, "cyrillic"):
        assert e.end <= at or e.start >= at + len("in the same file")
    assert any(e.output == "л." and e.start > at for e in citation_edits(text, "cyrillic"))
