"""prose23: classes of input found in prose_heldout14 (studied), each tested on inputs of our own.

Real pymorphy3 dictionaries; no mocks.
"""

from __future__ import annotations

import pytest

from translit import convert
from translit.read.document import convert_document


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


# Initials before a Russian surname's English possessive are read with it, as they are without the
# possessive and as a forename is (Nikolai Vavilov's): the 's stays.
@pytest.mark.parametrize("text, want", [
    ("The seed bank of N. I. Vavilov's institute survived.", "Н. И. Вавилов's"),
    ("D. I. Mendeleev's table hung in every classroom.", "Д. И. Менделеев's"),
    ("It was P. A. Stolypin's reform that failed.", "П. А. Столыпин's"),
    ("F. E. Dzerzhinskii's men came at night.", "Ф. Э. Дзержинский's"),
])
def test_initials_of_a_russian_possessive_are_read(text: str, want: str) -> None:
    assert want in cyr(text)


@pytest.mark.parametrize("text", [
    "E. H. Carr's history is long.",
    "J. D. Salinger's novel sold well.",
    "We read T. S. Eliot's poems.",
])
def test_initials_of_a_western_possessive_stay(text: str) -> None:
    assert cyr(text) == text


def test_one_letter_initials_are_read_on_their_own_line_in_a_document() -> None:
    """E. is Э. for Dzerzhinskii (Феликс Эдмундович) and Е. for Saltykov (Михаил Евграфович): the
    document does not make one initial's reading every line's."""
    lines = ["F. E. Dzerzhinskii's men came at night.", "M. E. Saltykov's satire was read aloud.",
             "Then F. E. Dzerzhinskii spoke."]
    out = [d.result.text for d in convert_document(lines, to="cyrillic")]
    assert "Ф. Э. Дзержинский" in out[0]
    assert "М. Е. Салтыков" in out[1]
    assert "Ф. Э. Дзержинский" in out[2]
