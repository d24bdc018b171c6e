"""cite22: what stands between two parts of a citation without a field of its own is written again
in its place by format(), in the style's script, not lost: a fond's numbered subdivision with its
number before it (the Third Section's expeditions, 1 eksp.; the Department of Police's 2-e d-vo; a
section, 2 otd.: labels.toml [subdivisions]), a year (op. 316, 1910) and a subdivision's capitals (DP OO);
convert writes them whole in the target's script. Such a subdivision no longer
cuts the citation short. An opis' may carry a second number after a slash (op. 16/182), as a file
and a fond may."""
import pytest
from citation_helpers import one

import translit
from translit import parse_citations


@pytest.mark.parametrize("text,english,gost", [
    ("GARF, f. 109, 2 eksp., op. 7, d. 301, l. 15.",
     "GARF, f. 109, 2 eksp., op. 7, d. 301, l. 15.", "ГАРФ. Ф. 109. 2 эксп. Оп. 7. Д. 301. Л. 15."),
    ("ГАРФ. Ф. 109. 4 эксп. 1848. Д. 12. Л. 3 об.",
     "GARF, f. 109, 4 eksp., 1848, d. 12, l. 3ob.", "ГАРФ. Ф. 109. 4 эксп. 1848. Д. 12. Л. 3 об."),
    ("GARF, f. 109, 1-ia ekspeditsiia, op. 12, d. 44.",
     "GARF, f. 109, 1-ia ekspeditsiia, op. 12, d. 44.", "ГАРФ. Ф. 109. 1-я экспедиция. Оп. 12. Д. 44."),
    ("GARF, f. 102, 3-e d-vo, op. 1906, d. 777, l. 5.",
     "GARF, f. 102, 3-e d-vo, op. 1906, d. 777, l. 5.", "ГАРФ. Ф. 102. 3-е д-во. Оп. 1906. Д. 777. Л. 5."),
    ("РГИА. Ф. 1284. Оп. 47. 2 отд. Д. 90.",
     "RGIA, f. 1284, op. 47, 2 otd., d. 90.", "РГИА. Ф. 1284. Оп. 47. 2 отд. Д. 90."),
    ("GARF, f. 109, 5 èksp., op. 3, d. 8.",
     "GARF, f. 109, 5 eksp., op. 3, d. 8.", "ГАРФ. Ф. 109. 5 эксп. Оп. 3. Д. 8."),
    # a year between two parts
    ("GARF, f. 102, op. 260, 1899, d. 14, l. 2.", "GARF, f. 102, op. 260, 1899, d. 14, l. 2.",
     "ГАРФ. Ф. 102. Оп. 260. 1899. Д. 14. Л. 2."),
    ("ГАРФ. Ф. 102. Оп. 223. 1914 г. Д. 5. Л. 8.", "GARF, f. 102, op. 223, 1914, d. 5, l. 8.",
     "ГАРФ. Ф. 102. Оп. 223. 1914 г. Д. 5. Л. 8."),
    ("GARF, f. 102, op. 229, 1911 g., d. 6.", "GARF, f. 102, op. 229, 1911, d. 6.",
     "ГАРФ. Ф. 102. Оп. 229. 1911 г. Д. 6."),
    # a subdivision's capitals
    ("GARF, f. 102, DP OO, op. 1911, d. 9, l. 4.", "GARF, f. 102, DP OO, op. 1911, d. 9, l. 4.",
     "ГАРФ. Ф. 102. ДП ОО. Оп. 1911. Д. 9. Л. 4."),
    ("ГАРФ. Ф. 102. ДП ОО. 1908. Д. 61.", "GARF, f. 102, DP OO, 1908, d. 61.", "ГАРФ. Ф. 102. ДП ОО. 1908. Д. 61."),
    ("GARF, f. 109, SA, op. 2, d. 31.", "GARF, f. 109, SA, op. 2, d. 31.", "ГАРФ. Ф. 109. СА. Оп. 2. Д. 31."),
])
def test_parts_without_a_field_written_in_place(text, english, gost):
    c = one(text)
    assert c.delo is not None  # the subdivision did not cut the citation short
    assert c.format("english") == english
    assert c.format("gost") == gost


def test_subdivision_in_a_footnote_of_two_archives():
    cits = parse_citations("RGADA, f. 248, op. 12, d. 700, l. 4; GARF, f. 109, 3 eksp., op. 11, d. 52, ll. 6-8.")
    assert [(c.fond, c.opis, c.delo, c.folios) for c in cits] == [
        ("248", "12", "700", "4"), ("109", "11", "52", "6-8")]


@pytest.mark.parametrize("text,opis,delo,folios", [
    ("RGVIA, f. 400, op. 3/929, d. 17, l. 3 ob.", "3/929", "17", "3v"),
    ("ЦГВИА СССР. Ф. 1. Оп. 1/2. Д. 5. Л. 7.", "1/2", "5", "7"),
    ("RGAVMF, f. 417, op. 4/1, d. 9, ll. 2-3.", "4/1", "9", "2-3"),
])
def test_opis_with_a_slash(text, opis, delo, folios):
    c = one(text)
    assert (c.opis, c.delo, c.folios) == (opis, delo, folios)
    assert f"Оп. {opis}." in c.format("gost")


@pytest.mark.parametrize("text,to,out", [
    ("GARF, f. 102, 7-e d-vo, op. 1910, d. 5, l. 3.", "cyrillic", "ГАРФ, ф. 102, 7-е д-во, оп. 1910, д. 5, л. 3."),
    ("GARF, f. 102, DP OO, op. 1912, d. 8.", "cyrillic", "ГАРФ, ф. 102, ДП ОО, оп. 1912, д. 8."),
    ("GARF, f. 109, 2 eksp., op. 9, d. 17.", "cyrillic", "ГАРФ, ф. 109, 2 эксп., оп. 9, д. 17."),
    ("ГАРФ. Ф. 102. 5-е д-во. Оп. 1907. Д. 3.", "alalc", "GARF. F. 102. 5-e d-vo. Op. 1907. D. 3."),
    ("ГАРФ. Ф. 102. ДП ОО. Оп. 316. Д. 5.", "iso9", "GARF. F. 102. DP OO. Op. 316. D. 5."),
])
def test_subdivisions_converted_whole(text, to, out):
    assert translit.convert(text, to).text == out
