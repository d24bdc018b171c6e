"""prose34's classes from the study of prose_heldout19.tsv for ``convert --to alalc``, each on inputs
written for the test (none taken from the held-out rows), with the real pymorphy3 dictionary and wordfreq:

1. a Russian name between an English article and an English head qualifies an English name and stays
   (the Smolensk Archive, the Kirov Ballet) only when the Western word lists write it
   (weights.toml ``running.qualifier_english_known``); a name English never writes (the Lubianka
   Prison, the Novodevichy Convent) is the Russian place's own name and is converted
   (translit/read/language.py ``_english_name_qualifiers``);
2. a name the same text left earlier as part of a Western person's name (a run with a word Russian
   does not read or that is English by itself: Tanya Tucker's, Anya Taylor-Joy's) stays as
   written when it comes back alone (``_names_again_after_western_names``); a name left only by its
   possessive (Pugachev's) or a Russian name in English (Pyotr Stolypin's, Sergei Witte's) is not such a run.
"""

import pytest

from translit import convert


def alalc(text: str) -> str:
    return convert(text, to="alalc").text


@pytest.mark.parametrize("text, want", [
    ("He was held in the Lubianka Prison for a year.", "the Lubi͡anka Prison"),
    ("She was buried at the Novodevichy Convent in 1935.", "the Novodevichiĭ Convent"),
    ("The regiment camped by the Iauza Bridge that winter.", "the I͡Auza Bridge"),
])
def test_qualifier_english_never_writes_is_read(text, want):
    assert want in alalc(text)


@pytest.mark.parametrize("text", [
    "The letters are kept in the Smolensk Archive at Harvard.",
    "He danced with the Kirov Ballet until 1974.",
    "She won the Stalin Prize in 1946.",
])
def test_qualifier_english_writes_stays(text):
    assert alalc(text) == text


@pytest.mark.parametrize("text", [
    "Tanya Tucker's first hit came in 1972; Tanya was thirteen.",
    "Anya Taylor-Joy's first role came in 2015; Anya was nineteen.",
    "Nadia Boulanger's pupils loved her; Nadia taught in Paris.",
])
def test_western_name_named_again_stays(text):
    assert alalc(text) == text


@pytest.mark.parametrize("text, want", [
    ("Pyotr Stolypin's assassin was a police informer; Pyotr had been warned.", "; Pëtr had been warned"),
    ("Pugachev's rising began in 1773, and Pugachev's men took Kazan.", "Pugachev"),
    ("Sergei Witte's reforms built the railways; Sergei was dismissed in 1906.", "; Sergeĭ was dismissed"),
])
def test_russian_names_named_again_are_not_western(text, want):
    assert want in alalc(text)
