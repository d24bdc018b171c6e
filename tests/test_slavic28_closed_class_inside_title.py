"""slavic28: in English prose read as Belarusian, a preposition or conjunction of the language's closed
class (``[closed_class]`` of langs/evidence.toml: ab, pad, pra) standing between two read words of a
title is the title's (Dumki ab liosie: Думкі аб лёсе), though German's list holds ab often and
Belarusian's dictionary gives no frequency to vouch for it (:func:`translit.langs.running.title_words`).
The same word beside English words stays (ab initio). Inputs written here; real Hunspell and wordfreq."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read




@pytest.mark.parametrize("text, title", [
    ("The Kazka ab karaliu was staged in 1925.", "Казка аб каралю"),
    ("The Nataty ab historyi Minska were lost in the war.", "Нататы аб гісторыі"),
    ("His Dumki ab liosie were read aloud.", "Думкі аб лёсе"),
])
def test_a_closed_class_word_between_two_read_words_is_the_titles(text: str, title: str) -> None:
    out = _read(text, "be")
    assert title in out, out


@pytest.mark.parametrize("text, kept", [
    ("He wrote to Minsk ab initio.", "ab initio"),
    ("A letter ab Minsku was found.", "letter ab"),
])
def test_the_same_word_beside_english_stays(text: str, kept: str) -> None:
    out = _read(text, "be")
    assert kept in out, out
