"""A part's Roman number after a word ending in a tie or another combining mark (Sŭchinenii͡a. T. X)
stays Latin: the mark belongs to the word, so its last letter is no initial (A. T. I is a run of
initials and is read)."""
import pytest

from translit.langs.reader import to_cyrillic


@pytest.mark.parametrize("text, want", [
    ("Sŭchinenii͡a. T. X", "Съчинения. Т. X"),
    ("Istorii͡a. T. V", "История. Т. V"),
    ("Sochinenii͡a. T. I", "Сочинения. Т. I"),
])
def test_a_number_after_a_tied_word_stays_latin(text, want):
    assert to_cyrillic(text, "bg", "alalc").text == want


def test_a_run_of_initials_is_still_read():
    assert to_cyrillic("A. T. I", "bg", "alalc").text == "А. Т. И"
