"""cite20: a part with a label and a number the table has no field for, between two parsed parts
(a file's part: ch. 5, chast' 3, часть II; a book of RGADA's: kn. 45, Кн. 12), stays in unparsed
as before and is also written again by format() in its place, in the script of each style (GOST:
Ч. 5, Кн. 45, Часть 3; english and chicago: ch. 5, kn. 12, chast' II); an ibid. that inherits the
field it follows inherits it too. A remark between parts is not written."""
import pytest
from citation_helpers import one

from translit import parse_citations


@pytest.mark.parametrize("text,english,gost", [
    ("GARF, f. 102, op. 253, d. 41, ch. 3, l. 15.",
     "GARF, f. 102, op. 253, d. 41, ch. 3, l. 15.", "ГАРФ. Ф. 102. Оп. 253. Д. 41. Ч. 3. Л. 15."),
    ("RGADA, f. 210, op. 12, kn. 7, l. 88 ob.",
     "RGADA, f. 210, op. 12, kn. 7, l. 88ob.", "РГАДА. Ф. 210. Оп. 12. Кн. 7. Л. 88 об."),
    ("РГАДА. Ф. 141. Оп. 1. Кн. 3. Л. 2.",
     "RGADA, f. 141, op. 1, kn. 3, l. 2.", "РГАДА. Ф. 141. Оп. 1. Кн. 3. Л. 2."),
    ("RGIA, f. 1284, op. 47, d. 90, chast' 2, l. 6.",
     "RGIA, f. 1284, op. 47, d. 90, chast' 2, l. 6.", "РГИА. Ф. 1284. Оп. 47. Д. 90. Часть 2. Л. 6."),
    ("ГАРФ. Ф. 102. Оп. 262. Д. 75. Часть IV. Л. 9.",
     "GARF, f. 102, op. 262, d. 75, chast' IV, l. 9.", "ГАРФ. Ф. 102. Оп. 262. Д. 75. Часть IV. Л. 9."),
])
def test_part_written_in_place(text, english, gost):
    c = one(text)
    assert c.format("english") == english
    assert c.format("gost") == gost
    assert c.unparsed  # still reported as a part the table has no field for


def test_ibid_inherits_the_part_of_its_file():
    first, second = parse_citations("GARF, f. 102, op. 253, d. 41, ch. 3, l. 15; ibid., l. 19.")
    assert second.format("english") == "GARF, f. 102, op. 253, d. 41, ch. 3, l. 19."
    third = parse_citations("GARF, f. 102, op. 253, d. 41, ch. 3, l. 15; ibid., d. 42, l. 1.")[1]
    assert "ch." not in third.format("english")  # another file: not its part


@pytest.mark.parametrize("text,absent", [
    ("RGAE, f. 4372, op. 92, d. 17 (a copy), l. 3.", "copy"),
    ("RGASPI, f. 17, op. 3 (Politburo), d. 5, l. 2.", "Politburo"),     # a remark in brackets
])
def test_other_gaps_not_written(text, absent):
    c = one(text)
    assert absent not in c.format("english") and absent not in c.format("gost")
