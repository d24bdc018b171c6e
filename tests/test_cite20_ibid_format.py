"""cite20: an ibid. that took nothing from a citation before it (Ibid., l. 5, in a footnote of its
own) keeps its ibid. when written again in each style, in the language of its labels (Ibid.,
Там же., Там само.), or the re-written reference would name no source; an ibid. that inherited
its archive is written out whole, as before."""
import pytest
from citation_helpers import one

from translit import parse_citations


@pytest.mark.parametrize("text,english,gost", [
    ("Ibid., l. 44 ob.", "Ibid., l. 44ob.", "Там же. Л. 44 об."),
    ("Там же. Д. 17. Л. 2–3.", "Ibid., d. 17, ll. 2-3.", "Там же. Д. 17. Л. 2–3."),
    ("Ibid., op. 5, d. 201, l. 9.", "Ibid., op. 5, d. 201, l. 9.", "Там же. Оп. 5. Д. 201. Л. 9."),
    ("Там само. Спр. 12. Арк. 4 зв.", "Ibid., spr. 12, ark. 4zv.", "Там само. Спр. 12. Арк. 4 зв."),
    ("Tam zhe, f. 130, op. 2, d. 8.", "Ibid., f. 130, op. 2, d. 8.", "Там же. Ф. 130. Оп. 2. Д. 8."),
])
def test_lone_ibid_keeps_its_ibid(text, english, gost):
    c = one(text)
    assert c.format("english") == english
    assert c.format("chicago") == english
    assert c.format("gost") == gost


@pytest.mark.parametrize("text,second", [
    ("GARF, f. R-7523, op. 1, d. 40, l. 3; ibid., d. 41, l. 8.", "GARF, f. R-7523, op. 1, d. 41, l. 8."),
    ("РГИА. Ф. 1284. Оп. 1. Д. 5. Л. 2. Там же. Л. 4.", "RGIA, f. 1284, op. 1, d. 5, l. 4."),
])
def test_inheriting_ibid_written_whole(text, second):
    c = parse_citations(text)[1]
    assert c.format("english") == second
    assert "Ibid" not in c.format("english") and "Там же" not in c.format("gost")
