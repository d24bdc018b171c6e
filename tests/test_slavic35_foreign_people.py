"""slavic35: in a line of Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian inside English prose,
a name after another people's nationality and a role noun (the Italian engineer Pier Luigi Nervi) is
that people's person and stays as English writes it (running.foreign_people, grammar.toml
[foreign_people]); the line's own nationality does not count (the Serbian poet Vasko Popa is read).
Real readers and word lists; none of these sentences is a benchmark row."""

import pytest

from translit.langs.reader import to_cyrillic
from translit.langs.running import foreign_people


@pytest.mark.parametrize("line, lang, kept, read", [
    ("The Italian engineer Pier Luigi Nervi designed a hall in Skopje.", "mk", "Pier Luigi Nervi", "Скопје"),
    ("The Georgian poet Galaktion Tabidze visited Pavlo Tychyna in Kyiv.", "uk", "Galaktion Tabidze", "Павло Тичина"),
    ("The Korean skater Kim Yuna trained beside Bulgarian skaters in Sofia.", "bg", "Kim Yuna", "София"),
    ("The Greek poet Kostis Palamas admired Jovan Dučić.", "sr", "Kostis Palamas", "Јован Дучић"),
    ("The Polish poet Czesław Miłosz translated Blaže Koneski.", "mk", "Czesław Miłosz", "Блаже Конески"),
])
def test_another_peoples_person_stays_latin(line, lang, kept, read):
    out = to_cyrillic(line, lang, mixed=True).text
    assert kept in out
    assert read in out


@pytest.mark.parametrize("line, lang, read", [
    ("The Serbian poet Vasko Popa wrote Kora.", "sr", "Васко Попа"),
    ("The Ukrainian poet Pavlo Tychyna met the Chinese poet Ai Qing.", "uk", "Павло Тичина"),
    ("The Bulgarian poet Peyo Yavorov wrote Bezsanitsi.", "bg", "Пейо Яворов"),
])
def test_the_lines_own_people_is_read(line, lang, read):
    assert read in to_cyrillic(line, lang, mixed=True).text


def test_a_nationality_without_a_role_noun_is_no_introduction():
    # "the Polish Miłosz" has no role noun between: the rule leaves the words to the reader
    words = to_cyrillic("Skopje, the Polish Miłosz and Koneski", "mk", mixed=True).words
    assert not foreign_people("Skopje, the Polish Miłosz and Koneski", list(words), "mk")
