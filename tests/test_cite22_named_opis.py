"""cite22: an opis' named in words, not numbered (a university archive's inventories named by the
body whose papers they list: op. Sovet, op. Pravlenie, оп. Попечитель), is read as a named fond is,
where a file or a storage unit with its number follows, and only where it reads as Russian (op.
Smith, op. cit. are no opis'); format() and convert write it in the target's script. And an
archive's acronym outside the registry (TsGA RT, GAKhK) is kept as written when convert writes a
Latin scheme, as the registry's acronyms are, not read as a word and spelled again (T͡SGA RT)."""
import pytest
from citation_helpers import one

import translit
from translit import parse_citations


@pytest.mark.parametrize("text,opis,gost,english", [
    ("NA RT, f. 977, op. Pravlenie, d. 610, l. 8.", "Pravlenie",
     "НА РТ. Ф. 977. Оп. Правление. Д. 610. Л. 8.", "NA RT, f. 977, op. Pravlenie, d. 610, l. 8."),
    ("НА РТ. Ф. 92. Оп. Попечитель. Д. 41. Л. 2 об.", "Попечитель",
     "НА РТ. Ф. 92. Оп. Попечитель. Д. 41. Л. 2 об.", "NA RT, f. 92, op. Popechitel', d. 41, l. 2ob."),
    ("TsGA RT, f. 977, op. Sovet, ed. khr. 55.", "Sovet",
     "ЦГА РТ. Ф. 977. Оп. Совет. Ед. хр. 55.", "TsGA RT, f. 977, op. Sovet, ed. khr. 55."),
])
def test_named_opis(text, opis, gost, english):
    c = one(text)
    assert c.opis == opis
    assert c.format("gost") == gost
    assert c.format("english") == english


@pytest.mark.parametrize("text", [
    "GARF, f. 5, op. Smith, d. 3.",
    "RGVA, f. 1, op. cit., d. 5.",
    "GARF, f. 5, op. Rector, d. 3.",
])
def test_english_after_op_is_no_opis(text):
    assert all(c.opis is None for c in parse_citations(text))


@pytest.mark.parametrize("text,cyrillic", [
    ("NA RT, f. 977, op. Pravlenie, d. 610, l. 8.", "оп. Правление, д. 610"),
    ("Kazan: TsGA RT, f. 977, op. Sovet, d. 12.", "оп. Совет, д. 12"),
])
def test_named_opis_converted(text, cyrillic):
    assert cyrillic in translit.convert(text, "cyrillic").text


@pytest.mark.parametrize("text,acronym", [
    ("University council: TsGA RT, f. 977, op. 2, d. 1502, l. 4.", "TsGA RT"),
    ("Emigrants: GAKhK, f. 830, op. 3, d. 2245, l. 1.", "GAKhK"),
    ("Exiles: GAChO, f. 1, op. 2, d. 7.", "GAChO"),
])
@pytest.mark.parametrize("to", ["alalc", "iso9", "bgn-pcgn"])
def test_unregistered_latin_acronym_kept_in_latin_targets(text, acronym, to):
    assert f" {acronym}, f." in translit.convert(text, to).text
