"""review12: a Cyrillic word typed with a Latin lookalike is glossed as the Cyrillic word it is, and
its ``input`` is the text as written (Мoсквы with a Latin o), as a romanized word's input is."""

import pytest

from translit.glossary import gloss

LATIN_O, LATIN_Y = "o", "y"


@pytest.mark.parametrize("title,word,cyrillic,english", [
    (f"История М{LATIN_O}сквы", f"М{LATIN_O}сквы", "Москвы", "Moscow"),
    (f"Ист{LATIN_O}рия Сибири", f"Ист{LATIN_O}рия", "История", "history"),
    (f"Словарь р{LATIN_Y}сского языка", f"р{LATIN_Y}сского", "русского", "Russian"),
])
def test_input_as_written_reading_folded(title, word, cyrillic, english):
    out = {g.input: g for g in gloss(title)}
    assert word in out
    assert out[word].cyrillic == cyrillic and english in out[word].gloss
    assert "".join(g.input for g in gloss(title)) == title.replace(" ", "")
