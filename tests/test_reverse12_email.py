"""Informal e-mail and chat romanization read back (reverse12): volapuk digits in short words and
before an apostrophe, sh4 for the sound of щ spelt сч, and sh typed for щ in a word that reads as
nothing else. Every input is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit


def _read(text: str) -> str:
    return translit.to_cyrillic(text).text


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # a volapuk digit counts as the letters it stands for: a word of two Latin letters and a digit
    ("4ai", "чай"), ("me4", "меч"), ("4in", "чин"),
    # a soft sign's apostrophe inside or after a digit word
    ("pe4'", "печь"), ("4ast' pervaya", "часть первая"), ("no4'yu", "ночью"),
    # sh4 for the sound of щ, which the word spells сч
    ("sh4itat'", "считать"), ("Sh4etchik", "Счетчик"), ("sh4ital", "считал"),
])
def test_volapuk_short_words_and_sounds(latin: str, cyrillic: str) -> None:
    assert _read(latin) == cyrillic


@pytest.mark.parametrize("text", ["the 3rd volume", "2nd ed.", "4th ed.", "A4 paper", "in the 1930s"])
def test_digit_words_without_a_vowel_or_word_stay(text: str) -> None:
    """Three letters with no vowel are an abbreviation or an English ordinal, never a typed word."""
    assert _read(text) == text


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # щ typed sh (leniency.toml): read so only where the dictionary has the щ word and not a ш one
    ("Ovoshi", "Овощи"), ("tovarish", "товарищ"), ("pomosh'", "помощь"), ("Shuka", "Щука"),
    # a word the dictionary has with ш keeps it
    ("Vasha kniga", "Ваша книга"), ("dusha", "душа"), ("Kashin", "Кашин"),
])
def test_sh_typed_for_shch(latin: str, cyrillic: str) -> None:
    assert _read(latin) == cyrillic
