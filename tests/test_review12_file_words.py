"""review12: the prepositions after a file word in a description of whose file a citation cites
(``labels.toml [file_descriptions] prepositions``), read from the data, not written in the code."""

import pytest

from translit.archives.citation import _file_description, _labels


def test_the_prepositions_are_data():
    assert {"of", "against", "по", "на"} <= set(_labels()["file_descriptions"]["prepositions"])


@pytest.mark.parametrize("gap", [
    ", case file concerning the Smirnov family, ",
    ", личное дело на Петрова, ",
    ", investigation file of V. V. Orlov, ",
    ", file against the state, ",
])
def test_a_file_word_and_a_preposition_describe_a_file(gap):
    assert _file_description(gap)


@pytest.mark.parametrize("gap", [
    ", some report on grain, ",                       # no file word
    ", the file with notes. Then we went, ",          # a sentence
    ", file 12 of 1937, ",                            # a number
])
def test_other_gaps_do_not(gap):
    assert not _file_description(gap)
