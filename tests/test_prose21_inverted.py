"""prose21: an inverted name of a list or manifest ("Surname, Forename") whose forename bears a mark
only romanizations write (a tie, breve, prime) is read whole: the surname before the comma, read as
a name, goes with it (Katz, Sheĭna → Кац, Шейна), never half converted. A forename without such a
mark (Pipes, Richard), an established place before the comma (Moscow, Tverskaĭa) and a surname no
name reading claims stay as they were.

Real lexicon and pymorphy3; every input is written here, none is taken from a benchmark file."""

import pytest

from prose_helpers import cyr


@pytest.mark.parametrize("text, name", [
    ("Line 9: Katz, Sheĭna, 19, servant, single.", "Кац, Шейна"),
    ("Line 4: Berg, Moĭseĭ, 40, joiner.", "Берг, Мойсей"),
    ("Line 6: Gordon, Ilʹi͡a, 30, clerk.", "Гордон, Илья"),
])
def test_surname_of_a_marked_forename_is_read(text, name):
    out = cyr(text)
    assert name in out, out


@pytest.mark.parametrize("text", [
    "Pipes, Richard. Russia under the Old Regime. New York, 1974.",
    "Smith, John, 34, farmer, can read: yes.",
    "Line 3: Brown, Mary, 19, servant, single.",
])
def test_inverted_names_without_a_mark_stay(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text, kept", [
    ("Line 9: Katz, Sheĭna, 19, servant, single.", "servant, single."),
    ("Line 4: Berg, Moĭseĭ, 40, joiner.", "joiner."),
    ("Line 6: Gordon, Ilʹi͡a, 30, clerk.", "clerk."),
])
def test_the_english_of_the_record_is_untouched(text, kept):
    out = cyr(text)
    assert out.startswith("Line ") and out.endswith(kept), out
