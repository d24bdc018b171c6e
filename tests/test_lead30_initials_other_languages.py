"""On a line of English prose around Ukrainian (or Bulgarian…) words, a run of one-letter initials
is one name's and is decided together by the word after it: read before a name the language
reads, kept otherwise (an anonymous interviewee's N. P.), never half read (N. П.) because one of
its letters (o, n, m) is also a Western word."""
import pytest

from translit.langs.api import convert


def _uk(text: str) -> str:
    return convert(text, to="cyrillic", lang="uk", policy="running").text


@pytest.mark.parametrize("text, initials", [
    ("Interview with N. P., Kharkiv, 12 June 1992", "N. P.,"),
    ("Interview with O. K., Lviv, 1995; TsDAVO, f. 1, op. 2, spr. 3.", "O. K.,"),
    ("a letter from V. M. to the author, Kyiv, 1991", "V. M. to"),
])
def test_initials_of_no_name_are_kept_whole(text, initials):
    out = _uk(text)
    assert initials in out, out


@pytest.mark.parametrize("text, expected", [
    ("the poems of O. K. Shevchenko, Kyiv 1990", "О. К. Шевченко"),
    ("the stories of M. Kotsiubyns'kyi in English", "М. Коцюбинський"),
    ("Istoriia Ukrainy, ed. by M. S. Hrushevs'kyi", "М. С. Грушевський"),
])
def test_initials_before_a_name_are_read_with_it(text, expected):
    assert expected in _uk(text)


def test_bulgarian_line_too():
    out = convert("Interview with N. M., Plovdiv, 2001", to="cyrillic", lang="bg", policy="running").text
    assert "N. M.," in out, out
    assert "И. Вазов" in convert("the novels of I. Vazov in translation", to="cyrillic", lang="bg",
                                 policy="running").text
