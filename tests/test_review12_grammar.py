"""review12: the grammar checks of language identification, now one table (``_grammar_checks``)
for Cyrillic text and for each language's reading of romanized text, and the letters no masculine
noun ends in read from evidence.toml (``[indefinite_adjective] no_consonant``), not from code."""

import pytest

from translit.langs.identify import _evidence, definite_adjective_pairs, identify

SAID = "an adjective in -и before a masculine singular noun"


def test_the_letters_are_data():
    assert set(_evidence()["indefinite_adjective"]["no_consonant"].split()) == set("аеиоуѐѝьъ")


@pytest.mark.parametrize("pair", ["нови град", "стари мост", "црни хлеб"])
def test_a_masculine_noun_after_the_definite_adjective_counts(pair):
    assert definite_adjective_pairs(pair, "mk") == [pair]


@pytest.mark.parametrize("pair", ["нови село", "зелени поље", "стари кућа"])
def test_a_noun_ending_in_a_vowel_does_not(pair):
    assert definite_adjective_pairs(pair, "mk") == []


@pytest.mark.parametrize("text,langs", [
    ("Novi grad i stari most", {"mk", "bg"}),      # romanized: each language's own reading
    ("Crni hleb", {"mk", "bg"}),
    ("зелени чај и бели лук", {"mk", "bg"}),        # Cyrillic
])
def test_the_evidence_is_given_for_both_scripts(text, langs):
    counted = {s.language for s in identify(text).ranking if any(SAID in e for e in s.evidence)}
    assert counted == langs
