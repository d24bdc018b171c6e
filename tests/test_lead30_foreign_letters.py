"""On a mixed line of another Slavic language, a word with a letter none of the language's tables
writes (w, ł, q) whose reading is no word of the language is a foreign name and stays as it is;
the language's own words and names on the same line are read."""
import pytest

from translit.langs.api import convert


@pytest.mark.parametrize("lang, text, kept, read", [
    ("be", "The Radziwiłł castle at Niasviž is a UNESCO site.", "Radziwiłł", "Нясвіж"),
    ("uk", "Lech Wałęsa met Leonid Kuchma in Kyiv in 1993.", "Lech Wałęsa", "Леонід Кучма"),
    ("bg", "Quisling and Todor Zhivkov are named in the index.", "Quisling", "Тодор Живков"),
    ("uk", "Karol Wojtyła visited Lviv and spoke of Andrei Sheptyts'kyi.", "Wojtyła", "Шептицький"),
])
def test_letters_no_table_writes_keep_a_foreign_name(lang, text, kept, read):
    out = convert(text, to="cyrillic", lang=lang, policy="running").text
    assert kept in out and read in out, out


def test_to_a_scheme_the_foreign_name_is_unchanged_too():
    out = convert("The Radziwiłł castle at Нясвіж is a UNESCO site.", to="alalc", lang="be", policy="running").text
    assert "Radziwiłł" in out and "Ni͡asviz͡h" in out, out
