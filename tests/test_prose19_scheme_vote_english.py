"""The scheme vote of a line (translit.read.context._one_scheme) counts the words read as Russian,
not the common English words around them: in running prose "was", "to", "on", "by" read as вас,
то, он, бы by the tables that spell them, and counted they chose the scheme a title word is read
in (Proletarii as Пролетарий, where the line's ALA-LC diacritics say -ii is -ии)."""

import pytest

from translit import convert, to_cyrillic


TITLES = [  # a line whose Russian words are in ALA-LC (ĭ for й), so -ii is -ии
    ("Proletarii was on the table by the door when we came in to see Nikolaĭ.", "Пролетарии"),
    ("Evgeniĭ was to write on Iskusstvo i proletarii by May.", "пролетарии"),
    ("The editors of Proletarii were arrested by the police while Nikolaĭ was away.", "Пролетарии"),
]


@pytest.mark.parametrize("text,want", TITLES)
def test_english_words_do_not_choose_the_scheme_of_a_title(text, want):
    out = convert(text, to="cyrillic").text
    assert want in out and want[:-1] + "й" not in out


@pytest.mark.parametrize("text,kept", [
    ("Proletarii was on the table by the door when we came in to see Nikolaĭ.", ["was", "on", "the", "by", "to"]),
    ("Evgeniĭ was to write on Iskusstvo i proletarii by May.", ["was", "to", "write", "on", "by May"]),
])
def test_the_english_words_themselves_stay_english(text, kept):
    out = convert(text, to="cyrillic").text
    for word in kept:
        assert f" {word} " in f" {out} ".replace(".", " ")


@pytest.mark.parametrize("text,want", [
    ("Proletarii vsekh stran, soediniaĭtes'!", "Пролетарии всех стран"),  # a Russian line: its own words vote
    ("It was on Istorii Rossii that Vasiliĭ was to work by 1900.", "Истории России"),
    ("He was on Dnevniki Nikolaĭ by then, to be sure.", "Дневники Николай"),
])
def test_lines_the_vote_did_not_trouble_read_as_before(text, want):
    assert want in convert(text, to="cyrillic").text


def test_a_line_of_english_words_only_keeps_its_votes():
    # with no Russian word left to vote, the English words' votes are not taken away
    assert isinstance(to_cyrillic("was to on by no").text, str)
