"""prose21: the English pronoun I that opens a sentence before a name in apposition (the oath of a
declaration or affidavit: "I, Ivan Petrov, do declare") is English, not Russian И (and); the name is
still read. И opening a romanized Russian clause before a comma and a lower-case word, and regnal
numbers after a forename, are untouched.

Real lexicon and pymorphy3; every input is written here, none is taken from a benchmark file."""

import pytest

from prose_helpers import alalc, cyr, word


@pytest.mark.parametrize("text, name", [
    ("I, Sergei Volkov, residing at Chicago, do swear that the above is true.", "Сергей Волков"),
    ("Affidavit. I, Anna Kuznetsova, born in Tver, state as follows.", "Анна Кузнецова"),
    ("Statement of witness: I, Grigorii Orlov, saw the accident.", "Григорий Орлов"),
])
def test_pronoun_before_a_name_in_apposition_stays(text, name):
    out = cyr(text)
    assert name in out, out
    assert "I, " in out and "И" not in out, out
    assert not word(text, "I").is_russian
    assert alalc(text).count("I, ") == 1


@pytest.mark.parametrize("text, want", [
    ("I, kak vsegda, on opozdal.", "И, как всегда, он опоздал."),
    ("Nikolai I, Aleksandr II and Petr I ruled.", "Николай I, Александр II and Петр I ruled."),
    ("Ivan Petrov i Anna Orlova, 1932.", "Иван Петров и Анна Орлова, 1932."),
])
def test_other_i_untouched(text, want):
    assert cyr(text) == want
