"""``convert --lang`` for a language other than Russian keeps the English of running prose: a line
with as many common Western words as language choice takes for prose (langs.choose.WESTERN_SHARE)
keeps them, and reads only the rest; a romanized title alone is read whole, as before."""

import pytest

from translit.langs.api import convert

PROSE = [
    ("uk", "The letters were written in Lviv by Mykhailo Hrushevskyi", ["The", "letters", "were", "written", "in", "by"]),
    ("be", "His first poems were printed in Minsk by Ianka Kupala", ["His", "first", "poems", "were", "printed", "in", "by"]),
    ("bg", "This edition was bought in Sofia from Ivan Vazov himself", ["This", "edition", "was", "bought", "in", "from", "himself"]),
    ("sr", "The dictionary was compiled in Vienna with Vuk Karadžić", ["The", "dictionary", "was", "compiled", "in", "with"]),
    ("mk", "Her novel was reviewed in the journal with Blazhe Koneski", ["Her", "novel", "was", "reviewed", "in", "the", "journal", "with"]),
]


@pytest.mark.parametrize("lang,text,english", PROSE)
def test_english_words_of_running_prose_are_kept(lang, text, english):
    out = convert(text, to="cyrillic", lang=lang).text
    kept = out.split()
    for word in english:
        assert word in kept, (word, out)
    assert any("\u0400" <= c <= "\u04ff" for c in out), out  # the Slavic name is still read


@pytest.mark.parametrize("lang,title", [
    ("uk", "Istoriia Ukrainy"),
    ("uk", "Ukrainska mova i literatura"),
    ("bg", "Bulgarski narodni pesni"),
    ("sr", "Istorija srpskog naroda"),
])
def test_a_title_alone_is_read_whole(lang, title):
    out = convert(title, to="cyrillic", lang=lang).text
    assert not any("a" <= c.lower() <= "z" for c in out), out
