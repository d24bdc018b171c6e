"""slavic21: a one-letter word between two words read in Belarusian (the conjunction i, the
prepositions z and u) is a word of that title, though Italian's and English's lists hold the letter
often and Belarusian has no frequency list to outweigh them (:func:`translit.langs.running.title_words`).
English's own one-letter word (a) and a letter beside English words stay. Inputs written here."""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _convert(text: str, lang: str) -> str:
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, want", [
    ("Her thesis on Historyja i kultura Bielarusi is in Minsk.", "Гісторыя і культура Беларусі"),
    ("The poem Vianok z kvietak was set to music.", "Вянок з кветак"),
    ("The novel Ziamlia u ahni was banned.", "Зямля у агні"),
    ("A monograph on Mova i hramatyka appeared in 1990.", "Мова і граматыка"),
])
def test_a_one_letter_word_inside_a_belarusian_title_is_read(text, want):
    assert want in _convert(text, "be")


@pytest.mark.parametrize("text, kept", [
    ("Bahdanovič wrote it, a poem, i think.", " i think"),
    ("I think a reader in Minsk will know it.", "I think a reader"),
])
def test_a_letter_among_english_words_stays(text, kept):
    assert kept in _convert(text, "be")
