"""A Baltic archive cited with the general (Russian) labels keeps their reading: once a citation has
written a field with a label its archive's country does not use (op. where Latvian writes apr.,
Lithuanian ap., Estonian n.), a later l. is the leaf, not the Latvian lieta (the file). Found by the
round-trip property of tests/test_citations.py (format, then parse, gives the citation back)."""

import pytest

from translit import parse_citation


@pytest.mark.parametrize("text, delo, folios", [
    ("LVVA, f. 1, op. 1, l. 5.", None, "5"),           # Latvian archive, Russian labels: l. is the leaf
    ("LVVA, f. 214, op. 6, ll. 2-9.", None, "2-9"),
    ("LCVA, f. 3, op. 1, l. 9.", None, "9"),           # Lithuanian
    ("ERAF, f. 1, op. 5, l. 3.", None, "3"),           # Estonian
    ("LVA, f. 101, apr. 1, l. 22, lp. 5.", "22", "5"),  # the country's own labels: l. is lieta
    ("LVVA, f. 6033, apr. 2, l. 14.", "14", None),
    ("LYA, f. K-1, ap. 3, b. 45, l. 7.", "45", "7"),
])
def test_baltic_letters_follow_the_labels_the_citation_writes(text, delo, folios):
    c = parse_citation(text)
    assert (c.delo, c.folios) == (delo, folios)


@pytest.mark.parametrize("text", ["LVVA, f. 1, op. 1, l. 1.", "LCVA, f. 7, op. 2, l. 40.", "ERAF, f. 9, op. 3, l. 12."])
def test_format_then_parse_gives_the_leaf_back(text):
    c = parse_citation(text)
    for style in ("english", "chicago", "gost"):
        back = parse_citation(c.format(style))
        assert back.fields() == c.fields(), (style, c.format(style))
