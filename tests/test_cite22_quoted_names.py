"""cite22: an archive outside the registry whose name ends in a quotation mark and is followed by a
remark in brackets ("Memorial" (St Petersburg)) is cited without the space before the bracket (no
'"Memorial" , f. 1' when written again); a romanized name with quotation marks in it (« », „ ")
is read into Cyrillic in the GOST form like any romanized name: quotation marks are no letters of
another language; a name with such letters (Polish, Lithuanian) stays as written."""
import pytest

from translit import parse_citations


@pytest.mark.parametrize("text,cited,english,gost", [
    ('Interviews: Arkhiv NITs "Memorial" (Moscow), f. 2, op. 1, d. 40.', 'Arkhiv NITs "Memorial"',
     'Arkhiv NITs "Memorial", f. 2, op. 1, d. 40.', 'Архив НИЦ "Мемориал". Ф. 2. Оп. 1. Д. 40.'),
    ("Letters: Arkhiv «Memoriala» (Perm'), f. 5, op. 3, d. 19.", "Arkhiv «Memoriala»",
     "Arkhiv «Memoriala», f. 5, op. 3, d. 19.", "Архив «Мемориала». Ф. 5. Оп. 3. Д. 19."),
    ("Drafts: Otdel rukopisei «Pushkinskii dom» (Leningrad), f. 244, op. 1, d. 8.",
     "Otdel rukopisei «Pushkinskii dom»", "Otdel rukopisei «Pushkinskii dom», f. 244, op. 1, d. 8.",
     "Отдел рукописей «Пушкинский дом». Ф. 244. Оп. 1. Д. 8."),
])
def test_quoted_name_before_a_remark(text, cited, english, gost):
    c = parse_citations(text)[0]
    assert c.archive_cited == cited
    assert c.format("english") == english
    assert c.format("gost") == gost


@pytest.mark.parametrize("text,name", [
    ("Archiwum Akt Nowych, f. 3, op. 1, d. 7.", "Archiwum Akt Nowych"),
    ("Archiwum „Wschodnie”, f. 12, op. 4, d. 9.", "Archiwum „Wschodnie”"),
])
def test_other_languages_names_stay(text, name):
    assert parse_citations(text)[0].format("gost").startswith(name + ".")
