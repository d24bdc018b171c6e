"""slavic24: the character model's readings of an unknown word are limited to what the language and
the word's own spelling can write (:func:`translit.langs.reader._writable`):

* Bulgarian writes ь only before о (``[written_only_before]`` of grammar.toml), so ya, yu after a
  consonant in the national system are я, ю (Gyaurov: Гяуров, not Гьауров);
* a tie joins its two letters into one (ALA-LC i͡a is я, i͡u is ю): a reading that splits them
  (Гиауров) is no reading of the token; a tie the typist left out elsewhere is no matter.

Inputs written here (surnames and villages not in the lists); real wordfreq lists and the character
models trained from them."""

from __future__ import annotations

import pytest

from translit.langs.reader import _fits_ties, _letters_in_place, read_word


@pytest.mark.parametrize("token, want", [
    ("Gyaurov", "Гяуров"),
    ("Lyapchev", "Ляпчев"),
    ("Byalkov", "Бялков"),
    ("Gi͡aurov", "Гяуров"),
    ("Chi͡uchev", "Чючев"),
    ("Tsi͡ankov", "Цянков"),     # the tie of t͡s left out, the one of i͡a kept
    ("Gi︠a︡urova", "Гяурова"),   # MARC's half ties
])
def test_bulgarian_model_readings_are_writable(token, want):
    assert read_word(token, "bg")[0] == want


def test_no_candidate_puts_the_soft_sign_before_another_letter():
    for token in ("Gyaurov", "Lyapchev", "Byalkov", "Myurov"):
        for cand in read_word(token, "bg")[3]:
            assert _letters_in_place(cand.cyrillic, "bg"), cand.cyrillic


def test_the_rules_themselves():
    assert _letters_in_place("Кьосев", "bg") and not _letters_in_place("Гьауров", "bg")
    assert _letters_in_place("Гьауров", "uk")  # the rule is Bulgarian's: other languages unlimited
    assert _fits_ties("Gi͡aurov", "Гяуров", "bg") and not _fits_ties("Gi͡aurov", "Гиауров", "bg")
    assert _fits_ties("Giaurov", "Гиауров", "bg")  # no tie: nothing to hold to
    assert _fits_ties("Tsi͡ankov", "Цянков", "bg")


def test_the_word_final_soft_sign_of_the_old_spelling_stays_possible():
    assert _letters_in_place("учитель", "bg") and _letters_in_place("Жельо", "bg")
    assert not _letters_in_place("Гьаур", "bg")
    assert read_word("uchitelʹ", "bg")[0] == "учитель"


def test_a_letter_outside_the_alphabet_is_no_reading():
    from translit.langs.reader import _in_alphabet, to_cyrillic

    assert not _in_alphabet("Гыауров", "bg") and _in_alphabet("Гяуров", "bg") and _in_alphabet("бѣла", "bg")
    assert _in_alphabet("Гыауров", "be")
    # the ISO 9 table, one for every language, reads y as ы; a Bulgarian line never has it
    out = to_cyrillic("Vasil Gyaurov and Petko Byalkov were born there.", "bg", scheme="iso9").text
    assert "ы" not in out.lower()
