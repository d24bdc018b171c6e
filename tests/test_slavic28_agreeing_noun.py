"""slavic28: in English prose read as Ukrainian, a capitalized noun that a Western list holds often
(Universal, Bank, Front) right after a read adjective that agrees with it by pymorphy3-dicts-uk
(Druhyi Universal, Natsionalnyi Bank, Narodnyi Front) is the title's noun and is read
(:func:`translit.langs.running._agreeing_noun`); before, it stayed in Latin (Другий Universal).
English words after a read adjective that read as no word of Ukrainian's dictionary (Lake, Street)
stay. Inputs written here; real pymorphy3 dictionaries and wordfreq."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read




@pytest.mark.parametrize("text, title", [
    ("The Druhyi Universal of 1917 was read on the square.", "Другий Універсал"),
    ("Loans came from the Natsionalnyi Bank of Ukraine.", "Національний Банк"),
    ("The Narodnyi Front won seats in the west.", "Народний Фронт"),
    ("The Pershyi Universal was proclaimed in June.", "Перший Універсал"),
])
def test_a_noun_agreeing_with_the_read_adjective_before_it_is_read(text: str, title: str) -> None:
    out = _read(text, "uk")
    assert title in out, out


@pytest.mark.parametrize("text, english", [
    ("The Kyivskyi Lake is small.", "Lake"),
    ("Mykhailo Hrushevskyi Street runs downhill.", "Street"),
    ("The Druhyi Universal of 1917 was read on the square.", "The"),
])
def test_english_words_beside_a_read_adjective_stay(text: str, english: str) -> None:
    assert english in _read(text, "uk")


def test_no_agreement_no_reading() -> None:
    """A feminine adjective before a masculine noun is no title's pair: the noun stays as it was."""
    from translit.langs.running import _agrees

    assert _agrees("Другий", "Універсал")
    assert not _agrees("Друга", "Універсал")
