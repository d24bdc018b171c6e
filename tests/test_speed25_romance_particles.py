"""speed25: ``language._romance_particle_at`` looks up the particle phrases that begin with the word
at hand (``_romance_particle_parts``, split once) instead of splitting every phrase of
``romance_particle_phrases`` at every word of running text. Its answers must be those of the plain
loop over every phrase (the reference below, prose29's code as it was), at every position of many
texts of our own and of random texts of particles, capitals and spacing; and the split table is used."""

from __future__ import annotations

import random

from translit.read.language import _romance_particle_at, _romance_particle_parts, _word_list
from translit.read.tokens import latin_words


def _every_phrase(text, matches, j):
    """The plain loop: every phrase split and compared at ``j`` (prose29's code as it was)."""
    for phrase in _word_list("romance_particle_phrases"):
        parts = phrase.split()
        k = j + len(parts)
        if j >= 0 and k < len(matches) and [m.group() for m in matches[j:k]] == parts \
                and matches[k].group()[:1].isupper() \
                and all(text[matches[i].end():matches[i + 1].start()] == " " for i in range(j, k)):
            return len(parts)
    return 0


OWN_TEXTS = [
    "Manuel de la Torre met Ivan Petrov in Sevilla.", "Giovanni della Casa and Luca degli Uberti wrote to Gorkii.",
    "Pedro de las Casas, Juan de los Rios and Vasilii Shuiskii", "de la", "della Robbia", "Lope de  la Vega",
    "de la vega de la Vega", "In Vejer de la\\nFrontera", "DE LA TORRE", "the dello Studio; delle Grazie",
    "", "de", "Castillo de los", "Anna de la Cruz de los Angeles",
]


def test_same_answers_as_every_phrase_on_own_texts():
    for text in OWN_TEXTS:
        matches = latin_words(text)
        for j in range(-3, len(matches) + 3):
            assert _romance_particle_at(text, matches, j) == _every_phrase(text, matches, j), (text, j)


def test_same_answers_as_every_phrase_on_random_texts():
    rng = random.Random(25)
    words = ["de", "la", "las", "los", "della", "delle", "degli", "dello", "De", "La", "Torre", "Cruz",
             "Ivan", "Petrov", "and", "of", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", " ", "  ", ", ", "\n", "-"])
                       for _ in range(rng.randint(1, 8)))
        matches = latin_words(text)
        for j in range(-1, len(matches) + 1):
            assert _romance_particle_at(text, matches, j) == _every_phrase(text, matches, j), (text, j)


def test_split_table_holds_every_phrase_by_its_first_word():
    table = _romance_particle_parts()
    rows = sorted(" ".join(parts) for group in table.values() for parts in group)
    assert rows == sorted(" ".join(p.split()) for p in _word_list("romance_particle_phrases"))
    assert all(parts[0] == first for first, group in table.items() for parts in group)
