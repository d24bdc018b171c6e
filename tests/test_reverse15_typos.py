"""Typing slips beyond a swap (typos.py, reverse15): a letter typed twice and a letter left out, undone
for a word no scheme reads as Russian, never at the end of the word. Every input is of our own, not taken
from any benchmark file."""

from __future__ import annotations

import pytest

import translit
from translit.read.typos import typing_repairs
from translit.read.weights import W

CASES = [
    ("typed twice", "Vladivosstok", "Владивосток"),
    ("typed twice", "Literaturra", "Литература"),
    ("typed twice", "Ekaterinnburg", "Екатеринбург"),
    ("left out", "Vladivotok", "Владивосток"),
    ("left out", "Krasnodr", "Краснодар"),
    ("left out", "Novosibrsk", "Новосибирск"),
]


@pytest.mark.parametrize(("kind", "latin", "cyrillic"), CASES, ids=[f"{k}: {lat}" for k, lat, _ in CASES])
def test_slip_undone(kind: str, latin: str, cyrillic: str) -> None:
    word = translit.to_cyrillic(latin).words[0]
    assert word.cyrillic == cyrillic
    assert kind in word.reason and word.confidence <= W.typo.confidence


def test_one_word_of_a_title_repaired() -> None:
    res = translit.to_cyrillic("Istoriia Rossiiskoi imperrii")
    assert res.text == "История Российской империи"
    assert [w.input for w in res.words if "typing slip" in w.reason] == ["imperrii"]


@pytest.mark.parametrize("latin", ["Steplag", "Vorkutlag", "Dallag"])
def test_no_letter_added_or_taken_at_the_end(latin: str) -> None:
    """The end of a word is where Russian inflects: an unknown stem is not made another word's form."""
    assert all(v[-1] == latin[-1] for v, note in typing_repairs(latin) if "read as" not in note)
    assert "typing slip" not in translit.to_cyrillic(latin).words[0].reason


@pytest.mark.parametrize("latin", ["Literaturraʹ", "Vladivotokʹ", "Krasnodrĭ", "Vladivostok", "Krasnodar"])
def test_no_repair_in_a_marked_or_readable_word(latin: str) -> None:
    """A word with a careful table's mark, or one a scheme reads already, keeps its letters."""
    assert all("typing slip" not in (w.reason or "") for w in translit.to_cyrillic(latin).words)


@pytest.mark.parametrize("latin", ["Olympiada", "Dmytriev", "Kyrillov"])
def test_a_letter_put_in_makes_no_old_letter(latin: str) -> None:
    """GOST 7.79's yh is ѵ: an h put in after y would make pre-1918 spelling of a modern word."""
    word = translit.to_cyrillic(latin).words[0]
    assert not set(word.cyrillic) & set("ѣіѳѵѢІѲѴ") and "typing slip" not in word.reason


@pytest.mark.parametrize("latin", ["Mihails", "Krasnodars", "Konstantinas ir"])
def test_no_repair_into_a_form_only_another_table_reads(latin: str) -> None:
    """A letter put in must give a form common in the line's own schemes (not a Baltic ending's)."""
    assert all("typing slip" not in (w.reason or "") for w in translit.to_cyrillic(latin).words)


def test_an_established_form_is_no_typing_slip() -> None:
    """A one-word established form (Italian Puskin, French Lenine) is a spelling of its own: the reader
    never reads it as a slip undone, whatever word a letter more or less would make."""
    from translit.read.established import own_table

    forms = [k[0].capitalize() for k in own_table() if len(k) == 1]
    assert len(forms) > 50
    slipped = [f for f in forms if "typing slip" in translit.to_cyrillic(f).words[0].reason]
    assert slipped == []
