"""review9: a Western forename Russian writes one way whoever bears it takes that form alone too.

Marc was among the forenames that take their Russian form only before a Russian surname, so a lone
Marc, or Marc before a non-Russian surname, was read letter by letter and the Italian table's c for
ч won (Марч). Russian writes every Marc as Марк (Марк Шагал, Марк Блок, Марк Леви), so the row is
in ``forenames_any_bearer``: wherever the word is read as Russian anyway it is Марк.
"""

import pytest

import translit


@pytest.mark.parametrize("text, first", [
    ("Marc", "Марк"),
    ("Marc Levy", "Марк"),
    ("Marc Bloch", "Марк"),
    ("Marc Aurel", "Марк"),
    ("Marc Chagall", "Марк"),
])
def test_marc_is_mark_whoever_bears_it(text, first):
    assert translit.to_cyrillic(text).text.split()[0] == first


def test_marc_inside_english_stays_english():
    line = "I met Marc in Paris."
    assert translit.convert(line, to="cyrillic").text == line


def test_other_forenames_of_the_list_still_need_a_surname():
    # George is as English as Russian: it stays unless a Russian surname follows
    assert translit.convert("George Kennan wrote it.", to="cyrillic").text == "George Kennan wrote it."
